import { describe, expect, it } from 'vitest';
import { adviceForToday } from '../../src/lib/call-window/advice';
import { computeCallWindow } from '../../src/lib/call-window/rule';
import { isoDate, addDays, formatLongDate, weekdayOnOrAfter } from '../../src/lib/dates';
import {
  nextActionFor,
  reminderOf,
  type NextActionBucket,
  type NextActionStatus,
  type TrackedApplication,
} from '../../src/lib/follow-ups/next-action';
import {
  actionKeyOf,
  sortByNextAction,
  summariseToday,
  upcomingActionDays,
} from '../../src/lib/follow-ups/next-action-list';
import type { ActivityKind, Application } from '../../src/lib/storage/schemas/application';

// Tuesday, November 17, 2026: the window runs Tuesday, November 24 to Tuesday, December 1.
const INTERVIEW = isoDate('2026-11-17');

type Log = [ActivityKind, string][];

function tracked(log: Log = [], dates: Partial<TrackedApplication> = {}): TrackedApplication {
  return {
    interviewDate: INTERVIEW,
    givenDate: '',
    givenDateMeaning: 'call-on',
    log: log.map(([kind, date], index) => ({ id: `e${index}`, kind, date: isoDate(date), note: '' })),
    ...dates,
  };
}

interface Case {
  name: string;
  today: string;
  log?: Log;
  dates?: Partial<TrackedApplication>;
  status: NextActionStatus;
  date: string | null;
  bucket: NextActionBucket;
  headline: string;
  sentence?: RegExp;
}

describe('nextActionFor with nothing logged: the call window decides', () => {
  it.each<Case>([
    {
      name: 'interview next week',
      today: '2026-11-10',
      status: 'interview-ahead',
      date: isoDate('2026-11-24'),
      bucket: 'later',
      headline: 'Your interview is coming up',
    },
    {
      name: 'interview tomorrow, told to call the day after',
      today: '2026-11-16',
      dates: { givenDate: isoDate('2026-11-18') },
      status: 'interview-ahead',
      date: isoDate('2026-11-18'),
      bucket: 'this-week',
      headline: 'Your interview is coming up',
    },
    {
      name: 'the interview day itself',
      today: '2026-11-17',
      status: 'too-soon',
      date: isoDate('2026-11-24'),
      bucket: 'this-week',
      headline: 'Too soon to call',
    },
    {
      name: 'two days after',
      today: '2026-11-19',
      status: 'too-soon',
      date: isoDate('2026-11-24'),
      bucket: 'this-week',
      headline: 'Too soon to call',
      sentence: /Wait 5 more days/,
    },
    {
      name: 'the window opens',
      today: '2026-11-24',
      status: 'in-window',
      date: isoDate('2026-11-24'),
      bucket: 'due',
      headline: 'Time to call',
      sentence: /^Call today/,
    },
    {
      name: 'a weekend in the window',
      today: '2026-11-28',
      status: 'in-window',
      date: isoDate('2026-11-30'),
      bucket: 'this-week',
      headline: 'Time to call',
      sentence: /weekend/,
    },
    {
      name: 'the last day',
      today: '2026-12-01',
      status: 'in-window',
      date: isoDate('2026-12-01'),
      bucket: 'due',
      headline: 'Time to call',
    },
    {
      name: 'the day after the window',
      today: '2026-12-02',
      status: 'past-window',
      date: isoDate('2026-12-01'),
      bucket: 'overdue',
      headline: 'Your call window has passed',
    },
    {
      name: 'over six weeks',
      today: '2027-01-05',
      status: 'long-past',
      date: isoDate('2026-12-01'),
      bucket: 'overdue',
      headline: 'Send an email and keep going',
    },
    {
      // The second working day after the decision day: Friday → Tuesday.
      name: '"decide by" a Friday',
      today: '2026-11-23',
      dates: { givenDate: isoDate('2026-12-04'), givenDateMeaning: 'decide-by' },
      status: 'too-soon',
      date: isoDate('2026-12-08'),
      bucket: 'later',
      headline: 'Too soon to call',
    },
    {
      name: '"decide by" a Wednesday: call on Friday',
      today: '2026-12-03',
      dates: { givenDate: isoDate('2026-12-02'), givenDateMeaning: 'decide-by' },
      status: 'too-soon',
      date: isoDate('2026-12-04'),
      bucket: 'this-week',
      headline: 'Too soon to call',
    },
    {
      name: '"decide by" a Friday, on the Monday after: still too soon',
      today: '2026-12-07',
      dates: { givenDate: isoDate('2026-12-04'), givenDateMeaning: 'decide-by' },
      status: 'too-soon',
      date: isoDate('2026-12-08'),
      bucket: 'this-week',
      headline: 'Too soon to call',
    },
    {
      name: 'no interview date',
      today: '2026-11-28',
      dates: { interviewDate: '' },
      status: 'incomplete',
      date: null,
      bucket: 'waiting',
      headline: 'Add the interview date',
    },
    {
      name: 'an interview date over a year ago',
      today: '2026-11-28',
      dates: { interviewDate: isoDate('2025-01-10') },
      status: 'incomplete',
      date: null,
      bucket: 'waiting',
      headline: 'Check the dates',
      sentence: /more than a year ago/,
    },
  ])('$name', ({ today, log, dates, status, date, bucket, headline, sentence }) => {
    const action = nextActionFor(tracked(log, dates), isoDate(today));
    expect(action).toMatchObject({ status, nextActionDate: date, bucket, headline });
    if (sentence) expect(action.sentence).toMatch(sentence);
    expect(action.todo === '').toBe(date === null);
  });
});

