import { describe, expect, it } from 'vitest';
import { type CheckId, checkDocument, checkPair, checks, checkIds, type QaContext } from '../../src/domain/qa';
import type { InlineCode } from '../../src/domain/inline';

const us: QaContext = { targetLang: 'en-US', glossary: [{ source: 'mairie', target: 'town hall' }] };
const gb: QaContext = { ...us, targetLang: 'en-GB' };

/** The ids of the checks a pair sets off (with the key of each finding). */
const found = (source: string, target: string, context = us) => checkPair({ source, target }, context).map((finding) => `${finding.check}:${finding.key}`);
const ids = (source: string, target: string, context = us) => [...new Set(checkPair({ source, target }, context).map((finding) => finding.check))];

describe('the registry', () => {
  it('lists every check id once, in the documented order', () => {
    expect(checks.map((check) => check.id)).toEqual([...checkIds]);
  });
});

describe.each<[CheckId, string, string, QaContext?]>([
  ['empty-target', 'Le maire parle.', ''],
  ['untranslated', 'La séance est levée.', 'La séance est levée.'],
  ['numbers', 'Le budget atteint 3,2 millions d’euros.', 'The budget reaches €3.5 million.'],
  ['numbers', 'Il y a 15 000 habitants.', 'There are 1,500 residents.'],
  ['numbers', 'La hausse est de 3,5 %.', 'The rise is 3,5%.'],
  ['numbers', 'Le billet coûte 220 €.', 'The ticket costs 220 €.'],
  ['dates', 'Le vote aura lieu le 4 février 2026.', 'The vote will take place on March 4, 2026.'],
  ['dates', 'Le vote aura lieu le 4 février 2026.', 'The vote will take place on February 5, 2026.'],
  ['dates', 'Le vote aura lieu le 4 février 2026.', 'The vote will take place on 4 February 2025.'],
  ['dates', 'Le vote aura lieu le 4 février 2026.', 'The vote will take place on February 14, 2026.', gb],
  ['dates', 'Inscriptions avant le 4/02/2026.', 'Registration before 4/02/2026.'],
  ['weekdays', 'Le maire a parlé mercredi.', 'The mayor spoke on Tuesday.'],
  ['times', 'La séance est levée à 16h46.', 'The meeting closed at 4:56 p.m.'],
  ['times', 'Rendez-vous à 18 h 30.', 'Meet at half past six.'],
  ['ordinals', 'Il est arrivé 30e.', 'He finished 30e.'],
  ['ordinals', 'Une église du XIXe siècle.', 'An 18th-century church.'],
  ['ordinals', 'Il est arrivé 2e.', 'He came 2th.'],
  ['quotes', '« Nous partons », a-t-il dit.', '« We are leaving », he said.'],
  ['quotes', '« Nous partons », a-t-il dit.', '“We are leaving, he said.'],
  ['spacing', 'Attention : travaux !', 'Warning : roadworks !'],
  ['spacing', 'Le maire parle.', 'The mayor  speaks.'],
  ['spacing', 'Le maire parle.', ' The mayor speaks.'],
  ['punctuation-end', 'Qui paiera ?', 'Who will pay.'],
  ['brackets', 'Le maire (PS) parle.', 'The mayor (Socialist speaks.'],
  ['preserved', 'Voir https://example.org/rapport et #Municipales2026.', 'See https://example.org/report and #Municipales2026.'],
  ['preserved', 'Écrivez à contact@mairie.fr.', 'Write to contact@townhall.fr.'],
  ['glossary', 'La mairie ferme.', 'The city office closes.'],
  ['repeated-word', 'Le maire parle.', 'The the mayor speaks.'],
  ['capitalization', 'Le maire parle.', 'the mayor speaks.'],
  ['length', 'Le conseil municipal a voté le budget à une large majorité hier soir.', 'Budget voted.'],
])('%s', (check, source, target, context = us) => {
  it(`flags ${JSON.stringify(target)} for ${JSON.stringify(source)}`, () => {
    expect(ids(source, target, context)).toContain(check);
  });
});

