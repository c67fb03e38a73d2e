import { describe, expect, it } from 'vitest';
import { frenchVerbRenderings } from '../../src/domain/align';
import { checkPair, type QaContext } from '../../src/domain/qa';

const gb: QaContext = { targetLang: 'en-GB', glossary: [] };

/** The roles check's findings on a pair, by key. */
const found = (source: string, target: string) =>
  checkPair({ source, target }, gb)
    .filter((finding) => finding.check === 'roles')
    .map((finding) => finding.key);

describe('roles: who did what to whom, reversed with common nouns', () => {
  it.each([
    [
      'Le bailleur accuse le locataire d’avoir dégradé l’appartement pendant les travaux.',
      'The tenant accuses the landlord of damaging the flat during the works.',
      'The landlord accuses the tenant of damaging the flat during the works.',
    ],
    [
      'Selon les enquêteurs, le chauffeur a percuté un piéton avant de prendre la fuite.',
      'According to investigators, the pedestrian struck a driver before fleeing.',
      'According to investigators, the driver struck a pedestrian before fleeing.',
    ],
    [
      'Mardi, le club a limogé l’entraîneur après une cinquième défaite de suite.',
      'On Tuesday the coach sacked the club after a fifth defeat in a row.',
      'On Tuesday the club sacked the coach after a fifth defeat in a row.',
    ],
  ])('finds the two reversed around the verb, and nothing when they are not: %s', (source, reversed, faithful) => {
    expect(found(source, reversed)).toEqual(['roles.reversed']);
    expect(found(source, faithful)).toEqual([]);
  });

  it.each([
    ['the passive', 'L’employeur accuse le salarié de négligence.', 'The employee is accused of negligence by the employer.'],
    ['a verb that says the same both ways', 'Le maire a rencontré le préfet jeudi à la mairie.', 'The prefect met the mayor on Thursday at the town hall.'],
    ['a pair', 'Le syndicat et la direction ont signé un accord mardi soir.', 'Management and the union signed an agreement on Tuesday evening.'],
    ['a complement', 'L’avocat de la victime accuse le suspect de mentir.', 'The suspect is lying, the victim’s lawyer says.'],
    ['words that are not people (a translator free with synonyms)', 'Le mot désigne les termes dont la forme ne varie pas.', 'The term designates words whose form does not vary.'],
    ['two nouns English may render alike', 'La commune accuse la ville voisine de polluer la rivière.', 'The town accuses the neighbouring town of polluting the river.'],
  ])('finds nothing in %s', (_, source, target) => {
    expect(found(source, target)).toEqual([]);
  });

  it('reads a verb in its conjugated forms, and not a word that only ends as an infinitive does', () => {
    expect(frenchVerbRenderings('versera')).toContain('pay');
    expect(frenchVerbRenderings('accuse')).toContain('accus');
    expect(frenchVerbRenderings('dernier')).toBeUndefined();
    expect(frenchVerbRenderings('premier')).toBeUndefined();
  });
});