describe('nextActionFor follows the log', () => {
  it.each<Case>([
    {
      name: 'a voicemail: wait a week, no more calls',
      today: '2026-11-28',
      log: [['left-voicemail', '2026-11-24']],
      status: 'voicemail-left',
      date: isoDate('2026-12-01'),
      bucket: 'this-week',
      headline: 'You left a voicemail',
      sentence: /don't call again.*Tuesday, December 1.*keep applying/,
    },
    {
      name: 'a voicemail a week ago: email today',
      today: '2026-11-27',
      log: [['left-voicemail', '2026-11-20']],
      status: 'voicemail-left',
      date: isoDate('2026-11-27'),
      bucket: 'due',
      headline: 'You left a voicemail',
      sentence: /Send a short email, and keep applying/,
    },
    {
      name: 'a voicemail and no email since: overdue',
      today: '2026-12-03',
      log: [['left-voicemail', '2026-11-20']],
      status: 'voicemail-left',
      date: isoDate('2026-11-27'),
      bucket: 'overdue',
      headline: 'You left a voicemail',
    },
    {
      name: 'an email after the window opened: your part is done',
      today: '2026-11-28',
      log: [['sent-email', '2026-11-25']],
      status: 'followed-up',
      date: null,
      bucket: 'waiting',
      headline: 'You sent your follow-up email',
      sentence: /on Wednesday, November 25.*keep applying/,
    },
    {
      name: 'a thank-you email before the window: the call is still due',
      today: '2026-11-28',
      log: [['sent-email', '2026-11-18']],
      status: 'in-window',
      date: isoDate('2026-11-30'),
      bucket: 'this-week',
      headline: 'Time to call',
    },
    {
      name: 'an email after an early voicemail',
      today: '2026-11-28',
      log: [
        ['left-voicemail', '2026-11-18'],
        ['sent-email', '2026-11-20'],
      ],
      status: 'followed-up',
      date: null,
      bucket: 'waiting',
      headline: 'You sent your follow-up email',
    },
    {
      name: 'a call where you spoke with them',
      today: '2026-11-28',
      log: [['called-spoke', '2026-11-27']],
      status: 'followed-up',
      date: null,
      bucket: 'waiting',
      headline: 'You spoke with them',
      sentence: /yesterday, so no more calls are due/,
    },
    {
      name: 'spoke, then they gave a later date: call again then',
      today: '2026-11-28',
      log: [['called-spoke', '2026-11-24']],
      dates: { givenDate: isoDate('2026-12-08') },
      status: 'too-soon',
      date: isoDate('2026-12-08'),
      bucket: 'later',
      headline: 'Too soon to call',
    },
    {
      name: 'they replied',
      today: '2026-11-28',
      log: [
        ['left-voicemail', '2026-11-24'],
        ['they-replied', '2026-11-26'],
      ],
      status: 'done',
      date: null,
      bucket: 'closed',
      headline: 'They got back to you',
    },
    {
      name: 'an offer',
      today: '2026-11-28',
      log: [['offer', '2026-11-27']],
      status: 'done',
      date: null,
      bucket: 'closed',
      headline: 'You have an offer',
    },
    {
      name: 'not selected',
      today: '2026-11-28',
      log: [['not-selected', '2026-11-27']],
      status: 'done',
      date: null,
      bucket: 'closed',
      headline: 'Not selected this time',
      sentence: /keep applying/i,
    },
    {
      name: 'a second interview: prepare, nothing due',
      today: '2026-11-28',
      log: [['second-interview', '2026-11-26']],
      status: 'replied',
      date: null,
      bucket: 'waiting',
      headline: 'Second interview',
      sentence: /Prepare/,
    },
    {
      name: 'the latest answer wins',
      today: '2026-12-10',
      log: [
        ['offer', '2026-12-09'],
        ['second-interview', '2026-11-26'],
      ],
      status: 'done',
      date: null,
      bucket: 'closed',
      headline: 'You have an offer',
    },
    {
      name: 'on the same day, the one logged last wins',
      today: '2026-11-28',
      log: [
        ['they-replied', '2026-11-26'],
        ['second-interview', '2026-11-26'],
      ],
      status: 'replied',
      date: null,
      bucket: 'waiting',
      headline: 'Second interview',
    },
    {
      name: 'an answer needs no interview date',
      today: '2026-11-28',
      log: [['they-replied', '2026-11-26']],
      dates: { interviewDate: '' },
      status: 'done',
      date: null,
      bucket: 'closed',
      headline: 'They got back to you',
    },
  ])('$name', ({ today, log, dates, status, date, bucket, headline, sentence }) => {
    const action = nextActionFor(tracked(log, dates), isoDate(today));
    expect(action).toMatchObject({ status, nextActionDate: date, bucket, headline });
    if (sentence) expect(action.sentence).toMatch(sentence);
  });

  it.each(['2026-11-16', '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-27'])(
    'names the same email day as the calculator after a voicemail on %s',
    (leftOn) => {
      const action = nextActionFor(tracked([['left-voicemail', leftOn]]), isoDate(leftOn));
      const window = computeCallWindow({ interviewDate: INTERVIEW }, isoDate(leftOn));
      if (!window.ok) throw new Error('no window');
      const advice = adviceForToday(window.window, isoDate(leftOn), { voicemailLeftOn: isoDate(leftOn) });
      expect(action.nextActionDate).toBe(weekdayOnOrAfter(addDays(isoDate(leftOn), 7)));
      expect(advice.sentence).toContain(
        formatLongDate(isoDate(action.nextActionDate ?? ''), isoDate(leftOn)),
      );
    },
  );
});

