import { Base, type Chrome } from './base.tsx';
import { DraftMark } from './components/draft-mark.tsx';

export interface PageProps {
  chrome: Chrome;
  title: string;
  description: string;
  /** The page's URL path, without the path prefix. */
  url: string;
  bodyHtml: string;
  showTitle: boolean;
  draft?: boolean;
}

/**
 * A standalone page: a post with `layout: page` (no byline, date or terms; not listed on the front page), or an
 * owner's template from `pages/` with `layout: page`. `layout: default` uses it without the headline, for posts
 * whose body is the whole page.
 */
export function PageLayout({ chrome, title, description, url, bodyHtml, showTitle, draft = false }: PageProps) {
  return (
    <Base chrome={chrome} title={title} description={description} url={url}>
      <article class="page">
        {showTitle ? (
          <h1>
            {title}
            {draft ? <DraftMark /> : null}
          </h1>
        ) : null}
        <div class="page__body" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
      </article>
    </Base>
  );
}
