import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deeplTranslator } from '../../src/providers/mt/deepl';
import { type DeepLStandIn, startDeepLStandIn } from '../helpers/deepl-stand-in';
import { listenTo } from '../helpers/sse';
import { importText, patch, segmentsOf, type SegmentJson, type TestApp, testApp } from '../helpers/test-app';

/**
 * Every way a segment's target or status changes goes one path (issue 23): the same invariants,
 * whatever the origin — the status the domain's table gives, the QA gate (held as a draft with its
 * findings, or confirmed with a recorded override), a revision with its origin and author, the
 * repetitions filled as the rules say, the memory fed on confirmation, the target length limit,
 * and one live event seen by a second client. Runs on SQLite and on PostgreSQL.
 */

let t: TestApp;
let deepl: DeepLStandIn;
let projectId: number;
let documentId: number;
/** The segment each case changes, and its repetition (the same French, further down). */
let p0: SegmentJson;
let p2: SegmentJson;
let reviewer: Awaited<ReturnType<TestApp['user']>>;

// P0 and P2 are repetitions; "Tuesday" for "mercredi" is a QA error (weekdays).
const french = 'Le maire a parlé mercredi.\n\nLa séance est levée.\n\nLe maire a parlé mercredi.\n\nÀ suivre.\n';
const right = 'The mayor spoke on Wednesday.';
const wrong = 'The mayor spoke on Tuesday.';
const english = `${right}\n\nThe meeting is closed.\n\n${right}\n\nTo be continued.\n`;
const reason = 'The French article has the wrong day; checked with the desk.';

const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const body = async <T>(res: Response | Promise<Response>, status = 200): Promise<T> => {
  const answered = await res;
  const text = await answered.text();
  expect(answered.status, text).toBe(status);
  return JSON.parse(text) as T;
};

beforeEach(async () => {
  deepl = await startDeepLStandIn();
  t = await testApp({ machineTranslator: deeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url, maxRetries: 1, timeoutMs: 2000 }), jobs: { retryDelayMs: 5 } });
  projectId = (await t.services.projects.create({ name: 'Desk' }, undefined, { name: 'camille' })).id;
  reviewer = await t.user('renee', 'reviewer', projectId);
  documentId = await importText(t.app, french, 'txt', 'Séance', projectId);
  const items = (await segmentsOf(t.app, documentId)).items;
  p0 = items[0]!;
  p2 = items[2]!;
});
afterEach(async () => {
  await t?.cleanup();
  await deepl?.close();
});

const current = async (id: number) => (await segmentsOf(t.app, documentId)).items.find((segment) => segment.id === id)!;
const revisionsOf = async (id: number) =>
  (await body<{ items: Array<{ origin: string; author: string | null; newStatus: string; newTarget: string; qaOverride: { reason: string; checks: string[] } | null }> }>(t.app.request(`/api/segments/${id}/revisions`))).items;
const memoryOf = async (segment: SegmentJson) => (await t.store.memory.exact(projectId, segment.source)).find((unit) => unit.segmentId === segment.id);
const confirm = async (target: string, extra: Record<string, unknown> = {}) => body<SegmentJson & { heldForQa: boolean }>(patch(t.app, p0.id, { target, status: 'translated', version: (await current(p0.id)).version, ...extra }));
const upload = (path: string, name: string, text: string, as = t.app.request) => {
  const form = new FormData();
  form.set('file', new Blob([text]), name);
  return as(path, { method: 'POST', body: form });
};
/** The document's XLIFF with P0's target and state set as another tool would. */
async function editedXliff(target: string, state = 'translated'): Promise<string> {
  const xliff = await (await t.app.request(`/api/documents/${documentId}/export?format=xliff`)).text();
  // The first unit (P0) only: a new unit has no <target> yet, another tool adds one after the source.
  return xliff.replace(/(<source>Le maire a parlé mercredi\.<\/source>)(\s*<target[^>]*>[^<]*<\/target>)?/u, `$1<target state="${state}">${target}</target>`);
}
/** Starts an alignment review and accepts P0 linked to `english0`, P1 and P3 to theirs, P2 left out. */
async function acceptWith(english0: string) {
  const review = await body<{ version: number; french: Array<{ id: number }> }>(t.app.request(`/api/documents/${documentId}/alignment`, json('POST', { text: `${english0}\n\nThe meeting is closed.\n\nTo be continued.\n` })), 201);
  const [s0, s1, s2, s3] = review.french.map((segment) => segment.id);
  const links = [
    { segments: [s0], english: [0], score: null },
    { segments: [s1], english: [1], score: null },
    { segments: [s2], english: [], score: null },
    { segments: [s3], english: [2], score: null },
  ];
  return body<{ filled: number[]; heldForQa: Array<{ segmentId: number }>; conflicts: unknown[] }>(t.app.request(`/api/documents/${documentId}/alignment/accept`, json('POST', { version: review.version, links })));
}

