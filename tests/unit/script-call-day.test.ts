import { describe, expect, it } from 'vitest';
import { buildApplication } from '../../src/lib/follow-ups/application-edits';
import { wordingFor } from '../../src/lib/script/call-day';
import { buildVoicemail } from '../../src/lib/script/text';
import { PRIYA } from './helpers/script-details';

// Interview on Tuesday, December 1, 2026: the usual window opens a week later.
const APPLICATION = buildApplication('app-1', '2026-12-01T18:00:00.000Z', { interviewDate: '2026-12-01' });

describe('wordingFor', () => {
  it('words the texts for the planned call day, by date, while that day is ahead', () => {
    const wording = wordingFor(APPLICATION, '2026-12-02');
    expect(wording.isRelative).toBe(false);
    expect(wording.day > '2026-12-02').toBe(true);
  });

  it('words them relative to today once the call is due', () => {
    expect(wordingFor(APPLICATION, '2026-12-09')).toEqual({
      day: '2026-12-09',
      isRelative: true,
      locale: 'en-US',
    });
  });

  it('says the date when there is no plan', () => {
    expect(wordingFor(null, '2026-12-02', 'en-GB')).toEqual({
      day: '2026-12-02',
      isRelative: false,
      locale: 'en-GB',
    });
  });

  it('keeps the voicemail right on the call day: the day after the interview it does not say "yesterday"', () => {
    const details = { ...PRIYA, interviewDate: '2026-12-01' };
    const written = buildVoicemail(details, wordingFor(APPLICATION, '2026-12-02'));
    expect(written).toContain('I interviewed with you on Tuesday, December 1,');
    expect(written).not.toContain('yesterday');
  });

  it("uses the reader's date style", () => {
    const details = { ...PRIYA, interviewDate: '2026-12-01' };
    expect(buildVoicemail(details, wordingFor(APPLICATION, '2026-12-02', 'en-GB'))).toContain(
      'I interviewed with you on Tuesday 1 December for the Office Manager position',
    );
  });
});
