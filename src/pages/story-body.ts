/**
 * A story's body as HTML, from one markdown render (issue #14): the story page's copy and the full-text feed's copy
 * come from the same parse, and no main-thread state is touched, so worker threads can render bodies side by side
 * (src/build/story-bodies.ts). Pure.
 */
import { opensBody } from '../content/excerpt.ts';
import type { Post } from '../content/schema.ts';
import { type Markdown, renderBody } from '../markdown/create-markdown.ts';
import { fitWideContent } from '../markdown/embeds.ts';
import { sanitizeBody } from '../markdown/sanitize-body.ts';
import type { BodySettings } from '../site.ts';

/** What a body is rendered from: all a worker thread is sent. */
export type StoryBodySource = Pick<Post, 'body' | 'format' | 'excerpt'>;

export interface StoryBodyHtml {
  /** For the story page: sanitised when the `bodies` settings say so (issue #10), wide tables and embeds fitted. */
  readonly page: string;
  /** For full-text feeds: sanitised the same way, without the page's fitting classes and scroll boxes. */
  readonly feed: string;
  /** `src` of every markdown image written without alt text (`![](…)`), for a warning naming the post. */
  readonly imagesWithoutAlt: readonly string[];
  /** The excerpt is the body's own opening (no standfirst then: readers would read it twice). */
  readonly opensWithExcerpt: boolean;
}

export function renderStoryBody(md: Markdown, source: StoryBodySource, bodies: BodySettings): StoryBodyHtml {
  // A Jekyll `.html` post's body is HTML as written.
  const { html, imagesWithoutAlt } = source.format === 'html' ? { html: source.body, imagesWithoutAlt: [] } : renderBody(md, source.body);
  const feed = sanitizeBody(html, bodies);
  // Fitted after sanitising: its classes, styles and scroll boxes are the site's own, for the site's CSS.
  return { page: fitWideContent(feed), feed, imagesWithoutAlt, opensWithExcerpt: opensBody(md, source.excerpt, source.body) };
}