/** Paragraphs this short align on anchors: the glossary gives them. */
async function glossaryAnchors(): Promise<void> {
  for (const [source, target] of [['maire', 'mayor'], ['mercredi', 'Wednesday'], ['séance', 'meeting'], ['suivre', 'continued']]) await t.services.glossary.add(projectId, { source: source!, target: target! });
}

interface Case {
  name: string;
  /** What the case does first (not listened to). */
  before?: () => Promise<void>;
  /** The change; returns whether its answer says the change was held for QA. */
  run: () => Promise<{ held: boolean }>;
  expect: {
    status: string;
    target: string;
    origin: string;
    author?: string;
    held?: boolean;
    override?: boolean;
    /** P2, still new before, received the translation (origin propagation). */
    fills?: boolean;
    /** P2, still new, took the same text the same way (pre-translation fills every empty segment). */
    alike?: boolean;
    /** P2's status before, when the case makes a new document (the one read before was another's). */
    repetitionBefore?: string;
    /** The memory holds P0's pair as it now is; false: it does not (null: not checked). */
    remembered?: boolean | null;
    /** The live event a second client sees: one per segment, or one reset for a batch (null: the document is new, nobody can be listening). */
    event: 'segment' | 'reset' | null;
  };
}

const cases: Case[] = [
  {
    name: 'save (the editor, no status)',
    run: async () => ({ held: (await body<{ heldForQa: boolean }>(patch(t.app, p0.id, { target: wrong, version: 1 }))).heldForQa }),
    expect: { status: 'draft', target: wrong, origin: 'human', held: false, remembered: false, event: 'segment' },
  },
  {
    name: 'save over a confirmed segment, with a QA error',
    before: async () => void (await confirm(right)),
    run: async () => ({ held: (await body<{ heldForQa: boolean }>(patch(t.app, p0.id, { target: wrong, version: 2 }))).heldForQa }),
    expect: { status: 'draft', target: wrong, origin: 'human', held: true, remembered: false, event: 'segment' },
  },
  {
    name: 'confirm, with a QA error',
    run: async () => ({ held: (await confirm(wrong)).heldForQa }),
    expect: { status: 'draft', target: wrong, origin: 'human', held: true, remembered: false, event: 'segment' },
  },
  {
    name: 'confirm over a QA error, with a reason',
    run: async () => ({ held: (await confirm(wrong, { qaOverride: { reason } })).heldForQa }),
    expect: { status: 'translated', target: wrong, origin: 'human', held: false, override: true, fills: true, remembered: true, event: 'segment' },
  },
  {
    name: 'confirm',
    run: async () => ({ held: (await confirm(right)).heldForQa }),
    expect: { status: 'translated', target: right, origin: 'human', held: false, fills: true, remembered: true, event: 'segment' },
  },
  {
    name: 'approve (a reviewer)',
    before: async () => void (await confirm(right)),
    run: async () => ({ held: (await body<{ heldForQa: boolean }>(patch(reviewer, p0.id, { status: 'approved', version: 2 }))).heldForQa }),
    expect: { status: 'approved', target: right, origin: 'human', author: 'renee', held: false, remembered: true, event: 'segment' },
  },
  {
    name: 'reject (a reviewer, with a comment)',
    before: async () => void (await confirm(right)),
    run: async () => ({ held: (await body<{ heldForQa: boolean }>(patch(reviewer, p0.id, { status: 'rejected', version: 2, comment: 'Say "on Wednesday".' }))).heldForQa }),
    expect: { status: 'rejected', target: right, origin: 'human', author: 'renee', held: false, remembered: false, event: 'segment' },
  },
  {
    name: 'restore an older text into a confirmed segment, with a QA error',
    before: async () => {
      await body(patch(t.app, p0.id, { target: wrong, version: 1 }));
      await confirm(right);
    },
    run: async () => {
      const older = (await revisionsOf(p0.id)).find((revision) => revision.newTarget === wrong)!;
      const restored = await body<{ heldForQa: boolean }>(t.app.request(`/api/segments/${p0.id}/restore`, json('POST', { revision: (older as unknown as { id: number }).id, version: 3 })));
      return { held: restored.heldForQa };
    },
    expect: { status: 'draft', target: wrong, origin: 'restore', held: true, remembered: false, event: 'segment' },
  },
  {
    name: 'replace in a confirmed segment, making a QA error',
    before: async () => void (await confirm(right)),
    run: async () => {
      const result = await body<{ heldForQa: Array<{ segmentId: number }> }>(t.app.request(`/api/documents/${documentId}/replace`, json('POST', { find: 'Wednesday', replace: 'Tuesday', segmentIds: [p0.id] })));
      return { held: result.heldForQa.some((entry) => entry.segmentId === p0.id) };
    },
    expect: { status: 'draft', target: wrong, origin: 'replace', held: true, remembered: false, event: 'reset' },
  },
  {
    name: 'replace in a confirmed segment',
    before: async () => void (await confirm(right)),
    run: async () => {
      const result = await body<{ heldForQa: unknown[] }>(t.app.request(`/api/documents/${documentId}/replace`, json('POST', { find: 'spoke', replace: 'talked', segmentIds: [p0.id] })));
      return { held: result.heldForQa.length > 0 };
    },
    expect: { status: 'translated', target: 'The mayor talked on Wednesday.', origin: 'replace', held: false, remembered: true, event: 'reset' },
  },
  {
    name: 'undo a replace',
    before: async () => {
      await body(patch(t.app, p0.id, { target: 'The mayor spoke Wednesday.', version: 1 }));
      const replaced = await body<{ batch: string }>(t.app.request(`/api/documents/${documentId}/replace`, json('POST', { find: 'spoke', replace: 'talked', segmentIds: [p0.id] })));
      batch = replaced.batch;
    },
    run: async () => {
      const undone = await body<{ restored: Array<{ segmentId: number }> }>(t.app.request(`/api/documents/${documentId}/replace/undo`, json('POST', { batch })));
      expect(undone.restored.map((entry) => entry.segmentId)).toEqual([p0.id]);
      return { held: false };
    },
    expect: { status: 'draft', target: 'The mayor spoke Wednesday.', origin: 'restore', held: false, remembered: false, event: 'reset' },
  },
  {
    name: 'align an English version on import',
    before: glossaryAnchors,
    run: async () => {
      const imported = await body<{ id: number; alignment: { filled: number[] } }>(
        t.app.request('/api/documents', json('POST', { title: 'Séance bis', text: french, format: 'txt', projectId, translationText: english })),
        201,
      );
      // The case's segments are the new document's.
      documentId = imported.id;
      const items = (await segmentsOf(t.app, documentId)).items;
      p0 = items[0]!;
      p2 = items[2]!;
      expect(imported.alignment.filled).toContain(p0.id);
      return { held: false };
    },
    expect: { status: 'draft', target: right, origin: 'alignment', held: false, alike: true, remembered: false, event: null, repetitionBefore: 'new' },
  },
  {
    name: 'align an English version onto the document (/translation)',
    before: glossaryAnchors,
    run: async () => {
      const aligned = await body<{ filled: number[] }>(t.app.request(`/api/documents/${documentId}/translation`, json('POST', { text: english })));
      expect(aligned.filled).toContain(p0.id);
      return { held: false };
    },
    expect: { status: 'draft', target: right, origin: 'alignment', held: false, alike: true, remembered: false, event: 'reset' },
  },
  {
    name: 'accept an alignment, with a QA error',
    run: async () => ({ held: (await acceptWith(wrong)).heldForQa.some((entry) => entry.segmentId === p0.id) }),
    expect: { status: 'draft', target: wrong, origin: 'alignment', held: true, remembered: false, event: 'reset' },
  },
  {
    name: 'accept an alignment',
    run: async () => ({ held: (await acceptWith(right)).heldForQa.length > 0 }),
    expect: { status: 'translated', target: right, origin: 'alignment', held: false, fills: true, remembered: true, event: 'reset' },
  },
  {
    name: 'take back an XLIFF whose unit says translated, with a QA error',
    run: async () => {
      const summary = await body<{ updated: number[]; heldForQa: Array<{ segmentId: number }> }>(upload(`/api/documents/${documentId}/targets`, 'retour.xlf', await editedXliff(wrong)));
      expect(summary.updated).toEqual([p0.id]);
      return { held: summary.heldForQa.some((entry) => entry.segmentId === p0.id) };
    },
    expect: { status: 'draft', target: wrong, origin: 'import', held: true, remembered: false, event: 'reset' },
  },
  {
    name: 'take back an XLIFF whose unit says translated',
    run: async () => ({ held: (await body<{ heldForQa: unknown[] }>(upload(`/api/documents/${documentId}/targets`, 'retour.xlf', await editedXliff(right)))).heldForQa.length > 0 }),
    expect: { status: 'translated', target: right, origin: 'import', held: false, fills: true, remembered: true, event: 'reset' },
  },
  {
    name: 'take back a review table (CSV) a reviewer edited, with a QA error',
    run: async () => {
      const csv = await (await t.app.request(`/api/documents/${documentId}/export?format=csv`)).text();
      const edited = csv.replace(/(\n1,[^,]*,Le maire a parlé mercredi\.),,new/u, `$1,${wrong},translated`);
      const summary = await body<{ updated: number[]; heldForQa: Array<{ segmentId: number }> }>(upload(`/api/documents/${documentId}/targets`, 'relecture.csv', edited, reviewer.request));
      expect(summary.updated).toEqual([p0.id]);
      return { held: summary.heldForQa.some((entry) => entry.segmentId === p0.id) };
    },
    expect: { status: 'draft', target: wrong, origin: 'review-import', author: 'renee', held: true, remembered: false, event: 'reset' },
  },
  {
    name: 'pre-translate from the memory',
    before: async () => {
      const other = await importText(t.app, 'Le maire a parlé mercredi.\n', 'txt', 'Brève', projectId);
      const [segment] = (await segmentsOf(t.app, other)).items;
      await body(patch(t.app, segment!.id, { target: right, status: 'translated', version: 1 }));
    },
    run: async () => {
      const { jobId } = await body<{ jobId: number }>(t.app.request(`/api/documents/${documentId}/pretranslate`, json('POST', { memory: true, mt: false, minScore: 75 })), 202);
      await t.services.jobs.settled(jobId);
      return { held: false };
    },
    expect: { status: 'draft', target: right, origin: 'tm', held: false, alike: true, remembered: false, event: 'segment' },
  },
  {
    name: 'pre-translate with the engine',
    run: async () => {
      const { jobId } = await body<{ jobId: number }>(t.app.request(`/api/documents/${documentId}/pretranslate`, json('POST', { memory: false, mt: true })), 202);
      await t.services.jobs.settled(jobId);
      return { held: false };
    },
    expect: { status: 'draft', target: '[EN-US] Le maire a parlé mercredi.', origin: 'mt', held: false, alike: true, remembered: false, event: 'segment' },
  },
  {
    name: 'update the source under a confirmed segment',
    before: async () => void (await confirm(right)),
    run: async () => {
      const revised = french.replace('Le maire a parlé mercredi.\n\nLa séance', 'Le maire a parlé mercredi soir.\n\nLa séance');
      await body(upload(`/api/documents/${documentId}/source`, 'seance.txt', revised));
      return { held: false };
    },
    expect: { status: 'draft', target: right, origin: 'source-update', held: false, remembered: null, event: 'reset' },
  },
];
let batch = '';

