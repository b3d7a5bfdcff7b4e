/**
 * Share links under a story (issue #15): plain URLs of each service's own share page, so the page loads nothing
 * from any of them (no buttons, scripts or counters) and a reader's visit is told to nobody until they click.
 * Pure; layouts/components/share.tsx shows them.
 */

/** The services, in the default order. */
export const shareServices = ['email', 'mastodon', 'bluesky', 'linkedin', 'x'] as const;
export type ShareService = (typeof shareServices)[number];

export interface ShareLink {
  readonly service: ShareService;
  /** What the link says: the service's name. */
  readonly label: string;
  readonly url: string;
}

export interface Shared {
  /** The story's absolute URL. */
  readonly url: string;
  readonly title: string;
  /** The Mastodon server whose share page is used (`mastodon.social`). */
  readonly mastodonServer: string;
}

const labels: Record<ShareService, string> = { email: 'Email', mastodon: 'Mastodon', bluesky: 'Bluesky', linkedin: 'LinkedIn', x: 'X' };

/** `?a=1&b=2` with every value percent-encoded as a query component (spaces as %20, which mail clients need). */
const query = (params: Readonly<Record<string, string>>): string =>
  Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');

function shareUrl(service: ShareService, { url, title, mastodonServer }: Shared): string {
  switch (service) {
    case 'email':
      return `mailto:?${query({ subject: title, body: `${title}\n\n${url}` })}`;
    case 'mastodon':
      return `https://${mastodonServer}/share?${query({ text: `${title} ${url}` })}`;
    case 'bluesky':
      return `https://bsky.app/intent/compose?${query({ text: `${title} ${url}` })}`;
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?${query({ url })}`;
    case 'x':
      return `https://x.com/intent/post?${query({ text: title, url })}`;
  }
}

export function shareLinks(services: readonly ShareService[], shared: Shared): ShareLink[] {
  return services.map((service) => ({ service, label: labels[service], url: shareUrl(service, shared) }));
}
