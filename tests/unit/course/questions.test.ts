/**
 * The Check yourself questions: well formed, storable, with feedback for every choice,
 * and date questions whose right answer is the calculator's own day.
 */
import { describe, expect, it } from 'vitest';
import { computeCallWindow } from '../../../src/lib/call-window/rule';
import { emailAfterVoicemail, ruleOfThumbWindow, sampleTexts } from '../../../src/lib/course/examples';
import { explanationFor, feedbackFor, questionKey, type Question } from '../../../src/lib/course/question';
import { answerKeyFor, questionsFor } from '../../../src/lib/course/questions';
import {
  SAMPLE_DECIDE_FRIDAY,
  SAMPLE_DECIDE_WEDNESDAY,
  SAMPLE_INTERVIEW,
} from '../../../src/lib/course/sample';
import { formatLongDate } from '../../../src/lib/dates';
import { countRightAnswers, describeAnswers } from '../../../src/lib/lesson-progress';
import { checkProgress } from '../../../src/lib/storage/schemas/progress';

const SLUGS = [
  'right-after-the-interview',
  'when-to-call',
  'prepare-your-script',
  'leave-a-voicemail',
  'email-instead',
  'tone-of-voice',
  'if-they-pick-up',
  'follow-up-ladder',
  'special-situations',
  'if-phoning-is-hard',
  'why-it-works',
];

const question = (slug: string, id: string): Question => {
  const found = questionsFor(slug).find((item) => item.id === id);
  if (!found) throw new Error(`no question ${slug}/${id}`);
  return found;
};
const rightText = (slug: string, id: string) => {
  const q = question(slug, id);
  return q.choices.find((choice) => choice.id === q.right)?.text;
};

describe.each(SLUGS)('the questions of %s', (slug) => {
  const questions = questionsFor(slug);

  it('are two to four, each with three or four choices and exactly one right', () => {
    expect(questions.length).toBeGreaterThanOrEqual(2);
    expect(questions.length).toBeLessThanOrEqual(4);
    for (const item of questions) {
      expect(item.choices.length).toBeGreaterThanOrEqual(3);
      expect(item.choices.length).toBeLessThanOrEqual(4);
      expect(item.choices.filter((choice) => choice.id === item.right)).toHaveLength(1);
      expect(new Set(item.choices.map((choice) => choice.id)).size).toBe(item.choices.length);
      expect(new Set(item.choices.map((choice) => choice.text)).size).toBe(item.choices.length);
    }
    expect(new Set(questions.map((item) => item.id)).size).toBe(questions.length);
  });

  it('give every choice a reason of one or two sentences', () => {
    for (const item of questions) {
      for (const choice of item.choices) {
        const sentences = choice.why.split(/(?<=[.!?])\s+/).filter(Boolean);
        expect(sentences.length, choice.why).toBeGreaterThanOrEqual(1);
        expect(sentences.length, choice.why).toBeLessThanOrEqual(2);
      }
    }
  });

  it('store under keys and answer ids the progress store keeps', () => {
    const answers = Object.fromEntries(answerKeyFor([slug]));
    const checked = checkProgress({ done: [], answers });
    expect(checked).toEqual({ ok: true, value: { done: [], answers } });
  });
});

describe('feedback', () => {
  const item = question('when-to-call', 'decide-by-friday');
  const right = item.choices.find((choice) => choice.id === item.right)!;
  const wrong = item.choices.find((choice) => choice.id !== item.right)!;

  it('says right, and why', () => {
    expect(feedbackFor(item, right)).toBe(`Right. ${right.why}`);
    expect(explanationFor(item, right)).toBe(`Right. ${right.why}`);
  });

  it('says not quite, why, and invites another try only where one can be made', () => {
    expect(feedbackFor(item, wrong)).toBe(`Not quite. ${wrong.why} Try another answer.`);
    expect(explanationFor(item, wrong)).toBe(`Not quite. ${wrong.why}`);
  });
});

describe('date questions agree with the calculator and the tracker', () => {
  const opens = (givenDate: string) => {
    const result = computeCallWindow(
      { interviewDate: SAMPLE_INTERVIEW, givenDate, givenDateMeaning: 'decide-by' },
      SAMPLE_INTERVIEW,
    );
    return result.ok ? formatLongDate(result.window.opens) : 'invalid';
  };

  it.each([
    ['decide-by-friday', SAMPLE_DECIDE_FRIDAY],
    ['decide-by-wednesday', SAMPLE_DECIDE_WEDNESDAY],
  ])('%s: the right answer is the day the calculator opens the window', (id, decision) => {
    expect(rightText('when-to-call', id)).toBe(opens(decision));
  });

  it('no-date: the right answer is the rule-of-thumb opening day', () => {
    expect(rightText('when-to-call', 'no-date')).toBe(
      formatLongDate(ruleOfThumbWindow(SAMPLE_INTERVIEW).opens),
    );
  });

  it('after a voicemail: the right answer emails on the tracker’s day', () => {
    const leftOn = ruleOfThumbWindow(SAMPLE_INTERVIEW).opens;
    expect(rightText('leave-a-voicemail', 'no-call-back')).toContain(
      formatLongDate(emailAfterVoicemail(SAMPLE_INTERVIEW, leftOn)),
    );
  });

  it('the subject line: the right answer is the script builder’s subject', () => {
    expect(rightText('email-instead', 'subject-line')).toBe(sampleTexts().email.subject);
  });
});

describe('the home page count', () => {
  const key = answerKeyFor(SLUGS);

  it('lists every question once, keyed lesson/question', () => {
    const total = SLUGS.reduce((sum, slug) => sum + questionsFor(slug).length, 0);
    expect(key).toHaveLength(total);
    expect(key[0]?.[0]).toBe(
      questionKey('right-after-the-interview', questionsFor('right-after-the-interview')[0]!),
    );
  });

  it('counts only answers that are right, ignoring unknown questions', () => {
    const [first, second] = key;
    const answers = { [first![0]]: first![1], [second![0]]: 'wrong-choice', 'old-lesson/q': 'x' };
    expect(countRightAnswers(key, answers)).toBe(1);
    expect(countRightAnswers(key, {})).toBe(0);
    expect(describeAnswers(1, key.length)).toBe(`1 of ${key.length} questions answered right`);
    expect(describeAnswers(1, 1)).toBe('1 of 1 question answered right');
  });

  it('has no questions for a lesson it does not know', () => {
    expect(questionsFor('no-such-lesson')).toEqual([]);
  });
});
