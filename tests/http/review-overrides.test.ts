import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importText, patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

/** Review carries QA overrides through (issue 27, item 3): the reason on the segment, a reviewer's approval on it. */

let t: TestApp;
let translator: TestApp['app'];
let reviewer: TestApp['app'];
let rows: Array<{ id: number; version: number }>;

interface OnRecord {
  reason: string;
  checks: string[];
  author: string | null;
  at: string;
}
interface Listed {
  id: number;
  target: string;
  status: string;
  version: number;
  qaOverride: OnRecord | null;
}
interface HistoryItem {
  author: string | null;
  newStatus: string;
  qaOverride: { reason: string; checks: string[] } | null;
}

const wrongDay = 'The French article has the wrong day; checked with the desk.';

beforeEach(async () => {
  t = await testApp();
  translator = { request: (await t.user('sacha', 'translator')).request };
  reviewer = { request: (await t.user('renee', 'reviewer')).request };
  const id = await importText(t.app, 'Le maire a parlé mercredi.\n\nLe conseil a voté mercredi.\n\nLa séance est levée.', 'txt', 'Conseil');
  rows = (await segmentsOf(t.app, id)).items;
});
afterEach(async () => {
  await t?.cleanup();
});

async function listed(segmentId: number): Promise<Listed> {
  const { items } = (await segmentsOf(t.app, 1)) as unknown as { items: Listed[] };
  return items.find((item) => item.id === segmentId)!;
}

async function history(segmentId: number): Promise<HistoryItem[]> {
  return ((await (await t.app.request(`/api/segments/${segmentId}/revisions`)).json()) as { items: HistoryItem[] }).items;
}

/** The translator confirms "Tuesday" for "mercredi" over the weekdays error, with a reason. */
async function confirmOverQa(index: number, target: string): Promise<Listed> {
  const res = await patch(translator, rows[index]!.id, { target, status: 'translated', version: 1, qaOverride: { reason: wrongDay } });
  expect(res.status).toBe(200);
  return (await res.json()) as Listed;
}

describe('a confirmation over QA errors, on the segment', () => {
  it('is exposed in the list and in the answer to the save: who, when, why, over which checks', async () => {
    const saved = await confirmOverQa(0, 'The mayor spoke on Tuesday.');
    expect(saved).toMatchObject({ status: 'translated', qaOverride: { reason: wrongDay, checks: ['weekdays'], author: 'sacha' } });
    expect(saved.qaOverride!.at).toMatch(/^\d{4}-\d\d-\d\dT/u);
    expect((await listed(rows[0]!.id)).qaOverride).toEqual(saved.qaOverride);
    // A segment confirmed without errors rests on none.
    const clean = await patch(translator, rows[2]!.id, { target: 'The meeting is closed.', status: 'translated', version: 1 });
    expect(await clean.json()).toMatchObject({ status: 'translated', qaOverride: null });
    expect((await listed(rows[2]!.id)).qaOverride).toBeNull();
  });

  it('ends with an edit or a rejection: confirming again is a new decision', async () => {
    await confirmOverQa(0, 'The mayor spoke on Tuesday.');
    const rejected = await patch(reviewer, rows[0]!.id, { status: 'rejected', version: 2, comment: 'Say Wednesday, as the French does.' });
    expect(rejected.status).toBe(200);
    expect((await listed(rows[0]!.id)).qaOverride).toBeNull();
    // Confirmed again with the same text: the gate asks again.
    expect(await (await patch(translator, rows[0]!.id, { status: 'translated', version: 3 })).json()).toMatchObject({ heldForQa: true, status: 'draft' });
  });

  it('is in the OpenAPI document, on listed and edited segments', async () => {
    type Schema = { allOf?: Array<{ properties?: Record<string, { type?: string[]; properties?: Record<string, unknown> }> }> };
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as { components: { schemas: Record<string, Schema> } };
    for (const name of ['ListedSegment', 'EditedSegment']) {
      const field = doc.components.schemas[name]?.allOf?.[1]?.properties?.qaOverride;
      expect(field?.type).toEqual(['object', 'null']);
      expect(Object.keys(field?.properties ?? {})).toEqual(['reason', 'checks', 'author', 'at']);
    }
  });
});

describe('a reviewer approving a segment confirmed over QA errors', () => {
  it('approves without a reason of their own: the translator\'s stands, and the approval records none', async () => {
    await confirmOverQa(0, 'The mayor spoke on Tuesday.');
    const res = await patch(reviewer, rows[0]!.id, { status: 'approved', version: 2 });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'approved', version: 3, heldForQa: false, qaOverride: { reason: wrongDay, author: 'sacha' } });
    const [approval, confirmation] = await history(rows[0]!.id);
    expect(approval).toMatchObject({ author: 'renee', newStatus: 'approved', qaOverride: null });
    expect(confirmation).toMatchObject({ author: 'sacha', newStatus: 'translated', qaOverride: { reason: wrongDay, checks: ['weekdays'] } });
    expect((await listed(rows[0]!.id)).qaOverride).toMatchObject({ reason: wrongDay, author: 'sacha' });
  });

  it('records their own reason with the approval when they give one, through the same change', async () => {
    await confirmOverQa(1, 'The council voted on Tuesday.');
    const res = await patch(reviewer, rows[1]!.id, { status: 'approved', version: 2, qaOverride: { reason: 'Agreed: the desk confirmed Tuesday.' } });
    expect(await res.json()).toMatchObject({ status: 'approved', qaOverride: { reason: 'Agreed: the desk confirmed Tuesday.', checks: ['weekdays'], author: 'renee' } });
    const [approval, confirmation] = await history(rows[1]!.id);
    expect(approval).toMatchObject({ author: 'renee', newStatus: 'approved', qaOverride: { reason: 'Agreed: the desk confirmed Tuesday.', checks: ['weekdays'] } });
    expect(confirmation!.qaOverride).toMatchObject({ reason: wrongDay });
    expect((await listed(rows[1]!.id)).qaOverride).toMatchObject({ reason: 'Agreed: the desk confirmed Tuesday.', author: 'renee' });
    // A reason that says nothing is refused, as for the translator.
    expect((await patch(reviewer, rows[1]!.id, { status: 'approved', version: 3, qaOverride: { reason: '\u200B' } })).status).toBe(422);
  });

  it('is held as before when the approval brings an error the override did not answer', async () => {
    await confirmOverQa(0, 'The mayor spoke on Tuesday.');
    // The reviewer edits the text and approves: a new text, so a new decision.
    const res = await patch(reviewer, rows[0]!.id, { target: 'The mayor spoke on Thursday.', status: 'approved', version: 2 });
    expect(await res.json()).toMatchObject({ status: 'draft', heldForQa: true, qaOverride: null });
  });
});
