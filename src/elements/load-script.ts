/**
 * Adds the standalone script at `url` (a `?worker&url` bundle) to the page: resolves once it
 * has run, rejects if it could not load, and then takes the failed tag away so a later call
 * can try again. A <script> tag rather than `import()`: a dynamic import would make Vite
 * ship its module-preload helper, almost 1 KB, on every page before the reader does anything.
 */
export function loadScript(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = url;
    script.onload = () => resolve();
    script.onerror = () => {
      script.remove();
      reject(new Error(url));
    };
    document.head.append(script);
  });
}
