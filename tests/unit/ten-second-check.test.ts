import { describe, expect, it } from 'vitest';
import { REQUIRED_FIELDS } from '../../src/lib/script/details';
import { buildVoicemail } from '../../src/lib/script/text';
import { charIndexAtSeconds } from '../../src/lib/speech-timing';
import { checkKeyFactsTiming, keyFactsEnd } from '../../src/lib/script/ten-second-check';
import { PRIYA, TODAY, without } from './helpers/script-details';
import { isoDate } from '../../src/lib/dates';

const voicemail = buildVoicemail(PRIYA, TODAY);
const PREAMBLE =
  "Hello there, I hope you're having a wonderful week and that things at the office are going smoothly. " +
  "I know how busy this time of year can be, so I'll keep this short. ";

describe('checkKeyFactsTiming', () => {
  it('passes a generated voicemail at 150 words a minute', () => {
    const timing = checkKeyFactsTiming(voicemail, PRIYA, isoDate(TODAY));
    const jobEnd = voicemail.indexOf('Office Manager') + 'Office Manager'.length;
    // The key facts end with the sentence that names the job, not mid-phrase after the title.
    const sentenceEnd = voicemail.indexOf('.', jobEnd) + 1;
    expect(timing).toEqual({
      markIndex: charIndexAtSeconds(voicemail, 10, 150),
      keyFactsEndIndex: sentenceEnd,
      keyFactsSeconds: 9.2, // 23 spoken words
      fits: true,
      missingBeforeMark: [],
    });
    expect(timing.markIndex).toBeGreaterThan(sentenceEnd);
    expect(timing.markIndex).toBeLessThan(voicemail.length);
  });

  it.each([
    ['the company', ['company' as const], true, []],
    ['the phone', ['phone' as const], true, []],
    ['the name', ['fullName' as const], false, ['fullName']],
    ['every required field', [...REQUIRED_FIELDS], false, ['fullName', 'job', 'interviewDay']],
  ])('with %s missing, counts only facts filled in and said', (_, missing, fits, missingBeforeMark) => {
    const details = without(missing);
    const timing = checkKeyFactsTiming(buildVoicemail(details, TODAY), details, isoDate(TODAY));
    expect(timing).toMatchObject({ fits, missingBeforeMark });
  });

  it('fails a voicemail with a long preamble, naming every fact said too late', () => {
    const text = PREAMBLE + voicemail;
    const timing = checkKeyFactsTiming(text, PRIYA, isoDate(TODAY));
    expect(timing.fits).toBe(false);
    expect(timing.missingBeforeMark).toEqual(['fullName', 'job', 'interviewDay']);
    expect(timing.keyFactsSeconds).toBeGreaterThan(10);
    expect(timing.markIndex).toBeLessThan(text.indexOf('Priya'));
  });

  it('names only the facts after the mark when some come before it', () => {
    const text = `Hi, this is Priya Shah. ${PREAMBLE}I interviewed with you last Tuesday, November 17, for the Office Manager position.`;
    expect(checkKeyFactsTiming(text, PRIYA, isoDate(TODAY)).missingBeforeMark).toEqual([
      'job',
      'interviewDay',
    ]);
  });

  it.each([
    // At 90 wpm, 10 s is 15 words: the day ends on the 15th word, the job on the 19th.
    [90, false, ['job']],
    [114, true, []],
    [300, true, []],
  ])('at %i words a minute: fits %s, missing %j', (wpm, fits, missing) => {
    const timing = checkKeyFactsTiming(voicemail, PRIYA, isoDate(TODAY), wpm);
    expect(timing.fits).toBe(fits);
    expect(timing.missingBeforeMark).toEqual(missing);
  });

  it('takes another target time', () => {
    expect(checkKeyFactsTiming(voicemail, PRIYA, isoDate(TODAY), 150, 5).missingBeforeMark).toEqual([
      'job',
      'interviewDay',
    ]);
  });

  it('reports a missing fact with no end and no time', () => {
    const text = voicemail.replace('for the Office Manager position ', '');
    expect(checkKeyFactsTiming(text, PRIYA, isoDate(TODAY))).toMatchObject({
      keyFactsEndIndex: null,
      keyFactsSeconds: null,
      fits: false,
      missingBeforeMark: ['job'],
    });
    expect(checkKeyFactsTiming(voicemail, without(['fullName']), isoDate(TODAY)).missingBeforeMark).toEqual([
      'fullName',
    ]);
  });

  it('puts the mark at the end of a text said in under the target time', () => {
    const text = 'Hi, this is Priya Shah, Office Manager interview, last Tuesday.';
    expect(checkKeyFactsTiming(text, PRIYA, isoDate(TODAY))).toMatchObject({
      markIndex: text.length,
      fits: true,
    });
  });
});

describe('keyFactsEnd: one end for the script builder’s shading and the practice timer’s highlight', () => {
  const ISSUE =
    'Hi, this is Sam Lee. I interviewed last Tuesday for the Junior Accountant position at Acme Ltd. Thank you again.';
  it.each([
    ['the end of the sentence naming the last fact', ISSUE, 'Junior Accountant', 'Acme Ltd.'],
    [
      'a question mark and a closing quote',
      'It was for “Office Manager?” Thanks.',
      'Office Manager',
      'Manager?”',
    ],
    ['a line break', 'I interviewed for Office Manager\nCall me back', 'Office Manager', 'Office Manager'],
    [
      'the text’s end, with no full stop',
      'I interviewed for Office Manager at Acme',
      'Office Manager',
      'at Acme',
    ],
    ['an abbreviation inside the sentence', 'This is Dr. Sam Lee from Acme. Bye', 'Sam Lee', 'Acme.'],
  ])('is %s', (_, text, fact, endsWith) => {
    const end = keyFactsEnd(text, text.indexOf(fact) + fact.length);
    expect(text.slice(0, end).endsWith(endsWith)).toBe(true);
  });
});
