import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';

const gb: QaContext = { targetLang: 'en-GB', glossary: [] };
const keys = (source: string, target: string) => checkPair({ source, target }, gb).map((finding) => finding.key);

describe('quantities said another way (dev-28e, in sentences of our own)', () => {
  it('gives the first figure of a range in words the magnitude of the second', () => {
    expect(keys('Le budget est passé de trente à quatre-vingt-cinq millions d’euros.', 'The budget went from €30 million to €85 million.')).toEqual([]);
    expect(keys('Le budget est passé de trente à quatre-vingt-cinq millions d’euros.', 'The budget went from €20 million to €85 million.')).toEqual(['numbers.missing']);
  });

  it('reads cents said in euros', () => {
    expect(keys('Le ticket coûte soixante-dix centimes.', 'The ticket costs €0.70.')).toEqual([]);
    expect(keys('Le ticket coûte 70 centimes.', 'The ticket costs €0.07.')).toEqual(['numbers.missing']);
  });

  it('takes an oven temperature rounded as recipes round it, not another', () => {
    expect(keys('Enfournez à 200 °C pendant 20 minutes.', 'Bake at 400°F for 20 minutes.')).toEqual([]);
    expect(keys('Enfournez à 200 °C pendant 20 minutes.', 'Bake at 350°F for 20 minutes.')).toEqual(['numbers.conversion']);
  });

  it('reads a duration with a word between the number and the hours', () => {
    expect(keys('Le chantier a été interrompu pendant 8 heures d’affilée.', 'Work was halted for eight straight hours.')).toEqual([]);
  });

  it('finds a street number’s bis lost, and keeps it written 3a or 3 bis', () => {
    expect(keys('Le cabinet est au 12 ter, rue des Lilas.', 'The practice is at 12 rue des Lilas.')).toEqual(['numbers.missing']);
    expect(keys('Le cabinet est au 12 ter, rue des Lilas.', 'The practice is at 12 ter rue des Lilas.')).toEqual([]);
    expect(keys('Le cabinet est au 12 ter, rue des Lilas.', 'The practice is at 12c rue des Lilas.')).toEqual([]);
  });

  it('reads a change by a third (d’un tiers) as a part, a third party as none', () => {
    expect(keys('Les ventes ont reculé d’un tiers en un an.', 'Sales fell by a quarter in a year.')).toEqual(['numbers.missing']);
    expect(keys('Les ventes ont reculé d’un tiers en un an.', 'Sales fell by a third in a year.')).toEqual([]);
    expect(keys('Le notaire a reçu l’appel d’un tiers.', 'The notary received a call from a third party.')).toEqual([]);
  });

  it('leaves rugby sevens and a galette des rois alone', () => {
    expect(keys('Le tournoi de rugby à sept réunit douze équipes.', 'The rugby sevens tournament brings together twelve teams.')).toEqual([]);
    expect(keys('Ils ont partagé la galette des rois.', 'They shared a galette des rois.')).toEqual([]);
  });
});

describe('kitchen measures and fuel consumption', () => {
  it('takes a recipe’s measures rounded to cups, spoons and pints, and not twice the amount', () => {
    expect(keys('Ajoutez 250 ml de crème.', 'Add 1 cup of cream.')).toEqual([]);
    expect(keys('Ajoutez 15 ml de sauce soja.', 'Add 1 tbsp of soy sauce.')).toEqual([]);
    expect(keys('Servez 50 cl de cidre.', 'Serve 1 pint of cider.')).toEqual([]);
    expect(keys('Ajoutez 250 ml de crème.', 'Add 2 cups of cream.')).toEqual(['numbers.conversion']);
  });

  it('reads litres per 100 km said in miles per gallon, US or imperial', () => {
    expect(keys('Le modèle consomme 6 litres aux 100 km.', 'The model does 39 mpg.')).toEqual([]);
    expect(keys('Le modèle consomme 6 l/100 km.', 'The model returns 47 miles per gallon.')).toEqual([]);
    expect(keys('Le modèle consomme 6 litres aux 100 km.', 'The model does 25 mpg.')).toContain('numbers.missing');
  });
});

describe('dates: a holiday’s date given wrong beside its name', () => {
  it('finds the date wrong though the holiday is named, and leaves the name alone or another date of the source', () => {
    expect(keys('Le 8 mai, la cérémonie de la Victoire aura lieu à 10 heures.', 'On 8 June, the VE Day ceremony will take place at 10am.')).toContain('dates.month');
    expect(keys('Le 8 mai, la cérémonie aura lieu à 10 heures.', 'On VE Day, the ceremony will take place at 10am.')).toEqual([]);
    expect(keys('Le 14 juillet et le 15 août, le musée est ouvert.', 'On Bastille Day and on 15 August, the museum is open.')).toEqual([]);
  });
});
