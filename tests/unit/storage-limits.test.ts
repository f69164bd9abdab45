// @vitest-environment happy-dom
/**
 * Issue 17, data loss (1–3, 9, 10): the size cap on every write path, imports refused
 * before anything is replaced, a backup kept of every value an import replaces, backups
 * restorable in one step, ids that cannot break a page, backup keys that are only data.
 */
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../src/lib/storage/export';
import { buildBackupFile, parseImport } from '../../src/lib/storage/import';
import { MAX_STORED_CHARS } from '../../src/lib/page-limits';
import { backupLabel } from '../../src/lib/storage/my-data-view';
import { describeReplaceOutcome } from '../../src/lib/storage/my-data-outcomes';
import { describeOutcome } from '../../src/lib/storage/save-result';
import type { Application } from '../../src/lib/storage/schemas/application';
import { isSafeId } from '../../src/lib/storage/schemas/fields';
import { envelope, loadStores, loadStoresBeforeEach, QuotaStorage, useStorage } from './storage-doubles';
import { isoDate } from '../../src/lib/dates';

const NOW = new Date('2026-11-28T10:00:00.000Z');
const stores = loadStoresBeforeEach(NOW);

/** An interview as the tracker saves it, with a long note in each of its two log entries. */
function interview(n: number): Application {
  const id = `${n}`.padStart(20, '0');
  return {
    id,
    company: `Company ${n}`,
    jobTitle: 'Junior Accountant',
    interviewerName: 'Ms. Dana Alvarez',
    interviewerEmail: 'dana@example.com',
    interviewerPhone: '(312) 555-0142',
    interviewDate: isoDate('2026-11-24'),
    givenDate: '',
    givenDateMeaning: 'call-on',
    achievements: [],
    scripts: {},
    log: [1, 2].map((k) => ({
      id: `${id}${k}`,
      kind: 'sent-email' as const,
      date: isoDate('2026-11-25'),
      note: 'n'.repeat(400),
    })),
    archived: false,
    createdAt: NOW.toISOString(),
  };
}

/** The applications state of `count` interviews. */
const manyInterviews = (count: number) => {
  const items = Array.from({ length: count }, (_, n) => interview(n + 1));
  return { items, activeId: items[0]?.id ?? null };
};

describe('the size cap', () => {
  it('refuses a change over the cap: nothing written, nothing shown, nothing lost on the next load', async () => {
    const { $applications } = stores().applications;
    const before = manyInterviews(2);
    $applications.set(before);
    const saved = localStorage.getItem('cc:applications');
    const big = manyInterviews(2600);
    expect(envelope(big).length).toBeGreaterThan(MAX_STORED_CHARS);
    expect($applications.set(big)).toBe('too-big');
    expect($applications.get()).toEqual(before);
    expect(stores().engine.$storageHealth.get()).toMatchObject({
      tooBig: ['cc:applications'],
      lastWriteFailed: false,
    });
    // A later write that works does not take the refused value along (the old retry did).
    stores().practiceSettings.setSound(false);
    expect(localStorage.getItem('cc:applications')).toBe(saved);
    const next = await loadStores();
    expect(next.applications.$applications.get().items).toHaveLength(2);
    expect(next.myData.listBackups()).toEqual([]);
  });

  it('refuses to add an interview past the cap, and says what limit was hit and what to do', () => {
    const { $applications, addApplication } = stores().applications;
    // Interviews here differ only in their number, so each takes about the same room.
    const each = envelope(manyInterviews(2)).length - envelope(manyInterviews(1)).length;
    let count = Math.floor(MAX_STORED_CHARS / each);
    while (envelope(manyInterviews(count)).length > MAX_STORED_CHARS - 200) count--;
    expect($applications.set(manyInterviews(count))).toBe('saved');
    const { id, result } = addApplication({
      company: 'One Too Many',
      achievements: ['a'.repeat(140), 'b'.repeat(140)],
    });
    expect([id, result]).toEqual([null, 'too-big']);
    expect($applications.get().items).toHaveLength(count);
    expect(
      describeOutcome(result, 'Added One Too Many.', 'One Too Many was not added.', 'your interviews'),
    ).toBe(
      'One Too Many was not added. Nothing was changed: your interviews would be more than the 2 MB this browser keeps for each part of Callback Coach. Export your data to keep a copy of everything, then delete interviews you have finished with.',
    );
  });

  it('holds 2,000 interviews as people fill them in (the cap is 2 MB)', () => {
    const items = manyInterviews(2000).items.map((item) => ({
      ...item,
      log: item.log.map((entry) => ({ ...entry, note: 'No answer; left the short message and my number.' })),
    }));
    const { $applications } = stores().applications;
    expect($applications.set({ items, activeId: null })).toBe('saved');
    expect(localStorage.getItem('cc:applications')?.length).toBeLessThan(MAX_STORED_CHARS);
  });

  it('refuses an import over the cap before anything is replaced', () => {
    stores().applications.addApplication({ company: 'Kept Co.' });
    const file = JSON.stringify(
      buildExport({ ...stores().myData.snapshotData(), applications: manyInterviews(2600) }, NOW),
    );
    const result = parseImport(file);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(
      /^Nothing was changed: the interview list in this file takes \d\.\d MB, more than the 2 MB this browser keeps for it\./,
    );
    const outcome = stores().myData.replaceData({ applications: manyInterviews(2600) });
    expect(outcome).toEqual({ ok: false, reason: 'too-big', part: 'applications' });
    expect(describeReplaceOutcome(outcome, 'big.json')).toMatch(/delete interviews you have finished with/);
    expect(
      stores()
        .applications.$applications.get()
        .items.map((item) => item.company),
    ).toEqual(['Kept Co.']);
  });
});

