/**
 * The phases of one practice run, from `performance.now()` timestamps passed in.
 *
 * idle → (Start) → lead-in, a 3-2-1 countdown → running → (Stop) → stopped.
 * The run starts at the planned end of the countdown, not when a timer or a frame
 * notices it, so a late timer (a hidden tab throttles them) never shortens the run.
 * Stopping during the countdown cancels the run.
 */
import { elapsedSeconds } from './clock';

/** Length of the 3-2-1 countdown, in milliseconds. */
export const LEAD_IN_MS = 3000;

/** Oldest an input event's timestamp may be and still be trusted as the press's time. */
export const MAX_INPUT_LAG_MS = 1000;

/** Shortest run saved: anything quicker is a double press, not a reading. */
export const MIN_RUN_SECONDS = 1;

/** Where a run is; timestamps are `performance.now()` milliseconds. */
export type RunPhase =
  | { kind: 'idle' }
  | { kind: 'lead-in'; startsAt: number; targetSeconds: number }
  | { kind: 'running'; startsAt: number; targetSeconds: number }
  | { kind: 'stopped'; seconds: number; targetSeconds: number };

/** What the clock shows at an instant. */
export type RunView =
  | { kind: 'idle' }
  | { kind: 'lead-in'; count: number }
  | { kind: 'running' | 'stopped'; seconds: number; targetSeconds: number };

/**
 * When the user pressed: the input event's `timeStamp` (same clock as `performance.now()`),
 * so a busy page handling the press late does not stretch or shrink the run; `now`
 * when the event has no usable timestamp (an old browser's epoch time, a test clock).
 */
export function pressTime(eventTimeStamp: number | undefined, now: number): number {
  if (eventTimeStamp === undefined || !Number.isFinite(eventTimeStamp) || eventTimeStamp <= 0) return now;
  const lag = now - eventTimeStamp;
  return lag >= 0 && lag < MAX_INPUT_LAG_MS ? eventTimeStamp : now;
}

/** The phase Start leads to: a countdown when `leadIn` is on, else the run itself. */
export function startPhase(
  now: number,
  options: { leadIn: boolean; targetSeconds: number },
): Extract<RunPhase, { kind: 'lead-in' | 'running' }> {
  const { leadIn, targetSeconds } = options;
  return leadIn
    ? { kind: 'lead-in', startsAt: now + LEAD_IN_MS, targetSeconds }
    : { kind: 'running', startsAt: now, targetSeconds };
}

/** The phase at `now`: a countdown that has run out has become the run. */
export function advancePhase(phase: RunPhase, now: number): RunPhase {
  return phase.kind === 'lead-in' && now >= phase.startsAt ? { ...phase, kind: 'running' } : phase;
}

/** The phase Stop leads to: idle from a countdown (cancelled), stopped from a run. */
export function stopPhase(phase: RunPhase, now: number): RunPhase {
  const current = advancePhase(phase, now);
  if (current.kind === 'lead-in') return { kind: 'idle' };
  if (current.kind !== 'running') return current;
  const seconds = elapsedSeconds(current.startsAt, now);
  return { kind: 'stopped', seconds, targetSeconds: current.targetSeconds };
}

/** Whether Start or Stop is what the button does now. */
export function isActive(phase: RunPhase): boolean {
  return phase.kind === 'lead-in' || phase.kind === 'running';
}

/** What the clock shows at `now`: the countdown's number (3, 2, 1) or the seconds run. */
export function viewAt(phase: RunPhase, now: number): RunView {
  const current = advancePhase(phase, now);
  switch (current.kind) {
    case 'idle':
      return current;
    case 'lead-in':
      return {
        kind: 'lead-in',
        count: Math.min(LEAD_IN_MS / 1000, Math.max(1, Math.ceil((current.startsAt - now) / 1000))),
      };
    case 'running':
      return {
        kind: 'running',
        seconds: elapsedSeconds(current.startsAt, now),
        targetSeconds: current.targetSeconds,
      };
    case 'stopped':
      return current;
  }
}

/** Whether a stopped run is long enough to save and to measure a pace from. */
export function isCountableRun(seconds: number): boolean {
  return Number.isFinite(seconds) && seconds >= MIN_RUN_SECONDS;
}
