/**
 * Phone numbers as people type them: "+1 (555) 010-0142", "555.0148 ext 12".
 *
 * Only the shape is checked (7–15 digits, the international maximum, and nothing but
 * separators besides an extension at the end). Whether the field is required is the
 * form's business, so an empty value is fine here.
 */

// Both reserved for fiction: US 555-0100 to 555-0199, UK (Ofcom) 020 7946 0000 to 0999.
const EXAMPLES = '(312) 555-0142 or +44 20 7946 0142';

/** The hint for your own number: any country's format is fine. */
export const YOUR_PHONE_HINT = `The number they should call you back on, in any format, e.g. ${EXAMPLES}.`;

/** The hint for the interviewer's number. */
export const THEIR_PHONE_HINT = `The number you will call, in any format, e.g. ${EXAMPLES}.`;

/** Fewest digits a phone number has (a local number without its area code). */
export const MIN_PHONE_DIGITS = 7;
/** Most digits a phone number has, country code included (ITU E.164). */
export const MAX_PHONE_DIGITS = 15;

// "ext 12", "ext. 12", "extension 12", "x12", "#12", optionally after a comma.
const EXTENSION = /[\s,;]*(?:ext\.?|extension|x|#)\s*(\d{1,6})\s*$/iu;
// What may sit between digits: spaces, dots, dashes, slashes and brackets.
const NUMBER_PART = /^\+?[\d\s\u00A0().\-\u2010-\u2013/]*$/u;

/** The number and its extension: "555-0148 x12" → { number: "555-0148", extension: "12" }. */
export function splitPhoneExtension(text: string): { number: string; extension: string | null } {
  const trimmed = text.trim();
  const match = EXTENSION.exec(trimmed);
  // A lone "#12" or "x12" is not a number with an extension.
  if (!match || !/\d/.test(trimmed.slice(0, match.index))) return { number: trimmed, extension: null };
  return { number: trimmed.slice(0, match.index).trim(), extension: match[1] ?? null };
}

/** The digits of the number without its extension: "+1 (555) 010-0142 ext 7" → "15550100142". */
export function digitsOf(text: string): string {
  return splitPhoneExtension(text).number.replace(/\D/g, '');
}

/** `null` when the text is empty or can be a phone number, else a sentence saying what is wrong. */
export function validatePhoneNumber(text: string): string | null {
  const { number } = splitPhoneExtension(text);
  if (number === '') return null;
  if (/\p{L}/u.test(number)) {
    return 'Use digits only; an extension can go at the end, like "ext 12".';
  }
  if (!NUMBER_PART.test(number)) {
    return 'Use digits, spaces, dashes, dots or brackets, with + only at the start.';
  }
  const digits = number.replace(/\D/g, '').length;
  if (digits < MIN_PHONE_DIGITS) {
    return `This has ${digits} digit${digits === 1 ? '' : 's'}; a phone number has at least ${MIN_PHONE_DIGITS}.`;
  }
  if (digits > MAX_PHONE_DIGITS) {
    return `This has ${digits} digits; a phone number has at most ${MAX_PHONE_DIGITS}, without the extension.`;
  }
  return null;
}
