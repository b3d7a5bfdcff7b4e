/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Written from a typed object rather than by `feed`, whose
 * `json1()` writes version 1 with the deprecated single `author`, and puts a plain-text summary in `content_html`.
 * JSON.stringify does all the escaping a JSON document needs.
 */
import type { FeedDocument } from './document.ts';
import type { FeedEntry, FeedPerson } from './entries.ts';

interface JsonFeedAuthor {
  readonly name: string;
  readonly url: string;
}

interface JsonFeedItem {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly content_html?: string;
  readonly content_text?: string;
  readonly summary?: string;
  readonly image?: string;
  readonly date_published: string;
  readonly date_modified?: string;
  readonly authors?: readonly JsonFeedAuthor[];
  readonly tags?: readonly string[];
}

interface JsonFeed {
  readonly version: 'https://jsonfeed.org/version/1.1';
  readonly title: string;
  readonly home_page_url: string;
  readonly feed_url: string;
  readonly description: string;
  readonly language: string;
  readonly authors: readonly JsonFeedAuthor[];
  readonly items: readonly JsonFeedItem[];
}

const author = (person: FeedPerson): JsonFeedAuthor => ({ name: person.name, url: person.url });

function item(entry: FeedEntry): JsonFeedItem {
  // Full text: the story's HTML, with the summary beside it. Summaries: the summary is the item's text.
  const content = entry.contentHtml === undefined ? { content_text: entry.summary } : { content_html: entry.contentHtml, summary: entry.summary };
  return {
    id: entry.url,
    url: entry.url,
    title: entry.title,
    ...content,
    ...(entry.image === undefined ? {} : { image: entry.image.url }),
    date_published: entry.published.toISOString(),
    ...(entry.updated.getTime() === entry.published.getTime() ? {} : { date_modified: entry.updated.toISOString() }),
    ...(entry.author === undefined ? {} : { authors: [author(entry.author)] }),
    ...(entry.categories.length === 0 ? {} : { tags: entry.categories }),
  };
}

export function renderJsonFeed(document: FeedDocument): string {
  const feed: JsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: document.title,
    home_page_url: document.home,
    feed_url: document.urls.json,
    description: document.description,
    language: document.language,
    authors: [author(document.publisher)],
    items: document.entries.map(item),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
