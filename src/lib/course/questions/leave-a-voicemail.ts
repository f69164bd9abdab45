/** Check yourself: leave a clear voicemail. The email day is the tracker's own. */
import { formatLongDate } from '../../dates';
import { emailAfterVoicemail, ruleOfThumbWindow, WAITS } from '../examples';
import type { Question } from '../question';
import { SAMPLE_INTERVIEW } from '../sample';

const leftOn = ruleOfThumbWindow(SAMPLE_INTERVIEW).opens;
const emailOn = emailAfterVoicemail(SAMPLE_INTERVIEW, leftOn);

/** The lesson's questions. */
export const QUESTIONS: Question[] = [
  {
    id: 'no-call-back',
    prompt: `You left a voicemail on ${formatLongDate(leftOn)}. Three days later, nobody has called back. What now?`,
    right: 'wait-then-email',
    choices: [
      {
        id: 'call-again',
        text: 'Call again today',
        why: 'One message is enough. More calls so soon can feel like pressure.',
      },
      {
        id: 'wait-then-email',
        text: `Wait until ${formatLongDate(emailOn)}, then send one short email`,
        why: `Give them ${WAITS.afterVoicemail} to call back. If they don't, one short, polite email is the next step.`,
      },
      {
        id: 'give-up',
        text: 'Give up on this job',
        why: 'A few quiet days are normal. A short email after a week is still worth sending.',
      },
    ],
  },
  {
    id: 'your-number',
    prompt: 'How should you say your phone number in the message?',
    right: 'slowly-twice',
    choices: [
      {
        id: 'slowly-twice',
        text: 'Slowly, with the area code, and twice',
        why: 'They may be writing it down. A slow number, said twice, is hard to get wrong.',
      },
      {
        id: 'quickly',
        text: 'Quickly, so the message stays short',
        why: 'A rushed number is easy to miss, and then they cannot call you back. Slow down for this part.',
      },
      {
        id: 'leave-out',
        text: 'Leave it out, since it is on your resume',
        why: 'They may not have your file at hand. Make calling back as easy as you can.',
      },
    ],
  },
];
