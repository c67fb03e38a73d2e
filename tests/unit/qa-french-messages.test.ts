import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../locales/en/ui.json';
import fr from '../../locales/fr/ui.json';
import { checkPair, type Finding, type QaContext } from '../../src/domain/qa';

/** QA messages as the UI shows them (`qa.<key>` with the finding's values), in each language. */
const us: QaContext = { targetLang: 'en-US', glossary: [] };
const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: 'fr', fallbackLng: 'en', defaultNS: 'ui', resources: { en: { ui: en }, fr: { ui: fr } }, interpolation: { escapeValue: false } });
});
const messages = (source: string, target: string, lng: 'en' | 'fr', check: Finding['check']) =>
  checkPair({ source, target }, us)
    .filter((finding) => finding.check === check)
    .map((finding) => i18n.t(`qa.${finding.key}`, { ...finding.params, lng }));

describe('QA messages in French', () => {
  it('names the source’s weekday in French, the English message in English', () => {
    expect(messages('Le maire a parlé mercredi.', 'The mayor spoke on Tuesday.', 'fr', 'weekdays')).toEqual(['La source dit mercredi ; la traduction nomme un autre jour.']);
    expect(messages('Le maire a parlé mercredi.', 'The mayor spoke.', 'fr', 'weekdays')).toEqual(['La source dit mercredi ; la traduction ne nomme aucun jour.']);
    expect(messages('Le maire a parlé mercredi.', 'The mayor spoke on Tuesday.', 'en', 'weekdays')).toEqual(['The source says Wednesday; the translation names another day.']);
  });

  it('quotes the source’s date and month in French', () => {
    expect(messages('Le vote aura lieu le 4 février 2026.', 'The vote will take place on February 5, 2026.', 'fr', 'dates')).toEqual(['La source dit 4 février 2026 ; la traduction donne un autre jour.']);
    expect(messages('Le vote aura lieu en août.', 'The vote will take place in the summer.', 'fr', 'dates')).toEqual(['La source dit août ; ce mois n’est pas dans la traduction.']);
    expect(messages('Le vote aura lieu le 4 février 2026.', 'The vote will take place on February 5, 2026.', 'en', 'dates')).toEqual(['The source says February 4; the translation gives another day.']);
  });

  it('names no English day or month in any French QA message about the source', () => {
    const english = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)\b/iu;
    const all = [
      ...messages('Rendez-vous dimanche 1er mars.', 'See you on Saturday, April 1.', 'fr', 'weekdays'),
      ...messages('Rendez-vous dimanche 1er mars.', 'See you on Saturday, April 1.', 'fr', 'dates'),
    ];
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (const message of all) expect(message).not.toMatch(english);
  });
});
