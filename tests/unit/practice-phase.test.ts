import { describe, expect, it } from 'vitest';
import {
  LEAD_IN_MS,
  advancePhase,
  isActive,
  isCountableRun,
  pressTime,
  startPhase,
  stopPhase,
  viewAt,
  type RunPhase,
} from '../../src/lib/practice/phase';

const T0 = 1000.25; // performance.now() rarely starts at a round number

describe('startPhase', () => {
  it('counts down first when the lead-in is on, the run starting when it ends', () =>
    expect(startPhase(T0, { leadIn: true, targetSeconds: 10 })).toEqual({
      kind: 'lead-in',
      startsAt: T0 + LEAD_IN_MS,
      targetSeconds: 10,
    }));

  it('runs at once without the lead-in', () =>
    expect(startPhase(T0, { leadIn: false, targetSeconds: 15 })).toEqual({
      kind: 'running',
      startsAt: T0,
      targetSeconds: 15,
    }));
});

describe('viewAt', () => {
  const leadIn = startPhase(T0, { leadIn: true, targetSeconds: 10 });
  it.each([
    [0, 3],
    [1, 3],
    [999, 3],
    [1000, 2],
    [2500, 1],
    [2999, 1],
  ])('%i ms into the countdown shows %i', (ms, count) =>
    expect(viewAt(leadIn, T0 + ms)).toEqual({ kind: 'lead-in', count }),
  );

  it('never counts more than 3 from a frame time older than the press', () =>
    expect(viewAt(leadIn, 0)).toEqual({ kind: 'lead-in', count: 3 }));

  it.each([
    [LEAD_IN_MS, 0],
    [LEAD_IN_MS + 9500, 9.5],
    [LEAD_IN_MS + 12_300, 12.3],
  ])('%i ms after Start with the lead-in, the run has lasted %f s', (ms, seconds) => {
    const view = viewAt(leadIn, T0 + ms);
    expect(view.kind).toBe('running');
    expect(view.kind === 'running' && view.seconds).toBeCloseTo(seconds, 9);
  });

  it('shows a stopped run as it ended, whenever asked', () => {
    const stopped: RunPhase = { kind: 'stopped', seconds: 9.5, targetSeconds: 10 };
    expect(viewAt(stopped, T0 + 1e9)).toEqual(stopped);
    expect(viewAt({ kind: 'idle' }, T0)).toEqual({ kind: 'idle' });
  });
});

describe('stopPhase', () => {
  it('measures the run from timestamps, however late the frames were', () => {
    const running = startPhase(T0, { leadIn: false, targetSeconds: 10 });
    const stopped = stopPhase(running, T0 + 9500);
    expect(stopped).toMatchObject({ kind: 'stopped', targetSeconds: 10 });
    expect(stopped.kind === 'stopped' && stopped.seconds).toBeCloseTo(9.5, 9);
  });

  it('keeps going past the target: a 12 s run is 12 s', () => {
    const stopped = stopPhase(startPhase(T0, { leadIn: false, targetSeconds: 10 }), T0 + 12_000);
    expect(stopped.kind === 'stopped' && stopped.seconds).toBeCloseTo(12, 9);
  });

  it('cancels during the countdown', () =>
    expect(stopPhase(startPhase(T0, { leadIn: true, targetSeconds: 10 }), T0 + 2000)).toEqual({
      kind: 'idle',
    }));

  it('times from the countdown’s end when no timer has moved it on yet (a hidden tab)', () => {
    const stopped = stopPhase(startPhase(T0, { leadIn: true, targetSeconds: 10 }), T0 + LEAD_IN_MS + 60_000);
    expect(stopped.kind === 'stopped' && stopped.seconds).toBeCloseTo(60, 9);
  });

  it.each<RunPhase>([{ kind: 'idle' }, { kind: 'stopped', seconds: 3, targetSeconds: 10 }])(
    'leaves %o alone',
    (phase) => expect(stopPhase(phase, T0)).toEqual(phase),
  );
});

describe('advancePhase and isActive', () => {
  const leadIn = startPhase(T0, { leadIn: true, targetSeconds: 10 });
  it('turns the countdown into the run at its end, not before', () => {
    expect(advancePhase(leadIn, T0 + LEAD_IN_MS - 1)).toBe(leadIn);
    expect(advancePhase(leadIn, T0 + LEAD_IN_MS)).toEqual({ ...leadIn, kind: 'running' });
  });
  it.each<[RunPhase, boolean]>([
    [{ kind: 'idle' }, false],
    [leadIn, true],
    [{ ...leadIn, kind: 'running' }, true],
    [{ kind: 'stopped', seconds: 1, targetSeconds: 10 }, false],
  ])('%o is active: %s', (phase, active) => expect(isActive(phase)).toBe(active));
});

describe('isCountableRun', () => {
  it.each([
    [0, false],
    [0.4, false],
    [0.999, false],
    [1, true],
    [9.5, true],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
  ])('%f s counts: %s', (seconds, counts) => expect(isCountableRun(seconds)).toBe(counts));
});

describe('pressTime', () => {
  it.each<[string, number | undefined, number]>([
    ['the event’s own time when it is recent', 9_980, 9_980],
    ['the event’s time when the page was busy for most of a second', 9_050, 9_050],
    ['now when the event has no timestamp', undefined, 10_000],
    ['now for a zero timestamp', 0, 10_000],
    ['now for an epoch timestamp from an old browser', 1.7e12, 10_000],
    ['now for a timestamp over a second old (another clock)', 8_000, 10_000],
    ['now for a timestamp in the future (a test clock)', 10_500, 10_000],
    ['now for a broken timestamp', Number.NaN, 10_000],
  ])('takes %s', (_, stamp, expected) => expect(pressTime(stamp, 10_000)).toBe(expected));
});
