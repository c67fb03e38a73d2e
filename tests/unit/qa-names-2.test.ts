import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';
import { productCodes } from '../../src/domain/qa/identifiers';
import { properNames } from '../../src/domain/qa/proper-names';

const gb: QaContext = { targetLang: 'en-GB', glossary: [] };

/** The findings of one check on a pair: key and the target's marked words. */
const found = (check: string, source: string, target: string) =>
  checkPair({ source, target }, gb)
    .filter((finding) => finding.check === check)
    .map((finding) => ({ key: finding.key, marked: (finding.target ?? []).map((span) => target.slice(span.start, span.end)) }));

describe('names: misspellings the romanisation rule no longer excuses', () => {
  it('finds a French name’s y turned to i', () => {
    expect(found('names', 'La société nantaise Vertalys recrute vingt ingénieurs.', 'Nantes-based Vertalis is hiring twenty engineers.')).toEqual([expect.objectContaining({ key: 'names.misspelt', marked: ['Vertalis'] })]);
    expect(found('names', 'La société nantaise Vertalys recrute vingt ingénieurs.', 'Nantes-based Vertalys is hiring twenty engineers.')).toEqual([]);
  });

  it('still takes an English romanisation for the name', () => {
    expect(found('names', 'Le ministre Sergueï Choïgou a démissionné.', 'Minister Sergei Shoigu has resigned.')).toEqual([]);
    expect(found('names', 'Dmitri Medvedev a réagi.', 'Dmitry Medvedev reacted.')).toEqual([]);
  });

  it('finds a doubled letter moved', () => {
    expect(found('names', 'La crue de la Moselle inquiète les habitants de Thionville.', 'The flooding of the Moselle worries residents of Thionvile.')).toEqual([expect.objectContaining({ key: 'names.misspelt', marked: ['Thionvile'] })]);
    expect(found('names', 'Le maire de Villeneuve-sur-Lot, Paul Carrasse, a démissionné.', 'The mayor of Villeneuve-sur-Lot, Paul Carasse, has resigned.')).toEqual([expect.objectContaining({ key: 'names.misspelt', marked: ['Carasse'] })]);
    expect(found('names', 'Le maire Paul Marrasco a démissionné.', 'Mayor Paul Marasrco has resigned.').length).toBe(1);
    expect(found('names', 'Le maire Paul Marrasco a démissionné.', 'Mayor Paul Marasco has resigned.').length).toBe(1);
    expect(found('names', 'Le maire Paul Marrasco a démissionné.', 'Mayor Paul Marrasco has resigned.')).toEqual([]);
  });

  it('finds a doubled letter shifted to the next consonant', () => {
    expect(found('names', 'Elle a rencontré Anne Pellerin à Rennes.', 'She met Anne Pelerrin in Rennes.')).toEqual([expect.objectContaining({ key: 'names.misspelt', marked: ['Pelerrin'] })]);
    expect(found('names', 'Elle a rencontré Anne Pellerin à Rennes.', 'She met Anne Pellerin in Rennes.')).toEqual([]);
    expect(found('names', 'Le festival de la Vallée de l’Hérault accueille Marc Rossetti.', 'The Hérault valley festival welcomes Marc Rosetti.')).toEqual([expect.objectContaining({ key: 'names.misspelt', marked: ['Rosetti'] })]);
    expect(found('names', 'Le festival accueille Marc Rossetti.', 'The festival welcomes Marc Rosettti.')).toEqual([expect.objectContaining({ key: 'names.misspelt', marked: ['Rosettti'] })]);
  });
});

describe('names: a city standing for its country', () => {
  it('finds another city where the capital was, its country named', () => {
    expect(found('names', 'Le ministre s’est rendu à Varsovie pour rencontrer son homologue polonais.', 'The minister went to Budapest to meet his Polish counterpart.')).toEqual([expect.objectContaining({ key: 'names.replaced', marked: ['Budapest'] })]);
    expect(found('names', 'Le ministre s’est rendu à Varsovie pour rencontrer son homologue polonais.', 'The minister went to Warsaw to meet his Polish counterpart.')).toEqual([]);
    expect(found('names', 'Varsovie a protesté contre la décision.', 'Poland protested against the decision.')).toEqual([]);
  });
});