describe('correct translations give no finding', () => {
  it.each<[string, string, QaContext?]>([
    ['Le budget atteint 1 000,5 millions d’euros, en hausse de 3,5 %.', 'The budget reaches €1,000.5 million, up 3.5%.'],
    ['Le budget atteint 1 000,5 millions d’euros.', 'The budget reaches €1000.5 million.'],
    ['Les États-Unis investissent 220 milliards de dollars.', 'The United States is investing $220 billion.'],
    ['La ville compte 1,2 million d’habitants.', 'The city has 1.2 million inhabitants.'],
    ['La ville compte 1,2 million d’habitants.', 'The city has 1,200,000 inhabitants.'],
    ['Il fera -4 °C demain.', 'It will be -4°C tomorrow.'],
    ['Le billet coûte 220 €.', 'The ticket costs €220.'],
    ['Trois enfants et 3 adultes.', 'Three children and three adults.'],
    ['Le vote aura lieu le 4 février 2026.', 'The vote will take place on February 4, 2026.'],
    ['Le vote aura lieu le 4 février 2026.', 'The vote will take place on 4 February 2026.', gb],
    // The other English's order reads the same date: no finding (issue 28).
    ['Le vote aura lieu le 4 février 2026.', 'The vote will take place on 4 February 2026.'],
    ['Le vote aura lieu le 4 février 2026.', 'The vote will take place on February 4, 2026.', gb],
    ['Le vote aura lieu le 1er mars.', 'The vote will take place on March 1.'],
    ['Inscriptions avant le 4/02/2026.', 'Registration before 2/4/2026.'],
    ['Inscriptions avant le 4/02/2026.', 'Registration before 4/2/2026.', gb],
    ['Le maire a parlé mercredi.', 'The mayor spoke on Wednesday.'],
    ['La séance est levée à 16h46.', 'The meeting closed at 4:46 p.m.'],
    ['La séance est levée à 16 h 46.', 'The meeting closed at 16:46.', gb],
    ['Rendez-vous à 18 h.', 'Meet at 6 pm.'],
    ['Pendant 48 h, la route est fermée.', 'For 48 hours, the road is closed.'],
    ['Il est arrivé 30e, puis 1er.', 'He finished 30th, then 1st.'],
    ['Une église du XIXe siècle.', 'A 19th-century church.'],
    ['Le 2e trimestre.', 'The second quarter.'],
    ['« Nous partons », a-t-il dit.', '“We are leaving,” he said.'],
    ['« Nous partons », a-t-il dit.', '"We are leaving," he said.'],
    ['Attention : travaux !', 'Warning: roadworks!'],
    ['Qui paiera ?', 'Who will pay?'],
    ['Le maire (PS) parle.', 'The mayor (Socialist) speaks.'],
    ['Voir https://example.org/rapport et #Municipales2026, ou @mairie.', 'See https://example.org/rapport and #Municipales2026, or @mairie.'],
    ['La mairie ferme.', 'The town hall closes.'],
    ['Photo : Jean Durand', 'Photo: Jean Durand'],
    ['Il avait eu peur.', 'He had had a scare.'],
    ['Le maire parle.', 'The mayor speaks.'],
    ['iPhone : les ventes reculent.', 'iPhone: sales fall.'],
    ['Titre du jour', 'Headline of the day'],
  ])('%s → %s', (source, target, context = us) => {
    expect(found(source, target, context)).toEqual([]);
  });
});

describe('fixes', () => {
  const fixOf = (source: string, target: string, check: CheckId, context = us) => checkPair({ source, target }, context).find((finding) => finding.check === check)?.fix;
  it.each<[CheckId, string, string, string, QaContext?]>([
    ['numbers', 'La hausse est de 3,5 %.', 'The rise is 3,5%.', 'The rise is 3.5%.'],
    ['numbers', 'Le billet coûte 220 €.', 'The ticket costs 220 €.', 'The ticket costs €220.'],
    ['dates', 'Avant le 4/02/2026.', 'Before 4/02/2026.', 'Before 2/4/2026.'],
    ['ordinals', 'Il est arrivé 30e.', 'He finished 30e.', 'He finished 30th.'],
    ['ordinals', 'Il est arrivé 22e.', 'He finished 22th.', 'He finished 22nd.'],
    ['quotes', '« Nous partons », a-t-il dit.', '« We are leaving », he said.', '“We are leaving”, he said.'],
    ['spacing', 'Attention : travaux !', 'Warning : roadworks !', 'Warning: roadworks!'],
    ['repeated-word', 'Le maire parle.', 'The the mayor speaks.', 'The mayor speaks.'],
    ['capitalization', 'Le maire parle.', 'the mayor speaks.', 'The mayor speaks.'],
  ])('%s: %s', (check, source, target, fixed, context = us) => {
    expect(fixOf(source, target, check, context)).toBe(fixed);
  });
});

