import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildReminderEvent, buildReminderUid, buildRemindersCalendar } from '../../src/lib/calendar/event';
import { buildGoogleCalendarUrl } from '../../src/lib/calendar/google-calendar';
import {
  buildReminderFileName,
  buildReminderSummary,
  type ReminderDetails,
} from '../../src/lib/calendar/reminder';
import { isoDate } from '../../src/lib/dates';

const NOW = new Date(Date.UTC(2026, 10, 20, 15, 4, 5));
const VOICEMAIL =
  'Hi Zoë, this is Sam Lee; I interviewed for the Office Manager job on Tuesday.\n' +
  "I'm still very interested, and I'd love to hear about next steps. 😀 ".repeat(4) +
  '\nMy number is 555-987-6543. Thank you!';

const BASE: ReminderDetails = {
  suggested: isoDate('2026-12-07'),
  company: 'Greenway Dental',
  jobTitle: 'Office Manager',
  interviewerName: 'Zoë Ñúñez',
  interviewerPhone: '(555) 123-4567',
  yourPhone: '555-987-6543',
  voicemail: VOICEMAIL,
  lessonUrl: 'https://example.com/lessons/when-to-call/',
};

function veventsOf(ics: string): ICAL.Component[] {
  return ICAL.Component.fromString(ics).getAllSubcomponents('vevent');
}

function eventOf(ics: string): ICAL.Event {
  const [vevent] = veventsOf(ics);
  if (!vevent) throw new Error('No VEVENT');
  return new ICAL.Event(vevent);
}

/** Physical lines as raw bytes, split at CRLF, without the empty piece after the last CRLF. */
function byteLines(ics: string): Uint8Array[] {
  const bytes = new TextEncoder().encode(ics);
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 2;
    }
  }
  expect(start).toBe(bytes.length);
  return lines;
}

const ODD_TEXT: Array<[string, Partial<ReminderDetails>]> = [
  ['plain', {}],
  ['commas, semicolons and a backslash', { company: 'Smith, Jr.; PhD \\ Sons', jobTitle: 'Lead; Ops, East' }],
  ['accents', { company: 'Zoë Ñúñez Café', interviewerName: 'Zoë Ñúñez' }],
  ['emoji', { company: 'Sunny Days 🌞 Daycare', voicemail: '👩🏽‍💼'.repeat(40) }],
  ['HTML', { company: '<img src=x onerror=alert(1)>', jobTitle: '<b>Boss</b> & "Co"' }],
  ['a long voicemail', { voicemail: `${'Très bien, merci; '.repeat(30)}\r\nBye.` }],
  ...[0, 1, 2, 3].map((shift): [string, Partial<ReminderDetails>] => [
    `emoji across a fold, shift ${shift}`,
    { voicemail: `${'a'.repeat(shift)}${'é😀'.repeat(60)}` },
  ]),
];

describe.each(ODD_TEXT)('buildReminderEvent with %s text', (_name, overrides) => {
  const details = { ...BASE, ...overrides };
  const ics = buildReminderEvent(details, NOW);

  it('ends every line with CRLF and nothing else', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
  });

  it('keeps every line within 75 octets without splitting a UTF-8 character', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const line of byteLines(ics)) {
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(line)).not.toThrow();
    }
  });

  it('reads back, through ical.js, to the same text', () => {
    const event = eventOf(ics);
    expect(event.summary).toBe(buildReminderSummary(details));
    expect(event.description).toContain(details.company.trim());
    expect(event.description).toContain(details.interviewerName);
    expect(event.description).toContain('(555) 123-4567');
    expect(event.description).toContain((details.voicemail ?? '').replace(/\r\n/g, '\n').trim());
    const alarm = event.component.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('description')).toBe(buildReminderSummary(details));
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('PT9H');
  });
});

