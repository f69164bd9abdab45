import { describe, expect, it } from 'vitest';
import { describeData } from '../../src/lib/storage/describe-data';
import { buildExport, EXPORT_TYPE, EXPORT_VERSION, type DataSnapshot } from '../../src/lib/storage/export';
import { parseImport } from '../../src/lib/storage/import';
import { MAX_IMPORT_CHARS } from '../../src/lib/limits';
import { DEFAULT_APPLICATIONS } from '../../src/lib/storage/schemas/applications';
import { DEFAULT_PRACTICE } from '../../src/lib/storage/schemas/practice';
import { DEFAULT_PROFILE } from '../../src/lib/storage/schemas/profile';
import { DEFAULT_PROGRESS } from '../../src/lib/storage/schemas/progress';
import { DEFAULT_SETTINGS } from '../../src/lib/storage/schemas/settings';
import { APPLICATION, APPLICATIONS, PRACTICE, PROFILE, RUN, SNAPSHOT } from './data-samples';

const LESSONS = [
  'when-to-call',
  'prepare-your-script',
  'leave-a-voicemail',
  'email-instead',
  'tone-of-voice',
  'after-the-call',
];
const NOW = new Date('2026-11-28T13:45:00.000Z');
const EMPTY: DataSnapshot = {
  profile: DEFAULT_PROFILE,
  applications: DEFAULT_APPLICATIONS,
  practice: DEFAULT_PRACTICE,
  progress: DEFAULT_PROGRESS,
  settings: DEFAULT_SETTINGS,
};

/** An export file's text with its data replaced or extended. */
const fileWith = (data: object, version: unknown = EXPORT_VERSION) =>
  JSON.stringify({ type: EXPORT_TYPE, version, exportedAt: NOW.toISOString(), data });

const errorOf = (text: string) => {
  const result = parseImport(text);
  return result.ok ? null : result.error;
};

describe('buildExport', () => {
  it('writes type, version, time and every part', () => {
    expect(buildExport(SNAPSHOT, NOW)).toEqual({
      type: 'callback-coach-data',
      version: 2,
      exportedAt: '2026-11-28T13:45:00.000Z',
      data: SNAPSHOT,
    });
  });

  it('leaves out anything that is not one of the five parts', () => {
    const withExtra = { ...SNAPSHOT, secret: 'x' } as DataSnapshot;
    expect(Object.keys(buildExport(withExtra, NOW).data)).toEqual([
      'profile',
      'applications',
      'practice',
      'progress',
      'settings',
    ]);
  });
});

describe('export → import', () => {
  it.each([
    ['everything filled in', SNAPSHOT],
    ['nothing stored yet', EMPTY],
  ])('gives back the original data: %s', (_, snapshot) => {
    const text = JSON.stringify(buildExport(snapshot, NOW), null, 2);
    const result = parseImport(text);
    expect(result).toStrictEqual({
      ok: true,
      kind: 'export',
      data: snapshot,
    });
  });
});

