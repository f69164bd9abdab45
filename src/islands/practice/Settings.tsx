import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { TARGET_SECONDS } from '../../lib/page-limits';
import { VOICEMAIL_SECONDS } from '../../lib/practice/length';
import {
  DEFAULT_SETTINGS,
  isTargetSeconds,
  type Settings as SettingsValue,
} from '../../lib/storage/schemas/settings';
import { setLeadIn, setSound, setTargetSeconds } from '../../stores/practice-settings';
import Field from '../parts/Field';

interface Props {
  settings: SettingsValue;
  /** The speech check's toggle, placed among the settings. */
  children?: ComponentChildren;
}

const TARGET_ID = 'practice-target';

/** A target typed into the field, or `null` when it is not a whole number from 5 to 60. */
function readTarget(text: string): number | null {
  const value = Number(text.trim());
  return text.trim() !== '' && isTargetSeconds(value) ? value : null;
}

/** Lead-in, sound and the key-facts target, saved as they change; the speech check among them. */
export default function Settings({ settings, children }: Props) {
  const box = useRef<HTMLFieldSetElement>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Changed before the island woke up (the server's form works as plain HTML)? Keep it.
  useEffect(() => {
    const field = (name: string) => box.current?.querySelector<HTMLInputElement>(`[name="${name}"]`);
    const leadIn = field('practice-lead-in');
    const sound = field('practice-sound');
    const target = readTarget(field(TARGET_ID)?.value ?? '');
    if (leadIn && leadIn.checked !== DEFAULT_SETTINGS.leadIn) setLeadIn(leadIn.checked);
    if (sound && sound.checked !== DEFAULT_SETTINGS.sound) setSound(sound.checked);
    if (target !== null && target !== DEFAULT_SETTINGS.targetSeconds) setTargetSeconds(target);
  }, []);

  const onTarget = (text: string) => {
    setDraft(text);
    const target = readTarget(text);
    if (target === null) return;
    setError(null);
    setTargetSeconds(target);
  };
  const onTargetDone = () => {
    if (draft !== null && readTarget(draft) === null) {
      setError(
        `Enter a whole number from ${TARGET_SECONDS.min} to ${TARGET_SECONDS.max}. The target stays at ${settings.targetSeconds} seconds.`,
      );
    }
    setDraft(null);
  };

  return (
    <fieldset class="practice-settings" ref={box}>
      <legend>Timer settings</legend>
      <label class="choice">
        <input
          type="checkbox"
          name="practice-lead-in"
          checked={settings.leadIn}
          onChange={(event) => setLeadIn(event.currentTarget.checked)}
        />
        Count down 3, 2, 1 before the clock starts
      </label>
      <label class="choice">
        <input
          type="checkbox"
          name="practice-sound"
          checked={settings.sound}
          onChange={(event) => setSound(event.currentTarget.checked)}
        />
        Sound at the key-facts target (a short, quiet beep)
      </label>
      <Field
        id={TARGET_ID}
        label="Key facts target (seconds)"
        inputMode="numeric"
        value={draft ?? String(settings.targetSeconds)}
        hint={`From ${TARGET_SECONDS.min} to ${TARGET_SECONDS.max}: when your name, the job and the interview day should be said by. The course suggests about ${TARGET_SECONDS.default}. The whole message is measured against the ${VOICEMAIL_SECONDS.min}–${VOICEMAIL_SECONDS.max} seconds a voicemail usually takes.`}
        error={error}
        onInput={onTarget}
        onBlur={onTargetDone}
      />
      {children}
    </fieldset>
  );
}
