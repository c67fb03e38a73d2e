import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';
import { properNames } from '../../src/domain/qa/proper-names';

const gb: QaContext = { targetLang: 'en-GB', glossary: [] };

/** The names check's findings on a pair: key and the target's marked words. */
const found = (source: string, target: string) =>
  checkPair({ source, target }, gb)
    .filter((finding) => finding.check === 'names')
    .map((finding) => ({ key: finding.key, marked: (finding.target ?? []).map((span) => target.slice(span.start, span.end)) }));

const names = (text: string) => properNames(text).map((name) => name.text);

describe('names: a first name opening the sentence', () => {
  it('reads a first name before a surname at the start of a sentence as part of the name', () => {
    expect(names('Margaux Delattre, directrice de l’école, a présenté le projet.')).toEqual(['Margaux Delattre']);
    expect(names('Le budget est voté. Jean-Rémi Castel, adjoint aux finances, s’en félicite.')).toEqual(['Jean-Rémi Castel']);
  });

  it('leaves out a word the lexicon knows, or a word that opens a sentence bare', () => {
    // `Programme`, `Avocate` are French words: no first names, when unsure.
    expect(names('Programme Erasmus : les inscriptions sont ouvertes.')).toEqual(['Erasmus']);
    expect(names('Selon Delattre, le projet avance.')).toEqual(['Delattre']);
  });

  it('finds the first name changed at the start of both sentences, and leaves a title or a role in its place alone', () => {
    expect(found('Margaux Delattre, directrice de l’école, a présenté le projet.', 'Marion Delattre, the head teacher, presented the project.')).toEqual([{ key: 'names.replaced', marked: ['Marion Delattre'] }]);
    expect(found('Margaux Delattre, directrice de l’école, a présenté le projet.', 'Margaux Delattre, the head teacher, presented the project.')).toEqual([]);
    expect(found('Margaux Delattre, directrice de l’école, a présenté le projet.', 'Head teacher Delattre presented the project.')).toEqual([]);
    expect(found('Margaux Delattre, directrice de l’école, a présenté le projet.', 'The head teacher, Margaux Delattre, presented the project.')).toEqual([]);
  });
});

describe('names: a final e dropped, classical names, papers and venues', () => {
  it('finds a French name with its final e dropped, but not a classical name English writes without it', () => {
    expect(found('Le groupe Pernaude a racheté la marque.', 'The Pernaud group bought the brand.')).toEqual([{ key: 'names.misspelt', marked: ['Pernaud'] }]);
    expect(found('Le spectacle s’inspire de l’Iliade d’Homère et de Virgile.', 'The show draws on Homer’s Iliad and on Virgil.')).toEqual([]);
  });

  it('knows the papers and venues, so that one replaced by another is found', () => {
    expect(found('Le Figaro publie ce matin un sondage.', 'Le Monde publishes a poll this morning.')).toEqual([{ key: 'names.replaced', marked: ['Le Monde'] }]);
    expect(found('Le match aura lieu au Parc des Princes.', 'The match will take place at the Stade de France.')).toEqual([{ key: 'names.replaced', marked: ['Stade de France'] }]);
    expect(found('Le concert aura lieu à l’Opéra Garnier.', 'The concert will be held at the Palais Garnier.')).toEqual([]);
  });

  it('reads a name with its article contracted (au Caire, du Havre)', () => {
    expect(found('Le ministre est arrivé au Caire dimanche.', 'The minister arrived in Cairo on Sunday.')).toEqual([]);
    expect(found('Le ministre est arrivé au Caire dimanche.', 'The minister arrived in Beirut on Sunday.').map((finding) => finding.key)).toEqual(['names.replaced']);
  });

  it('takes a people said by its English name (la Kényane → the Kenyan)', () => {
    expect(found('L’Éthiopienne a remporté le marathon.', 'The Ethiopian won the marathon.')).toEqual([]);
    expect(found('La Vénézuélienne Rosa Pardo a remporté le marathon.', 'Venezuelan Rosa Pardo won the marathon.')).toEqual([]);
  });
});

