import { isoDate } from '../../src/lib/dates';

/**
 * The interview the tracker, Today and reader-date tests add (Tuesday, November 17, 2026):
 * one fixture, so their expected days all count from the same date.
 */
export const GREENWAY = {
  company: 'Greenway Dental',
  jobTitle: 'Office Manager',
  interviewerName: 'Mr. Okafor',
  interviewDate: isoDate('2026-11-17'),
};
