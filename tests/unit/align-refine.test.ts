import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../src/domain/align';
import { newReadings } from '../../src/domain/align/align';
import { gluedHeading } from '../../src/domain/align/refine';
import storm from '../fixtures/align/storm.json';

/**
 * The aligner's second look, sentence by sentence (src/domain/align/refine.ts): where the two
 * versions cut their paragraphs at different places, a link is made of the paragraphs that
 * translate each other only together. Each case is also aligned without it, to show what it changes.
 */
const shape = (links: ReturnType<typeof alignParagraphs>) => links.map((link) => `${link.fr.join(',')}|${link.en.join(',')}`);
const intro = ['Le conseil municipal s’est réuni jeudi soir à la mairie.', 'The town council met on Thursday evening at the town hall.'] as const;
const outro = ['La prochaine séance aura lieu le 12 mars.', 'The next meeting will take place on March 12.'] as const;

describe('paragraphs cut at other places', () => {
  it('links two paragraphs to two when a sentence closing the French one opens the next English one (2-2)', () => {
    const french = [
      intro[0],
      'Le maire a présenté son budget pour la nouvelle année devant les élus de la majorité et de l’opposition. Les dépenses de fonctionnement augmentent nettement, portées par l’énergie.',
      'Les impôts locaux ne changeront pas, a promis le maire aux habitants présents dans la salle. La séance a duré plus de trois heures.',
      outro[0],
    ];
    const english = [
      intro[1],
      'The mayor presented his budget for the new year to the councillors of the majority and the opposition.',
      'Operating expenses rise sharply, driven by energy. Local taxes will not change, the mayor promised the residents present in the room. The session lasted more than three hours.',
      outro[1],
    ];
    expect(shape(alignParagraphs(french, english, { refine: false }))).toEqual(['0|0', '1|1', '2|2', '3|3']);
    expect(shape(alignParagraphs(french, english))).toEqual(['0|0', '1,2|1,2', '3|3']);
  });

  it('links three paragraphs told in two, the sentences cut elsewhere (3-2)', () => {
    const french = [
      intro[0],
      'Les travaux de la piscine municipale commenceront au printemps prochain.',
      'Le chantier coûtera huit millions d’euros, financés par la région et par la ville. La piscine restera fermée pendant deux ans.',
      'Les nageurs du club iront à la piscine de la commune voisine jusqu’à la réouverture.',
      outro[0],
    ];
    const english = [
      intro[1],
      'Work on the municipal swimming pool will begin next spring. The project will cost eight million euros, funded by the region and the town.',
      'The pool will remain closed for two years. The club swimmers will go to the pool in the neighbouring town until it reopens.',
      outro[1],
    ];
    expect(shape(alignParagraphs(french, english, { refine: false }))).toEqual(['0|0', '1,2|1', '3|2', '4|3']);
    expect(shape(alignParagraphs(french, english))).toEqual(['0|0', '1,2,3|1,2', '4|3']);
  });

  it('joins a heading glued to its paragraph on the other side (a line break lost in conversion)', () => {
    const french = [intro[0], 'Les transports scolaires', 'Les bus scolaires seront gratuits pour tous les élèves de la commune dès septembre.', outro[0]];
    const english = [intro[1], 'School transport The school buses will be free for all pupils in the town from September.', outro[1]];
    expect(shape(alignParagraphs(french, english, { refine: false }))).toEqual(['0|0', '1|', '2|1', '3|2']);
    expect(shape(alignParagraphs(french, english))).toEqual(['0|0', '1,2|1', '3|2']);
  });

  it('joins a second rendering of the same paragraph (a French example kept in the English, then translated)', () => {
    const french = [intro[0], 'Voici un exemple :', 'Les directeurs sont responsables de l’évaluation des employés.', outro[0]];
    const english = [intro[1], 'Here is an example:', 'Les directeurs sont responsables de l’évaluation des employés.', 'The directors are responsible for the evaluation of the employees.', outro[1]];
    expect(shape(alignParagraphs(french, english, { refine: false }))).toEqual(['0|0', '1|1', '2|2', '|3', '3|4']);
    expect(shape(alignParagraphs(french, english))).toEqual(['0|0', '1|1', '2|2,3', '3|4']);
  });

  it('joins a short gloss to the French example the English keeps before it (too few words to weigh)', () => {
    const french = [intro[0], 'En voici un exemple :', 'Nous nous sommes entretenus avec les intervenants. (Masculin par défaut)', outro[0]];
    const english = [intro[1], 'Here is an example:', 'Nous nous sommes entretenus avec les intervenants. (Masculine by default)', 'We talked to the stakeholders.', outro[1]];
    expect(shape(alignParagraphs(french, english, { refine: false }))).toEqual(['0|0', '1|1', '2|2', '|3', '3|4']);
    expect(shape(alignParagraphs(french, english))).toEqual(['0|0', '1|1', '2|2,3', '3|4']);
  });

  it('takes out of a merge an English sentence added after a paragraph, that no French sentence translates (it shares cognates with it)', () => {
    const french = [
      intro[0],
      'Par souci de concision, je ne présente ici qu’un bref aperçu des solutions, nouvelles ou non, que nous pouvons utiliser pour rendre nos textes inclusifs. Pour en savoir plus sur ce sujet, je vous recommande les lignes directrices que le gouvernement a récemment publiées.',
      'Après bien des discussions, mes collègues et moi avons choisi la rédaction épicène.',
      outro[0],
    ];
    const english = [
      intro[1],
      'To keep things short, I only give a quick overview of the new solutions we can use to make our texts inclusive. To find out more on this subject, I recommend the guidelines recently published by the government.',
      'Among the existing possibilities, we have weighed the pros and cons to make our own recipe for inclusive texts.',
      'After much discussion, my colleagues and I chose epicene writing.',
      outro[1],
    ];
    expect(shape(alignParagraphs(french, english, { refine: false }))).toEqual(['0|0', '1|1,2', '2|3', '3|4']);
    expect(shape(alignParagraphs(french, english))).toEqual(['0|0', '1|1', '|2', '2|3', '3|4']);
  });

  it('keeps a paragraph the translation moved inside one link with those it moved across (links never cross)', () => {
    const french = [
      intro[0],
      'Trois mesures ont été retenues :',
      'Réduire la vitesse dans le centre-ville.',
      'Créer deux nouvelles pistes cyclables.',
      'Planter des arbres le long des avenues.',
      'Nous voulons une ville plus calme et plus sûre pour les enfants et pour les personnes âgées, a expliqué l’adjointe chargée des transports.',
      outro[0],
    ];
    const english = [
      intro[1],
      'We want a calmer and safer town for children and for the elderly, explained the deputy mayor in charge of transport.',
      'Three measures were chosen:',
      'Reduce speed in the town centre.',
      'Create two new cycle lanes.',
      'Plant trees along the avenues.',
      outro[1],
    ];
    expect(shape(alignParagraphs(french, english, { refine: false }))).toEqual(['0|0', '|1', '1|2', '2|3', '3|4', '4|5', '5|', '6|6']);
    expect(shape(alignParagraphs(french, english))).toEqual(['0|0', '1,2,3,4,5|1,2,3,4,5', '6|6']);
  });
});