describe('severities', () => {
  it('make a different value an error and a decimal comma a warning', () => {
    const findings = checkPair({ source: 'De 3,5 % à 4 %.', target: 'From 3,5% to 5%.' }, us);
    expect(findings.filter((finding) => finding.check === 'numbers').map((finding) => [finding.key, finding.severity])).toEqual([
      ['numbers.missing', 'error'],
      ['numbers.decimalComma', 'warning'],
    ]);
  });

  it('follow the project: a check turned off gives nothing, one changed gives its new severity', () => {
    const pair = { source: 'Le maire a parlé mercredi.', target: 'The mayor spoke on Tuesday.' };
    expect(checkPair(pair, us, { weekdays: 'off' }).filter((finding) => finding.check === 'weekdays')).toEqual([]);
    expect(checkPair(pair, us, { weekdays: 'warning' }).find((finding) => finding.check === 'weekdays')?.severity).toBe('warning');
  });
});

describe('spans', () => {
  it('point at the source number that is missing', () => {
    const source = 'Le budget atteint 3,2 millions d’euros.';
    const [finding] = checkPair({ source, target: 'The budget reaches €3.5 million.' }, us).filter((item) => item.check === 'numbers');
    const span = finding!.source![0]!;
    expect(source.slice(span.start, span.end)).toBe('3,2 millions');
  });
});

describe('inline codes', () => {
  const codes: InlineCode[] = [
    { id: '1', type: 'paired', kind: 'bold', open: '<b>', close: '</b>', droppable: true },
    { id: '2', type: 'standalone', kind: 'footnote', open: '<fn/>', droppable: false },
  ];
  const run = (targetMarkup: string) =>
    checkPair({ source: 'Le maire parle.', target: 'The mayor speaks.', sourceMarkup: 'Le <pc id="1">maire</pc> parle.<ph id="2"/>', targetMarkup, codes }, us).filter((finding) => finding.check === 'inline-codes');
  it('flags a note reference left out as an error, formatting left out as a warning', () => {
    expect(run('The mayor speaks.').map((finding) => [finding.key, finding.severity])).toEqual([
      ['inlineCodes.missing', 'error'],
      ['inlineCodes.formatting', 'warning'],
    ]);
    expect(run('The <pc id="1">mayor</pc> speaks.<ph id="2"/>')).toEqual([]);
  });

  it('flags a code nested otherwise than in the source', () => {
    const nested: InlineCode[] = [
      { id: '1', type: 'paired', kind: 'bold', open: '<b>', close: '</b>', droppable: true },
      { id: '2', type: 'paired', kind: 'link', open: '<a href="x">', close: '</a>', droppable: true },
      { id: '3', type: 'standalone', kind: 'footnote', open: '<fn/>', droppable: false },
    ];
    const sourceMarkup = 'Lire <pc id="1">le <pc id="2">rapport</pc></pc> ici.<ph id="3"/>';
    const check = (targetMarkup: string) =>
      checkPair({ source: 'Lire le rapport ici.', target: 'Read the report here.', sourceMarkup, targetMarkup, codes: nested }, us)
        .filter((finding) => finding.check === 'inline-codes')
        .map((finding) => [finding.key, finding.params, finding.severity]);
    // As in the source, words moved around: nothing.
    expect(check('Read <pc id="1">the <pc id="2">report</pc></pc> here.<ph id="3"/>')).toEqual([]);
    expect(check('<ph id="3"/>Here, read <pc id="1">the <pc id="2">report</pc></pc>.')).toEqual([]);
    // The link moved out of the bold.
    expect(check('Read <pc id="1">the</pc> <pc id="2">report</pc> here.<ph id="3"/>')).toEqual([['inlineCodes.unnested', { code: '2', source: '1', target: '' }, 'warning']]);
    // The bold inside the link now, the note inside the bold.
    expect(check('Read <pc id="2">the <pc id="1">report</pc></pc> here.')).toEqual([
      ['inlineCodes.missing', { codes: '3' }, 'error'],
      ['inlineCodes.unnested', { code: '2', source: '1', target: '' }, 'warning'],
      ['inlineCodes.nestedNow', { code: '1', source: '', target: '2' }, 'warning'],
    ]);
    expect(check('Read <pc id="1">the <pc id="2">report</pc> here.<ph id="3"/></pc>')).toEqual([['inlineCodes.nestedNow', { code: '3', source: '', target: '1' }, 'warning']]);
    // A parent dropped is a missing code, not a nesting.
    expect(check('Read the <pc id="2">report</pc> here.<ph id="3"/>')).toEqual([['inlineCodes.formatting', { codes: '1' }, 'warning']]);
  });

  it('compares Markdown links and emphasis kept as text', () => {
    expect(ids('Voir [le rapport](https://x.org) **vite**.', 'See the report **quickly**.')).toContain('inline-codes');
    expect(ids('Voir [le rapport](https://x.org) **vite**.', 'See [the report](https://x.org) **quickly**.')).not.toContain('inline-codes');
  });
});

