import { useRef } from 'preact/hooks';
import LoadFailed from '../parts/LoadFailed';
import type { Recording } from './use-recording';

interface Props {
  recording: Recording;
  /** Whether a run is going: the toggle then waits for the next run. */
  isRunning: boolean;
}

/** "Record my practice": the toggle, what happens to the audio, problems, and playback. */
export default function Recorder({ recording, isRunning }: Props) {
  const toggle = useRef<HTMLInputElement>(null);
  const { isOn, isChecking, problemMessage, takeUrl } = recording;
  const describedBy = ['practice-record-note', problemMessage ? 'practice-record-problem' : '']
    .filter(Boolean)
    .join(' ');
  const discard = () => {
    recording.discard();
    toggle.current?.focus(); // the button is gone: keep focus nearby
  };
  return (
    <div class="practice-recorder">
      <label class="choice">
        <input
          ref={toggle}
          type="checkbox"
          name="practice-record"
          checked={isOn}
          disabled={isRunning}
          aria-describedby={describedBy}
          onChange={(event) => void recording.setOn(event.currentTarget.checked)}
        />
        Record my practice
      </label>
      <p class="field-hint" id="practice-record-note">
        Uses your microphone so you can hear yourself. The recording stays on this page: it is never saved or
        sent anywhere, and it is gone when you leave or discard it.
      </p>
      {isChecking && <p class="practice-record-state">Checking the microphone…</p>}
      {recording.retry && <LoadFailed retry={recording.retry} />}
      {problemMessage && (
        <p class="notice notice--warning" id="practice-record-problem">
          {problemMessage}
        </p>
      )}
      {takeUrl && (
        <div class="practice-take">
          <p class="practice-take-label" id="practice-take-label">
            Your last attempt
          </p>
          {/* eslint-disable-next-line jsx-a11y/media-has-caption -- the user's own voice, just recorded: there is no text to caption it with */}
          <audio controls preload="metadata" src={takeUrl} aria-labelledby="practice-take-label" />
          <button type="button" class="button button--quiet" onClick={discard}>
            Discard recording
          </button>
        </div>
      )}
    </div>
  );
}