describe('introductions to lists', () => {
  it('leaves alone two introductions whose lists have nothing in common, and links those whose lists correspond', () => {
    const french = [
      intro[0],
      'À la médiathèque, vous pouvez profiter de nos services. Les services proposés peuvent comprendre :',
      'Le prêt de livres numériques ;',
      'Des ateliers d’écriture pour les enfants ;',
      'Un accompagnement aux démarches en ligne.',
      outro[0],
    ];
    const english = [intro[1], 'At the Pontlevoy Media Library (PML), we run a range of clubs, including:', 'Chess on Wednesdays', 'A film club', 'Knitting for beginners', outro[1]];
    expect(shape(alignParagraphs(french, english, { refine: false })).slice(0, 2)).toEqual(['0|0', '1|1']);
    expect(shape(alignParagraphs(french, english))).toEqual(['0|0', '1|', '|1', '|2', '|3', '|4', '2|', '3|', '4|', '5|5']);
    const translated = [intro[1], 'At the media library, you can make use of our services. The services offered may include:', 'Lending e-books;', 'Writing workshops for children;', 'Help with online procedures.', outro[1]];
    expect(shape(alignParagraphs(french, translated))).toEqual(['0|0', '1|1', '2|2', '3|3', '4|4', '5|5']);
  });
});

describe('boundaries that stand', () => {
  it('leaves a heading alone after the paragraph it sums up', () => {
    const french = [intro[0], 'Le maire a présenté son budget pour la nouvelle année devant les élus.', 'Budget de la ville', outro[0]];
    const english = [intro[1], 'The mayor presented his budget for the new year to the councillors.', outro[1]];
    expect(shape(alignParagraphs(french, english))).toEqual(['0|0', '1|1', '2|', '3|2']);
  });

  it("leaves alone a paragraph only one side has (an editor's note)", () => {
    const french = [intro[0], 'Le maire a présenté son budget pour la nouvelle année devant les élus.', outro[0]];
    const english = [intro[1], 'The mayor presented his budget for the new year to the councillors.', "Editor's note: this article was updated with the latest figures.", outro[1]];
    expect(shape(alignParagraphs(french, english))).toEqual(['0|0', '1|1', '|2', '2|3']);
  });

  it('does not join a paragraph of the same mould as its neighbour (its words are the neighbour’s, its numbers are not)', () => {
    const pairs = Array.from({ length: 6 }, (_, i) => [`Le conseil n° ${i + 1} a voté ${i * 7 + 3} mesures à Pontlevoy.`, `Council no. ${i + 1} voted ${i * 7 + 3} measures in Pontlevoy.`] as const);
    const links = alignParagraphs(
      pairs.map(([fr]) => fr),
      pairs.filter((_, i) => i !== 3).map(([, en]) => en),
    );
    expect(shape(links)).toEqual(['0|0', '1|1', '2|2', '3|', '4|3', '5|4']);
  });

  it('gives the same links whether or not words already read are shared with other alignments', () => {
    const readings = newReadings();
    alignParagraphs(storm.english.map(() => intro[0]), storm.english, { readings });
    expect(alignParagraphs(storm.french, storm.english, { readings })).toEqual(alignParagraphs(storm.french, storm.english));
  });
});

describe('a heading glued to its paragraph', () => {
  it('is read from a capitalised little word that no stop comes before', () => {
    expect(gluedHeading('Non-binary neologisms These are terms created to be neither masculine nor feminine.')).toBe('Non-binary neologisms');
    expect(gluedHeading('Les transports scolaires Les bus seront gratuits.')).toBe('Les transports scolaires');
  });

  it('is not read in a sentence that goes on as sentences do', () => {
    expect(gluedHeading('The media library reopens on Saturday, March 14, after two years of works.')).toBeUndefined();
    expect(gluedHeading('In brief: The mayor spoke.')).toBeUndefined();
    expect(gluedHeading('It rained. The match was postponed.')).toBeUndefined();
  });
});
