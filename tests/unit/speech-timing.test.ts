import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WORDS_PER_MINUTE,
  charIndexAtSeconds,
  clampWordsPerMinute,
  countSpokenWords,
  secondsToSpeak,
  secondsUntil,
  spokenWords,
  wordIndexAtSeconds,
} from '../../src/lib/speech-timing';

/** The written tokens of a text, as `token:spoken` strings, for readable expectations. */
const tokens = (text: string) => spokenWords(text).map((w) => `${text.slice(w.start, w.end)}:${w.spoken}`);

describe('countSpokenWords', () => {
  it.each([
    ['', 0],
    ['   \n ', 0],
    ['... — ! ? , ; ( ) [ ]', 0],
    ['555-0142', 7],
    ['+1 (555) 010-0142', 11],
    ['(555) 010-0142', 10],
    ['555.010.0142', 10],
    ['555 0148', 7],
    ['Call me at 555-0148.', 10],
    ['Dr. Shah', 2],
    ['Mr. Lee and Mrs. Park on Main St.', 8],
    ['priya.shah@example.com', 7],
    ['Email priya.shah@example.com.', 8],
    ['j_lee+jobs@mail.example.org', 11],
    ['[your full name]', 3],
    ['Hi, [Interviewer’s name]!', 3],
    ['follow-up', 1],
    ["O'Brien-Smith", 1],
    ['Zoë Ñúñez 王小明', 3],
    ['17', 1],
    ['17th', 1],
    ['300', 2],
    ['2026', 2],
    ['November 17, 2026', 4],
    ['90210', 5],
    ['10-15 minutes', 3],
    ['at 10:30', 3],
  ])('%j is %i spoken words', (text, count) => expect(countSpokenWords(text)).toBe(count));
});

describe('spokenWords', () => {
  it.each([
    ['Hi Ms. Alvarez, this is Jordan.', ['Hi:1', 'Ms.:1', 'Alvarez:1', 'this:1', 'is:1', 'Jordan:1']],
    ['Call +1 (555) 010-0142.', ['Call:1', '+1 (555) 010-0142:11']],
    ['Dr.Shah', ['Dr.:1', 'Shah:1']],
    ['Reach me: priya.shah@example.com.', ['Reach:1', 'me:1', 'priya.shah@example.com:7']],
    ['In 2026 (not 17)', ['In:1', '2026:2', 'not:1', '17:1']],
  ])('splits %j', (text, expected) => expect(tokens(text)).toEqual(expected));

  it('gives ranges that point into the text, in order and without overlap', () => {
    const text = 'Hello Dr. Shah — call 555-0148 or write to jo@x.org, thanks!';
    const words = spokenWords(text);
    words.forEach((w, i) => {
      expect(w.end).toBeGreaterThan(w.start);
      expect(w.start).toBeGreaterThanOrEqual(words[i - 1]?.end ?? 0);
    });
    expect(words.at(-1)?.end).toBeLessThanOrEqual(text.length);
  });
});

describe('secondsToSpeak', () => {
  it.each([
    ['', 150, 0],
    ['one two three four five six seven eight nine ten', 150, 4],
    ['555-0148', 150, 2.8],
    ['one two three', 60, 3],
    ['one two three', 120, 1.5],
    ['one two three', 10, 3], // clamped up to 60 wpm
    ['one two three four five', 900, 1], // clamped down to 300 wpm
    ['one two three', Number.NaN, 1.2], // falls back to the default pace
  ])('%j at %i wpm takes %f s', (text, wpm, seconds) =>
    expect(secondsToSpeak(text, wpm)).toBeCloseTo(seconds, 9),
  );

  it('defaults to 150 words per minute', () => expect(DEFAULT_WORDS_PER_MINUTE).toBe(150));

  it.each([
    [Number.POSITIVE_INFINITY, 150],
    [-5, 60],
    [59, 60],
    [60, 60],
    [172.5, 172.5],
    [300, 300],
    [301, 300],
  ])('clampWordsPerMinute(%f) is %f', (wpm, clamped) => expect(clampWordsPerMinute(wpm)).toBe(clamped));
});

const VOICEMAIL = 'Hi Ms. Alvarez, this is Jordan Lee. Please call me back at 555-0148. Thanks!';

describe('secondsUntil', () => {
  it.each([
    [0, 0],
    [2, 0.4], // inside "Hi": counts in full
    [3, 0.4],
    [VOICEMAIL.indexOf('Ms.'), 0.4],
    [VOICEMAIL.indexOf('Ms.') + 1, 0.8],
    [VOICEMAIL.indexOf(' Please'), 7 * 0.4],
    [VOICEMAIL.indexOf('555') + 1, 12 * 0.4 + 2.8],
    [VOICEMAIL.length, secondsToSpeak(VOICEMAIL, 150)],
    [VOICEMAIL.length + 40, secondsToSpeak(VOICEMAIL, 150)],
  ])('to index %i is %f s at 150 wpm', (index, seconds) =>
    expect(secondsUntil(VOICEMAIL, index, 150)).toBeCloseTo(seconds, 9),
  );
});

describe('charIndexAtSeconds', () => {
  it.each([
    [-1, 0],
    [0, 0],
    [0.39, 0],
    [0.4, 2], // "Hi" said
    [0.8, VOICEMAIL.indexOf('Ms.') + 3], // the dot belongs to "Ms."
    [12 * 0.4 + 2.7, VOICEMAIL.indexOf(' 555')], // midway through the number
    [12 * 0.4 + 2.8, VOICEMAIL.indexOf('. Thanks')],
    [60, VOICEMAIL.length],
  ])('after %f s at 150 wpm is at %i', (seconds, index) =>
    expect(charIndexAtSeconds(VOICEMAIL, seconds, 150)).toBe(index),
  );

  it('is 0 for an empty text', () => expect(charIndexAtSeconds('', 3, 150)).toBe(0));

  it.each([90, 150, 210])('at %i wpm returns every word end from the time to reach it', (wpm) => {
    for (const word of spokenWords(VOICEMAIL).slice(0, -1)) {
      expect(charIndexAtSeconds(VOICEMAIL, secondsUntil(VOICEMAIL, word.end, wpm), wpm)).toBe(word.end);
    }
  });

  it.each([0.3, 1, 2.5, 4.2, 7, 9.9])('never runs ahead of the time: %f s', (seconds) => {
    const index = charIndexAtSeconds(VOICEMAIL, seconds, 150);
    expect(secondsUntil(VOICEMAIL, index, 150)).toBeLessThanOrEqual(seconds + 1e-9);
  });
});

describe('wordIndexAtSeconds', () => {
  it.each([
    [-2, 0],
    [0, 0],
    [0.39, 0],
    [0.4, 1],
    [0.5, 1],
    [12 * 0.4, 12], // the phone number begins
    [12 * 0.4 + 2.79, 12], // still on it: it is seven spoken words long
    [12 * 0.4 + 2.8, 13], // "Thanks"
    [999, 13], // clamped to the last word
  ])('at %f s at 150 wpm is word %i', (seconds, index) =>
    expect(wordIndexAtSeconds(VOICEMAIL, seconds, 150)).toBe(index),
  );

  it('is -1 when there is no word', () => expect(wordIndexAtSeconds(' — ', 2, 150)).toBe(-1));
});
