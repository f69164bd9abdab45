import { describe, expect, it } from 'vitest';
import { findFact } from '../../src/lib/practice/speech/fact-match';
import { findFillers } from '../../src/lib/practice/speech/fillers';
import {
  listenTargets,
  SAMPLE_TARGETS,
  type ListenTarget,
} from '../../src/lib/practice/speech/listen-targets';
import { checkSpeech, storedCheck } from '../../src/lib/practice/speech/report';
import { tokenize, updateTimedWords, type TimedWord } from '../../src/lib/practice/speech/transcript';
import type { ScriptDetails } from '../../src/lib/script/details';
import type { IsoDate } from '../../src/lib/dates';
import { isoDate } from '../../src/lib/dates';

/** Words one a second from 0.5 s, as a recogniser might write them. */
const heard = (text: string): TimedWord[] =>
  text
    .split(/\s+/u)
    .filter(Boolean)
    .map((word, index) => ({ text: word, seconds: 0.5 + index }));

const DETAILS: ScriptDetails = {
  fullName: 'Priya O’Brien-Shah',
  jobTitle: 'Sr. Junior Accountant',
  company: 'Acme Ltd',
  interviewerName: 'Ms. Alvarez',
  interviewDate: isoDate('2026-11-17'), // a Tuesday
  phone: '(312) 555-0142',
  email: 'priya@example.org',
  interviewerEmail: '',
  achievements: [],
};
const TODAY = '2026-11-24' as IsoDate;
const targets = listenTargets(DETAILS, TODAY);
const target = (fact: ListenTarget['fact']) => {
  const found = targets.find((t) => t.fact === fact);
  if (!found) throw new Error(`no ${fact} target`);
  return found;
};
const isHeard = (fact: ListenTarget['fact'], text: string) =>
  findFact(tokenize(heard(text)), target(fact)) !== null;

describe('matching what was heard against the key facts', () => {
  describe.each([
    [
      'fullName',
      [
        'hi this is Priya OBrien Shah calling',
        'this is priya o brien shah',
        'Hi, this is Priya.',
        'this is PRIYA o’brien-shah',
      ],
      ['this is Maria Shah', 'this is Priyanka', 'hi this is pria'],
    ],
    [
      'job',
      [
        'for the senior junior accountant position',
        'the Sr. Junior Accountant role',
        'the senior junior account-ant job',
      ],
      ['the junior accountant position', 'senior accountant', 'senior junior auditor'],
    ],
    [
      'company',
      ['at Acme Limited', 'at acme', 'with ACME LTD.', 'at Acme, thank you'],
      ['at Acne', 'at Apex Ltd', 'at Acmeco'],
    ],
    [
      'interviewDay',
      [
        'I interviewed last Tuesday',
        'on Tuesday, November 17',
        'on November 17th',
        'on november seventeenth',
        'on the 17th of November',
        'on the seventeenth',
        'on Nov 17',
      ],
      [
        'I interviewed last Wednesday',
        'on November 18th',
        'on the 18th',
        'on December 17',
        'on the seventh of November',
        'call me on 17',
      ],
    ],
    [
      'phone',
      [
        'call me at 312-555-0142',
        'at 3125550142',
        'three one two five five five oh one four two',
        'three one two, five five five, zero one four two',
        'three twelve five fifty five oh one forty two',
        '312 triple five 0142',
        'at (312) 555 0142. thanks',
        'three one two um five five five oh one four two',
      ],
      [
        'call me at 312-555-0143',
        'five five five oh one four two',
        'three one two five five five oh one four',
        'three one two five five five, and oh one four two',
        '312-555-0124',
      ],
    ],
  ] as const)('%s', (fact, matches, misses) => {
    it.each(matches)('hears it in “%s”', (text) => expect(isHeard(fact, text)).toBe(true));
    it.each(misses)('does not hear it in “%s”', (text) => expect(isHeard(fact, text)).toBe(false));
  });

  it('times a fact by the word that completes it, and marks its words', () => {
    const words = heard('Hi Ms. Alvarez, this is Priya O’Brien-Shah. I interviewed last Tuesday');
    const report = checkSpeech(words, targets, 10);
    const name = report.facts.find((f) => f.fact === 'fullName');
    const day = report.facts.find((f) => f.fact === 'interviewDay');
    expect(name).toMatchObject({ seconds: 6.5, words: [5, 6] });
    expect(day).toMatchObject({ seconds: 10.5, words: [9, 10] });
    expect(report).toMatchObject({ inTime: 1, allInTime: false }); // the day came at 10.5 s; no job was said
  });
});

