/**
 * The result of one read-aloud practice run: whether it can have been a full reading,
 * its pace, whether the key facts fit their target, how the whole message's length
 * compares with a voicemail's usual range, and a short tip when the key facts missed.
 *
 * A run read faster than anyone can speak (300 words a minute) was stopped early; one
 * slower than 60 was left running. Neither is scored: no pace, no fit, no tip.
 *
 * The key facts' time is taken at the measured pace, in proportion to the spoken words
 * before the end of the key-facts part: the reader's own speed, not the default one.
 */
import type { RunOutcome } from '../storage/schemas/practice';
import {
  DEFAULT_WORDS_PER_MINUTE,
  MAX_WORDS_PER_MINUTE,
  MIN_WORDS_PER_MINUTE,
  countSpokenWords,
  secondsUntil,
} from '../speech-timing';
import { type LengthVerdict, voicemailLength } from './length';
import { type TextPart, keyFactsSegment, openingWords, sentenceParts } from './text-parts';

/** Below this pace (words a minute) the tip is to speak more briskly. */
export const SLOW_WORDS_PER_MINUTE = 130;

/** What a run measured. */
export interface RunSummary {
  seconds: number;
  /** 'complete' when the pace is one a person can read at; otherwise the run is not scored. */
  outcome: RunOutcome;
  /** The whole message against a voicemail's usual 20–40 s. */
  length: LengthVerdict;
  /** Spoken words of the whole text per minute, rounded; 0 when nothing was timed. */
  wordsPerMinute: number;
  keyFactsSeconds: number;
  fit: boolean;
  tip: string | null;
}

/** What a tip is built from. */
interface TipInput {
  text: string;
  keyFactsEnd: number;
  seconds: number;
  keyFactsSeconds: number;
  targetSeconds: number;
  wordsPerMinute: number;
}

/** "2.3" — seconds as a tip says them. */
const say = (seconds: number) => (Math.round(seconds * 10) / 10).toString();

/** The parts of the key facts, each cut at the key-facts end, with words counted up to it. */
function keyFactParts(text: string, keyFactsEnd: number): TextPart[] {
  return sentenceParts(text)
    .filter((part) => part.start < keyFactsEnd)
    .map((part) => {
      const end = Math.min(part.end, keyFactsEnd);
      return { start: part.start, end, spoken: countSpokenWords(text.slice(part.start, end)) };
    });
}

/** One specific tip for a run whose key facts missed the target. */
function tipFor(input: TipInput): string {
  const { text, keyFactsEnd, seconds, keyFactsSeconds, targetSeconds, wordsPerMinute } = input;
  const over = `${say(keyFactsSeconds - targetSeconds)} s over the ${say(targetSeconds)} s target`;
  if (wordsPerMinute > 0 && wordsPerMinute < SLOW_WORDS_PER_MINUTE) {
    const atDefault = secondsUntil(text, keyFactsEnd, DEFAULT_WORDS_PER_MINUTE);
    return `You read at ${wordsPerMinute} words a minute. Try a brisker pace that stays clear: at ${DEFAULT_WORDS_PER_MINUTE} your key facts take ${say(atDefault)} s.`;
  }
  const parts = keyFactParts(text, keyFactsEnd);
  // The key facts run to the end of the message: the whole message is what is long.
  const isWholeMessage = countSpokenWords(text.slice(keyFactsEnd)) === 0;
  if (parts.length < 2 || isWholeMessage) {
    return `The whole message took ${say(seconds)} s, ${say(seconds - targetSeconds)} s over the ${say(targetSeconds)} s target. Say it in fewer words.`;
  }
  // Earliest wins a tie: the opening is where extra words usually creep in.
  const longest = parts.reduce((best, part) => (part.spoken > best.spoken ? part : best));
  const name = longest === parts[0] ? 'your opening' : 'the part';
  return `Your key facts ended ${over}. Cut words from ${name} “${openingWords(text, longest)}”.`;
}

/** Whether a run read at `wordsPerMinute` can have been a full reading. */
export function runOutcome(wordsPerMinute: number): RunOutcome {
  if (wordsPerMinute > MAX_WORDS_PER_MINUTE) return 'too-fast';
  return wordsPerMinute > 0 && wordsPerMinute < MIN_WORDS_PER_MINUTE ? 'too-slow' : 'complete';
}

/** Measure a run of `text` read in `seconds` against a target for the key facts. */
export function summariseRun(run: {
  text: string;
  keyFactsEndIndex: number;
  seconds: number;
  targetSeconds: number;
}): RunSummary {
  const { text, targetSeconds } = run;
  const seconds = Number.isFinite(run.seconds) && run.seconds > 0 ? run.seconds : 0;
  const keyFactsEnd = keyFactsSegment(text, run.keyFactsEndIndex).end;
  const words = countSpokenWords(text);
  const keyWords = countSpokenWords(text.slice(0, keyFactsEnd));
  const wordsPerMinute = seconds > 0 && words > 0 ? Math.round(words / (seconds / 60)) : 0;
  const keyFactsSeconds = words > 0 ? (seconds * keyWords) / words : 0;
  const outcome = runOutcome(wordsPerMinute);
  // Float slack: key facts said in exactly the target time fit it. An unscored run fits nothing.
  const fit = outcome === 'complete' && keyFactsSeconds <= targetSeconds + 1e-6;
  const tip =
    fit || outcome !== 'complete'
      ? null
      : tipFor({ text, keyFactsEnd, seconds, keyFactsSeconds, targetSeconds, wordsPerMinute });
  return { seconds, outcome, length: voicemailLength(seconds), wordsPerMinute, keyFactsSeconds, fit, tip };
}
