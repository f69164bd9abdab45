import { describe, expect, it } from 'vitest';
import { digitsOf, splitPhoneExtension, validatePhoneNumber } from '../../src/lib/phone-number';

describe('validatePhoneNumber', () => {
  it.each([
    '',
    '   ',
    '555-0148',
    '5550148',
    '(555) 010-0148',
    '+1 (555) 010-0148',
    '+44 20 7946 0958',
    '555.010.0148',
    '555 010 0148 ext 12',
    '555 010 0148 ext. 12',
    '555-010-0148, extension 1234',
    '555-010-0148 x12',
    '555-010-0148x12',
    '555-010-0148 #12',
    '+123456789012345',
    '555\u00A0010\u20130148',
  ])('accepts %j', (text) => expect(validatePhoneNumber(text)).toBeNull());

  it.each([
    ['555-014', 'This has 6 digits; a phone number has at least 7.'],
    ['1', 'This has 1 digit; a phone number has at least 7.'],
    ['+1234567890123456', 'This has 16 digits; a phone number has at most 15, without the extension.'],
    ['1-800-FLOWERS', 'Use digits only; an extension can go at the end, like "ext 12".'],
    ['555-0148 call after 5', 'Use digits only; an extension can go at the end, like "ext 12".'],
    ['555-0148 x', 'Use digits only; an extension can go at the end, like "ext 12".'],
    ['ext 12', 'Use digits only; an extension can go at the end, like "ext 12".'],
    ['<script>', 'Use digits only; an extension can go at the end, like "ext 12".'],
    ['555-0148 <>', 'Use digits, spaces, dashes, dots or brackets, with + only at the start.'],
    ['555+0148', 'Use digits, spaces, dashes, dots or brackets, with + only at the start.'],
    ['555_0148_99', 'Use digits, spaces, dashes, dots or brackets, with + only at the start.'],
  ])('refuses %j: %s', (text, error) => expect(validatePhoneNumber(text)).toBe(error));
});

describe('digitsOf and splitPhoneExtension', () => {
  it.each([
    ['+1 (555) 010-0142', '15550100142', '+1 (555) 010-0142', null],
    ['555-0148 ext 12', '5550148', '555-0148', '12'],
    ['555-0148, extension 7', '5550148', '555-0148', '7'],
    ['555-0148x9', '5550148', '555-0148', '9'],
    ['  ', '', '', null],
    ['#12', '12', '#12', null],
  ])('%j has digits %j, number %j, extension %j', (text, digits, number, extension) => {
    expect(digitsOf(text)).toBe(digits);
    expect(splitPhoneExtension(text)).toEqual({ number, extension });
  });
});
