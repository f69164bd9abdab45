// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  envelope,
  loadStores,
  QuotaStorage,
  restoreStorage,
  savedData,
  useStorage,
  type Stores,
} from './storage-doubles';
import { APPLICATIONS, PRACTICE, PROFILE, PROGRESS, SETTINGS } from './data-samples';
import { DEFAULT_APPLICATIONS } from '../../src/lib/storage/schemas/applications';
import { DEFAULT_PRACTICE } from '../../src/lib/storage/schemas/practice';
import { DEFAULT_PROFILE } from '../../src/lib/storage/schemas/profile';
import { DEFAULT_PROGRESS } from '../../src/lib/storage/schemas/progress';
import { DEFAULT_SETTINGS } from '../../src/lib/storage/schemas/settings';

const NOW = new Date('2026-11-28T10:00:00.000Z');
const BACKUP_TIME = NOW.toISOString();

beforeEach(() => {
  restoreStorage();
  localStorage.clear();
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});

afterEach(() => {
  vi.useRealTimers();
  restoreStorage();
  localStorage.clear();
});

const STORES: [name: string, valid: unknown, current: (s: Stores) => unknown, fallback: unknown][] = [
  ['progress', PROGRESS, (s) => s.progress.$progress.get(), DEFAULT_PROGRESS],
  ['settings', SETTINGS, (s) => s.settings.$settings.get(), DEFAULT_SETTINGS],
  ['profile', PROFILE, (s) => s.profile.$profile.get(), DEFAULT_PROFILE],
  ['applications', APPLICATIONS, (s) => s.applications.$applications.get(), DEFAULT_APPLICATIONS],
  ['practice', PRACTICE, (s) => s.practice.$practice.get(), DEFAULT_PRACTICE],
];

const UNREADABLE: [kind: string, raw: (valid: unknown) => string][] = [
  ['corrupted JSON', (valid) => envelope(valid).slice(0, -5)],
  ['a wrong type', () => envelope('a string where an object belongs')],
  [
    'nested junk',
    () => envelope({ done: [[{}]], theme: { a: [1] }, fullName: [[]], items: [{ id: {} }], runs: [[[]]] }),
  ],
  [
    'a megabyte string',
    (valid) =>
      envelope(
        JSON.parse(
          JSON.stringify(valid).replace(/"[^"]*"(?=[,}\]])/, JSON.stringify('x'.repeat(1024 * 1024))),
        ),
      ),
  ],
  ['a number', () => '42'],
];

describe.each(STORES)('the %s store', (name, valid, current, fallback) => {
  const key = `cc:${name}`;

  it.each(UNREADABLE)(
    'falls back to its default on %s, backs the raw value up and reports it',
    async (_, makeRaw) => {
      const raw = makeRaw(valid);
      localStorage.setItem(key, raw);
      const stores = await loadStores();
      expect(current(stores)).toEqual(fallback);
      expect(localStorage.getItem(`cc:backup:${name}:${BACKUP_TIME}`)).toBe(raw);
      // The unreadable value is gone from its key: loading the stores writes nothing back.
      expect(localStorage.getItem(key)).toBeNull();
      expect(stores.engine.$storageHealth.get()).toMatchObject({ recovered: [key], newer: [], uncopied: [] });
      expect(stores.myData.listBackups()).toEqual([
        { key: `cc:backup:${name}:${BACKUP_TIME}`, name, savedAt: BACKUP_TIME, size: raw.length },
      ]);

      // The next visit finds nothing wrong, and the backup is still there.
      const again = await loadStores();
      expect(again.engine.$storageHealth.get().recovered).toEqual([]);
      expect(again.myData.listBackups()).toHaveLength(1);
    },
  );

  it('reads a valid value, dropping unknown fields and __proto__ keys, with no backup', async () => {
    const polluted = envelope(valid)
      .replace(/\{/g, '{"__proto__":{"polluted":true},"unknownField":1,')
      .replace(/,\}/g, '}');
    localStorage.setItem(key, polluted);
    const stores = await loadStores();
    expect(current(stores)).toStrictEqual(valid);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(stores.myData.listBackups()).toEqual([]);
    expect(stores.engine.$storageHealth.get().recovered).toEqual([]);
  });

  it('migrates a version 0 value without a backup', async () => {
    localStorage.setItem(key, JSON.stringify(valid));
    const stores = await loadStores();
    expect(current(stores)).toStrictEqual(valid);
    expect(stores.myData.listBackups()).toEqual([]);
  });

  it('leaves a newer version untouched: default in the page, raw value kept and backed up, changes refused', async () => {
    const newer = JSON.stringify({ version: 99, data: { fromTheFuture: true } });
    localStorage.setItem(key, newer);
    const stores = await loadStores();
    expect(current(stores)).toEqual(fallback);
    expect(localStorage.getItem(`cc:backup:${name}:${BACKUP_TIME}`)).toBe(newer);
    // Said as what happened: left untouched, not "reset".
    expect(stores.engine.$storageHealth.get()).toMatchObject({ recovered: [], newer: [key] });

    const results = [
      stores.progress.toggleLessonDone('x'),
      stores.profile.updateProfile({ fullName: 'Ada' }),
      stores.applications.addApplication({ company: 'New Co.' }).result,
    ];
    stores.settings.setTheme('dark');
    stores.applications.ensureActiveApplication();
    stores.practice.resetPace(NOW);
    expect(localStorage.getItem(key)).toBe(newer);
    // Nothing pretends to be saved: the page still shows what it showed.
    expect(current(stores)).toEqual(fallback);
    if (name === 'progress') expect(results[0]).toBe('newer');
    if (name === 'profile') expect(results[1]).toBe('newer');
    if (name === 'applications') {
      expect(results[2]).toBe('newer');
      expect(stores.applications.addApplication({ company: 'New Co.' }).id).toBeNull();
    }
    expect(stores.engine.$storageHealth.get().lastWriteFailed).toBe(false);

    // The next visit finds it again and does not back the same text up twice.
    const later = await loadStores();
    expect(later.engine.$storageHealth.get().newer).toEqual([key]);
    expect(later.myData.listBackups()).toHaveLength(1);
  });

  it.each(['replaceAllData', 'deleteAllData'] as const)(
    'lets %s write over a newer version, the user having chosen to',
    async (action) => {
      localStorage.setItem(key, JSON.stringify({ version: 99, data: {} }));
      const stores = await loadStores();
      if (action === 'replaceAllData') {
        expect(stores.myData.replaceAllData(stores.myData.snapshotData())).toMatchObject({ ok: true });
        expect(savedData(name)).toEqual(fallback);
      } else {
        stores.myData.deleteAllData();
        expect(localStorage.getItem(key)).toBeNull();
      }
      expect(stores.engine.$storageHealth.get().newer).toEqual([]);
      expect(stores.myData.listBackups()).toHaveLength(1);
    },
  );
});

