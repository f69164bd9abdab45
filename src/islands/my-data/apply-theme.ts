/**
 * The one applyTheme is in src/elements/theme.ts; the header's theme switch calls it and
 * follows the settings store, so saving a theme through $settings is enough for
 * <html data-theme> and the switch to show it; calling this as well is harmless.
 */
export { applyTheme } from '../../elements/theme';
