import { useEffect, useRef, useState } from 'preact/hooks';
import type { RecordingProblem } from '../../lib/practice/recording';
import type { Take } from './microphone';

type MicrophoneModule = typeof import('./microphone');

/** The "Record my practice" state and what a run does with it. */
export interface Recording {
  isOn: boolean;
  isChecking: boolean;
  problem: RecordingProblem | null;
  /** The problem in a sentence (the messages load with the microphone code). */
  problemMessage: string | null;
  /** Object URL of the last attempt's audio, or `null`. */
  takeUrl: string | null;
  /** Tick or untick the toggle; ticking checks the microphone straight away. Settles when checked. */
  setOn(on: boolean): Promise<void>;
  /** Set while the microphone code could not load (offline, a new version deployed): ticks it again. */
  retry: (() => Promise<unknown>) | undefined;
  /** At Start: begin a take when recording is on; its microphone track, for the speech check to share. */
  begin(): Promise<MediaStreamTrack | null> | null;
  /** At Stop: end the take and offer it for playback. */
  end(): void;
  /** When a run is cancelled: throw the take away. */
  cancel(): void;
  /** Drop the last attempt's audio. */
  discard(): void;
}

/**
 * Recording kept in memory for this page only: one attempt at a time, never stored or
 * sent. The microphone code loads when the toggle is first ticked, not with the page.
 */
export function useRecording(): Recording {
  const [isOn, setIsOn] = useState(false);
  const [isChecking, setIsChecking] = useState(false);
  const [problem, setProblem] = useState<RecordingProblem | null>(null);
  const [takeUrl, setTakeUrl] = useState<string | null>(null);
  const [retry, setRetry] = useState<() => Promise<unknown>>();
  const take = useRef<Take | null>(null);
  const url = useRef<string | null>(null);
  const isOnNow = useRef(false);
  const check = useRef(0); // answers to an older tick of the toggle are ignored
  const isMounted = useRef(true);
  const microphone = useRef<MicrophoneModule | null>(null);

  const replaceUrl = (next: string | null) => {
    if (url.current) URL.revokeObjectURL(url.current);
    url.current = next;
    setTakeUrl(next);
  };
  const turn = (on: boolean) => {
    isOnNow.current = on;
    setIsOn(on);
  };

  const setOn = (on: boolean): Promise<void> => {
    const id = ++check.current;
    setProblem(null);
    setRetry(undefined);
    turn(on);
    setIsChecking(on);
    if (!on) return Promise.resolve();
    return import('./microphone').then(
      (loaded) =>
        (microphone.current = loaded)
          .checkMicrophone()
          .catch(() => 'failed' as const)
          .then((found) => {
            if (!isMounted.current || id !== check.current) return;
            setIsChecking(false);
            setProblem(found);
            if (found) turn(false);
          }),
      () => {
        // Its messages come with that code, so say it with LoadFailed, whose Try again ticks it again.
        if (!isMounted.current || id !== check.current) return;
        setIsChecking(false);
        turn(false);
        setRetry(() => () => setOn(true));
      },
    );
  };

  useEffect(
    () => () => {
      isMounted.current = false;
      take.current?.cancel();
      if (url.current) URL.revokeObjectURL(url.current);
    },
    [],
  );

  return {
    isOn,
    isChecking,
    problem,
    problemMessage:
      problem && microphone.current ? microphone.current.RECORDING_PROBLEM_MESSAGES[problem] : null,
    takeUrl,
    setOn,
    retry,
    begin() {
      take.current?.cancel();
      take.current = isOnNow.current && microphone.current ? microphone.current.startTake() : null;
      return take.current?.audioTrack ?? null;
    },
    end() {
      const current = take.current;
      take.current = null;
      if (!current) return;
      void current.finish().then((outcome) => {
        if (!isMounted.current || !outcome) return;
        if ('problem' in outcome) {
          setProblem(outcome.problem);
          turn(false);
        } else {
          replaceUrl(URL.createObjectURL(outcome.blob));
        }
      });
    },
    cancel() {
      take.current?.cancel();
      take.current = null;
    },
    discard() {
      replaceUrl(null);
    },
  };
}