describe('consistency across a document', () => {
  it('flags the same source translated two ways, and two sources translated the same', () => {
    const findings = checkDocument(
      [
        { source: 'Photo : Jean Durand', target: 'Photo: Jean Durand' },
        { source: 'Le maire a parlé longuement.', target: 'The mayor spoke at length today.' },
        { source: 'Photo : Jean Durand', target: 'Picture: Jean Durand' },
        { source: 'Le maire s’est exprimé longtemps.', target: 'The mayor spoke at length today.' },
      ],
      us,
    );
    expect(findings.map((list) => list.filter((finding) => finding.check === 'consistency').map((finding) => finding.key))).toEqual([[], [], ['consistency.source'], ['consistency.target']]);
    expect(findings[2]!.find((finding) => finding.check === 'consistency')!.fix).toBe('Photo: Jean Durand');
  });
});

describe('consistency across the project', () => {
  const project = [
    { source: 'Photo : Jean Durand', target: 'Photo: Jean Durand', document: 'Lundi', position: 4 },
    { source: 'Le conseil municipal a voté le budget.', target: 'The city council passed the budget.', document: 'Lundi', position: 7 },
  ];
  const consistencyOf = (pairs: Array<{ source: string; target: string }>) =>
    checkDocument(pairs, { ...us, project }).map((list) => list.filter((finding) => finding.check === 'consistency').map((finding) => [finding.key, finding.params, finding.fix]));

  it("flags a source the project's other documents translate otherwise, with theirs as the fix", () => {
    expect(consistencyOf([{ source: 'Photo : Jean Durand', target: 'Picture: Jean Durand' }, { source: 'Photo : Jean Durand', target: 'Picture: Jean Durand' }])).toEqual([
      [['consistency.project', { document: 'Lundi', position: 5, other: 'Photo: Jean Durand' }, 'Photo: Jean Durand']],
      // The second is as the document's first: said once, on the first.
      [],
    ]);
  });

  it('flags a different source translated as the project translates another', () => {
    expect(consistencyOf([{ source: 'Le conseil a adopté le budget.', target: 'The city council passed the budget.' }])).toEqual([
      [['consistency.projectTarget', { document: 'Lundi', position: 8 }, undefined]],
    ]);
  });

  it('says nothing when the project agrees, or the texts differ only in spacing', () => {
    expect(consistencyOf([{ source: 'Photo :  Jean Durand', target: 'Photo: Jean Durand' }, { source: 'Le conseil municipal a voté le budget.', target: 'The city council passed the budget.' }])).toEqual([[], []]);
    expect(checkDocument([{ source: 'Photo : Jean Durand', target: 'Picture: Jean Durand' }], us)[0]!.filter((finding) => finding.check === 'consistency')).toEqual([]);
  });
});

