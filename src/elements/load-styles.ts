/**
 * Adds the stylesheet at `url` to the page; resolves once it applies, or failed to load.
 * For code that loads on an action and brings its own styles (the search panel, the
 * offline update notice): what it shows waits for this, so it never appears unstyled.
 * A `<link>`, not an inline `<style>`: the CSP allows the site's own files, not new inline styles.
 */
export function loadStyles(url: string): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = url;
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
}
