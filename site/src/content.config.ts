import { fileURLToPath } from 'node:url';

import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

import type { Report } from '@aslkit/conformance';

import { readReports } from './lib/reports/read-reports.ts';

/** A JSON value (the case format keeps definitions, inputs and outcomes as plain JSON). */
const json = z.unknown();

/**
 * The conformance cases, read straight from `conformance/cases` (format:
 * `conformance/schema/case.schema.json`, which the suite validates; here only the fields the site
 * reads are checked). A case's `id` is its path under `cases/` without `.json`.
 */
const cases = defineCollection({
  loader: glob({ pattern: ['**/*.json', '!RENAMED.json'], base: '../conformance/cases', generateId: ({ data }) => String(data['id']) }),
  schema: z.looseObject({
    id: z.string(),
    title: z.string(),
    description: z.string().optional(),
    rules: z.array(z.string()),
    features: z.array(z.string()),
    flags: z.array(z.string()).optional(),
    definition: z.record(z.string(), json),
    input: json.optional(),
    context: z.record(z.string(), json).optional(),
    mocks: z.record(z.string(), json).optional(),
    mode: z.enum(['execution', 'state']).optional(),
    stateName: z.string().optional(),
    expected: z.record(z.string(), json),
    provenance: z.object({ source: z.string(), note: z.string().optional() }),
  }),
});

/**
 * Lesson exercises: a goal, the definition the learner starts from, and the conformance case whose
 * definition is the solution and whose expected outcome is the goal.
 */
const exercises = defineCollection({
  loader: glob({ pattern: '*.json', base: './src/content/exercises' }),
  schema: z.object({
    case: z.string(),
    goal: z.string(),
    start: z.record(z.string(), json),
    /** States whose task-token callback the learner answers with buttons. */
    callbackStates: z.array(z.string()).optional(),
  }),
});

/**
 * The conformance runner's reports (`conformance/reports/*.jsonl`, format §5), one entry per run,
 * read with the suite's own report reader. The entry id is the file name. `ASLKIT_REPORTS_DIR`
 * builds the report from another folder (to preview reports before they are committed).
 */
const reports = defineCollection({
  loader: {
    name: 'conformance-reports',
    load: async ({ store, config }) => {
      store.clear();
      const dir = process.env['ASLKIT_REPORTS_DIR'] ?? fileURLToPath(new URL('../conformance/reports/', config.root));
      for (const { file, report } of await readReports(dir)) {
        store.set({ id: file, data: { report: JSON.parse(JSON.stringify(report)) as Record<string, unknown> } });
      }
    },
  },
  schema: z.object({ report: z.custom<Report>((value) => typeof value === 'object' && value !== null) }),
});

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  cases,
  exercises,
  reports,
};
