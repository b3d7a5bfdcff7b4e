/**
 * What the plugins of one Eleventy build share. Hooks run in a fixed order the plugins cannot get wrong:
 * 1. `onLoad`, after the posts are loaded: plan from them (collections, pages) and return problems (URL clashes);
 *    any problem stops the build before anything is written;
 * 2. `transforms`, on every page's HTML before it is written (responsive images);
 * 3. `afterWrite`, once every page is written (wait for image encoding, report, prune caches).
 */
import type { ContentSet } from '../content/load.ts';
import type { Problem } from '../errors.ts';

export interface PageRef {
  /** The post file or generator page behind the page, for messages. */
  readonly source: string;
  readonly url: string;
}

export interface BuildState {
  readonly onLoad: Array<(content: ContentSet) => Problem[]>;
  /**
   * The link-preview (1200x630) file name of a site image, `<md5>-og.jpg`, named by content: only the image
   * pipeline knows the md5, so the images plugin provides this. Undefined when the image cannot be used.
   */
  linkPreview?: (sitePath: string, referrer: string) => Promise<string | undefined>;
  /** The widest fallback (JPEG/PNG) variant of a site image up to `maxWidth`, such as the publisher logo. */
  fallbackImage?: (sitePath: string, referrer: string, maxWidth: number) => Promise<{ fileName: string; width: number; height: number } | undefined>;
  readonly transforms: Array<(html: string, page: PageRef) => Promise<string>>;
  readonly afterWrite: Array<() => Promise<void>>;
}

export function createBuildState(): BuildState {
  return { onLoad: [], transforms: [], afterWrite: [] };
}
