/**
 * One post file normalized, with the site-folder check of every file it names (issue #10): what the loader runs per
 * post, in the main thread or in a worker thread (src/build/build-threads.ts). Reads only `locateSync`'s answer.
 */
import type { Problem } from '../errors.ts';
import { type Location, locateSync } from '../files/site-root.ts';
import type { Markdown } from '../markdown/create-markdown.ts';
import type { Site } from '../site.ts';
import { type Normalized, normalizePost, type SourceFile } from './normalize.ts';

export interface SourceContext {
  readonly site: Site;
  readonly md: Markdown;
  /** The site folder, symbolic links resolved. */
  readonly rootReal: string;
}

/** A post normalized, and every file it named with what was found there: what the result depends on beyond its file. */
export interface NormalizedSource extends Normalized {
  readonly looked: ReadonlyArray<readonly [sitePath: string, found: string]>;
}

export function normalizeSource(source: SourceFile, context: SourceContext): NormalizedSource {
  const outside: Problem[] = [];
  const looked: Array<readonly [string, string]> = [];
  const result = normalizePost(source, { site: context.site, md: context.md, fileExists: fileCheck(context.rootReal, source.path, outside, looked) });
  return { ...(outside.length === 0 ? result : { ...result, problems: [...result.problems, ...outside] }), looked };
}

/** What a post's `fileExists` found at a path, as a string two builds can compare. */
export function describeLocation(location: Location): string {
  return location.kind === 'outside' ? `outside ${location.target}` : location.kind;
}

/**
 * `fileExists` for one post: a path that resolves outside the site (a symbolic link out of it) does not count as
 * existing, and the post is told where the link leads.
 */
function fileCheck(rootReal: string, post: string, problems: Problem[], looked: Array<readonly [string, string]>): (sitePath: string) => boolean {
  return (sitePath) => {
    const location = locateSync(rootReal, sitePath);
    looked.push([sitePath, describeLocation(location)]);
    if (location.kind === 'outside') {
      problems.push({
        file: post,
        message: `names ${sitePath}, which leads through a symbolic link to ${location.target}, outside the site folder ${rootReal}; Broadsheet reads nothing outside the site.`,
        fix: 'Copy the file into the site (`npm run image -- path/to/photo.jpg`) and use the path it prints.',
      });
    }
    return location.kind === 'inside';
  };
}
