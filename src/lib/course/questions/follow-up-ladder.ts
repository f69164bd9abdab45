/** Check yourself: when to stop. The stop day is the tracker's own six-week rule. */
import { addDays, formatLongDate } from '../../dates';
import { stopDay, WAITS } from '../examples';
import type { Question } from '../question';
import { SAMPLE_INTERVIEW } from '../sample';

const after = formatLongDate(addDays(stopDay(SAMPLE_INTERVIEW), 1));

/** The lesson's questions. */
export const QUESTIONS: Question[] = [
  {
    id: 'time-to-stop',
    prompt: `Your interview was on ${formatLongDate(SAMPLE_INTERVIEW)}. You called, left a voicemail, and later sent one email. It is now ${after}, and you have heard nothing. What now?`,
    right: 'move-on',
    choices: [
      {
        id: 'move-on',
        text: 'Stop following up and put your energy into other applications',
        why: `It has been about ${WAITS.stopWeeks} weeks and you have done your part. Silence this long is common, and rarely about you.`,
      },
      {
        id: 'call-weekly',
        text: 'Keep calling once a week until someone answers',
        why: 'Repeated calls after this long can feel like pressure, and they take energy from your other applications.',
      },
      {
        id: 'complain',
        text: 'Send an email saying how rude it is not to reply',
        why: 'It may feel fair, but it closes a door you might want open later.',
      },
    ],
  },
  {
    id: 'why-silence',
    prompt: 'Two weeks after the interview, you have heard nothing. What is the most likely reason?',
    right: 'busy',
    choices: [
      {
        id: 'busy',
        text: 'Hiring is taking longer than they planned',
        why: 'Hiring often runs late, and other work gets in the way. Silence is rarely about you.',
      },
      {
        id: 'disliked',
        text: 'They must have disliked you',
        why: 'Silence is rarely a verdict on you. Plans shift and people get busy.',
      },
      {
        id: 'lost',
        text: 'Your application was surely lost',
        why: 'That is possible but unlikely. A delay in the process is far more common.',
      },
    ],
  },
];