describe('every change to a segment goes one path', () => {
  it.each(cases)('$name', async (change) => {
    await change.before?.();
    const p2Before = await current(p2.id);
    const stream = await listenTo(reviewer.request, `/api/documents/${documentId}/events`);
    await stream.next('presence');
    const { held } = await change.run();
    const expected = change.expect;

    // The status the domain's table gives, and the QA gate's answer.
    const after = await current(p0.id);
    expect([after.status, after.target]).toEqual([expected.status, expected.target]);
    expect(held).toBe(expected.held ?? false);

    // A revision with its origin and author; an override recorded with its reason.
    const [latest] = await revisionsOf(p0.id);
    expect(latest).toMatchObject({ origin: expected.origin, author: expected.author ?? 'camille', newStatus: expected.status, newTarget: expected.target });
    expect(latest!.qaOverride).toEqual(expected.override ? { reason, checks: ['weekdays'] } : null);

    // Repetitions: filled by a confirmation while still new, with the same override; left alone otherwise.
    const repetition = await current(p2.id);
    if (expected.repetitionBefore !== undefined) expect(p2Before.status).toBe(expected.repetitionBefore);
    if (expected.fills) {
      expect(p2Before.status).toBe('new');
      expect([repetition.status, repetition.target]).toEqual(['translated', expected.target]);
      const [filled] = await revisionsOf(p2.id);
      expect(filled).toMatchObject({ origin: 'propagation', newStatus: 'translated' });
      expect(filled!.qaOverride).toEqual(expected.override ? { reason, checks: ['weekdays'] } : null);
    } else if (expected.alike) {
      expect([repetition.status, repetition.target]).toEqual([expected.status, expected.target]);
      expect((await revisionsOf(p2.id))[0]).toMatchObject({ origin: expected.origin });
    } else {
      expect([repetition.status, repetition.target, repetition.version]).toEqual([p2Before.status, p2Before.target, p2Before.version]);
    }

    // The memory holds the pair once confirmed, and only then.
    if (expected.remembered !== null) {
      const unit = await memoryOf(after);
      expect(unit !== undefined && unit.target === after.target, `memory: ${JSON.stringify(unit)}`).toBe(expected.remembered ?? false);
    }

    // A second client sees it live.
    if (expected.event !== null) {
      const event = await stream.next(expected.event);
      if (expected.event === 'segment') expect((event.data as { segment: { id: number } }).segment.id).toBe(p0.id);
    }
    await stream.close();
  });
});