describe('reminderOf', () => {
  it.each([
    ['2026-11-10', '2026-11-24'],
    ['2026-11-19', '2026-11-24'],
    ['2026-11-28', '2026-11-30'],
    // Past the window ("call now, or email"): the reminder goes on today.
    ['2026-12-02', '2026-12-02'],
  ])('on %s the call reminder is on %s', (today, day) => {
    expect(reminderOf(nextActionFor(tracked(), isoDate(today)), isoDate(today))).toEqual({
      day,
      action: 'call',
    });
  });

  it('after a voicemail, reminds of the email on the email day', () => {
    const today = '2026-11-25';
    expect(
      reminderOf(nextActionFor(tracked([['left-voicemail', '2026-11-24']]), isoDate(today)), isoDate(today)),
    ).toEqual({
      day: isoDate('2026-12-01'),
      action: 'email',
    });
  });

  it('has nothing to remind of once they spoke with you', () => {
    const today = '2026-11-25';
    expect(
      reminderOf(nextActionFor(tracked([['called-spoke', '2026-11-24']]), isoDate(today)), isoDate(today)),
    ).toBeNull();
  });
});

type Listed = TrackedApplication & Pick<Application, 'id' | 'company' | 'archived'>;

function listed(
  id: string,
  company: string,
  log: Log = [],
  dates: Partial<TrackedApplication> = {},
  archived = false,
): Listed {
  return { ...tracked(log, dates), id, company, archived };
}

// Saturday, November 28, 2026.
const TODAY = isoDate('2026-11-28');
const APPLICATIONS: Listed[] = [
  listed('closed', 'Offer Inc', [['offer', '2026-11-20']]),
  listed('later', 'Later Ltd', [], { interviewDate: isoDate('2026-11-28') }),
  listed('overdue', 'Overdue Co', [], { interviewDate: isoDate('2026-11-10') }),
  listed('no-date', 'No Date', [], { interviewDate: '' }),
  listed('week', 'Week Corp', [], { interviewDate: isoDate('2026-11-17') }),
  listed('due-b', 'Due B', [], { interviewDate: isoDate('2026-11-20'), givenDate: isoDate('2026-11-28') }),
  listed('due-a', 'Due A', [['left-voicemail', '2026-11-20']], { interviewDate: isoDate('2026-11-12') }),
  listed('archived', 'Archived Due', [], { interviewDate: isoDate('2026-11-10') }, true),
];

