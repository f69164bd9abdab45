/** Check yourself: prepare your script. */
import type { Question } from '../question';

/** The lesson's questions. */
export const QUESTIONS: Question[] = [
  {
    id: 'first-seconds',
    prompt: 'Which details should the interviewer hear in the first ten seconds or so?',
    right: 'name-job-day',
    choices: [
      {
        id: 'name-job-day',
        text: 'Your name, the job and the day you interviewed',
        why: 'Those three let them place you at once. Everything else can follow.',
      },
      {
        id: 'story',
        text: 'A short story about why you want the job',
        why: 'A story up front pulls attention away from the point of the call. Say who you are first.',
      },
      {
        id: 'number',
        text: 'Your phone number, said twice',
        why: 'Your number matters, but it belongs near the end, once they know who is calling.',
      },
    ],
  },
  {
    id: 'sound-natural',
    prompt: 'Your script is written. What will help it sound like you on the day?',
    right: 'rehearse',
    choices: [
      {
        id: 'rehearse',
        text: 'Say it out loud a few times, then once without looking',
        why: 'Practice out loud turns written words into your own way of talking, and shows you what you forget.',
      },
      {
        id: 'recite',
        text: 'Learn it word for word and say it as fast as you can',
        why: 'Reciting at speed sounds stiff and is hard to follow. Know the points, not every word.',
      },
      {
        id: 'no-notes',
        text: 'Put the script away and make it up as you go',
        why: 'Without notes, nerves can make you skip a key detail such as your number.',
      },
    ],
  },
];
