import { describe, expect, it } from 'vitest';
import { buildApplication } from '../../src/lib/follow-ups/application-edits';
import { describeApplication } from '../../src/lib/follow-ups/names';
import {
  describeReminderContents,
  hasVoicemailScript,
  reminderFor,
} from '../../src/lib/calendar/reminder-details';
import type { Profile } from '../../src/lib/storage/schemas/profile';
import { isoDate } from '../../src/lib/dates';

const PROFILE: Profile = { fullName: 'Priya Shah', phone: '(555) 010-0148', email: 'priya@example.com' };
const APPLICATION = buildApplication('app-1', '2026-11-17T18:00:00.000Z', {
  company: 'Greenway Dental',
  jobTitle: 'Office Manager',
  interviewerName: 'Ms. Alvarez',
  interviewerPhone: '(555) 010-0142',
  interviewDate: isoDate('2026-11-17'),
});
const CALL_DAY = isoDate('2026-11-24');

describe('hasVoicemailScript', () => {
  it('is true for an edited voicemail, or when every detail the script needs is there', () => {
    expect(hasVoicemailScript(APPLICATION, PROFILE)).toBe(true);
    expect(
      hasVoicemailScript({ ...APPLICATION, scripts: { voicemail: 'Mine.' } }, { ...PROFILE, phone: '' }),
    ).toBe(true);
  });

  it('is false while a detail is missing, or without an interview', () => {
    expect(hasVoicemailScript(APPLICATION, { ...PROFILE, fullName: '' })).toBe(false);
    expect(hasVoicemailScript(null, PROFILE)).toBe(false);
  });
});

describe('reminderFor', () => {
  it('carries the application and your number for a call, without the script', () => {
    expect(reminderFor(APPLICATION, PROFILE, CALL_DAY, 'call', 'https://example.com/lessons/')).toEqual({
      suggested: CALL_DAY,
      action: 'call',
      company: 'Greenway Dental',
      jobTitle: 'Office Manager',
      interviewerName: 'Ms. Alvarez',
      interviewerPhone: '(555) 010-0142',
      interviewerEmail: undefined,
      yourPhone: '(555) 010-0148',
      lessonUrl: 'https://example.com/lessons/',
      applicationId: 'app-1',
    });
  });

  it('carries the email address, not the phone numbers, for an email', () => {
    const details = reminderFor(
      { ...APPLICATION, interviewerEmail: 'a@example.com' },
      PROFILE,
      CALL_DAY,
      'email',
    );
    expect(details).toMatchObject({ action: 'email', interviewerEmail: 'a@example.com' });
    expect(details.interviewerPhone).toBeUndefined();
    expect(details.yourPhone).toBeUndefined();
  });

  it('works without an application', () => {
    expect(reminderFor(null, PROFILE, CALL_DAY)).toMatchObject({
      suggested: CALL_DAY,
      company: '',
      jobTitle: '',
    });
  });
});

describe('describeReminderContents', () => {
  it.each([
    [{}, /^Add “Details for your reminder”/],
    [{ company: 'Greenway Dental' }, /^It holds the company\.$/],
    [
      { company: 'G', jobTitle: 'O', yourPhone: '555' },
      /^It holds the company, the job title and your own number\.$/,
    ],
    [
      { interviewerPhone: '555', voicemail: 'Hi' },
      /^It holds the number to call and your voicemail script\.$/,
    ],
  ])('%j', (change, sentence) => {
    expect(
      describeReminderContents({
        suggested: isoDate(CALL_DAY),
        company: '',
        jobTitle: '',
        interviewerName: '',
        ...change,
      }),
    ).toMatch(sentence);
  });
});

describe('describeApplication', () => {
  it.each([
    [{ company: 'Greenway Dental', jobTitle: 'Office Manager' }, 'Office Manager at Greenway Dental'],
    [{ company: 'Greenway Dental', jobTitle: ' ' }, 'Greenway Dental'],
    [{ company: '', jobTitle: 'Office Manager' }, 'Office Manager'],
    [{ company: '', jobTitle: '' }, null],
  ])('%j → %j', (application, expected) => {
    expect(describeApplication(application)).toBe(expected);
  });
  it('is null without an application', () => expect(describeApplication(null)).toBeNull());
});
