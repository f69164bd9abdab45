/**
 * What the on-device recogniser heard, as timed words, and the tokens matching works on.
 *
 * A recogniser sends a result's text again and again as it firms up (interim results),
 * then once more as final. Each word is timed when it first appeared, in seconds from
 * the run's start on the timer's own clock; a word the recogniser later rewrites keeps
 * the time of the word it replaced, so a final result does not move every time to the end.
 */

/** A word heard, with when it first appeared (seconds from the run's start). */
export interface TimedWord {
  text: string;
  seconds: number;
}

/** One token for matching: its comparable form, the word it came from, and the pauses around it. */
export interface Token {
  /** Lower case, accents and punctuation removed: "O'Brien-Smith" gives "obrien" and "smith". */
  key: string;
  /** Index of the word in the `TimedWord` list. */
  word: number;
  seconds: number;
  /** Punctuation (or the transcript's start) before it: the recogniser heard a pause. */
  pauseBefore: boolean;
  pauseAfter: boolean;
}

/** The words of `transcript`, timed: words already heard keep their time, new ones get `seconds`. */
export function updateTimedWords(
  previous: readonly TimedWord[],
  transcript: string,
  seconds: number,
): TimedWord[] {
  const words = transcript.split(/\s+/u).filter((word) => word !== '');
  return words.map((text, index) => ({ text, seconds: previous[index]?.seconds ?? seconds }));
}

/** Lower case without accents: "Zoë" and "Zoe" compare equal, as recognisers write either. */
export function foldCase(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Short forms recognisers and people use for the same word.
const SHORT_FORMS: Readonly<Record<string, string>> = {
  sr: 'senior',
  jr: 'junior',
  mgr: 'manager',
  asst: 'assistant',
  dept: 'department',
  intl: 'international',
};

/** A key with its short form spelled out: "sr" is "senior". */
export function spellOut(key: string): string {
  return SHORT_FORMS[key] ?? key;
}

const PAUSE = /[,.;:!?…]$/u;

/** The tokens of timed words: each word split at hyphens, slashes and dots between digits. */
export function tokenize(words: readonly TimedWord[]): Token[] {
  const tokens: Token[] = [];
  words.forEach((word, index) => {
    const pauseBefore = index === 0 || PAUSE.test(words[index - 1]?.text ?? '');
    const parts = foldCase(word.text)
      .split(/[-\u2010-\u2013/]|(?<=\d)[.](?=\d)/u)
      .map((part) => spellOut(part.replace(/[^\p{L}\p{N}]/gu, '')))
      .filter((part) => part !== '');
    parts.forEach((key, at) => {
      tokens.push({
        key,
        word: index,
        seconds: word.seconds,
        pauseBefore: at === 0 && pauseBefore,
        pauseAfter: at === parts.length - 1 && PAUSE.test(word.text),
      });
    });
  });
  return tokens;
}

/** The transcript as one line of text. */
export function transcriptText(words: readonly TimedWord[]): string {
  return words.map((word) => word.text).join(' ');
}