describe('the sample voicemail, as a recogniser writes a full reading', () => {
  const READING =
    'hi miss Alvarez this is Jordan Lee I interviewed with you last Tuesday for the office coordinator position thanks again for your time if any questions come up please call me back at 555-0148 have a great day';

  it('hears every fact, and the name, job and day within 10 s at a brisk pace', () => {
    const words = heard(READING).map((word, index) => ({ ...word, seconds: 0.4 * index }));
    const report = checkSpeech(words, SAMPLE_TARGETS, 10);
    expect(report.facts.map((f) => [f.fact, f.seconds !== null])).toEqual([
      ['fullName', true],
      ['job', true],
      ['interviewDay', true],
      ['phone', true],
    ]);
    expect(report).toMatchObject({ inTime: 3, allInTime: true, fillers: 0 });
  });

  it('counts the facts said after the target as late, and a wrong number as not heard', () => {
    const words = heard(READING.replace('555-0148', '555-0184'));
    const report = checkSpeech(words, SAMPLE_TARGETS, 10);
    expect(report.facts.find((f) => f.fact === 'phone')?.seconds).toBeNull();
    // One word a second: the name is in time, the day (word 12) and the job (word 16) are not.
    expect(report).toMatchObject({ inTime: 1, allInTime: false });
  });

  it('keeps the transcript only when asked to', () => {
    const report = checkSpeech(heard('this is Jordan'), SAMPLE_TARGETS, 10);
    expect(storedCheck(report, true).transcript).toBe('this is Jordan');
    expect(storedCheck(report, false)).toEqual({
      heard: [
        { fact: 'fullName', heardAt: 2.5 },
        { fact: 'job', heardAt: null },
        { fact: 'interviewDay', heardAt: null },
        { fact: 'phone', heardAt: null },
      ],
      inTime: 1,
      fillers: 0,
      transcript: null,
    });
  });
});

describe('counting fillers', () => {
  it.each([
    ['um hi this is Jordan uh calling about the er position', 3],
    ['Umm, I wanted to, erm, follow up', 2],
    ['I would like to follow up', 0],
    ["I'd like to follow up", 0],
    ['I really like the team', 0],
    ['so, like, I wanted to follow up', 1],
    ['and like I wanted to say thanks', 1],
    ['it was like a great conversation', 1],
    ['roles like this one', 0],
    ['like I said I am interested', 1],
    ['do you know when you will decide', 0],
    ['you know what I mean', 0],
    ['I wanted to, you know, follow up', 1],
    ['I am, you know, very interested', 1],
    ['the interview, you know', 1],
    ['if you know the team well', 0],
    ['um so like you know I am uh really keen', 4],
  ])('“%s” has %i', (text, count) => expect(findFillers(tokenize(heard(text)))).toHaveLength(count));
});

describe('timing words as results firm up', () => {
  it('keeps the time a word first appeared and times new words now', () => {
    let words = updateTimedWords([], 'hi this', 1.2);
    words = updateTimedWords(words, 'hi this is', 1.9);
    words = updateTimedWords(words, 'Hi, this is Jordan', 2.6); // the final result rewrites the first words
    expect(words).toEqual([
      { text: 'Hi,', seconds: 1.2 },
      { text: 'this', seconds: 1.2 },
      { text: 'is', seconds: 1.9 },
      { text: 'Jordan', seconds: 2.6 },
    ]);
  });
});
