// @vitest-environment happy-dom
/**
 * Issue 17.6, two tabs: writes merge by record and by field, never by whole list. The
 * other tab is simulated by writing localStorage directly and sending the `storage`
 * event that browser would send, after this tab's own write (the race the issue found).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeValues } from '../../src/lib/storage/merge';
import { envelope, loadStores, restoreStorage, savedData } from './storage-doubles';
import { isoDate } from '../../src/lib/dates';

beforeEach(() => {
  restoreStorage();
  localStorage.clear();
});

afterEach(() => {
  localStorage.clear();
});

/**
 * Another tab's write, made from `oldValue` (what it had read) without seeing this tab's
 * latest write, as this tab hears of it when that write reached storage first.
 */
function writeFromAnotherTab(key: string, data: unknown, oldValue: string | null): void {
  const newValue = envelope(data);
  localStorage.setItem(key, newValue);
  window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue, storageArea: localStorage }));
}

describe('mergeValues', () => {
  const base = { items: [{ id: 'x1', company: 'X', log: [{ id: 'l1', note: 'a' }] }], activeId: 'x1' };

  it('keeps the records each side added', () => {
    const mine = { ...base, items: [...base.items, { id: 'm1', company: 'Mine', log: [] }] };
    const theirs = { ...base, items: [...base.items, { id: 't1', company: 'Theirs', log: [] }] };
    expect(mergeValues(base, mine, theirs)).toEqual({
      items: [base.items[0], theirs.items[1], mine.items[1]],
      activeId: 'x1',
    });
  });

  it('merges fields of one record, and entries of its log', () => {
    const mine = {
      ...base,
      items: [{ ...base.items[0], company: 'X Corp', log: [...base.items[0]!.log, { id: 'l2', note: 'm' }] }],
    };
    const theirs = {
      ...base,
      items: [
        { ...base.items[0], jobTitle: 'Analyst', log: [...base.items[0]!.log, { id: 'l3', note: 't' }] },
      ],
    };
    expect(mergeValues(base, mine, theirs)).toEqual({
      items: [
        {
          id: 'x1',
          company: 'X Corp',
          jobTitle: 'Analyst',
          log: [
            { id: 'l1', note: 'a' },
            { id: 'l3', note: 't' },
            { id: 'l2', note: 'm' },
          ],
        },
      ],
      activeId: 'x1',
    });
  });

  it('lets the later write win per field, and keeps deletions', () => {
    const mine = { items: [], activeId: null };
    const theirs = { ...base, items: [{ ...base.items[0], company: 'Y' }] };
    // Deleted here, edited there: the record goes (this tab deleted it).
    expect(mergeValues(base, mine, theirs)).toEqual({ items: [], activeId: null });
    const both = mergeValues({ name: 'a', phone: '1' }, { name: 'b', phone: '2' }, { name: 'c', phone: '1' });
    expect(both).toEqual({ name: 'c', phone: '2' });
  });
});

