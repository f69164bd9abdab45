/** Check yourself: if they pick up. */
import type { Question } from '../question';

/** The lesson's questions. */
export const QUESTIONS: Question[] = [
  {
    id: 'after-hello',
    prompt: 'The interviewer answers. You have said your name, the job and the day. What comes next?',
    right: 'good-time',
    choices: [
      {
        id: 'good-time',
        text: 'Ask whether now is a good time for a quick word',
        why: 'It shows respect for their day, and if it is a bad moment, you can agree on a better one.',
      },
      {
        id: 'decided-yet',
        text: 'Ask straight away whether they have decided',
        why: 'Jumping to the decision can feel blunt. Check the timing first, then ask where they are in the process.',
      },
      {
        id: 'long-pitch',
        text: 'Tell them everything you did in your last job',
        why: 'They already have your resume. A long speech turns a conversation into a lecture.',
      },
    ],
  },
  {
    id: 'not-decided',
    prompt: '“We haven’t made a decision yet,” she says. What fits best?',
    right: 'ask-when',
    choices: [
      {
        id: 'ask-when',
        text: 'Thank her, ask when she expects to decide, offer anything she needs, and agree how you will check back',
        why: 'You leave with a plan: a date to wait for and a way to follow up that suits her.',
      },
      {
        id: 'push',
        text: 'Ask her to decide by Friday',
        why: 'Setting a deadline for them puts on pressure. Ask about their timeline instead.',
      },
      {
        id: 'just-ok',
        text: 'Say “OK, bye” and hang up',
        why: 'You miss the chance to learn their timeline and to offer help.',
      },
    ],
  },
  {
    id: 'someone-else',
    prompt: '“We’ve offered the job to someone else,” he tells you. What do you say?',
    right: 'thank-and-ask',
    choices: [
      {
        id: 'thank-and-ask',
        text: 'Thank him, ask for any brief feedback, and say you would like to hear about future openings',
        why: 'A kind reply leaves the door open. Another role may come up, and they will remember how you took the news.',
      },
      {
        id: 'argue',
        text: 'Explain why they made the wrong choice',
        why: 'A call very rarely changes a decision already made, and arguing closes the door on future roles.',
      },
      {
        id: 'hang-up',
        text: 'End the call as fast as you can',
        why: 'It is hard news, but a short thank-you costs little and leaves a good last impression.',
      },
    ],
  },
];
