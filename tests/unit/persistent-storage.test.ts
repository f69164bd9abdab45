import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from '../../src/stores/persistent-storage';

describe('requestPersistentStorage', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'storage');
  });

  const withStorageManager = (manager: Partial<StorageManager> | undefined) =>
    Object.defineProperty(navigator, 'storage', { configurable: true, value: manager });

  it.each<[string, Partial<StorageManager> | undefined, boolean]>([
    ['no storage manager', undefined, false],
    ['no persist()', {}, false],
    [
      'persist() granted',
      { persisted: () => Promise.resolve(false), persist: () => Promise.resolve(true) },
      true,
    ],
    [
      'persist() refused',
      { persisted: () => Promise.resolve(false), persist: () => Promise.resolve(false) },
      false,
    ],
    [
      'persist() rejects',
      { persisted: () => Promise.resolve(false), persist: () => Promise.reject(new Error('no')) },
      false,
    ],
    [
      'persist() throws',
      {
        persist: () => {
          throw new Error('no');
        },
      },
      false,
    ],
    [
      'persisted() throws',
      {
        persisted: () => {
          throw new Error('no');
        },
        persist: () => Promise.resolve(true),
      },
      false,
    ],
  ])('with %s: %s', async (_, manager, granted) => {
    withStorageManager(manager);
    await expect(requestPersistentStorage()).resolves.toBe(granted);
  });

  it('does not ask again when already granted', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    withStorageManager({ persisted: () => Promise.resolve(true), persist });
    await expect(requestPersistentStorage()).resolves.toBe(true);
    expect(persist).not.toHaveBeenCalled();
  });
});
