import { describe, expect, it } from 'vitest';
import { buildApplication } from '../../src/lib/follow-ups/application-edits';
import { describeWording, wordingFor } from '../../src/lib/script/call-day';
import { plannedDayOf } from '../../src/lib/script/planned-day';
import { buildVoicemail } from '../../src/lib/script/text';
import { PRIYA } from './helpers/script-details';
import { isoDate } from '../../src/lib/dates';

// Interview on Tuesday, December 1, 2026: the usual call window opens a week later.
const APPLICATION = buildApplication('app-1', '2026-12-01T18:00:00.000Z', {
  interviewDate: isoDate('2026-12-01'),
});
const DETAILS = { ...PRIYA, interviewDate: isoDate('2026-12-01') };

describe('plannedDayOf', () => {
  it("is the tracker's next action day: the call, later in the window", () => {
    const planned = plannedDayOf(APPLICATION, isoDate('2026-12-02'));
    expect(planned !== null && planned > '2026-12-02').toBe(true);
  });

  it('is today while the window is open on a weekday', () => {
    expect(plannedDayOf(APPLICATION, isoDate('2026-12-09'))).toBe('2026-12-09');
  });

  it('is none once they answered', () => {
    const answered = {
      ...APPLICATION,
      log: [{ id: 'e1', kind: 'offer' as const, date: isoDate('2026-12-03'), note: '' }],
    };
    expect(plannedDayOf(answered, isoDate('2026-12-04'))).toBeNull();
  });
});

describe('wordingFor', () => {
  it('words the texts for a planned day ahead by date', () => {
    expect(wordingFor(isoDate('2026-12-08'), isoDate('2026-12-02'))).toEqual({
      day: isoDate('2026-12-08'),
      isRelative: false,
      locale: 'en-US',
    });
  });

  it('words them relative to today once the call is due, or overdue', () => {
    expect(wordingFor(isoDate('2026-12-09'), isoDate('2026-12-09')).isRelative).toBe(true);
    expect(wordingFor(isoDate('2026-12-04'), isoDate('2026-12-09'))).toEqual({
      day: isoDate('2026-12-09'),
      isRelative: true,
      locale: 'en-US',
    });
  });

  it('says the date when there is no plan', () => {
    expect(wordingFor(null, isoDate('2026-12-02'), 'en-GB')).toEqual({
      day: isoDate('2026-12-02'),
      isRelative: false,
      locale: 'en-GB',
    });
  });

  it('keeps the voicemail right on the call day: the day after the interview it does not say "yesterday"', () => {
    const written = buildVoicemail(
      DETAILS,
      wordingFor(plannedDayOf(APPLICATION, isoDate('2026-12-02')), isoDate('2026-12-02')),
    );
    expect(written).toContain('I interviewed with you on Tuesday, December 1,');
    expect(written).not.toContain('yesterday');
    // Said on the call day itself (as a calendar reminder is), the relative form is right.
    expect(buildVoicemail(DETAILS, isoDate('2026-12-02'))).toContain('I interviewed with you yesterday');
  });

  it("uses the reader's date style", () => {
    expect(buildVoicemail(DETAILS, wordingFor(null, isoDate('2026-12-02'), 'en-GB'))).toContain(
      'I interviewed with you on Tuesday 1 December for the Office Manager position',
    );
  });

  it('says why the day is worded as it is', () => {
    expect(describeWording(wordingFor(isoDate('2026-12-09'), isoDate('2026-12-09')))).toMatch(
      /^Worded for a call today/,
    );
    expect(describeWording(wordingFor(isoDate('2026-12-09'), isoDate('2026-12-02')))).toMatch(
      /read right whichever day you call/,
    );
  });
});