describe('the same limits on every path', () => {
  const tooLong = 'x'.repeat(10_001);

  it('refuses a target longer than the segment may hold from the editor, a replace, an alignment and a file taken back, storing nothing', async () => {
    const refused = await body<{ code: string; detail: string }>(patch(t.app, p0.id, { target: tooLong, version: 1 }), 422);
    expect(refused.code).toBe('target_too_long');
    expect(refused.detail).toContain('at most 10,000 characters');
    expect((await body<{ code: string }>(patch(t.app, p0.id, { target: tooLong, status: 'translated', version: 1 }), 422)).code).toBe('target_too_long');

    await body(patch(t.app, p0.id, { target: right, version: 1 }));
    const replaced = await body<{ skipped: Array<{ segmentId: number; reason: string }>; changes: unknown[] }>(
      t.app.request(`/api/documents/${documentId}/replace`, json('POST', { find: 'Wednesday', replace: 'W'.repeat(10_000), segmentIds: [p0.id] })),
    );
    expect(replaced.skipped).toEqual([{ segmentId: p0.id, position: 0, reason: 'too-long' }]);
    expect(replaced.changes).toEqual([]);

    const targets = await body<{ updated: number[]; refused: Array<{ segmentId: number; code: string }> }>(upload(`/api/documents/${documentId}/targets`, 'retour.xlf', await editedXliff(tooLong)));
    expect(targets.updated).toEqual([]);
    expect(targets.refused).toEqual([expect.objectContaining({ segmentId: p0.id, code: 'target_too_long' })]);

    const accepted = await acceptWith(tooLong);
    expect(accepted.filled).not.toContain(p0.id);
    expect(accepted.conflicts).toEqual([expect.objectContaining({ segmentId: p0.id, incoming: tooLong })]);

    expect(await current(p0.id)).toMatchObject({ target: right, status: 'draft', version: 2 });
  });

  it('takes the same reason rule for an override, an ignore and a rejection', async () => {
    await confirm(right);
    const invisible = '\u200B\u2060\u3164';
    expect((await body<{ code: string }>(patch(reviewer, p0.id, { status: 'rejected', version: 2, comment: invisible }), 422)).code).toBe('invalid_reason');
    expect((await body<{ code: string }>(patch(reviewer, p0.id, { status: 'rejected', version: 2 }), 422)).code).toBe('invalid_reason');
    expect((await body<{ code: string }>(patch(t.app, p0.id, { target: wrong, status: 'translated', version: 2, qaOverride: { reason: invisible } }), 422)).code).toBe('invalid_reason');
    await body(patch(t.app, p0.id, { target: wrong, version: 2 }));
    const ignore = (text: string) => t.app.request(`/api/segments/${p0.id}/qa/ignore`, json('POST', { check: 'weekdays', key: 'weekdays.different', reason: text }));
    expect((await body<{ code: string }>(ignore(invisible), 422)).code).toBe('invalid_reason');
    await body(ignore('Checked with the desk.'));
    expect(await current(p0.id)).toMatchObject({ target: wrong, status: 'draft', version: 3 });
  });
});

