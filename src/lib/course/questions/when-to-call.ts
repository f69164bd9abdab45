/** Check yourself: know when to call. Every date is computed by the calculator's own rule. */
import { computeCallWindow, type CallWindowInput } from '../../call-window/rule';
import { addDays, formatLongDate, isoDate, weekdayOnOrAfter, type IsoDate } from '../../dates';
import type { Choice, Question } from '../question';
import { SAMPLE_DECIDE_FRIDAY, SAMPLE_DECIDE_WEDNESDAY, SAMPLE_INTERVIEW } from '../sample';

function opensOn(input: CallWindowInput): IsoDate {
  const result = computeCallWindow(input, isoDate(input.interviewDate));
  if (!result.ok) throw new Error(`Question has bad dates: ${JSON.stringify(input)}`);
  return result.window.opens;
}

/** A choice that is a day; `right` is whichever choice falls on the day the rule gives. */
function dayQuestion(
  id: string,
  prompt: string,
  ruleDay: IsoDate,
  days: { id: string; date: IsoDate; why: string }[],
): Question {
  const choices: Choice[] = days.map((day) => ({ id: day.id, text: formatLongDate(day.date), why: day.why }));
  const right = days.find((day) => day.date === ruleDay);
  if (!right) throw new Error(`Question "${id}": no choice falls on ${ruleDay}`);
  return { id, prompt, choices, right: right.id };
}

const interview = formatLongDate(SAMPLE_INTERVIEW);
const friday = formatLongDate(SAMPLE_DECIDE_FRIDAY);
const fridayCall = opensOn({
  interviewDate: SAMPLE_INTERVIEW,
  givenDate: SAMPLE_DECIDE_FRIDAY,
  givenDateMeaning: 'decide-by',
});
const wednesday = formatLongDate(SAMPLE_DECIDE_WEDNESDAY);
const wednesdayCall = opensOn({
  interviewDate: SAMPLE_INTERVIEW,
  givenDate: SAMPLE_DECIDE_WEDNESDAY,
  givenDateMeaning: 'decide-by',
});
const usualOpens = opensOn({ interviewDate: SAMPLE_INTERVIEW });

/** The lesson's questions. */
export const QUESTIONS: Question[] = [
  dayQuestion(
    'decide-by-friday',
    `Your interview was on ${interview}. The manager said they would decide by ${friday}. When should you call?`,
    fridayCall,
    [
      {
        id: 'that-friday',
        date: SAMPLE_DECIDE_FRIDAY,
        why: 'They may still be deciding on that day. Give the news time to reach you.',
      },
      {
        id: 'next-workday',
        date: weekdayOnOrAfter(addDays(SAMPLE_DECIDE_FRIDAY, 1)),
        why: 'That is only the first working day after. Their news may still be on its way, so wait one more day.',
      },
      {
        id: 'second-workday',
        date: fridayCall,
        why: 'Your window opens on the second working day after the day they named, so a Friday decision means a Tuesday call.',
      },
    ],
  ),
  dayQuestion(
    'no-date',
    `Your interview was on ${interview}, and nobody said anything about timing. When does your call window open?`,
    usualOpens,
    [
      {
        id: 'three-days',
        date: addDays(SAMPLE_INTERVIEW, 3),
        why: 'After only a few days, a call can come across as impatient. Give them at least a week.',
      },
      {
        id: 'one-week',
        date: usualOpens,
        why: 'With no date from them, you call one to two weeks after the interview. A week later is the first good day.',
      },
      {
        id: 'three-weeks',
        date: addDays(SAMPLE_INTERVIEW, 21),
        why: 'That is past the usual one to two weeks. You can still follow up then, but you have waited longer than you needed to.',
      },
    ],
  ),
  dayQuestion(
    'decide-by-wednesday',
    `This time they said they would decide by ${wednesday}. Which day opens your call window?`,
    wednesdayCall,
    [
      {
        id: 'thursday',
        date: addDays(SAMPLE_DECIDE_WEDNESDAY, 1),
        why: 'Thursday is the first working day after their decision. Wait one more working day.',
      },
      {
        id: 'friday',
        date: wednesdayCall,
        why: 'Count two working days after Wednesday: Thursday, then Friday. Your window opens on Friday.',
      },
      {
        id: 'next-wednesday',
        date: addDays(SAMPLE_DECIDE_WEDNESDAY, 7),
        why: 'A full extra week is more than you need. Two working days after their date is enough.',
      },
    ],
  ),
];
