/**
 * "Print": the chosen script alone, in large type. A print view is added to the page
 * and a class on <html> hides everything else when printing (print-script.css); both
 * go once the print dialog closes. The text is set as text, never as markup.
 */
const VIEW_CLASS = 'script-print-view';
const PRINTING_CLASS = 'is-printing-script';

/** Print `text` under `title`, alone on the page. */
export function printScript(title: string, text: string): void {
  document.querySelector(`.${VIEW_CLASS}`)?.remove();
  const view = document.createElement('div');
  view.className = VIEW_CLASS;
  const heading = document.createElement('p');
  heading.className = 'script-print-title';
  heading.textContent = title;
  const body = document.createElement('div');
  body.className = 'script-print-text';
  body.textContent = text;
  view.append(heading, body);
  document.body.append(view);
  document.documentElement.classList.add(PRINTING_CLASS);
  const restore = () => {
    view.remove();
    document.documentElement.classList.remove(PRINTING_CLASS);
  };
  window.addEventListener('afterprint', restore, { once: true });
  window.print();
}
