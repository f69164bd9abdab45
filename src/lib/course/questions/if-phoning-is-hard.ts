/** Check yourself: if phoning is hard. */
import type { Question } from '../question';

/** The lesson's questions. */
export const QUESTIONS: Question[] = [
  {
    id: 'relay',
    prompt: 'You are deaf and would like to follow up by phone. What can help?',
    right: 'relay-service',
    choices: [
      {
        id: 'relay-service',
        text: 'Dial 711 for a relay service, or use a captioned-telephone service',
        why: 'In the US, 711 connects you to a relay service, and captioned phones show the other person’s words as text. Email works well too.',
      },
      {
        id: 'not-for-you',
        text: 'Nothing. Phone follow-ups are not an option for you.',
        why: 'Relay and captioned calls make phone follow-ups possible, and email is always a full alternative.',
      },
      {
        id: 'friend',
        text: 'Ask a friend to call and pretend to be you',
        why: 'Pretending is not honest, and it can go wrong. Relay services let you speak for yourself.',
      },
    ],
  },
  {
    id: 'nerves',
    prompt: 'Your hands shake just thinking about the call. What is most likely to help?',
    right: 'prepare',
    choices: [
      {
        id: 'prepare',
        text: 'Have your script in front of you, take a few slow breaths, and pick a quiet spot',
        why: 'Notes in hand and a calm place take away much of the worry. Many people find slow breathing helps too.',
      },
      {
        id: 'wing-it',
        text: 'Call at once without notes, before you can think about it',
        why: 'Rushing in often makes nerves worse, and you may forget a key detail.',
      },
      {
        id: 'never',
        text: 'Skip the follow-up altogether',
        why: 'You have a choice: if a call feels too hard, a short email is a complete follow-up.',
      },
    ],
  },
  {
    id: 'your-greeting',
    prompt: 'You are job hunting. What should your own voicemail greeting sound like?',
    right: 'clear-name',
    choices: [
      {
        id: 'clear-name',
        text: 'Short and clear, with your name',
        why: 'They may call you back. Hearing your name tells them they reached the right person.',
      },
      {
        id: 'joke',
        text: 'A funny message with music',
        why: 'Friends may enjoy it, but an employer may not. Keep it plain while you job hunt.',
      },
      {
        id: 'full-box',
        text: 'It does not matter, even if the mailbox is full',
        why: 'A full mailbox means they cannot leave a message at all. Clear it and keep the greeting simple.',
      },
    ],
  },
];
