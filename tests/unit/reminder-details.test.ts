import { describe, expect, it } from 'vitest';
import { buildApplication } from '../../src/lib/follow-ups/application-edits';
import {
  buildCallReminder,
  describeApplication,
  describeReminderContents,
  voicemailFor,
} from '../../src/lib/calendar/reminder-details';
import type { Profile } from '../../src/lib/storage/schemas/profile';

const PROFILE: Profile = { fullName: 'Priya Shah', phone: '(555) 010-0148', email: 'priya@example.com' };
const APPLICATION = buildApplication('app-1', '2026-11-17T18:00:00.000Z', {
  company: 'Greenway Dental',
  jobTitle: 'Office Manager',
  interviewerName: 'Ms. Alvarez',
  interviewerPhone: '(555) 010-0142',
  interviewDate: '2026-11-17',
});
const CALL_DAY = '2026-11-24';

describe('voicemailFor', () => {
  it('prefers the voicemail the user edited', () => {
    const edited = { ...APPLICATION, scripts: { voicemail: '  My own words.  ' } };
    expect(voicemailFor(edited, PROFILE, CALL_DAY)).toBe('My own words.');
  });

  it('builds the script as said on the call day when every detail is there', () => {
    const voicemail = voicemailFor(APPLICATION, PROFILE, CALL_DAY);
    expect(voicemail).toContain(
      'Hi Ms. Alvarez, this is Priya Shah. I interviewed with you last Tuesday, November 17,',
    );
    expect(voicemail).toContain('(555) 010-0148');
  });

  it.each(['fullName', 'phone'] as const)('leaves it out while the profile has no %s', (field) => {
    expect(voicemailFor(APPLICATION, { ...PROFILE, [field]: '' }, CALL_DAY)).toBeUndefined();
  });
});

describe('buildCallReminder', () => {
  it('carries the application, your number and the voicemail', () => {
    expect(buildCallReminder(APPLICATION, PROFILE, CALL_DAY, 'https://example.com/lessons/')).toEqual({
      suggested: CALL_DAY,
      company: 'Greenway Dental',
      jobTitle: 'Office Manager',
      interviewerName: 'Ms. Alvarez',
      interviewerPhone: '(555) 010-0142',
      yourPhone: '(555) 010-0148',
      voicemail: voicemailFor(APPLICATION, PROFILE, CALL_DAY),
      lessonUrl: 'https://example.com/lessons/',
      applicationId: 'app-1',
    });
  });

  it('works without an application', () => {
    const details = buildCallReminder(null, PROFILE, CALL_DAY);
    expect(details).toMatchObject({ suggested: CALL_DAY, company: '', jobTitle: '', voicemail: undefined });
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
        suggested: CALL_DAY,
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
