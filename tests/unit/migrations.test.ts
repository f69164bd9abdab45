import { describe, expect, it } from 'vitest';
import { applicationsSpec } from '../../src/lib/storage/schemas/applications';
import { practiceSpec } from '../../src/lib/storage/schemas/practice';
import { profileSpec } from '../../src/lib/storage/schemas/profile';
import { progressSpec } from '../../src/lib/storage/schemas/progress';
import { DEFAULT_SETTINGS, settingsSpec } from '../../src/lib/storage/schemas/settings';
import { decodeStored, type StoredSpec } from '../../src/lib/storage/stored-value';
import { APPLICATION, PRACTICE, PROFILE, PROGRESS, RUN, SETTINGS } from './data-samples';

/** Version 0 is what the prototype stored: no envelope, so the raw text is the data itself. */
describe('version 0 (the prototype, unversioned) → version 1', () => {
  it.each<[string, StoredSpec<unknown>, unknown, unknown]>([
    [
      'progress as a bare array of slugs',
      progressSpec,
      ['when-to-call', 'prepare-your-script'],
      { done: PROGRESS.done, answers: {} },
    ],
    ['progress already shaped as an object', progressSpec, PROGRESS, PROGRESS],
    ['settings as the theme name alone', settingsSpec, 'dark', { ...DEFAULT_SETTINGS, theme: 'dark' }],
    ['settings as an unversioned object', settingsSpec, SETTINGS, SETTINGS],
    ['a profile, unversioned', profileSpec, PROFILE, PROFILE],
    [
      'one lone application',
      applicationsSpec,
      APPLICATION,
      { items: [APPLICATION], activeId: APPLICATION.id },
    ],
    [
      'a bare array of applications',
      applicationsSpec,
      [APPLICATION],
      { items: [APPLICATION], activeId: APPLICATION.id },
    ],
    ['an empty array of applications', applicationsSpec, [], { items: [], activeId: null }],
    ['practice as a bare array of runs', practiceSpec, [RUN], { runs: [RUN], paceSince: null }],
    ['practice already shaped as an object', practiceSpec, PRACTICE, PRACTICE],
  ])('migrates %s', (_, spec, v0, v1) => {
    const decoded = decodeStored(JSON.stringify(v0), spec);
    expect(decoded.problem).toBeUndefined();
    expect(decoded.value).toStrictEqual(v1);
  });

  it('migrates version 1 progress (lessons done only) to version 2, keeping every lesson done', () => {
    const v1 = JSON.stringify({ version: 1, data: { done: ['when-to-call', 'tone-of-voice'] } });
    expect(decodeStored(v1, progressSpec).value).toStrictEqual({
      done: ['when-to-call', 'tone-of-voice'],
      answers: {},
    });
  });

  it('keeps the answers to questions, drops keys that are no question id, and refuses a bad answer', () => {
    const stored = (answers: object) =>
      decodeStored(JSON.stringify({ version: 2, data: { done: [], answers } }), progressSpec);
    expect(stored({ 'when-to-call/decide-by': 'tuesday', unknown: 'x' }).value).toStrictEqual({
      done: [],
      answers: { 'when-to-call/decide-by': 'tuesday' },
    });
    for (const bad of [3, 'Not An Id', 'x'.repeat(61), null])
      expect(stored({ 'when-to-call/decide-by': bad }), String(bad)).toStrictEqual({
        value: progressSpec.fallback,
        problem: 'invalid',
      });
  });

  it.each<[string, StoredSpec<unknown>, unknown]>([
    ['progress holding numbers', progressSpec, [1, 2]],
    ['settings naming an unknown theme', settingsSpec, 'sepia'],
    ['applications without ids', applicationsSpec, [{ company: 'Acme' }]],
    ['practice runs of junk', practiceSpec, [{ seconds: 'ten' }]],
    ['a profile that is a number', profileSpec, 7],
  ])('refuses %s after migrating, as invalid', (_, spec, v0) => {
    expect(decodeStored(JSON.stringify(v0), spec)).toStrictEqual({
      value: spec.fallback,
      problem: 'invalid',
    });
  });

  it.each([progressSpec, settingsSpec, profileSpec, applicationsSpec, practiceSpec] as StoredSpec<unknown>[])(
    'never throws on junk of any type',
    (spec) => {
      for (const junk of [null, 0, 'x', true, [], {}, [[]], [null], { items: 3 }]) {
        expect(() => spec.migrations[0]?.(junk)).not.toThrow();
      }
    },
  );
});
