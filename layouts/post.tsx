import type { Post } from '../src/content/schema.ts';
import type { Site } from '../src/site.ts';
import { Base } from './base.tsx';
import { Byline } from './components/byline.tsx';
import { DraftMark } from './components/draft-mark.tsx';
import { imageSrc } from './components/post-card.tsx';
import { Terms } from './components/terms.tsx';

export interface PostPageProps {
  post: Post;
  site: Site;
  /** The rendered markdown body: the one value injected as raw HTML. */
  bodyHtml: string;
}

export function PostPage({ post, site, bodyHtml }: PostPageProps) {
  return (
    <Base site={site} title={post.title} description={post.description} url={post.url}>
      <article class="story">
        <header class="story__header">
          <h1 class="story__headline">
            {post.title}
            {post.draft ? <DraftMark /> : null}
          </h1>
          <Byline post={post} site={site} />
        </header>
        {post.image ? (
          <figure class="story__image">
            <img src={imageSrc(site, post.image.src)} alt={post.image.alt} decoding="async" fetchpriority="high" />
            {post.image.caption ? <figcaption>{post.image.caption}</figcaption> : null}
          </figure>
        ) : null}
        <div class="story__body" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
        <footer class="story__footer">
          <Terms label="Categories" terms={post.categories} />
          <Terms label="Tags" terms={post.tags} />
        </footer>
      </article>
    </Base>
  );
}
