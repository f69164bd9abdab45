import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  checkImportSize,
  describePersistAnswer,
} from '../../src/lib/storage/my-data-outcomes';
import {
  backupLabel,
  describeProfile,
  describePracticeRuns,
  describeSettings,
  formatSavedAt,
  formatSize,
} from '../../src/lib/storage/my-data-view';
import { MAX_IMPORT_CHARS } from '../../src/lib/limits';
import { DEFAULT_PROFILE } from '../../src/lib/storage/schemas/profile';
import { DEFAULT_PRACTICE } from '../../src/lib/storage/schemas/practice';
import { DEFAULT_SETTINGS } from '../../src/lib/storage/schemas/settings';
import { PRACTICE } from './data-samples';

describe('describeProfile', () => {
  it.each([
    [DEFAULT_PROFILE, 'not filled in'],
    [{ fullName: '  ', phone: '', email: '' }, 'not filled in'],
    [{ fullName: '', phone: '', email: 'ada@example.org' }, 'your email'],
    [{ fullName: 'Ada', phone: '', email: 'ada@example.org' }, 'your name and email'],
    [{ fullName: 'Ada', phone: '555 0100', email: 'ada@example.org' }, 'your name, phone and email'],
  ])('%j → %s', (profile, expected) => {
    expect(describeProfile(profile)).toBe(expected);
  });
});

describe('describePracticeRuns', () => {
  it('says how many runs keep a transcript', () => {
    expect(describePracticeRuns(DEFAULT_PRACTICE)).toBe('each with its time and pace');
    expect(describePracticeRuns(PRACTICE)).toBe(
      'each with its time and pace; 1 with a transcript of what the speech check heard',
    );
  });
});

describe('describeSettings', () => {
  it('calls the first-visit settings the defaults', () => {
    expect(describeSettings(DEFAULT_SETTINGS)).toBe('the defaults');
  });

  it.each([
    [
      { theme: 'dark', sound: false, leadIn: true, targetSeconds: 15, keepTranscripts: true },
      'dark theme, sound off, countdown on, 15-second key-facts target',
    ],
    [
      { ...DEFAULT_SETTINGS, leadIn: false },
      'theme of your device, sound on, countdown off, 10-second key-facts target',
    ],
    [
      { ...DEFAULT_SETTINGS, theme: 'light' },
      'light theme, sound on, countdown on, 10-second key-facts target',
    ],
    [
      { ...DEFAULT_SETTINGS, keepTranscripts: false },
      'theme of your device, sound on, countdown on, 10-second key-facts target, practice transcripts not kept',
    ],
  ] as const)('%j → %s', (settings, expected) => {
    expect(describeSettings(settings)).toBe(expected);
  });
});

describe('backups in words', () => {
  it.each([
    ['progress', 'Lesson progress'],
    ['settings', 'Settings'],
    ['profile', 'Your contact details'],
    ['applications', 'Interviews'],
    ['practice', 'Practice history'],
    ['something-new', 'something-new'],
  ])('names a backup of %s "%s"', (name, label) => {
    expect(backupLabel(name)).toBe(label);
  });

  it.each([
    [0, 'less than 1 KB'],
    [1023, 'less than 1 KB'],
    [1024, '1.0 KB'],
    [4300, '4.2 KB'],
    [317_440, '310 KB'],
    [1_153_434, '1.1 MB'],
    [20 * 1024 * 1024, '20 MB'],
  ])('sizes %i characters as %s', (chars, text) => {
    expect(formatSize(chars)).toBe(text);
  });

  it('gives the time a backup was kept on the given clock, and raw text when it is no date', () => {
    expect(formatSavedAt('2026-11-28T13:45:37.000Z', 'UTC')).toBe('Nov 28, 2026, 1:45 PM');
    expect(formatSavedAt('2026-11-28T13:45:37.000Z', 'Pacific/Auckland')).toBe('Nov 29, 2026, 2:45 AM');
    expect(formatSavedAt('yesterday')).toBe('yesterday');
  });

  it('names a downloaded backup safely for any file system', () => {
    expect(backupFileName('progress', '2026-11-28T13:45:37.000Z')).toBe(
      'callback-coach-backup-progress-2026-11-28T13-45-37.json',
    );
    expect(backupFileName('../etc/passwd', 'a:b/c\\d')).toBe('callback-coach-backup-etc-passwd-a-b-c-d.json');
    expect(backupFileName('', '')).toBe('callback-coach-backup-data-undated.json');
  });
});

describe('checkImportSize', () => {
  it('lets an export-sized file through', () => {
    expect(checkImportSize(0)).toBeNull();
    expect(checkImportSize(MAX_IMPORT_CHARS)).toBeNull();
  });

  it('refuses a larger file, saying how large it is', () => {
    expect(checkImportSize(MAX_IMPORT_CHARS + 1)).toBe(
      'This file is 5.0 MB, too big to be a Callback Coach export: exports are well under 5 MB. Choose the file you exported.',
    );
    expect(checkImportSize(12.34 * 1024 * 1024)).toMatch(/^This file is 12\.3 MB, too big/);
  });
});

describe('describePersistAnswer', () => {
  it.each(['granted', 'not-granted', 'not-offered'] as const)('has a sentence for %s', (answer) => {
    expect(describePersistAnswer(answer)).toMatch(/^[A-Z].+\.$/);
  });

  it('points to export whenever the browser does not promise to keep the data', () => {
    expect(describePersistAnswer('granted')).not.toMatch(/Export/);
    expect(describePersistAnswer('not-granted')).toMatch(/Export your data/);
    expect(describePersistAnswer('not-offered')).toMatch(/Export your data/);
  });
});
