import { describe, expect, it } from 'vitest';
import {
  buildSaveDraft,
  checkForm,
  EMPTY_FORM,
  formValuesOf,
  type FormValues,
} from '../../src/lib/call-window/form';
import { BAD_DATE_MESSAGE } from '../../src/lib/date-field';
import { buildApplication } from '../../src/lib/follow-ups/application-edits';
import { isoDate } from '../../src/lib/dates';

const TODAY = isoDate('2026-11-28');
const GOOD: FormValues = { ...EMPTY_FORM, interviewDate: '2026-11-17', company: 'Greenway Dental' };

describe('checkForm', () => {
  it.each([
    ['good dates', {}, {}, {}],
    ['no interview date', { interviewDate: '' }, {}, { interviewDate: 'Enter the date of your interview.' }],
    [
      'an impossible date held by the browser',
      { interviewDate: '' },
      { interviewDate: true },
      { interviewDate: BAD_DATE_MESSAGE },
    ],
    ['an impossible given date', { givenDate: '' }, { givenDate: true }, { givenDate: BAD_DATE_MESSAGE }],
    [
      'a given date before the interview',
      { givenDate: '2026-11-10' },
      {},
      { givenDate: 'This date is before your interview. Check both dates.' },
    ],
    [
      'an interview over a year away',
      { interviewDate: '2027-12-01' },
      {},
      { interviewDate: 'That is more than a year from today. Check the year.' },
    ],
    [
      'a phone number with letters',
      { interviewerPhone: 'call me' },
      {},
      { interviewerPhone: expect.stringMatching(/digits only/) as string },
    ],
    ['a good phone number', { interviewerPhone: '(555) 010-0142' }, {}, {}],
  ])('%s', (_why, change, badDates, errors) => {
    expect(checkForm({ ...GOOD, ...change }, badDates, TODAY)).toEqual(errors);
  });

  it('ignores bad input when the field has a value after all', () => {
    expect(checkForm(GOOD, { interviewDate: true }, TODAY)).toEqual({});
  });
});

describe('buildSaveDraft', () => {
  it('saves changed fields without errors, and never a bad one', () => {
    const values = {
      ...GOOD,
      interviewDate: '2027-12-01',
      givenDate: '2026-11-20',
      jobTitle: 'Office Manager',
    };
    const draft = buildSaveDraft(values, checkForm(values, {}, TODAY), GOOD);
    expect(draft).toEqual({ jobTitle: 'Office Manager' });
  });

  it('keeps a given date back while the interview date is wrong', () => {
    const values = { ...GOOD, interviewDate: '', givenDate: '2026-11-10' };
    expect(buildSaveDraft(values, checkForm(values, {}, TODAY), GOOD)).toEqual({});
  });

  it('saves a given date once the interview date makes it valid', () => {
    const values = { ...GOOD, givenDate: '2026-11-20' };
    expect(buildSaveDraft(values, checkForm(values, {}, TODAY), GOOD)).toEqual({
      givenDate: isoDate('2026-11-20'),
    });
  });

  it('saves a cleared given date and a new meaning', () => {
    const saved = { ...GOOD, givenDate: '2026-11-20' };
    const values = { ...GOOD, givenDateMeaning: 'decide-by' as const };
    expect(buildSaveDraft(values, {}, saved)).toEqual({ givenDate: '', givenDateMeaning: 'decide-by' });
  });

  it('does not save an emptied interview date', () => {
    const values = { ...GOOD, interviewDate: '' };
    expect(buildSaveDraft(values, checkForm(values, {}, TODAY), GOOD)).toEqual({});
  });
});

describe('formValuesOf', () => {
  it('is the empty form without an application, and the saved fields with one', () => {
    expect(formValuesOf(null)).toEqual(EMPTY_FORM);
    const application = buildApplication('a1', '2026-11-20T10:00:00.000Z', {
      interviewDate: isoDate('2026-11-17'),
      company: 'Greenway',
    });
    expect(formValuesOf(application)).toEqual({
      ...EMPTY_FORM,
      interviewDate: '2026-11-17',
      company: 'Greenway',
    });
  });
});
