/** Check yourself: keep a professional tone. */
import type { Question } from '../question';

/** The lesson's questions. */
export const QUESTIONS: Question[] = [
  {
    id: 'call-me-maria',
    prompt: 'At the interview she said, “Please, call me Maria.” How do you greet her on the phone?',
    right: 'first-name',
    choices: [
      {
        id: 'first-name',
        text: '“Hello Maria, this is Priya Shah.”',
        why: 'She told you which name to use, so using it is polite, not casual.',
      },
      {
        id: 'hey',
        text: '“Hey there, how’s it going?”',
        why: 'That is how you might greet a friend. Start with a clear greeting and her name.',
      },
      {
        id: 'madam',
        text: '“Good afternoon, Madam.”',
        why: 'That sounds stiff, and it ignores the name she asked you to use.',
      },
    ],
  },
  {
    id: 'not-sure',
    prompt:
      'He introduced himself only as “Daniel Okafor,” and you are not sure how to address him. What is safest?',
    right: 'title-surname',
    choices: [
      {
        id: 'title-surname',
        text: '“Hello Mr. Okafor.”',
        why: 'When you are unsure, a title and surname is polite. If he prefers Daniel, he will tell you.',
      },
      {
        id: 'nickname',
        text: '“Hi Danny!”',
        why: 'A nickname he never offered can sound too familiar in a hiring call.',
      },
      {
        id: 'no-name',
        text: 'Skip his name altogether',
        why: 'Using a name makes the call feel personal. A title and surname is a safe choice.',
      },
    ],
  },
  {
    id: 'sounds-rushed',
    prompt: 'The interviewer picks up and sounds rushed. What is the best move?',
    right: 'keep-it-short',
    choices: [
      {
        id: 'keep-it-short',
        text: 'Keep it to a few sentences, or offer to call back at a better time',
        why: 'Respecting their time leaves a good impression, and a short call is easy to say yes to.',
      },
      {
        id: 'whole-script',
        text: 'Go through your whole script anyway',
        why: 'If they are busy, a long call can wear their patience thin. Read the moment.',
      },
      {
        id: 'hang-up',
        text: 'Hang up without a word',
        why: 'That can seem odd or rude. A quick, kind line is better.',
      },
    ],
  },
];
