import { describe, expect, it } from 'vitest';
import { buildApplication } from '../../src/lib/follow-ups/application-edits';
import { BAD_DATE_MESSAGE } from '../../src/lib/date-field';
import { DEFAULT_PROFILE } from '../../src/lib/storage/schemas/profile';
import {
  buildScriptSaves,
  checkScriptForm,
  detailsOfForm,
  EMAIL_MESSAGE,
  EMPTY_SCRIPT_FORM,
  scriptFormValuesOf,
  type ScriptFormValues,
} from '../../src/lib/script/form';
import { PRIYA, TODAY } from './helpers/script-details';
import { isoDate } from '../../src/lib/dates';

const FORM: ScriptFormValues = {
  fullName: PRIYA.fullName,
  phone: PRIYA.phone,
  email: PRIYA.email,
  jobTitle: PRIYA.jobTitle,
  company: PRIYA.company,
  interviewerName: PRIYA.interviewerName,
  interviewDate: PRIYA.interviewDate,
  interviewerEmail: PRIYA.interviewerEmail,
  achievement1: '',
  achievement2: '',
};

describe('scriptFormValuesOf', () => {
  it('is empty with nothing saved', () => {
    expect(scriptFormValuesOf(DEFAULT_PROFILE, null)).toEqual(EMPTY_SCRIPT_FORM);
  });

  it('reads the profile and the application, achievements in their places', () => {
    const application = buildApplication('a1', '2026-11-17T10:00:00.000Z', {
      jobTitle: 'Office Manager',
      interviewDate: isoDate('2026-11-17'),
      achievements: ['', 'cut costs by 15%'],
    });
    expect(scriptFormValuesOf({ fullName: 'Zoë Ñúñez', phone: '', email: '' }, application)).toMatchObject({
      fullName: 'Zoë Ñúñez',
      jobTitle: 'Office Manager',
      interviewDate: '2026-11-17',
      achievement1: '',
      achievement2: 'cut costs by 15%',
    });
  });
});

describe('detailsOfForm', () => {
  it('gives the details as typed, a date only when it is one', () => {
    expect(detailsOfForm(FORM)).toEqual({ ...PRIYA, achievements: ['', ''] });
    expect(detailsOfForm({ ...FORM, interviewDate: '2026-02-30' }).interviewDate).toBe('');
  });

  it('leaves out a value with a problem, so the text shows its gap instead', () => {
    const values = { ...FORM, phone: '555-CALL', email: 'nope' };
    const details = detailsOfForm(values, checkScriptForm(values, false, isoDate(TODAY)));
    expect(details).toMatchObject({ phone: '', email: '', fullName: 'Priya Shah' });
  });
});

describe('checkScriptForm', () => {
  it('finds nothing wrong with a good or empty form', () => {
    expect(checkScriptForm(FORM, false, isoDate(TODAY))).toEqual({});
    expect(checkScriptForm(EMPTY_SCRIPT_FORM, false, isoDate(TODAY))).toEqual({});
  });

  it.each([
    ['a phone number too short', { phone: '555-01' }, 'phone', /5 digits/],
    ['a phone number with letters', { phone: '555-CALL-NOW' }, 'phone', /digits only/],
    ['your email without an @', { email: 'priya.example.com' }, 'email', EMAIL_MESSAGE],
    [
      "the interviewer's email with a space",
      { interviewerEmail: 'd alvarez@x.example' },
      'interviewerEmail',
      EMAIL_MESSAGE,
    ],
    [
      'an interview over a year ago',
      { interviewDate: '2024-11-17' },
      'interviewDate',
      /more than a year ago/,
    ],
    [
      'an interview over a year ahead',
      { interviewDate: '2028-01-01' },
      'interviewDate',
      /more than a year from today/,
    ],
  ] as const)('flags %s', (_, change, field, message) => {
    const errors = checkScriptForm({ ...FORM, ...change }, false, isoDate(TODAY));
    expect(Object.keys(errors)).toEqual([field]);
    if (typeof message === 'string') expect(errors[field]).toBe(message);
    else expect(errors[field]).toMatch(message);
  });

  it('flags a date the browser holds back', () => {
    expect(checkScriptForm({ ...FORM, interviewDate: '' }, true, isoDate(TODAY))).toEqual({
      interviewDate: BAD_DATE_MESSAGE,
    });
  });
});

describe('buildScriptSaves', () => {
  it('saves only what changed, split between the profile and the application', () => {
    const values = {
      ...FORM,
      fullName: "O'Brien-Smith",
      company: '王小明 Dental',
      achievement2: 'cut costs by 15%',
    };
    expect(buildScriptSaves(values, {}, FORM)).toEqual({
      profile: { fullName: "O'Brien-Smith" },
      application: { company: '王小明 Dental', achievements: ['', 'cut costs by 15%'] },
    });
  });

  it('never saves a field with a problem', () => {
    const values = { ...FORM, phone: '12', interviewerEmail: 'nope', interviewDate: '' };
    const errors = checkScriptForm(values, true, isoDate(TODAY));
    expect(buildScriptSaves(values, errors, FORM)).toEqual({ profile: {}, application: {} });
  });

  it('saves an emptied field, and drops trailing empty achievements', () => {
    const saved = { ...FORM, achievement1: 'a', achievement2: '' };
    const values = { ...saved, email: '', achievement1: '' };
    expect(buildScriptSaves(values, {}, saved)).toEqual({
      profile: { email: '' },
      application: { achievements: [] },
    });
  });
});
