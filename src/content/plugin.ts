/**
 * Eleventy adapter for content: before every build (and every rebuild under `serve`) it loads and validates all
 * posts, so a problem stops the build before anything is written, and hands them to the `onLoad` hooks.
 */
import { ContentError, formatProblem, plural, strictFailure } from '../errors.ts';
import type { BuildOptions } from '../build/options.ts';
import type { BuildState } from '../build/state.ts';
import { createMarkdown } from '../markdown/create-markdown.ts';
import { realRoot } from '../files/site-root.ts';
import { renderLiquid } from '../liquid/render-posts.ts';
import { readConfigValues } from '../liquid/site-files.ts';
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
    const now = options.buildTime ?? new Date();
    const loaded = await loadContent({ ...options, md, now });
    const rootReal = realRoot(options.root);
    const liquid = await renderLiquid({
      rootReal, site: options.site, md, posts: loaded.posts, staticFiles: loaded.staticFiles, time: now,
      ...(options.jekyll ? { config: readConfigValues(rootReal) } : {}),
    });
    if (liquid.problems.length > 0) throw new ContentError(`${plural(liquid.problems.length, 'problem')} in the posts' Liquid; nothing was written:`, liquid.problems);
    const content: ContentSet = { ...loaded, posts: liquid.posts, warnings: [...loaded.warnings, ...liquid.warnings] };
    const problems = options.state.onLoad.flatMap((hook) => hook(content));
    if (problems.length > 0) throw new ContentError(`${plural(problems.length, 'problem')} across the site; nothing was written:`, problems);
    const strict = strictFailure(options.strict, [...options.warnings, ...content.warnings], 'the settings and posts');
    if (strict !== undefined) throw strict;
    for (const warning of content.warnings) console.warn(`[broadsheet] warning: ${formatProblem(warning)}`);
    console.log(`[broadsheet] ${describeLeftOut(content)}`);
  });
}