describe('parseImport', () => {
  it.each([
    ['not JSON', 'hello, world', 'This file is not a Callback Coach export: it is not a JSON file.'],
    ['empty', '', 'This file is not a Callback Coach export: it is not a JSON file.'],
    [
      'JSON of another kind',
      '{"name":"my-package","version":"1.0.0"}',
      'This file is not a Callback Coach export or backup.',
    ],
    ['an array', '[1,2,3]', 'This file is not a Callback Coach export or backup.'],
    [
      'of another type',
      JSON.stringify({ type: 'other-app-data', version: 1, data: {} }),
      'This file is not a Callback Coach export or backup.',
    ],
    [
      'without a version',
      JSON.stringify({ type: EXPORT_TYPE, data: {} }),
      'This file is not a Callback Coach export: its version number is missing.',
    ],
    [
      'with a version in words',
      fileWith({}, 'one'),
      'This file is not a Callback Coach export: its version number is missing.',
    ],
    [
      'from a newer version',
      fileWith({}, EXPORT_VERSION + 1),
      'This file comes from a newer version of Callback Coach. Reload this page to get the newest version, then import the file again.',
    ],
    [
      'without data',
      JSON.stringify({ type: EXPORT_TYPE, version: 1 }),
      'This file is a Callback Coach export with no data in it.',
    ],
    [
      'with data that is a list',
      JSON.stringify({ type: EXPORT_TYPE, version: 1, data: [] }),
      'This file is a Callback Coach export with no data in it.',
    ],
    [
      'too big',
      ' '.repeat(MAX_IMPORT_CHARS + 1),
      'This file is too big to be a Callback Coach export: exports are well under 5 MB.',
    ],
  ])('refuses a file %s', (_, text, error) => {
    expect(errorOf(text)).toBe(error);
  });

  it.each([
    [
      'an application whose company is too long',
      {
        applications: {
          ...APPLICATIONS,
          items: [APPLICATION, { ...APPLICATION, id: 'b', company: 'c'.repeat(95) }],
        },
      },
      'The interview list in this file is not valid: interview 2, company is 95 characters long; the most is 80.',
    ],
    [
      'an application without an id',
      { applications: { items: [{ ...APPLICATION, id: undefined }] } },
      'The interview list in this file is not valid: interview 1, id is missing.',
    ],
    [
      'an activity of an unknown kind',
      { applications: { items: [{ ...APPLICATION, log: [{ ...APPLICATION.log[0], kind: 'ghosted' }] }] } },
      'The interview list in this file is not valid: interview 1, activity entry 1, kind has a value this version does not know ("ghosted").',
    ],
    [
      'two applications with one id',
      { applications: { items: [APPLICATION, APPLICATION] } },
      'The interview list in this file is not valid: two interviews share one id.',
    ],
    [
      'an interview list that is text',
      { applications: 'lots' },
      'The interview list in this file is not valid: it should be an object.',
    ],
    [
      'a bad interview date',
      { applications: { items: [{ ...APPLICATION, interviewDate: '17/11/2026' }] } },
      'The interview list in this file is not valid: interview 1, interview date should be a date written YYYY-MM-DD, or empty.',
    ],
    [
      'a profile with a number for a name',
      { profile: { ...PROFILE, fullName: 42 } },
      'The contact details in this file are not valid: full name should be text.',
    ],
    [
      'a practice run with text for seconds',
      { practice: { runs: [{ ...RUN, seconds: 'ten' }] } },
      'The practice history in this file is not valid: practice run 1, seconds should be a number.',
    ],
    [
      'progress with a number for a lesson',
      { progress: { done: [3] } },
      'The lesson progress in this file is not valid: lesson 1 should be text.',
    ],
    [
      'settings with a 90-second target',
      { settings: { targetSeconds: 90 } },
      'The settings in this file are not valid: target seconds should be a whole number of seconds from 5 to 60.',
    ],
    [
      'settings with sound "loud"',
      { settings: { sound: 'loud' } },
      'The settings in this file are not valid: sound should be true or false.',
    ],
    [
      'too many achievements',
      { applications: { items: [{ ...APPLICATION, achievements: ['a', 'b', 'c'] }] } },
      'The interview list in this file is not valid: interview 1, the list of achievements has too many entries; the most is 2.',
    ],
  ])('names what is wrong with %s', (_, data, error) => {
    expect(errorOf(fileWith({ ...SNAPSHOT, ...data }))).toBe(error);
  });

  it('drops unknown keys, __proto__ among them, at every level', () => {
    const text = fileWith(SNAPSHOT)
      .replace(/\{/g, '{"__proto__":{"polluted":1},"unknown":"x",')
      .replace(/,\}/g, '}');
    expect(Object.hasOwn(JSON.parse(text) as object, '__proto__')).toBe(true);
    const result = parseImport(text);
    expect(result).toMatchObject({ ok: true, data: SNAPSHOT });
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('reads a part missing from the file as empty', () => {
    const result = parseImport(fileWith({ profile: PROFILE }));
    expect(result).toMatchObject({ ok: true, data: { ...EMPTY, profile: PROFILE } });
  });

  it('migrates a version 0 export (the prototype, parts unversioned)', () => {
    const v0 = fileWith(
      {
        profile: PROFILE,
        applications: [APPLICATION],
        practice: [RUN],
        progress: ['when-to-call'],
        settings: 'dark',
      },
      0,
    );
    expect(parseImport(v0)).toMatchObject({
      ok: true,
      data: {
        profile: PROFILE,
        applications: { items: [APPLICATION], activeId: APPLICATION.id },
        practice: { runs: [RUN], paceSince: null },
        progress: { done: ['when-to-call'] },
        settings: { ...DEFAULT_SETTINGS, theme: 'dark' },
      },
    });
  });
});

describe('describeData', () => {
  it.each([
    ['nothing', EMPTY, '0 interviews, 0 practice runs, 0 of 6 lessons done'],
    ['everything', SNAPSHOT, '2 interviews (1 archived), 2 practice runs, 2 of 6 lessons done'],
    [
      'one of each',
      {
        ...EMPTY,
        applications: { items: [APPLICATION], activeId: null },
        practice: { ...PRACTICE, runs: [RUN] },
        progress: { done: ['tone-of-voice'], answers: {} },
      },
      '1 interview, 1 practice run, 1 of 6 lessons done',
    ],
    [
      'a lesson no longer in the course',
      { ...EMPTY, progress: { done: ['old-lesson', 'when-to-call'], answers: {} } },
      '0 interviews, 0 practice runs, 1 of 6 lessons done',
    ],
  ])('counts %s', (_, data, text) => {
    expect(describeData(data, LESSONS)).toBe(text);
  });
});