describe('buildReminderEvent', () => {
  const ics = buildReminderEvent(BASE, NOW);
  const unfolded = ics.replace(/\r\n[ \t]/g, '');

  it('escapes backslash, semicolon, comma and newline in the file itself', () => {
    const raw = buildReminderEvent(
      { ...BASE, company: 'Smith, Jr.; PhD \\ Sons', voicemail: 'one\ntwo' },
      NOW,
    ).replace(/\r\n[ \t]/g, '');
    expect(raw).toContain('SUMMARY:Call Smith\\, Jr.\\; PhD \\\\ Sons about the Office Manager job\r\n');
    expect(raw).toContain('say:\\none\\ntwo');
    // ical.js would forgive a raw VALARM text, so check the bytes.
    expect(raw).toContain(
      'BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Call Smith\\, Jr.\\; PhD \\\\ Sons about',
    );
  });

  it('is an all-day event on the suggested day, ending (exclusively) the next day', () => {
    expect(unfolded).toContain('\r\nDTSTART;VALUE=DATE:20261207\r\n');
    expect(unfolded).toContain('\r\nDTEND;VALUE=DATE:20261208\r\n');
    const event = eventOf(ics);
    expect(event.startDate.isDate).toBe(true);
    expect(event.endDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-12-07');
    expect(event.endDate.toString()).toBe('2026-12-08');
  });

  it.each([
    ['2026-12-31', '20261231', '20270101'],
    ['2028-02-28', '20280228', '20280229'],
    ['2028-02-29', '20280229', '20280301'],
    ['2026-03-08', '20260308', '20260309'],
    ['2026-04-05', '20260405', '20260406'],
  ])('puts a reminder for %s on %s, ending %s', (suggested, start, end) => {
    const text = buildReminderEvent({ ...BASE, suggested: isoDate(suggested) }, NOW);
    expect(text).toContain(`DTSTART;VALUE=DATE:${start}\r\n`);
    expect(text).toContain(`DTEND;VALUE=DATE:${end}\r\n`);
    expect(eventOf(text).startDate.toString()).toBe(suggested);
  });

  it('stamps DTSTAMP in UTC from `now`', () => {
    expect(unfolded).toMatch(/\r\nDTSTAMP:20261120T150405Z\r\n/);
    const stamp = eventOf(ics).component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.zone?.tzid).toBe('UTC');
  });

  it('gives the same application and day the same UID, whatever the time or the script', () => {
    const uid = eventOf(ics).uid;
    expect(uid).toMatch(/^call-2026-12-07-[0-9a-f]{16}@callback-coach$/);
    expect(eventOf(buildReminderEvent({ ...BASE, voicemail: 'Other' }, new Date(0))).uid).toBe(uid);
    expect(buildReminderUid({ ...BASE, company: '  greenway   DENTAL ' })).toBe(uid);
    expect(buildReminderUid({ ...BASE, suggested: isoDate('2026-12-08') })).not.toBe(uid);
    expect(buildReminderUid({ ...BASE, company: 'Greenway Dentistry' })).not.toBe(uid);
    expect(buildReminderUid({ ...BASE, applicationId: 'a1' })).toBe(
      buildReminderUid({ ...BASE, company: 'X', applicationId: 'a1' }),
    );
  });

  it('leaves out what was not given', () => {
    const event = eventOf(
      buildReminderEvent(
        { suggested: isoDate('2026-12-07'), company: '', jobTitle: '', interviewerName: '' },
        NOW,
      ),
    );
    expect(event.summary).toBe('Follow-up call about your interview');
    expect(event.description).toBe('Follow-up call after your interview.');
  });

  it.each([['2026-02-30'], [''], ['12/07/2026']])('refuses the day %j', (suggested) => {
    expect(() => buildReminderEvent({ ...BASE, suggested: isoDate(suggested) }, NOW)).toThrow(RangeError);
  });

  it('refuses an invalid `now`', () => {
    expect(() => buildReminderEvent(BASE, new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('an email reminder', () => {
  const email: ReminderDetails = {
    ...BASE,
    action: 'email',
    interviewerPhone: undefined,
    yourPhone: undefined,
    voicemail: undefined,
    interviewerEmail: 'zoe@example.com',
  };

  it('says to email, with the address, and gets its own UID and file name', () => {
    const event = eventOf(buildReminderEvent(email, NOW));
    expect(event.summary).toBe('Email Greenway Dental about the Office Manager job');
    expect(event.description).toContain('Send a short follow-up email');
    expect(event.description).toContain('Email: zoe@example.com');
    expect(event.uid).toMatch(/^email-2026-12-07-[0-9a-f]{16}@callback-coach$/);
    expect(event.uid).not.toBe(eventOf(buildReminderEvent(BASE, NOW)).uid);
    expect(buildReminderFileName(email)).toBe('email-greenway-dental-2026-12-07.ics');
  });
});

describe('buildRemindersCalendar', () => {
  it('puts several reminders in one calendar', () => {
    const ics = buildRemindersCalendar(
      [
        BASE,
        { ...BASE, company: 'Acme', suggested: isoDate('2026-12-09') },
        { ...BASE, jobTitle: 'Dentist' },
      ],
      NOW,
    );
    expect(ics.match(/^BEGIN:VCALENDAR\r$/gm)).toHaveLength(1);
    const events = veventsOf(ics).map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => event.startDate.toString())).toEqual([
      '2026-12-07',
      '2026-12-09',
      '2026-12-07',
    ]);
    expect(new Set(events.map((event) => event.uid)).size).toBe(3);
    expect(events[0]?.uid).toBe(buildReminderUid(BASE));
  });

  it('refuses an empty list', () => {
    expect(() => buildRemindersCalendar([], NOW)).toThrow(RangeError);
  });
});

describe('buildReminderFileName', () => {
  it.each([
    ['Greenway Dental', 'call-greenway-dental-2026-12-07.ics'],
    ['Zoë Ñúñez & Co.', 'call-zoe-nunez-co-2026-12-07.ics'],
    ['<img src=x onerror=alert(1)>', 'call-img-src-x-onerror-alert-1-2026-12-07.ics'],
    ['../../etc/passwd', 'call-etc-passwd-2026-12-07.ics'],
    ['🌞', 'call-reminder-2026-12-07.ics'],
    ['', 'call-reminder-2026-12-07.ics'],
    [
      'The Very Long Name Of A Company That Goes On And On Inc',
      'call-the-very-long-name-of-a-company-that-2026-12-07.ics',
    ],
  ])('%j → %s', (company, name) => {
    expect(buildReminderFileName({ company, suggested: isoDate('2026-12-07') })).toBe(name);
    expect(name).toMatch(/^[a-z0-9-]+\.ics$/);
  });
});

describe('buildGoogleCalendarUrl', () => {
  const details = { ...BASE, company: 'Fish & Chips #1', voicemail: 'Call me back + soon?' };
  const url = buildGoogleCalendarUrl(details, { withScript: true });

  it('leaves the voicemail script out unless asked', () => {
    const without = new URL(buildGoogleCalendarUrl(details, { withScript: false })).searchParams;
    expect(without.get('details')).not.toContain('Call me back');
    expect(without.get('details')).not.toContain('If you reach voicemail');
    expect(without.get('details')).toContain('(555) 123-4567');
  });

  it('opens the template form with the all-day dates', () => {
    expect(url.startsWith('https://calendar.google.com/calendar/render?action=TEMPLATE&text=')).toBe(true);
    expect(url).toContain('&dates=20261207/20261208&');
    expect(
      buildGoogleCalendarUrl({ ...BASE, suggested: isoDate('2026-12-31') }, { withScript: false }),
    ).toContain('&dates=20261231/20270101&');
  });

  it('encodes &, #, + and spaces so the text arrives whole', () => {
    expect(url).toContain('text=Call%20Fish%20%26%20Chips%20%231%20about%20the%20Office%20Manager%20job&');
    expect(url).not.toMatch(/[ #+]/);
    const params = new URL(url).searchParams;
    expect(params.get('text')).toBe('Call Fish & Chips #1 about the Office Manager job');
    expect(params.get('details')).toContain('Call me back + soon?');
    expect(params.get('details')).toContain('(555) 123-4567');
  });

  it('keeps markup as literal text', () => {
    const params = new URL(
      buildGoogleCalendarUrl({ ...BASE, company: '<img src=x onerror=alert(1)>' }, { withScript: false }),
    ).searchParams;
    expect(params.get('text')).toBe('Call <img src=x onerror=alert(1)> about the Office Manager job');
  });
});
