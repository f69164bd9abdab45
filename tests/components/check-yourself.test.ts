// @vitest-environment node
/**
 * <check-yourself> over the real CheckYourself.astro markup: a pick shows right or wrong
 * with its reason in the question's status line, a wrong pick can be retried, the pick is
 * saved with the progress, and a saved pick is shown again on the next visit.
 *
 * The node environment, so the .astro component renders as on the server (in happy-dom it
 * is compiled for the browser); a happy-dom window then hosts the element.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { Window } from 'happy-dom';
import { fireEvent, within } from '@testing-library/dom';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import CheckYourself from '../../src/components/course/CheckYourself.astro';
import { questionsFor } from '../../src/lib/course/questions';
import { $progress, resetProgress, saveAnswer } from '../../src/stores/progress';

let html = '';
const QUESTION = questionsFor('when-to-call')[0]!;
const RIGHT = QUESTION.choices.find((choice) => choice.id === QUESTION.right)!;
const WRONG = QUESTION.choices.find((choice) => choice.id !== QUESTION.right)!;

const window = new Window();
Object.assign(globalThis, {
  window,
  document: window.document,
  HTMLElement: window.HTMLElement,
  customElements: window.customElements,
  Event: window.Event,
  MouseEvent: window.MouseEvent,
  localStorage: window.localStorage,
});

beforeAll(async () => {
  const container = await AstroContainer.create();
  // The linter's TypeScript does not read .astro files; Astro's own check does.
  const component = CheckYourself as unknown as AstroComponentFactory;
  html = await container.renderToString(component, { props: { slug: 'when-to-call' } });
});

beforeEach(() => {
  resetProgress();
  document.body.innerHTML = '';
});

async function mount(): Promise<HTMLElement> {
  await import('../../src/elements/check-yourself');
  // Parsed apart, then connected, so the element's connectedCallback runs as on a page.
  const page = document.createElement('div');
  page.innerHTML = html;
  document.body.append(page);
  return document.querySelector<HTMLFieldSetElement>(
    `fieldset[data-question="when-to-call/${QUESTION.id}"]`,
  )!;
}

const pick = (group: HTMLElement, text: string) => fireEvent.click(within(group).getByLabelText(text));
const status = (group: HTMLElement) => within(group).getByRole('status').textContent;

describe('<check-yourself>', () => {
  it('renders every question as a radio group named by its legend, feedback in the page', async () => {
    const group = await mount();
    expect(within(document.body).getAllByRole('group')).toHaveLength(questionsFor('when-to-call').length);
    expect(group.querySelector('legend')?.textContent).toContain(QUESTION.prompt);
    expect(within(group).getAllByRole('radio')).toHaveLength(QUESTION.choices.length);
    expect(status(group)).toBe('');
  });

  it('keeps the answers in a disclosure without JavaScript, and drops it once the element runs', () => {
    document.body.innerHTML = html;
    expect(document.querySelectorAll('details')).toHaveLength(questionsFor('when-to-call').length);
    expect(document.querySelector('details')?.textContent).toContain(`Right. ${RIGHT.why}`);
  });

  it('says a wrong pick is wrong and why, lets the reader retry, then says right', async () => {
    const group = await mount();
    expect(document.querySelectorAll('details')).toHaveLength(0);
    pick(group, WRONG.text);
    expect(group.dataset['state']).toBe('wrong');
    expect(status(group)).toBe(`Not quite. ${WRONG.why} Try another answer.`);
    expect($progress.get().answers).toEqual({ [`when-to-call/${QUESTION.id}`]: WRONG.id });

    pick(group, RIGHT.text);
    expect(group.dataset['state']).toBe('right');
    expect(status(group)).toBe(`Right. ${RIGHT.why}`);
    expect($progress.get().answers).toEqual({ [`when-to-call/${QUESTION.id}`]: RIGHT.id });
  });

  it('shows a saved answer again on the next visit', async () => {
    saveAnswer(`when-to-call/${QUESTION.id}`, WRONG.id);
    const group = await mount();
    expect(within(group).getByLabelText<HTMLInputElement>(WRONG.text).checked).toBe(true);
    expect(group.dataset['state']).toBe('wrong');
    expect(status(group)).toContain(WRONG.why);
  });
});
