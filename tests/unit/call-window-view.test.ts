import { describe, expect, it } from 'vitest';
import type { CallStatus } from '../../src/lib/call-window/advice';
import type { TimelineDay } from '../../src/lib/call-window/rule';
import {
  buildCallWindowView,
  callLogOf,
  FIX_SENTENCE,
  suggestsEmail,
  timelineTags,
  WAITING_SENTENCE,
  type CallWindowView,
} from '../../src/lib/call-window/view';
import type { ActivityEntry } from '../../src/lib/storage/schemas/application';
import { isoDate } from '../../src/lib/dates';

// A Tuesday interview: the window runs Tuesday, November 24 to Tuesday, December 1.
const INTERVIEW = '2026-11-17';

function ready(view: CallWindowView): Extract<CallWindowView, { kind: 'ready' }> {
  if (view.kind !== 'ready') throw new Error(`Expected a window, got "${view.kind}"`);
  return view;
}

describe('buildCallWindowView', () => {
  it.each([
    ['no today yet (the server)', { interviewDate: INTERVIEW }, null, 'waiting', WAITING_SENTENCE],
    ['no interview date', { interviewDate: '' }, '2026-11-28', 'waiting', WAITING_SENTENCE],
    ['an interview over a year away', { interviewDate: '2028-01-05' }, '2026-11-28', 'fix', FIX_SENTENCE],
    [
      'a given date before the interview',
      { interviewDate: INTERVIEW, givenDate: '2026-11-10' },
      '2026-11-28',
      'fix',
      FIX_SENTENCE,
    ],
  ] as const)('%s: %s', (_why, input, today, kind, sentence) => {
    expect(buildCallWindowView(input, today && isoDate(today))).toEqual({ kind, sentence });
  });

  it.each<[string, string, CallStatus, string | null]>([
    // [today, why, status, reminder day]
    ['2026-11-16', 'before the interview', 'interview-ahead', '2026-11-24'],
    ['2026-11-19', 'too soon', 'too-soon', '2026-11-24'],
    ['2026-11-24', 'the suggested day', 'in-window', '2026-11-24'],
    ['2026-11-26', 'later in the window', 'in-window', '2026-11-26'],
    ['2026-11-28', 'a Saturday in the window: Monday', 'in-window', '2026-11-30'],
    ['2026-12-03', 'past the window', 'past-window', null],
    ['2027-02-01', 'long past', 'long-past', null],
  ])('on %s (%s): %s, reminder on %s', (today, _why, status, reminderDay) => {
    const view = ready(buildCallWindowView({ interviewDate: INTERVIEW }, isoDate(today)));
    expect(view.advice.status).toBe(status);
    expect(view.reminder).toEqual(reminderDay ? { day: reminderDay, action: 'call' } : null);
    expect(view.window.suggested).toBe('2026-11-24');
    expect(view.showsWindow).toBe(true);
    expect(view.emailDay).toBeNull();
  });

  it('puts the window in words, with the year only when it is not this year', () => {
    expect(ready(buildCallWindowView({ interviewDate: INTERVIEW }, isoDate('2026-11-19'))).windowText).toBe(
      'Tuesday, November 24 to Tuesday, December 1',
    );
    expect(
      ready(buildCallWindowView({ interviewDate: '2026-12-24' }, isoDate('2026-12-26'))).windowText,
    ).toBe('Thursday, December 31 to Thursday, January 7, 2027');
  });

  it.each([
    [{ interviewDate: INTERVIEW }, /usual rule/],
    [
      { interviewDate: INTERVIEW, givenDate: '2026-11-20', givenDateMeaning: 'call-on' as const },
      /asked you to call on Friday, November 20, so/,
    ],
    [
      { interviewDate: INTERVIEW, givenDate: '2026-11-21', givenDateMeaning: 'call-on' as const },
      /Saturday, November 21\. That is a weekend/,
    ],
    [
      { interviewDate: INTERVIEW, givenDate: '2026-11-20', givenDateMeaning: 'decide-by' as const },
      /decide by Friday, November 20, so call on the second working day after it/,
    ],
  ])('explains where the window comes from: %j', (input, basis) => {
    expect(ready(buildCallWindowView(input, isoDate('2026-11-19'))).basisText).toMatch(basis);
  });

  it('after a voicemail, shows only the email day (a week on, a weekday) and reminds of the email', () => {
    // Left on Tuesday, November 24: a week on is Tuesday, December 1.
    const view = ready(
      buildCallWindowView({ interviewDate: INTERVIEW }, isoDate('2026-11-25'), {
        voicemailLeftOn: isoDate('2026-11-24'),
      }),
    );
    expect(view.advice.status).toBe('voicemail-left');
    expect(view.showsWindow).toBe(false);
    expect(view.emailDay).toBe('2026-12-01');
    expect(view.reminder).toEqual({ day: '2026-12-01', action: 'email' });
  });

  it('after a voicemail, once the email day has passed, reminds of the email on the next weekday', () => {
    // Saturday, December 5: the email is due; the reminder goes on Monday.
    const view = ready(
      buildCallWindowView({ interviewDate: INTERVIEW }, isoDate('2026-12-05'), {
        voicemailLeftOn: isoDate('2026-11-24'),
      }),
    );
    expect(view.emailDay).toBe('2026-12-07');
    expect(view.reminder).toEqual({ day: '2026-12-07', action: 'email' });
  });

  it('once they replied, no window, no email and no reminder', () => {
    const view = ready(
      buildCallWindowView({ interviewDate: INTERVIEW }, isoDate('2026-11-25'), {
        repliedOn: isoDate('2026-11-25'),
      }),
    );
    expect(view).toMatchObject({ showsWindow: false, emailDay: null, reminder: null });
  });

  it('marks the decision day only for a "decide by" date', () => {
    const decide = ready(
      buildCallWindowView(
        { interviewDate: INTERVIEW, givenDate: '2026-11-20', givenDateMeaning: 'decide-by' },
        isoDate('2026-11-19'),
      ),
    );
    expect(decide.decisionDay).toBe('2026-11-20');
    const decisionDay = decide.days.find((day) => day.date === '2026-11-20');
    expect(decisionDay && timelineTags(decisionDay, decide.decisionDay)).toContain('Decision day');
    const callOn = ready(
      buildCallWindowView({ interviewDate: INTERVIEW, givenDate: '2026-11-20' }, isoDate('2026-11-19')),
    );
    expect(callOn.decisionDay).toBeNull();
  });

  it('lists days 0 to 14 for the timeline', () => {
    const days = ready(buildCallWindowView({ interviewDate: INTERVIEW }, isoDate('2026-11-19'))).days;
    expect(days.map((day) => day.dayNumber)).toEqual([...Array(15).keys()]);
  });
});

