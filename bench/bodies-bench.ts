/**
 * What Liquid and build-time highlighting cost per story (issue #12), in process, as ratios against a bare
 * markdown-it render of the same bodies measured in the same run (interleaved, medians of `runs`):
 *
 * - `bare markdown-it`: `new MarkdownIt()` over bodies with one fenced code block each (the baseline);
 * - `Broadsheet markdown, no highlighting`: the site's markdown (kramdown syntax) with the fences' languages removed;
 * - `Broadsheet markdown`: the same bodies with their languages, so fences are highlighted;
 * - `Liquid stage`: `renderLiquid` over the same posts with a Jekyll post's Liquid (`{{ page.title }}`, an include,
 *   `post_url`, a `for` over `site.posts`, `{% highlight %}`), before markdown.
 *
 * Highlighting's cost is the third row less the second; Liquid's is the fourth row.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import MarkdownIt from 'markdown-it';
import { normalizePost } from '../src/content/normalize.ts';
import type { Post } from '../src/content/schema.ts';
import { realRoot } from '../src/files/site-root.ts';
import { renderLiquid } from '../src/liquid/render-posts.ts';
import { createMarkdown } from '../src/markdown/create-markdown.ts';
import { defaultSettings } from '../src/site.ts';
import { body, headline } from './corpus-text.ts';
import { mulberry32 } from './random.ts';

export interface BodiesOptions {
  readonly posts: number;
  readonly runs: number;
  readonly seed: number;
}

export interface BodiesRow {
  readonly label: string;
  /** Median milliseconds for all the posts. */
  readonly ms: number;
  readonly overBaseline: number;
}

export interface BodiesResult {
  readonly posts: number;
  readonly rows: readonly BodiesRow[];
  /** Milliseconds per 1,000 posts that highlighting and Liquid add. */
  readonly highlightPer1000Ms: number;
  readonly liquidPer1000Ms: number;
}

const code = ['```ts', 'export function total(items: readonly number[]): number {', '  let sum = 0;', '  for (const item of items) sum += item; // add up', '  return sum;', '}', '', 'console.log(total([1, 2, 3]), "done");', '```'].join('\n');

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function benchBodies(options: BodiesOptions): Promise<BodiesResult> {
  const random = mulberry32(options.seed);
  const site = { ...defaultSettings(), timeZone: 'UTC' };
  const md = createMarkdown();
  const bare = new MarkdownIt();
  const root = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-bodies-bench-'));
  try {
    mkdirSync(path.join(root, '_includes'));
    writeFileSync(path.join(root, '_includes/sig.md'), '*Filed by {{ include.who }} for {{ site.title }}*');
    const plain: string[] = [];
    const liquidPosts: Post[] = [];
    for (let i = 0; i < options.posts; i++) {
      const day = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString().slice(0, 10);
      const text = body(random, 400);
      plain.push(`${text}\n\n${code}\n`);
      const liquid = [
        `{{ page.title }}: ${text}`,
        code,
        '{% highlight ruby %}\ndef total(items)\n  items.sum # add up\nend\n{% endhighlight %}',
        i > 0 ? `Earlier: [the last story]({% post_url ${new Date(Date.UTC(2024, 0, 1) + (i - 1) * 3_600_000).toISOString().slice(0, 10)}-story-${i - 1} %}).` : '',
        '{% for p in site.posts limit:3 %}- [{{ p.title }}]({{ p.url | relative_url }})\n{% endfor %}',
        '{% include sig.md who="the desk" %}',
      ].join('\n\n');
      const file = `_posts/${day}-story-${i}.md`;
      const normalized = normalizePost({ path: file, text: `---\ntitle: "${headline(random).replace(/"/g, '')}"\n---\n${liquid}\n` }, { site, md, fileExists: () => false });
      if (normalized.post === undefined) throw new Error(`bench: ${file} did not normalize: ${JSON.stringify(normalized.problems)}`);
      liquidPosts.push(normalized.post);
    }
    const unhighlighted = plain.map((text) => text.replace('```ts', '```'));
    const rootReal = realRoot(root);
    const posts = [...liquidPosts].reverse();
    const variants: ReadonlyArray<readonly [string, () => Promise<void> | void]> = [
      ['bare markdown-it', () => void plain.forEach((text) => bare.render(text))],
      ['Broadsheet markdown, no highlighting', () => void unhighlighted.forEach((text) => md.render(text))],
      ['Broadsheet markdown', () => void plain.forEach((text) => md.render(text))],
      ['Liquid stage', async () => {
        const result = await renderLiquid({ rootReal, site, md, posts, staticFiles: [], time: new Date('2025-12-01T00:00:00Z') });
        if (result.problems.length > 0) throw new Error(`bench: Liquid failed: ${JSON.stringify(result.problems.slice(0, 3))}`);
      }],
    ];
    const times = variants.map((): number[] => []);
    // One warm-up round, then `runs` rounds, interleaved so a busy moment on the machine hits every variant alike.
    for (let round = 0; round <= options.runs; round++) {
      for (const [index, [, run]] of variants.entries()) {
        const start = performance.now();
        await run();
        if (round > 0) times[index]?.push(performance.now() - start);
      }
    }
    const medians = times.map(median);
    const baseline = medians[0] ?? 1;
    const rows = variants.map(([label], index) => ({ label, ms: medians[index] ?? 0, overBaseline: (medians[index] ?? 0) / baseline }));
    const per1000 = 1000 / options.posts;
    return {
      posts: options.posts,
      rows,
      highlightPer1000Ms: ((medians[2] ?? 0) - (medians[1] ?? 0)) * per1000,
      liquidPer1000Ms: (medians[3] ?? 0) * per1000,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export function formatBodiesResult(result: BodiesResult): string {
  const lines = [`Story bodies at ${result.posts.toLocaleString('en')} posts (in process, medians; baseline: bare markdown-it)`];
  for (const row of result.rows) lines.push(`  ${row.label.padEnd(38)} ${row.ms.toFixed(0).padStart(7)} ms  ${row.overBaseline.toFixed(2)}x`);
  lines.push(`  highlighting adds ${result.highlightPer1000Ms.toFixed(0)} ms per 1,000 posts (one fenced block each); the Liquid stage takes ${result.liquidPer1000Ms.toFixed(0)} ms per 1,000 posts`);
  return lines.join('\n');
}
