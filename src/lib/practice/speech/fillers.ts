/**
 * Filler words in what was heard: "um", "uh", "er" always; "you know" and "like" only
 * where they fill a pause, not where they mean something ("I would like to", "do you
 * know when"). When unsure, a word is not counted: a coach that miscounts is ignored.
 */
import type { Token } from './transcript';

const ALWAYS = new Set(['um', 'umm', 'uhm', 'uh', 'uhh', 'er', 'erm']);
/** Before "like", these make it a verb or a comparison: "I like", "would like", "looks like". */
const LIKE_MEANT_AFTER = new Set([
  'i',
  'id',
  'you',
  'we',
  'they',
  'would',
  'really',
  'also',
  'dont',
  'didnt',
  'do',
  'does',
  'did',
  'feel',
  'feels',
  'felt',
  'look',
  'looks',
  'looked',
  'sound',
  'sounds',
  'seem',
  'seems',
  'something',
  'anything',
  'nothing',
  'much',
  'more',
  'most',
  'people',
  'things',
  'just',
  'not',
  'wed',
  'youd',
  'theyd',
]);
/** Before "like", these leave it hanging: "so like", "and like", "it was like", "um like". */
const LIKE_FILLS_AFTER = new Set([
  'so',
  'and',
  'but',
  'was',
  'is',
  'its',
  'im',
  'um',
  'uh',
  'er',
  'like',
  'were',
]);
/** Before "you know", these make it a question or a clause: "do you know", "if you know". */
const YOU_KNOW_MEANT_AFTER = new Set([
  'do',
  'did',
  'dont',
  'didnt',
  'if',
  'as',
  'would',
  'will',
  'to',
  'let',
  'may',
  'might',
]);
/** After "you know", these make it a clause: "you know what", "you know the team". */
const YOU_KNOW_MEANT_BEFORE = new Set([
  'what',
  'that',
  'how',
  'who',
  'where',
  'when',
  'why',
  'whether',
  'if',
  'about',
  'him',
  'her',
  'them',
  'me',
  'it',
  'the',
  'a',
  'an',
  'this',
  'my',
  'your',
  'our',
  'their',
  'us',
]);

/** Whether "like" at `at` is a filler. */
function isFillerLike(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  if (after?.key === 'to') return false; // "like to", "I'd like to"
  if (before && LIKE_MEANT_AFTER.has(before.key) && !tokens[at]?.pauseBefore) return false;
  if (tokens[at]?.pauseBefore && tokens[at]?.pauseAfter) return true; // ", like,"
  return (
    (before !== undefined && LIKE_FILLS_AFTER.has(before.key)) ||
    (before === undefined && after !== undefined)
  );
}

/** Whether "you know" starting at `at` is a filler. */
function isFillerYouKnow(tokens: readonly Token[], at: number): boolean {
  const know = tokens[at + 1];
  if (know?.pauseAfter) return true; // "…, you know, …"
  const before = tokens[at - 1];
  if (before && YOU_KNOW_MEANT_AFTER.has(before.key) && !tokens[at]?.pauseBefore) return false;
  const after = tokens[at + 2];
  return after === undefined || !YOU_KNOW_MEANT_BEFORE.has(after.key);
}

/** The filler words heard, as the indices of their tokens (two for "you know"). */
export function findFillers(tokens: readonly Token[]): number[][] {
  const found: number[][] = [];
  for (let at = 0; at < tokens.length; at++) {
    const key = tokens[at]?.key;
    if (key !== undefined && ALWAYS.has(key)) found.push([at]);
    else if (key === 'like' && isFillerLike(tokens, at)) found.push([at]);
    else if (key === 'you' && tokens[at + 1]?.key === 'know' && isFillerYouKnow(tokens, at)) {
      found.push([at, at + 1]);
      at += 1;
    }
  }
  return found;
}
