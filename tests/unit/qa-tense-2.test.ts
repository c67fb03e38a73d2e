import { describe, expect, it } from 'vitest';
import { type CheckId, checkIds, checkPair, type QaContext, type QaSettings } from '../../src/domain/qa';

const gb: QaContext = { targetLang: 'en-GB', glossary: [] };
const only = (id: CheckId): QaSettings => Object.fromEntries(checkIds.filter((other) => other !== id).map((other) => [other, 'off']));
const keys = (source: string, target: string) => checkPair({ source, target }, gb, only('tense')).map((finding) => finding.key);

describe('a future told in the past, with a time span in the English', () => {
  it.each([
    ['La foire se déroulera du 2 au 9 mai.', 'The fair went on from 2 to 9 May.'],
    ['Le salon aura lieu du 10 au 12 octobre.', 'The show took place from 10 to 12 October.'],
    ['La déviation restera en place jusqu’au printemps.', 'The diversion stayed in place until the spring.'],
    ['Les tarifs resteront inchangés jusqu’en 2027.', 'Prices remained unchanged until 2027.'],
  ])('finds a past that is only a past: %s', (source, target) => {
    expect(keys(source, target)).toEqual(['tense']);
  });

  it.each([
    ['La foire se déroulera du 2 au 9 mai.', 'The fair will run from 2 to 9 May.'],
    ['Le salon aura lieu du 10 au 12 octobre.', 'The show, held from 10 to 12 October, opens its doors to all.'],
    ['Les tarifs resteront inchangés jusqu’en 2027.', 'Prices are frozen until 2027.'],
    ['La déviation restera en place jusqu’au printemps.', 'The diversion stays in place until the spring.'],
  ])('is silent on: %s', (source, target) => {
    expect(keys(source, target)).toEqual([]);
  });
});

describe('a past told as a future', () => {
  it.each([
    ['Les pompiers ont maîtrisé l’incendie vers minuit.', 'Firefighters will bring the fire under control around midnight.'],
    ['La digue a cédé sous la pression de l’eau.', 'The dike will give way under the pressure of the water.'],
    ['Les élèves sont partis en car à l’aube.', 'The pupils will leave by coach at dawn.'],
    ['Le marché couvert avait été rénové en 2010.', 'The covered market will be renovated in 2010.'],
    ['Les ouvriers démontaient l’échafaudage ce matin-là.', 'The workers will take down the scaffolding that morning.'],
    ['Les deux navires sombrèrent au large de Brest.', 'The two ships will sink off Brest.'],
  ])('finds it in: %s', (source, target) => {
    expect(keys(source, target)).toEqual(['tenseAhead']);
  });

  it.each([
    // The past kept.
    ['Les pompiers ont maîtrisé l’incendie vers minuit.', 'Firefighters brought the fire under control around midnight.'],
    ['La digue a cédé sous la pression de l’eau.', 'The dike has given way under the pressure of the water.'],
    // Reported speech and a future of the French.
    ['Le préfet a indiqué que la route rouvrira lundi.', 'The prefect said the road will reopen on Monday.'],
    ['La ministre a promis qu’elle reviendra.', 'The minister promised she will come back.'],
    // A conditional, a near future, a time ahead.
    ['Le club aurait trouvé un repreneur.', 'The club will reportedly have found a buyer.'],
    ['Le maire a tranché : la fête aura lieu.', 'The mayor has decided: the festival will go ahead.'],
    ['La mairie a voté le budget et va lancer les travaux.', 'The town voted the budget and will launch the works.'],
    ['Le dossier a été déposé ; la réponse arrive demain.', 'The file is in; the answer will come tomorrow.'],
    // A subordinate clause that may hold a present told as a future.
    ['Si vous avez perdu votre badge, contactez l’accueil.', 'If you lose your badge, you will need to contact reception.'],
    ['Le musée, qui a été rénové, rouvre ses portes en mars.', 'The renovated museum will reopen in March.'],
    // Not a past: “a lieu”, “a droit”, a present passive.
    ['Chaque résident a droit à une place de parking.', 'Each resident will be entitled to a parking space.'],
    ['Le musée est fermé le mardi.', 'The museum will be closed on Tuesdays.'],
    // “will” a noun.
    ['Les habitants ont montré leur volonté.', 'Residents showed their will.'],
  ])('is silent on: %s', (source, target) => {
    expect(keys(source, target)).toEqual([]);
  });
});
