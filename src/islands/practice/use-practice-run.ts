import { useEffect, useRef, useState } from 'preact/hooks';
import {
  STARTED_MESSAGE,
  resultMessage,
  targetReachedMessage,
  tooShortMessage,
} from '../../lib/practice/messages';
import {
  isActive,
  isCountableRun,
  pressTime,
  startPhase,
  stopPhase,
  type RunPhase,
} from '../../lib/practice/phase';
import { summariseRun, type RunSummary } from '../../lib/practice/run';
import type { TextSource } from '../../lib/storage/schemas/practice';
import { recordRun } from '../../stores/practice';
import type { Recording } from './use-recording';
import { createTonePlayer, type TonePlayer } from './tone';
import { holdWakeLock } from './wake-lock';

/** The text a run reads. */
export interface RunText {
  text: string;
  keyFactsEndIndex: number;
  source: TextSource;
}

/** What a stopped run measured, and whether it was saved. */
export interface RunResult {
  summary: RunSummary;
  targetSeconds: number;
  isSaved: boolean;
}

interface Options {
  /** The text to read, or `null` before it is known (Start does nothing then). */
  text: RunText | null;
  leadIn: boolean;
  sound: boolean;
  targetSeconds: number;
  recording: Pick<Recording, 'begin' | 'end' | 'cancel'>;
}

/** Seconds kept to the millisecond when saved. */
const toMilliseconds = (seconds: number) => Math.round(seconds * 1000) / 1000;

/**
 * One practice run at a time: Start, the countdown, Stop, the result and its saving.
 * The status message changes at most three times a run: started, target, result.
 */
export function usePracticeRun(options: Options) {
  const [phase, setPhase] = useState<RunPhase>({ kind: 'idle' });
  const [status, setStatus] = useState('');
  const [result, setResult] = useState<RunResult | null>(null);
  const current = useRef(phase);
  const latest = useRef(options);
  latest.current = options;
  const run = useRef<{ text: RunText; sound: boolean } | null>(null);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  const releaseWakeLock = useRef<() => void>(() => {});
  const tone = useRef<TonePlayer | null>(null);

  const update = (next: RunPhase) => {
    current.current = next;
    setPhase(next);
  };
  const endSideEffects = () => {
    for (const timer of timers.current.splice(0)) clearTimeout(timer);
    releaseWakeLock.current();
    releaseWakeLock.current = () => {};
  };
  useEffect(
    () => () => {
      endSideEffects();
      latest.current.recording.cancel();
      tone.current?.close();
    },
    [],
  );

  const start = (eventTimeStamp?: number) => {
    const { text, leadIn, sound, targetSeconds, recording } = latest.current;
    if (!text) return;
    const now = performance.now();
    const next = startPhase(pressTime(eventTimeStamp, now), { leadIn, targetSeconds });
    run.current = { text, sound };
    update(next);
    setResult(null);
    setStatus(next.kind === 'running' ? STARTED_MESSAGE : '');
    releaseWakeLock.current = holdWakeLock();
    if (sound) (tone.current ??= createTonePlayer()).prime(); // inside the gesture
    recording.begin();
    const startsIn = next.startsAt - now;
    if (next.kind === 'lead-in') {
      timers.current.push(
        setTimeout(() => {
          const phaseNow = current.current;
          if (phaseNow.kind !== 'lead-in') return;
          update({ ...phaseNow, kind: 'running' });
          setStatus(STARTED_MESSAGE);
        }, startsIn),
      );
    }
    timers.current.push(
      setTimeout(
        () => {
          setStatus(targetReachedMessage(targetSeconds));
          if (run.current?.sound) tone.current?.play();
        },
        startsIn + targetSeconds * 1000,
      ),
    );
  };

  const stop = (eventTimeStamp?: number) => {
    const next = stopPhase(current.current, pressTime(eventTimeStamp, performance.now()));
    const { recording } = latest.current;
    endSideEffects();
    if (next.kind === 'idle') {
      recording.cancel();
      setStatus('');
      return update(next);
    }
    if (next.kind !== 'stopped' || !run.current) return;
    // The clock shows exactly what is saved: both to the millisecond.
    const seconds = toMilliseconds(next.seconds);
    update({ ...next, seconds });
    recording.end();
    const { text, keyFactsEndIndex } = run.current.text;
    const summary = summariseRun({ text, keyFactsEndIndex, seconds, targetSeconds: next.targetSeconds });
    const isSaved = isCountableRun(seconds) && save(summary, run.current.text);
    setResult({ summary, targetSeconds: next.targetSeconds, isSaved });
    setStatus(
      isCountableRun(seconds) ? resultMessage(summary, next.targetSeconds) : tooShortMessage(seconds),
    );
  };

  /** Start or Stop, timed from the press (`event.timeStamp`) rather than from this call. */
  const toggle = (event?: Event) =>
    isActive(current.current) ? stop(event?.timeStamp) : start(event?.timeStamp);

  return { phase, status, result, start, stop, toggle };
}

/** Save a run to the history; false when storage refused it (the result still shows). */
function save(summary: RunSummary, text: RunText): boolean {
  try {
    recordRun({
      at: new Date().toISOString(),
      seconds: Math.min(summary.seconds, 86_400),
      wordsPerMinute: summary.wordsPerMinute,
      fit: summary.fit,
      textSource: text.source,
      textPreview: text.text.slice(0, 80),
    });
    return true;
  } catch {
    return false;
  }
}