describe('callLogOf', () => {
  const entry = (kind: ActivityEntry['kind'], date: string) => ({ kind, date: isoDate(date) });
  it.each([
    ['an empty log', [], {}],
    [
      'the latest voicemail wins',
      [entry('left-voicemail', '2026-11-30'), entry('left-voicemail', '2026-11-24')],
      { voicemailLeftOn: '2026-11-30' },
    ],
    [
      'a reply',
      [entry('sent-email', '2026-11-25'), entry('they-replied', '2026-11-26')],
      { repliedOn: '2026-11-26' },
    ],
    ['other kinds are ignored', [entry('called-spoke', '2026-11-24'), entry('offer', '2026-12-02')], {}],
  ] as const)('%s', (_why, log, expected) => {
    expect(callLogOf(log)).toEqual({ voicemailLeftOn: undefined, repliedOn: undefined, ...expected });
  });
});

describe('timelineTags', () => {
  const day = (flags: Partial<TimelineDay>): TimelineDay => ({
    date: isoDate('2026-11-24'),
    dayNumber: 7,
    weekday: 'Tuesday',
    label: 'Tue, Nov 24',
    isWeekend: false,
    inWindow: false,
    isToday: false,
    isSuggested: false,
    isInterview: false,
    ...flags,
  });
  it.each([
    ['a plain day', {}, []],
    ['the interview', { isInterview: true, isToday: true }, ['Interview', 'Today']],
    ['the suggested day', { inWindow: true, isSuggested: true }, ['Suggested day', 'Call window']],
    ['a weekend inside the window is only a weekend', { inWindow: true, isWeekend: true }, ['Weekend']],
    ['today in the window', { inWindow: true, isToday: true }, ['Today', 'Call window']],
  ])('%s', (_why, flags, tags) => {
    expect(timelineTags(day(flags))).toEqual(tags);
  });
});

describe('suggestsEmail', () => {
  it.each<[CallStatus, boolean]>([
    ['interview-ahead', false],
    ['too-soon', false],
    ['in-window', false],
    ['past-window', true],
    ['long-past', true],
    ['voicemail-left', true],
    ['replied', false],
  ])('%s → %s', (status, expected) => {
    expect(suggestsEmail(status)).toBe(expected);
  });
});
