import type { SearchPage } from '../src/pages/plan.ts';
import { href, indexUrls } from '../src/urls/permalinks.ts';
import { pagefindAssets } from '../src/search/assets.ts';
import { Base, type Chrome } from './base.tsx';

/**
 * `/search/`: Pagefind's search UI over the index the build writes to `/pagefind/` (src/search/pagefind.ts). The
 * bundle path and base URL are given explicitly so results keep the path prefix however the script is loaded; the
 * masthead's form arrives here with `?q=`, which assets/js/search.js runs as the first search.
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
          <link rel="stylesheet" href={assets.stylesheet} />
          <script src={assets.script} defer />
          <script src={href(site, '/assets/js/search.js')} defer />
        </>
      }
    >
      <section class="search" aria-labelledby="search-heading">
        <h1 id="search-heading" class="search__heading">
          Search
        </h1>
        <div id="search" class="search__ui" data-bundle-path={assets.bundlePath} data-base-url={assets.baseUrl} />
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
