import type { Author } from '../../src/content/schema.ts';
import type { Link } from '../../src/pages/plan.ts';
import { href } from '../../src/urls/permalinks.ts';
import type { Site } from '../../src/site.ts';
import { Picture } from './picture.tsx';

/**
 * The end of a story: who wrote it, with their photo and bio from the site settings, and a link to their page (every
 * story of theirs) when they have one (`page`).
 */
export function AuthorBox({ author, page, site }: { author: Author; page?: Link | undefined; site: Site }) {
  return (
    <aside class="author-box" aria-label="About the author">
      {author.avatar ? <Picture class="author-box__avatar" site={site} src={author.avatar} alt="" sizes="80px" /> : null}
      <div class="author-box__text">
        <p class="author-box__name">{author.name}</p>
        {author.bio ? <p class="author-box__bio">{author.bio}</p> : null}
        {page ? (
          <p class="author-box__more">
            <a href={href(site, page.url)} rel="author">
              More from {author.name}
            </a>
          </p>
        ) : null}
      </div>
    </aside>
  );
}
