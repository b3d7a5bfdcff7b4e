import type { ComponentChildren } from 'preact';
import type { Link, Pager } from '../src/pages/plan.ts';
import { homeUrl, href, indexUrls, searchUrl } from '../src/urls/permalinks.ts';
import type { FeedSubject } from '../src/feeds/channels.ts';
import { feedLinks } from '../src/feeds/links.ts';
import { iconLinks } from '../src/icons/links.ts';
import { jsonLdScript, type JsonValue } from '../src/seo/json-ld.ts';
import { type ArticleInfo, type OgImage, pageMeta } from '../src/seo/meta.ts';
import type { Post } from '../src/content/schema.ts';
import type { Site } from '../src/site.ts';
import { BreakingLine } from './components/breaking.tsx';
import { FeedList } from './components/feed-list.tsx';

/** What every page shares: the site, the masthead's links, the footer's links and social profiles. */
export interface Chrome {
  readonly site: Site;
  readonly nav: readonly Link[];
  /** The owner's footer links (About, Contact…), after the site's own. */
  readonly footer: readonly Link[];
  /** Social profiles, linked with `rel="me"`. */
  readonly social: readonly Link[];
  /** The site's own stylesheets (URL paths), linked after Broadsheet's. */
  readonly stylesheets: readonly string[];
  /** The site has a search page (src/pages/plan.ts `hasSearch`): the masthead shows the search box. */
  readonly search: boolean;
  /** The stories breaking at the build's clock, newest first (src/collections/breaking.ts), for the masthead. */
  readonly breaking: readonly Post[];
}

export interface BaseProps {
  chrome: Chrome;
  /** Page title without the site name. Empty on the front page. */
  title: string;
  description: string;
  /** The page's own URL path: canonical link and the current section in the masthead. */
  url: string;
  /** For paginated pages: `<link rel="prev|next">`. */
  pager?: Pager | undefined;
  /** The link-preview image (absolute URL), for Open Graph and Twitter cards. */
  image?: OgImage | undefined;
  /** Stories: `og:type` article with its times, section and tags. */
  article?: ArticleInfo | undefined;
  /** This page's own feeds (a section's, an author's), announced after the site's. */
  feed?: FeedSubject | undefined;
  /** Structured data, each rendered in its own `<script type="application/ld+json">`, escaped for it. */
  jsonLd?: readonly JsonValue[];
  /** Extra `<head>` elements of one page (the search page's stylesheet and scripts). */
  head?: ComponentChildren;
  /**
   * The front page: the site's name in the masthead is the page's one `h1`. Every other page has its own `h1` in
   * `main`, and the name is a plain link.
   */
  titleIsHeading?: boolean;
  /** The page shows the breaking stories itself (the front page's strip), so the masthead leaves out its line. */
  breakingShown?: boolean;
  children: ComponentChildren;
}

/** A menu link: a path on the site gets the path prefix; an absolute URL is used as it is. */
function linkHref(site: Site, url: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? href(site, url) : url;
}

/** The HTML shell every page shares: head, skip link, masthead with sections, main, footer. Works without JavaScript. */
export function Base({ chrome, title, description, url, pager, image, article, feed, jsonLd = [], head, titleIsHeading = false, breakingShown = false, children }: BaseProps) {
  const { site, nav } = chrome;
  const meta = pageMeta({ site, url, title, description, image, article });
  const feeds = [...feedLinks(site, { kind: 'site' }), ...(feed ? feedLinks(site, feed) : [])];
  const prev = pager && pager.current > 1 ? pager.urls[pager.current - 2] : undefined;
  const next = pager ? pager.urls[pager.current] : undefined;
  return (
    <html lang={meta.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{meta.title}</title>
        <meta name="description" content={meta.description} />
        <link rel="canonical" href={meta.canonical} />
        {meta.tags.map((tag) => (
          <meta {...tag} />
        ))}
        {jsonLd.map((value) => (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(value) }} />
        ))}
        {prev ? <link rel="prev" href={href(site, prev)} /> : null}
        {next ? <link rel="next" href={href(site, next)} /> : null}
        {feeds.map((link) => (
          <link rel="alternate" type={link.type} title={link.title} href={link.href} />
        ))}
        {iconLinks(site).map((link) => (
          <link {...link} />
        ))}
        {site.manifest.themeColor === undefined ? null : <meta name="theme-color" content={site.manifest.themeColor} />}
        <link rel="stylesheet" href={href(site, '/assets/css/site.css')} />
        {chrome.stylesheets.map((stylesheet) => (
          <link rel="stylesheet" href={href(site, stylesheet)} />
        ))}
        {head}
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="masthead">
          <div class="masthead__inner">
            <Nameplate site={site} heading={titleIsHeading} />
            {chrome.search ? (
              <form class="masthead__search" role="search" action={href(site, searchUrl)} method="get">
                <label class="visually-hidden" for="masthead-search">
                  Search stories
                </label>
                <input id="masthead-search" type="search" name="q" placeholder="Search stories" />
                <button type="submit">Search</button>
              </form>
            ) : null}
          </div>
          {nav.length > 0 ? (
            <nav class="sections" aria-label="Sections">
              <ul class="sections__list">
                {nav.map((link) => (
                  <li>
                    <a href={linkHref(site, link.url)} aria-current={link.url.startsWith('/') && link.url !== '/' && url.startsWith(link.url) ? 'page' : undefined}>
                      {link.name}
                    </a>
                  </li>
                ))}
                <li>
                  <a href={href(site, indexUrls.category)} aria-current={url === indexUrls.category ? 'page' : undefined}>
                    All sections
                  </a>
                </li>
              </ul>
            </nav>
          ) : null}
          {breakingShown ? null : <BreakingLine stories={chrome.breaking} site={site} url={url} />}
        </header>
        <main id="main">{children}</main>
        <footer class="footer">
          <div class="footer__inner">
            <p class="footer__title">
              <a href={href(site, homeUrl)}>{site.title}</a>
            </p>
            <nav class="footer__nav" aria-label="Site">
              <ul class="footer__links">
                <li>
                  <a href={href(site, indexUrls.category)}>Sections</a>
                </li>
                <li>
                  <a href={href(site, indexUrls.tag)}>Tags</a>
                </li>
                <li>
                  <a href={href(site, indexUrls.author)}>Authors</a>
                </li>
                {chrome.search ? (
                  <li>
                    <a href={href(site, searchUrl)}>Search</a>
                  </li>
                ) : null}
                {chrome.footer.map((link) => (
                  <li>
                    <a href={linkHref(site, link.url)}>{link.name}</a>
                  </li>
                ))}
              </ul>
            </nav>
            {chrome.social.length > 0 ? (
              <nav class="footer__social" aria-label="Follow us">
                <ul class="footer__links">
                  {chrome.social.map((link) => (
                    <li>
                      <a href={linkHref(site, link.url)} rel="me">
                        {link.name}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
            <FeedList site={site} subject={{ kind: 'site' }} label="Feeds:" />
            {site.description ? <p class="footer__about">{site.description}</p> : null}
          </div>
        </footer>
      </body>
    </html>
  );
}

/** The site's name at the top of every page: the front page's `h1`, a link home everywhere else. */
function Nameplate({ site, heading }: { site: Site; heading: boolean }) {
  const name = (
    <a class="masthead__title" href={href(site, homeUrl)}>
      {site.title}
    </a>
  );
  return (
    <div class="masthead__brand">
      {heading ? <h1 class="masthead__name">{name}</h1> : <p class="masthead__name">{name}</p>}
      {site.description ? <p class="masthead__tagline">{site.description}</p> : null}
    </div>
  );
}
