import type { Theme } from '../../lib/storage/schemas/settings';

/**
 * Show a theme that an import or a deletion just saved: on <html>, where the palettes
 * look for it, and in the header's theme switch, which reads it only when a page loads.
 */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = theme;
  const select = document.querySelector<HTMLSelectElement>('theme-select select');
  if (select) select.value = theme;
}
