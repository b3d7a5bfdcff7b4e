import { shareLinks } from '../../src/seo/share-links.ts';
import { absoluteUrl } from '../../src/urls/permalinks.ts';
import type { Site } from '../../src/site.ts';

/**
 * "Share this story": a plain link to each service's share page (src/seo/share-links.ts), loading nothing from any
 * of them, and a "Copy link" button that assets/js/share.js reveals and runs where JavaScript is on.
 */
export function Share({ site, url, title }: { site: Site; url: string; title: string }) {
  const links = shareLinks(site.story.share, { url: absoluteUrl(site, url), title, mastodonServer: site.story.mastodonServer });
  if (links.length === 0) return null;
  return (
    <section class="share" aria-labelledby="share-heading">
      <h2 class="share__heading" id="share-heading">
        Share this story
      </h2>
      <ul class="share__list">
        {links.map((link) => (
          <li>
            <a class={`share__link share__link--${link.service}`} href={link.url} rel="noopener">
              {link.label}
            </a>
          </li>
        ))}
        <li hidden data-share-copy-item>
          <button class="share__link share__copy" type="button" data-share-copy={absoluteUrl(site, url)}>
            Copy link
          </button>
        </li>
      </ul>
      <p class="share__status" role="status" data-share-status />
    </section>
  );
}
