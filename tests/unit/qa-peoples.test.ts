import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';
import { exonyms, placePeople } from '../../src/domain/qa/exonyms';

const gb: QaContext = { targetLang: 'en-GB', glossary: [] };

/** The names check's findings on a pair: key and the target's marked words. */
const found = (source: string, target: string) =>
  checkPair({ source, target }, gb)
    .filter((finding) => finding.check === 'names')
    .map((finding) => ({ key: finding.key, marked: (finding.target ?? []).map((span) => target.slice(span.start, span.end)) }));

describe('names: a country said by its people in lower case', () => {
  it('reads every form of a people (feminine, plural, irregular, hyphenated)', () => {
    const countryOf = (word: string) => placePeople().get(word)?.place.english[0];
    expect(['roumain', 'roumaine', 'roumains', 'roumaines'].map(countryOf)).toEqual(['Romania', 'Romania', 'Romania', 'Romania']);
    expect(['italienne', 'grecque', 'turques', 'lettonne', 'libyenne', 'français', 'françaises'].map(countryOf)).toEqual(['Italy', 'Greece', 'Turkey', 'Latvia', 'Libya', 'France', 'France']);
    expect(['sud-coréenne', 'néo-zélandais', 'belges'].map(countryOf)).toEqual(['South Korea', 'New Zealand', 'Belgium']);
    expect(countryOf('vaudoise')).toBe('Vaud');
    // Every people's place is a country or a region of the names table.
    const table = new Set(exonyms());
    expect([...placePeople().values()].every((people) => table.has(people.place) && (people.place.kind === 'country' || people.place.kind === 'region'))).toBe(true);
  });

  it.each([
    ['Le réalisateur roumain Cristian Mungiu présidera le jury du festival de Sarajevo.', 'Bulgarian director Cristian Mungiu will chair the Sarajevo festival jury.', 'Bulgarian'],
    ['Le Premier ministre slovaque Robert Fico a été blessé par balles.', 'Slovenian Prime Minister Robert Fico was shot and wounded.', 'Slovenian'],
    ['Le chanteur autrichien JJ a remporté l’Eurovision à Bâle.', 'Swiss singer JJ won Eurovision in Basel.', 'Swiss'],
    ['La presse grecque dénonce un accord déséquilibré.', 'The Turkish press condemns a lopsided deal.', 'Turkish'],
    ['La justice sud-coréenne a condamné l’ancien président.', 'A Japanese court convicted the former president.', 'Japanese'],
  ])('finds another country’s adjective in its place: %s', (source, target, marked) => {
    expect(found(source, target)).toEqual([{ key: 'names.replaced', marked: [marked] }]);
  });

  it('finds another region or city in a region’s place', () => {
    expect(found('Un incendie a parcouru 2 000 hectares dans l’arrière-pays varois.', 'A fire has burned 2,000 hectares in the Vaucluse hinterland.')).toEqual([{ key: 'names.replaced', marked: ['Vaucluse'] }]);
    expect(found('Le Conseil d’État vaudois a annoncé un plan pour les écoles du canton.', 'Geneva’s Council of State announced a plan for the canton’s schools.')).toEqual([{ key: 'names.replaced', marked: ['Geneva'] }]);
  });

  it.each([
    ['the adjective kept', 'Le chanteur autrichien JJ a remporté l’Eurovision à Bâle.', 'Austrian singer JJ won Eurovision in Basel.'],
    ['the country named instead', 'Le chanteur autrichien JJ a remporté l’Eurovision.', 'Austria’s JJ won Eurovision.'],
    ['in the plural', 'Les supporters marocains ont envahi la place.', 'Moroccan fans filled the square.'],
    ['the French adjective inside a name', 'Le chef du Parti québécois mène dans les sondages.', 'The Parti Québécois leader is ahead in the polls.'],
    ['the adjective dropped, another country named by the source too', 'Le gouvernement français a salué l’accord conclu avec l’Allemagne.', 'The government welcomed the deal struck with Germany.'],
    ['another country the source names by its people', 'Le président sénégalais a reçu son homologue mauritanien.', 'The Senegalese president received his Mauritanian counterpart.'],
    ['the adjective dropped, no other country there', 'Le ministre malien de la Défense a démissionné.', 'The defence minister has resigned.'],
    ['a language', 'Le site est aussi disponible en anglais.', 'The site is also available in English.'],
  ])('keeps a faithful translation: %s', (_why, source, target) => {
    expect(found(source, target)).toEqual([]);
  });
});

describe('names: a country replaced by a longer one that contains its English name', () => {
  it('finds Guinea-Bissau for la Guinée, and takes Guinea', () => {
    const source = 'Le groupe minier a signé avec la Guinée un accord pour exploiter le gisement de Simandou.';
    expect(found(source, 'The mining group has signed an agreement with Guinea-Bissau to mine the Simandou deposit.')).toEqual([{ key: 'names.replaced', marked: ['Guinea-Bissau'] }]);
    expect(found(source, 'The mining group has signed an agreement with Guinea to mine the Simandou deposit.')).toEqual([]);
  });

  it('reads a first name that is also a country’s as a first name (`Maurice Ravel`), and `le Salvador` as El Salvador', () => {
    expect(found('Maurice Ravel a composé le Boléro en 1928.', 'Maurice Ravel composed Boléro in 1928.')).toEqual([]);
    expect(found('Les élections au Salvador ont été remportées par Nayib Bukele.', 'The elections in El Salvador were won by Nayib Bukele.')).toEqual([]);
    expect(found('Les élections au Salvador ont été remportées par Nayib Bukele.', 'The elections in Honduras were won by Nayib Bukele.')).toEqual([{ key: 'names.replaced', marked: ['Honduras'] }]);
  });
});
