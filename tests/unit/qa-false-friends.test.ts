import { describe, expect, it } from 'vitest';
import { type CheckId, checkIds, checkPair, type QaContext, type QaSettings } from '../../src/domain/qa';

const gb: QaContext = { targetLang: 'en-GB', glossary: [] };
const only = (id: CheckId): QaSettings => Object.fromEntries(checkIds.filter((other) => other !== id).map((other) => [other, 'off']));
const words = (source: string, target: string) => checkPair({ source, target }, gb, only('false-friends')).map((finding) => finding.params?.['word']);

describe('false friends check', () => {
  it.each([
    ['La présidente est actuellement en vacances en Corse.', 'The chairwoman is actually on holiday in Corsica.', 'actually'],
    ['Le sujet reste très sensible dans la commune.', 'The subject remains very sensible in the town.', 'sensible'],
    ['Une nouvelle librairie ouvre rue Victor-Hugo.', 'A new library opens on Rue Victor-Hugo.', 'library'],
    ['Le préfet assistera au match de samedi.', 'The prefect will assist at Saturday’s match.', 'assist'],
    ['Les candidats passent l’examen du permis jeudi.', 'The candidates pass the driving test on Thursday.', 'pass'],
    ['La location de trottinettes coûte 3 euros.', 'Scooter location costs €3.', 'location'],
    ['Nous attendons la réponse du ministère.', 'We are attending the ministry’s answer.', 'attending'],
    ['Le délai de réponse a été raccourci.', 'The response delay has been shortened.', 'delay'],
    ['La journée portes ouvertes aura lieu en mars.', 'The open journey will take place in March.', 'journey'],
    ['Il a été blessé dans un accident de vélo.', 'He was blessed in a bicycle accident.', 'blessed'],
    ['Le directeur a prétendu ne rien savoir.', 'The director pretended to know nothing.', 'pretended'],
    ['L’ancien ministre a publié ses mémoires.', 'The ancient minister has published his memoirs.', 'ancient'],
    ['Le chiffre d’affaires a doublé en un an.', 'The affairs doubled in a year.', 'affairs'],
  ])('finds the false friend: %s', (source, target, word) => {
    expect(words(source, target)).toEqual([word]);
  });

  it.each([
    // The right rendering.
    ['La présidente est actuellement en vacances.', 'The chairwoman is currently on holiday.'],
    ['Une nouvelle librairie ouvre ses portes.', 'A new bookshop opens its doors.'],
    ['Les candidats passent l’examen jeudi.', 'The candidates sit the exam on Thursday.'],
    // The French has the word the look-alike translates.
    ['En fait, la présidente est actuellement absente.', 'Actually, the chairwoman is away at the moment.'],
    ['Ils ont réussi l’examen qu’ils avaient passé en juin.', 'They passed the exam they had taken in June.'],
    ['La bibliothèque municipale et la librairie du centre s’associent.', 'The public library and the bookshop in the centre are teaming up.'],
    ['Il a aidé sa voisine et assisté à la réunion.', 'He assisted his neighbour and attended the meeting.'],
    // Look-alikes kept to the uses where they are wrong.
    ['Une large majorité a voté pour.', 'A large majority voted in favour.'],
    ['Le gouvernement a demandé des explications.', 'The government demanded an explanation.'],
    ['Le collège électoral se réunira lundi.', 'The electoral college will meet on Monday.'],
    ['Il a suivi une formation de soudeur.', 'He completed welding training.'],
    ['Le Collège Jean-Moulin rouvre.', 'Jean Moulin College reopens.'],
    ['Les supporters ont soutenu leur équipe.', 'The supporters backed their team.'],
  ])('leaves a right rendering alone: %s', (source, target) => {
    expect(words(source, target)).toEqual([]);
  });

  it('points at the look-alike and says the French', () => {
    const [finding] = checkPair({ source: 'Le directeur est actuellement à Lyon.', target: 'The director is actually in Lyon.' }, gb, only('false-friends'));
    expect(finding?.params).toMatchObject({ word: 'actually', french: 'actuellement' });
    expect(finding?.target).toEqual([{ start: 16, end: 24 }]);
    expect(finding?.severity).toBe('warning');
  });
});
