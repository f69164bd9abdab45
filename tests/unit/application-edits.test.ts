import { describe, expect, it } from 'vitest';
import {
  addApplicationTo,
  addLogEntry,
  archiveApplication,
  buildApplication,
  clampDraft,
  patchApplication,
  pickNextActive,
  removeApplication,
  removeLogEntry,
  setScriptText,
} from '../../src/lib/follow-ups/application-edits';
import { createId } from '../../src/lib/ids';
import { clampText } from '../../src/lib/clamp';
import { applicationsSchema } from '../../src/lib/storage/schemas/applications';
import type { ApplicationsState } from '../../src/lib/storage/schemas/applications';
import { safeParse } from 'valibot';
import { APPLICATION } from './data-samples';
import { isoDate, type IsoDate } from '../../src/lib/dates';

const A = { ...APPLICATION, id: 'a' };
const B = { ...APPLICATION, id: 'b', log: [] };
const C = { ...APPLICATION, id: 'c', log: [] };
const STATE: ApplicationsState = { items: [A, B, C], activeId: 'b' };

describe('clampDraft', () => {
  it.each([
    ['a company of 100 characters', { company: 'c'.repeat(100) }, { company: 'c'.repeat(80) }],
    [
      'an email of 200 characters',
      { interviewerEmail: 'e'.repeat(200) },
      { interviewerEmail: 'e'.repeat(120) },
    ],
    [
      'three achievements, one too long',
      { achievements: ['a'.repeat(200), 'b', 'c'] },
      { achievements: ['a'.repeat(140), 'b'] },
    ],
    [
      'a script of 5000 characters',
      { scripts: { phone: 'p'.repeat(5000) } },
      { scripts: { phone: 'p'.repeat(4000) } },
    ],
    // An edit from outside the forms, unchecked: clampDraft is what checks it.
    ['an unreal date', { interviewDate: '2026-02-30' as IsoDate }, { interviewDate: '' }],
    ['a real date', { givenDate: isoDate('2026-12-01') }, { givenDate: '2026-12-01' }],
    ['text within limits', { jobTitle: 'Analyst' }, { jobTitle: 'Analyst' }],
  ])('fits %s', (_, draft, expected) => {
    expect(clampDraft(draft)).toEqual(expected);
  });

  it('never cuts an emoji in half', () => {
    expect(clampText(`${'x'.repeat(79)}😀`, 80)).toBe('x'.repeat(79));
  });
});

describe('changes to the list', () => {
  const isValid = (state: ApplicationsState) => safeParse(applicationsSchema, state).success;

  it('builds an empty application that validates', () => {
    const built = buildApplication('new', '2026-11-28T10:00:00.000Z', { company: 'Acme' });
    expect(built).toMatchObject({
      id: 'new',
      company: 'Acme',
      jobTitle: '',
      log: [],
      scripts: {},
      archived: false,
    });
    expect(isValid({ items: [built], activeId: 'new' })).toBe(true);
  });

  it.each<
    [string, (state: ApplicationsState) => ApplicationsState, Partial<ApplicationsState> & { ids?: string[] }]
  >([
    [
      'adding makes the new one active',
      (s) => addApplicationTo(s, { ...A, id: 'd' }),
      { activeId: 'd', ids: ['a', 'b', 'c', 'd'] },
    ],
    [
      'deleting the active one activates the newest other',
      (s) => removeApplication(s, 'b'),
      { activeId: 'c', ids: ['a', 'c'] },
    ],
    [
      'deleting another keeps the active one',
      (s) => removeApplication(s, 'a'),
      { activeId: 'b', ids: ['b', 'c'] },
    ],
    [
      'deleting the last leaves none active',
      () => removeApplication({ items: [A], activeId: 'a' }, 'a'),
      { activeId: null, ids: [] },
    ],
    [
      'archiving the active one activates another',
      (s) => archiveApplication(s, 'b', true),
      { activeId: 'c' },
    ],
    ['archiving another keeps the active one', (s) => archiveApplication(s, 'c', true), { activeId: 'b' }],
    [
      'an archived one is never picked as active',
      (s) => removeApplication(archiveApplication(s, 'c', true), 'b'),
      { activeId: 'a' },
    ],
  ])('%s', (_, change, expected) => {
    const next = change(STATE);
    expect(next.activeId).toBe(expected.activeId);
    if (expected.ids) expect(next.items.map((item) => item.id)).toEqual(expected.ids);
    expect(isValid(next)).toBe(true);
  });

  it('patches only the named application, clamped', () => {
    const next = patchApplication(STATE, 'c', { company: 'x'.repeat(90), archived: true });
    expect(next.items[2]).toMatchObject({ company: 'x'.repeat(80), archived: true });
    expect(next.items[0]).toBe(A);
  });

  it('returns the same state for an unknown id', () => {
    expect(patchApplication(STATE, 'nope', { company: 'x' })).toBe(STATE);
    expect(archiveApplication(STATE, 'nope', true)).toBe(STATE);
  });

  it('sets a script part and removes it again', () => {
    const edited = setScriptText(STATE, 'a', 'phone', 'Hi');
    expect(edited.items[0]?.scripts).toEqual({ ...A.scripts, phone: 'Hi' });
    const reset = setScriptText(edited, 'a', 'phone', null);
    expect(reset.items[0]?.scripts).toEqual(A.scripts);
    expect(Object.hasOwn(reset.items[0]?.scripts ?? {}, 'phone')).toBe(false);
  });

  it('adds and removes log entries, the note clamped', () => {
    const logged = addLogEntry(STATE, 'b', {
      id: 'e1',
      kind: 'sent-email',
      date: isoDate('2026-11-28'),
      note: 'n'.repeat(600),
    });
    expect(logged.items[1]?.log).toEqual([
      { id: 'e1', kind: 'sent-email', date: '2026-11-28', note: 'n'.repeat(500) },
    ]);
    expect(removeLogEntry(logged, 'b', 'e1').items[1]?.log).toEqual([]);
  });

  it('picks the newest application that is not archived', () => {
    expect(pickNextActive([A, B, { ...C, archived: true }], 'a')).toBe('b');
    expect(pickNextActive([A], 'a')).toBeNull();
  });
});

describe('createId', () => {
  it('writes 20 hex characters from the random bytes', () => {
    expect(createId((bytes) => bytes.fill(171))).toBe('ab'.repeat(10));
  });

  it('gives different ids from the Web Crypto API', () => {
    const ids = new Set(Array.from({ length: 100 }, () => createId()));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{20}$/);
  });
});
