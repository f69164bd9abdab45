/**
 * Content checks over every lesson in content/lessons/: the shape a lesson must have
 * (Check yourself before Key takeaways, at least 250 words), plain US English at a
 * reading grade of 9 or below, and example phone numbers that are complete and fictional.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WAITS } from '../../../src/lib/course/examples';
import { questionsFor } from '../../../src/lib/course/questions';
import { fleschKincaidGrade, proseOf, wordsOf } from '../helpers/readability';

const DIR = 'content/lessons';
const LESSONS = readdirSync(DIR)
  .filter((name) => /^[^_].*\.mdx$/.test(name))
  .map((name) => ({ slug: name.replace(/\.mdx$/, ''), text: readFileSync(join(DIR, name), 'utf8') }));

// UK spellings (and words) a US reader trips over; "practise" is the UK verb of "practice".
const UK_WORDS = [
  'practise',
  'practised',
  'practising',
  'keen',
  'organise',
  'organised',
  'organising',
  'colour',
  'favour',
  'favourite',
  'behaviour',
  'honour',
  'centre',
  'realise',
  'recognise',
  'apologise',
  'analyse',
  'travelled',
  'cheque',
  'programme',
  'mobile phone',
  'CV',
  'whilst',
  'fortnight',
  'enquire',
  'learnt',
];

// Anything that looks like a phone number: 7 or more digits with separators.
const PHONE_LIKE = /\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}|\b\d{3}[\s.-]\d{4}\b/g;
const FICTIONAL_PHONE = /^\(\d{3}\) 555-01\d{2}$/;

describe.each(LESSONS)('content/lessons/$slug.mdx', ({ slug, text }) => {
  const prose = proseOf(text);

  it('has at least 250 words', () => {
    expect(wordsOf(prose).length).toBeGreaterThanOrEqual(250);
  });

  it('reads at Flesch-Kincaid grade 9 or below', () => {
    expect(fleschKincaidGrade(prose)).toBeLessThanOrEqual(9);
  });

  it('ends with Check yourself (its own questions), then Key takeaways', () => {
    const check = text.indexOf(`<CheckYourself slug="${slug}" />`);
    const takeaways = text.indexOf('\n## Key takeaways\n');
    expect(check).toBeGreaterThan(0);
    expect(takeaways).toBeGreaterThan(check);
    expect(text.slice(takeaways)).toMatch(/\n- .+/);
    expect(questionsFor(slug).length).toBeGreaterThanOrEqual(2);
    expect(questionsFor(slug).length).toBeLessThanOrEqual(4);
  });

  it('uses US spellings', () => {
    const found = UK_WORDS.filter((word) =>
      new RegExp(`\\b${word}\\b`, word === 'CV' ? '' : 'i').test(prose),
    );
    expect(found).toEqual([]);
  });

  it('writes every phone number with an area code and a 555-01xx number', () => {
    for (const number of text.match(PHONE_LIKE) ?? []) expect(number).toMatch(FICTIONAL_PHONE);
  });

  it('says "six weeks" only where the tracker stops after six weeks', () => {
    if (/six weeks/.test(prose)) expect(WAITS.stopWeeks).toBe(6);
  });
});

describe('the content checks themselves', () => {
  it('flag a number without an area code or outside 555-0100 to 555-0199', () => {
    const bad = 'Call me at 555-0142, or (312) 555-0200, or 312-555-0142.';
    expect(bad.match(PHONE_LIKE)?.filter((number) => !FICTIONAL_PHONE.test(number))).toHaveLength(3);
    expect('(312) 555-0142'.match(PHONE_LIKE)).toEqual(['(312) 555-0142']);
  });

  it('rate long, many-syllabled sentences above grade 9 and short plain ones below', () => {
    const hard =
      'Notwithstanding considerable organizational uncertainty, prospective candidates should systematically communicate their continuing availability, enthusiasm and qualifications.';
    expect(fleschKincaidGrade(hard)).toBeGreaterThan(9);
    expect(fleschKincaidGrade('Call them next week. Say your name. Thank them.')).toBeLessThan(4);
  });
});
