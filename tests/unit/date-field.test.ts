import { describe, expect, it } from 'vitest';
import { BAD_DATE_MESSAGE, dateFieldProblem, isCompleteDate } from '../../src/lib/date-field';

describe('isCompleteDate', () => {
  it.each([
    ['2026-11-17', true],
    ['0002-11-17', false],
    ['0202-11-17', false],
    ['1999-01-01', true],
    ['', false],
    ['2026-11', false],
  ])('%j → %s', (text, expected) => {
    expect(isCompleteDate(text)).toBe(expected);
  });
});

describe('dateFieldProblem', () => {
  it('says the date is incomplete or impossible when the browser holds back what was typed', () => {
    expect(dateFieldProblem('', true, 'Enter the date of your interview.')).toBe(BAD_DATE_MESSAGE);
  });

  it.each([
    ['', false, 'Enter the date of your interview.'],
    ['2026-11-17', true, undefined],
    ['2026-11-17', false, 'That is more than a year ago.'],
  ])('otherwise gives the rule’s own problem (%j, bad input %s)', (value, badInput, problem) => {
    expect(dateFieldProblem(value, badInput, problem)).toBe(problem);
  });
});
