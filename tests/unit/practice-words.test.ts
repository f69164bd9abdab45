import { describe, expect, it } from 'vitest';
import { chartSummary, formatRunTime } from '../../src/lib/practice/chart-messages';
import {
  formatSeconds,
  keyFactsSentence,
  clockGoals,
  incompleteSentence,
  lengthSentence,
  paceSentence,
  resultMessage,
  targetReachedMessage,
  tooShortMessage,
} from '../../src/lib/practice/messages';
import { guidePace, measuredPace } from '../../src/lib/practice/pace';
import { summariseRun } from '../../src/lib/practice/run';
import { splitPracticeText } from '../../src/lib/practice/text';
import { SAMPLE_VOICEMAIL } from '../../src/lib/practice/sample-voicemail';
import { spokenWords } from '../../src/lib/speech-timing';

const { text: SAMPLE, keyFactsEndIndex: SAMPLE_KEY_END } = SAMPLE_VOICEMAIL;

describe('the timer’s sentences', () => {
  it.each([
    [9.5, '9.5 s'],
    [9.499999999, '9.5 s'],
    [0, '0.0 s'],
    [62.34, '1:02.3'],
  ])('formatSeconds(%f) is %s', (seconds, text) => expect(formatSeconds(seconds)).toBe(text));

  it('names the two things a run is measured against, and never calls a good run overtime', () => {
    expect(clockGoals(10)).toBe('Key facts by 10 s · whole message 20–40 s');
    expect(lengthSentence({ seconds: 36.9, length: 'within' })).toBe(
      'The whole message took 36.9 s, within the 20 to 40 seconds a voicemail usually takes.',
    );
    expect(lengthSentence({ seconds: 52, length: 'long' })).toMatch(
      /^The whole message took 52\.0 s, over the 20 to 40/,
    );
    expect(lengthSentence({ seconds: 12, length: 'short' })).toMatch(/under the 20 to 40 seconds/);
  });

  it('says a run stopped early was not scored', () => {
    const summary = summariseRun({
      text: SAMPLE,
      keyFactsEndIndex: SAMPLE_KEY_END,
      seconds: 7.2,
      targetSeconds: 10,
    });
    expect(resultMessage(summary, 10)).toBe(`Stopped at 7.2 seconds. ${incompleteSentence('too-fast')}`);
    expect(incompleteSentence('too-fast')).toMatch(
      /^That was faster than anyone can read it aloud: did you stop early\?/,
    );
    expect(resultMessage(summary, 10)).not.toMatch(/within|fit/);
  });

  it('announces the result with time, pace and fit, as the clock shows the time', () => {
    const summary = summariseRun({
      text: SAMPLE,
      keyFactsEndIndex: SAMPLE_KEY_END,
      seconds: 14.26,
      targetSeconds: 10,
    });
    expect(resultMessage(summary, 10)).toBe(
      `Stopped at 14.2 seconds, ${summary.wordsPerMinute} words a minute. Your key facts took about ${formatSeconds(summary.keyFactsSeconds)}, within the 10-second target. The whole message took 14.2 s, under the 20 to 40 seconds a voicemail usually takes: check that nothing they need is missing.`,
    );
  });

  it('says when the key facts ran over', () => {
    const summary = summariseRun({
      text: SAMPLE,
      keyFactsEndIndex: SAMPLE_KEY_END,
      seconds: 40,
      targetSeconds: 10,
    });
    expect(keyFactsSentence(summary, 10)).toMatch(
      /^Your key facts took about \d+\.\d s, over the 10-second target\.$/,
    );
  });

  it('names the target and the short run in plain words', () => {
    expect(targetReachedMessage(15)).toBe(
      '15 seconds: your key facts should be said by now. Keep going, and press Stop when you finish.',
    );
    expect(tooShortMessage(0.42)).toBe('Stopped at 0.4 seconds: too short to count, so it was not saved.');
  });

  it.each([
    [null, 0, 'Your pace: not measured yet. Until it is, estimates use 150 words a minute.'],
    [142, 5, 'Your pace: 142 words a minute (median of your last 5 runs)'],
    [141.5, 2, 'Your pace: 142 words a minute (median of your last 2 runs)'],
    [150, 1, 'Your pace: 150 words a minute (from your last run)'],
  ])('paceSentence(%o, %i)', (pace, count, sentence) => expect(paceSentence(pace, count)).toBe(sentence));

  it('dates a run in the reader’s zone, and a broken date as a dash', () => {
    expect(formatRunTime('2026-03-03T14:05:00.000Z', 'UTC')).toBe('Mar 3, 2:05 PM');
    expect(formatRunTime('not a date')).toBe('–');
  });

  it('sums the chart up in words', () => {
    expect(chartSummary([], 10)).toBe('No practice runs yet.');
    expect(
      chartSummary(
        [
          { seconds: 36.96, fit: false, outcome: 'complete' },
          { seconds: 9.7, fit: false, outcome: 'too-fast' },
          { seconds: 31.5, fit: true, outcome: 'complete' },
        ],
        10,
      ),
    ).toBe(
      'Your last 2 scored runs, oldest first: 36.9, 31.5 seconds, against the 20 to 40 seconds a voicemail usually takes. The key facts fit the 10-second target in 1 of 2. 1 incomplete run is left out.',
    );
  });
});

