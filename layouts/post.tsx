import type { Post } from '../src/content/schema.ts';
import type { Link } from '../src/pages/plan.ts';
import type { JsonValue } from '../src/seo/json-ld.ts';
import type { ArticleInfo, OgImage } from '../src/seo/meta.ts';
import { href } from '../src/urls/permalinks.ts';
import { Base, type Chrome } from './base.tsx';
import { AuthorBox } from './components/author-box.tsx';
import { Byline } from './components/byline.tsx';
import { CardGrid } from './components/card-grid.tsx';
import { DraftMark } from './components/draft-mark.tsx';
import { Picture } from './components/picture.tsx';
import { Share } from './components/share.tsx';
import { Terms } from './components/terms.tsx';

/** The lead image's slot (site.css `.story__image`): wider than the text column on wide screens. */
const leadImageSizes = '(min-width: 64rem) 60rem, (min-width: 44rem) 40rem, 100vw';

export interface PostPageProps {
  chrome: Chrome;
  post: Post;
  /** The rendered markdown body, injected as raw HTML (sanitised when the site's `bodies.sanitize` is on). */
  bodyHtml: string;
  /**
   * The standfirst under the headline: the excerpt's HTML (emphasis, links and code only), left out when the
   * excerpt is the story's own opening, which readers would then read twice (`opensBody`).
   */
  standfirst?: string | undefined;
  categories: readonly Link[];
  tags: readonly Link[];
  author?: Link | undefined;
  /** Older and newer story in the post's first category. */
  previous?: Post | undefined;
  next?: Post | undefined;
  related: readonly Post[];
  /** The link-preview image, Open Graph article data and structured data for the head. */
  image?: OgImage | undefined;
  article: ArticleInfo;
  jsonLd: readonly JsonValue[];
}

/**
 * A story: the article (section label, headline, standfirst, byline, lead image, body, terms, share links, the
 * author's box), then neighbours and related stories.
 */
export function PostPage({ chrome, post, bodyHtml, standfirst, categories, tags, author, previous, next, related, image, article, jsonLd }: PostPageProps) {
  const { site } = chrome;
  return (
    <Base
      chrome={chrome}
      title={post.title}
      description={post.description}
      url={post.url}
      image={image}
      article={article}
      jsonLd={jsonLd}
      head={site.story.share.length > 0 ? <script src={href(site, '/assets/js/share.js')} defer /> : undefined}
    >
      <article class="story">
        <header class="story__header">
          {categories[0] ? (
            <p class="story__section">
              <a href={href(site, categories[0].url)}>{categories[0].name}</a>
            </p>
          ) : null}
          <h1 class="story__headline">
            {post.title}
            {post.draft ? <DraftMark /> : null}
          </h1>
          {standfirst === undefined || standfirst === '' ? null : <div class="story__dek" dangerouslySetInnerHTML={{ __html: standfirst }} />}
          <Byline post={post} site={site} author={author} readingMinutes={post.readingMinutes} />
        </header>
        {post.image ? (
          <figure class="story__image">
            <Picture site={site} src={post.image.src} alt={post.image.alt} sizes={leadImageSizes} lead />
            {post.image.caption ? <figcaption>{post.image.caption}</figcaption> : null}
          </figure>
        ) : null}
        <div class={site.story.dropCap ? 'story__body story__body--drop-cap' : 'story__body'} dangerouslySetInnerHTML={{ __html: bodyHtml }} />
        {categories.length > 0 || tags.length > 0 ? (
          <footer class="story__footer">
            <Terms label="Sections" links={categories} site={site} />
            <Terms label="Tags" links={tags} site={site} />
          </footer>
        ) : null}
        <Share site={site} url={post.url} title={post.title} />
        {post.author ? <AuthorBox author={post.author} page={author} site={site} /> : null}
      </article>
      {previous || next ? (
        <nav class="neighbours" aria-label={`More in ${categories[0]?.name ?? 'this section'}`}>
          {previous ? (
            <a class="neighbours__previous" href={href(site, previous.url)} rel="prev">
              <span class="neighbours__label">Previous story</span> {previous.title}
            </a>
          ) : null}
          {next ? (
            <a class="neighbours__next" href={href(site, next.url)} rel="next">
              <span class="neighbours__label">Next story</span> {next.title}
            </a>
          ) : null}
        </nav>
      ) : null}
      {related.length > 0 ? (
        <section class="related" aria-labelledby="related-heading">
          <h2 class="block__heading" id="related-heading">
            Related stories
          </h2>
          <CardGrid posts={related} site={site} level={3} kind="compact" class="related__list" />
        </section>
      ) : null}
    </Base>
  );
}
