/** Check yourself: why a follow-up call works. */
import type { Question } from '../question';

/** The lesson's questions. */
export const QUESTIONS: Question[] = [
  {
    id: 'already-decided',
    prompt:
      'Before your call, the manager had already offered the job to someone else. What can your call still do?',
    right: 'good-impression',
    choices: [
      {
        id: 'good-impression',
        text: 'Probably not change the decision, but leave a good impression for next time',
        why: 'A call rarely reverses a decision already made. A kind, short call is still remembered if another role opens.',
      },
      {
        id: 'reverse',
        text: 'Change their mind, if you push hard enough',
        why: 'Pushing rarely works and can leave a poor last impression.',
      },
      {
        id: 'wasted',
        text: 'Nothing. Calling was a mistake.',
        why: 'It was not a mistake: you learned where you stand and showed good manners.',
      },
    ],
  },
  {
    id: 'torn',
    prompt:
      'The interviewer is torn between you and one other person. How might a short, friendly call help?',
    right: 'reminds',
    choices: [
      {
        id: 'reminds',
        text: 'It can bring your application back to mind and show you are still interested',
        why: 'When a choice is close, a warm reminder of who you are may help. It is no guarantee, but it can count.',
      },
      {
        id: 'guarantee',
        text: 'It guarantees you the job',
        why: 'No call can promise that. It can help, but the decision is theirs.',
      },
      {
        id: 'pressure',
        text: 'It pushes them to choose you today',
        why: 'A follow-up that feels like pressure is more likely to hurt than help.',
      },
    ],
  },
];
