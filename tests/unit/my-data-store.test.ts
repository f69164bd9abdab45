// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../src/lib/storage/export';
import { parseImport } from '../../src/lib/storage/import';
import { loadStores, loadStoresBeforeEach, savedData } from './storage-doubles';
import { SNAPSHOT } from './data-samples';

const NOW = new Date('2026-11-28T10:00:00.000Z');
const stores = loadStoresBeforeEach(NOW);

describe('my data', () => {
  it('exports a snapshot that imports back to the same data', () => {
    stores().myData.replaceAllData(SNAPSHOT);
    const text = JSON.stringify(buildExport(stores().myData.snapshotData(), NOW));
    const result = parseImport(text);
    expect(result).toMatchObject({ ok: true, data: SNAPSHOT });
  });

  it('changes nothing when any part of the data is invalid', () => {
    stores().progress.toggleLessonDone('kept');
    const bad = {
      ...SNAPSHOT,
      settings: { ...SNAPSHOT.settings, theme: 'sepia' },
    } as unknown as typeof SNAPSHOT;
    expect(() => stores().myData.replaceAllData(bad)).toThrow(TypeError);
    expect(stores().myData.snapshotData().progress).toEqual({ done: ['kept'], answers: {} });
    expect(localStorage.getItem('cc:profile')).toBeNull();
  });

  it('replaces everything and saves it', () => {
    expect(stores().myData.replaceAllData(SNAPSHOT)).toMatchObject({ ok: true, backups: 0 });
    for (const [name, value] of Object.entries(SNAPSHOT)) expect(savedData(name)).toEqual(value);
  });

  it('deletes everything but the backups, and the stores show their defaults', async () => {
    localStorage.setItem('cc:profile', 'not json');
    localStorage.setItem('cc:something-old', 'x');
    localStorage.setItem('unrelated', 'y');
    const fresh = await loadStores();
    fresh.myData.replaceAllData(SNAPSHOT);
    fresh.myData.deleteAllData();
    expect(Object.keys(localStorage).sort()).toEqual([`cc:backup:profile:${NOW.toISOString()}`, 'unrelated']);
    expect(fresh.myData.snapshotData()).toEqual({
      profile: { fullName: '', phone: '', email: '' },
      applications: { items: [], activeId: null },
      practice: { runs: [], paceSince: null },
      progress: { done: [], answers: {} },
      settings: { theme: 'system', sound: true, leadIn: true, targetSeconds: 10, keepTranscripts: true },
    });
  });

  it('reads and deletes one backup at a time, and nothing that is not a backup', async () => {
    localStorage.setItem('cc:progress', '[[[');
    const fresh = await loadStores();
    const [backup] = fresh.myData.listBackups();
    expect(backup).toMatchObject({ name: 'progress', savedAt: NOW.toISOString(), size: 3 });
    expect(fresh.myData.readBackup(backup?.key ?? '')).toBe('[[[');
    expect(fresh.myData.readBackup('cc:settings')).toBeUndefined();
    fresh.myData.deleteBackup('cc:settings');
    fresh.myData.deleteBackup(backup?.key ?? '');
    expect(fresh.myData.listBackups()).toEqual([]);
  });
});
