/**
 * How long a text takes to say out loud.
 *
 * Written and spoken words differ: "555-0148" is seven spoken words, "Dr." is one and
 * "priya.shah@example.com" is seven ("priya dot shah at example dot com"). So a text is
 * split into written tokens, each with the number of words a person says for it, and
 * time follows from the spoken count at a steady pace. Shared by the script builder's
 * estimate and the practice timer's pacing guide, so both agree on every second.
 */

/** A comfortable, clear speaking pace, used until practice runs measure the user's own. */
export const DEFAULT_WORDS_PER_MINUTE = 150;
// The accepted range lives in limits.ts, so that reading a stored practice run (every page
// migrates stored values) does not bring this module, and its patterns, to every page.
export { MAX_WORDS_PER_MINUTE, MIN_WORDS_PER_MINUTE } from './limits';
import { MAX_WORDS_PER_MINUTE, MIN_WORDS_PER_MINUTE } from './limits';

/** One written token: its `[start, end)` range in the text and the words it is spoken as. */
export interface SpokenWord {
  start: number;
  end: number;
  spoken: number;
}

// Local part starts with a letter or digit so a stray "." before it is not read as "dot".
const EMAIL = /[\p{L}\p{N}][\p{L}\p{N}._%+-]*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;
// Digit groups joined by up to three of space . - ( ) — "+1 (555) 010-0142".
const PHONE = /(?:\+ ?)?\(?\d+(?:[ \u00A0.()\-\u2010-\u2013]{1,3}\d+)*(?![\p{L}\p{M}\p{N}])/uy;
// Hyphens and apostrophes join letters ("O'Brien-Smith", "follow-up"), not digits ("10-15").
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-\u2010\u2011][\p{L}\p{M}][\p{L}\p{M}\p{N}]*)*/uy;
const TOKEN_START = /[\p{L}\p{M}\p{N}+(]/u;
const ABBREVIATION = /^(?:dr|mr|mrs|ms|mx|st|jr|sr|prof)$/i;
/** Fewest digits read one by one as a phone number (issue 5: a phone number has 7–15). */
const PHONE_MIN_DIGITS = 7;

/** Words a bare number is said as: 7 or 42 → 1, 300 or 2026 → 2, 5+ digits one by one. */
function numberWords(digits: string): number {
  if (digits.length <= 2) return 1;
  if (digits.length <= 4) return 2; // "twenty twenty-six", "three hundred"
  return digits.length; // a ZIP or reference number is read digit by digit
}

function match(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0] ?? null;
}

function tokenAt(text: string, at: number): SpokenWord | null {
  const email = match(EMAIL, text, at);
  if (email) {
    // Each run of letters/digits is a word, and each separator is said: "dot", "at".
    const parts = email.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    const separators = email.match(/[.@_%+-]/g)?.length ?? 0;
    return { start: at, end: at + email.length, spoken: parts + separators };
  }
  const phone = match(PHONE, text, at);
  const phoneDigits = phone?.match(/\d/g)?.length ?? 0;
  if (phone && phoneDigits >= PHONE_MIN_DIGITS) {
    return { start: at, end: at + phone.length, spoken: phoneDigits };
  }
  const word = match(WORD, text, at);
  if (!word) return null;
  if (/^\d+$/.test(word)) return { start: at, end: at + word.length, spoken: numberWords(word) };
  // Keep the abbreviation's dot in the token so it is never taken for a sentence end.
  const end = at + word.length + (ABBREVIATION.test(word) && text[at + word.length] === '.' ? 1 : 0);
  return { start: at, end, spoken: 1 };
}

/** Every spoken token of `text`, in order; punctuation and brackets alone are skipped. */
export function spokenWords(text: string): SpokenWord[] {
  const words: SpokenWord[] = [];
  let at = 0;
  while (at < text.length) {
    const token = TOKEN_START.test(text[at] ?? '') ? tokenAt(text, at) : null;
    if (token) {
      words.push(token);
      at = token.end;
    } else {
      at += 1;
    }
  }
  return words;
}

/** Total words spoken when reading `text` aloud. */
export function countSpokenWords(text: string): number {
  return spokenWords(text).reduce((sum, word) => sum + word.spoken, 0);
}

/** A usable pace: non-numbers become the default, others are clamped to 60–300 wpm. */
export function clampWordsPerMinute(wordsPerMinute: number): number {
  if (!Number.isFinite(wordsPerMinute)) return DEFAULT_WORDS_PER_MINUTE;
  return Math.min(MAX_WORDS_PER_MINUTE, Math.max(MIN_WORDS_PER_MINUTE, wordsPerMinute));
}

/** Seconds taken to say `count` spoken words at a pace (clamped to 60–300 wpm). */
export function secondsForWords(count: number, wordsPerMinute: number): number {
  return (count * 60) / clampWordsPerMinute(wordsPerMinute);
}

/** Seconds to say the whole of `text` at a pace (clamped to 60–300 wpm). */
export function secondsToSpeak(text: string, wordsPerMinute: number): number {
  return secondsForWords(countSpokenWords(text), wordsPerMinute);
}

/** Seconds to say `text` up to `charIndex`; a word the index falls inside counts in full. */
export function secondsUntil(text: string, charIndex: number, wordsPerMinute: number): number {
  const count = spokenWords(text)
    .filter((word) => word.start < charIndex)
    .reduce((sum, word) => sum + word.spoken, 0);
  return secondsForWords(count, wordsPerMinute);
}

// Float slack so 0.4 s at 150 wpm is exactly one word, not 0.9999999.
const EPSILON = 1e-9;

/** Spoken words said after `seconds` at a pace; negative or non-finite times say none. */
function wordsSaidBy(seconds: number, wordsPerMinute: number): number {
  if (!(seconds > 0)) return 0;
  return (seconds * clampWordsPerMinute(wordsPerMinute)) / 60 + EPSILON;
}

/** Where a reader at this pace is after `seconds`: end of the last word fully said. */
export function charIndexAtSeconds(text: string, seconds: number, wordsPerMinute: number): number {
  const budget = wordsSaidBy(seconds, wordsPerMinute);
  const words = spokenWords(text);
  let said = 0;
  let index = 0;
  for (const word of words) {
    said += word.spoken;
    if (said > budget) return index;
    index = word.end;
  }
  return text.length;
}

/** Index into `spokenWords(text)` of the word being said at `seconds`; -1 when none. */
export function wordIndexAtSeconds(text: string, seconds: number, wordsPerMinute: number): number {
  const words = spokenWords(text);
  const budget = wordsSaidBy(seconds, wordsPerMinute);
  let said = 0;
  for (const [index, word] of words.entries()) {
    said += word.spoken;
    if (said > budget) return index;
  }
  // Past the end the guide rests on the last word; an empty text has no word to mark.
  return words.length - 1;
}
