/**
 * <theme-select>: shows and changes the colour theme. The saved choice is already on
 * <html data-theme> (public/theme-boot.js puts it there before the first paint), so the
 * select starts from there; changes are saved through the settings store.
 */
import { setTheme } from '../stores/settings';

type Theme = 'system' | 'light' | 'dark';

/** Reflect a theme choice on <html>, where the CSS palettes look for it. */
function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
}

class ThemeSelect extends HTMLElement {
  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    select.value = document.documentElement.dataset['theme'] ?? 'system';
    select.addEventListener('change', () => {
      const theme = select.value as Theme;
      applyTheme(theme);
      setTheme(theme);
    });
  }
}

if (!customElements.get('theme-select')) customElements.define('theme-select', ThemeSelect);
