import type { PracticeRun } from '../../src/lib/storage/schemas/practice';

/** A saved run of the sample text: 34.2 s at 140 words a minute, with no check of what was said. */
export const SAMPLE_RUN: PracticeRun = {
  id: 'a1',
  at: '2026-01-01T10:00:00.000Z',
  seconds: 34.2,
  wordsPerMinute: 140,
  fit: true,
  textSource: 'sample',
  textPreview: 'Hi',
  outcome: 'complete',
  check: null,
};
