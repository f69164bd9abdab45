/** Check yourself: consider an email instead. The subject line is the script builder's own. */
import { sampleTexts } from '../examples';
import type { Question } from '../question';

/** The lesson's questions. */
export const QUESTIONS: Question[] = [
  {
    id: 'subject-line',
    prompt: 'Which subject line fits a follow-up email best?',
    right: 'names-the-job',
    choices: [
      {
        id: 'names-the-job',
        text: sampleTexts().email.subject,
        why: 'It names the job and the interview, so they know what the email is about before they open it.',
      },
      {
        id: 'thank-you',
        text: 'Thank you!',
        why: 'That reads like a thank-you note. It names no job and gives no hint that you hope for an update.',
      },
      {
        id: 'urgent',
        text: 'URGENT: still waiting to hear back',
        why: 'Pressure in the subject line sets the wrong tone. Keep it calm and clear.',
      },
    ],
  },
  {
    id: 'which-thread',
    prompt: 'You swapped emails with the interviewer to set up the meeting. Where should your follow-up go?',
    right: 'same-thread',
    choices: [
      {
        id: 'same-thread',
        text: 'A reply in that same email thread',
        why: 'The earlier messages sit right below yours, so they can see at a glance who you are.',
      },
      {
        id: 'general-inbox',
        text: 'A new email to the company’s general inbox',
        why: 'It may never reach the person who met you. Write to them directly.',
      },
      {
        id: 'social-media',
        text: 'A direct message on social media',
        why: 'That can feel too personal for a hiring question. Use the email you already share.',
      },
    ],
  },
  {
    id: 'what-to-ask',
    prompt: 'What should a follow-up email ask for?',
    right: 'an-update',
    choices: [
      {
        id: 'an-update',
        text: 'One polite line asking whether there is any news on their timeline',
        why: 'That is the point of a follow-up: a kind, clear request for an update.',
      },
      {
        id: 'a-deadline',
        text: 'A decision by the end of the week',
        why: 'A deadline from you puts pressure on them. Ask for an update instead.',
      },
      {
        id: 'nothing',
        text: 'Nothing. Just say thanks again.',
        why: 'Then it is a second thank-you note. A follow-up asks, politely, where things stand.',
      },
    ],
  },
];
