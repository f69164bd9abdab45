/**
 * The parts of a spoken text: its sentences, and the key-facts part at its start.
 *
 * Tips name "which part is longest", so a text is cut at sentence ends. A dot inside a
 * spoken token ("Ms.", "555.0148", "jo@x.org") is not a sentence end, so the cut uses
 * the token ranges of `spokenWords` rather than a bare regular expression.
 */
import { type SpokenWord, spokenWords } from '../speech-timing';

/** A part of the text: its `[start, end)` range and the words spoken in it. */
export interface TextPart {
  start: number;
  end: number;
  spoken: number;
}

const SENTENCE_END = /[.!?…\n]/u;

/** The sentences of `text` (line breaks end one too), trimmed, with their spoken words. */
export function sentenceParts(text: string): TextPart[] {
  const words = spokenWords(text);
  const parts: TextPart[] = [];
  let current: SpokenWord[] = [];
  let next = 0; // the first word not yet placed in a part
  const close = (end: number) => {
    const first = current[0];
    if (first) parts.push({ start: first.start, end, spoken: current.reduce((sum, w) => sum + w.spoken, 0) });
    current = [];
  };
  for (let at = 0; at <= text.length; at += 1) {
    const word = words[next];
    if (word && word.start === at) {
      current.push(word);
      next += 1;
      at = word.end - 1; // skip the inside of the token, dots and all
      continue;
    }
    if (at === text.length) close(current.at(-1)?.end ?? at);
    else if (SENTENCE_END.test(text[at] ?? '')) {
      // Take the run of closing marks ("?!", "...") into the sentence.
      let end = at + 1;
      while (end < text.length && /[.!?…"'”’)\]]/u.test(text[end] ?? '')) end += 1;
      close(text[at] === '\n' ? (current.at(-1)?.end ?? at) : end);
      at = end - 1;
    }
  }
  return parts;
}

/** The key-facts part, `{ start: 0, end }`; an end inside a word moves to that word's end. */
export function keyFactsSegment(text: string, keyFactsEndIndex: number): { start: 0; end: number } {
  const index = Number.isFinite(keyFactsEndIndex) ? Math.round(keyFactsEndIndex) : 0;
  const clamped = Math.min(text.length, Math.max(0, index));
  // Counted in full when timing (see secondsUntil), so marked in full on screen too.
  const inside = spokenWords(text).find((word) => word.start < clamped && clamped < word.end);
  return { start: 0, end: inside ? inside.end : clamped };
}

/** The first few words of a part, with "…" when it goes on, to name it in a tip. */
export function openingWords(text: string, part: TextPart, count = 5): string {
  const words = spokenWords(text.slice(part.start, part.end));
  const last = words[Math.min(count, words.length) - 1];
  if (!last) return '';
  const opening = text.slice(part.start, part.start + last.end);
  return words.length > count ? `${opening}…` : text.slice(part.start, part.end);
}
