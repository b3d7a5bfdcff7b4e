/**
 * Turns a planned page into HTML with its layout. The per-page data a layout needs (links to a story's sections,
 * its neighbours, related stories) is looked up here, from collections computed once.
 */
import { Front } from '../../layouts/front.tsx';
import { IndexLayout } from '../../layouts/index-page.tsx';
import { Listing } from '../../layouts/listing.tsx';
import { NotFound } from '../../layouts/not-found.tsx';
import { PageLayout } from '../../layouts/page.tsx';
import { PostPage } from '../../layouts/post.tsx';
import { renderDocument } from '../../layouts/render.ts';
import { SearchLayout } from '../../layouts/search.tsx';
import type { Chrome } from '../../layouts/base.tsx';
import type { ImageLookup } from '../../layouts/components/picture.tsx';
import type { FunctionComponent } from 'preact';
import type { Collections } from '../collections/index.ts';
import type { TermIndex } from '../collections/terms.ts';
import { opensBody } from '../content/excerpt.ts';
import type { Post, Term } from '../content/schema.ts';
import type { Markdown } from '../markdown/create-markdown.ts';
import type { Problem } from '../errors.ts';
import type { BodySettings, Site } from '../site.ts';
import { authorUrl, categoryUrl, tagUrl } from '../urls/permalinks.ts';
import { breadcrumbLd, type LogoImage, newsArticleLd, storyTrail } from '../seo/json-ld.ts';
import { articleInfo } from '../seo/meta.ts';
import type { Link, PageSpec, StoryPage } from './plan.ts';
import { noTheme, type Theme, withSnippets } from '../theme/theme.ts';
import { renderStoryBody, type StoryBodyHtml } from './story-body.ts';
import { menuOrder, type PageNavigation } from '../eleventy/navigation.ts';

export interface RenderContext {
  readonly site: Site;
  readonly md: Markdown;
  readonly collections: Collections;
  readonly warn: (problem: Problem) => void;
  /** The image pipeline's readied images, for `<picture>`s in layouts; without it, plain `<img>`s. */
  readonly images?: ImageLookup;
  /** The site has a search page (`hasSearch` in ./plan.ts). */
  readonly search: boolean;
  /** The site's own stylesheets and snippets (src/theme/theme.ts); none when absent. */
  readonly theme?: Theme;
  /** What every page shares, when the build made it already (`chromeFor`); else made here. */
  readonly chrome?: Chrome;
}

/** How many sections the masthead links to. */
const navSections = 8;

/**
 * What every page shares. The masthead lists `navigation.masthead` in the owner's order (sections by name, pages by
 * their `eleventyNavigation` key, and links), else the biggest sections; pages that join a menu from their front
 * matter and are not named there follow, in their `order`. A name that matches nothing is left out and `warn`ed about.
 */
