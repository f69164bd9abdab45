import { describe, expect, it } from 'vitest';
import * as application from '../../src/lib/storage/schemas/application';
import * as applications from '../../src/lib/storage/schemas/applications';
import { checkWith, type Check } from '../../src/lib/storage/schemas/check';
import * as practice from '../../src/lib/storage/schemas/practice';
import * as profile from '../../src/lib/storage/schemas/profile';
import { checkProgress, DEFAULT_PROGRESS } from '../../src/lib/storage/schemas/progress';
import { checkSettings, DEFAULT_SETTINGS } from '../../src/lib/storage/schemas/settings';
import { APPLICATION, APPLICATIONS, PRACTICE, PROFILE, PROGRESS, RUN, SETTINGS } from './data-samples';

// Every stored shape as a Check: valibot-backed ones through checkWith, the two
// hand-written ones (progress, settings) as they are.
type GenericSchema<_I, _O> = Check<unknown>;
const { DEFAULT_APPLICATIONS } = applications;
const { DEFAULT_PRACTICE } = practice;
const { DEFAULT_PROFILE } = profile;
const activityEntrySchema = checkWith(application.activityEntrySchema);
const applicationSchema = checkWith(application.applicationSchema);
const applicationsSchema = checkWith(applications.applicationsSchema);
const practiceRunSchema = checkWith(practice.practiceRunSchema);
const practiceSchema = checkWith(practice.practiceSchema);
const profileSchema = checkWith(profile.profileSchema);
const progressSchema = checkProgress;
const settingsSchema = checkSettings as Check<unknown>;

function safeParse(check: Check<unknown>, input: unknown): { success: boolean; output?: unknown } {
  const result = check(input);
  return result.ok ? { success: true, output: result.value } : { success: false };
}

function parse<T>(check: Check<T>, input: unknown): T {
  const result = check(input);
  if (!result.ok) throw new TypeError(result.message);
  return result.value;
}

type Case = [name: string, schema: GenericSchema<unknown, unknown>, valid: unknown];

const SCHEMAS: Case[] = [
  ['profile', profileSchema, PROFILE],
  ['settings', settingsSchema, SETTINGS],
  ['progress', progressSchema, PROGRESS],
  ['practice', practiceSchema, PRACTICE],
  ['practice run', practiceRunSchema, RUN],
  ['applications', applicationsSchema, APPLICATIONS],
  ['application', applicationSchema, APPLICATION],
  ['activity entry', activityEntrySchema, APPLICATION.log[0]],
];

const accepts = (schema: GenericSchema<unknown, unknown>, input: unknown) => safeParse(schema, input).success;

type Path = (string | number)[];

/** Every path to a value inside `value`, leaves and containers alike. */
function pathsOf(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
  const children = Array.isArray(value)
    ? value.map((item, i) => pathsOf(item, [...path, i]))
    : typeof value === 'object' && value !== null
      ? Object.entries(value).map(([key, item]) => pathsOf(item, [...path, key]))
      : [];
  return [...(path.length ? [{ path, value }] : []), ...children.flat()];
}

/** A deep copy of `value` with the value at `path` replaced. */
function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  const [head, ...rest] = path as [string | number, ...Path];
  copy[head] = replaceAt(copy[head], rest, replacement);
  return copy;
}

const jsonType = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
const WRONG_TYPES: unknown[] = [
  null,
  42,
  true,
  'text',
  [],
  {},
  { nested: { junk: [1, [2, [3]]] } },
  [[{ deep: null }]],
];
const NULLABLE = new Set(['activeId', 'paceSince', 'check', 'transcript', 'heardAt']);

