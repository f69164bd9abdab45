/**
 * On-device speech recognition through the Web Speech API, and only on the device:
 * every recogniser is made with `processLocally = true` and is not started unless the
 * browser kept that setting. There is no fallback to a remote service. Words are timed
 * with the practice timer's clock (`performance.now()`), from the run's start.
 */
import {
  readAnswer,
  speechProblemOf,
  type OnDeviceAnswer,
  type SpeechProblem,
} from '../../../lib/practice/speech/availability';
import { updateTimedWords, type TimedWord } from '../../../lib/practice/speech/transcript';

interface ResultList {
  readonly length: number;
  [index: number]: { readonly isFinal: boolean; [alternative: number]: { transcript: string } | undefined };
}
interface ResultEvent extends Event {
  readonly resultIndex: number;
  readonly results: ResultList;
}
interface Recognition extends EventTarget {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  processLocally: boolean;
  /** With a track (Web Speech API's `start(audioTrack)`), listens to it instead of opening the microphone. */
  start(audioTrack?: MediaStreamTrack): void;
  stop(): void;
  abort(): void;
}
interface RecognitionClass {
  new (): Recognition;
  available(options: { langs: string[]; processLocally: boolean }): Promise<unknown>;
  install(options: { langs: string[]; processLocally?: boolean }): Promise<boolean>;
}

/** The browser's recogniser class when it offers on-device recognition; `null` otherwise. */
function recognitionClass(): RecognitionClass | null {
  const scope = globalThis as { SpeechRecognition?: unknown; webkitSpeechRecognition?: unknown };
  const found = (scope.SpeechRecognition ?? scope.webkitSpeechRecognition) as RecognitionClass | undefined;
  return typeof found === 'function' && typeof found.available === 'function' ? found : null;
}

/** Whether on-device recognition for `lang` is ready, downloadable, downloading or not offered. */
export async function checkOnDevice(lang: string): Promise<OnDeviceAnswer> {
  const Class = recognitionClass();
  if (!Class) return 'unavailable';
  try {
    return readAnswer(await Class.available({ langs: [lang], processLocally: true }));
  } catch {
    return 'unavailable';
  }
}

/** Download the language pack for `lang` (inside the click: browsers want a user gesture); whether it worked. */
export async function installOnDevice(lang: string): Promise<boolean> {
  const Class = recognitionClass();
  if (!Class || typeof Class.install !== 'function') return false;
  try {
    return (await Class.install({ langs: [lang], processLocally: true })) === true;
  } catch {
    return false;
  }
}

/** Listening in progress. */
export interface Listening {
  /** Stop and wait for the last results: every word heard, timed. */
  stop(): Promise<TimedWord[]>;
  /** Stop and forget what was heard. */
  cancel(): void;
}

/** How long to wait for the last results after Stop before giving up on them. */
const END_WAIT_MS = 3000;

/**
 * Listen on the device from now; `startsAt` (timer milliseconds) is when the run begins.
 * With `audioTrack` (the recording's microphone, while it opens) the recogniser listens to
 * that track, so recording and the check share one microphone stream; a browser without
 * `start(audioTrack)` ignores the track and opens the microphone itself.
 */
export function listenOnDevice(options: {
  lang: string;
  startsAt: () => number;
  audioTrack?: Promise<MediaStreamTrack | null> | null;
  onProblem: (problem: SpeechProblem) => void;
}): Listening | null {
  const Class = recognitionClass();
  if (!Class) return null;
  const recognition = new Class();
  recognition.processLocally = true;
  // A browser that ignores the setting would be free to send audio away: do not start.
  if (recognition.processLocally !== true) return null;
  recognition.lang = options.lang;
  recognition.continuous = true;
  recognition.interimResults = true;

  const results: TimedWord[][] = [];
  let isStopping = false;
  let isRunning = true;
  let track: MediaStreamTrack | null = null;
  const begin = () => (track?.readyState === 'live' ? recognition.start(track) : recognition.start());
  const seconds = () => Math.max(0, (performance.now() - options.startsAt()) / 1000);
  const ended = new Promise<void>((resolve) => {
    recognition.addEventListener('end', () => {
      if (!isStopping && isRunning) {
        // A long pause can end a session early: listen on, still on the device.
        try {
          begin();
          return;
        } catch {
          // could not restart: what was heard so far stands
        }
      }
      isRunning = false;
      resolve();
    });
  });
  recognition.addEventListener('result', (event) => {
    const { resultIndex, results: list } = event as ResultEvent;
    for (let index = resultIndex; index < list.length; index++) {
      const transcript = list[index]?.[0]?.transcript ?? '';
      results[index] = updateTimedWords(results[index] ?? [], transcript, seconds());
    }
  });
  recognition.addEventListener('error', (event) => {
    const problem = speechProblemOf((event as Event & { error?: unknown }).error);
    if (!problem) return;
    isRunning = false;
    options.onProblem(problem);
  });
  if (options.audioTrack) {
    // Start once the recording's microphone is open, on its track.
    void options.audioTrack.then((opened) => {
      if (isStopping) return;
      track = opened;
      try {
        begin();
      } catch {
        isRunning = false;
        options.onProblem('failed');
      }
    });
  } else {
    try {
      begin();
    } catch {
      return null;
    }
  }
  return {
    async stop() {
      isStopping = true;
      try {
        recognition.stop();
      } catch {
        // already stopped
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([ended, new Promise<void>((resolve) => (timer = setTimeout(resolve, END_WAIT_MS)))]);
      clearTimeout(timer);
      return results.flat();
    },
    cancel() {
      isStopping = true;
      try {
        recognition.abort();
      } catch {
        // already stopped
      }
    },
  };
}
