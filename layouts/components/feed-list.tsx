import { describeChannel, type FeedFormat, feedFormats, type FeedSubject } from '../../src/feeds/channels.ts';
import { href } from '../../src/urls/permalinks.ts';
import type { Site } from '../../src/site.ts';

const formats: readonly FeedFormat[] = ['atom', 'rss', 'json'];

/**
 * Visible links to the Atom, RSS and JSON feeds of the site, a section or an author: the same channels as the
 * `<link rel="alternate">` tags in the head (src/feeds/links.ts), linked site-relative so the link check sees them.
 */
export function FeedList({ site, subject, label }: { site: Site; subject: FeedSubject; label: string }) {
  const { urls } = describeChannel(site, subject);
  return (
    <p class="feeds">
      <span class="feeds__label">{label}</span>{' '}
      {formats.map((format, index) => (
        <>
          {index > 0 ? ' · ' : null}
          <a href={href(site, urls[format])} type={feedFormats[format].contentType}>
            {feedFormats[format].label}
          </a>
        </>
      ))}
    </p>
  );
}
