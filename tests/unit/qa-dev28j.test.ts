import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';

/** Correct renderings of figures from dev-28j (written blind), wrongly flagged before; and that the same figures changed are still found. */
const gb: QaContext = { targetLang: 'en-GB', glossary: [] };
const us: QaContext = { targetLang: 'en-US', glossary: [] };
const keys = (source: string, target: string, context: QaContext = gb) => checkPair({ source, target }, context).map((finding) => `${finding.check}:${finding.key}`);

describe('figures rendered faithfully', () => {
  it('gives a range’s first figure its second’s unit, on either side', () => {
    expect(keys('La vitesse sera abaissée de 90 à 80 km/h sur les routes départementales.', 'The speed limit on secondary roads will be lowered from 56 mph to 50 mph.', us)).toEqual([]);
    expect(keys('Les orages apporteront entre 20 et 30 mm de pluie.', 'Thunderstorms will bring 0.8 to 1.2 inches of rain.', us)).toEqual([]);
    expect(keys('La vitesse sera abaissée de 90 à 80 km/h sur les routes départementales.', 'The speed limit on secondary roads will be lowered from 62 mph to 50 mph.', us)).toContain('numbers:numbers.conversion');
  });

  it('never pairs a figure with one of another kind of measure (-12 °C is no 12 inches), and reads in as a word where it is one', () => {
    expect(keys('Il est tombé 30 cm de neige, et le thermomètre est descendu à -12 °C.', 'Up to 12 inches of snow fell, and the temperature dropped to 10F.', us)).toEqual([]);
    expect(keys('Le public a chanté jusqu’à deux heures du matin.', 'The crowd sang until two in the morning.')).toEqual([]);
  });

  it('reads race times and durations written 2hr 5min 12sec, 1min 12sec', () => {
    expect(keys('Il a remporté le marathon en 2 h 05 min 12 s.', 'He won the marathon in 2hr 5min 12sec.')).toEqual([]);
    expect(keys('Il a remporté le marathon en 2 h 05 min 12 s.', 'He won the marathon in 2hr 6min 12sec.')).not.toEqual([]);
    expect(keys('Le Slovène a repris 1 min 12 s à son rival.', 'The Slovenian took 1min 12sec out of his rival.')).toEqual([]);
    expect(keys('Le trajet passera de 2 h 05 à 1 h 05.', 'The journey will be cut from 2hr 5min to 1hr 5min.')).toEqual([]);
  });

  it('reads 6½ feet and un an et demi', () => {
    expect(keys('La station affiche 2 m de neige au sommet.', 'The resort has about 6½ feet of snow at the summit.', us)).toEqual([]);
    expect(keys('Le chantier a pris un an et demi de retard.', 'Work is 18 months behind schedule.')).toEqual([]);
    expect(keys('Le chantier a pris un an et demi de retard.', 'Work is 12 months behind schedule.')).not.toEqual([]);
  });

  it('reads a T3 as two bedrooms and Mai 68 as 1968', () => {
    expect(keys('La famille vivait dans un T3 de 60 m².', 'The family lived in a 650-square-foot two-bedroom apartment.', us)).toEqual([]);
    expect(keys('Les événements de Mai 68 restent un repère.', 'The events of May 1968 remain a reference point.')).toEqual([]);
    expect(keys('Vingt-cinq ans après la Coupe du monde 98, les champions se sont retrouvés.', 'Twenty-five years after the 1998 World Cup, the champions met again.', us)).toEqual([]);
    expect(keys('Les événements de Mai 68 restent un repère.', 'The events of May 1978 remain a reference point.')).not.toEqual([]);
  });

  it('keeps an approximation said with an extra (environ 160 € de plus → roughly an extra €160)', () => {
    expect(keys('La facture augmentera, soit environ 160 € de plus par an.', 'Bills will rise, roughly an extra €160 a year.')).toEqual([]);
  });
});

describe('a French time kept as it is, or said as a length at a moment', () => {
  it('is still a time missing', () => {
    expect(keys('Le marché ouvre à 7 h.', 'The market opens at 7 h.')).toContain('times:times.missing');
    expect(keys('Le marché ouvre à 7 h.', 'The market opens at 7 hours.')).toContain('times:times.missing');
  });
});
