import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';
import { englishRaceTimes, frenchRaceTimes } from '../../src/domain/qa/durations';

const gb: QaContext = { targetLang: 'en-GB', glossary: [] };
const keys = (source: string, target: string) => checkPair({ source, target }, gb).map((finding) => finding.key);

describe('race times', () => {
  it('reads French and English race times to the hundredth', () => {
    expect(frenchRaceTimes('en 13 min 21 s 50, puis 2 h 2 min 16 s et 9 s 58').map((race) => race.hundredths)).toEqual([80150, 733600, 958]);
    expect(englishRaceTimes('in 13:21.50, then 2:02:16 and 9.58 seconds').map((race) => race.hundredths)).toEqual([80150, 733600, 958]);
  });

  it('takes a race time written the English way, with no missing numbers and no time of day', () => {
    expect(keys('Henrik Solberg a remporté le 5 000 m en 13 min 21 s 50.', 'Henrik Solberg won the 5,000m in 13:21.50.')).toEqual([]);
    expect(keys('Benson Kipruto a couru les 42,195 km en 2 h 2 min 16 s.', 'Benson Kipruto ran the 42.195km in 2:02:16.')).toEqual([]);
    expect(keys('Letesenbet Gidey a couru le 10 000 m en 29 min 1 s 03.', 'Letesenbet Gidey ran the 10,000 metres in 29:01.03.')).toEqual([]);
    expect(keys('Il a couru en 2 h 5 min.', 'He ran it in 2 hours 5 minutes.')).toEqual([]);
  });

  it('finds a race time changed, or gone', () => {
    expect(keys('Henrik Solberg a remporté le 5 000 m en 13 min 21 s 50.', 'Henrik Solberg won the 5,000m in 13:12.50.')).toEqual(['times.duration']);
    expect(keys('Henrik Solberg a remporté le 5 000 m en 13 min 21 s 50.', 'Henrik Solberg won the 5,000m.')).toEqual(['times.durationMissing']);
  });
});

describe('a wait up to a length', () => {
  it('reads `patienter jusqu’à 2 h 30` as how long, not a time of day', () => {
    expect(keys('Les automobilistes ont dû patienter jusqu’à 2 h 30 au péage.', 'Drivers had to wait up to two and a half hours at the toll.')).toEqual([]);
    expect(keys('Les automobilistes ont dû patienter jusqu’à 2 h 30 au péage.', 'Drivers had to wait up to three and a half hours at the toll.')).toEqual(['times.duration']);
  });
});
