/**
 * What a worker thread of src/build/build-threads.ts runs: posts normalized and story bodies rendered with the build's
 * own code and settings. Loaded by src/build/build-worker.mjs, or from the build's bundle (src/cli/bundle.mjs).
 */
import { workerData } from 'piscina';
import { normalizeSource } from '../content/normalize-source.ts';
import { createMarkdown } from '../markdown/create-markdown.ts';
import { renderStoryBody } from '../pages/story-body.ts';
import type { WorkerSetup, WorkerTask } from './build-threads.ts';

const { site, rootReal } = workerData as WorkerSetup;
const md = createMarkdown({ pathPrefix: site.pathPrefix });

export default function run(task: WorkerTask): unknown {
  if (task.kind === 'normalize') return task.sources.map((source) => normalizeSource(source, { site, md, rootReal }));
  return task.sources.map((source) => renderStoryBody(md, source, site.bodies));
}
