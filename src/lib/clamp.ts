/**
 * Cutting a value the user gave to fit its limit (limits.ts), rather than refusing it:
 * the stores clamp what the tools hand them. Apart from limits.ts, whose numbers the
 * stores every page loads import, so only the tools carry this code.
 */

/** Cut `text` to at most `max` characters, never through the middle of an emoji's pair. */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** Round `value` to a whole number within `min`–`max`; not-a-number gives `fallback`. */
export function clampWhole(value: number, min: number, max: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.round(value)));
}
