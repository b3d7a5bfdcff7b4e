import type { SearchPage } from '../src/pages/plan.ts';
import { href, indexUrls } from '../src/urls/permalinks.ts';
import { pagefindAssets } from '../src/search/assets.ts';
import { Base, type Chrome } from './base.tsx';

/**
 * `/search/` (issues #6, #15): results drawn as the site's own cards by assets/js/search.js over Pagefind's
 * JavaScript API and the index the build writes to `/pagefind/` (src/search/pagefind.ts). The page has no search
 * box of its own: the masthead's (`#masthead-search`) holds the query, the script searches as the reader types and
 * keeps `?q=` and `?sort=` in the address.
 *
 * Nothing here changes size once the script runs (issue #15, layout shift under 0.1): the status line has a fixed
 * height, the sort control is drawn from the start, and the results sit in a region at least a screen tall, so the
 * footer is never on screen to be pushed down. Without JavaScript (`scripting: none`) the stylesheet hides the
 * controls and the `<noscript>` text says where else to look.
 */
export function SearchLayout({ chrome, spec }: { chrome: Chrome; spec: SearchPage }) {
  const { site } = chrome;
  const assets = pagefindAssets(site.pathPrefix);
  return (
    <Base
      chrome={chrome}
      title="Search"
      description={`Search every story of ${site.title}.`}
      url={spec.url}
      head={
        <>
          <meta name="robots" content="noindex" />
          {/* Fetched while the page parses: the first search waits for it otherwise. */}
          <link rel="modulepreload" href={assets.library} />
          <script src={href(site, '/assets/js/search.js')} defer />
        </>
      }
    >
      <section class="search" aria-labelledby="search-heading">
        <h1 id="search-heading" class="search__heading">
          Search
        </h1>
        <div id="search" class="search__ui" data-library={assets.library} data-bundle-path={assets.bundlePath} data-base-url={assets.baseUrl}>
          <div class="search__bar">
            <p class="search__status" id="search-status" role="status" />
            <fieldset class="search__sort">
              <legend class="search__sort-label">Sort</legend>
              <label class="search__sort-option">
                <input type="radio" name="sort" value="relevance" checked />
                Best match
              </label>
              <label class="search__sort-option">
                <input type="radio" name="sort" value="date" />
                Newest first
              </label>
            </fieldset>
          </div>
          <div class="search__body">
            <ol class="search__results" />
            <p class="search__hint" hidden>
              Check the spelling, try fewer or other words, or browse the <a href={href(site, indexUrls.category)}>sections</a>.
            </p>
            <p class="search__more" hidden>
              <button type="button" class="search__more-button">
                More results
              </button>
            </p>
          </div>
        </div>
        <noscript>
          <p class="search__fallback">
            Search runs in your browser and needs JavaScript. Without it, browse the <a href={href(site, indexUrls.category)}>sections</a> or the{' '}
            <a href={href(site, indexUrls.tag)}>tags</a>.
          </p>
        </noscript>
      </section>
    </Base>
  );
}
