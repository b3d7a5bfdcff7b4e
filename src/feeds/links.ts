/**
 * Feed autodiscovery (issue #5): the `<link rel="alternate" type=… title=… href=…>` tags a layout puts in `<head>`
 * so browsers and readers find a page's feeds. Absolute, like jekyll-feed's `feed_meta`, so a copied page still
 * points home.
 */
import { absoluteUrl } from '../urls/permalinks.ts';
import type { Site } from '../site.ts';
import { describeChannel, type FeedFormat, feedFormats, type FeedSubject } from './channels.ts';

export interface FeedLink {
  readonly type: string;
  readonly title: string;
  readonly href: string;
}

const order: readonly FeedFormat[] = ['atom', 'rss', 'json'];

/** The Atom, RSS and JSON feeds of the site, a section or an author, in that order. */
export function feedLinks(site: Site, subject: FeedSubject): FeedLink[] {
  const channel = describeChannel(site, subject);
  return order.map((format) => ({
    type: feedFormats[format].contentType,
    title: `${channel.title} (${feedFormats[format].label})`,
    href: absoluteUrl(site, channel.urls[format]),
  }));
}
