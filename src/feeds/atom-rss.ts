/**
 * Atom 1.0 (RFC 4287) and RSS 2.0 documents, written by `feed` (issue #5: a well-kept library, not hand-made XML).
 *
 * `feed` writes through xml-js, which escapes text but leaves three gaps this module closes for it:
 * - attribute values get only `"` escaped, so `&` and `<` in a section name or an image URL are escaped here;
 * - in CDATA only the first `]]>` is split, so every `]]>` is written `]]&gt;` (the same text to HTML, and the XML
 *   stays well-formed whatever a title or story holds);
 * - characters XML 1.0 forbids (C0 controls, lone surrogates) are passed through, so they are dropped here.
 * Atom titles and summaries are sent as `type="html"`, so their text is HTML-escaped; RSS titles stay plain text.
 * The Atom enclosure's `type` is `feed`'s guess from the extension (`image/jpg` for `.jpg`); RSS gets ours.
 */
import { Feed, type Item } from 'feed';
import { escapeHtml } from '../images/picture.ts';
import { type FeedDocument, generator } from './document.ts';
import type { FeedEntry } from './entries.ts';

/** The Dublin Core namespace of `<dc:creator>`, RSS's author by name (RSS's own `<author>` is an e-mail address). */
const dublinCore = 'http://purl.org/dc/elements/1.1/';

/** Characters outside XML 1.0's `Char` production (XML 1.0 §2.2). */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function xmlText(text: string): string {
  return text.replace(notXmlChar, '');
}

function xmlAttribute(value: string): string {
  return xmlText(value).replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function cdata(text: string): string {
  return xmlText(text).replace(/\]\]>/g, ']]&gt;');
}

function newFeed(document: FeedDocument): Feed {
  return new Feed({
    id: document.urls.atom,
    title: xmlText(document.title),
    description: xmlText(document.description),
    link: document.home,
    language: document.language,
    updated: document.updated,
    generator,
    feedLinks: { atom: document.urls.atom, rss: document.urls.rss },
    author: { name: xmlText(document.publisher.name), link: document.publisher.url },
  });
}

function atomItem(entry: FeedEntry): Item {
  return {
    title: escapeHtml(xmlText(entry.title)),
    link: entry.url,
    date: entry.updated,
    published: entry.published,
    description: cdata(escapeHtml(entry.summary)),
    ...(entry.contentHtml === undefined ? {} : { content: cdata(entry.contentHtml) }),
    ...(entry.author === undefined ? {} : { author: [{ name: xmlText(entry.author.name), link: entry.author.url }] }),
    category: entry.categories.map((name) => ({ term: xmlAttribute(name) })),
    ...(entry.image === undefined ? {} : { image: { url: xmlAttribute(entry.image.url), type: entry.image.type } }),
  };
}

function rssItem(entry: FeedEntry): Item {
  return {
    title: cdata(entry.title),
    link: entry.url,
    date: entry.updated,
    published: entry.published,
    description: cdata(escapeHtml(entry.summary)),
    ...(entry.contentHtml === undefined ? {} : { content: cdata(entry.contentHtml) }),
    category: entry.categories.map((name) => ({ name: xmlText(name) })),
    // RSS 2.0 requires a length; the preview's size in bytes is not known when feeds are planned, and 0 is the
    // value readers and validators accept for "unknown".
    ...(entry.image === undefined ? {} : { image: { url: xmlAttribute(entry.image.url), type: entry.image.type, length: 0 } }),
    // Declared on the element itself: `feed` declares the `dc` prefix on `<rss>` only when an item has content.
    ...(entry.author === undefined ? {} : { extensions: [{ name: 'dc:creator', objects: { _attributes: { 'xmlns:dc': dublinCore }, _text: xmlText(entry.author.name) } }] }),
  };
}

export function renderAtom(document: FeedDocument): string {
  const feed = newFeed(document);
  for (const entry of document.entries) feed.addItem(atomItem(entry));
  return feed.atom1();
}

export function renderRss(document: FeedDocument): string {
  const feed = newFeed(document);
  for (const entry of document.entries) feed.addItem(rssItem(entry));
  return feed.rss2();
}
