import { describe, expect, it } from 'vitest';
import { practiceSpec } from '../../src/lib/storage/schemas/practice';
import { decodeStored } from '../../src/lib/storage/stored-value';

const v1Run = (id: string, seconds: number, wordsPerMinute: number, fit: boolean) => ({
  id,
  at: `2026-11-2${id}T10:00:00.000Z`,
  seconds,
  wordsPerMinute,
  fit,
  textSource: 'sample',
  textPreview: 'Hi Ms. Alvarez',
});

describe('practice version 1 → 2', () => {
  it('keeps every run, marks an implausible pace as unscored, and adds no speech check', () => {
    const raw = JSON.stringify({
      version: 1,
      data: {
        runs: [v1Run('1', 36.9, 125, true), v1Run('2', 9.7, 562, true), v1Run('3', 300, 20, true)],
        paceSince: null,
      },
    });
    const { value, problem } = decodeStored(raw, practiceSpec);
    expect(problem).toBeUndefined();
    expect(value.runs.map((run) => [run.id, run.outcome, run.fit, run.check])).toEqual([
      ['1', 'complete', true, null],
      ['2', 'too-fast', false, null], // the early stop of issue 16 no longer counts as a pass
      ['3', 'too-slow', false, null],
    ]);
  });

  it('refuses a version 2 run without an outcome', () => {
    const { value, problem } = decodeStored(
      JSON.stringify({ version: 2, data: { runs: [{ ...v1Run('1', 30, 140, true), check: null }] } }),
      practiceSpec,
    );
    expect(problem).toBe('invalid');
    expect(value.runs).toEqual([]);
  });
});
