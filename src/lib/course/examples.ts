/**
 * The lessons' worked examples, computed with the same functions the calculator and the
 * tracker run, so a lesson can never teach a date or a wording the tools would not give.
 * Astro components call these at build time: no JavaScript reaches the page.
 */
import { LONG_PAST_AFTER_DAYS, VOICEMAIL_WAIT_DAYS } from '../call-window/advice';
import { computeCallWindow, type CallWindowInput } from '../call-window/rule';
import type { CallWindow } from '../call-window/types';
import { addDays, formatLongDate, isoDate, weekdayOnOrAfter, type IsoDate } from '../dates';
import { nextActionFor } from '../follow-ups/next-action';
import { buildEmail, buildPhoneScript, buildVoicemail, type EmailText } from '../script/text';
import { SAMPLE_DECIDE_FRIDAY, SAMPLE_DECIDE_WEDNESDAY, SAMPLE_DETAILS, SAMPLE_INTERVIEW } from './sample';

/** One rung of the follow-up ladder: when, and what to do. */
export interface LadderStep {
  date: IsoDate;
  when: string;
  what: string;
}

/** A number of days as a reader says it: "a week", "10 days". */
function daysInWords(days: number): string {
  return days === 7 ? 'a week' : `${days} days`;
}

/** The waits the tools use, in words: "a week", and the weeks before the follow-up stops. */
export const WAITS = {
  afterVoicemail: daysInWords(VOICEMAIL_WAIT_DAYS),
  stopWeeks: Math.round(LONG_PAST_AFTER_DAYS / 7),
} as const;

const long = (date: IsoDate) => formatLongDate(date);

function windowOf(input: CallWindowInput): CallWindow {
  // Examples are written by us: a bad date is a bug in the lesson, so the build stops.
  const result = computeCallWindow(input, isoDate(input.interviewDate));
  if (!result.ok) throw new Error(`Lesson example has bad dates: ${JSON.stringify(input)}`);
  return result.window;
}

/** The calculator's window when the interviewer gave no date. */
export function ruleOfThumbWindow(interview: IsoDate): CallWindow {
  return windowOf({ interviewDate: interview });
}

/** The calculator's window after "we will decide by `decisionDay`". */
export function decideByWindow(interview: IsoDate, decisionDay: IsoDate): CallWindow {
  return windowOf({ interviewDate: interview, givenDate: decisionDay, givenDateMeaning: 'decide-by' });
}

/** The day the tracker says to email when a voicemail left on `leftOn` brought no call back. */
export function emailAfterVoicemail(interview: IsoDate, leftOn: IsoDate): IsoDate {
  const log = [{ id: 'example', kind: 'left-voicemail' as const, date: leftOn, note: '' }];
  const action = nextActionFor(
    { interviewDate: interview, givenDate: '', givenDateMeaning: 'call-on', log },
    leftOn,
  );
  if (action.nextActionDate === null) throw new Error(`Lesson example: no email day after ${leftOn}`);
  return action.nextActionDate;
}

/** The day the follow-up stops: about six weeks after the interview. */
export function stopDay(interview: IsoDate): IsoDate {
  return addDays(interview, LONG_PAST_AFTER_DAYS);
}

/** The one-to-two-week rule told with Priya's dates. */
export function ruleOfThumbStory(interview: IsoDate = SAMPLE_INTERVIEW): string {
  const window = ruleOfThumbWindow(interview);
  return `Priya’s interview was on ${long(interview)}, and nobody mentioned a date. Her call window opens a week later, on ${long(window.opens)}, and closes on ${long(window.closes)}.`;
}

/** The decide-by rule told with Priya's dates. */
export function decideByStory(interview: IsoDate, decisionDay: IsoDate): string {
  const window = decideByWindow(interview, decisionDay);
  const first = weekdayOnOrAfter(addDays(decisionDay, 1));
  return `The manager told Priya they would decide by ${long(decisionDay)}. The first working day after that is ${long(first)}, when news may still be on its way. The second is ${long(window.opens)}: that is her day to call, and her window stays open until ${long(window.closes)}.`;
}

/** The voicemail rule told with Priya's dates: a message on the first day of her window. */
export function voicemailStory(interview: IsoDate = SAMPLE_INTERVIEW): string {
  const leftOn = ruleOfThumbWindow(interview).opens;
  const emailOn = emailAfterVoicemail(interview, leftOn);
  return `Priya leaves her message on ${long(leftOn)}. She gives Mr. Okafor ${WAITS.afterVoicemail} to call back. If he hasn’t by ${long(emailOn)}, she sends one short, polite email, and then she waits.`;
}

/** The follow-up ladder for an interview, with a voicemail left on the day the window opens. */
export function ladderExample(interview: IsoDate = SAMPLE_INTERVIEW): LadderStep[] {
  const window = ruleOfThumbWindow(interview);
  const emailOn = emailAfterVoicemail(interview, window.opens);
  const stop = stopDay(interview);
  return [
    {
      date: interview,
      when: long(interview),
      what: 'The interview. A short thank-you email goes out the same day.',
    },
    {
      date: window.opens,
      when: `${long(window.opens)} to ${long(window.closes)}`,
      what: 'The call window. Priya calls on the first day and reaches voicemail, so she leaves one message.',
    },
    {
      date: emailOn,
      when: long(emailOn),
      what: `No call back after ${WAITS.afterVoicemail}, so she sends one short follow-up email.`,
    },
    {
      date: stop,
      when: long(stop),
      what: `About ${WAITS.stopWeeks} weeks after the interview with no reply: she stops following up and puts her energy elsewhere.`,
    },
  ];
}

/** Priya's three texts as the script builder writes them, read on her call day. */
export function sampleTexts(): { phone: string; voicemail: string; email: EmailText; callDay: IsoDate } {
  const callDay = ruleOfThumbWindow(SAMPLE_INTERVIEW).suggested;
  return {
    phone: buildPhoneScript(SAMPLE_DETAILS, callDay),
    voicemail: buildVoicemail(SAMPLE_DETAILS, callDay),
    email: buildEmail(SAMPLE_DETAILS, callDay),
    callDay,
  };
}

/** The phone script split into its parts: a cue ("If they have news") and what to say. */
export function phoneScriptParts(script: string): { cue: string; say: string }[] {
  return script.split('\n\n').map((block) => {
    const [cue = '', ...lines] = block.split('\n');
    return { cue, say: lines.join(' ') };
  });
}

/** The worked examples a lesson can show, by name. */
export const STORIES = {
  'rule-of-thumb': () => ruleOfThumbStory(SAMPLE_INTERVIEW),
  'decide-by-friday': () => decideByStory(SAMPLE_INTERVIEW, SAMPLE_DECIDE_FRIDAY),
  'decide-by-wednesday': () => decideByStory(SAMPLE_INTERVIEW, SAMPLE_DECIDE_WEDNESDAY),
  voicemail: () => voicemailStory(SAMPLE_INTERVIEW),
} as const;

/** The name of a worked example. */
export type StoryName = keyof typeof STORIES;
