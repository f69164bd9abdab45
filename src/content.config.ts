import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The course: one MDX file a lesson; files starting with `_` are drafts and skipped. */
const lessons = defineCollection({
  loader: glob({ base: './content/lessons', pattern: '**/[^_]*.mdx' }),
  schema: z.object({
    title: z.string().min(3).max(60),
    description: z
      .string()
      .max(160)
      .regex(/^[^.!?]*[^.!?\s][.!?]$/, 'must be one sentence ending with a full stop'),
    order: z.number().int().positive(),
    /** Which half of the course: 1, the five steps of the call; 2, what else callers meet. */
    part: z.union([z.literal(1), z.literal(2)]),
    /** Which of the course's five steps the lesson teaches, if any. */
    step: z.number().int().min(1).max(5).optional(),
    /** A two-to-five-word name of that step, for the steps at a glance. */
    stepTitle: z.string().max(40).optional(),
  }),
});

export const collections = { lessons };
