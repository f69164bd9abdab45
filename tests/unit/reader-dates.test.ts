/**
 * Issue 16 item 10: the calculator's, the tracker's, the practice history's and My data's
 * dates follow the reader's locale when given one, and stay US English without.
 */
import { describe, expect, it } from 'vitest';
import { adviceForToday } from '../../src/lib/call-window/advice';
import { computeCallWindow, timelineDays } from '../../src/lib/call-window/rule';
import { buildCallWindowView } from '../../src/lib/call-window/view';
import { nextActionFor } from '../../src/lib/follow-ups/next-action';
import { editedVoicemailDays, summariseToday } from '../../src/lib/follow-ups/next-action-list';
import { formatRunTime } from '../../src/lib/practice/chart-messages';
import { formatSavedAt } from '../../src/lib/storage/my-data-view';
import type { Application } from '../../src/lib/storage/schemas/application';
import { isoDate } from '../../src/lib/dates';

// Tuesday, November 17, 2026: the window runs Tuesday, November 24 to Tuesday, December 1.
const INTERVIEW = isoDate('2026-11-17');

function windowOf(input: { interviewDate: string; givenDate?: string }, today: string) {
  const result = computeCallWindow(input, isoDate(today));
  if (!result.ok) throw new Error('Expected a window');
  return result.window;
}

function ready(input: { interviewDate: string; givenDate?: string }, today: string, locale?: string) {
  const view = buildCallWindowView(input, isoDate(today), {}, locale);
  if (view.kind !== 'ready') throw new Error(`Expected a window, got "${view.kind}"`);
  return view;
}

function application(overrides: Partial<Application> = {}): Application {
  return {
    id: 'a1',
    company: 'Acme Ltd',
    jobTitle: 'Junior Accountant',
    interviewerName: 'Ms. Alvarez',
    interviewerEmail: '',
    interviewerPhone: '(312) 555-0142',
    interviewDate: INTERVIEW,
    givenDate: '',
    givenDateMeaning: 'call-on',
    achievements: [],
    scripts: {},
    log: [],
    archived: false,
    createdAt: '2026-11-17T18:00:00.000Z',
    ...overrides,
  };
}

describe('the calculator in en-GB', () => {
  it('writes the window, the advice and the timeline day first, month second', () => {
    const view = ready({ interviewDate: INTERVIEW }, '2026-11-20', 'en-GB');
    expect(view.windowText).toBe('Tuesday 24 November to Tuesday 1 December');
    expect(view.advice.sentence).toBe('Wait 4 more days, until Tuesday 24 November.');
    expect(view.days[0]).toMatchObject({ weekday: 'Tuesday', label: 'Tue 17 Nov' });
  });

  it('stays US English without a locale, as the server renders it', () => {
    const view = ready({ interviewDate: INTERVIEW }, '2026-11-20');
    expect(view.windowText).toBe('Tuesday, November 24 to Tuesday, December 1');
    expect(view.advice.sentence).toBe('Wait 4 more days, until Tuesday, November 24.');
    expect(view.days[0]?.label).toBe('Tue, Nov 17');
  });

  it('writes the basis of a given date in the reader’s style', () => {
    const view = ready({ interviewDate: INTERVIEW, givenDate: isoDate('2026-12-07') }, '2026-11-20', 'en-GB');
    expect(view.basisText).toBe('They asked you to call on Monday 7 December, so that is your day.');
  });

  it('names tomorrow and the voicemail’s email day in the reader’s style', () => {
    const window = windowOf({ interviewDate: INTERVIEW }, '2026-11-23');
    expect(adviceForToday(window, isoDate('2026-11-23'), {}, 'en-GB').sentence).toBe(
      'Wait 1 more day, until tomorrow, Tuesday 24 November.',
    );
    expect(
      adviceForToday(window, isoDate('2026-11-27'), { voicemailLeftOn: isoDate('2026-11-25') }, 'en-GB')
        .sentence,
    ).toBe(
      "You left a voicemail on Wednesday 25 November, so don't call again. If they haven't called back by Wednesday 2 December, send a short email; meanwhile, keep applying.",
    );
  });

  it('adds the year the en-GB way when it differs from today’s', () => {
    expect(
      timelineDays(
        windowOf({ interviewDate: isoDate('2026-12-28') }, '2026-12-28'),
        isoDate('2026-12-28'),
        'en-GB',
      )[5],
    ).toMatchObject({ label: 'Sat 2 Jan' });
    const view = ready({ interviewDate: isoDate('2026-12-28') }, '2026-12-28', 'en-GB');
    expect(view.windowText).toBe('Monday, 4 January 2027 to Monday, 11 January 2027');
  });
});

describe('the tracker in en-GB', () => {
  it('writes the next action’s sentence in the reader’s style', () => {
    const spoke = nextActionFor(
      application({ log: [{ id: 'e1', kind: 'called-spoke', date: isoDate('2026-11-25'), note: '' }] }),
      isoDate('2026-11-30'),
      'en-GB',
    );
    expect(spoke.sentence).toContain('You spoke with them on Wednesday 25 November,');
    const ahead = nextActionFor(
      application({ interviewDate: isoDate('2026-12-07') }),
      isoDate('2026-12-02'),
      'en-GB',
    );
    expect(ahead.sentence).toBe(
      "Your interview is on Monday 7 December. Plan to call on Monday 14 December if you haven't heard back by then.",
    );
    expect(
      nextActionFor(application({ interviewDate: isoDate('2026-12-07') }), isoDate('2026-12-02')).sentence,
    ).toContain('on Monday, December 7.');
  });

  it('gives the home page’s summary the reader’s style too', () => {
    const { nextSevenDays } = summariseToday([application()], isoDate('2026-11-20'), 'en-GB');
    expect(nextSevenDays[0]?.action.sentence).toBe('Wait 4 more days, until Tuesday 24 November.');
  });
});

describe('editedVoicemailDays', () => {
  const edited = application({ scripts: { voicemail: 'Hi, I interviewed with you yesterday.' } });

  it('lists the call reminders that carry an edited voicemail', () => {
    expect(editedVoicemailDays([edited, application({ id: 'a2' })], isoDate('2026-11-20'))).toEqual([
      { application: edited, day: isoDate('2026-11-24'), action: 'call' },
    ]);
  });

  it('leaves out email reminders, archived interviews and blank edits', () => {
    const voicemail = { id: 'e1', kind: 'left-voicemail' as const, date: isoDate('2026-11-24'), note: '' };
    expect(
      editedVoicemailDays(
        [
          { ...edited, log: [voicemail] },
          { ...edited, id: 'a3', archived: true },
          application({ id: 'a4', scripts: { voicemail: '  ' } }),
        ],
        isoDate('2026-11-25'),
      ),
    ).toEqual([]);
  });
});

describe('times on the reader’s clock', () => {
  it('dates a practice run in en-GB with a 24-hour time', () => {
    expect(formatRunTime('2026-03-03T14:05:00.000Z', 'UTC', 'en-GB')).toBe('3 Mar, 14:05');
    expect(formatRunTime('2026-03-03T14:05:00.000Z', 'UTC')).toBe('Mar 3, 2:05 PM');
  });

  it('dates a backup in en-GB with a 24-hour time', () => {
    expect(formatSavedAt('2026-11-28T13:45:37.000Z', 'UTC', 'en-GB')).toBe('28 Nov 2026, 13:45');
    expect(formatSavedAt('2026-11-28T13:45:37.000Z', 'UTC', 'en-US-u-hc-h23')).toBe('Nov 28, 2026, 13:45');
  });
});