describe('a bilingual file that creates a document', () => {
  it('starts its units with the statuses the same rules give: QA errors held as drafts', async () => {
    const xliff = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="seance.txt" source-language="fr-FR" target-language="en-US" datatype="plaintext">
    <body>
      <trans-unit id="1"><source>Le maire a parlé mercredi.</source><target state="translated">${wrong}</target></trans-unit>
      <trans-unit id="2"><source>La séance est levée.</source><target state="translated">The meeting is closed.</target></trans-unit>
      <trans-unit id="3"><source>À suivre.</source><target state="final">To be continued.</target></trans-unit>
    </body>
  </file>
</xliff>`;
    const form = new FormData();
    form.set('file', new Blob([xliff]), 'seance.xlf');
    form.set('projectId', String(projectId));
    const imported = await body<{ id: number; heldForQa: number[] }>(t.app.request('/api/documents', { method: 'POST', body: form }), 201);
    const items = (await segmentsOf(t.app, imported.id)).items;
    expect(items.map((item) => [item.target, item.status])).toEqual([
      [wrong, 'draft'],
      ['The meeting is closed.', 'translated'],
      ['To be continued.', 'approved'],
    ]);
    expect(imported.heldForQa).toEqual([items[0]!.id]);
    expect((await revisionsOf(items[0]!.id))[0]).toMatchObject({ origin: 'import', author: 'camille', newStatus: 'draft' });
    // Only the confirmed translations enter the memory.
    expect(await memoryOf(items[0]!)).toBeUndefined();
    expect((await memoryOf(items[1]!))?.target).toBe('The meeting is closed.');
  });
});
