/**
 * The script builder's timing sentences: how long a text takes to say at the user's
 * pace, where the 10-second mark falls in the voicemail, and which key facts miss it.
 */
import { hasWordsAfter, wordsBefore } from './segments';
import { countSpokenWords, DEFAULT_WORDS_PER_MINUTE, secondsForWords } from '../speech-timing';
import { KEY_FACTS, type KeyFact, type KeyFactsTiming } from './ten-second-check';

/** The pace the estimates use, and whether it was measured in practice. */
export interface Pace {
  wordsPerMinute: number;
  isMeasured: boolean;
}

/** The measured pace when practice runs gave one, else the average 150 words a minute. */
export function choosePace(measured: number | null): Pace {
  return measured === null
    ? { wordsPerMinute: DEFAULT_WORDS_PER_MINUTE, isMeasured: false }
    : { wordsPerMinute: Math.round(measured), isMeasured: true };
}

/** "at your measured pace of 142 words a minute" or "at an average pace of 150 words a minute". */
export function describePace(pace: Pace): string {
  return pace.isMeasured
    ? `at your measured pace of ${pace.wordsPerMinute} words a minute`
    : `at an average pace of ${pace.wordsPerMinute} words a minute`;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "about 45 seconds", "about 1 minute 5 seconds"; under half a second is "under a second". */
export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole < 1) return 'under a second';
  if (whole < 60) return `about ${plural(whole, 'second', 'seconds')}`;
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return `about ${plural(minutes, 'minute', 'minutes')}${rest ? ` ${plural(rest, 'second', 'seconds')}` : ''}`;
}

/** "112 words: about 45 seconds at an average pace of 150 words a minute." */
export function describeSpeakingTime(text: string, pace: Pace): string {
  const words = countSpokenWords(text);
  if (words === 0) return 'No words to say yet.';
  const seconds = secondsForWords(words, pace.wordsPerMinute);
  return `${plural(words, 'word', 'words')}: ${formatDuration(seconds)} ${describePace(pace)}.`;
}

/** "At 10 seconds you reach: “…in the Office Manager”", or that it is all said by then. */
export function describeMark(text: string, markIndex: number, targetSeconds: number): string {
  if (!hasWordsAfter(text, markIndex)) return `The whole voicemail is said within ${targetSeconds} seconds.`;
  const reached = wordsBefore(text, markIndex);
  return reached === ''
    ? `At ${targetSeconds} seconds you have not finished the first word.`
    : `At ${targetSeconds} seconds you reach: “${reached}”`;
}

const FACT_NAMES: Readonly<Record<KeyFact, string>> = {
  fullName: 'your name',
  job: 'the job',
  interviewDay: 'the interview day',
};

/** "a", "a and b", "a, b and c". */
function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * What the 10-second check found, in one or two sentences: a warning naming the facts
 * said too late or not at all, else a confirmation. `inText` lists the facts the text says.
 */
export function describeKeyFacts(
  timing: KeyFactsTiming,
  inText: ReadonlySet<KeyFact>,
  targetSeconds: number,
): { fits: boolean; sentence: string } {
  if (timing.fits) {
    const seconds = timing.keyFactsSeconds === null ? '' : `, in ${formatDuration(timing.keyFactsSeconds)}`;
    return {
      fits: true,
      sentence: `Your name, the job and the interview day all come before the ${targetSeconds}-second mark${seconds}.`,
    };
  }
  const late = timing.missingBeforeMark.filter((fact) => inText.has(fact)).map((fact) => FACT_NAMES[fact]);
  const absent = KEY_FACTS.filter((fact) => timing.missingBeforeMark.includes(fact) && !inText.has(fact)).map(
    (fact) => FACT_NAMES[fact],
  );
  const parts = [`Say your name, the job and the interview day before the ${targetSeconds}-second mark.`];
  if (late.length > 0)
    parts.push(`${capitalise(listOf(late))} ${late.length === 1 ? 'comes' : 'come'} after it.`);
  if (absent.length > 0)
    parts.push(
      `${capitalise(listOf(absent))} ${absent.length === 1 ? 'is' : 'are'} not in the voicemail yet.`,
    );
  return { fits: false, sentence: parts.join(' ') };
}
