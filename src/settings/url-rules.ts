/**
 * The URL-shaped settings (issue #10): the site's origin, its path prefix, site-relative image paths, author links
 * and embed host names. Each rule says what is wrong with a value, or nothing; the caller names the file and field,
 * so one rule serves a setting in a file and the environment variable that overrides it.
 */
import { describeValue } from '../errors.ts';
import { isHttpUrl, isSafeUrl, schemeOf } from '../urls/safe-url.ts';

/** What is wrong with a value (it completes "`field` …") and what to do about it. */
export interface Complaint {
  readonly message: string;
  readonly fix: string;
}

const quoted = (value: string): string => JSON.stringify(value);

// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u001f\u007f-\u009f]/;
/** What would end an XML text or attribute, an HTML attribute or a `_headers` line early, or make a URL ambiguous. */
// eslint-disable-next-line no-control-regex
const breaksMarkup = /[\u0000-\u0020\u007f-\u009f<>"'`\\]/;

const originFix = 'Write it like "https://news.example.com" and put any folder in `pathPrefix` (or PATH_PREFIX).';

/** `https://news.example.com` (a trailing slash is allowed and dropped): scheme, host and port, nothing more. */
export function originComplaint(value: string): Complaint | undefined {
  if (breaksMarkup.test(value)) {
    return { message: `must be an absolute http(s) origin with no spaces, quotes, \`<\`, \`>\`, backslashes or control characters; found ${quoted(value)}.`, fix: originFix };
  }
  const match = /^(https?):\/\/([^/?#]*)(.*)$/i.exec(value);
  const authority = match?.[2] ?? '';
  const rest = (match?.[3] ?? '').replace(/\/+$/, '');
  if (authority === '') return { message: `must be an absolute http(s) origin without a path; found ${quoted(value)}.`, fix: originFix };
  if (authority.includes('@')) {
    return {
      message: `must not carry a user name or password, which every page and feed would publish; found ${quoted(value)}.`,
      fix: 'Write only the scheme and host, like "https://news.example.com".',
    };
  }
  if (/[?#]/.test(rest)) return { message: `must not have a query (\`?…\`) or fragment (\`#…\`); found ${quoted(value)}.`, fix: originFix };
  if (rest !== '') return { message: `must be an absolute http(s) origin without a path; found ${quoted(value)}.`, fix: originFix };
  const host = /^(?<name>\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(?<port>\d{1,5}))?$/i.exec(authority);
  const name = host?.groups?.['name'] ?? '';
  const port = host?.groups?.['port'];
  const dnsName = name.startsWith('[') || name.split('.').every((label) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(label));
  if (host === null || !dnsName || (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) || !URL.canParse(value)) {
    return {
      message: `must name its host in ASCII letters, digits, dots and hyphens, with an optional port from 1 to 65535; found ${quoted(value)}.`,
      fix: 'Write an international name in its xn-- (punycode) form, like "https://xn--bcher-kva.example".',
    };
  }
  return undefined;
}

const prefixFix = 'Write it like "/news/" (or "/" for the root of the host).';

/**
 * A path prefix ends up in every link, in `_headers` rules and in feeds, so it keeps to the characters a URL path
 * needs no escaping for. Spaces around it are trimmed, as before; inside it they are refused.
 */
export function pathPrefixComplaint(value: string): Complaint | undefined {
  if (controlCharacter.test(value)) {
    return { message: `must be one line of URL path with no control characters or line breaks; found ${quoted(value)}.`, fix: prefixFix };
  }
  const trimmed = value.trim();
  const others = [...new Set(trimmed.replace(/[A-Za-z0-9._~/-]/g, ''))];
  if (others.length > 0) {
    return {
      message: `may hold only letters, digits, "-", ".", "_", "~" and "/"; found ${quoted(value)}, with ${others.map(quoted).join(', ')}.`,
      fix: prefixFix,
    };
  }
  if (trimmed.split('/').some((segment) => segment === '..' || segment === '.')) {
    return { message: `must not have "." or ".." segments; found ${quoted(value)}.`, fix: prefixFix };
  }
  return undefined;
}

/** `assets/images/<md5>.jpg`: a file inside the site, for author photos and the logo. */
export function sitePathComplaint(value: unknown): Complaint | undefined {
  const fix = 'Add the image with `npm run image -- <file>` and write the path it prints, like "assets/images/<md5>.jpg".';
  if (typeof value !== 'string' || value.trim() === '') {
    return { message: `must be a site-relative path such as "assets/images/<md5>.jpg"; found ${describeValue(value)}.`, fix };
  }
  if (schemeOf(value) !== undefined) return { message: `must be a path inside the site, not a URL; found ${quoted(value)}.`, fix };
  if (/[\u0000-\u0020\u007f-\u009f<>"'`\\?#]/.test(value)) {
    return { message: `must be a plain path, with no spaces, quotes, \`<\`, \`>\`, backslashes, \`?\`, \`#\` or control characters; found ${quoted(value)}.`, fix };
  }
  if (value.split('/').some((segment) => segment === '..' || segment === '.')) {
    return { message: `must stay inside the site, with no "." or ".." segments; found ${quoted(value)}.`, fix };
  }
  return undefined;
}

/** An author's profile link: absolute http(s) or mailto, never `javascript:` or a relative path. */
export function profileLinkComplaint(value: unknown): Complaint | undefined {
  const fix = 'Write it like "https://mastodon.example/@name" or "mailto:name@example.com".';
  const expected = 'must be an absolute http(s) or mailto: URL';
  if (typeof value !== 'string' || value === '') return { message: `${expected}; found ${describeValue(value)}.`, fix };
  const scheme = schemeOf(value);
  if (scheme === undefined) return { message: `${expected}; found ${quoted(value)}, a relative link.`, fix };
  if (!isSafeUrl(value, ['http', 'https', 'mailto'])) {
    return { message: `${expected}; found ${quoted(value)}, whose scheme "${scheme}:" is not allowed in a link.`, fix };
  }
  if (breaksMarkup.test(value)) return { message: `${expected} with no spaces, quotes, \`<\`, \`>\`, backslashes or control characters; found ${quoted(value)}.`, fix };
  if (scheme !== 'mailto' && !isHttpUrl(value)) return { message: `${expected} with a host; found ${quoted(value)}.`, fix };
  return undefined;
}

/** An embed host, compared exactly with an iframe's host: `www.youtube-nocookie.com`. */
export function hostNameComplaint(value: unknown): Complaint | undefined {
  const expected = 'must be a host name such as "www.youtube-nocookie.com"';
  if (typeof value !== 'string') return { message: `${expected}; found ${describeValue(value)}.`, fix: 'Write each host as a quoted string.' };
  if (value.includes('://') || (schemeOf(value) !== undefined && !/^[^:]+:\d+$/.test(value))) {
    const host = /^[a-z][a-z0-9+.-]*:\/*([^/?#]*)/i.exec(value)?.[1] ?? '';
    return { message: `${expected}, without a scheme; found ${quoted(value)}.`, fix: host === '' ? 'Write the host alone.' : `Write ${quoted(host.toLowerCase())}.` };
  }
  if (value.includes('*')) {
    return { message: `${expected}, without wildcards (hosts are matched exactly); found ${quoted(value)}.`, fix: 'List each host whose iframes a story may keep.' };
  }
  if (/[/?#]/.test(value)) return { message: `${expected}, without a path; found ${quoted(value)}.`, fix: `Write ${quoted(value.split(/[/?#]/)[0] ?? '')}.` };
  if (value.includes(':')) return { message: `${expected}, without a port; found ${quoted(value)}.`, fix: `Write ${quoted(value.split(':')[0] ?? '')}.` };
  if (value !== value.toLowerCase()) return { message: `${expected}, in lower case; found ${quoted(value)}.`, fix: `Write ${quoted(value.toLowerCase())}.` };
  const labels = value.split('.');
  if (value.length > 253 || labels.length < 2 || !labels.every((label) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label))) {
    return {
      message: `${expected}: dot-separated labels of lower-case letters, digits and inner hyphens; found ${quoted(value)}.`,
      fix: 'Write the full host name, like "player.vimeo.com", and an international name in its xn-- (punycode) form.',
    };
  }
  return undefined;
}
