/**
 * What the plugins of one Eleventy build share. Hooks run in a fixed order the plugins cannot get wrong:
 * 1. `onLoad`, after the posts are loaded: plan from them (collections, pages) and return problems (URL clashes);
 *    any problem stops the build before anything is written;
 * 2. `onStory`, as each story's page is written;
 * 3. `afterWrite`, once every page is written (wait for image encoding, report, prune caches).
 */
import type { ContentSet } from '../content/load.ts';
import type { Post } from '../content/schema.ts';
import type { Problem } from '../errors.ts';
import type { ImageRequest } from '../images/service.ts';
import type { ProcessedImage } from '../images/types.ts';

/**
 * The image pipeline as pages use it. Layouts render `<picture>`s themselves from images readied before the pages
 * are rendered (`prepare` then `lookup`), so no page is parsed again; only story bodies, whose HTML authors write,
 * are rewritten (`pictures`).
 */
export interface ImageHooks {
  /** Readies every image (header, plan and placeholder; encoding goes on in the background). */
  prepare(requests: readonly ImageRequest[]): Promise<void>;
  /** A readied image, synchronously; undefined when it was not readied or cannot be used. */
  lookup(sitePath: string): ProcessedImage | undefined;
  /** Story body HTML with each pipeline `<img>` as a `<picture>`. */
  pictures(html: string, referrer: string): Promise<string>;
  /** Story body HTML with each pipeline `<img>` as one published file with its size, for full-text feeds. */
  feedImages(html: string, referrer: string): Promise<string>;
  /** The link-preview (1200x630) file name of a site image, `<md5>-og.jpg`; undefined when it cannot be used. */
  linkPreview(sitePath: string, referrer: string): Promise<string | undefined>;
  /** The widest fallback (JPEG/PNG) variant of a site image up to `maxWidth`, such as the publisher logo. */
  fallbackImage(sitePath: string, referrer: string, maxWidth: number): Promise<{ fileName: string; width: number; height: number } | undefined>;
}

export interface BuildState {
  readonly onLoad: Array<(content: ContentSet) => Problem[]>;
  /** What the image pipeline offers the pages; unset when no images plugin is installed (plain `<img>`s). */
  images?: ImageHooks;
  /**
   * Told of each story as its page is written, with its body as rendered (the search index takes it from here).
   * Pages are written several at a time, so calls come in any order; `position` is the story's place among the
   * story pages of the plan (0, 1, 2, …), for whoever needs the same order in every build. A hook may return a
   * promise to hold the writer back (the search index, when Pagefind falls behind).
   */
  readonly onStory: Array<(post: Post, bodyHtml: string, position: number) => void | Promise<void>>;
  readonly afterWrite: Array<() => Promise<void>>;
}

export function createBuildState(): BuildState {
  return { onLoad: [], onStory: [], afterWrite: [] };
}
