/**
 * Finding a fact in what was heard, forgiving of how people speak and recognisers
 * write: case, accents and punctuation; a name split or joined ("O Brien", "OBrien");
 * digits or words for numbers; a day said as its weekday, "last Tuesday", "November
 * 17th", "the 17th of November" or "the seventeenth". Nothing else: another number,
 * another weekday or another date is not the fact.
 */
import { spokenDayNumber, spokenDigits } from './numbers';
import type { ListenTarget } from './listen-targets';
import { WEEKDAYS } from './listen-targets';
import type { Token } from './transcript';

/** Where a fact was heard: its first and last token, and when its last word appeared. */
export interface FactMatch {
  from: number;
  to: number;
  seconds: number;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_SHORT = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Words said inside a number without ending it. */
const NUMBER_GLUE = new Set(['um', 'umm', 'uh', 'uhh', 'er', 'erm', 'dash']);

const matchOf = (tokens: readonly Token[], from: number, to: number): FactMatch => ({
  from,
  to,
  seconds: tokens[to]?.seconds ?? 0,
});

/** The month a token names (1–12), or `null`; "sept" and "nov" count. */
function monthOf(key: string): number | null {
  const index = Math.max(MONTHS.indexOf(key), MONTH_SHORT.indexOf(key), key === 'sept' ? 8 : -1);
  return index >= 0 ? index + 1 : null;
}

/** The first place the tokens, joined, spell one of the phrases exactly (the longest there), token edge to token edge. */
function findPhrases(tokens: readonly Token[], phrases: readonly string[]): FactMatch | null {
  for (let from = 0; from < tokens.length; from++) {
    let joined = '';
    let longest: number | null = null; // "Priya O'Brien" rather than "Priya" alone
    for (let to = from; to < tokens.length; to++) {
      joined += tokens[to]?.key ?? '';
      if (phrases.includes(joined)) longest = to;
      if (!phrases.some((phrase) => phrase.startsWith(joined))) break;
    }
    if (longest !== null) return matchOf(tokens, from, longest);
  }
  return null;
}

/** The first run of spoken digits that holds the number. */
function findDigits(tokens: readonly Token[], digits: string): FactMatch | null {
  let run = '';
  let owners: number[] = [];
  for (let at = 0; at < tokens.length;) {
    const said = spokenDigits(tokens, at);
    if (said) {
      run += said.digits;
      owners = [...owners, ...Array.from({ length: said.digits.length }, () => at + said.length - 1)];
      const found = run.indexOf(digits);
      if (found >= 0) return matchOf(tokens, owners[found] ?? at, owners[found + digits.length - 1] ?? at);
      at += said.length;
      continue;
    }
    if (!NUMBER_GLUE.has(tokens[at]?.key ?? '')) {
      run = '';
      owners = [];
    }
    at += 1;
  }
  return null;
}

/** A date said at `at`: month then day, day (of) month, or "the" and a day alone. */
function dateAt(
  tokens: readonly Token[],
  at: number,
): { month: number | null; day: number; to: number } | null {
  const key = (offset: number) => tokens[at + offset]?.key ?? '';
  const month = monthOf(key(0));
  if (month !== null) {
    const skip = key(1) === 'the' ? 2 : 1;
    const day = spokenDayNumber(tokens, at + skip);
    return day ? { month, day: day.day, to: at + skip + day.length - 1 } : null;
  }
  if (key(0) !== 'the' && !/^\d/u.test(key(0))) return null;
  const start = key(0) === 'the' ? at + 1 : at;
  const day = spokenDayNumber(tokens, start);
  if (!day) return null;
  const end = start + day.length - 1;
  const afterOf = tokens[end + 1]?.key === 'of' ? end + 2 : end + 1;
  const after = monthOf(tokens[afterOf]?.key ?? '');
  if (after !== null) return { month: after, day: day.day, to: afterOf };
  // A bare "17" is too often something else; "the 17th" is a date.
  return key(0) === 'the' ? { month: null, day: day.day, to: end } : null;
}

/** The first mention of the interview day: its weekday, its date, or the relative word. */
function findDay(
  tokens: readonly Token[],
  target: Extract<ListenTarget, { fact: 'interviewDay' }>,
): FactMatch | null {
  for (let at = 0; at < tokens.length; at++) {
    const key = tokens[at]?.key ?? '';
    if ((target.weekday !== null && key === target.weekday) || target.relative.includes(key)) {
      return matchOf(tokens, tokens[at - 1]?.key === 'last' ? at - 1 : at, at);
    }
    if (target.day === null || WEEKDAYS.includes(key)) continue;
    const date = dateAt(tokens, at);
    if (date && date.day === target.day && (date.month === null || date.month === target.month)) {
      return matchOf(tokens, at, date.to);
    }
  }
  return null;
}

/** Where a fact was first heard, or `null`. */
export function findFact(tokens: readonly Token[], target: ListenTarget): FactMatch | null {
  switch (target.fact) {
    case 'phone':
      return findDigits(tokens, target.digits);
    case 'interviewDay':
      return findDay(tokens, target);
    default:
      return findPhrases(tokens, target.phrases);
  }
}