describe('names: who did what to whom', () => {
  it('finds two names of one clause in the other order, a verb between them', () => {
    expect(found('Lucas Berthier a battu Yanis Morel en finale.', 'Yanis Morel beat Lucas Berthier in the final.')).toEqual([{ key: 'names.swapped', marked: ['Morel', 'Berthier'] }]);
    expect(found('Le maire Paul Ravel accuse l’opposant Marc Giraud de mensonge.', 'Opponent Marc Giraud accuses mayor Paul Ravel of lying.').map((finding) => finding.key)).toEqual(['names.swapped']);
    expect(found('Nadia Roche, qui a remplacé Léo Brun en 2022, part en retraite.', 'Léo Brun, who replaced Nadia Roche in 2022, is retiring.').map((finding) => finding.key)).toEqual(['names.swapped']);
  });

  it('leaves the order alone where French and English change it on their own', () => {
    // Kept in order.
    expect(found('Lucas Berthier a battu Yanis Morel en finale.', 'Lucas Berthier beat Yanis Morel in the final.')).toEqual([]);
    // The passive, either side.
    expect(found('Yanis Morel a été battu par Lucas Berthier en finale.', 'Lucas Berthier beat Yanis Morel in the final.')).toEqual([]);
    expect(found('Lucas Berthier a battu Yanis Morel en finale.', 'Yanis Morel was beaten by Lucas Berthier in the final.')).toEqual([]);
    // Pairs, lists and matches.
    expect(found('Lucas Berthier et Yanis Morel disputeront la finale.', 'Yanis Morel and Lucas Berthier will contest the final.')).toEqual([]);
    expect(found('Finale : Lucas Berthier contre Yanis Morel.', 'Final: Yanis Morel against Lucas Berthier.')).toEqual([]);
    // Complements and compounds.
    expect(found('L’avocat de Lucas Berthier, Yanis Morel, fera appel.', 'Yanis Morel, Lucas Berthier’s lawyer, will appeal.')).toEqual([]);
    expect(found('Le groupe Fromentel, basé à Rodez, a racheté la marque.', 'Rodez-based Fromentel has bought the brand.')).toEqual([]);
    // Across sentences.
    expect(found('Lucas Berthier gagne. Yanis Morel perd.', 'Yanis Morel loses. Lucas Berthier wins.')).toEqual([]);
  });
});

describe('names: a city said by its people (le groupe lyonnais)', () => {
  it('finds another city in the place of the one the people name', () => {
    expect(found('Le groupe lyonnais a annoncé la fermeture de son site.', 'The Lille-based group announced the closure of its site.')).toEqual([{ key: 'names.replaced', marked: ['Lille'] }]);
    expect(found('Le club marseillais s’est imposé à Nantes.', 'The Paris club won in Nantes.')).toEqual([{ key: 'names.replaced', marked: ['Paris'] }]);
  });

  it('leaves the city named, its people in English, another city of the source, or none at all', () => {
    expect(found('Le groupe lyonnais a annoncé la fermeture de son site.', 'The Lyon-based group announced the closure of its site.')).toEqual([]);
    expect(found('Le groupe lyonnais a racheté une usine à Lille.', 'The Lyonnais group bought a plant in Lille.')).toEqual([]);
    expect(found('La start-up nantaise recrute vingt ingénieurs.', 'The startup is hiring twenty engineers.')).toEqual([]);
    expect(found('Une supportrice marseillaise a été blessée.', 'A Marseille fan was injured.')).toEqual([]);
  });
});

