import { describe, expect, it } from 'vitest';
import { segmentScript, wordsBefore } from '../../src/lib/script/segments';

const join = (segments: ReturnType<typeof segmentScript>) =>
  segments.map((s) => (s.kind === 'mark' ? '|' : s.kind === 'gap' ? `<${s.text}>` : s.text)).join('');

describe('segmentScript', () => {
  it.each([
    ['plain text', 'Hi there.', null, 'Hi there.'],
    ['an empty text', '', null, ''],
    ['a gap marker', 'Hi, this is [your full name].', null, 'Hi, this is <[your full name]>.'],
    ['two gaps side by side', '[company][job title]', null, '<[company]><[job title]>'],
    ['a mark between words', 'one two three', 7, 'one two| three'],
    ['a mark at a gap start', 'Hi [company] now', 3, 'Hi |<[company]> now'],
    ['a mark inside a gap', 'Hi [your full name] now', 9, 'Hi <[your >|<full name]> now'],
    ['no mark at the start', 'one two', 0, 'one two'],
    ['no mark once all is said', 'one two.', 7, 'one two.'],
    ['no mark at the very end', 'one two', 7, 'one two'],
  ])('cuts %s', (_, text, mark, expected) => {
    expect(join(segmentScript(text, mark))).toBe(expected);
  });

  it('names the field of each gap and keeps markup as text', () => {
    const segments = segmentScript('<img src=x onerror=alert(1)> [phone] [your phone number]');
    expect(segments).toEqual([
      { kind: 'text', text: '<img src=x onerror=alert(1)> [phone] ', isKeyFacts: false },
      { kind: 'gap', text: '[your phone number]', field: 'phone', isKeyFacts: false },
    ]);
  });

  it.each([
    ['the key facts apart from the rest', 'Hi, I am Sam. Thanks!', null, 13, '[Hi, I am Sam.] Thanks!'],
    ['a mark inside the key facts', 'Hi, I am Sam. Thanks!', 4, 13, '[Hi, ]|[I am Sam.] Thanks!'],
    ['a gap cut at their end', 'Hi [your full name] now', null, 9, '[Hi ][<[your >]<full name]> now'],
    ['no key facts when their end is unknown', 'Hi, I am Sam.', null, null, 'Hi, I am Sam.'],
  ])('marks %s', (_, text, mark, keyEnd, expected) => {
    const shown = segmentScript(text, mark, keyEnd)
      .map((s) => {
        const piece = s.kind === 'mark' ? '|' : s.kind === 'gap' ? `<${s.text}>` : s.text;
        return s.kind !== 'mark' && s.isKeyFacts ? `[${piece}]` : piece;
      })
      .join('');
    expect(shown).toBe(expected);
  });
});

describe('wordsBefore', () => {
  it.each([
    [
      'the last five words, with an ellipsis',
      'I interviewed with you for the Office Manager role',
      45,
      '…you for the Office Manager',
    ],
    ['every word when there are few', 'Hi Ms. Alvarez, this', 14, 'Hi Ms. Alvarez'],
    ['nothing before the first word', 'Hello', 0, ''],
    ['line breaks as spaces', 'Hello\nthere', 11, 'Hello there'],
  ])('gives %s', (_, text, index, expected) => {
    expect(wordsBefore(text, index)).toBe(expected);
  });
});
