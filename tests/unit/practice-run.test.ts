import { describe, expect, it } from 'vitest';
import { barFraction, barSeconds, elapsedSeconds, formatClock } from '../../src/lib/practice/clock';
import { voicemailLength } from '../../src/lib/practice/length';
import { chartPoints } from '../../src/lib/practice/chart';
import type { RunOutcome } from '../../src/lib/storage/schemas/practice';
import { medianPace } from '../../src/lib/practice/history';
import { runOutcome, summariseRun } from '../../src/lib/practice/run';
import { SAMPLE_VOICEMAIL } from '../../src/lib/practice/sample-voicemail';
import { countSpokenWords, secondsUntil, spokenWords, wordIndexAtSeconds } from '../../src/lib/speech-timing';
import { keyFactsSegment, sentenceParts } from '../../src/lib/practice/text-parts';

const { text: SAMPLE, keyFactsEndIndex: SAMPLE_KEY_END } = SAMPLE_VOICEMAIL;

describe('the clock', () => {
  it.each([
    [1000, 10500, 0, 9.5],
    [1000.1, 10500.1, 0, 9.5],
    [1000, 12000, 1500, 9.5],
    [5000, 4000, 0, 0], // a clock that went backwards never shows negative time
    [0, Number.NaN, 0, 0],
  ])('elapsedSeconds(%f, %f, %f) is %f', (start, now, paused, seconds) =>
    expect(elapsedSeconds(start, now, paused)).toBeCloseTo(seconds, 9),
  );

  it.each([
    [0, '0.0'],
    [9.5, '9.5'],
    [9.499999999, '9.5'],
    [9.49, '9.4'],
    [9.99, '9.9'],
    [10, '10.0'],
    [59.99, '59.9'],
    [60, '1:00.0'],
    [62.34, '1:02.3'],
    [605.05, '10:05.0'],
    [-3, '0.0'],
    [Number.NaN, '0.0'],
  ])('formatClock(%f) is %s', (seconds, shown) => expect(formatClock(seconds)).toBe(shown));

  it('shows 9.5 for a run stopped 9.5 s after it started', () =>
    expect(formatClock(elapsedSeconds(123.4, 9623.4))).toBe('9.5'));

  it.each([
    [10, 45], // the usual 20–40 s, and some room past it
    [5, 45],
    [40, 45],
    [42, 50],
    [60, 65],
    [Number.NaN, 45],
  ])('a %f s target gives a bar of %i s', (target, span) => expect(barSeconds(target)).toBe(span));

  it.each([
    [9, 45, 0.2],
    [45, 45, 1],
    [90, 45, 1], // a long run fills the bar, nothing more: no "overtime"
    [0, 45, 0],
    [3, 0, 0],
  ])('%f s along a %f s bar is %f', (seconds, span, fraction) =>
    expect(barFraction(seconds, span)).toBeCloseTo(fraction, 9),
  );

  it.each([
    [19.9, 'short'],
    [20, 'within'],
    [36.9, 'within'],
    [40, 'within'],
    [40.1, 'long'],
  ])('a whole message of %f s is %s', (seconds, verdict) => expect(voicemailLength(seconds)).toBe(verdict));
});

describe('the pacing guide', () => {
  const wordAt = (startedAt: number, now: number, paused: number, wpm: number) => {
    const word = spokenWords(SAMPLE)[wordIndexAtSeconds(SAMPLE, elapsedSeconds(startedAt, now, paused), wpm)];
    return word ? SAMPLE.slice(word.start, word.end) : null;
  };

  it.each([
    [0, 0, 0, 150, 'Hi'],
    [0, 390, 0, 150, 'Hi'],
    [0, 400, 0, 150, 'Ms.'],
    [2000, 4800, 0, 150, 'I'], // 2.8 s: seven words said
    [2000, 5800, 1000, 150, 'I'], // the pause does not count
    [0, 1400, 0, 300, 'I'],
    [0, 7200, 0, 150, 'Thanks'], // the key facts are done
    [0, 13200 + 1000, 0, 150, '312-555-0148'], // the number takes 4 s to say
    [0, 120_000, 0, 150, 'day'],
  ])('started %i ms, now %i ms, paused %i ms, at %i wpm: on %j', (start, now, paused, wpm, word) =>
    expect(wordAt(start, now, paused, wpm)).toBe(word),
  );
});

describe('sentenceParts and keyFactsSegment', () => {
  const parts = (text: string) => sentenceParts(text).map((p) => `${text.slice(p.start, p.end)}:${p.spoken}`);

  it.each([
    ['', []],
    [
      'Hi Ms. Alvarez, this is Jordan. Call 555.010.0142! Thanks?!',
      ['Hi Ms. Alvarez, this is Jordan.:6', 'Call 555.010.0142!:11', 'Thanks?!:1'],
    ],
    ['Write to jo.lee@x.org. Or Dr. Shah', ['Write to jo.lee@x.org.:9', 'Or Dr. Shah:3']],
    ['Hello\nno stop here', ['Hello:1', 'no stop here:3']],
  ])('cut %j', (text, expected) => expect(parts(text)).toEqual(expected));

  it.each([
    [SAMPLE_KEY_END, SAMPLE_KEY_END],
    [3, 3], // at the start of "Ms."
    [4, 6], // inside "Ms.": counted in full
    [-4, 0],
    [Number.NaN, 0],
    [10_000, SAMPLE.length],
  ])('key facts ending at %f are marked up to %i', (index, end) =>
    expect(keyFactsSegment(SAMPLE, index)).toEqual({ start: 0, end }),
  );
});

