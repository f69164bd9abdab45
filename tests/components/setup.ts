import { cleanup, configure } from '@testing-library/preact';
import { afterEach, vi } from 'vitest';
import { LAZY_LOAD_MS } from './lazy-load-wait';

// Every waitFor and findBy* in the component tests waits as long as a first dynamic import can take.
configure({ asyncUtilTimeout: LAZY_LOAD_MS });
// A test's own limit (five seconds by default) must outlast its waits, or a slow load ends
// the test before the wait can pass; two waits' worth covers a test that loads twice.
vi.setConfig({ testTimeout: 2 * LAZY_LOAD_MS });

afterEach(() => {
  cleanup();
  localStorage.clear();
});
