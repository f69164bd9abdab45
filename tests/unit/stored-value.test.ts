import { describe, expect, it } from 'vitest';
import { number, object } from 'valibot';
import { checkWith } from '../../src/lib/storage/schemas/check';
import { MAX_STORED_CHARS } from '../../src/lib/page-limits';
import { applicationsSpec } from '../../src/lib/storage/schemas/applications';
import { practiceSpec } from '../../src/lib/storage/schemas/practice';
import { profileSpec } from '../../src/lib/storage/schemas/profile';
import { progressSpec } from '../../src/lib/storage/schemas/progress';
import { settingsSpec } from '../../src/lib/storage/schemas/settings';
import {
  decodeStored,
  encodeStored,
  migrateData,
  upgradeData,
  type StoredSpec,
} from '../../src/lib/storage/stored-value';
import { APPLICATIONS, PRACTICE, PROFILE, PROGRESS, SETTINGS } from './data-samples';
import { envelope } from './storage-doubles';

const SPECS: [string, StoredSpec<unknown>, unknown][] = [
  ['profile', profileSpec, PROFILE],
  ['settings', settingsSpec, SETTINGS],
  ['progress', progressSpec, PROGRESS],
  ['practice', practiceSpec, PRACTICE],
  ['applications', applicationsSpec, APPLICATIONS],
];

describe.each(SPECS)('the stored %s value', (_, spec, sample) => {
  it('has one migration per version bump', () => {
    expect(spec.migrations).toHaveLength(spec.version);
  });

  it('round-trips through its envelope, with the stamp of the write', () => {
    const raw = encodeStored(sample, spec.version, { rev: 'r2', parent: 'r1' });
    expect(JSON.parse(raw)).toEqual({ version: spec.version, rev: 'r2', parent: 'r1', data: sample });
    expect(decodeStored(raw, spec)).toStrictEqual({ value: sample, stamp: { rev: 'r2', parent: 'r1' } });
  });

  it('names a value written without a stamp by a hash of its text', () => {
    const raw = encodeStored(sample, spec.version);
    expect(JSON.parse(raw)).toEqual({ version: spec.version, data: sample });
    const { stamp } = decodeStored(raw, spec);
    expect(stamp).toStrictEqual({ rev: expect.stringMatching(/^h[0-9a-z]+:\d+$/) as unknown });
    expect(decodeStored(raw, spec).stamp).toEqual(stamp);
    expect(decodeStored(` ${raw}`, spec).stamp).not.toEqual(stamp);
  });

  it('reads nothing stored as the default, with no problem', () => {
    expect(decodeStored(undefined, spec)).toStrictEqual({ value: spec.fallback });
    expect(decodeStored(null, spec)).toStrictEqual({ value: spec.fallback });
  });

  it.each(['', '{', '{"version":1,"data":', 'undefined', 'NaN', "{'version':1}"])(
    'calls %j corrupt',
    (raw) => {
      expect(decodeStored(raw, spec)).toStrictEqual({ value: spec.fallback, problem: 'corrupt' });
    },
  );

  it.each([
    ['a version that is text', '{"version":"1","data":{}}'],
    ['version 0 in an envelope', '{"version":0,"data":{}}'],
    ['a fractional version', '{"version":1.5,"data":{}}'],
    ['a negative version', '{"version":-1,"data":{}}'],
    ['an envelope without data', '{"version":1}'],
    ['data of the wrong type', envelope('text')],
    ['data that is null', envelope(null)],
    ['a number alone', '42'],
    ['null alone', 'null'],
  ])('calls %s invalid', (_, raw) => {
    expect(decodeStored(raw, spec)).toStrictEqual({ value: spec.fallback, problem: 'invalid' });
  });

  it('refuses a raw value over the size cap as invalid, even a well-formed one', () => {
    const padded = JSON.stringify({
      version: spec.version,
      data: sample,
      padding: 'x'.repeat(MAX_STORED_CHARS),
    });
    expect(decodeStored(padded, spec)).toStrictEqual({ value: spec.fallback, problem: 'invalid' });
  });

  it('calls a newer version too new', () => {
    expect(decodeStored(encodeStored(sample, spec.version + 1), spec)).toStrictEqual({
      value: spec.fallback,
      problem: 'too-new',
    });
  });

  it('drops unknown fields of the envelope and of the data', () => {
    const data = JSON.stringify(sample).replace('{', '{"extra":1,"__proto__":{"polluted":true},');
    const raw = `{"__proto__":{"polluted":true},"note":"x","version":${spec.version},"data":${data}}`;
    expect(decodeStored(raw, spec).value).toStrictEqual(sample);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('survives deeply nested junk', () => {
    const deep = `{"version":1,"data":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(decodeStored(deep, spec).problem).toBe('invalid');
  });
});

describe('migration machinery', () => {
  const spec: StoredSpec<{ n: number }> = {
    version: 3,
    check: checkWith(object({ n: number() })),
    fallback: { n: 0 },
    migrations: [(d) => ({ step0: d }), (d) => ({ step1: d }), (d) => ({ step2: d })],
  };

  it.each([
    [0, { step2: { step1: { step0: 'x' } } }],
    [1, { step2: { step1: 'x' } }],
    [2, { step2: 'x' }],
    [3, 'x'],
  ])('runs the migrations from version %i up to the current one, in order', (from, expected) => {
    expect(migrateData('x', from, spec)).toEqual({ ok: true, data: expected });
  });

  it('reports a migration that throws, or one that is missing', () => {
    const throwing = {
      ...spec,
      migrations: [
        () => {
          throw new Error('no');
        },
      ],
    };
    expect(migrateData('x', 0, throwing)).toEqual({ ok: false });
    expect(migrateData('x', 1, throwing)).toEqual({ ok: false });
    expect(upgradeData('x', 0, throwing)).toEqual({ value: { n: 0 }, problem: 'invalid' });
  });
});
