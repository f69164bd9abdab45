import { describe, expect, it } from 'vitest';
import {
  EMPTY_DETAILS,
  FIELD_LIMITS,
  REQUIRED_FIELDS,
  cleanDetails,
  missingFields,
  scriptDetailsOf,
} from '../../src/lib/script/details';
import { buildApplication } from '../../src/lib/follow-ups/application-edits';
import { MISSING_COMBINATIONS, PRIYA, without } from './helpers/script-details';
import { isoDate, type IsoDate } from '../../src/lib/dates';

describe('missingFields', () => {
  it.each(MISSING_COMBINATIONS.map((missing) => [missing.join(', ') || 'nothing', missing] as const))(
    'finds %s missing',
    (_, missing) => expect(missingFields(without(missing))).toEqual(missing),
  );

  it.each([
    ['blank strings', { ...PRIYA, fullName: '   ', phone: '\t' }, ['fullName', 'phone']],
    // Damaged values, as storage could hold them: unchecked on purpose.
    ['an impossible date', { ...PRIYA, interviewDate: '2026-02-30' as IsoDate }, ['interviewDate']],
    ['a half-typed date', { ...PRIYA, interviewDate: '2026-11' as IsoDate }, ['interviewDate']],
    ['an empty form', EMPTY_DETAILS, [...REQUIRED_FIELDS]],
    ['optional fields left empty', { ...PRIYA, email: '', interviewerEmail: '', achievements: [] }, []],
  ])('treats %s as missing', (_, details, missing) => expect(missingFields(details)).toEqual(missing));
});

describe('cleanDetails', () => {
  it('trims every field and keeps names as typed', () => {
    const clean = cleanDetails({
      ...PRIYA,
      fullName: '  Zoë Ñúñez ',
      company: ' <b>Acme</b>\n',
      interviewDate: ' 2026-11-17 ' as IsoDate, // as an old, untrimmed save holds it
    });
    expect(clean).toMatchObject({
      fullName: 'Zoë Ñúñez',
      company: '<b>Acme</b>',
      interviewDate: '2026-11-17',
    });
  });

  it.each([
    [[], []],
    [['  ', ''], []],
    [
      [' Led the move ', '', 'Cut costs'],
      ['Led the move', 'Cut costs'],
    ],
    [
      ['one', 'two', 'three'],
      ['one', 'two'],
    ],
  ])('keeps achievements %j as %j', (achievements, expected) => {
    expect(cleanDetails({ ...PRIYA, achievements }).achievements).toEqual(expected);
  });
});

describe('FIELD_LIMITS', () => {
  it('gives every text field of the form a limit, achievements one each', () => {
    const textFields = [
      'fullName',
      'jobTitle',
      'company',
      'interviewerName',
      'phone',
      'email',
      'interviewerEmail',
      'achievement',
    ] as const;
    for (const field of textFields) expect(FIELD_LIMITS[field]).toBeGreaterThan(0);
  });
});

describe('scriptDetailsOf', () => {
  it('takes the interview from the application and you from the profile', () => {
    const application = buildApplication('app-1', '2026-11-17T18:00:00.000Z', {
      company: 'Greenway Dental',
      jobTitle: 'Office Manager',
      interviewerName: 'Ms. Alvarez',
      interviewDate: isoDate('2026-11-17'),
      achievements: ['cut supply costs by 15%'],
    });
    const profile = { fullName: 'Priya Shah', phone: '(312) 555-0142', email: 'priya@example.com' };
    expect(scriptDetailsOf(application, profile)).toEqual({
      fullName: 'Priya Shah',
      phone: '(312) 555-0142',
      email: 'priya@example.com',
      jobTitle: 'Office Manager',
      company: 'Greenway Dental',
      interviewerName: 'Ms. Alvarez',
      interviewerEmail: '',
      interviewDate: '2026-11-17',
      achievements: ['cut supply costs by 15%'],
    });
  });
});
