/**
 * The on-device speech check's states and what the user reads about each. Whether the
 * browser can listen on the device is decided at run time by feature detection
 * (`SpeechRecognition.available({ langs, processLocally: true })`), never from the
 * browser's name; the check never falls back to a service that would send audio away.
 */

/** What the browser offers for the page's language, as `available()` answers. */
export type OnDeviceAnswer = 'available' | 'downloadable' | 'downloading' | 'unavailable';

/** Why the check is off or stopped. */
export type SpeechProblem = 'unavailable' | 'install-failed' | 'denied' | 'no-microphone' | 'failed';

/** The sentence beside the checkbox for each problem ('unavailable' says NOT_OFFERED, shown before the check loads). */
export const SPEECH_PROBLEM_MESSAGES: Readonly<Record<Exclude<SpeechProblem, 'unavailable'>, string>> = {
  'install-failed':
    'The speech recognition download did not finish. Check your connection and try again; the timer works without it.',
  denied:
    'The microphone is blocked for this site. To check what you said, allow it in your browser’s site settings and tick the box again.',
  'no-microphone': 'No microphone was found. Connect one and tick the box again. The timer works without it.',
  failed: 'Listening stopped with an error, so this run was not checked. The timer works without it.',
};

/** Said before the download button: what the download is and that it happens once. */
export const DOWNLOAD_NOTE =
  'This browser can listen on this device once it has downloaded its speech recognition for English. It downloads the language pack once, then works offline; what you say never leaves this device.';

/** A browser's answer to `available()`, read safely: anything unknown is 'unavailable'. */
export function readAnswer(answer: unknown): OnDeviceAnswer {
  return answer === 'available' || answer === 'downloadable' || answer === 'downloading'
    ? answer
    : 'unavailable';
}

/** The problem a recognition `error` event's code stands for; `null` for ones to ignore. */
export function speechProblemOf(code: unknown): SpeechProblem | null {
  switch (code) {
    case 'no-speech':
    case 'aborted':
      return null; // silence, or our own stop
    case 'not-allowed':
      return 'denied';
    case 'audio-capture':
      return 'no-microphone';
    case 'service-not-allowed':
    case 'language-not-supported':
      return 'unavailable'; // on-device refused: never retried elsewhere
    default:
      return 'failed';
  }
}

/** The language to listen for: the page's, with a region; the course is in US English. */
export function recognitionLanguage(pageLang: string): string {
  const lang = pageLang.trim();
  return lang === '' || lang.toLowerCase() === 'en' ? 'en-US' : lang;
}
