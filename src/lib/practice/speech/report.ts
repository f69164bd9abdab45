/**
 * What a practice run's speech check found: each fact heard (when) or not, whether the
 * name, job and day were all heard within the key-facts target, the fillers, and the
 * transcript's words marked. Also the part of it a run keeps in storage.
 */
import type { SpeechCheckResult, SpokenFact } from '../../storage/schemas/practice';
import { findFact, type FactMatch } from './fact-match';
import { findFillers } from './fillers';
import { FACT_LABELS, type ListenTarget } from './listen-targets';
import { type TimedWord, tokenize, transcriptText } from './transcript';

/** The facts that must come within the target: the same three as the script builder's 10-second check. */
export const TIMED_FACTS: readonly SpokenFact[] = ['fullName', 'job', 'interviewDay'];

/** One fact, heard or not. */
export interface FactHeard {
  fact: SpokenFact;
  label: string;
  /** Seconds from the run's start when it was heard; `null`: not heard. */
  seconds: number | null;
  /** The words (indices into `words`) it was heard in. */
  words: number[];
}

/** A run's speech check, ready to show. */
export interface SpeechReport {
  facts: FactHeard[];
  /** How many of name, job and day were heard within the target. */
  inTime: number;
  /** Whether every one of name, job and day listened for was heard within the target. */
  allInTime: boolean;
  fillers: number;
  /** Indices into `words` of the filler words. */
  fillerWords: number[];
  words: TimedWord[];
}

// Float slack so a word that appears exactly at the target counts as in time.
const EPSILON = 1e-6;

const wordsOf = (tokens: ReturnType<typeof tokenize>, match: FactMatch) => [
  ...new Set(tokens.slice(match.from, match.to + 1).map((token) => token.word)),
];

/** Check what was heard against the facts listened for and the key-facts target (seconds). */
export function checkSpeech(
  words: readonly TimedWord[],
  targets: readonly ListenTarget[],
  targetSeconds: number,
): SpeechReport {
  const tokens = tokenize(words);
  const facts = targets.map((target): FactHeard => {
    const match = findFact(tokens, target);
    return {
      fact: target.fact,
      label: FACT_LABELS[target.fact],
      seconds: match ? match.seconds : null,
      words: match ? wordsOf(tokens, match) : [],
    };
  });
  const timed = facts.filter((fact) => TIMED_FACTS.includes(fact.fact));
  const inTime = timed.filter(
    (fact) => fact.seconds !== null && fact.seconds <= targetSeconds + EPSILON,
  ).length;
  const fillers = findFillers(tokens);
  return {
    facts,
    inTime,
    allInTime: timed.length === TIMED_FACTS.length && inTime === timed.length,
    fillers: fillers.length,
    fillerWords: [...new Set(fillers.flat().map((at) => tokens[at]?.word ?? -1))],
    words: [...words],
  };
}

/** The part of a report a run keeps; the transcript only when `keepTranscript`. */
export function storedCheck(report: SpeechReport, keepTranscript: boolean): SpeechCheckResult {
  return {
    heard: report.facts.map((fact) => ({ fact: fact.fact, heardAt: fact.seconds })),
    inTime: report.inTime,
    fillers: report.fillers,
    transcript: keepTranscript ? transcriptText(report.words) : null,
  };
}
