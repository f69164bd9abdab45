/**
 * How long a whole voicemail should take: a range, not a limit. Follow-up advice
 * usually keeps a voicemail to about half a minute; 20–40 s leaves room for a calm,
 * clear reading without rambling. The key facts have their own, earlier target.
 */

/** The usual length of a follow-up voicemail, in seconds. */
export const VOICEMAIL_SECONDS = { min: 20, max: 40 } as const;

/** A whole message against that range. */
export type LengthVerdict = 'short' | 'within' | 'long';

/** Whether `seconds` is under, within or over the usual voicemail length. */
export function voicemailLength(seconds: number): LengthVerdict {
  if (seconds < VOICEMAIL_SECONDS.min) return 'short';
  return seconds > VOICEMAIL_SECONDS.max ? 'long' : 'within';
}