describe('names: what dev-28e taught (in sentences of our own)', () => {
  it('finds a first name changed before a hyphenated surname', () => {
    expect(found('La présidente, Hélène Marchal-Dupuis, a ouvert la séance.', 'The chair, Hélène Marchal-Dupuis, opened the meeting.')).toEqual([]);
    expect(found('La présidente, Hélène Marchal-Dupuis, a ouvert la séance.', 'The chair, Solène Marchal-Dupuis, opened the meeting.')).toEqual([{ key: 'names.replaced', marked: ['Solène Marchal-Dupuis'] }]);
  });

  it('finds two letters of an acronym swapped, unless the English spells its own out before it', () => {
    expect(found('La CNIL a infligé une amende.', 'The CINL imposed a fine.')).toEqual([{ key: 'names.misspelt', marked: ['CINL'] }]);
    expect(found('Selon la Banque nationale de Belgique (BNB), la croissance ralentit.', 'According to the National Bank of Belgium (NBB), growth is slowing.')).toEqual([]);
  });

  it('finds a ch written tch, and a French city left before -based', () => {
    expect(found('Le boulevard Bischoffsheim sera fermé.', 'Boulevard Bischoffsheim will be closed.')).toEqual([]);
    expect(found('La rue Rochambeau sera fermée.', 'Rue Rotchambeau will be closed.')).toEqual([{ key: 'names.misspelt', marked: ['Rotchambeau'] }]);
    expect(found('Le groupe, basé à Mayence, recrute.', 'The Mayence-based group is hiring.').map((finding) => finding.key)).toEqual(['names.exonym']);
    expect(found('Le groupe, basé à Mayence, recrute.', 'The Mainz-based group is hiring.')).toEqual([]);
  });

  it('finds a city left in French though the country is said in English', () => {
    expect(found('Le groupe polonais ouvrira un entrepôt près de Cracovie.', 'The Polish group will open a warehouse near Cracovie.').map((finding) => finding.key)).toEqual(['names.exonym']);
    expect(found('Le groupe polonais ouvrira un entrepôt près de Cracovie.', 'The Polish group will open a warehouse near Krakow.')).toEqual([]);
  });

  it('leaves a place of the same name said with its sort (Équateur province)', () => {
    expect(found('Une épidémie a été déclarée dans la province de l’Équateur, en RDC.', 'An outbreak was declared in Équateur province, in the DRC.')).toEqual([]);
  });

  it('reads brands with a capital inside as names', () => {
    expect(found('La compagnie easyJet ouvrira une base à Nantes.', 'The airline will open a base in Nantes.')).toEqual([{ key: 'names.missing', marked: [] }]);
    expect(found('La compagnie easyJet ouvrira une base à Nantes.', 'easyJet will open a base in Nantes.')).toEqual([]);
    expect(checkPair({ source: 'La compagnie easyJet ouvrira une base à Nantes.', target: 'easyJet will open a base in Nantes.' }, gb).map((finding) => finding.key)).toEqual([]);
  });

  it('finds roles swapped around a person named after “la place de”, and with a caption’s brackets between', () => {
    expect(found('Marc Oudin a pris la place de Paul Girard au conseil.', 'Paul Girard has taken over from Marc Oudin on the board.').map((finding) => finding.key)).toEqual(['names.swapped']);
    expect(found('Photo : le chef Marc Oudin (à droite) et son second, Paul Girard.', 'Photo: Chef Paul Girard (right) and his second, Marc Oudin.').map((finding) => finding.key)).toEqual(['names.swapped']);
    expect(found('L’ex-mari de Marc Oudin, Paul Girard, témoigne.', 'Paul Girard, Marc Oudin’s ex-husband, testifies.')).toEqual([]);
  });
});

describe('names: unions and public bodies by their acronyms', () => {
  it('finds one union’s acronym in the place of another’s, and an English acronym misspelt', () => {
    expect(found('La CFTC a signé l’accord.', 'The CGT signed the agreement.')).toEqual([{ key: 'names.replaced', marked: ['CGT'] }]);
    expect(found('La CFTC a signé l’accord.', 'The CFTC signed the agreement.')).toEqual([]);
    expect(found('La GRC enquête sur l’incendie.', 'The RCMP is investigating the fire.')).toEqual([]);
    expect(found('La GRC enquête sur l’incendie.', 'The RCPM is investigating the fire.').map((finding) => finding.key)).toEqual(['names.misspelt']);
  });
});
