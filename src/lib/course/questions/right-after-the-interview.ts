/** Check yourself: right after the interview. */
import type { Question } from '../question';

/** The lesson's questions. */
export const QUESTIONS: Question[] = [
  {
    id: 'thank-you-when',
    prompt: 'Your interview ended at 3 p.m. today. When should your thank-you email go out?',
    right: 'within-a-day',
    choices: [
      {
        id: 'within-a-day',
        text: 'Later today or tomorrow morning',
        why: 'A short note within about a day reaches them while your meeting is still fresh in their mind.',
      },
      {
        id: 'with-the-call',
        text: 'In a week or two, together with your follow-up call',
        why: 'That is the time for the follow-up. Thanks are best sent within about a day.',
      },
      {
        id: 'only-if-asked',
        text: 'Only if they email you first',
        why: 'A brief thank-you is yours to send. If you wait for them, the moment passes.',
      },
    ],
  },
  {
    id: 'before-you-leave',
    prompt:
      'The interview is wrapping up and they ask if you have any questions. Which one helps your follow-up most?',
    right: 'timeline',
    choices: [
      {
        id: 'timeline',
        text: 'When do you expect to decide, and how do you like to be contacted?',
        why: 'Their answer tells you when to follow up, and whether to call or email.',
      },
      {
        id: 'did-i-get-it',
        text: 'Did I get the job?',
        why: 'They rarely know yet, and the question can put them on the spot.',
      },
      {
        id: 'none',
        text: 'None. Asking anything might seem pushy.',
        why: 'A polite question about their timeline is normal, and it makes your next step much easier to plan.',
      },
    ],
  },
];
