/** The course's tools, for the Tools page, the home page and the header. */
export interface ToolLink {
  path: string;
  title: string;
  summary: string;
}

/** Every tool, in the order a job seeker uses them. */
export const TOOLS: readonly ToolLink[] = [
  {
    path: '/tools/when-to-call/',
    title: 'When to call',
    summary: 'Enter your interview date and see your call window, today’s advice and a calendar reminder.',
  },
  {
    path: '/tools/script-builder/',
    title: 'Script builder',
    summary: 'Fill in your details once and get your phone script, voicemail and follow-up email.',
  },
  {
    path: '/tools/practice/',
    title: 'Voicemail practice',
    summary: 'Read your voicemail aloud against the clock until the key facts fit in about 10 seconds.',
  },
  {
    path: '/follow-ups/',
    title: 'Your follow-ups',
    summary: 'Keep track of every interview: who to call today, what you already did, and when to move on.',
  },
];