export function chromeFor(
  site: Site, collections: Collections, search: boolean, warn: (problem: Problem) => void = () => {}, theme: Theme = noTheme, pages: readonly PageNavigation[] = [],
): Chrome {
  const { groups } = collections.categories;
  const sectionLink = (group: (typeof groups)[number]): Link => ({ name: group.name, url: categoryUrl(site, group.slug) });
  const pageLink = (page: PageNavigation): Link => ({ name: page.key, url: page.url });
  const { masthead, footer, social } = site.navigation;
  const mastheadPages = menuOrder(pages.filter((page) => page.menu === 'masthead'));
  const placed = new Set<PageNavigation>();
  const listed = masthead === undefined
    ? groups.slice(0, navSections).map(sectionLink)
    : masthead.flatMap((item, index): Link[] => {
        if (typeof item !== 'string') return [{ name: item.label, url: item.url }];
        const wanted = item.trim().toLowerCase();
        const group = groups.find((candidate) => candidate.name.toLowerCase() === wanted || candidate.slug === wanted);
        if (group !== undefined) return [sectionLink(group)];
        const page = mastheadPages.find((candidate) => candidate.key.toLowerCase() === wanted);
        if (page !== undefined) {
          placed.add(page);
          return [pageLink(page)];
        }
        const names = [...groups.slice(0, 12).map((g) => g.name), ...mastheadPages.map((p) => p.key)];
        warn({ file: 'settings', field: `navigation.masthead[${index}]`, message: `names ${JSON.stringify(item)}, which is neither a section any story is in nor a page's eleventyNavigation key; it is left out of the masthead.`, fix: `Use one of: ${names.join(', ')}.` });
        return [];
      });
  return {
    site,
    search,
    nav: [...listed, ...mastheadPages.filter((page) => !placed.has(page)).map(pageLink)],
    footer: [...footer.map((link) => ({ name: link.label, url: link.url })), ...menuOrder(pages.filter((page) => page.menu === 'footer')).map(pageLink)],
    social: social.map((link) => ({ name: link.label, url: link.url })),
    stylesheets: theme.stylesheets.map((file) => `/${file.outputPath}`),
    breaking: collections.breaking,
  };
}

/** A post's terms as links to their pages, under each term's site-wide spelling. */
function termLinks(terms: readonly Term[], index: TermIndex, urlOf: (slug: string) => string): Link[] {
  return terms.flatMap((term) => {
    const group = index.byKey.get(term.key);
    return group ? [{ name: group.name, url: urlOf(group.slug) }] : [];
  });
}

/** What a page needs that only the image pipeline knows. */
export interface RenderExtras {
  /** Absolute URL of the story's 1200x630 link-preview image. */
  readonly linkPreview?: string | undefined;
  /** The publisher's logo, absolute. */
  readonly logo?: LogoImage | undefined;
  /** A story's body as `storyBody` rendered it and the pipeline rewrote its images; else rendered here. */
  readonly bodyHtml?: string | undefined;
  /** Whether the excerpt opens the body, found when the body was rendered; else found here. */
  readonly opensWithExcerpt?: boolean | undefined;
}

/** The warnings a rendered body gives, naming its post: one per markdown image without alt text. */
export function warnAboutBody(post: Post, body: StoryBodyHtml, warn: (problem: Problem) => void): void {
  for (const src of body.imagesWithoutAlt) {
    warn({ file: post.sourcePath, field: 'image', message: `${src} in the story has no alt text.`, fix: 'Describe what it shows: ![Workers sort ore at the plant](…).' });
  }
}

/**
 * A story's body as HTML for its page, sanitised when the site's `bodies` settings say so (issue #10), warning
 * (naming the post) about each markdown image without alt text. Before the image pipeline, whose `<picture>` markup
 * is its own.
 */
export function storyBody(post: Post, md: Markdown, warn: (problem: Problem) => void, bodies: BodySettings): string {
  const body = renderStoryBody(md, post, bodies);
  warnAboutBody(post, body, warn);
  return body.page;
}

/** A story's body for a full-text feed: as on its page, without the warnings the page already gave. */
export function feedBody(post: Post, md: Markdown, bodies: BodySettings): string {
  return renderStoryBody(md, post, bodies).feed;
}

/**
 * A page before it is rendered: its layout and everything the layout is given. Rendering a draft reads nothing else
 * but the generator's code, the theme and the readied images, so two drafts with the same props render the same
 * bytes: what an incremental build's page fingerprints rest on (src/build/page-cache.ts).
 */
export interface PageDraft {
  /** Each layout has props of its own; `props` are the ones it is given. */
  readonly layout: FunctionComponent<any>;
  readonly props: object;
}

