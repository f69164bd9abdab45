/**
 * Plain-language checks for lesson text: words, sentences, syllables and the
 * Flesch-Kincaid grade. The syllable count is a heuristic (vowel groups, a silent final
 * "e"), close enough to hold lessons to a reading grade.
 */

/** The prose of an MDX lesson: no frontmatter, imports, components, links' targets or markup. */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?---/, '')
    .replace(/^import .*$/gm, '')
    .replace(/^<[A-Z][\s\S]*?\/>$/gm, '')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/^\s*(?:#+|>|-|\d+\.)\s*/gm, '')
    .replace(/[*_`]/g, '');
}

/** The words of a text: runs of letters, digits and inner apostrophes or hyphens. */
export function wordsOf(text: string): string[] {
  return text.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g) ?? [];
}

/** The sentences: split at end punctuation, and at line ends (headings and list items have none). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])["”’)]*\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordsOf(sentence).length > 0);
}

/** Syllables in one word, by vowel groups, at least one. */
export function syllablesOf(word: string): number {
  const lower = word.toLowerCase().replace(/['’]/g, '');
  if (/^\d+$/.test(lower)) return lower.length === 1 ? 1 : 2;
  const groups = lower.match(/[aeiouy]+/g)?.length ?? 0;
  // A final silent "e" ("make", "time") is no syllable; "-le" after a consonant ("simple") is.
  const silentE = /[^aeiouy]e$/.test(lower) && !/[^aeiouy]le$/.test(lower) && groups > 1 ? 1 : 0;
  return Math.max(1, groups - silentE);
}

/** The Flesch-Kincaid grade level of a text. */
export function fleschKincaidGrade(text: string): number {
  const words = wordsOf(text);
  const sentences = sentencesOf(text).length;
  if (words.length === 0 || sentences === 0) return 0;
  const syllables = words.reduce((sum, word) => sum + syllablesOf(word), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
}
