import { describe, expect, it } from 'vitest';
import { type CheckId, checkIds, checkPair, type QaContext, type QaSettings } from '../../src/domain/qa';
import { holidays } from '../../src/domain/qa/holidays';

const us: QaContext = { targetLang: 'en-US', glossary: [] };
const gb: QaContext = { ...us, targetLang: 'en-GB' };
/** Only this check on (the others have their own tests). */
const only = (id: CheckId): QaSettings => Object.fromEntries(checkIds.filter((other) => other !== id).map((other) => [other, 'off']));
const dates = (source: string, target: string, context = us) => checkPair({ source, target }, context, only('dates')).map((finding) => `${finding.key}:${finding.severity}`);

describe('holidays, by name or by date', () => {
  it.each([
    ['Le défilé du 14 Juillet a eu lieu.', 'The Bastille Day parade took place.'],
    ['Le défilé du 14 Juillet a eu lieu.', 'The July 14 parade took place.'],
    ['Le défilé du 14-Juillet a eu lieu.', 'The Bastille Day parade took place.'],
    ['Le défilé du 14-Juillet a eu lieu.', 'The July 14 parade took place.'],
    ['Le défilé du 14 juillet a eu lieu.', 'The Bastille Day parade took place.'],
    ['Les syndicats défilent le 1er Mai.', 'The unions march on May Day.'],
    ['Les syndicats défilent le 1er Mai.', 'The unions march on May 1.'],
    ['Les syndicats défilent le 1er-Mai.', 'The unions march on Labour Day.'],
    ['Cérémonie le 8 Mai.', 'Ceremony on VE Day.'],
    ['Cérémonie le 8 Mai.', 'Ceremony on May 8.'],
    ['Cérémonie du 11 Novembre.', 'Armistice Day ceremony.'],
    ['Cérémonie du 11 Novembre.', 'Remembrance Day ceremony.', gb],
    ['Cérémonie du 11 Novembre.', 'Veterans Day ceremony.'],
    ['Cérémonie du 11 Novembre.', 'November 11 ceremony.'],
    ['Les cimetières sont fleuris à la Toussaint.', 'Cemeteries are decked with flowers on All Saints’ Day.'],
    ['Les cimetières sont fleuris à la Toussaint.', 'Cemeteries are decked with flowers on November 1.'],
    ['Le marché de Noël ouvre.', 'The Christmas market opens.'],
    ['Le jour de l’An, tout est fermé.', 'On New Year’s Day, everything is closed.'],
    ['La Saint-Sylvestre sera fêtée place Bellecour.', 'New Year’s Eve will be celebrated on Place Bellecour.'],
    ['Les vacances de Pâques commencent.', 'The Easter holidays begin.'],
    ['Le lundi de la Pentecôte est travaillé.', 'Whit Monday is a working day.', gb],
    ['Le lundi de la Pentecôte est travaillé.', 'Pentecost Monday is a working day.'],
    ['Le pont de l’Ascension approche.', 'The Ascension Day long weekend is coming.'],
  ])('accepts %s → %s', (source, target, context = us) => {
    expect(dates(source, target, context)).toEqual([]);
  });

  it.each([
    ['Le défilé du 14 Juillet a eu lieu.', 'The Armistice Day parade took place.', 'dates.month:error'],
    ['Le défilé du 14 Juillet a eu lieu.', 'The July 15 parade took place.', 'dates.day:error'],
    ['Cérémonie le 8 Mai.', 'Ceremony on May 9.', 'dates.day:error'],
    ['Les cimetières sont fleuris à la Toussaint.', 'Cemeteries are decked with flowers at Christmas.', 'dates.holiday:error'],
    ['Les vacances de Pâques commencent.', 'The Christmas holidays begin.', 'dates.holiday:error'],
  ])('finds another day: %s → %s', (source, target, key) => {
    expect(dates(source, target)).toEqual([key]);
  });

  it('keeps each holiday in one table, with an English name for each', () => {
    for (const holiday of holidays) {
      expect(holiday.english.length).toBeGreaterThan(0);
      expect(holiday.french.length > 0 || holiday.day !== undefined).toBe(true);
    }
  });
});

describe('the other English’s date order', () => {
  it.each([
    ['La réunion aura lieu le 9 mars 2026.', 'The meeting will be held on 9 March 2026.', us],
    ['La réunion aura lieu le 9 mars 2026.', 'The meeting will be held on March 9, 2026.', gb],
    ['La réunion aura lieu le 9 mars.', 'The meeting will be held on 9 March.', us],
    ['La réunion aura lieu le 9 mars.', 'The meeting will be held on the 9th of March.', us],
  ])('gives no finding: %s → %s', (source, target, context) => {
    expect(dates(source, target, context)).toEqual([]);
  });

  it('is still an error when the date itself differs', () => {
    expect(dates('La réunion aura lieu le 9 mars 2026.', 'The meeting will be held on 8 March 2026.')).toEqual(['dates.day:error']);
    expect(dates('La réunion aura lieu le 9 mars 2026.', 'The meeting will be held on March 9, 2025.', gb)).toEqual(['dates.year:error']);
    expect(dates('Avant le 9/03/2026.', 'Before 9/3/2026.')).toEqual(['dates.numeric:error']);
  });
});
