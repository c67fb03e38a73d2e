import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';
import { properNames } from '../../src/domain/qa/proper-names';

const gb: QaContext = { targetLang: 'en-GB', glossary: [] };

/** The names check's findings on a pair: key and the target's marked words. */
const found = (source: string, target: string) =>
  checkPair({ source, target }, gb)
    .filter((finding) => finding.check === 'names')
    .map((finding) => ({ key: finding.key, marked: (finding.target ?? []).map((span) => target.slice(span.start, span.end)) }));

describe('names: another first name or initial before the right surname', () => {
  it('finds a first name changed, the surname kept', () => {
    expect(found('La directrice du musée, Agathe Roussel, prendra sa retraite en juin.', 'The museum director, Agnès Roussel, will retire in June.')).toEqual([{ key: 'names.replaced', marked: ['Agnès Roussel'] }]);
    expect(found('Selon Paul-Henri Vasseur, la saison sera difficile.', 'According to Paul-Louis Vasseur, the season will be difficult.')).toEqual([{ key: 'names.replaced', marked: ['Paul-Louis Vasseur'] }]);
    expect(found('Le cycliste Noé Garnier a gagné l’étape.', 'Cyclist Noa Garnier won the stage.')).toEqual([{ key: 'names.replaced', marked: ['Noa Garnier'] }]);
  });

  it('finds an initial changed', () => {
    expect(found('La note est signée par M.-C. Fournier.', 'The memo is signed by M.-L. Fournier.')).toEqual([{ key: 'names.replaced', marked: ['M.-L. Fournier'] }]);
    expect(found('Mme B. Karimi a été nommée jeudi.', 'Ms B. Karimi was appointed on Thursday.')).toEqual([]);
    expect(found('Mme B. Karimi a été nommée jeudi.', 'Ms R. Karimi was appointed on Thursday.')).toEqual([{ key: 'names.replaced', marked: ['R. Karimi'] }]);
    expect(found('Le docteur Hugo T. Garcin a témoigné.', 'Dr Hugo P. Garcin testified.')).toEqual([{ key: 'names.replaced', marked: ['Hugo P. Garcin'] }]);
  });

  it('leaves a first name dropped, spelt out, anglicised or replaced by a title alone', () => {
    expect(found('L’avocate, Me Sophie Lebrun, fera appel.', 'The lawyer, Ms Lebrun, will appeal.')).toEqual([]);
    expect(found('Le rapport de J.-L. Perrin est attendu.', 'The report by Jean-Louis Perrin is expected.')).toEqual([]);
    expect(found('Emmanuel Macron a reçu les syndicats.', 'President Macron met the unions.')).toEqual([]);
    expect(found('Le nageur Romain Giraud a gagné.', 'Swimmer Giraud won.')).toEqual([]);
    expect(found('Le ministre Sergueï Lavrov a répondu.', 'Minister Sergei Lavrov replied.')).toEqual([]);
    expect(found('Le théologien Jean Calvin a vécu à Genève.', 'The theologian John Calvin lived in Geneva.')).toEqual([]);
    expect(found('Le Français Thomas Pesquet revient.', 'Frenchman Thomas Pesquet is back.')).toEqual([]);
  });
});

describe('names: a French exonym left in the English', () => {
  it('finds the French form of a place English writes otherwise', () => {
    expect(found('Le congrès aura lieu à Nimègue.', 'The congress will take place in Nimègue.')).toEqual([{ key: 'names.exonym', marked: ['Nimègue'] }]);
    expect(found('Le cargo a quitté Le Pirée hier.', 'The cargo ship left Le Pirée yesterday.')).toEqual([{ key: 'names.exonym', marked: ['Le Pirée'] }]);
    expect(found('Le cargo a quitté Le Pirée hier.', 'The cargo ship left Piraeus yesterday.')).toEqual([]);
  });

  it('leaves a French form inside a name kept in French', () => {
    expect(found('Elle enseigne à l’Université de Genève.', 'She teaches at the Université de Genève.')).toEqual([]);
    expect(found('Il habite en Loire-Atlantique.', 'He lives in Loire-Atlantique.')).toEqual([]);
  });
});

describe('names: bodies, acronyms and named periods', () => {
  it('finds one international body replaced by another', () => {
    expect(found('La FIFA a sanctionné le club.', 'UEFA has sanctioned the club.')).toEqual([expect.objectContaining({ key: 'names.replaced', marked: ['UEFA'] })]);
    expect(found('La BEI prêtera 2 milliards.', 'The ECB will lend 2 billion.')).toEqual([expect.objectContaining({ key: 'names.replaced', marked: ['ECB'] })]);
    expect(found('La BEI prêtera 2 milliards.', 'The EIB will lend 2 billion.')).toEqual([]);
  });

  it('takes named days and periods, and places, for their English', () => {
    expect(found('La Saint-Sylvestre sera fêtée sur la place.', 'New Year’s Eve will be celebrated on the square.')).toEqual([]);
    expect(found('La ville a grandi pendant les Trente Glorieuses.', 'The town grew during the post-war boom.')).toEqual([]);
    expect(found('Le festival se tient à Saragosse et à Cordoue.', 'The festival is held in Zaragoza and Córdoba.')).toEqual([]);
  });

  it('reads no code as an acronym, no set phrase as a name', () => {
    expect(properNames('Saisissez le code NOEL2025 au paiement.')).toEqual([]);
    expect(properNames('Force est de reconnaître que le projet a pris du retard.')).toEqual([]);
  });

  it('warns of a place dropped behind an office, a paper or a bare subject', () => {
    expect(found('Le maire de Tourcoing a démissionné.', 'The local mayor has resigned.')).toEqual([{ key: 'names.missing', marked: [] }]);
    expect(found('Le maire de Tourcoing a démissionné.', 'The mayor of Tourcoing has resigned.')).toEqual([]);
    expect(found('Interrogé par Le Figaro, il a démenti.', 'Speaking to a newspaper, he denied it.')).toEqual([{ key: 'names.missing', marked: [] }]);
    expect(found('Selon La Croix, le synode est reporté.', 'According to La Croix, the synod is postponed.')).toEqual([]);
    expect(found('Saint-Brieuc accueillera le congrès.', 'The Breton town will host the congress.')).toEqual([{ key: 'names.missing', marked: [] }]);
  });

  it('finds a brand name with another final vowel', () => {
    expect(found('La tablette Velino sort en mai.', 'The Velina tablet comes out in May.')).toEqual([expect.objectContaining({ key: 'names.misspelt', marked: ['Velina'] })]);
    expect(found('La tablette Velino sort en mai.', 'The Velino tablet comes out in May.')).toEqual([]);
  });
});
