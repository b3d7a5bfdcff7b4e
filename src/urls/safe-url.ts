/**
 * Which URLs from content and settings may become a link or an image (issue #10). A URL is safe when it is
 * relative (a path, `#fragment` or `?query`) or its scheme is one a reader's browser treats as navigation, never
 * as code: `javascript:`, `vbscript:`, `data:` and `file:` links are refused, however they are spelled
 * (`JaVaScRiPt:`, `java\tscript:`, `&#106;avascript:`, leading control characters), since browsers ignore
 * ASCII white space and control characters inside a scheme.
 */

export const safeLinkSchemes: readonly string[] = ['http', 'https', 'mailto', 'tel'];

/** The scheme of `url` as a browser reads it, lower-cased; undefined for a relative URL. */
export function schemeOf(url: string): string | undefined {
  // Browsers strip leading C0 controls and spaces, and tabs and newlines anywhere, before they look for a scheme.
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return match?.[1]?.toLowerCase();
}

/**
 * Whether `url` is safe as an `href` or `src`: relative, or with one of `schemes` (http, https, mailto and tel by
 * default). Entity-encoded text must be decoded before it is asked about (values from YAML and JSON are decoded).
 */
export function isSafeUrl(url: string, schemes: readonly string[] = safeLinkSchemes): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, ''))) return false;
  const scheme = schemeOf(url);
  return scheme === undefined || schemes.includes(scheme);
}

/** Whether `url` is an absolute http(s) URL. */
export function isHttpUrl(url: string): boolean {
  const scheme = schemeOf(url);
  return (scheme === 'http' || scheme === 'https') && /^https?:\/\/[^/\s]/i.test(url.trim());
}

/** `//host/path` (or `\\host`, which browsers read the same) borrows the page's scheme to leave the site. */
export function isProtocolRelative(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^[\u0000-\u0020]*[/\\][\t\n\r]*[/\\]/.test(url);
}
