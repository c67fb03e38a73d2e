import { describe, expect, it } from 'vitest';
import { type CheckId, checkIds, checkPair, type QaContext, type QaSettings } from '../../src/domain/qa';

const us: QaContext = { targetLang: 'en-US', glossary: [] };
const only = (id: CheckId): QaSettings => Object.fromEntries(checkIds.filter((other) => other !== id).map((other) => [other, 'off']));
const left = (source: string, target: string) => checkPair({ source, target }, us, only('french-left')).map((finding) => finding.params?.['text']);

describe('French left in: a single common word', () => {
  it.each([
    ['Le stationnement est interdit près du chantier.', 'Parking is banned near the chantier.', 'chantier'],
    ['Le bilan de la tempête est lourd.', 'The bilan of the storm is heavy.', 'bilan'],
    ['Les orages ont apporté de la grêle.', 'The storms brought grêle.', 'grêle'],
    ['La mairie a refusé son permis de construire.', 'City hall turned down his permis de construire.', 'permis de construire'],
    ['Le guichet de la poste ferme à midi.', 'The post office guichet closes at noon.', 'guichet'],
    ['La sécheresse menace les récoltes.', 'The harvests are threatened by the sécheresse.', 'sécheresse'],
  ])('finds the French word: %s', (source, target, text) => {
    expect(left(source, target)).toEqual([text]);
  });

  it.each([
    // Borrowed French, written as in English.
    ['Le café du village a fermé.', 'The village café has closed.'],
    ['Le préfet a reçu les maires.', 'The préfet met the mayors.'],
    ['Les façades seront rénovées.', 'The façades will be renovated.'],
    ['Le régime a été renversé.', 'The régime was overthrown.'],
    // English words and cognates the source also has.
    ['Le parfum a des notes de vanille.', 'The perfume has notes of vanilla.'],
    ['La terminaison féminine est ajoutée.', 'The feminine ending is added.'],
    ['Il a eu un bout de pain.', 'He had a bout of flu and some pain.'],
    // Cited on purpose, glossed, or in an address.
    ['On remplace « femme » par « personne ».', 'Replace femme (“woman”) with personne (“person”).'],
    ['Écrivez à chantier@ville.fr.', 'Write to chantier@ville.fr.'],
    ['Voir www.chantier-ville.fr/guichet.', 'See www.chantier-ville.fr/guichet.'],
    // Part of a name.
    ['La Salle Pleyel rouvre.', 'The Salle Pleyel reopens.'],
  ])('leaves English, borrowings and names alone: %s', (source, target) => {
    expect(left(source, target)).toEqual([]);
  });
});