describe('sortByNextAction', () => {
  it('puts the soonest action first, then nothing due, then closed', () => {
    const order = sortByNextAction(APPLICATIONS, TODAY).map(({ application }) => application.id);
    // archived and overdue share a day and an interview date: by name. week and due-b share a day: by interview.
    expect(order).toEqual(['archived', 'overdue', 'due-a', 'week', 'due-b', 'later', 'no-date', 'closed']);
  });

  it('breaks ties by interview date, then by name', () => {
    const twins = [
      listed('b', 'Beta', [], { interviewDate: isoDate('2026-11-17') }),
      listed('a', 'Alpha', [], { interviewDate: isoDate('2026-11-17') }),
      listed('c', 'Gamma', [], { interviewDate: isoDate('2026-11-16') }),
    ];
    expect(sortByNextAction(twins, isoDate('2026-11-19')).map(({ application }) => application.id)).toEqual([
      'c',
      'a',
      'b',
    ]);
  });
});

describe('upcomingActionDays', () => {
  it('gives every next action as a reminder, soonest first, without archived, finished or answered ones', () => {
    const days = upcomingActionDays(APPLICATIONS, TODAY).map(({ application, day, action }) => [
      application.id,
      day,
      action,
    ]);
    // overdue is past its window (call or email, today), due-a left a voicemail (email, today),
    // no-date has no interview day, closed got an offer.
    expect(days).toEqual([
      ['overdue', TODAY, 'call'],
      ['due-a', TODAY, 'email'],
      ['week', '2026-11-30', 'call'],
      ['due-b', '2026-11-30', 'call'],
      ['later', '2026-12-07', 'call'],
    ]);
  });
});

describe('summariseToday', () => {
  it('lists what is due today, what is overdue and the next seven days, without archived ones', () => {
    const { due, overdue, nextSevenDays } = summariseToday(APPLICATIONS, TODAY);
    const ids = (list: typeof due) => list.map(({ application }) => application.id);
    expect(ids(overdue)).toEqual(['overdue', 'due-a']);
    expect(ids(due)).toEqual([]);
    expect(ids(nextSevenDays)).toEqual(['week', 'due-b']);
  });

  it('shows the calls due on a weekday', () => {
    const { due, overdue, nextSevenDays } = summariseToday(APPLICATIONS, isoDate('2026-11-30'));
    const ids = (list: typeof due) => list.map(({ application }) => application.id);
    expect(ids(due)).toEqual(['week', 'due-b']);
    expect(ids(overdue)).toEqual(['overdue', 'due-a']);
    expect(ids(nextSevenDays)).toEqual(['later']);
  });

  it('is empty without applications', () => {
    expect(summariseToday([], TODAY)).toEqual({ due: [], overdue: [], nextSevenDays: [] });
  });
});

describe('actionKeyOf', () => {
  const base = listed('k', 'Key Co', [['left-voicemail', '2026-11-24']]);

  it('is the same for the same inputs, whatever the names and ids', () => {
    expect(actionKeyOf({ ...base }, TODAY)).toBe(
      actionKeyOf(
        { ...listed('other', 'Other'), log: base.log.map((e) => ({ ...e, id: 'x', note: 'n' })) },
        TODAY,
      ),
    );
  });

  it.each<[string, Partial<Listed>, string]>([
    ['today', {}, '2026-11-29'],
    ['the interview date', { interviewDate: isoDate('2026-11-18') }, TODAY],
    ['the given date', { givenDate: isoDate('2026-11-30') }, TODAY],
    ['its meaning', { givenDateMeaning: 'decide-by' }, TODAY],
    ['a log entry', { log: [] }, TODAY],
    [
      'the log order',
      { log: [...base.log, { id: 'b', kind: 'sent-email', date: isoDate('2026-11-24'), note: '' }] },
      TODAY,
    ],
  ])('changes with %s', (_, change, today) => {
    expect(actionKeyOf({ ...base, ...change }, isoDate(today))).not.toBe(actionKeyOf(base, TODAY));
  });
});
