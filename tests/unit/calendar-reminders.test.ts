import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildApplication } from '../../src/lib/follow-ups/application-edits';
import { buildActionsCalendar, buildReminder, voicemailFor } from '../../src/lib/calendar/reminders';
import type { Profile } from '../../src/lib/storage/schemas/profile';
import { isoDate } from '../../src/lib/dates';

const PROFILE: Profile = { fullName: 'Priya Shah', phone: '(312) 555-0148', email: 'priya@example.com' };
const NOW = new Date(Date.UTC(2026, 10, 20, 15, 4, 5));
const LESSONS = {
  call: 'https://example.com/lessons/prepare-your-script/',
  email: 'https://example.com/lessons/email-instead/',
};
const CALL_DAY = isoDate('2026-11-24');

function interview(id: string, company: string, interviewDate: string) {
  return buildApplication(id, '2026-11-17T18:00:00.000Z', {
    company,
    jobTitle: 'Office Manager',
    interviewerName: 'Ms. Alvarez',
    interviewerPhone: '(312) 555-0142',
    interviewerEmail: 'alvarez@example.com',
    interviewDate: isoDate(interviewDate),
  });
}
const APPLICATION = interview('app-1', 'Greenway Dental', '2026-11-17');

describe('voicemailFor', () => {
  it('prefers the voicemail the user edited', () => {
    const edited = { ...APPLICATION, scripts: { voicemail: '  My own words.  ' } };
    expect(voicemailFor(edited, PROFILE, CALL_DAY)).toBe('My own words.');
  });

  it('builds the script when every detail is there', () => {
    const voicemail = voicemailFor(APPLICATION, PROFILE, CALL_DAY);
    expect(voicemail).toContain('Priya Shah');
    expect(voicemail).toContain('(312) 555-0148');
  });

  it.each(['fullName', 'phone'] as const)('leaves it out while the profile has no %s', (field) => {
    expect(voicemailFor(APPLICATION, { ...PROFILE, [field]: '' }, CALL_DAY)).toBeUndefined();
  });
});

describe('buildReminder', () => {
  it('adds the voicemail script to a call reminder', () => {
    const details = buildReminder(APPLICATION, PROFILE, CALL_DAY, 'call', LESSONS.call);
    expect(details.voicemail).toBe(voicemailFor(APPLICATION, PROFILE, CALL_DAY));
    expect(details).toMatchObject({ action: 'call', yourPhone: '(312) 555-0148', lessonUrl: LESSONS.call });
  });

  it('leaves it out of an email reminder', () => {
    expect(buildReminder(APPLICATION, PROFILE, CALL_DAY, 'email').voicemail).toBeUndefined();
  });
});

describe('buildActionsCalendar', () => {
  it('gives each next action its own event: calls with their voicemail, emails with the address', () => {
    const ics = buildActionsCalendar(
      [
        { application: APPLICATION, day: isoDate('2026-11-24'), action: 'call' },
        {
          application: interview('b', 'Harbor Clinic', '2026-11-18'),
          day: isoDate('2026-12-09'),
          action: 'email',
        },
      ],
      PROFILE,
      LESSONS,
      NOW,
    );
    const events = ICAL.Component.fromString(ics)
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => [event.startDate.toString(), event.summary])).toEqual([
      ['2026-11-24', 'Call Greenway Dental about the Office Manager job'],
      ['2026-12-09', 'Email Harbor Clinic about the Office Manager job'],
    ]);
    expect(events[0]?.description).toContain('(312) 555-0148');
    expect(events[0]?.description).toContain(LESSONS.call);
    expect(events[1]?.description).toContain('alvarez@example.com');
    expect(events[1]?.description).toContain(LESSONS.email);
    expect(events[1]?.description).not.toContain('If you reach voicemail');
  });
});
