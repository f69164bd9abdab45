import { describe, expect, it } from 'vitest';
import { buildVoicemail } from '../../src/lib/script/text';
import {
  choosePace,
  describeKeyFacts,
  describeMark,
  describePace,
  describeSpeakingTime,
  formatDuration,
} from '../../src/lib/script/timing';
import { checkKeyFactsTiming, type KeyFact } from '../../src/lib/script/ten-second-check';
import { PRIYA, TODAY } from './helpers/script-details';
import { isoDate } from '../../src/lib/dates';

describe('choosePace and describePace', () => {
  it.each([
    [null, 'at an average pace of 150 words a minute'],
    [142, 'at your measured pace of 142 words a minute'],
    [141.6, 'at your measured pace of 142 words a minute'],
  ])('measured %s reads "%s"', (measured, sentence) => {
    expect(describePace(choosePace(measured))).toBe(sentence);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, 'under a second'],
    [0.4, 'under a second'],
    [1, 'about 1 second'],
    [44.6, 'about 45 seconds'],
    [60, 'about 1 minute'],
    [65, 'about 1 minute 5 seconds'],
    [121, 'about 2 minutes 1 second'],
  ])('%s s is %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('describeSpeakingTime', () => {
  it('counts spoken words: a phone number digit by digit', () => {
    // "Call" + "me" + "at" + 10 digits = 13 words; at 150 wpm 5.2 s.
    expect(describeSpeakingTime('Call me at (555) 010-0148.', choosePace(null))).toBe(
      '13 words: about 5 seconds at an average pace of 150 words a minute.',
    );
  });

  it('says so when there is nothing to say', () => {
    expect(describeSpeakingTime('  ', choosePace(120))).toBe('No words to say yet.');
  });

  it('uses the measured pace', () => {
    expect(describeSpeakingTime('one two three four five six', choosePace(60))).toBe(
      '6 words: about 6 seconds at your measured pace of 60 words a minute.',
    );
  });
});

describe('describeMark', () => {
  const text = buildVoicemail(PRIYA, TODAY);
  it('quotes the words reached at the mark', () => {
    const { markIndex } = checkKeyFactsTiming(text, PRIYA, isoDate(TODAY));
    expect(describeMark(text, markIndex, 10)).toMatch(/^At 10 seconds you reach: “….+”$/);
    expect(describeMark(text, markIndex, 10)).toContain(text.slice(markIndex - 10, markIndex));
  });

  it('says when the whole voicemail fits', () => {
    expect(describeMark('Hi, Priya here.', 15, 10)).toBe('The whole voicemail is said within 10 seconds.');
  });
});

describe('describeKeyFacts', () => {
  const timing = (missingBeforeMark: KeyFact[], keyFactsSeconds: number | null = null) => ({
    markIndex: 0,
    keyFactsEndIndex: null,
    keyFactsSeconds,
    fits: missingBeforeMark.length === 0,
    missingBeforeMark,
  });

  it.each([
    [
      [],
      new Set<KeyFact>(['fullName', 'job', 'interviewDay']),
      true,
      'Your name, the job and the interview day all come before the 10-second mark, in about 8 seconds.',
    ],
    [
      ['interviewDay'],
      new Set<KeyFact>(['fullName', 'job', 'interviewDay']),
      false,
      'Say your name, the job and the interview day before the 10-second mark. The interview day comes after it.',
    ],
    [
      ['job', 'interviewDay'],
      new Set<KeyFact>(['fullName', 'job']),
      false,
      'Say your name, the job and the interview day before the 10-second mark. The job comes after it. The interview day is not in the voicemail yet.',
    ],
    [
      ['fullName', 'job', 'interviewDay'],
      new Set<KeyFact>(),
      false,
      'Say your name, the job and the interview day before the 10-second mark. Your name, the job and the interview day are not in the voicemail yet.',
    ],
  ] as const)('missing %j', (missing, inText, fits, sentence) => {
    expect(describeKeyFacts(timing([...missing], 7.6), inText, 10)).toEqual({ fits, sentence });
  });
});
