/**
 * The lessons' worked examples agree with the tools: each date is checked against the
 * calculator (computeCallWindow) or the tracker (nextActionFor) directly, and each sample
 * text against the script builder.
 */
import { describe, expect, it } from 'vitest';
import { LONG_PAST_AFTER_DAYS, VOICEMAIL_WAIT_DAYS } from '../../../src/lib/call-window/advice';
import { computeCallWindow } from '../../../src/lib/call-window/rule';
import {
  decideByStory,
  emailAfterVoicemail,
  ladderExample,
  phoneScriptParts,
  ruleOfThumbStory,
  sampleTexts,
  STORIES,
  stopDay,
  voicemailStory,
  WAITS,
} from '../../../src/lib/course/examples';
import {
  SAMPLE_DECIDE_FRIDAY,
  SAMPLE_DECIDE_WEDNESDAY,
  SAMPLE_DETAILS,
  SAMPLE_INTERVIEW,
} from '../../../src/lib/course/sample';
import { isoDate, addDays, dayOfWeek, formatLongDate } from '../../../src/lib/dates';
import { nextActionFor } from '../../../src/lib/follow-ups/next-action';
import { buildEmail, buildPhoneScript, buildVoicemail } from '../../../src/lib/script/text';

const windowOf = (givenDate = '', givenDateMeaning: 'call-on' | 'decide-by' = 'call-on') => {
  const result = computeCallWindow(
    { interviewDate: SAMPLE_INTERVIEW, givenDate, givenDateMeaning },
    SAMPLE_INTERVIEW,
  );
  if (!result.ok) throw new Error('bad sample');
  return result.window;
};

describe('the decide-by examples', () => {
  it.each([
    ['Friday', SAMPLE_DECIDE_FRIDAY, 5, 'Tuesday'],
    ['Wednesday', SAMPLE_DECIDE_WEDNESDAY, 3, 'Friday'],
  ])('a %s decision names the calculator’s call day, a %s', (_, decision, weekday, callWeekday) => {
    expect(dayOfWeek(decision)).toBe(weekday);
    const window = windowOf(decision, 'decide-by');
    const story = decideByStory(SAMPLE_INTERVIEW, decision);
    expect(story).toContain(`The second is ${formatLongDate(window.opens)}`);
    expect(story).toContain(`until ${formatLongDate(window.closes)}`);
    expect(formatLongDate(window.opens)).toMatch(new RegExp(`^${callWeekday}`));
  });
});

describe('the one-to-two-week example', () => {
  it('opens and closes the window on the calculator’s days', () => {
    const window = windowOf();
    expect(ruleOfThumbStory()).toContain(
      `on ${formatLongDate(window.opens)}, and closes on ${formatLongDate(window.closes)}`,
    );
    expect(STORIES['rule-of-thumb']()).toBe(ruleOfThumbStory());
  });
});

describe('the voicemail example', () => {
  it('emails on the day the tracker gives, a week after the message', () => {
    const leftOn = windowOf().opens;
    const tracker = nextActionFor(
      {
        interviewDate: SAMPLE_INTERVIEW,
        givenDate: '',
        givenDateMeaning: 'call-on',
        log: [{ id: 'v', kind: 'left-voicemail', date: leftOn, note: '' }],
      },
      addDays(leftOn, 1),
    );
    expect(tracker.status).toBe('voicemail-left');
    expect(emailAfterVoicemail(SAMPLE_INTERVIEW, leftOn)).toBe(tracker.nextActionDate);
    expect(tracker.nextActionDate).toBe(addDays(leftOn, VOICEMAIL_WAIT_DAYS));
    expect(voicemailStory()).toContain(`by ${formatLongDate(addDays(leftOn, VOICEMAIL_WAIT_DAYS))}`);
    expect(voicemailStory()).toContain(`${WAITS.afterVoicemail} to call back`);
  });
});

describe('the follow-up ladder', () => {
  it('stops where the tracker stops suggesting calls: about six weeks after the interview', () => {
    const stop = stopDay(SAMPLE_INTERVIEW);
    expect(stop).toBe(addDays(SAMPLE_INTERVIEW, LONG_PAST_AFTER_DAYS));
    const on = (today: string) =>
      nextActionFor(
        { interviewDate: SAMPLE_INTERVIEW, givenDate: '', givenDateMeaning: 'call-on', log: [] },
        isoDate(today),
      ).status;
    expect(on(stop)).toBe('past-window');
    expect(on(addDays(stop, 1))).toBe('long-past');
    expect(WAITS.stopWeeks).toBe(6);
  });

  it('lists the thank-you, the window, the email and the stop, in date order', () => {
    const steps = ladderExample();
    const window = windowOf();
    expect(steps.map((step) => step.date)).toEqual([
      SAMPLE_INTERVIEW,
      window.opens,
      emailAfterVoicemail(SAMPLE_INTERVIEW, window.opens),
      stopDay(SAMPLE_INTERVIEW),
    ]);
    expect(steps[1]?.when).toBe(`${formatLongDate(window.opens)} to ${formatLongDate(window.closes)}`);
  });
});

describe('the sample texts', () => {
  it('are the script builder’s own texts for Priya, read on her call day', () => {
    const texts = sampleTexts();
    expect(texts.callDay).toBe(windowOf().suggested);
    expect(texts.phone).toBe(buildPhoneScript(SAMPLE_DETAILS, texts.callDay));
    expect(texts.voicemail).toBe(buildVoicemail(SAMPLE_DETAILS, texts.callDay));
    expect(texts.email).toEqual(buildEmail(SAMPLE_DETAILS, texts.callDay));
    expect(texts.voicemail).toContain('(312) 555-0142');
  });

  it('split the phone script into cues and what to say, dropping no line', () => {
    const parts = phoneScriptParts(sampleTexts().phone);
    expect(parts[0]?.cue).toBe('If they pick up');
    expect(parts.map((part) => part.say).join(' ')).toContain('Is now a good time');
    expect(parts.every((part) => part.cue !== '' && part.say !== '')).toBe(true);
  });
});
