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
import { currentInstant } from '../../lib/dates';
import { summariseRun, type RunSummary } from '../../lib/practice/run';
import type { ScriptDetails } from '../../lib/script/details';
import type { SaveResult } from '../../lib/storage/save-result';
import type { SpeechCheckResult, TextSource } from '../../lib/storage/schemas/practice';
import { recordRun } from '../../stores/practice';
import type { Recording } from './use-recording';
import type { SpeechCheck, SpeechOutcome } from './use-speech-check';
import { createTonePlayer, type TonePlayer } from './tone';
import { holdWakeLock } from './wake-lock';

/** The text a run reads. */
export interface RunText {
  text: string;
  keyFactsEndIndex: number;
  source: TextSource;
  /** The details the text was built from, for the speech check; `null` for the sample. */
  details: ScriptDetails | null;
}

/** What a stopped run measured, what the speech check heard, and what storage made of it. */
export interface RunResult {
  summary: RunSummary;
  targetSeconds: number;
  /** What became of the save; `null` while the check still listens, or for a run too short to keep. */
  saved: SaveResult | null;
  /** What the speech check heard: 'pending' until it is done; `null` when it was off. */
  speech: SpeechOutcome | 'pending' | null;
}

interface Options {
  /** The text to read, or `null` before it is known (Start does nothing then). */
  text: RunText | null;
  leadIn: boolean;
  sound: boolean;
  targetSeconds: number;
  recording: Pick<Recording, 'begin' | 'end' | 'cancel'>;
  speech: Pick<SpeechCheck, 'begin' | 'end' | 'cancel'>;
  /** Whether the speech check's transcript is kept with the run. */
  keepTranscripts: boolean;
}

/** Seconds kept to the millisecond when saved. */
const toMilliseconds = (seconds: number) => Math.round(seconds * 1000) / 1000;

/**
 * One practice run at a time: Start, the countdown, Stop, the result and its saving.
 * The status message changes at most three times a run: started, target, result (with
 * the speech check's findings when it is on: the result waits for them, then is saved).
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
      latest.current.speech.cancel();
      tone.current?.close();
    },
    [],
  );

  const start = (eventTimeStamp?: number) => {
    const { text, leadIn, sound, targetSeconds, recording, speech } = latest.current;
    if (!text) return;
    const now = performance.now();
    const next = startPhase(pressTime(eventTimeStamp, now), { leadIn, targetSeconds });
    run.current = { text, sound };
    update(next);
    setResult(null);
    setStatus(next.kind === 'running' ? STARTED_MESSAGE : '');
    releaseWakeLock.current = holdWakeLock();
    if (sound) (tone.current ??= createTonePlayer()).prime(); // inside the gesture
    speech.begin(next.startsAt, recording.begin());
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
    const { recording, speech } = latest.current;
    endSideEffects();
    if (next.kind === 'idle') {
      recording.cancel();
      speech.cancel();
      setStatus('');
      return update(next);
    }
    if (next.kind !== 'stopped' || !run.current) return;
    // The clock shows exactly what is saved: both to the millisecond.
    const seconds = toMilliseconds(next.seconds);
    update({ ...next, seconds });
    recording.end();
    const runText = run.current.text;
    const { text, keyFactsEndIndex } = runText;
    const targetSeconds = next.targetSeconds;
    const summary = summariseRun({ text, keyFactsEndIndex, seconds, targetSeconds });
    const finish = (outcome: SpeechOutcome | null) => {
      const { keepTranscripts } = latest.current;
      const check = outcome && outcome.report.words.length > 0 ? outcome.stored(keepTranscripts) : null;
      const saved = isCountableRun(seconds) ? save(summary, runText, check) : null;
      setResult({ summary, targetSeconds, saved, speech: outcome });
      const said = isCountableRun(seconds) ? resultMessage(summary, targetSeconds) : tooShortMessage(seconds);
      setStatus(outcome ? `${said} ${outcome.sentence}` : said);
    };
    const listened = speech.end(runText.details, targetSeconds);
    if (!listened) return finish(null);
    setResult({ summary, targetSeconds, saved: null, speech: 'pending' });
    setStatus('');
    void listened.then(finish, () => finish(null));
  };

  /** Start or Stop, timed from the press (`event.timeStamp`) rather than from this call. */
  const toggle = (event?: Event) =>
    isActive(current.current) ? stop(event?.timeStamp) : start(event?.timeStamp);

  return { phase, status, result, start, stop, toggle };
}

/** Save a run to the history: what storage made of the write (the result shows either way). */
function save(summary: RunSummary, text: RunText, check: SpeechCheckResult | null): SaveResult {
  return recordRun({
    at: currentInstant().toISOString(),
    seconds: Math.min(summary.seconds, 86_400),
    wordsPerMinute: summary.wordsPerMinute,
    fit: summary.fit,
    textSource: text.source,
    textPreview: text.text.slice(0, 80),
    outcome: summary.outcome,
    check,
  }).result;
}
