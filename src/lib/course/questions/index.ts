/** Every lesson's "Check yourself" questions, by lesson slug. */
import { questionKey, type Question } from '../question';
import { QUESTIONS as emailInstead } from './email-instead';
import { QUESTIONS as followUpLadder } from './follow-up-ladder';
import { QUESTIONS as ifPhoningIsHard } from './if-phoning-is-hard';
import { QUESTIONS as ifTheyPickUp } from './if-they-pick-up';
import { QUESTIONS as leaveAVoicemail } from './leave-a-voicemail';
import { QUESTIONS as prepareYourScript } from './prepare-your-script';
import { QUESTIONS as rightAfterTheInterview } from './right-after-the-interview';
import { QUESTIONS as specialSituations } from './special-situations';
import { QUESTIONS as toneOfVoice } from './tone-of-voice';
import { QUESTIONS as whenToCall } from './when-to-call';
import { QUESTIONS as whyItWorks } from './why-it-works';

const BY_LESSON: Readonly<Record<string, readonly Question[]>> = {
  'right-after-the-interview': rightAfterTheInterview,
  'when-to-call': whenToCall,
  'prepare-your-script': prepareYourScript,
  'leave-a-voicemail': leaveAVoicemail,
  'email-instead': emailInstead,
  'tone-of-voice': toneOfVoice,
  'if-they-pick-up': ifTheyPickUp,
  'follow-up-ladder': followUpLadder,
  'special-situations': specialSituations,
  'if-phoning-is-hard': ifPhoningIsHard,
  'why-it-works': whyItWorks,
};

/** The questions of a lesson, or none (the content tests hold every real lesson to having some). */
export function questionsFor(slug: string): readonly Question[] {
  return BY_LESSON[slug] ?? [];
}

/** Each question's key (`lesson/question`) and its right answer, for the lessons given, in their order. */
export function answerKeyFor(slugs: readonly string[]): [string, string][] {
  return slugs.flatMap((slug) =>
    questionsFor(slug).map((question): [string, string] => [questionKey(slug, question), question.right]),
  );
}
