import { describe, expect, it } from 'vitest';
import { CHECKLIST_LABELS, type ScriptKind, checkScript } from '../../src/lib/script/checklist';
import type { ScriptDetails } from '../../src/lib/script/details';
import { buildEmail, buildPhoneScript, buildVoicemail } from '../../src/lib/script/text';
import { MISSING_COMBINATIONS, PRIYA, TODAY, without } from './helpers/script-details';
import { isoDate } from '../../src/lib/dates';

const KINDS: ScriptKind[] = ['phone', 'voicemail', 'email'];

function generated(kind: ScriptKind, details: ScriptDetails): string {
  if (kind === 'phone') return buildPhoneScript(details, TODAY);
  if (kind === 'voicemail') return buildVoicemail(details, TODAY);
  return buildEmail(details, TODAY).body;
}

/** `{ id: present }` for a quick look at the whole list. */
const ticks = (kind: ScriptKind, text: string, details: ScriptDetails = PRIYA) =>
  Object.fromEntries(checkScript(kind, text, details, TODAY).map((item) => [item.id, item.present]));

describe('checkScript on generated texts', () => {
  it.each(KINDS)("ticks every item of the %s text, in the course's order", (kind) => {
    const items = checkScript(kind, generated(kind, PRIYA), PRIYA, TODAY);
    const last = kind === 'email' ? 'signature' : 'phone';
    expect(items.map((item) => item.id)).toEqual([
      'fullName',
      'job',
      'interviewDay',
      'thanks',
      'callBack',
      last,
    ]);
    expect(items.map((item) => item.label)).toEqual(items.map((item) => CHECKLIST_LABELS[item.id]));
    expect(items.every((item) => item.present && item.field === undefined)).toBe(true);
  });

  it.each([
    ['fullName', 'Priya Shah'],
    ['job', 'Office Manager'],
    ['interviewDay', 'last Tuesday, November 17'],
    ['thanks', 'Thank'],
    ['callBack', 'any questions'],
    ['phone', '(555) 010-0148'],
  ])('ends %s where its first occurrence in the voicemail ends', (id, said) => {
    const text = buildVoicemail(PRIYA, TODAY);
    const item = checkScript('voicemail', text, PRIYA, TODAY).find((i) => i.id === id);
    expect(item?.endIndex).toBe(text.indexOf(said) + said.length);
  });

  const fieldOf = {
    fullName: 'fullName',
    job: 'jobTitle',
    interviewDay: 'interviewDate',
    phone: 'phone',
  } as const;

  it.each(
    KINDS.flatMap((kind) =>
      MISSING_COMBINATIONS.map((missing) => [kind, missing.join(', ') || 'nothing', missing] as const),
    ),
  )('%s text with %s missing: those items are unticked and point at their fields', (kind, _, missing) => {
    const details = without(missing);
    const items = checkScript(kind, generated(kind, details), details, TODAY);
    for (const item of items) {
      const field = item.id in fieldOf ? fieldOf[item.id as keyof typeof fieldOf] : undefined;
      const isMissing = field !== undefined && missing.includes(field);
      expect(item.present, item.id).toBe(!isMissing);
      expect(item.field, item.id).toBe(isMissing ? field : undefined);
      expect(item.endIndex === undefined, item.id).toBe(isMissing);
    }
    // The email is signed with the email address even when the phone is missing.
    if (kind === 'email') expect(items.find((i) => i.id === 'signature')?.present).toBe(true);
  });
});

