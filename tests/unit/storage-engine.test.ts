// @vitest-environment happy-dom
import { Storage as HappyDomStorage } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  envelope,
  loadStores,
  QuotaStorage,
  restoreStorage,
  useStorage,
  useThrowingStorage,
} from './storage-doubles';
import { MAX_STORED_CHARS } from '../../src/lib/page-limits';

const unsubscribes: (() => void)[] = [];
const watch = (store: { listen: (cb: () => void) => () => void }) =>
  unsubscribes.push(store.listen(() => {}));

beforeEach(() => {
  restoreStorage();
  localStorage.clear();
});

afterEach(() => {
  unsubscribes.splice(0).forEach((unsubscribe) => unsubscribe());
  restoreStorage();
  localStorage.clear();
});

/** What another tab's write looks like to this one. */
function writeFromAnotherTab(key: string, value: string | null): void {
  if (value === null) localStorage.removeItem(key);
  else localStorage.setItem(key, value);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: value, storageArea: localStorage }));
}

describe('with a working localStorage', () => {
  it("is happy-dom's Storage, not Node's experimental one", () => {
    expect(localStorage).toBeInstanceOf(HappyDomStorage);
    expect(window.localStorage).toBe(localStorage);
  });

  it('saves each change in its envelope under a cc: key', async () => {
    const { progress, settings, engine } = await loadStores();
    progress.toggleLessonDone('when-to-call');
    settings.setTheme('dark');
    expect(JSON.parse(localStorage.getItem('cc:progress') ?? '')).toMatchObject({
      data: { done: ['when-to-call'] },
    });
    // public/theme-boot.js reads exactly this path before first paint.
    expect(
      (JSON.parse(localStorage.getItem('cc:settings') ?? '') as { data: { theme: string } }).data.theme,
    ).toBe('dark');
    expect(engine.$storageHealth.get()).toEqual(engine.DEFAULT_STORAGE_HEALTH);
  });

  it('reads what an earlier visit saved', async () => {
    localStorage.setItem('cc:progress', envelope({ done: ['tone-of-voice'] }));
    const { progress } = await loadStores();
    expect(progress.isLessonDone('tone-of-voice')).toBe(true);
  });

  it("follows another tab's change", async () => {
    const { progress } = await loadStores();
    watch(progress.$progress);
    writeFromAnotherTab('cc:progress', envelope({ done: ['email-instead'] }));
    expect(progress.$progress.get()).toMatchObject({ done: ['email-instead'] });
    writeFromAnotherTab('cc:progress', null);
    expect(progress.$progress.get()).toMatchObject({ done: [] });
  });

  it('follows another tab clearing everything', async () => {
    localStorage.setItem('cc:settings', envelope({ theme: 'light' }));
    const { settings } = await loadStores();
    watch(settings.$settings);
    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
    expect(settings.$settings.get().theme).toBe('system');
  });
});

describe('when localStorage throws on access (private mode, storage disabled)', () => {
  beforeEach(useThrowingStorage);

  it('every store still works, in memory, with saving off', async () => {
    const { engine, progress, settings, profile, applications, practice, myData } = await loadStores();
    expect(() => localStorage).toThrow();
    progress.toggleLessonDone('when-to-call');
    settings.setTheme('dark');
    profile.updateProfile({ fullName: 'Ada' });
    const id = applications.ensureActiveApplication();
    applications.updateApplication(id, { company: 'Acme' });
    practice.recordRun({
      at: '2026-11-28T10:00:00.000Z',
      seconds: 9,
      wordsPerMinute: 150,
      fit: true,
      textSource: 'sample',
      textPreview: 'Hi',
      outcome: 'complete',
      check: null,
    });
    expect(myData.snapshotData()).toMatchObject({
      progress: { done: ['when-to-call'] },
      settings: { theme: 'dark' },
      profile: { fullName: 'Ada' },
      applications: { activeId: id, items: [{ company: 'Acme' }] },
      practice: { runs: [{ seconds: 9 }] },
    });
    expect(engine.$storageHealth.get()).toEqual({ ...engine.DEFAULT_STORAGE_HEALTH, saving: 'off' });
    myData.deleteAllData();
    expect(progress.$progress.get()).toMatchObject({ done: [] });
  });
});

describe('when every storage call throws after access worked', () => {
  it('reads nothing, keeps changes in memory and reports the failed write', async () => {
    const broken = new QuotaStorage(1000);
    for (const method of ['getItem', 'setItem', 'removeItem', 'key'] as const) {
      broken[method] = () => {
        throw new DOMException('Broken', 'UnknownError');
      };
    }
    useStorage(broken);
    const { engine, progress, myData } = await loadStores();
    // The test write at load already failed, so the first thing the page says is true.
    expect(engine.$storageHealth.get()).toMatchObject({ saving: 'full', lastWriteFailed: false });
    expect(progress.toggleLessonDone('a')).toBe('full');
    expect(progress.isLessonDone('a')).toBe(true);
    expect(engine.$storageHealth.get()).toMatchObject({ saving: 'full', lastWriteFailed: true });
    expect(() => myData.deleteAllData()).not.toThrow();
    expect(myData.listBackups()).toEqual([]);
  });
});

