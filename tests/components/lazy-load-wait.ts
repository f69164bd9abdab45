import { vi } from 'vitest';

/**
 * How long a component test waits for something to appear. Islands load parts of their
 * code on demand, and a test file's first dynamic import is transformed then: under
 * coverage on a busy CI machine that has taken more than a second, the default wait. A
 * wait ends as soon as its check passes, so this limit costs time only when a test fails.
 */
export const LAZY_LOAD_MS = 10_000;

/**
 * `vi.waitFor` with the same limit, for tests on a fake clock: Testing Library's
 * `waitFor` polls with `setTimeout`, which the fake clock holds, while `vi.waitFor`
 * polls on the real one.
 */
export function waitForLoad<T>(check: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: LAZY_LOAD_MS });
}
