/**
 * What the on-device check listens for in a practice run: the key facts of the text
 * being practiced, the same parts the script builder marks (name, job title, company,
 * interview day, phone number), each in the forms matching needs.
 */
import { type IsoDate, dayOfWeek, daysBetween, parseIsoDate } from '../../dates';
import { digitsOf } from '../../phone-number';
import type { ScriptDetails } from '../../script/details';
import type { SpokenFact } from '../../storage/schemas/practice';
import { foldCase, spellOut } from './transcript';

/** One fact to listen for. */
export type ListenTarget =
  | { fact: 'fullName' | 'job' | 'company'; phrases: string[] }
  | {
      fact: 'interviewDay';
      weekday: string | null;
      month: number | null;
      day: number | null;
      relative: string[];
    }
  | { fact: 'phone'; digits: string };

/** How each fact is named in the result. */
export const FACT_LABELS: Readonly<Record<SpokenFact, string>> = {
  fullName: 'Your name',
  job: 'The job title',
  company: 'The company',
  interviewDay: 'The interview day',
  phone: 'Your phone number',
};

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const COMPANY_SUFFIXES = new Set([
  'ltd',
  'limited',
  'inc',
  'incorporated',
  'llc',
  'co',
  'company',
  'corp',
  'corporation',
  'plc',
  'group',
]);

/** The comparable keys of a phrase: folded, punctuation gone, short forms spelled out. */
export function phraseKeys(phrase: string): string[] {
  return foldCase(phrase)
    .split(/[\s\-\u2010-\u2013/]+/u)
    .map((part) => part.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((part) => part !== '')
    .map(spellOut);
}

/** The name as said: in full, or the first name alone. */
function nameTarget(fullName: string): ListenTarget | null {
  const keys = phraseKeys(fullName);
  if (keys.length === 0) return null;
  return { fact: 'fullName', phrases: [...new Set([keys.join(''), keys[0] ?? ''])] };
}

/** The company with or without "Ltd", "Inc" and the like, and without a leading "the". */
function companyTarget(company: string): ListenTarget | null {
  const keys = phraseKeys(company);
  const core = keys.slice(keys[0] === 'the' ? 1 : 0);
  while (core.length > 1 && COMPANY_SUFFIXES.has(core.at(-1) ?? '')) core.pop();
  if (keys.length === 0) return null;
  return { fact: 'company', phrases: [...new Set([keys.join(''), core.join('')])] };
}

/** The interview day: its weekday, its date, and "yesterday" or "today" when that is what it was. */
function dayTarget(interview: IsoDate, today: IsoDate): ListenTarget | null {
  const parsed = parseIsoDate(interview);
  if (!parsed) return null;
  const ago = daysBetween(interview, today);
  const relative = ago === 0 ? ['today'] : ago === 1 ? ['yesterday'] : [];
  const weekday = WEEKDAYS[dayOfWeek(interview)] ?? null;
  return { fact: 'interviewDay', weekday, month: parsed.month, day: parsed.day, relative };
}

/** The phone number's digits, without a leading US country code. */
function phoneTarget(phone: string): ListenTarget | null {
  const digits = digitsOf(phone);
  const local = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  return local.length >= 7 ? { fact: 'phone', digits: local } : null;
}

/** What to listen for in a voicemail built from `details`: the facts that are filled in. */
export function listenTargets(details: ScriptDetails, today: IsoDate): ListenTarget[] {
  return [
    nameTarget(details.fullName),
    phraseTarget('job', details.jobTitle),
    companyTarget(details.company),
    details.interviewDate === '' ? null : dayTarget(details.interviewDate, today),
    phoneTarget(details.phone),
  ].filter((target) => target !== null);
}

function phraseTarget(fact: 'job', phrase: string): ListenTarget | null {
  const keys = phraseKeys(phrase);
  return keys.length === 0 ? null : { fact, phrases: [keys.join('')] };
}

/** What to listen for in the sample voicemail (its made-up details; it names no company or date). */
export const SAMPLE_TARGETS: readonly ListenTarget[] = [
  { fact: 'fullName', phrases: ['jordanlee', 'jordan'] },
  { fact: 'job', phrases: ['officecoordinator'] },
  { fact: 'interviewDay', weekday: 'tuesday', month: null, day: null, relative: [] },
  { fact: 'phone', digits: '5550148' },
];
