import type { ListingPage } from '../src/pages/plan.ts';
import { href } from '../src/urls/permalinks.ts';
import { isSafeUrl } from '../src/urls/safe-url.ts';
import type { Chrome } from './base.tsx';
import { Base } from './base.tsx';
import { CardGrid } from './components/card-grid.tsx';
import { FeedList } from './components/feed-list.tsx';
import { Pager } from './components/pager.tsx';
import { Picture } from './components/picture.tsx';

const kindLabels = { category: 'Section', tag: 'Tag', author: 'Author', year: 'Archive', month: 'Archive' } as const;

/**
 * A section, tag, author or archive listing, one page of it. An author's page opens with their profile as one block:
 * the photo beside the name, bio, links and count, all in one column (issue #15).
 */
export function Listing({ chrome, spec }: { chrome: Chrome; spec: ListingPage }) {
  const { site } = chrome;
  const { page, author } = spec;
  const suffix = page.number > 1 ? ` (page ${page.number} of ${page.total})` : '';
  return (
    <Base chrome={chrome} title={`${spec.heading}${suffix}`} description={spec.description} url={spec.url} pager={spec.pager} feed={spec.feed}>
      <header class={author?.avatar ? 'listing__header listing__header--profile' : 'listing__header'}>
        {author?.avatar ? <Picture class="author__avatar" site={site} src={author.avatar} alt="" sizes="(min-width: 40rem) 96px, 72px" /> : null}
        <div class="listing__intro">
          <p class="listing__kind">{kindLabels[spec.listing]}</p>
          <h1 class="listing__heading">
            {spec.heading}
            {suffix ? <span class="listing__page">{suffix}</span> : null}
          </h1>
          {author?.bio ? <p class="author__bio">{author.bio}</p> : null}
          {author && author.links.length > 0 ? (
            <ul class="author__links">
              {author.links.map((link) => (
                // The settings check author links; a link that is still not safe is shown as text (issue #10).
                <li>
                  {isSafeUrl(link.url) ? (
                    <a href={link.url} rel="me">
                      {link.label}
                    </a>
                  ) : (
                    link.label
                  )}
                </li>
              ))}
            </ul>
          ) : null}
          <p class="listing__count">{spec.count === 1 ? '1 story' : `${spec.count} stories`}</p>
          {spec.feed ? <FeedList site={site} subject={spec.feed} label={`Follow ${spec.heading}:`} /> : null}
        </div>
      </header>
      <CardGrid posts={page.items} site={site} />
      <Pager pager={spec.pager} site={site} label={`${spec.heading} pages`} />
      {page.number === 1 ? null : (
        <p class="listing__first">
          <a href={href(site, spec.pager.urls[0] ?? spec.url)}>Back to the newest in {spec.heading}</a>
        </p>
      )}
    </Base>
  );
}