describe('summariseRun', () => {
  const LONG_GREETING =
    'Hello Ms. Alvarez, I hope you are having a really wonderful week so far and that all is well. ' +
    'This is Jordan Lee. I interviewed last Tuesday for the Office Coordinator role. Please call me at 555-0148.';
  const LONG_MIDDLE =
    'Hi Ms. Alvarez. This is Jordan Lee, and I am calling today, as I said I would, about the interview ' +
    'I had with you last Tuesday for the Office Coordinator role. Please call me at 555-0148.';
  const SINGLE =
    'Hi Ms. Alvarez, this is Jordan Lee calling about the Office Coordinator job that I interviewed ' +
    'for with you last Tuesday afternoon at your office downtown, so please call me';
  const endOf = (text: string, part: string) => text.indexOf(part) + part.length;

  it('measures the sample read at 150 wpm: key facts in 7.2 s, within 10 s', () =>
    expect(
      summariseRun({ text: SAMPLE, keyFactsEndIndex: SAMPLE_KEY_END, seconds: 18.8, targetSeconds: 10 }),
    ).toEqual({
      seconds: 18.8,
      outcome: 'complete',
      length: 'short',
      wordsPerMinute: 150,
      keyFactsSeconds: expect.closeTo(7.2, 9) as number,
      fit: true,
      tip: null,
    }));

  it.each([
    [18.8, 10, true],
    [26.1, 10, true], // just under 10 s of key facts (18 of 47 words)
    [26.2, 10, false],
    [26.2, 12, true],
    [0, 10, true],
  ])('the sample in %f s against %i s: fit %s', (seconds, targetSeconds, fit) =>
    expect(summariseRun({ text: SAMPLE, keyFactsEndIndex: SAMPLE_KEY_END, seconds, targetSeconds }).fit).toBe(
      fit,
    ),
  );

  it.each([
    [
      'a slow reader',
      SAMPLE,
      SAMPLE_KEY_END,
      30,
      /94 words a minute.*brisker.*at 150 your key facts take 7\.2 s/,
    ],
    [
      'a long greeting',
      LONG_GREETING,
      endOf(LONG_GREETING, 'role.'),
      17.2,
      /ended 2\.8 s over the 10 s target\. Cut words from your opening “Hello Ms\. Alvarez, I hope…”/,
    ],
    [
      'a long middle part',
      LONG_MIDDLE,
      endOf(LONG_MIDDLE, 'role.'),
      16.8,
      /Cut words from the part “This is Jordan Lee, and…”/,
    ],
    [
      'key facts that are the whole message',
      LONG_GREETING,
      LONG_GREETING.length,
      17.2,
      /^The whole message took 17\.2 s, 7\.2 s over the 10 s target\. Say it in fewer words\.$/,
    ],
    ['a single sentence', SINGLE, SINGLE.indexOf(', so'), 12, /^The whole message took 12 s, 2 s over/],
  ])('names the cause for %s', (_, text, keyFactsEndIndex, seconds, tip) => {
    const summary = summariseRun({ text, keyFactsEndIndex, seconds, targetSeconds: 10 });
    expect(summary.fit).toBe(false);
    expect(summary.tip).toMatch(tip);
  });

  it.each([
    [59.9, 'too-slow'],
    [60, 'complete'],
    [150, 'complete'],
    [300, 'complete'],
    [301, 'too-fast'],
    [0, 'complete'], // no words timed: nothing to judge
  ])('a pace of %f words a minute is %s', (wpm, outcome) => expect(runOutcome(wpm)).toBe(outcome));

  it('does not score a run stopped early: 9.7 s for the whole sample is not a pass', () => {
    const summary = summariseRun({
      text: SAMPLE,
      keyFactsEndIndex: SAMPLE_KEY_END,
      seconds: 7,
      targetSeconds: 10,
    });
    expect(summary).toMatchObject({ outcome: 'too-fast', fit: false, tip: null });
    expect(summary.wordsPerMinute).toBeGreaterThan(300);
  });

  it('does not score a run left going', () => {
    const summary = summariseRun({
      text: SAMPLE,
      keyFactsEndIndex: SAMPLE_KEY_END,
      seconds: 120,
      targetSeconds: 10,
    });
    expect(summary).toMatchObject({ outcome: 'too-slow', fit: false, tip: null, length: 'long' });
  });

  it('gives no pace for an empty text or no time', () => {
    expect(summariseRun({ text: '', keyFactsEndIndex: 0, seconds: 5, targetSeconds: 10 })).toEqual({
      seconds: 5,
      outcome: 'complete',
      length: 'short',
      wordsPerMinute: 0,
      keyFactsSeconds: 0,
      fit: true,
      tip: null,
    });
    expect(
      summariseRun({ text: SAMPLE, keyFactsEndIndex: 9, seconds: -1, targetSeconds: 10 }).wordsPerMinute,
    ).toBe(0);
  });
});

