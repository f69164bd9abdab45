import { useRef } from 'preact/hooks';
import { NOT_OFFERED } from '../../lib/practice/speech/not-offered';
import { setKeepTranscripts } from '../../stores/practice-settings';
import LoadFailed from '../parts/LoadFailed';
import type { SpeechCheck } from './use-speech-check';

interface Props {
  speech: SpeechCheck;
  keepTranscripts: boolean;
  /** Whether a run is going: the toggle then waits for the next run. */
  isRunning: boolean;
}

/** "Check what I said (on this device)": the toggle, the download step, problems, and "Keep transcripts". */
export default function SpeechSetting({ speech, keepTranscripts, isRunning }: Props) {
  const toggle = useRef<HTMLInputElement>(null);
  const { state, problem } = speech;
  const isUnsupported = state === 'unsupported' || problem === 'unavailable';
  // The check's own messages come with its code; the one shown before it loads is here.
  const message = isUnsupported
    ? NOT_OFFERED
    : problem && speech.module
      ? speech.module.SPEECH_PROBLEM_MESSAGES[problem]
      : null;
  const describedBy = ['practice-speech-note', message ? 'practice-speech-problem' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class="practice-speech">
      <label class="choice">
        <input
          ref={toggle}
          type="checkbox"
          name="practice-speech"
          checked={
            state === 'on' || state === 'checking' || state === 'downloadable' || state === 'installing'
          }
          disabled={isUnsupported || isRunning}
          aria-describedby={describedBy}
          onChange={(event) => void speech.setOn(event.currentTarget.checked)}
        />
        Check what I said (on this device)
      </label>
      <p class="field-hint" id="practice-speech-note">
        Listens while you practice and lists which key facts it heard, and when. Only where this browser can
        recognize speech on this device: nothing you say is sent anywhere.
      </p>
      {state === 'checking' && <p class="practice-speech-state">Checking this browser and the microphone…</p>}
      {speech.retry && <LoadFailed retry={speech.retry} />}
      {state === 'downloadable' && (
        <div class="practice-speech-download">
          <p>{speech.module?.DOWNLOAD_NOTE}</p>
          <button type="button" class="button button--quiet" onClick={() => speech.install()}>
            Download speech recognition
          </button>
        </div>
      )}
      {state === 'installing' && (
        <p class="practice-speech-state" role="status">
          Downloading speech recognition… The check switches on when it is done.
        </p>
      )}
      {message && (
        <p class={isUnsupported ? 'field-hint' : 'notice notice--warning'} id="practice-speech-problem">
          {message}
        </p>
      )}
      <label class="choice">
        <input
          type="checkbox"
          name="practice-keep-transcripts"
          checked={keepTranscripts}
          aria-describedby="practice-transcripts-note"
          onChange={(event) => setKeepTranscripts(event.currentTarget.checked)}
        />
        Keep transcripts
      </label>
      <p class="field-hint" id="practice-transcripts-note">
        Saves what the check heard with each run, in this browser only. My data shows, exports and deletes it.
      </p>
    </div>
  );
}
