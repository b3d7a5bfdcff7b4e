import type { FrontPage } from '../src/collections/front-page.ts';
import type { FrontPageSpec, Link } from '../src/pages/plan.ts';
import { href } from '../src/urls/permalinks.ts';
import { websiteLd } from '../src/seo/json-ld.ts';
import { Base, type Chrome } from './base.tsx';
import { BreakingStrip } from './components/breaking.tsx';
import { CardGrid } from './components/card-grid.tsx';
import { Pager } from './components/pager.tsx';
import { PostCard } from './components/post-card.tsx';

export interface FrontProps {
  chrome: Chrome;
  spec: FrontPageSpec;
  front: FrontPage;
  /** The link of each section block's category, in block order. */
  sectionLinks: readonly Link[];
}

/**
 * The news front page: the lead story beside the latest, then a block per section; its later pages list the rest
 * of the archive. On page 1 the masthead's site name is the `h1`, so the outline is name → lead and blocks (h2) →
 * their stories (h3). Breaking news stands above the lead on page 1, and in the masthead of its later pages.
 */
export function Front({ chrome, spec, front, sectionLinks }: FrontProps) {
  const { site } = chrome;
  const first = spec.page.number === 1;
  return (
    <Base
      chrome={chrome}
      title={first ? '' : `Page ${spec.page.number}`}
      description={site.description}
      url={spec.url}
      pager={spec.pager}
      jsonLd={first ? [websiteLd(site)] : []}
      titleIsHeading={first}
      breakingShown={first}
    >
      {first ? (
        <>
          <BreakingStrip stories={chrome.breaking} site={site} />
          <div class={front.latest.length > 0 ? 'front__top' : 'front__top front__top--single'}>
            {front.lead ? (
              <section class="lead" aria-label="Lead story">
                <PostCard post={front.lead} site={site} variant="lead" />
              </section>
            ) : (
              <p class="front__empty">No stories yet.</p>
            )}
            {front.latest.length > 0 ? (
              <section class="block block--latest" aria-labelledby="latest-heading">
                <h2 class="block__heading" id="latest-heading">
                  Latest
                </h2>
                <div class="briefs">
                  {front.latest.map((post) => (
                    <PostCard post={post} site={site} level={3} variant="brief" />
                  ))}
                </div>
              </section>
            ) : null}
          </div>
          {front.sections.map((section, index) => {
            const link = sectionLinks[index];
            const id = `section-${index + 1}`;
            return (
              <section class="block" aria-labelledby={id}>
                <h2 class="block__heading" id={id}>
                  {link ? <a href={href(site, link.url)}>{link.name}</a> : section.group.name}
                </h2>
                <CardGrid posts={section.posts} site={site} level={3} />
              </section>
            );
          })}
        </>
      ) : (
        <>
          <header class="listing__header">
            <p class="listing__kind">Front page</p>
            <h1 class="listing__heading">
              Earlier stories<span class="listing__page"> (page {spec.page.number} of {spec.page.total})</span>
            </h1>
          </header>
          <CardGrid posts={spec.page.items} site={site} />
        </>
      )}
      <Pager pager={spec.pager} site={site} label="Front page pages" />
    </Base>
  );
}