describe('medianPace', () => {
  const run = (day: number, wordsPerMinute: number) => ({
    at: `2026-11-${String(day).padStart(2, '0')}T10:00:00Z`,
    wordsPerMinute,
  });

  it.each([
    ['no runs', [], null, null],
    ['one run', [run(1, 140)], null, 140],
    ['an odd count', [run(1, 140), run(2, 160), run(3, 150)], null, 150],
    ['an even count', [run(1, 140), run(2, 160), run(3, 150), run(4, 170)], null, 155],
    [
      'the 5 newest only',
      [run(1, 60), run(2, 61), run(3, 150), run(4, 150), run(5, 150), run(6, 200), run(7, 200)],
      null,
      150,
    ],
    ['runs since a reset', [run(1, 100), run(2, 100), run(3, 180), run(4, 190)], '2026-11-03T00:00:00Z', 185],
    ['a reset at a run’s own time', [run(2, 100), run(3, 180)], '2026-11-03T10:00:00Z', 180],
    ['only runs before the reset', [run(1, 140)], '2026-11-02T00:00:00Z', null],
    [
      'absurd paces ignored',
      [run(1, 20), run(2, 150), run(3, 900), run(4, 160), run(5, Number.NaN)],
      null,
      155,
    ],
    ['only absurd paces', [run(1, 59), run(2, 301)], null, null],
  ])('%s', (_, runs, since, pace) => expect(medianPace(runs, since)).toBe(pace));

  it('takes a custom window, newest first whatever the order given', () =>
    expect(medianPace([run(5, 200), run(1, 100), run(4, 180), run(2, 120)], null, 2)).toBe(190));
});

describe('chartPoints', () => {
  const at = (minute: number) => `2026-11-28T09:0${minute}:00Z`;
  const run = (minute: number, seconds: number, outcome: RunOutcome = 'complete', fit = true) => ({
    at: at(minute),
    seconds,
    outcome,
    fit,
  });

  it('spreads scored runs oldest to newest, with the 20–40 s band', () => {
    const chart = chartPoints([run(3, 45, 'complete', false), run(1, 30), run(2, 0), run(4, 5, 'too-fast')], {
      width: 200,
      height: 100,
    });
    expect(chart.maxSeconds).toBe(50); // 45 s plus a tenth, up to a multiple of 5
    expect([chart.bandTopY, chart.bandBottomY]).toEqual([20, 60]);
    expect(chart.points).toEqual([
      { x: 0, y: 40, seconds: 30, at: at(1), fit: true, length: 'within' },
      { x: 100, y: 100, seconds: 0, at: at(2), fit: true, length: 'short' },
      { x: 200, y: 10, seconds: 45, at: at(3), fit: false, length: 'long' },
    ]);
    expect(chart.polyline).toBe('0,40 100,100 200,10');
  });

  it.each([
    [[], 45, ''],
    [[run(1, 36.9)], 45, '50,18'],
    [[run(1, Number.NaN)], 45, ''],
    [[run(1, 9.7, 'too-fast')], 45, ''], // an early stop is not plotted
  ])('handles %j', (runs, maxSeconds, polyline) => {
    const chart = chartPoints(runs, { width: 100, height: 100 });
    expect(chart).toMatchObject({ maxSeconds, polyline });
  });

  it('keeps points inside the padding', () => {
    const chart = chartPoints([run(1, 0), run(2, 45)], { width: 120, height: 60, padding: 10 });
    expect(chart.points.map((p) => [p.x, p.y])).toEqual([
      [10, 50],
      [110, 14], // 45 s of a 50 s axis
    ]);
  });
});

describe('SAMPLE_VOICEMAIL', () => {
  it('is labelled as a sample and has made-up details', () => {
    expect(SAMPLE_VOICEMAIL.label).toMatch(/sample/i);
    for (const detail of ['Jordan Lee', 'Office Coordinator', 'Ms. Alvarez', '555-0148', 'last Tuesday']) {
      expect(SAMPLE).toContain(detail);
    }
  });

  it('is 40–55 spoken words with its key facts (name, job, day) said within 10 s at 150 wpm', () => {
    expect(countSpokenWords(SAMPLE)).toBeGreaterThanOrEqual(40);
    expect(countSpokenWords(SAMPLE)).toBeLessThanOrEqual(55);
    const keyFacts = SAMPLE.slice(0, SAMPLE_KEY_END);
    expect(keyFacts).toMatch(/Jordan Lee.*last Tuesday.*Office Coordinator position\.$/);
    expect(secondsUntil(SAMPLE, SAMPLE_KEY_END, 150)).toBeLessThanOrEqual(10);
  });
});
