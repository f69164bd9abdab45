/**
 * The practice page's changes to $settings: sound, lead-in, transcripts and target length.
 * Apart from settings.ts, which every page loads for the theme switch, so only the
 * practice page carries them.
 */
import { clampWhole } from '../lib/clamp';
import { TARGET_SECONDS } from '../lib/page-limits';
import { $settings } from './settings';

/** Turn the practice timer's sounds on or off. */
export function setSound(sound: boolean): void {
  $settings.set({ ...$settings.get(), sound });
}

/** Turn the practice timer's countdown before it starts on or off. */
export function setLeadIn(leadIn: boolean): void {
  $settings.set({ ...$settings.get(), leadIn });
}

/** Keep, or stop keeping, the speech check's transcripts with new practice runs. */
export function setKeepTranscripts(keepTranscripts: boolean): void {
  $settings.set({ ...$settings.get(), keepTranscripts });
}

/** Set the voicemail's target length, rounded and kept within 5–60 seconds. */
export function setTargetSeconds(seconds: number): void {
  const current = $settings.get();
  const targetSeconds = clampWhole(seconds, TARGET_SECONDS.min, TARGET_SECONDS.max, current.targetSeconds);
  $settings.set({ ...current, targetSeconds });
}
