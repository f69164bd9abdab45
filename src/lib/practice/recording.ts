/**
 * Decisions behind "Record my practice": which audio format to ask MediaRecorder for,
 * and what to tell the user when the microphone cannot be used.
 *
 * Browsers record different formats (Chrome and Firefox WebM/Opus, Safari MP4), so the
 * format is picked from what `MediaRecorder.isTypeSupported` accepts, best first.
 */

/** Formats to try, best first; none supported means the browser's default. */
export const RECORDING_MIME_TYPES = [
  'audio/webm;codecs=opus',
  'audio/webm',
  'audio/mp4',
  'audio/ogg;codecs=opus',
] as const;

/** The first format the browser records, or `undefined` to let it choose. */
export function pickRecordingMimeType(isTypeSupported: (mimeType: string) => boolean): string | undefined {
  return RECORDING_MIME_TYPES.find((mimeType) => {
    try {
      return isTypeSupported(mimeType);
    } catch {
      return false; // an odd implementation that throws supports nothing we can name
    }
  });
}

/** Why recording cannot happen. */
export type RecordingProblem = 'unsupported' | 'denied' | 'no-microphone' | 'busy' | 'failed';

/** What the user reads next to the "Record my practice" toggle, one sentence a problem. */
export const RECORDING_PROBLEM_MESSAGES: Record<RecordingProblem, string> = {
  unsupported: 'This browser cannot record audio here. The timer works without it.',
  denied:
    'The microphone is blocked for this site. To record, allow it in your browser’s site settings and tick the box again. The timer works without it.',
  'no-microphone': 'No microphone was found. Connect one and tick the box again. The timer works without it.',
  busy: 'The microphone is in use by another app. Close that app and tick the box again. The timer works without it.',
  failed: 'Recording could not start. The timer works without it.',
};

/** The problem a `getUserMedia` or `MediaRecorder` error stands for, by its DOMException name. */
export function recordingProblemOf(error: unknown): RecordingProblem {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return 'denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
    case 'DevicesNotFoundError':
      return 'no-microphone';
    case 'NotReadableError':
    case 'AbortError':
    case 'TrackStartError':
      return 'busy';
    case 'NotSupportedError':
    case 'TypeError':
      return 'unsupported';
    default:
      return 'failed';
  }
}