describe('names: an acronym spelt out, both dropped', () => {
  it('warns when the body and its acronym are gone', () => {
    expect(found('names', 'L’Autorité des marchés financiers (AMF) a sanctionné le fonds.', 'The watchdog fined the fund.')).toEqual([expect.objectContaining({ key: 'names.missing' })]);
    expect(found('names', 'L’Autorité des marchés financiers (AMF) a sanctionné le fonds.', 'The Financial Markets Authority fined the fund.')).toEqual([]);
    expect(found('names', 'L’Autorité des marchés financiers (AMF) a sanctionné le fonds.', 'The French regulator (AMF) fined the fund.')).toEqual([]);
  });
});

describe('names: not names', () => {
  it('takes the member states counted for no name', () => {
    expect(properNames('Les Vingt-Sept ont trouvé un accord, et les Douze aussi.').map((name) => name.text)).toEqual([]);
    expect(found('names', 'Les Vingt-Sept ont trouvé un accord sur le budget.', 'The 27 member states reached a deal on the budget.')).toEqual([]);
  });

  it('takes a people after the article opening the sentence for no name', () => {
    expect(found('names', 'Les Genevois voteront en juin sur la nouvelle patinoire.', 'Geneva voters will decide on the new ice rink in June.')).toEqual([]);
    expect(properNames('Les Valaisans et les Jurassiens ont voté.').map((name) => name.text)).toEqual([]);
  });

  it('lets a work’s title be translated', () => {
    expect(found('names', '« La Peste » de Camus reste un succès de librairie.', 'Camus’s "The Plague" is still a bestseller.')).toEqual([]);
    expect(found('names', '« Le Rivage » de Julien Gracq est réédité.', 'Julien Gracq’s "The River" is being reissued.')).toEqual([]);
  });

  it('knows the English of common exonyms', () => {
    expect(found('names', 'Le concert aura lieu à Ratisbonne puis à Trèves.', 'The concert will take place in Regensburg and then in Trier.')).toEqual([]);
    expect(found('names', 'Le niveau du Léman a baissé cet été.', 'The level of Lake Geneva fell this summer.')).toEqual([]);
    expect(found('names', 'Le secrétaire général de l’Alliance a appelé à la fermeté.', 'The NATO Secretary General called for firmness.')).toEqual([]);
    expect(found('names', 'L’Organisation mondiale de la santé a publié son rapport.', 'The World Health Organization published its report.')).toEqual([]);
  });
});

describe('preserved: codes of letters and digits', () => {
  it('reads codes, not formulas, school years or two characters', () => {
    expect(productCodes('Le modèle RX-220C, l’A350neo, le CO2, le CM2, un T3, le H5N1 et le vol AF1234.').map((one) => one.text)).toEqual(['RX-220C', 'A350neo', 'H5N1', 'AF1234']);
  });

  it('finds a code changed or dropped', () => {
    expect(found('preserved', 'Le rappel concerne la bouilloire KT-310A vendue en mai.', 'The recall concerns the KT-310 kettle sold in May.')).toEqual([expect.objectContaining({ key: 'preserved', marked: ['KT-310'] })]);
    expect(found('preserved', 'Le vol AF1234 a été dérouté.', 'Flight AF1243 was diverted.')).toEqual([expect.objectContaining({ key: 'preserved', marked: ['AF1243'] })]);
    expect(found('preserved', 'Le rappel concerne la bouilloire KT-310A vendue en mai.', 'The recall concerns a kettle sold in May.')).toEqual([expect.objectContaining({ key: 'preserved', marked: [] })]);
  });

  it('takes the code written with other separators or case', () => {
    expect(found('preserved', 'Le rappel concerne la bouilloire KT-310A vendue en mai.', 'The recall concerns the KT 310A kettle sold in May.')).toEqual([]);
    expect(found('preserved', 'Le vol AF1234 a été dérouté.', 'Flight AF 1234 was diverted.')).toEqual([]);
    expect(found('preserved', 'Le virus H5N1 progresse en Bretagne.', 'The h5n1 virus is spreading in Brittany.')).toEqual([]);
  });
});
