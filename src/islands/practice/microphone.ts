/**
 * Microphone recording of one attempt, kept in memory: getUserMedia + MediaRecorder in
 * a format the browser supports (lib/practice/recording.ts). Nothing here saves or sends audio.
 * Every failure becomes a `RecordingProblem`, never an exception, and the microphone
 * is released as soon as a take ends, is cancelled, or could not start.
 */
import {
  pickRecordingMimeType,
  recordingProblemOf,
  type RecordingProblem,
} from '../../lib/practice/recording';

/** What the user reads next to the toggle, loaded with the microphone code. */
export { RECORDING_PROBLEM_MESSAGES } from '../../lib/practice/recording';

/** How a take ended: its audio, a problem, or nothing (cancelled or silent). */
export type TakeOutcome = { blob: Blob } | { problem: RecordingProblem } | null;

/** A take in progress. */
export interface Take {
  /** Stop recording; resolves once the audio is complete. */
  finish(): Promise<TakeOutcome>;
  /** Stop and throw the audio away. */
  cancel(): void;
  /** The take's microphone track once open (`null` if it could not open), for the speech check to share. */
  audioTrack: Promise<MediaStreamTrack | null>;
}

function canRecord(): boolean {
  return typeof MediaRecorder === 'function' && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

function stopTracks(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

async function openMicrophone(): Promise<MediaStream | RecordingProblem> {
  if (!canRecord()) return 'unsupported';
  try {
    return await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch (error) {
    return recordingProblemOf(error);
  }
}

/** Ask for the microphone once and let it go: `null` when recording can work. */
export async function checkMicrophone(): Promise<RecordingProblem | null> {
  const stream = await openMicrophone();
  if (typeof stream === 'string') return stream;
  stopTracks(stream);
  return null;
}

/** Start recording now; the microphone opens in the background. */
export function startTake(): Take {
  let isOver = false;
  let stream: MediaStream | null = null;
  let recorder: MediaRecorder | null = null;
  const chunks: Blob[] = [];

  const started: Promise<RecordingProblem | null> = openMicrophone().then((opened) => {
    if (typeof opened === 'string') return opened;
    stream = opened;
    if (isOver) {
      stopTracks(stream);
      return null;
    }
    try {
      const mimeType = pickRecordingMimeType((type) => MediaRecorder.isTypeSupported(type));
      recorder = new MediaRecorder(opened, mimeType ? { mimeType } : undefined);
      recorder.addEventListener('dataavailable', (event) => {
        if (event.data.size > 0) chunks.push(event.data);
      });
      recorder.start();
      return null;
    } catch (error) {
      stopTracks(stream);
      return recordingProblemOf(error);
    }
  });

  const stopRecorder = (): Promise<void> =>
    new Promise((resolve) => {
      const active = recorder;
      if (!active || active.state === 'inactive') return resolve();
      active.addEventListener('stop', () => resolve(), { once: true });
      active.addEventListener('error', () => resolve(), { once: true });
      try {
        active.stop();
      } catch {
        resolve();
      }
    });

  const audioTrack = started.then((problem) =>
    problem || isOver ? null : (stream?.getAudioTracks()[0] ?? null),
  );

  return {
    audioTrack,
    async finish() {
      isOver = true;
      const problem = await started;
      if (problem) return { problem };
      await stopRecorder();
      stopTracks(stream);
      if (chunks.length === 0) return null;
      return { blob: new Blob(chunks, { type: recorder?.mimeType || chunks[0]?.type || '' }) };
    },
    cancel() {
      isOver = true;
      void started.then(() => stopRecorder()).then(() => stopTracks(stream));
    },
  };
}
