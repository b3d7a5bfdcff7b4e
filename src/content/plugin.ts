/**
 * Eleventy adapter for content: before every build (and every rebuild under `serve`) it loads and validates all
 * posts, so a problem stops the build before anything is written, and hands them to the `onLoad` hooks.
 */
import { ContentError, formatProblem, plural, strictFailure } from '../errors.ts';
import type { BuildOptions } from '../build/options.ts';
import type { BuildState } from '../build/state.ts';
import { createMarkdown } from '../markdown/create-markdown.ts';
import type { EleventyConfig } from '../types/eleventy.ts';
import { type ContentSet, loadContent } from './load.ts';

export function describeLeftOut(content: ContentSet): string {
  const { drafts, future } = content.leftOut;
  if (drafts + future === 0) return `${plural(content.posts.length, 'post')}.`;
  const reasons = [
    drafts > 0 ? `${plural(drafts, 'draft')} (build with --drafts to include)` : '',
    future > 0 ? `${future} dated in the future (build with --future to include)` : '',
  ].filter((reason) => reason !== '');
  return `${plural(content.posts.length, 'post')}; left out ${plural(drafts + future, 'post')}: ${reasons.join(', ')}.`;
}

export function contentPlugin(config: EleventyConfig, options: BuildOptions & { state: BuildState }): void {
  const md = createMarkdown({ pathPrefix: options.site.pathPrefix });
  config.addWatchTarget(`${options.root}/posts/`);
  // A Jekyll site's posts live in `_posts/` folders anywhere (issue #11).
  config.addWatchTarget(`${options.root}/**/_posts/**`);
  // What Liquid in bodies reads (issue #12).
  config.addWatchTarget(`${options.root}/_includes/**`);
  config.addWatchTarget(`${options.root}/_data/**`);
  config.on('eleventy.before', async () => {
    for (const warning of options.warnings) console.warn(`[broadsheet] warning: ${formatProblem(warning)}`);
    const content = await loadContent({ ...options, md, now: options.buildTime ?? new Date() });
    const problems = options.state.onLoad.flatMap((hook) => hook(content));
    if (problems.length > 0) throw new ContentError(`${plural(problems.length, 'problem')} across the site; nothing was written:`, problems);
    const strict = strictFailure(options.strict, [...options.warnings, ...content.warnings], 'the settings and posts');
    if (strict !== undefined) throw strict;
    for (const warning of content.warnings) console.warn(`[broadsheet] warning: ${formatProblem(warning)}`);
    console.log(`[broadsheet] ${describeLeftOut(content)}`);
  });
}
