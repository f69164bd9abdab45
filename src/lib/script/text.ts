/**
 * The three texts of the script builder: what to say when they pick up, the voicemail,
 * and the follow-up email.
 *
 * Plain text only (the UI shows it as text, never as markup), with names kept exactly
 * as typed. A missing required detail becomes its gap marker so the text still reads
 * through; achievements are optional and leave no trace when absent.
 */
import { describeInterviewDay, type SaidOn } from './interview-day';
import { type ScriptDetails, cleanDetails } from './details';
import { GAP_MARKERS, valueOrGap } from './gaps';

/** A follow-up email, ready for a mail app. */
export interface EmailText {
  subject: string;
  body: string;
}

/** The details as the templates say them: values or gap markers. */
interface Said {
  name: string;
  job: string;
  role: string;
  company: string;
  interviewer: string;
  /** The interview day followed by the comma a date needs before the sentence goes on. */
  dayThen: string;
  phone: string;
  email: string;
  achievements: string | null;
}

/** "the Office Manager position"; a title that already ends in "role" or "position" keeps it. */
function roleOf(job: string): string {
  return /\b(?:position|role|job|opening|post)$/i.test(job) ? `the ${job}` : `the ${job} position`;
}

/** "A", "A and B": achievements with their closing full stop dropped to fit mid-sentence. */
function listOf(achievements: readonly string[]): string | null {
  const items = achievements.map((item) => item.replace(/[\s.;,!]+$/u, '')).filter((item) => item !== '');
  return items.length === 0 ? null : items.join(' and ');
}

function say(details: ScriptDetails, saidOn: SaidOn): Said {
  const clean = cleanDetails(details);
  const job = valueOrGap(clean.jobTitle, 'jobTitle');
  const day =
    clean.interviewDate === ''
      ? GAP_MARKERS.interviewDate
      : describeInterviewDay(clean.interviewDate, saidOn);
  return {
    name: valueOrGap(clean.fullName, 'fullName'),
    job,
    role: roleOf(job),
    company: valueOrGap(clean.company, 'company'),
    interviewer: valueOrGap(clean.interviewerName, 'interviewerName'),
    // "on Tuesday, November 17, for the…": a date set off by commas closes with one.
    dayThen: day.includes(',') ? `${day},` : day,
    phone: valueOrGap(clean.phone, 'phone'),
    email: clean.email,
    achievements: listOf(clean.achievements),
  };
}

/** The sentence that places you: who you are, the role and the day, in the first seconds. */
function introduction(s: Said, greeting: string): string {
  return `${greeting} ${s.interviewer}, this is ${s.name}. I interviewed with you ${s.dayThen} for ${s.role} at ${s.company}.`;
}

/** What to say if the interviewer picks up, with cues for the two likely answers. */
export function buildPhoneScript(details: ScriptDetails, saidOn: SaidOn): string {
  const s = say(details, saidOn);
  const achievements = s.achievements
    ? ` In our interview we talked about ${s.achievements}, and I'd love to bring that experience to your team.`
    : '';
  return [
    'If they pick up',
    `${introduction(s, 'Hello')} Is now a good time for a quick word?`,
    '',
    "Why you're calling",
    "I'm calling to follow up on my interview and to thank you again for meeting with me. " +
      "I'm still very interested in the role, and I'd be grateful if you would take another look at my application." +
      `${achievements} Could you tell me where you are in the hiring process?`,
    '',
    'Before you hang up',
    `Thanks so much for your time. If you have any questions for me, please call me back at ${s.phone}.`,
    '',
    'If they have news',
    'Thank you for letting me know. What would the next steps be?',
    '',
    "If they're still deciding",
    `I understand, thank you for the update. If anything comes up, you can reach me at ${s.phone}. ` +
      'I look forward to hearing from you.',
  ].join('\n');
}

/** The voicemail: name, role and day first, then thanks, a call-back invitation and the number twice. */
export function buildVoicemail(details: ScriptDetails, saidOn: SaidOn): string {
  const s = say(details, saidOn);
  return [
    introduction(s, 'Hi'),
    "Thank you again for taking the time to meet with me; I enjoyed our conversation, and I'm still very interested in the role.",
    `If you have any questions for me, please call me back at ${s.phone}.`,
    // Said twice: a listener often misses a number the first time.
    `Once more, that's ${s.phone}.`,
    'Thanks so much, and have a great day!',
  ].join(' ');
}

/** The follow-up email: subject and body, signed with your name, phone and (when given) email. */
export function buildEmail(details: ScriptDetails, saidOn: SaidOn): EmailText {
  const s = say(details, saidOn);
  const achievements = s.achievements
    ? [
        '',
        `In our interview we talked about ${s.achievements}, and I'd love to bring that experience to ${s.company}.`,
      ]
    : [];
  const body = [
    `Dear ${s.interviewer},`,
    '',
    `Thank you again for meeting with me ${s.dayThen} to talk about ${s.role} at ${s.company}. ` +
      "I enjoyed learning more about the team and the work, and I'm still very interested in joining you.",
    ...achievements,
    '',
    "I'm writing to follow up on my application and to ask whether there is any news on your timeline. " +
      `If you have any questions for me, I'd be glad to answer them: you can reach me at ${s.phone} or by replying to this email.`,
    '',
    'Best regards,',
    s.name,
    s.phone,
    ...(s.email === '' ? [] : [s.email]),
  ].join('\n');
  return { subject: `Following up on the ${s.job} interview – ${s.name}`, body };
}
