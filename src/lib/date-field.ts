/**
 * What every date field of the tools shares: when a typed date counts, and what to say
 * when the browser holds a date it will not hand over. A date is saved only once it is
 * complete, valid and the field is left (browsers report a date input's value on every
 * keystroke: typing 0 2 over a month passes through real but unwanted days).
 */

/** What a date field says when the browser holds a date it cannot give us. */
export const BAD_DATE_MESSAGE = 'Check this date: it is incomplete, or that day does not exist.';

/**
 * Whether a date field holds a whole date worth checking at once. Typing a year digit
 * by digit passes through 0002, 0020 and 0202: those wait for the field to be left.
 */
export function isCompleteDate(text: string): boolean {
  return /^[1-9]\d{3}-\d{2}-\d{2}$/.test(text);
}

/**
 * A date field's problem: `problem` (the rule's own check of the value), or, when the
 * value is empty but the browser says it holds bad input (`validity.badInput`), that
 * the date is incomplete or impossible.
 */
export function dateFieldProblem(
  value: string,
  badInput: boolean,
  problem: string | undefined,
): string | undefined {
  return badInput && value === '' ? BAD_DATE_MESSAGE : problem;
}