describe('when storage is full', () => {
  let storage: QuotaStorage;
  beforeEach(() => {
    storage = new QuotaStorage(4000);
    useStorage(storage);
  });

  it('a refused write does not throw, keeps the change in memory, and leaves the saved value intact', async () => {
    storage.setItem('cc:progress', envelope({ done: ['when-to-call'] }));
    storage.fill();
    const { engine, progress } = await loadStores();
    // Probed at load: the first thing a page says is already that storage is full.
    expect(engine.$storageHealth.get()).toMatchObject({ saving: 'full', lastWriteFailed: false });
    expect(progress.toggleLessonDone('tone-of-voice')).toBe('full');
    expect(progress.$progress.get()).toMatchObject({ done: ['when-to-call', 'tone-of-voice'] });
    expect(storage.getItem('cc:progress')).toBe(envelope({ done: ['when-to-call'] }));
    expect(engine.$storageHealth.get().lastWriteFailed).toBe(true);
  });

  it('saves the held change once space is freed and another write succeeds', async () => {
    storage.fill();
    const { engine, progress, practiceSettings } = await loadStores();
    progress.toggleLessonDone('tone-of-voice');
    expect(storage.getItem('cc:progress')).toBeNull();
    storage.removeItem('filler');
    practiceSettings.setSound(false);
    expect(JSON.parse(storage.getItem('cc:progress') ?? '')).toMatchObject({
      data: { done: ['tone-of-voice'] },
    });
    expect(engine.$storageHealth.get()).toMatchObject({ saving: 'on', lastWriteFailed: false });
  });

  it('never writes a value over the size cap, not even on a later retry', async () => {
    const roomy = new QuotaStorage(10 * 1024 * 1024);
    useStorage(roomy);
    const { engine } = await loadStores();
    expect(engine.writeStoredKey('cc:big', 'x'.repeat(MAX_STORED_CHARS + 1))).toBe('too-big');
    expect(engine.writeStoredKey('cc:other', 'y')).toBe('saved');
    expect(roomy.getItem('cc:big')).toBeNull();
    expect(engine.readStoredKey('cc:big')).toBeUndefined();
    expect(engine.$storageHealth.get()).toMatchObject({ lastWriteFailed: false, tooBig: ['cc:big'] });
  });

  it("lets another tab's saved value replace one this tab could not save", async () => {
    storage.fill();
    const { engine, progress } = await loadStores();
    watch(progress.$progress);
    progress.toggleLessonDone('mine');
    storage.removeItem('filler');
    storage.setItem('cc:progress', envelope({ done: ['theirs'] }));
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'cc:progress', newValue: envelope({ done: ['theirs'] }) }),
    );
    expect(progress.$progress.get()).toMatchObject({ done: ['theirs'] });
    expect(engine.readStoredKey('cc:progress')).toBe(envelope({ done: ['theirs'] }));
    expect(engine.$storageHealth.get().lastWriteFailed).toBe(false);
  });
});

describe('protected keys', () => {
  it('are never written or removed until released', async () => {
    localStorage.setItem('cc:x', 'kept');
    const { engine } = await loadStores();
    engine.protectStoredKey('cc:x', 'newer');
    expect(engine.writeStoredKey('cc:x', 'new')).toBe('newer');
    expect(engine.readStoredKey('cc:x')).toBe('kept');
    engine.removeStoredKey('cc:x');
    expect(engine.readStoredKey('cc:x')).toBeUndefined();
    expect(localStorage.getItem('cc:x')).toBe('kept');
    expect(engine.$storageHealth.get().lastWriteFailed).toBe(false);
    engine.unprotectStoredKey('cc:x');
    expect(engine.readStoredKey('cc:x')).toBe('kept');
    expect(engine.writeStoredKey('cc:x', 'new')).toBe('saved');
    expect(localStorage.getItem('cc:x')).toBe('new');
  });
});

describe('listStoredKeys', () => {
  it('lists saved keys and those held in memory, not those removed in memory', async () => {
    localStorage.setItem('a', '1');
    localStorage.setItem('b', '2');
    const { engine } = await loadStores();
    engine.protectStoredKey('b', 'newer');
    engine.removeStoredKey('b');
    useThrowingStorage();
    expect(engine.listStoredKeys().sort()).toEqual(['a']);
  });
});
