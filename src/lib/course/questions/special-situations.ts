/** Check yourself: special situations. */
import type { Question } from '../question';

/** The lesson's questions. */
export const QUESTIONS: Question[] = [
  {
    id: 'other-offer',
    prompt:
      'Another company has offered you a job, but you would rather work at Greenway Dental. What do you do?',
    right: 'tell-honestly',
    choices: [
      {
        id: 'tell-honestly',
        text: 'Tell Greenway honestly, and ask whether they can share their timeline',
        why: 'A true offer is useful news for them. Asking about their timeline is fair and polite.',
      },
      {
        id: 'bluff',
        text: 'Say you have two offers, to speed them up',
        why: 'Never invent an offer. If they find out, you lose their trust, and maybe the job.',
      },
      {
        id: 'say-nothing',
        text: 'Say nothing and hope they call soon',
        why: 'They cannot take your deadline into account if they do not know about it.',
      },
    ],
  },
  {
    id: 'agency',
    prompt: 'You applied through a staffing agency. Who do you follow up with?',
    right: 'recruiter',
    choices: [
      {
        id: 'recruiter',
        text: 'Your recruiter at the agency',
        why: 'The recruiter runs the process and talks to the employer for you.',
      },
      {
        id: 'manager',
        text: 'The hiring manager, directly',
        why: 'Going around the recruiter can cause confusion. Let the agency pass your message on.',
      },
      {
        id: 'both-daily',
        text: 'Both, every day',
        why: 'Daily contact is too much for anyone. One follow-up with the recruiter is enough.',
      },
    ],
  },
  {
    id: 'interviewer-left',
    prompt: 'When you call, you learn that the interviewer has left the company. What now?',
    right: 'new-contact',
    choices: [
      {
        id: 'new-contact',
        text: 'Ask who is handling the job now, and follow up with that person',
        why: 'The hiring usually goes on under someone else. Reach the person who now holds your application.',
      },
      {
        id: 'give-up',
        text: 'Assume the job is gone',
        why: 'Not likely. Roles often stay open when a manager moves on.',
      },
      {
        id: 'personal-number',
        text: 'Look up the interviewer’s personal number',
        why: 'That is intrusive. They no longer decide, and it may make people uneasy.',
      },
    ],
  },
];
