/**
 * Numbers as people say them and recognisers write them: "five five five", "555",
 * "oh one four two", "double seven", "forty-two", "seventeenth", "17th".
 */
import type { Token } from './transcript';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_UNITS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
];
const ORDINAL_TEENS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const ORDINAL_TENS = ['', '', 'twentieth', 'thirtieth'];

/** The digit a single spoken digit stands for: "oh" and "o" are zero, as in phone numbers. */
function digitOf(key: string): string | null {
  if (key === 'oh' || key === 'o') return '0';
  const unit = UNITS.indexOf(key);
  return unit >= 0 ? String(unit) : null;
}

/** Digits said by the token at `at` (and the unit word after a tens word), with how many tokens it took. */
export function spokenDigits(
  tokens: readonly Token[],
  at: number,
): { digits: string; length: number } | null {
  const key = tokens[at]?.key ?? '';
  if (/^\d+$/u.test(key)) return { digits: key, length: 1 };
  const digit = digitOf(key);
  if (digit !== null) return { digits: digit, length: 1 };
  const teen = TEENS.indexOf(key);
  if (teen >= 0) return { digits: String(10 + teen), length: 1 };
  const tens = TENS.indexOf(key);
  if (tens >= 2) {
    const unit = UNITS.indexOf(tokens[at + 1]?.key ?? '');
    return unit >= 1 ? { digits: `${tens}${unit}`, length: 2 } : { digits: `${tens}0`, length: 1 };
  }
  if (key === 'hundred') return { digits: '00', length: 1 };
  const repeat = key === 'double' ? 2 : key === 'triple' ? 3 : 0;
  const next = repeat > 0 ? digitOf(tokens[at + 1]?.key ?? '') : null;
  return next === null ? null : { digits: next.repeat(repeat), length: 2 };
}

/** The day number said at `at`: "17", "17th", "seventeen", "seventeenth", "twenty first". */
export function spokenDayNumber(
  tokens: readonly Token[],
  at: number,
): { day: number; length: number } | null {
  const key = tokens[at]?.key ?? '';
  const written = /^(\d{1,2})(?:st|nd|rd|th)?$/u.exec(key);
  if (written) return { day: Number(written[1]), length: 1 };
  for (const list of [UNITS, ORDINAL_UNITS]) {
    const unit = list.indexOf(key);
    if (unit >= 1) return { day: unit, length: 1 };
  }
  for (const list of [TEENS, ORDINAL_TEENS]) {
    const teen = list.indexOf(key);
    if (teen >= 0) return { day: 10 + teen, length: 1 };
  }
  const ordinalTens = ORDINAL_TENS.indexOf(key);
  if (ordinalTens >= 2) return { day: ordinalTens * 10, length: 1 };
  const tens = TENS.indexOf(key);
  if (tens === 2 || tens === 3) {
    const nextKey = tokens[at + 1]?.key ?? '';
    const unit = Math.max(UNITS.indexOf(nextKey), ORDINAL_UNITS.indexOf(nextKey));
    return unit >= 1 ? { day: tens * 10 + unit, length: 2 } : { day: tens * 10, length: 1 };
  }
  return null;
}
