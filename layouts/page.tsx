import type { Post } from '../src/content/schema.ts';
import { Base, type Chrome } from './base.tsx';
import { DraftMark } from './components/draft-mark.tsx';

/**
 * A standalone page (`layout: page`): no byline, date or terms; not listed on the front page. `layout: default`
 * uses it without the headline, for posts whose body is the whole page.
 */
export function PageLayout({ chrome, post, bodyHtml, showTitle }: { chrome: Chrome; post: Post; bodyHtml: string; showTitle: boolean }) {
  return (
    <Base chrome={chrome} title={post.title} description={post.description} url={post.url}>
      <article class="page">
        {showTitle ? (
          <h1>
            {post.title}
            {post.draft ? <DraftMark /> : null}
          </h1>
        ) : null}
        <div class="page__body" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
      </article>
    </Base>
  );
}