describe('forbidden glossary renderings', () => {
  const glossary: QaContext = {
    targetLang: 'en-US',
    glossary: [
      { source: 'actuellement', target: '', forbidden: 'actually' },
      { source: 'maire', target: 'mayor', forbidden: 'major; lord mayor' },
      { source: 'éventuellement', target: 'possibly; if need be', forbidden: 'eventually' },
    ],
  };
  const glossaryFindings = (source: string, target: string) =>
    checkPair({ source, target }, glossary)
      .filter((finding) => finding.check === 'glossary')
      .map(({ key, severity, params, target: spans, fix }) => ({ key, severity, params, spans: spans?.map((span) => target.slice(span.start, span.end)), fix }));

  it('flags a forbidden rendering of a term of the source as an error, every place marked, fixed to the English to use', () => {
    expect(glossaryFindings('Le maire parle au maire adjoint.', 'The major speaks to the deputy Major.')).toEqual([
      { key: 'glossary', severity: 'warning', params: { source: 'maire', target: 'mayor' }, spans: undefined, fix: undefined },
      { key: 'glossaryForbidden', severity: 'error', params: { source: 'maire', forbidden: 'major', target: 'mayor' }, spans: ['major', 'Major'], fix: 'The mayor speaks to the deputy Mayor.' },
      // The second "maire" is the same entry: one finding.
      { key: 'glossary', severity: 'warning', params: { source: 'maire', target: 'mayor' }, spans: undefined, fix: undefined },
    ]);
  });

  it('flags an entry that only forbids, without a fix', () => {
    expect(glossaryFindings('Il est actuellement à Paris.', 'He is actually in Paris.')).toEqual([
      { key: 'glossaryForbiddenAlone', severity: 'error', params: { source: 'actuellement', forbidden: 'actually', target: '' }, spans: ['actually'], fix: undefined },
    ]);
  });

  it('says nothing when the term is rendered as it should be, or the forbidden word has another source', () => {
    expect(glossaryFindings('Il est actuellement à Paris.', 'He is currently in Paris.')).toEqual([]);
    expect(glossaryFindings('Il viendra éventuellement.', 'He may possibly come.')).toEqual([]);
    // "actually" for "en fait": the glossary says nothing of it.
    expect(glossaryFindings('En fait, il est à Paris.', 'Actually, he is in Paris.')).toEqual([]);
    // A word that contains the forbidden one is not it.
    expect(glossaryFindings('Le maire parle.', 'The mayor speaks of majority rule.')).toEqual([]);
  });
});

describe('descriptions', () => {
  it('describe every check in English in the registry, and in French in locales/fr', async () => {
    const { readFileSync } = await import('node:fs');
    const french = (JSON.parse(readFileSync(new URL('../../locales/fr/ui.json', import.meta.url), 'utf8')) as { qa: { about: Record<string, string> } }).qa.about;
    for (const check of checks) {
      expect(check.description.length, check.id).toBeGreaterThan(20);
      expect(french[check.id]?.length ?? 0, `fr: qa.about.${check.id}`).toBeGreaterThan(20);
    }
  });
});

describe('messages', () => {
  it('have an English and a French text for every key a check can give, and a name for every check', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const dir = new URL('../../src/domain/qa/checks/', import.meta.url);
    const keys = readdirSync(dir).flatMap((file) => [...readFileSync(new URL(file, dir), 'utf8').matchAll(/key: (?:[^'?]*\? )?'([\w.]+)'(?: : '([\w.]+)')?/gu)].flatMap((match) => [match[1]!, match[2]].filter(Boolean) as string[]));
    expect(keys.length).toBeGreaterThan(30);
    for (const language of ['en', 'fr']) {
      const qa = (JSON.parse(readFileSync(new URL(`../../locales/${language}/ui.json`, import.meta.url), 'utf8')) as { qa: Record<string, unknown> }).qa;
      const lookup = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], qa);
      for (const key of keys) expect(typeof lookup(key), `${language}: qa.${key}`).toBe('string');
    }
    // The English names are the registry's; the French ones the locale's.
    const french = (JSON.parse(readFileSync(new URL('../../locales/fr/ui.json', import.meta.url), 'utf8')) as { qa: { checks: Record<string, string> } }).qa.checks;
    for (const check of checks) {
      expect(check.name, check.id).toMatch(/\S/u);
      expect(typeof french[check.id], `fr: qa.checks.${check.id}`).toBe('string');
    }
  });
});

describe('precision and recall on our pairs (npm run eval:qa)', () => {
  it('gives no finding on at least 98 % of 200+ correct pairs, and finds at least 95 % of 150+ planted faults', async () => {
    const { evaluateQa } = await import('../../bench/eval-qa');
    const result = evaluateQa();
    expect(result.correct).toBeGreaterThanOrEqual(200);
    expect(result.falseFindings.length / result.correct).toBeLessThan(0.02);
    expect(result.planted).toBeGreaterThanOrEqual(150);
    expect(result.found / result.planted).toBeGreaterThanOrEqual(0.95);
    // Every kind of fault is planted and found at least once.
    for (const [check, entry] of Object.entries(result.byCheck)) expect(entry.found, check).toBeGreaterThan(0);
    // Every check on 1,300 pairs: seconds of work, whose time says nothing here (bench/ measures it).
  }, 60_000);
});
