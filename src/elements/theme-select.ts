/**
 * <theme-select>: the header's colour theme picker, and the one place that shows a theme.
 * It follows the settings store, so a choice made here, an import or a deletion on My
 * data all reach <html data-theme> (applyTheme, theme.ts) and the picker the same way.
 * Before any module loads, src/layouts/theme-boot.js has put the same palette on <html>.
 */
import type { Theme } from '../lib/storage/schemas/settings';
import { $settings, setTheme } from '../stores/settings';
import { applyTheme, SYSTEM_DARK } from './theme';

class ThemeSelect extends HTMLElement {
  #stop: (() => void) | undefined;

  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    const system = matchMedia(SYSTEM_DARK);
    // "Auto" follows the device while the page is open, too.
    const onSystemChange = () => applyTheme($settings.get().theme);
    const unsubscribe = $settings.subscribe(({ theme }) => {
      select.value = theme;
      applyTheme(theme);
    });
    system.addEventListener('change', onSystemChange);
    select.addEventListener('change', () => setTheme(select.value as Theme));
    this.#stop = () => {
      unsubscribe();
      system.removeEventListener('change', onSystemChange);
    };
  }

  disconnectedCallback(): void {
    this.#stop?.();
  }
}

if (!customElements.get('theme-select')) customElements.define('theme-select', ThemeSelect);
