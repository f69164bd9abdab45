import { describe, expect, it } from 'vitest';
import { buildApplication } from '../../src/lib/follow-ups/application-edits';
import { findDuplicate } from '../../src/lib/follow-ups/duplicates';
import { isoDate } from '../../src/lib/dates';

const SAVED = buildApplication('a1', '2026-11-17T18:00:00.000Z', {
  company: 'Greenway Dental',
  jobTitle: 'Office Manager',
  interviewDate: isoDate('2026-11-17'),
});

describe('findDuplicate', () => {
  it.each([
    [
      'the same interview',
      { company: 'Greenway Dental', jobTitle: 'Office Manager', interviewDate: isoDate('2026-11-17') },
    ],
    [
      'other case and spacing',
      { company: '  greenway   DENTAL ', jobTitle: 'office manager', interviewDate: isoDate('2026-11-17') },
    ],
  ])('finds %s', (_why, draft) => {
    expect(findDuplicate([SAVED], draft)).toBe(SAVED);
  });

  it.each([
    [
      'another day',
      { company: 'Greenway Dental', jobTitle: 'Office Manager', interviewDate: isoDate('2026-11-18') },
    ],
    [
      'another job',
      { company: 'Greenway Dental', jobTitle: 'Receptionist', interviewDate: isoDate('2026-11-17') },
    ],
    [
      'another company',
      { company: 'Harbor Clinic', jobTitle: 'Office Manager', interviewDate: isoDate('2026-11-17') },
    ],
  ])('does not take %s for it', (_why, draft) => {
    expect(findDuplicate([SAVED], draft)).toBeUndefined();
  });
});
