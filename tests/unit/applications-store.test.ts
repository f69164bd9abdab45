// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { envelope, loadStores, loadStoresBeforeEach, savedData } from './storage-doubles';
import { SNAPSHOT } from './data-samples';
import { isoDate, type IsoDate } from '../../src/lib/dates';

const NOW = new Date('2026-11-28T10:00:00.000Z');
const stores = loadStoresBeforeEach(NOW);

describe('applications', () => {
  const { items } = SNAPSHOT.applications;

  it('adds an application, makes it active and stamps it', () => {
    const { addApplication, $activeApplication } = stores().applications;
    const id = addApplication({ company: 'Acme', jobTitle: 'Analyst' }).id!;
    expect($activeApplication.get()).toMatchObject({
      id,
      company: 'Acme',
      jobTitle: 'Analyst',
      createdAt: NOW.toISOString(),
      log: [],
    });
    expect(savedData('applications')).toMatchObject({ activeId: id, items: [{ id, company: 'Acme' }] });
  });

  it('ensureActiveApplication creates one only when none is active', () => {
    const { ensureActiveApplication, $applications, setActiveApplication } = stores().applications;
    const first = ensureActiveApplication();
    expect(ensureActiveApplication()).toBe(first);
    expect($applications.get().items).toHaveLength(1);
    setActiveApplication(null);
    const second = ensureActiveApplication();
    expect(second).not.toBe(first);
    expect($applications.get()).toMatchObject({ activeId: second, items: [{ id: first }, { id: second }] });
  });

  it('updates fields and scripts of one application', () => {
    const { addApplication, updateApplication, setScript, $activeApplication } = stores().applications;
    const id = addApplication().id!;
    updateApplication(id, {
      interviewerName: 'Grace',
      interviewDate: isoDate('2026-11-20'),
      achievements: ['One', 'Two', 'Three'],
    });
    setScript(id, 'voicemail', 'Hello Grace');
    expect($activeApplication.get()).toMatchObject({
      interviewerName: 'Grace',
      interviewDate: '2026-11-20',
      achievements: ['One', 'Two'],
      scripts: { voicemail: 'Hello Grace' },
    });
    setScript(id, 'voicemail', null);
    expect($activeApplication.get()?.scripts).toEqual({});
  });

  it('logs and removes activity', () => {
    const { addApplication, logActivity, removeActivity, $activeApplication } = stores().applications;
    const id = addApplication().id!;
    const entry = logActivity(id, {
      kind: 'called-spoke',
      date: isoDate('2026-11-27'),
      note: 'Spoke to Grace',
    }).id;
    expect(entry).toMatch(/^[0-9a-f]{20}$/);
    expect($activeApplication.get()?.log).toEqual([
      { id: entry, kind: 'called-spoke', date: '2026-11-27', note: 'Spoke to Grace' },
    ]);
    expect(logActivity('unknown', { kind: 'offer', date: isoDate('2026-11-27'), note: '' }).id).toBeNull();
    removeActivity(id, entry ?? '');
    expect($activeApplication.get()?.log).toEqual([]);
  });

  it('refuses an activity on a day that does not exist, saving nothing', () => {
    const id = stores().applications.addApplication().id!;
    const before = localStorage.getItem('cc:applications');
    expect(() =>
      stores().applications.logActivity(id, { kind: 'offer', date: '2026-02-30' as IsoDate, note: '' }),
    ).toThrow(TypeError);
    expect(localStorage.getItem('cc:applications')).toBe(before);
  });

  it('deletes an application with everything in it, and archives another', () => {
    const { addApplication, deleteApplication, setArchived, logActivity, $applications } =
      stores().applications;
    const a = addApplication({ company: 'A' }).id!;
    const b = addApplication({ company: 'B' }).id!;
    logActivity(b, { kind: 'sent-email', date: isoDate('2026-11-27'), note: 'secret note' });
    deleteApplication(b);
    expect($applications.get()).toMatchObject({ activeId: a, items: [{ id: a }] });
    expect(localStorage.getItem('cc:applications')).not.toContain('secret note');
    setArchived(a, true);
    expect($applications.get()).toMatchObject({ activeId: null, items: [{ id: a, archived: true }] });
  });

  it('ignores making an unknown application active', async () => {
    localStorage.setItem('cc:applications', envelope({ items, activeId: 'app-1' }));
    const { applications } = await loadStores();
    applications.setActiveApplication('nope');
    expect(applications.$activeApplication.get()?.id).toBe('app-1');
    applications.setActiveApplication('app-2');
    expect(applications.$activeApplication.get()?.id).toBe('app-2');
  });
});
