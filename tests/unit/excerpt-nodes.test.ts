// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { endsSentence, excerptNodes, startsSentence } from '../../src/elements/excerpt-nodes';

const textOf = (nodes: Node[]) => nodes.map((node) => node.textContent).join('');

describe('search excerpts', () => {
  it.each([
    ['Call on a weekday.', true],
    ['“Hi, this is Jo.”', true],
    ['10 seconds is enough', true],
    ['and then leave your number', false],
    [', then hang up', false],
  ])('%j starts a sentence: %s', (text, starts) => {
    expect(startsSentence(text)).toBe(starts);
  });

  it.each([
    ['Call on a weekday.', true],
    ['Is now a good time?', true],
    ['leave your number and', false],
  ])('%j ends a sentence: %s', (text, ends) => {
    expect(endsSentence(text)).toBe(ends);
  });

  it('shows an ellipsis where the excerpt cuts into a sentence', () => {
    const nodes = excerptNodes('the <mark>voicemail</mark> should say your name and');
    expect(textOf(nodes)).toBe('… the voicemail should say your name and …');
    expect(nodes.filter((node) => node.nodeName === 'MARK').map((node) => node.textContent)).toEqual([
      'voicemail',
    ]);
  });

  it('adds nothing to an excerpt that is whole sentences', () => {
    expect(textOf(excerptNodes('Leave a <mark>voicemail</mark>. Then wait a week.'))).toBe(
      'Leave a voicemail. Then wait a week.',
    );
  });

  it('keeps markup out: tags other than <mark> become their text', () => {
    const nodes = excerptNodes('Say <b>hello</b> <img src=x onerror=alert(1)>.');
    expect(nodes.every((node) => node.nodeType === Node.TEXT_NODE || node.nodeName === 'MARK')).toBe(true);
  });
});
