import { useEffect, useRef, useState } from 'preact/hooks';
import type { SpeechProblem } from '../../lib/practice/speech/availability';
import type { ScriptDetails } from '../../lib/script/details';

type SpeechModule = typeof import('./speech');

/** Where the "Check what I said" setting stands. */
export type SpeechState =
  | 'unsupported' // no on-device recognition API at all: the checkbox is disabled
  | 'off'
  | 'checking' // asking the browser and the microphone
  | 'downloadable'
  | 'installing'
  | 'on';

/** A finished check: what to show, what to announce, and what a run keeps of it. */
export type SpeechOutcome = ReturnType<SpeechModule['reportOf']>;

/** The speech check's state and what a run does with it. */
export interface SpeechCheck {
  state: SpeechState;
  problem: SpeechProblem | null;
  /** The loaded check code (the result view among it), once switched on. */
  module: SpeechModule | null;
  /** Tick or untick the toggle; settles once the check's code has loaded, or failed to. */
  setOn(on: boolean): Promise<void>;
  /** Set while the check's code could not load (offline, a new version deployed): ticks it again. */
  retry: (() => Promise<unknown>) | undefined;
  /** Download the language pack: call inside the click. */
  install(): void;
  /**
   * At Start: listen for the run that begins at `startsAt` (timer ms), on the recording's
   * microphone track when one is opening, so both share one microphone stream.
   */
  begin(startsAt: number, audioTrack?: Promise<MediaStreamTrack | null> | null): void;
  /** At Stop: what was heard, checked against the text's facts; `null` when the check is off. */
  end(details: ScriptDetails | null, targetSeconds: number): Promise<SpeechOutcome | null> | null;
  /** When a run is cancelled. */
  cancel(): void;
}

/** Whether the browser has the on-device recognition API at all (no user-agent sniffing). */
function hasOnDeviceApi(): boolean {
  const scope = globalThis as { SpeechRecognition?: unknown; webkitSpeechRecognition?: unknown };
  const found = scope.SpeechRecognition ?? scope.webkitSpeechRecognition;
  return typeof found === 'function' && typeof (found as { available?: unknown }).available === 'function';
}

const language = () => {
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
  return lang.trim() === '' || lang.trim().toLowerCase() === 'en' ? 'en-US' : lang;
};

/**
 * "Check what I said (on this device)": off until ticked; ticking loads the check's
 * code, asks the browser whether it can listen on the device for the page's language,
 * and asks for the microphone once. Nothing is ever sent anywhere.
 */
export function useSpeechCheck(isHydrated: boolean): SpeechCheck {
  const [state, setState] = useState<SpeechState>('off');
  const [problem, setProblem] = useState<SpeechProblem | null>(null);
  const [module, setModule] = useState<SpeechModule | null>(null);
  const [retry, setRetry] = useState<() => Promise<unknown>>();
  const loaded = useRef<SpeechModule | null>(null);
  const listening = useRef<import('./speech').Listening | null>(null);
  const isOnNow = useRef(false);
  const request = useRef(0); // answers to an older tick are ignored
  const isMounted = useRef(true);

  useEffect(() => {
    if (isHydrated && !hasOnDeviceApi()) setState('unsupported');
  }, [isHydrated]);
  useEffect(
    () => () => {
      isMounted.current = false;
      listening.current?.cancel();
    },
    [],
  );

  const load = async () => (loaded.current ??= await import('./speech'));
  const turn = (next: SpeechState) => {
    isOnNow.current = next === 'on';
    setState(next);
  };
  const stopWith = (found: SpeechProblem) => {
    setProblem(found);
    turn('off');
  };

  const enable = async (id: number) => {
    const check = await load();
    const microphone = await import('./microphone');
    if (id !== request.current || !isMounted.current) return;
    setModule(check);
    const answer = await check.checkOnDevice(language());
    if (id !== request.current || !isMounted.current) return;
    if (answer === 'unavailable') return stopWith('unavailable');
    if (answer !== 'available') return turn(answer === 'downloading' ? 'installing' : 'downloadable');
    const micProblem = await microphone.checkMicrophone();
    if (id !== request.current || !isMounted.current) return;
    if (micProblem)
      return stopWith(
        micProblem === 'no-microphone' ? 'no-microphone' : micProblem === 'denied' ? 'denied' : 'failed',
      );
    turn('on');
  };

  const setOn = (on: boolean): Promise<void> => {
    const id = ++request.current;
    setProblem(null);
    setRetry(undefined);
    if (!on) {
      turn('off');
      return Promise.resolve();
    }
    turn('checking');
    return Promise.all([load(), import('./microphone')]).then(
      () => enable(id).catch(() => void (isMounted.current && stopWith('failed'))),
      () => {
        // Its messages come with that code, so say it with LoadFailed, whose Try again ticks it again.
        if (id !== request.current || !isMounted.current) return;
        turn('off');
        setRetry(() => () => setOn(true));
      },
    );
  };

  return {
    state,
    problem,
    module,
    setOn,
    retry,
    install() {
      const id = ++request.current;
      const check = loaded.current;
      if (!check) return;
      turn('installing');
      // Started inside the click: browsers download only on a user gesture.
      void check.installOnDevice(language()).then((ok) => {
        if (id !== request.current || !isMounted.current) return;
        if (!ok) return stopWith('install-failed');
        turn('checking');
        void enable(id);
      });
    },
    begin(startsAt, audioTrack) {
      listening.current?.cancel();
      listening.current = null;
      const check = loaded.current;
      if (!isOnNow.current || !check) return;
      listening.current = check.listenOnDevice({
        lang: language(),
        startsAt: () => startsAt,
        audioTrack: audioTrack ?? null,
        onProblem: (found) => isMounted.current && stopWith(found),
      });
      if (!listening.current) stopWith('unavailable');
    },
    end(details, targetSeconds) {
      const current = listening.current;
      const check = loaded.current;
      listening.current = null;
      if (!current || !check) return null;
      return current.stop().then((words) => check.reportOf(words, details, targetSeconds));
    },
    cancel() {
      listening.current?.cancel();
      listening.current = null;
    },
  };
}
