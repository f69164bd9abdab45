import { describe, expect, it } from 'vitest';
import { findDigits, findFirstPhrase, findPhrase } from '../../src/lib/script/text-match';

const found = (text: string, range: { start: number; end: number } | null) =>
  range && text.slice(range.start, range.end);

describe('findPhrase', () => {
  it.each([
    ['Hello Priya Shah!', 'Priya Shah', 'Priya Shah'],
    ['hello priya   shah', 'Priya Shah', 'priya   shah'],
    ['Priya\nShah', 'Priya Shah', 'Priya\nShah'],
    ['This is O’Brien-Smith.', "O'Brien-Smith", 'O’Brien-Smith'],
    ['On November 17th.', 'November 17', 'November 17th'],
    ['On November 170.', 'November 17', null],
    ['Annual review', 'Ann', null],
    ['Zoë', 'Zoe', null],
    ['ZOË', 'zoë', 'ZOË'],
    ['我是王小明。', '王小明', '王小明'],
    ['我是 王小明。', '王小明', '王小明'],
    ['a (b) c', '(b)', '(b)'],
    ['anything', '', null],
    ['anything', '   ', null],
  ])('in %j finds %j as %j', (text, phrase, expected) =>
    expect(found(text, findPhrase(text, phrase))).toBe(expected),
  );
});

describe('findFirstPhrase', () => {
  it.each([
    [
      'We met last Tuesday, November 17.',
      ['Tuesday', 'last Tuesday, November 17'],
      'last Tuesday, November 17',
    ],
    ['On Tuesday, November 17 at noon', ['Tuesday', 'Tuesday, November 17'], 'Tuesday, November 17'],
    ['November 17, a Tuesday', ['Tuesday', 'November 17'], 'November 17'],
    ['nothing here', ['Tuesday'], null],
  ])('in %j finds the earliest, longest of %j', (text, phrases, expected) => {
    expect(found(text, findFirstPhrase(text, phrases))).toBe(expected);
  });
});

describe('findDigits', () => {
  it.each([
    ['Call (555) 010-0148.', '5550100148', '555) 010-0148'],
    ['Call 555.010.0148', '5550100148', '555.010.0148'],
    ['Call +1 555 010 0148', '15550100148', '1 555 010 0148'],
    ['Call 15550100148', '5550100148', null],
    ['Call 555-0148-9', '5550148', null],
    ['Call 555-0148', '', null],
    ['Call 555-0148 (9am–5pm)', '5550148', '555-0148'],
    ['Call 1-555-0148', '5550148', null],
  ])('in %j finds %j as %j', (text, digits, expected) =>
    expect(found(text, findDigits(text, digits))).toBe(expected),
  );
});
