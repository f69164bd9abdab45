/**
 * <check-yourself>: a lesson's scenario questions. The page holds every answer's feedback
 * (CheckYourself.astro); this shows the one picked, announces it through the question's
 * status line, and saves the pick with the progress. Kept tiny: lesson pages have little
 * JavaScript to spare.
 */
import { $progress, saveAnswer } from '../stores/progress';

class CheckYourself extends HTMLElement {
  connectedCallback(): void {
    const { answers } = $progress.get();
    for (const group of this.querySelectorAll('fieldset')) {
      const key = group.dataset['question'] ?? '';
      const show = (input: HTMLInputElement | null): void => {
        if (!input) return;
        input.checked = true;
        group.dataset['state'] = input.hasAttribute('data-right') ? 'right' : 'wrong';
        const status = group.querySelector('[role=status]');
        if (status) status.textContent = input.dataset['feedback'] ?? '';
      };
      // The feedback replaces the disclosure, which is there for pages without JavaScript.
      group.querySelector('details')?.remove();
      // Saved answer ids are checked to be [a-z0-9-], so they are safe in a selector.
      show(group.querySelector(`input[value="${answers[key] ?? ''}"]`));
      group.addEventListener('change', (event) => {
        const input = event.target as HTMLInputElement;
        show(input);
        saveAnswer(key, input.value);
      });
    }
  }
}

if (!customElements.get('check-yourself')) customElements.define('check-yourself', CheckYourself);
