import { describe, expect, it } from 'vitest';
import { REQUIRED_FIELDS, type ScriptDetails } from '../../src/lib/script/details';
import { GAP_MARKERS, findGaps, gapMarker, hasGaps } from '../../src/lib/script/gaps';
import { buildEmail, buildPhoneScript, buildVoicemail } from '../../src/lib/script/text';
import { countSpokenWords } from '../../src/lib/speech-timing';
import { MISSING_COMBINATIONS, PRIYA, TODAY, without } from './helpers/script-details';
import { isoDate } from '../../src/lib/dates';

/** Every text built from the details, the email's subject and body apart. */
function allTexts(details: ScriptDetails, today = TODAY): Record<string, string> {
  const email = buildEmail(details, today);
  return {
    phone: buildPhoneScript(details, today),
    voicemail: buildVoicemail(details, today),
    subject: email.subject,
    body: email.body,
  };
}

describe('the generated texts', () => {
  it("leave a short voicemail with everything in the course's order", () => {
    expect(buildVoicemail(PRIYA, TODAY)).toBe(
      'Hi Ms. Alvarez, this is Priya Shah. I interviewed with you last Tuesday, November 17, for the Office ' +
        'Manager position at Brightwell Dental. Thank you again for taking the time to meet with me; I enjoyed ' +
        "our conversation, and I'm still very interested in the role. If you have any questions for me, please " +
        "call me back at (555) 010-0148. Once more, that's (555) 010-0148. Thanks so much, and have a great day!",
    );
  });

  it('give the email a subject naming the job and you, and a signature', () => {
    const { subject, body } = buildEmail(PRIYA, TODAY);
    expect(subject).toBe('Following up on the Office Manager interview – Priya Shah');
    expect(
      body.startsWith('Dear Ms. Alvarez,\n\nThank you again for meeting with me last Tuesday, November 17,'),
    ).toBe(true);
    expect(body.endsWith('Best regards,\nPriya Shah\n(555) 010-0148\npriya.shah@example.com')).toBe(true);
    expect(buildEmail({ ...PRIYA, email: '' }, TODAY).body.endsWith('Priya Shah\n(555) 010-0148')).toBe(true);
  });

  it('give the phone script an opening, the reason to call and cues for both answers', () => {
    const lines = buildPhoneScript(PRIYA, TODAY).split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'If they pick up',
        "Why you're calling",
        'If they have news',
        "If they're still deciding",
      ]),
    );
    expect(lines[1]).toMatch(
      /^Hello Ms\. Alvarez, this is Priya Shah\. I interviewed with you last Tuesday, November 17, for the Office Manager position/,
    );
    expect(lines.join('\n')).toContain('take another look at my application');
  });

  it.each([
    ['today', '2026-11-25', 'with you today for'],
    ['this week', '2026-11-23', 'with you on Monday for'],
    ['a date in another year', '2025-12-29', 'with you on Monday, December 29, 2025, for'],
  ])('say the interview day (%s) as a person would', (_, interviewDate, phrase) => {
    expect(buildVoicemail({ ...PRIYA, interviewDate: isoDate(interviewDate) }, TODAY)).toContain(phrase);
  });

  it.each([
    ['Office Manager', 'for the Office Manager position at'],
    ['Office Manager role', 'for the Office Manager role at'],
    ['Barista position', 'for the Barista position at'],
  ])('name the job %j without saying "position" twice', (jobTitle, phrase) => {
    expect(buildVoicemail({ ...PRIYA, jobTitle }, TODAY)).toContain(phrase);
  });

  it.each([
    ['a complete form', PRIYA],
    ['an empty form', without([...REQUIRED_FIELDS])],
  ])('say name, job and day within the first 25 spoken words of the voicemail (%s)', (_, details) => {
    const text = buildVoicemail(details, TODAY);
    const jobEnd = text.indexOf(' position');
    expect(countSpokenWords(text.slice(0, jobEnd))).toBeLessThanOrEqual(25);
  });
});

describe('missing details', () => {
  it.each(MISSING_COMBINATIONS.map((missing) => [missing.join(', ') || 'nothing', missing] as const))(
    'with %s missing, every text shows exactly those gaps',
    (_, missing) => {
      const details = without(missing);
      for (const [kind, text] of Object.entries(allTexts(details))) {
        const expected =
          kind === 'subject'
            ? missing.filter((field) => field === 'fullName' || field === 'jobTitle')
            : missing;
        expect(new Set(findGaps(text).map((gap) => gap.field)), kind).toEqual(new Set(expected));
        for (const field of REQUIRED_FIELDS.filter((f) => !missing.includes(f) && f !== 'interviewDate')) {
          if (kind !== 'subject' || field === 'fullName' || field === 'jobTitle')
            expect(text, kind).toContain(details[field]);
        }
        expect(text).not.toMatch(/undefined|null|NaN|\[\]/);
      }
    },
  );

  it('marks gaps with plain bracketed words the UI can find', () => {
    expect(gapMarker('interviewerName')).toBe("[interviewer's name]");
    expect(Object.values(GAP_MARKERS)).toEqual([
      '[your full name]',
      '[job title]',
      '[company]',
      "[interviewer's name]",
      '[interview day]',
      '[your phone number]',
    ]);
    const text = "Hi [interviewer's name], [see note] this is [your full name].";
    expect(findGaps(text)).toEqual([
      { start: 3, end: 23, field: 'interviewerName' },
      { start: text.indexOf('[your'), end: text.length - 1, field: 'fullName' },
    ]);
    expect(hasGaps(text)).toBe(true);
    expect(hasGaps(buildVoicemail(PRIYA, TODAY))).toBe(false);
  });
});

describe('names and other input, kept as typed', () => {
  it.each([
    'Zoë Ñúñez',
    '王小明',
    "O'Brien-Smith",
    '<img src=x onerror=alert(1)>',
    'Dr. Ana María López-García',
  ])('%j appears literally in every text', (name) => {
    const details = { ...PRIYA, fullName: name, interviewerName: name, company: name, jobTitle: name };
    for (const text of Object.values(allTexts(details))) {
      expect(text).toContain(name);
      expect(text).not.toContain('&lt;');
    }
  });
});

describe('achievements', () => {
  it.each([
    [[], null],
    [['   '], null],
    [['cutting supply costs by 15%'], 'we talked about cutting supply costs by 15%, and'],
    [
      ['cutting supply costs by 15%.', 'the new booking system'],
      'we talked about cutting supply costs by 15% and the new booking system, and',
    ],
    [['one', 'two', 'three'], 'we talked about one and two, and'],
  ])('%j are worked in as %j', (achievements, phrase) => {
    const details = { ...PRIYA, achievements };
    const { body } = buildEmail(details, TODAY);
    for (const text of [buildPhoneScript(details, TODAY), body]) {
      if (phrase === null) expect(text).not.toContain('talked about');
      else expect(text).toContain(phrase);
    }
    // The voicemail stays short: no achievements there.
    expect(buildVoicemail(details, TODAY)).not.toContain('talked about');
    expect(body).not.toContain('three');
  });
});
