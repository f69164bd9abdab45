/**
 * The voicemail cut into pieces for the practice timer's display: the key-facts part
 * and the rest, each a list of spoken words (numbered as in `spokenWords`, so the
 * pacing guide can point at one) and the spaces and punctuation between them.
 */
import { spokenWords } from '../speech-timing';
import { keyFactsSegment } from './text-parts';

/** A run of text: a spoken word (with its index) or what lies between words (`word: null`). */
export interface TextPiece {
  text: string;
  word: number | null;
}

/** The text as shown: the key facts' pieces, then the rest's. */
export interface PracticeText {
  keyFacts: TextPiece[];
  rest: TextPiece[];
}

/** Pieces of `text` within `[from, to)`; no word crosses either end. */
function piecesIn(
  text: string,
  from: number,
  to: number,
  words: ReturnType<typeof spokenWords>,
): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = from;
  for (const [index, word] of words.entries()) {
    if (word.start < from || word.start >= to) continue;
    if (word.start > at) pieces.push({ text: text.slice(at, word.start), word: null });
    pieces.push({ text: text.slice(word.start, word.end), word: index });
    at = word.end;
  }
  if (at < to) pieces.push({ text: text.slice(at, to), word: null });
  return pieces;
}

/** Split `text` at the end of its key facts (moved to a word's end, as the timing counts it). */
export function splitPracticeText(text: string, keyFactsEndIndex: number): PracticeText {
  const words = spokenWords(text);
  const { end } = keyFactsSegment(text, keyFactsEndIndex);
  return { keyFacts: piecesIn(text, 0, end, words), rest: piecesIn(text, end, text.length, words) };
}