describe('two tabs writing the same value', () => {
  it('keeps both interviews when both tabs add one at once, and both stay saved', async () => {
    const stores = await loadStores();
    const { $applications, addApplication } = stores.applications;
    const unsubscribe = $applications.listen(() => {});
    const raced = localStorage.getItem('cc:applications');
    const mine = addApplication({ company: 'Mine Co.' });
    expect(mine.result).toBe('saved');
    // The other tab, which had not seen this one's write, saved its own list over it.
    const theirs = { id: 'theirs1', company: 'Theirs Co.', createdAt: '2026-11-28T10:00:00.000Z' };
    writeFromAnotherTab('cc:applications', { items: [theirs], activeId: 'theirs1' }, raced);
    const companies = $applications.get().items.map((item) => item.company);
    expect(companies).toEqual(['Theirs Co.', 'Mine Co.']);
    // Written back, so the other tab gets this one's interview too.
    expect(
      (savedData('applications') as { items: { company: string }[] }).items.map((item) => item.company),
    ).toEqual(companies);
    unsubscribe();
  });

  it('keeps both log entries logged at once in two tabs', async () => {
    const stores = await loadStores();
    const { $applications, addApplication, logActivity } = stores.applications;
    const unsubscribe = $applications.listen(() => {});
    const id = addApplication({ company: 'Acme' }).id!;
    const before = $applications.get();
    const raced = localStorage.getItem('cc:applications');
    logActivity(id, { kind: 'left-voicemail', date: isoDate('2026-11-27'), note: 'mine' });
    const [item] = before.items;
    writeFromAnotherTab(
      'cc:applications',
      {
        ...before,
        items: [
          { ...item, log: [{ id: 'theirs1', kind: 'sent-email', date: '2026-11-27', note: 'theirs' }] },
        ],
      },
      raced,
    );
    expect(
      $applications
        .get()
        .items[0]?.log.map((entry) => entry.note)
        .sort(),
    ).toEqual(['mine', 'theirs']);
    unsubscribe();
  });

  it('keeps this tab’s log entry when the event’s oldValue is this tab’s own write, as Chromium sends it', async () => {
    const stores = await loadStores();
    const { $applications, addApplication, logActivity } = stores.applications;
    const unsubscribe = $applications.listen(() => {});
    const id = addApplication({ company: 'Acme' }).id!;
    const before = $applications.get();
    const raced = localStorage.getItem('cc:applications')!;
    logActivity(id, { kind: 'left-voicemail', date: isoDate('2026-11-27'), note: 'mine' });
    // The storage event's oldValue is what the other tab's write replaced: this tab's write.
    const replaced = localStorage.getItem('cc:applications');
    const [item] = before.items;
    const { version, rev } = JSON.parse(raced) as { version: number; rev: string };
    const theirs = {
      version,
      rev: 'their-write',
      parent: rev,
      data: {
        ...before,
        items: [
          { ...item, log: [{ id: 'theirs1', kind: 'sent-email', date: '2026-11-27', note: 'theirs' }] },
        ],
      },
    };
    const newValue = JSON.stringify(theirs);
    localStorage.setItem('cc:applications', newValue);
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: 'cc:applications',
        oldValue: replaced,
        newValue,
        storageArea: localStorage,
      }),
    );
    const notes = (value: unknown) =>
      (value as typeof before).items[0]?.log.map((entry) => entry.note).sort();
    expect(notes($applications.get())).toEqual(['mine', 'theirs']);
    // Written back on top of the other tab's write, so that tab gets the entry too.
    expect(notes(savedData('applications'))).toEqual(['mine', 'theirs']);
    expect((JSON.parse(localStorage.getItem('cc:applications')!) as { parent: string }).parent).toBe(
      'their-write',
    );
    unsubscribe();
  });

  it('takes a deletion the other tab made after seeing this tab’s interview', async () => {
    const stores = await loadStores();
    const { $applications, addApplication } = stores.applications;
    const unsubscribe = $applications.listen(() => {});
    addApplication({ company: 'Mine Co.' });
    const seen = localStorage.getItem('cc:applications');
    writeFromAnotherTab('cc:applications', { items: [], activeId: null }, seen);
    expect($applications.get().items).toEqual([]);
    unsubscribe();
  });

  it('re-reads before a change, so a write the event has not announced yet is kept', async () => {
    const stores = await loadStores();
    const { $profile, updateProfile } = stores.profile;
    // The other tab's write is in storage, its event not here yet.
    localStorage.setItem('cc:profile', envelope({ fullName: 'Alice', phone: '', email: '' }));
    updateProfile({ email: 'bob@example.com' });
    expect($profile.get()).toEqual({ fullName: 'Alice', phone: '', email: 'bob@example.com' });
    expect(savedData('profile')).toEqual($profile.get());
  });

  it('keeps edits to two different script texts made in two tabs', async () => {
    const stores = await loadStores();
    const { $applications, addApplication, setScript } = stores.applications;
    const unsubscribe = $applications.listen(() => {});
    const id = addApplication({ company: 'Acme' }).id!;
    const before = $applications.get();
    const raced = localStorage.getItem('cc:applications');
    setScript(id, 'voicemail', 'My voicemail');
    writeFromAnotherTab(
      'cc:applications',
      {
        ...before,
        items: before.items.map((item) => ({ ...item, scripts: { phone: 'Their phone script' } })),
      },
      raced,
    );
    expect($applications.get().items[0]?.scripts).toEqual({
      phone: 'Their phone script',
      voicemail: 'My voicemail',
    });
    unsubscribe();
  });
});
