/**
 * Pagefind's excerpts are HTML with <mark> around the matched words. They are turned
 * into text nodes and <mark> elements here, so no HTML string is ever inserted.
 *
 * An excerpt is a window of words cut from the page, so it may begin or end inside a
 * sentence: an ellipsis says so, rather than presenting half a sentence as a whole one.
 */
const ELLIPSIS = '…';

/** Whether a cut-out text begins as a sentence does: a capital, a digit or an opening quote or bracket. */
export function startsSentence(text: string): boolean {
  return /^[\p{Lu}\p{N}“"‘'(]/u.test(text.trimStart());
}

/** Whether a cut-out text ends as a sentence does: a full stop, question or exclamation mark, colon or closing quote. */
export function endsSentence(text: string): boolean {
  return /[.!?:”"’)]$/u.test(text.trimEnd());
}

/** The excerpt as nodes: text, <mark> elements, and an ellipsis at a cut end. */
export function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  const nodes: Node[] = [];
  for (const child of Array.from(parsed.body.childNodes)) {
    if (child.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = child.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(child.textContent ?? ''));
    }
  }
  const text = parsed.body.textContent ?? '';
  if (text.trim() === '') return nodes;
  if (!startsSentence(text)) nodes.unshift(document.createTextNode(`${ELLIPSIS} `));
  if (!endsSentence(text)) nodes.push(document.createTextNode(` ${ELLIPSIS}`));
  return nodes;
}