function draftStory(spec: StoryPage, chrome: Chrome, context: RenderContext, extras: RenderExtras): PageDraft {
  const { post } = spec;
  const { site, md, collections } = context;
  const bodyHtml = extras.bodyHtml ?? storyBody(post, md, context.warn, site.bodies);
  if (post.layout !== 'post') {
    return { layout: PageLayout, props: { chrome, title: post.title, description: post.description, url: post.url, bodyHtml, showTitle: post.layout === 'page', draft: post.draft } };
  }
  const listed = collections.authors.some((group) => group.author.slug === post.author?.slug);
  const neighbours = collections.neighbours.get(post);
  const categories = termLinks(post.categories, collections.categories, (slug) => categoryUrl(site, slug));
  const tags = termLinks(post.tags, collections.tags, (slug) => tagUrl(site, slug));
  const image = extras.linkPreview === undefined ? undefined : { url: extras.linkPreview, alt: post.image?.alt ?? '', width: site.images.og.width, height: site.images.og.height };
  return { layout: PostPage, props: {
    chrome,
    post,
    bodyHtml,
    standfirst: (extras.opensWithExcerpt ?? opensBody(md, post.excerpt, post.body)) ? undefined : post.excerpt.html,
    categories,
    tags,
    image,
    article: articleInfo(post, { section: categories[0]?.name, tags: tags.map((tag) => tag.name) }),
    jsonLd: [
      newsArticleLd(post, { site, images: extras.linkPreview === undefined ? [] : [extras.linkPreview], logo: extras.logo, section: categories[0]?.name }),
      breadcrumbLd(site, storyTrail(site, post, categories[0])),
    ],
    author: post.author && listed ? { name: post.author.name, url: authorUrl(site, post.author.slug) } : undefined,
    previous: neighbours?.previous,
    next: neighbours?.next,
    related: collections.related.get(post) ?? [],
  } };
}

/** Renders pages of one build; builds the shared chrome once. */
export function createRenderer(context: RenderContext): (spec: PageSpec, extras?: RenderExtras) => string {
  const { draft, render } = createDrafter(context);
  return (spec, extras = {}) => render(draft(spec, extras));
}

/**
 * A page's draft, and the draft rendered in the site's theme: the two halves of `createRenderer`, for a build that
 * looks at a draft before deciding to render it.
 */
export function createDrafter(context: RenderContext): { draft: (spec: PageSpec, extras?: RenderExtras) => PageDraft; render: (draft: PageDraft) => string } {
  const chrome = context.chrome ?? chromeFor(context.site, context.collections, context.search, context.warn, context.theme);
  const { site, collections } = context;
  const sectionLinks = collections.front.sections.map((section) => ({ name: section.group.name, url: categoryUrl(site, section.group.slug) }));
  const theme = context.theme ?? noTheme;
  return {
    draft: draftPage(chrome, context, sectionLinks),
    render: ({ layout, props }) => withSnippets(renderDocument(layout, props, context.images), theme),
  };
}

function draftPage(chrome: Chrome, context: RenderContext, sectionLinks: readonly Link[]): (spec: PageSpec, extras?: RenderExtras) => PageDraft {
  const { collections } = context;
  return (spec, extras = {}) => {
    switch (spec.kind) {
      case 'story':
        return draftStory(spec, chrome, context, extras);
      case 'front':
        return { layout: Front, props: { chrome, spec, front: collections.front, sectionLinks } };
      case 'listing':
        return { layout: Listing, props: { chrome, spec } };
      case 'index':
        return { layout: IndexLayout, props: { chrome, spec } };
      case 'search':
        return { layout: SearchLayout, props: { chrome, spec } };
      case 'not-found':
        return { layout: NotFound, props: { chrome, spec } };
    }
  };
}


/** An owner's page (`pages/`, `layout: page`): its rendered content inside the site's chrome and theme. */
export function renderOwnerPage(chrome: Chrome, theme: Theme, page: { title: string; description: string; url: string; content: string }): string {
  const props = { chrome, title: page.title, description: page.description, url: page.url, bodyHtml: page.content, showTitle: page.title !== '' };
  return withSnippets(renderDocument(PageLayout, props), theme);
}
