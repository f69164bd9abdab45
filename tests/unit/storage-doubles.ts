/**
 * Test doubles for the browser's storage, and a way to load the stores afresh over
 * them: every store reads storage when its module first runs, so each case gets a new
 * module graph (vi.resetModules) after swapping `localStorage`.
 */
import { afterEach, beforeEach, vi } from 'vitest';

/** A Storage with a quota, counted in characters of keys and values, like browsers do. */
export class QuotaStorage implements Storage {
  readonly #data = new Map<string, string>();
  constructor(public quota: number) {}

  get length(): number {
    return this.#data.size;
  }

  key(index: number): string | null {
    return [...this.#data.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.#data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    const used = [...this.#data].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) {
      throw new DOMException(`Setting the value of '${key}' exceeded the quota.`, 'QuotaExceededError');
    }
    this.#data.set(key, String(value));
  }

  removeItem(key: string): void {
    this.#data.delete(key);
  }

  clear(): void {
    this.#data.clear();
  }

  /** Fill the storage to the last character with a filler key. */
  fill(key = 'filler'): void {
    this.removeItem(key);
    const used = [...this.#data].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
    this.setItem(key, 'x'.repeat(Math.max(0, this.quota - used - key.length)));
  }

  [name: string]: unknown;
}

const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');

/** Make `localStorage` (and `window.localStorage`) return this storage. */
export function useStorage(storage: Storage): void {
  Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: () => storage });
}

/** Make any access to `localStorage` throw, as some private modes do. */
export function useThrowingStorage(): void {
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    get: () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}

/** Give `localStorage` back to happy-dom. */
export function restoreStorage(): void {
  if (original) Object.defineProperty(globalThis, 'localStorage', original);
}

/** Stops the stores of the previous loadStores(): one page's stores at a time, as in a browser. */
let stopPrevious: (() => void) | null = null;

/** Import every store module afresh, so they read storage as a page load would. */
export async function loadStores() {
  // A store read with get() stays mounted for a second and would answer storage events
  // meant for the new page's stores.
  stopPrevious?.();
  vi.resetModules();
  const engine = await import('../../src/stores/storage-engine');
  const [progress, settings, practiceSettings, profile, applications, practice, myData] = await Promise.all([
    import('../../src/stores/progress'),
    import('../../src/stores/settings'),
    import('../../src/stores/practice-settings'),
    import('../../src/stores/profile'),
    import('../../src/stores/applications'),
    import('../../src/stores/practice'),
    import('../../src/stores/my-data'),
  ]);
  const { cleanStores } = await import('nanostores');
  stopPrevious = () =>
    cleanStores(
      progress.$progress,
      settings.$settings,
      profile.$profile,
      applications.$applications,
      applications.$activeApplication,
      practice.$practice,
    );
  return { engine, progress, settings, practiceSettings, profile, applications, practice, myData };
}

/** Every store module, as one call of loadStores() gives them. */
export type Stores = Awaited<ReturnType<typeof loadStores>>;

/** Before each test, load the stores afresh over an empty storage, dated `now`; the result returns them. */
export function loadStoresBeforeEach(now: Date): () => Stores {
  let stores: Stores;
  beforeEach(async () => {
    restoreStorage();
    localStorage.clear();
    vi.useFakeTimers({ toFake: ['Date'], now });
    stores = await loadStores();
  });
  afterEach(() => {
    vi.useRealTimers();
    // Clear happy-dom's storage, not a double a test swapped in (a throwing one would fail here).
    restoreStorage();
    localStorage.clear();
  });
  return () => stores;
}

/** What the store `name` saved, out of its envelope (undefined when nothing is saved). */
export function savedData(name: string): unknown {
  return (JSON.parse(localStorage.getItem(`cc:${name}`) ?? 'null') as { data?: unknown } | null)?.data;
}

/** A stored value in its envelope, as the stores write it. */
export function envelope(data: unknown, version = 1): string {
  return JSON.stringify({ version, data });
}
