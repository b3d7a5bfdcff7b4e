import type { FrontPage } from '../src/collections/front-page.ts';
import type { FrontPageSpec, Link } from '../src/pages/plan.ts';
import { href } from '../src/pages/permalinks.ts';
import { websiteLd } from '../src/seo/json-ld.ts';
import { Base, type Chrome } from './base.tsx';
import { Pager } from './components/pager.tsx';
import { PostCard } from './components/post-card.tsx';

export interface FrontProps {
  chrome: Chrome;
  spec: FrontPageSpec;
  front: FrontPage;
  /** The link of each section block's category, in block order. */
  sectionLinks: readonly Link[];
}

/** The news front page: lead, latest, section blocks; its later pages list the rest of the archive. */
export function Front({ chrome, spec, front, sectionLinks }: FrontProps) {
  const { site } = chrome;
  const first = spec.page.number === 1;
  return (
    <Base chrome={chrome} title={first ? '' : `Page ${spec.page.number}`} description={site.description} url={spec.url} pager={spec.pager} jsonLd={first ? [websiteLd(site)] : []}>
      <h1 class={first ? 'visually-hidden' : 'listing__heading'}>{first ? site.title : `Earlier stories, page ${spec.page.number}`}</h1>
      {first ? (
        <>
          {front.lead ? (
            <section class="lead" aria-label="Lead story">
              <PostCard post={front.lead} site={site} lead />
            </section>
          ) : (
            <p>No stories yet.</p>
          )}
          {front.latest.length > 0 ? (
            <section class="block" aria-labelledby="latest-heading">
              <h2 class="block__heading" id="latest-heading">
                Latest
              </h2>
              <div class="cards">
                {front.latest.map((post) => (
                  <PostCard post={post} site={site} level={3} />
                ))}
              </div>
            </section>
          ) : null}
          {front.sections.map((section, index) => {
            const link = sectionLinks[index];
            const id = `section-${index + 1}`;
            return (
              <section class="block" aria-labelledby={id}>
                <h2 class="block__heading" id={id}>
                  {link ? <a href={href(site, link.url)}>{link.name}</a> : section.group.name}
                </h2>
                <div class="cards">
                  {section.posts.map((post) => (
                    <PostCard post={post} site={site} level={3} />
                  ))}
                </div>
              </section>
            );
          })}
        </>
      ) : (
        <div class="cards">
          {spec.page.items.map((post) => (
            <PostCard post={post} site={site} />
          ))}
        </div>
      )}
      <Pager pager={spec.pager} site={site} label="Front page pages" />
    </Base>
  );
}
