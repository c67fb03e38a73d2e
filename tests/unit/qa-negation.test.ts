import { describe, expect, it } from 'vitest';
import { type CheckId, checkIds, checkPair, type QaContext, type QaSettings } from '../../src/domain/qa';

const us: QaContext = { targetLang: 'en-US', glossary: [] };
const only = (id: CheckId): QaSettings => Object.fromEntries(checkIds.filter((other) => other !== id).map((other) => [other, 'off']));
const keys = (source: string, target: string) => checkPair({ source, target }, us, only('negation')).map((finding) => finding.key);

describe('negation check', () => {
  it.each([
    ['Le médicament n’est pas remboursé par la Sécurité sociale.', 'The drug is reimbursed by the national health insurance system.'],
    ['Le gouvernement ne prévoit aucune hausse d’impôt.', 'The government is planning a tax increase.'],
    ['Le festival n’aura pas lieu, faute de financement.', 'The festival will take place due to a lack of funding.'],
    ['Il est arrivé. Il ne reste jamais longtemps.', 'He arrived. He stays for a long time.'],
  ])('finds a negation lost: %s', (source, target) => {
    expect(keys(source, target)).toEqual(['negation.lost']);
  });

  it('finds a negation added', () => {
    expect(keys('Le musée est ouvert le lundi.', 'The museum is not open on Mondays.')).toEqual(['negation.added']);
  });

  it.each([
    ['Le médicament n’est pas remboursé.', 'The drug is not reimbursed.'],
    ['Il ne reste que deux places.', 'Only two seats are left.'],
    ['Il n’y a plus que trois boulangeries.', 'There are only three bakeries left.'],
    ['Les prix sont plus élevés qu’ils ne l’ont jamais été.', 'Prices are higher than they have ever been.'],
    ['Partez avant qu’il ne soit trop tard.', 'Leave before it is too late.'],
    ['À moins qu’il ne pleuve, le match aura lieu.', 'Unless it rains, the match will go ahead.'],
    ['Il y a pas mal de monde.', 'There are quite a lot of people.'],
    ['Non seulement la ville investit, mais elle embauche.', 'Not only is the town investing, it is also hiring.'],
    ['Une personne a été blessée.', 'One person was injured.'],
    ['Rien que cette année, 300 logements ont été construits.', 'This year alone, 300 homes were built.'],
    ['Ce n’est pas possible.', 'That is impossible.'],
    ['Personne n’est venu.', 'Nobody came.'],
    ['Rien n’est moins sûr.', 'Nothing could be less certain.'],
    ['Il ne fait aucun doute que le projet aboutira.', 'The project will clearly succeed.'],
    ['Le phénomène n’est pas rare en été.', 'The phenomenon is common in summer.'],
    ['N’hésitez pas à nous contacter.', 'Feel free to contact us.'],
    ['Il est parti sans dire au revoir.', 'He left without saying goodbye.'],
    ['Les prix ne cessent d’augmenter.', 'Prices keep rising.'],
    ['Une crème sans parfum.', 'A fragrance-free cream.'],
    ['Votre commande n° FR-20458-K a été expédiée.', 'Your order No. FR-20458-K has been shipped.'],
    ['Quinze communes seront privées d’eau potable.', 'Fifteen towns will be without drinking water.'],
    ['Le chômage augmente de plus en plus.', 'Unemployment is rising more and more.'],
  ])('is silent on a correct translation: %s', (source, target) => {
    expect(keys(source, target)).toEqual([]);
  });
});