describe('checkScript on edited text', () => {
  const voicemail = buildVoicemail(PRIYA, TODAY);

  it.each([
    [
      'the thanks removed',
      voicemail
        .replace('Thank you again for taking the time to meet with me; ', '')
        .replace('Thanks so much, and', 'Bye, and'),
      { thanks: false },
    ],
    [
      'the call-back removed',
      voicemail.replace('If you have any questions for me, please call me back at', 'My number is'),
      { callBack: false },
    ],
    ['the number removed', voicemail.replaceAll('(555) 010-0148', 'my usual number'), { phone: false }],
    ['the number spaced differently', voicemail.replaceAll('(555) 010-0148', '555 010 0148'), {}],
    ['the number one digit off', voicemail.replaceAll('(555) 010-0148', '(555) 010-0149'), { phone: false }],
    ['the name in capitals', voicemail.replace('Priya Shah', 'PRIYA SHAH'), {}],
    ['only the first name', voicemail.replace('Priya Shah', 'Priya'), { fullName: false }],
    ['the job said in lower case', voicemail.replace('Office Manager', 'office manager'), {}],
    ['the day as a date', voicemail.replace('last Tuesday, November 17', 'on November 17th'), {}],
    ['the day as a weekday', voicemail.replace('last Tuesday, November 17', 'on Tuesday'), {}],
    ['the day removed', voicemail.replace('last Tuesday, November 17, ', ''), { interviewDay: false }],
    [
      '"appreciate" for thanks',
      voicemail
        .replace('Thank you again for taking', 'I appreciate you taking')
        .replace('Thanks so much', 'Bye'),
      {},
    ],
    [
      'an emptied text',
      '',
      { fullName: false, job: false, interviewDay: false, thanks: false, callBack: false, phone: false },
    ],
  ])('with %s', (_, text, changed) => {
    const all = { fullName: true, job: true, interviewDay: true, thanks: true, callBack: true, phone: true };
    expect(ticks('voicemail', text)).toEqual({ ...all, ...changed });
    // The details are all there, so no item sends the user to a field.
    expect(checkScript('voicemail', text, PRIYA, TODAY).every((item) => item.field === undefined)).toBe(true);
  });

  it.each([
    ['Zoë Ñúñez', 'this is ZOË ÑÚÑEZ.', true],
    ['Zoë Ñúñez', 'this is Zoe Nunez.', false],
    ['王小明', '这是王小明。', true],
    ["O'Brien-Smith", 'this is O’Brien-Smith.', true],
    ['<img src=x onerror=alert(1)>', 'this is <img src=x onerror=alert(1)>.', true],
    ['Ann Lee', 'this is Anne Lee.', false],
  ])('matches the name %j in %j: %s (case-insensitive, accent-sensitive)', (fullName, text, present) => {
    expect(ticks('voicemail', text, { ...PRIYA, fullName }).fullName).toBe(present);
  });

  it('finds "today" and "yesterday" only when they are true', () => {
    expect(
      ticks('voicemail', 'We met yesterday.', { ...PRIYA, interviewDate: isoDate('2026-11-24') })
        .interviewDay,
    ).toBe(true);
    expect(ticks('voicemail', 'We met yesterday.').interviewDay).toBe(false);
    expect(ticks('voicemail', 'We met today.', { ...PRIYA, interviewDate: TODAY }).interviewDay).toBe(true);
  });

  it('does not count a gap marker as the detail', () => {
    const details = without(['fullName']);
    const items = checkScript('voicemail', 'this is [your full name]', details, TODAY);
    expect(items[0]).toEqual({ id: 'fullName', label: 'Your full name', present: false, field: 'fullName' });
  });
});

describe('the email signature', () => {
  const { body } = buildEmail(PRIYA, TODAY);
  const signature = (text: string, details: ScriptDetails) =>
    checkScript('email', text, details, TODAY).find((item) => item.id === 'signature');

  it.each([
    ['email and phone', body, PRIYA, true, undefined],
    ['only the email address', body.replaceAll('(555) 010-0148', ''), PRIYA, true, undefined],
    ['only the phone', body.replace('priya.shah@example.com', ''), PRIYA, true, undefined],
    [
      'neither, though both are filled in',
      body.replaceAll('(555) 010-0148', '').replace('priya.shah@example.com', ''),
      PRIYA,
      false,
      undefined,
    ],
    ['neither, and neither filled in', body, { ...PRIYA, phone: '', email: '' }, false, 'email'],
  ])('with %s', (_, text, details, present, field) => {
    expect(signature(text, details)?.present).toBe(present);
    expect(signature(text, details)?.field).toBe(field);
  });

  it('has no phone item of its own', () => {
    expect(checkScript('email', body, PRIYA, TODAY).some((item) => item.id === 'phone')).toBe(false);
  });
});
