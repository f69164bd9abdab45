import { cleanup, configure } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { LAZY_LOAD_MS } from './lazy-load-wait';

// Every waitFor and findBy* in the component tests waits as long as a first dynamic import can take.
configure({ asyncUtilTimeout: LAZY_LOAD_MS });

afterEach(() => {
  cleanup();
  localStorage.clear();
});
