/**
 * Setup for the unit tests that run in one time zone only: a test that reads the
 * device's local time fails, naming what it read, so it cannot skip the three-zone
 * matrix by accident. Such a test belongs in tests/unit/dates/ (see vitest.config.ts).
 */
import { afterEach, beforeEach } from 'vitest';

// Every Date method whose answer depends on the device's time zone.
const LOCAL_READS = [
  'getFullYear',
  'getMonth',
  'getDate',
  'getDay',
  'getHours',
  'getMinutes',
  'getSeconds',
  'getTimezoneOffset',
  'toLocaleString',
  'toLocaleDateString',
  'toLocaleTimeString',
  'toDateString',
  'toTimeString',
] as const;

const reads = new Set<string>();

for (const name of LOCAL_READS) {
  const original = Object.getOwnPropertyDescriptor(Date.prototype, name)?.value as (
    this: Date,
    ...args: unknown[]
  ) => unknown;
  Object.defineProperty(Date.prototype, name, {
    configurable: true,
    writable: true,
    value: function (this: Date, ...args: unknown[]) {
      reads.add(`Date#${name}`);
      return original.apply(this, args);
    },
  });
}

// A formatter with no explicit time zone formats in the device's own.
const NativeDateTimeFormat = Intl.DateTimeFormat;
const CheckedDateTimeFormat = function (
  this: unknown,
  locales?: string | string[],
  options?: Intl.DateTimeFormatOptions,
) {
  if (options?.timeZone === undefined) reads.add('Intl.DateTimeFormat without a timeZone');
  return new NativeDateTimeFormat(locales, options);
} as unknown as typeof Intl.DateTimeFormat;
CheckedDateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf.bind(NativeDateTimeFormat);
Object.defineProperty(CheckedDateTimeFormat, 'prototype', { value: NativeDateTimeFormat.prototype });
Intl.DateTimeFormat = CheckedDateTimeFormat;

beforeEach(() => {
  reads.clear();
});

afterEach(() => {
  if (reads.size > 0) {
    const list = [...reads].join(', ');
    reads.clear();
    throw new Error(
      `This test reads the device's local time (${list}); move it to tests/unit/dates/ so it runs in every time zone.`,
    );
  }
});
