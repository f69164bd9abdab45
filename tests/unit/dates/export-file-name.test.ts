import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/lib/storage/export';

describe('exportFileName', () => {
  it('names the file after the local day', () => {
    expect(exportFileName(new Date(2026, 10, 28, 23, 59))).toBe('callback-coach-data-2026-11-28.json');
  });
});