describe('measuredPace', () => {
  const run = (at: string, wordsPerMinute: number) => ({ at, wordsPerMinute });
  const runs = [
    run('2026-01-01T10:00:00Z', 120),
    run('2026-01-02T10:00:00Z', 140),
    run('2026-01-03T10:00:00Z', 900), // a double press: not a pace
    run('2026-01-04T10:00:00Z', 160),
  ];
  it.each([
    [[], null, null, 0],
    [runs, null, 140, 3],
    [runs, '2026-01-02T00:00:00Z', 150, 2],
    [runs, '2026-02-01T00:00:00Z', null, 0],
  ])('pace and run count of %j since %s', (list, since, pace, count) =>
    expect(measuredPace(list, since)).toEqual({ wordsPerMinute: pace, runCount: count }),
  );

  it('counts at most the five runs the median uses', () => {
    const many = Array.from({ length: 9 }, (_, i) => run(`2026-01-0${i + 1}T10:00:00Z`, 100 + i * 10));
    expect(measuredPace(many, null)).toEqual({ wordsPerMinute: 160, runCount: 5 });
  });

  it('guides at the measured pace, else at 150', () => {
    expect(guidePace(132)).toBe(132);
    expect(guidePace(null)).toBe(150);
  });
});

describe('splitPracticeText', () => {
  it('cuts the sample at the end of its key facts, keeping every character in order', () => {
    const { keyFacts, rest } = splitPracticeText(SAMPLE, SAMPLE_KEY_END);
    const join = (pieces: typeof keyFacts) => pieces.map((p) => p.text).join('');
    expect(join(keyFacts)).toBe(SAMPLE.slice(0, SAMPLE_KEY_END));
    expect(join(keyFacts) + join(rest)).toBe(SAMPLE);
    expect(join(keyFacts).endsWith('Coordinator position.')).toBe(true);
  });

  it('numbers words as spokenWords does, so the pacing guide can point at them', () => {
    const { keyFacts, rest } = splitPracticeText(SAMPLE, SAMPLE_KEY_END);
    const words = [...keyFacts, ...rest].filter((p) => p.word !== null);
    expect(words.map((p) => p.word)).toEqual(spokenWords(SAMPLE).map((_, index) => index));
    expect(words.find((p) => p.text === 'Ms.')).toBeDefined(); // an abbreviation keeps its dot
    expect(words.find((p) => p.text === '312-555-0148')).toBeDefined(); // a phone number is one token
  });

  it.each([
    ['an end inside a word, moved to its end', 'Hi there friend', 5, 'Hi there'],
    ['no key facts', 'Hi there', 0, ''],
    ['an end past the text', 'Hi there', 99, 'Hi there'],
    ['an empty text', '', 10, ''],
  ])('handles %s', (_, text, end, keyText) => {
    const { keyFacts, rest } = splitPracticeText(text, end);
    expect(keyFacts.map((p) => p.text).join('')).toBe(keyText);
    expect([...keyFacts, ...rest].map((p) => p.text).join('')).toBe(text);
  });
});
