/**
 * The practice timer's sentences: what the status region announces (start, key-facts
 * target reached, result, nothing else), and the result and pace lines; the chart's
 * wording loads with the chart (chart-messages.ts). Seconds are said as the clock shows
 * them, tenths truncated, so the two never disagree. Two things are measured and named
 * apart: the key facts against their target (about 10 s) and the whole message against a
 * voicemail's usual 20–40 s.
 */
import type { RunOutcome } from '../storage/schemas/practice';
import { formatClock } from './clock';
import { VOICEMAIL_SECONDS } from './length';
import type { RunSummary } from './run';
import { DEFAULT_WORDS_PER_MINUTE } from '../speech-timing';

/** "9.5 s" or "1:02.3" (a minute or more reads as a clock). */
export function formatSeconds(seconds: number): string {
  const clock = formatClock(seconds);
  return clock.includes(':') ? clock : `${clock} s`;
}

/** "9.5 seconds", for sentences read aloud. */
function spokenSeconds(seconds: number): string {
  const clock = formatClock(seconds);
  return clock.includes(':') ? clock : `${clock} seconds`;
}

/** Announced when the run itself begins (after the countdown, if any). */
export const STARTED_MESSAGE = 'Started. Read your voicemail aloud now.';

/** Announced once, when the clock reaches the key-facts target. */
export function targetReachedMessage(targetSeconds: number): string {
  return `${targetSeconds} seconds: your key facts should be said by now. Keep going, and press Stop when you finish.`;
}

/** "20–40 s", the usual voicemail length as the clock and chart label it. */
export const VOICEMAIL_RANGE_LABEL = `${VOICEMAIL_SECONDS.min}–${VOICEMAIL_SECONDS.max} s`;

/** The clock's line under the time: the two things a run is measured against. */
export function clockGoals(targetSeconds: number): string {
  return `Key facts by ${targetSeconds} s · whole message ${VOICEMAIL_RANGE_LABEL}`;
}

/** Why a run was not scored, in one or two sentences. */
export function incompleteSentence(outcome: Exclude<RunOutcome, 'complete'>): string {
  return outcome === 'too-fast'
    ? 'That was faster than anyone can read it aloud: did you stop early? This run is kept as incomplete and not scored.'
    : 'That was slower than anyone reads aloud: was the timer left running? This run is kept as incomplete and not scored.';
}

/** The whole message against a voicemail's usual length, as a sentence. */
export function lengthSentence(summary: Pick<RunSummary, 'seconds' | 'length'>): string {
  const took = `The whole message took ${formatSeconds(summary.seconds)}`;
  const range = `${VOICEMAIL_SECONDS.min} to ${VOICEMAIL_SECONDS.max} seconds`;
  switch (summary.length) {
    case 'within':
      return `${took}, within the ${range} a voicemail usually takes.`;
    case 'short':
      return `${took}, under the ${range} a voicemail usually takes: check that nothing they need is missing.`;
    case 'long':
      return `${took}, over the ${range} a voicemail usually takes: a shorter message is easier to listen to.`;
  }
}

/** Whether the key facts fit, as a sentence: "Your key facts fit within the 10-second target." */
export function keyFactsSentence(summary: RunSummary, targetSeconds: number): string {
  const about = formatSeconds(summary.keyFactsSeconds);
  return summary.fit
    ? `Your key facts took about ${about}, within the ${targetSeconds}-second target.`
    : `Your key facts took about ${about}, over the ${targetSeconds}-second target.`;
}

/** Announced when a run stops: time, pace, the key facts and the whole length; or why it was not scored. */
export function resultMessage(summary: RunSummary, targetSeconds: number): string {
  const stopped = `Stopped at ${spokenSeconds(summary.seconds)}`;
  if (summary.outcome !== 'complete') return `${stopped}. ${incompleteSentence(summary.outcome)}`;
  const pace = summary.wordsPerMinute > 0 ? `, ${summary.wordsPerMinute} words a minute` : '';
  return `${stopped}${pace}. ${keyFactsSentence(summary, targetSeconds)} ${lengthSentence(summary)}`;
}

/** Announced when a run is too short to count (a double press). */
export function tooShortMessage(seconds: number): string {
  return `Stopped at ${spokenSeconds(seconds)}: too short to count, so it was not saved.`;
}

/** "Your pace: 142 words a minute (median of your last 5 runs)", or how estimates work without one. */
export function paceSentence(wordsPerMinute: number | null, runCount: number): string {
  if (wordsPerMinute === null || runCount === 0) {
    return `Your pace: not measured yet. Until it is, estimates use ${DEFAULT_WORDS_PER_MINUTE} words a minute.`;
  }
  const rounded = Math.round(wordsPerMinute);
  const from = runCount === 1 ? 'from your last run' : `median of your last ${runCount} runs`;
  return `Your pace: ${rounded} words a minute (${from})`;
}
