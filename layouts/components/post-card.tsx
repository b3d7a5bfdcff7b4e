import type { Post } from '../../src/content/schema.ts';
import { href } from '../../src/pages/permalinks.ts';
import type { Site } from '../../src/site.ts';
import { Byline } from './byline.tsx';
import { DraftMark } from './draft-mark.tsx';

/** A story in a listing: image, headline, excerpt, byline. */
export function PostCard({ post, site }: { post: Post; site: Site }) {
  return (
    <article class="card">
      {post.image ? <img class="card__image" src={imageSrc(site, post.image.src)} alt={post.image.alt} loading="lazy" decoding="async" /> : null}
      <h2 class="card__headline">
        <a href={href(site, post.url)}>{post.title}</a>
        {post.draft ? <DraftMark /> : null}
      </h2>
      <div class="card__excerpt" dangerouslySetInnerHTML={{ __html: post.excerpt.html }} />
      <Byline post={post} site={site} />
    </article>
  );
}

/** Site-relative image paths get the path prefix; remote URLs are used as they are. */
export function imageSrc(site: Site, src: string): string {
  return /^https?:\/\//i.test(src) ? src : href(site, src);
}
