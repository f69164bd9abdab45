import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildApplication } from '../../src/lib/follow-ups/application-edits';
import { buildCallDaysCalendar } from '../../src/lib/calendar/call-days';
import type { Profile } from '../../src/lib/storage/schemas/profile';

const PROFILE: Profile = { fullName: 'Priya Shah', phone: '(555) 010-0148', email: 'priya@example.com' };
const NOW = new Date(Date.UTC(2026, 10, 20, 15, 4, 5));
const LESSON = 'https://example.com/lessons/prepare-your-script/';

function interview(id: string, company: string, interviewDate: string) {
  return buildApplication(id, '2026-11-17T18:00:00.000Z', {
    company,
    jobTitle: 'Office Manager',
    interviewerName: 'Ms. Alvarez',
    interviewerPhone: '(555) 010-0142',
    interviewDate,
  });
}

describe('buildCallDaysCalendar', () => {
  it('gives each call day its own event, with that interview and its voicemail', () => {
    const ics = buildCallDaysCalendar(
      [
        { application: interview('a', 'Greenway Dental', '2026-11-17'), day: '2026-11-24' },
        { application: interview('b', 'Harbor Clinic', '2026-11-18'), day: '2026-11-25' },
      ],
      PROFILE,
      LESSON,
      NOW,
    );
    const events = ICAL.Component.fromString(ics)
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => event.startDate.toString())).toEqual(['2026-11-24', '2026-11-25']);
    expect(events[0]?.summary).toContain('Greenway Dental');
    expect(events[1]?.summary).toContain('Harbor Clinic');
    expect(events[0]?.description).toContain('(555) 010-0148');
    expect(events[0]?.description).toContain(LESSON);
  });
});
