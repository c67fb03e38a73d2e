import { describe, expect, it } from 'vitest';
import { type CheckId, checkIds, checkPair, type QaContext, type QaSettings } from '../../src/domain/qa';
import { englishDurations, frenchDurations } from '../../src/domain/qa/durations';

const us: QaContext = { targetLang: 'en-US', glossary: [] };
const gb: QaContext = { ...us, targetLang: 'en-GB' };
/** Only this check on (the others have their own tests). */
const only = (id: CheckId): QaSettings => Object.fromEntries(checkIds.filter((other) => other !== id).map((other) => [other, 'off']));
const times = (source: string, target: string, context = us) => checkPair({ source, target }, context, only('times')).map((finding) => `${finding.key}:${finding.severity}`);

describe('French durations', () => {
  it('tells a duration from a time of day by the words around it', () => {
    const read = (text: string) => frenchDurations(text).map((found) => [found.text, found.minutes ?? found.perDay ?? found.perWeek, Boolean(found.ambiguous)]);
    expect(read('Il a fallu 2 h 40 de route, arrivée à 14 h 30.')).toEqual([['2 h 40', 160, false]]);
    expect(read('Pendant 2 h 40, puis vers 2 h 40 du matin.')).toEqual([['2 h 40', 160, false]]);
    expect(read('Un débat d’une durée de 1 h 30 ; 1 h 30 de film ; en 2 h 40.')).toEqual([['1 h 30', 90, false], ['1 h 30', 90, false], ['2 h 40', 160, false]]);
    expect(read('Ouvert 24 h/24 et 7 j/7, 24 heures sur 24.')).toEqual([['24 h/24', 24, false], ['7 j/7', 7, false], ['24 heures sur 24', 24, false]]);
    expect(read('Grève de 48 h, préavis de 72 heures.')).toEqual([['48 h', 2880, false], ['72 heures', 4320, false]]);
    expect(read('Ouvert de 9 h à 18 h, dès 8 h 30, jusqu’à 22 h.')).toEqual([]);
  });

  it('reads English durations in digits and words, and rates', () => {
    const read = (text: string) => englishDurations(text).map((found) => found.minutes ?? `${found.perDay ?? ''}/${found.perWeek ?? ''}`);
    expect(read('2 hours 40 minutes, 2h40, two hours and 40 minutes, an hour and a half, one and a half hours, 90 minutes, 1.5 hours, a 48-hour strike, two days.')).toEqual([160, 160, 160, 90, 90, 90, 90, 2880, 2880]);
    expect(read('Open 24 hours a day, seven days a week, 24/7, round the clock.')).toEqual(['24/', '/7', '24/7', '24/']);
    expect(read('At 2:40 a.m. and 4 pm.')).toEqual([]);
  });
});

describe('durations in the times check', () => {
  it.each([
    ['Il a fallu 2 h 40 de route.', 'It took 2 hours 40 minutes on the road.'],
    ['Il a fallu 2 h 40 de route.', 'It took 2h40 by road.'],
    ['Le vol dure 2 h 40.', 'The flight takes two hours and 40 minutes.'],
    ['Pendant 2 h 40, les élus ont débattu.', 'For 2 hours and 40 minutes, the councillors debated.'],
    ['Après 2 h 40 de débat, le budget est voté.', 'After two hours and forty minutes of debate, the budget was passed.'],
    ['La durée : 2 h 40.', 'Running time: 2 hours 40 minutes.'],
    ['Un film de 1 h 30.', 'A 90-minute film.'],
    ['1 h 30 de film suffit.', 'An hour and a half of film is enough.'],
    ['La pharmacie est ouverte 24 h/24.', 'The pharmacy is open 24 hours a day.'],
    ['La pharmacie est ouverte 24 h/24 et 7 j/7.', 'The pharmacy is open 24/7.'],
    ['Le service répond 7 j/7.', 'The service answers seven days a week.'],
    ['Un préavis de 48 h.', 'A 48-hour notice period.'],
    ['La garde à vue a duré 72 heures.', 'The police custody lasted three days.'],
    ['Une pause de 2 h.', 'A two-hour break.'],
    ['La réunion de 10 h est annulée.', 'The 10 a.m. meeting is cancelled.'],
  ])('accepts %s → %s', (source, target) => {
    expect(times(source, target)).toEqual([]);
  });

  it.each([
    ['Il a fallu 2 h 40 de route.', 'It took 2 hours 50 minutes on the road.'],
    ['Le vol dure 2 h 40.', 'The flight takes three hours and 40 minutes.'],
    ['La pharmacie est ouverte 24 h/24.', 'The pharmacy is open 12 hours a day.'],
    ['Le service répond 7 j/7.', 'The service answers five days a week.'],
    ['Un préavis de 48 h.', 'A 24-hour notice period.'],
    ['Une pause de 2 h.', 'A three-hour break.'],
  ])('finds a wrong figure: %s → %s', (source, target) => {
    expect(times(source, target)).toEqual(['times.duration:error']);
  });

  it('never reads a duration as a time of day', () => {
    // `2 h 40` said as how long: a 2:40 a.m. in the English is no match, and the message says duration.
    expect(times('Pendant 2 h 40, rien ne bouge.', 'For 2:40 a.m., nothing moves.')).toEqual(['times.durationMissing:error']);
    const [finding] = checkPair({ source: 'Il a fallu 2 h 40 de route.', target: 'It took 3 hours on the road.' }, us, only('times'));
    expect(finding?.params).toEqual({ duration: '2 h 40', expected: '2 hours 40 minutes' });
  });

  it('keeps a time of day a time', () => {
    expect(times('Rendez-vous à 14 h 30.', 'Meet at 2:30 p.m.')).toEqual([]);
    expect(times('Rendez-vous à 14 h 30.', 'Meet at 14:30.', gb)).toEqual([]);
    expect(times('Il est rentré vers 2 h 40 du matin.', 'He came home around 2:40 a.m.')).toEqual([]);
    expect(times('Il est rentré vers 2 h 40 du matin.', 'He came home around 3:40 a.m.')).toEqual(['times.different:error']);
    expect(times('Ouvert de 9 h à 18 h.', 'Open from 9 a.m. to 6 p.m.')).toEqual([]);
    expect(times('Ouvert de 9 h à 18 h.', 'Open from 9 a.m. to 5 p.m.')).toEqual(['times.different:error']);
  });
});
