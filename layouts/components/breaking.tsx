import { withoutBreakingLabel } from '../../src/content/breaking-title.ts';
import type { Post } from '../../src/content/schema.ts';
import { homeUrl, href } from '../../src/urls/permalinks.ts';
import type { Site } from '../../src/site.ts';
import { Time } from './time.tsx';

/**
 * Breaking news (issue #15), as src/collections/breaking.ts chose it: the strip above the front page's lead, and a
 * line in the masthead of every other page. Both print their own "Breaking" label, so a headline written
 * "Breaking: Port shut" shows as "Port shut" beside it (the story keeps its title everywhere else). Plain links in
 * server-rendered HTML: nothing loads later, so nothing moves, and they work without JavaScript.
 */

/** The strip's id: the masthead line's "more" link points at it. */
const stripId = 'breaking';

export interface BreakingProps {
  /** The breaking stories, newest first. */
  stories: readonly Post[];
  site: Site;
}

/**
 * The front page's strip: each breaking story's headline, linked, its time and its dek. The front page's `h1` is
 * the site's name, so the strip is an `h2` with its stories' headlines `h3`s, before the lead's.
 */
export function BreakingStrip({ stories, site }: BreakingProps) {
  if (stories.length === 0) return null;
  return (
    <section class="breaking" id={stripId} aria-labelledby="breaking-heading">
      <h2 class="breaking__label" id="breaking-heading">
        Breaking<span class="visually-hidden"> news</span>
      </h2>
      <ul class="breaking__list">
        {stories.map((post) => (
          <li class="breaking__item">
            <h3 class="breaking__headline">
              <a href={href(site, post.url)}>{withoutBreakingLabel(post.title)}</a>
            </h3>
            <p class="breaking__time">
              <Time date={post.date} site={site} dateOnly={post.dateOnly} />
            </p>
            {post.description === '' ? null : <p class="breaking__dek">{post.description}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface BreakingLineProps extends BreakingProps {
  /** The page's own URL path: on the breaking story's own page its link is the current page. */
  url: string;
}

/**
 * The masthead's line on every page but the front page: the newest breaking story, linked, and how many more
 * there are, linked to the front page's strip. A labelled region, so a screen reader can find it among the
 * landmarks; its label reads "Breaking:" without styles.
 */
export function BreakingLine({ stories, site, url }: BreakingLineProps) {
  const [newest, ...others] = stories;
  if (newest === undefined) return null;
  return (
    <section class="breaking-line" aria-label="Breaking news">
      <p class="breaking-line__inner">
        <span class="breaking-line__label">
          Breaking<span class="visually-hidden">:</span>
        </span>{' '}
        <a class="breaking-line__story" href={href(site, newest.url)} aria-current={newest.url === url ? 'page' : undefined}>
          {withoutBreakingLabel(newest.title)}
        </a>
        {others.length === 0 ? null : (
          <>
            {' '}
            <a class="breaking-line__more" href={`${href(site, homeUrl)}#${stripId}`}>
              {others.length} more<span class="visually-hidden"> breaking {others.length === 1 ? 'story' : 'stories'}</span>
            </a>
          </>
        )}
      </p>
    </section>
  );
}