describe('when a backup cannot be written (storage full)', () => {
  it('leaves the unreadable value in place and protected, says so, and refuses changes', async () => {
    const storage = new QuotaStorage(3000);
    useStorage(storage);
    storage.setItem('cc:progress', '{"version":1,"data":{"done":[');
    storage.fill();
    const { progress, engine, myData } = await loadStores();
    expect(progress.$progress.get()).toEqual(DEFAULT_PROGRESS);
    expect(progress.toggleLessonDone('a')).toBe('unreadable');
    expect(progress.isLessonDone('a')).toBe(false);
    expect(storage.getItem('cc:progress')).toBe('{"version":1,"data":{"done":[');
    // Not "recovered" (no copy was kept), and not a write failure.
    expect(engine.$storageHealth.get()).toMatchObject({
      recovered: [],
      uncopied: ['cc:progress'],
      saving: 'full',
    });
    expect(myData.listBackups().every((backup) => storage.getItem(backup.key) === null)).toBe(true);
  });
});

describe('a value from another tab that cannot be read', () => {
  it('is backed up too, and the page falls back to the default', async () => {
    localStorage.setItem('cc:settings', envelope({ ...SETTINGS }));
    const { settings, engine } = await loadStores();
    const unsubscribe = settings.$settings.listen(() => {});
    const oldValue = localStorage.getItem('cc:settings');
    localStorage.setItem('cc:settings', 'garbage');
    window.dispatchEvent(new StorageEvent('storage', { key: 'cc:settings', oldValue, newValue: 'garbage' }));
    expect(settings.$settings.get().theme).toBe('system');
    expect(localStorage.getItem(`cc:backup:settings:${BACKUP_TIME}`)).toBe('garbage');
    expect(engine.$storageHealth.get().recovered).toEqual(['cc:settings']);
    unsubscribe();
  });
});

describe('backups', () => {
  it('keep two different values set aside in the same millisecond, newest first', async () => {
    const stores = await loadStores();
    const { backupRawValue } = await import('../../src/stores/backups');
    const first = backupRawValue('progress', 'one');
    const second = backupRawValue('progress', 'two');
    expect([first, second]).toEqual([
      `cc:backup:progress:${BACKUP_TIME}`,
      `cc:backup:progress:${BACKUP_TIME}#2`,
    ]);
    expect(backupRawValue('progress', 'one')).toBe(first);
    expect(backupRawValue('settings', 'one')).toBe(`cc:backup:settings:${BACKUP_TIME}`);
    vi.setSystemTime(new Date(NOW.getTime() + 1000));
    backupRawValue('profile', 'three');
    expect(stores.myData.listBackups().map((backup) => [backup.name, backup.savedAt])).toEqual([
      ['profile', '2026-11-28T10:00:01.000Z'],
      ['settings', BACKUP_TIME],
      ['progress', BACKUP_TIME],
      ['progress', BACKUP_TIME],
    ]);
  });
});
