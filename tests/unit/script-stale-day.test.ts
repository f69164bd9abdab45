import { describe, expect, it } from 'vitest';
import { describeStaleDayWords, findStaleDayWords } from '../../src/lib/script/stale-day';
import { staleDayUnchecked } from '../../src/lib/script/stale-day-unchecked';
import { isoDate } from '../../src/lib/dates';

const CALL_DAY = { day: isoDate('2026-12-07'), isRelative: false, locale: 'en-US' };

describe('findStaleDayWords', () => {
  it('flags "yesterday" written the day after the interview, for a call a week later', () => {
    expect(
      findStaleDayWords('Hi, I interviewed with you yesterday for the job.', isoDate('2026-11-30'), CALL_DAY),
    ).toEqual([{ said: 'yesterday', instead: 'on Monday, November 30' }]);
  });

  it('leaves a day word that is still right on the reading day', () => {
    expect(
      findStaleDayWords('I interviewed with you yesterday.', isoDate('2026-12-06'), isoDate('2026-12-07')),
    ).toEqual([]);
    expect(
      findStaleDayWords('I interviewed with you on Thursday.', isoDate('2026-12-03'), isoDate('2026-12-07')),
    ).toEqual([]);
  });

  it.each([
    ['I interviewed with you on Monday.', 'on Monday'],
    ['We met last Monday.', 'last Monday'],
    ['We met earlier this week.', 'earlier this week'],
    ['We met last week.', 'last week'],
    ['See you tomorrow.', 'tomorrow'],
  ])('flags %j read on the call day', (text, said) => {
    expect(findStaleDayWords(text, isoDate('2026-11-23'), CALL_DAY).map((word) => word.said)).toEqual([said]);
  });

  it('leaves dates, other weekdays and a missing interview date alone', () => {
    expect(findStaleDayWords('We met on Monday, November 23.', isoDate('2026-11-23'), CALL_DAY)).toEqual([]);
    expect(findStaleDayWords('We met on Monday 23 November.', isoDate('2026-11-23'), CALL_DAY)).toEqual([]);
    expect(findStaleDayWords('I am free on Friday.', isoDate('2026-11-23'), CALL_DAY)).toEqual([]);
    expect(findStaleDayWords('I interviewed with you yesterday.', '', CALL_DAY)).toEqual([]);
  });
});

describe('describeStaleDayWords', () => {
  const words = [{ said: 'yesterday', instead: 'on Monday, November 30' }];

  it('names the call day when the text is read on a later day', () => {
    expect(describeStaleDayWords(words, CALL_DAY, isoDate('2026-12-01'))).toBe(
      'Check the day before you copy or print this: your text says “yesterday”, which will not be right on Monday, December 7, the day you plan to call. Say “on Monday, November 30” instead.',
    );
  });

  it('says "today" when it is read today, and names what is about to happen', () => {
    expect(
      describeStaleDayWords(
        words,
        isoDate('2026-12-07'),
        isoDate('2026-12-07'),
        'your voicemail script goes in the calendar',
      ),
    ).toBe(
      'Check the day before your voicemail script goes in the calendar: your text says “yesterday”, which is not right today. Say “on Monday, November 30” instead.',
    );
  });

  it('says nothing when nothing is stale', () => {
    expect(describeStaleDayWords([], CALL_DAY, isoDate('2026-12-01'))).toBeNull();
  });
});

describe('staleDayUnchecked', () => {
  it('opens as the check would, for the same action, when the check could not run', () => {
    const checked = describeStaleDayWords(
      findStaleDayWords('We met yesterday.', isoDate('2026-11-30'), CALL_DAY),
      CALL_DAY,
      isoDate('2026-12-01'),
    );
    const opening = 'Check the day before you copy or print this: ';
    expect(checked?.startsWith(opening)).toBe(true);
    expect(staleDayUnchecked()).toBe(
      `${opening}part of this page could not load, so your words were not checked for days like “yesterday”. Read them over.`,
    );
    expect(staleDayUnchecked('your voicemail script goes in the calendar')).toMatch(
      /^Check the day before your voicemail script goes in the calendar: part of this page could not load/,
    );
  });
});
