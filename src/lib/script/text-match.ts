/**
 * Finding a detail in text the user may have edited.
 *
 * Matching forgives what editing and phone keyboards change without changing the
 * meaning (letter case, runs of spaces, curly apostrophes, "17th" for "17") and
 * nothing else: accents count, so "Zoe" is not "Zoë".
 */

/** Where a match was found: its `[start, end)` range in the text. */
export interface TextRange {
  start: number;
  end: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Unicode-aware word edges: `\b` knows only ASCII and would fail around "Zoë" or "王小明".
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{M}\\p{N}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{M}\\p{N}])';
// Scripts written without spaces between words: a name in them has no word edge to find.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** The source of a pattern matching `phrase` loosely, as described above. */
function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/u)
    .map((word) => escape(word).replace(/['’‘]/gu, "['’‘]").replace(/(\d)$/u, '$1(?:st|nd|rd|th)?'))
    .join('\\s+');
}

/** First occurrence of `phrase` as whole words, or `null`; an empty phrase is never found. */
export function findPhrase(text: string, phrase: string): TextRange | null {
  const trimmed = phrase.trim();
  if (trimmed === '') return null;
  const chars = [...trimmed]; // code points, so a character outside the BMP stays whole
  const before = UNSPACED.test(chars.at(0) ?? '') ? '' : NOT_AFTER_WORD;
  const after = UNSPACED.test(chars.at(-1) ?? '') ? '' : NOT_BEFORE_WORD;
  return findPattern(text, new RegExp(`${before}(?:${phraseSource(trimmed)})${after}`, 'iu'));
}

/** The earliest occurrence of any of `phrases`, the longest one when several start there. */
export function findFirstPhrase(text: string, phrases: readonly string[]): TextRange | null {
  let best: TextRange | null = null;
  for (const phrase of phrases) {
    const found = findPhrase(text, phrase);
    if (
      found &&
      (!best || found.start < best.start || (found.start === best.start && found.end > best.end))
    ) {
      best = found;
    }
  }
  return best;
}

/** First match of a pattern (its global flag ignored), or `null`. */
export function findPattern(text: string, pattern: RegExp): TextRange | null {
  const match = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/**
 * First run of text whose digits are exactly `digits`, whatever separates them:
 * "555-0148" and "555 01 48" both hold "5550148". No digits are never found.
 */
export function findDigits(text: string, digits: string): TextRange | null {
  if (!/^\d+$/.test(digits)) return null;
  const between = '[\\s\\u00A0().\\-\\u2010-\\u2013/]*';
  // "555-0148-9" is another number; "555-0148 (9am–5pm)" still holds this one.
  const joined = '[.\\-\\u2010-\\u2013/]?';
  return findPattern(text, new RegExp(`(?<!\\d${joined})${[...digits].join(between)}(?!${joined}\\d)`, 'u'));
}