describe('import and restore', () => {
  it('keeps a backup of every value an import replaces, and the backup restores in one step', () => {
    stores().applications.addApplication({ company: 'Before Co.' });
    stores().profile.updateProfile({ fullName: 'Ada Lovelace' });
    const before = localStorage.getItem('cc:applications');
    const outcome = stores().myData.replaceData({
      ...stores().myData.snapshotData(),
      applications: manyInterviews(1),
      profile: { fullName: 'Grace', phone: '', email: '' },
    });
    // Two values replaced, two backups; defaults are not worth one.
    expect(outcome).toMatchObject({ ok: true, backups: 2 });
    expect(describeReplaceOutcome(outcome, 'file.json')).toBe(
      'Done: your data now comes from file.json. A copy of what it replaced is kept under “Backups kept”, with Restore.',
    );
    const backup = stores()
      .myData.listBackups()
      .find((item) => item.name === 'applications');
    expect(stores().myData.readBackup(backup?.key ?? '')).toBe(before);

    // Download the backup, then choose that file under Import data.
    const file = buildBackupFile('applications', backup?.savedAt ?? '', before ?? '');
    const parsed = parseImport(file, 'callback-coach-backup-applications-2026-11-28T10-00-00.json');
    expect(parsed).toMatchObject({ ok: true, kind: 'backup' });
    if (!parsed.ok) return;
    expect(parsed.data.applications?.items).toHaveLength(1);
    expect(stores().myData.replaceData(parsed.data)).toMatchObject({ ok: true, backups: 1 });
    expect(
      stores()
        .applications.$applications.get()
        .items.map((item) => item.company),
    ).toEqual(['Before Co.']);
    // Only that part was restored.
    expect(stores().profile.$profile.get().fullName).toBe('Grace');
  });

  it('reads an older .txt backup download, its part named in the file name', () => {
    const raw = envelope({ fullName: 'Ada', phone: '', email: '' });
    expect(parseImport(raw, 'callback-coach-backup-profile-2026-11-28T13-45-37.txt')).toMatchObject({
      ok: true,
      kind: 'backup',
      data: { profile: { fullName: 'Ada' } },
    });
    expect(parseImport('{"done":', 'callback-coach-backup-progress-2026.txt')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/cannot be restored/) as unknown,
    });
  });

  it('refuses an import when no backup of the replaced value can be kept, changing nothing', async () => {
    const storage = new QuotaStorage(60_000);
    useStorage(storage);
    const full = await loadStores();
    full.applications.addApplication({ company: 'Kept Co.' });
    storage.fill();
    const outcome = full.myData.replaceData({ applications: manyInterviews(1) });
    expect(outcome).toEqual({ ok: false, reason: 'no-room-for-backup', part: 'applications' });
    expect(full.applications.$applications.get().items[0]?.company).toBe('Kept Co.');
  });
});

describe('ids', () => {
  it.each(['a)b', '%', 'main', 'list', 'x y', '"><img>'])(
    're-keys an imported id %j to a safe one',
    (bad) => {
      const state = manyInterviews(2);
      const [first, second] = state.items as [Application, Application];
      const file = JSON.stringify(
        buildExport(
          {
            ...stores().myData.snapshotData(),
            applications: {
              items: [{ ...first, id: bad, log: [{ ...first.log[0]!, id: bad }] }, second],
              activeId: bad,
            },
          },
          NOW,
        ),
      );
      const result = parseImport(file);
      if (!result.ok) throw new Error(result.error);
      const { items, activeId } = result.data.applications!;
      expect(items.every((item) => isSafeId(item.id) && item.log.every((entry) => isSafeId(entry.id)))).toBe(
        true,
      );
      expect(items[0]?.id).not.toBe(bad);
      // The same id always gives the same new one, so the active interview stays active.
      expect(activeId).toBe(items[0]?.id);
      expect(items[1]?.id).toBe(second.id);
    },
  );

  it('re-keys ids already stored, the same on every read', async () => {
    localStorage.setItem(
      'cc:applications',
      envelope({ items: [{ ...interview(1), id: 'main' }], activeId: 'main' }),
    );
    const first = (await loadStores()).applications.$applications.get();
    const again = (await loadStores()).applications.$applications.get();
    expect(first.items[0]?.id).toMatch(/^k0[0-9a-f]{16}$/);
    expect(again).toEqual(first);
    expect(first.activeId).toBe(first.items[0]?.id);
  });
});

describe('backup keys named after built-in object properties', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('treat %s as data', async (name) => {
    const key = `cc:backup:${name}:2026-11-28T10:00:00.000Z`;
    localStorage.setItem(key, 'text');
    const fresh = await loadStores();
    const [backup] = fresh.myData.listBackups();
    expect(backup).toMatchObject({ key, name, size: 4 });
    expect(backupLabel(name)).toBe(name);
    expect(fresh.myData.backupPart(key)).toBeNull();
    fresh.myData.deleteBackup(key);
    expect(localStorage.getItem(key)).toBeNull();
    expect(fresh.myData.listBackups()).toEqual([]);
  });
});
