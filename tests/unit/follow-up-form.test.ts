import { describe, expect, it } from 'vitest';
import { BAD_DATE_MESSAGE } from '../../src/lib/date-field';
import { EMPTY_INTERVIEW } from '../../src/lib/follow-ups/application-edits';
import {
  buildInterviewDraft,
  checkActivityDate,
  checkInterview,
  firstInvalidField,
  interviewValuesOf,
  type InterviewValues,
} from '../../src/lib/follow-ups/form';
import { APPLICATION } from './data-samples';
import { isoDate } from '../../src/lib/dates';

const TODAY = isoDate('2026-11-28');
const FILLED: InterviewValues = {
  ...EMPTY_INTERVIEW,
  company: 'Greenway Dental',
  jobTitle: 'Office Manager',
  interviewerName: 'Mr. Okafor',
  interviewDate: '2026-11-17',
};

describe('checkInterview', () => {
  it('accepts a filled form, optional fields empty', () => {
    expect(checkInterview(FILLED, {}, TODAY)).toEqual({});
  });

  it('names every missing required field, in the order shown', () => {
    const errors = checkInterview(EMPTY_INTERVIEW, {}, TODAY);
    expect(Object.keys(errors).sort()).toEqual(['company', 'interviewDate', 'interviewerName', 'jobTitle']);
    expect(errors.interviewDate).toBe('Enter the date of your interview.');
    expect(firstInvalidField(errors)).toBe('company');
    expect(checkInterview({ ...FILLED, company: '   ' }, {}, TODAY).company).toBe(
      'Enter the name of the company.',
    );
  });

  it.each<[string, Partial<InterviewValues>, string, RegExp]>([
    ['an email without a domain', { interviewerEmail: 'okafor@' }, 'interviewerEmail', /name@example\.com/],
    ['a phone with letters', { interviewerPhone: '555-CALL-NOW' }, 'interviewerPhone', /digits/],
    ['a phone too short', { interviewerPhone: '12 34' }, 'interviewerPhone', /at least 7/],
    ['an impossible interview date', { interviewDate: '2026-02-30' }, 'interviewDate', /no February 30/],
    [
      'an interview over a year ago',
      { interviewDate: '2025-01-02' },
      'interviewDate',
      /more than a year ago/,
    ],
    ['a given date before the interview', { givenDate: '2026-11-10' }, 'givenDate', /before your interview/],
  ])('refuses %s', (_, change, field, message) => {
    const errors = checkInterview({ ...FILLED, ...change }, {}, TODAY);
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field as keyof typeof errors]).toMatch(message);
  });

  it('says so when the browser holds a date it cannot hand over', () => {
    const errors = checkInterview(
      { ...FILLED, interviewDate: '' },
      { interviewDate: true, givenDate: true },
      TODAY,
    );
    expect(errors).toEqual({ interviewDate: BAD_DATE_MESSAGE, givenDate: BAD_DATE_MESSAGE });
    expect(firstInvalidField(errors)).toBe('interviewDate');
  });
});

describe('interview values and drafts', () => {
  it('fills the form from an application and saves it back trimmed', () => {
    const values = interviewValuesOf(APPLICATION);
    expect(values).toMatchObject({
      company: APPLICATION.company,
      givenDate: '2026-11-24',
      givenDateMeaning: 'decide-by',
    });
    expect(buildInterviewDraft({ ...values, company: '  Spaced Ltd  ' })).toEqual({
      company: 'Spaced Ltd',
      jobTitle: APPLICATION.jobTitle,
      interviewerName: APPLICATION.interviewerName,
      interviewerEmail: APPLICATION.interviewerEmail,
      interviewerPhone: APPLICATION.interviewerPhone,
      interviewDate: APPLICATION.interviewDate,
      givenDate: APPLICATION.givenDate,
      givenDateMeaning: APPLICATION.givenDateMeaning,
    });
  });
});

describe('checkActivityDate', () => {
  it.each<[string, boolean, string | undefined]>([
    [TODAY, false, undefined],
    ['2026-11-01', false, undefined],
    ['2025-11-28', false, undefined],
    ['2026-11-29', false, 'That day is still to come. Log what has already happened.'],
    ['2025-11-26', false, 'That is more than a year ago. Check the year.'],
    ['', false, 'Enter the day it happened.'],
    ['', true, BAD_DATE_MESSAGE],
    ['2026-13-01', false, 'Enter a full date: day, month and year.'],
  ])('%j (bad input: %s) → %j', (date, badInput, message) => {
    expect(checkActivityDate(date, badInput, TODAY)).toBe(message);
  });
});
