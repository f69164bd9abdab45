/** <theme-select>: shows and changes the saved colour theme. */
import { $settings, setTheme } from '../stores/settings';

type Theme = 'system' | 'light' | 'dark';

/** Reflect a theme choice on <html>, where the CSS palettes look for it. */
function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
}

class ThemeSelect extends HTMLElement {
  #unsubscribe: (() => void) | undefined;

  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    this.#unsubscribe = $settings.subscribe(({ theme }) => {
      select.value = theme;
      applyTheme(theme);
    });
    select.addEventListener('change', () => setTheme(select.value as Theme));
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }
}

if (!customElements.get('theme-select')) customElements.define('theme-select', ThemeSelect);