describe.each(SCHEMAS)('the %s validator', (name, schema, valid) => {
  it('accepts a valid value unchanged', () => {
    expect(safeParse(schema, structuredClone(valid))).toMatchObject({ success: true, output: valid });
  });

  it.each([null, undefined, 0, -1, 3.14, Number.NaN, '', 'hello', true, false, [], [valid], [1, 2, 3]])(
    'refuses %j in place of the whole value',
    (junk) => expect(accepts(schema, junk)).toBe(false),
  );

  it('refuses a wrong type anywhere inside, however deep', () => {
    for (const { path, value } of pathsOf(valid)) {
      for (const wrong of WRONG_TYPES) {
        if (jsonType(wrong) === jsonType(value)) continue;
        if (wrong === null && NULLABLE.has(String(path.at(-1)))) continue;
        // A null sample of a nullable field says nothing of the type it takes otherwise.
        if (value === null && NULLABLE.has(String(path.at(-1)))) continue;
        expect(
          accepts(schema, replaceAt(valid, path, wrong)),
          `${name} at ${path.join('.')} = ${JSON.stringify(wrong)}`,
        ).toBe(false);
      }
    }
  });

  it('refuses a megabyte string in any text field', () => {
    const huge = 'x'.repeat(1024 * 1024);
    const textPaths = pathsOf(valid).filter(({ value }) => typeof value === 'string');
    expect(textPaths.length).toBeGreaterThan(0);
    for (const { path } of textPaths)
      expect(accepts(schema, replaceAt(valid, path, huge)), path.join('.')).toBe(false);
  });

  it('drops unknown fields, at the top and inside', () => {
    const extra = pathsOf(valid)
      .filter(({ value }) => jsonType(value) === 'object')
      .reduce<unknown>((value, { path }) => replaceAt(value, [...path, 'unknownField'], 'junk'), {
        ...(valid as object),
        extra: [1, 2],
      });
    const result = safeParse(schema, extra);
    expect(result.success).toBe(true);
    expect(result.output).toStrictEqual(valid);
  });

  it('lets no __proto__, constructor or prototype key through, and pollutes nothing', () => {
    const poison =
      '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}';
    const text = JSON.stringify(valid)
      .replace(/\{/g, `{${poison.slice(1, -1)},`)
      .replace(/,\}/g, '}');
    const parsed: unknown = JSON.parse(text);
    expect(Object.hasOwn(parsed as object, '__proto__')).toBe(true);
    const result = safeParse(schema, parsed);
    expect(result.success).toBe(true);
    expect(result.output).toStrictEqual(valid);
    for (const { value } of pathsOf({ root: result.output })) {
      if (typeof value !== 'object' || value === null) continue;
      expect(Object.getPrototypeOf(value)).toBe(Array.isArray(value) ? Array.prototype : Object.prototype);
      for (const key of ['__proto__', 'constructor', 'prototype'])
        expect(Object.hasOwn(value, key)).toBe(false);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('defaults', () => {
  it.each([
    ['profile', profileSchema, DEFAULT_PROFILE],
    ['settings', settingsSchema, DEFAULT_SETTINGS],
    ['progress', progressSchema, DEFAULT_PROGRESS],
    ['practice', practiceSchema, DEFAULT_PRACTICE],
    ['applications', applicationsSchema, DEFAULT_APPLICATIONS],
  ] as const)('an empty %s object reads as the default', (_, schema, fallback) => {
    expect(safeParse(schema, {})).toMatchObject({ success: true, output: fallback });
  });

  it('a default array is a fresh one each time', () => {
    expect(parse(progressSchema, {}).done).not.toBe(parse(progressSchema, {}).done);
  });
});

describe('field rules', () => {
  it.each([
    ['a target of 5 seconds', settingsSchema, { targetSeconds: 5 }, true],
    ['a target of 60 seconds', settingsSchema, { targetSeconds: 60 }, true],
    ['a target of 4 seconds', settingsSchema, { targetSeconds: 4 }, false],
    ['a target of 61 seconds', settingsSchema, { targetSeconds: 61 }, false],
    ['a target of 10.5 seconds', settingsSchema, { targetSeconds: 10.5 }, false],
    ['an unknown theme', settingsSchema, { theme: 'sepia' }, false],
    ['a name of 80 characters', profileSchema, { fullName: 'n'.repeat(80) }, true],
    ['a name of 81 characters', profileSchema, { fullName: 'n'.repeat(81) }, false],
    ['a phone of 31 characters', profileSchema, { phone: '1'.repeat(31) }, false],
    ['an email of 121 characters', profileSchema, { email: 'e'.repeat(121) }, false],
    ['an empty interview date', applicationSchema, { ...APPLICATION, interviewDate: '' }, true],
    [
      '30 February as interview date',
      applicationSchema,
      { ...APPLICATION, interviewDate: '2026-02-30' },
      false,
    ],
    ['a date with a time', applicationSchema, { ...APPLICATION, givenDate: '2026-11-24T10:00' }, false],
    ['an unknown date meaning', applicationSchema, { ...APPLICATION, givenDateMeaning: 'maybe' }, false],
    ['three achievements', applicationSchema, { ...APPLICATION, achievements: ['a', 'b', 'c'] }, false],
    [
      'an achievement of 141 characters',
      applicationSchema,
      { ...APPLICATION, achievements: ['a'.repeat(141)] },
      false,
    ],
    [
      'a script of 4000 characters',
      applicationSchema,
      { ...APPLICATION, scripts: { phone: 's'.repeat(4000) } },
      true,
    ],
    [
      'a script of 4001 characters',
      applicationSchema,
      { ...APPLICATION, scripts: { emailBody: 's'.repeat(4001) } },
      false,
    ],
    ['a company of 81 characters', applicationSchema, { ...APPLICATION, company: 'c'.repeat(81) }, false],
    ['an empty id', applicationSchema, { ...APPLICATION, id: '' }, false],
    ['no id', applicationSchema, { ...APPLICATION, id: undefined }, false],
    [
      'a createdAt that is not a timestamp',
      applicationSchema,
      { ...APPLICATION, createdAt: 'yesterday' },
      false,
    ],
    [
      'a createdAt on 30 February',
      applicationSchema,
      { ...APPLICATION, createdAt: '2026-02-30T10:00:00.000Z' },
      false,
    ],
    [
      'a note of 501 characters',
      activityEntrySchema,
      { ...APPLICATION.log[0], note: 'n'.repeat(501) },
      false,
    ],
    ['an unknown activity kind', activityEntrySchema, { ...APPLICATION.log[0], kind: 'ghosted' }, false],
    ['an entry without a date', activityEntrySchema, { ...APPLICATION.log[0], date: '' }, false],
    ['a negative run length', practiceRunSchema, { ...RUN, seconds: -1 }, false],
    ['an unknown text source', practiceRunSchema, { ...RUN, textSource: 'book' }, false],
    ['a preview of 81 characters', practiceRunSchema, { ...RUN, textPreview: 'p'.repeat(81) }, false],
    ['a slug of 101 characters', progressSchema, { done: ['s'.repeat(101)] }, false],
    ['501 lessons done', progressSchema, { done: Array.from({ length: 501 }, (_, i) => `l${i}`) }, false],
  ] as const)('%s: accepted %s', (_, schema, input, ok) => {
    expect(accepts(schema as GenericSchema<unknown, unknown>, input)).toBe(ok);
  });

  it('keeps a repeated lesson once', () => {
    expect(parse(progressSchema, { done: ['a', 'b', 'a'] })).toEqual({ done: ['a', 'b'], answers: {} });
  });

  it('keeps script parts the user never edited absent, not undefined', () => {
    expect(Object.keys(parse(applicationSchema, APPLICATION).scripts)).toEqual(['voicemail', 'emailSubject']);
  });

  it('keeps only the newest 50 practice runs, by time', () => {
    const runs = Array.from({ length: 60 }, (_, i) => ({
      ...RUN,
      id: `r${i}`,
      at: new Date(Date.UTC(2026, 0, 60 - i)).toISOString(),
    }));
    const kept = parse(practiceSchema, { runs }).runs;
    expect(kept).toHaveLength(50);
    expect(kept.map((run) => run.id)).toEqual(
      runs
        .slice(0, 50)
        .map((run) => run.id)
        .reverse(),
    );
  });

  it('reads an active id naming no application as none', () => {
    expect(parse(applicationsSchema, { ...APPLICATIONS, activeId: 'gone' }).activeId).toBeNull();
  });

  it.each([
    ['two interviews with one id', { items: [APPLICATION, APPLICATION], activeId: null }],
    [
      'two log entries with one id',
      { items: [{ ...APPLICATION, log: [APPLICATION.log[0], APPLICATION.log[0]] }], activeId: null },
    ],
  ])('refuses %s', (_, value) => expect(accepts(applicationsSchema, value)).toBe(false));
});
