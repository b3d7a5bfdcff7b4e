/**
 * What an excerpt's HTML may hold (issue #10): text, emphasis, inline code and links with a safe URL, and nothing
 * else, ever. Excerpts come from front matter and from the opening of a body, and they are shown on every listing
 * and in the standfirst, so a tag that got through here would be live on dozens of pages.
 * Raw HTML in the source becomes its text: disallowed tags are dropped and their text kept, except the tags whose
 * content is code or markup rather than prose (`rawTextTags`), which go with their content. Pure.
 */
import type sanitizeHtml from 'sanitize-html';
import { lazyRequire } from '../lazy-require.ts';

const sanitizer = lazyRequire<typeof sanitizeHtml>('sanitize-html');
import { isProtocolRelative, isSafeUrl, safeLinkSchemes } from '../urls/safe-url.ts';

/** The only tags an excerpt keeps; `a` keeps only `href`. Block wrapping (`<p>`) is added by the excerpt reader. */
export const excerptTags: readonly string[] = ['em', 'strong', 'i', 'b', 'a', 'code'];

/**
 * Tags dropped with their content when they are not allowed: sanitize-html's list (script, style, textarea, option,
 * xmp) and the other elements whose content is not prose a reader should see as text.
 */
export const rawTextTags: readonly string[] = ['script', 'style', 'textarea', 'option', 'xmp', 'noscript', 'noembed', 'noframes', 'template', 'title', 'select'];


/**
 * A transform that removes `attribute` (a link's `href`, an image's `src`) unless its value is safe (`isSafeUrl`,
 * asked of the entity-decoded value the parser gives) and not protocol-relative. sanitize-html's own scheme check
 * runs as well; this one is the project's single definition of a safe URL. (Renaming the tag to a disallowed one
 * would be simpler, but sanitize-html 2.18 then closes the next transformed tag at that depth with the wrong name.)
 */
export function keepSafeUrl(attribute: string): sanitizeHtml.Transformer {
  return (tagName, attribs) => {
    const value = attribs[attribute];
    if (value === undefined || (isSafeUrl(value) && !isProtocolRelative(value))) return { tagName, attribs };
    const { [attribute]: _unsafe, ...rest } = attribs;
    return { tagName, attribs: rest };
  };
}

/** A link left without an `href` is dropped, its text kept, rather than left as an empty `<a>`. */
export function dropBareLinks(frame: sanitizeHtml.IFrame): boolean | 'excludeTag' {
  return frame.tag === 'a' && frame.attribs['href'] === undefined ? 'excludeTag' : false;
}

function excerptOptions(): sanitizeHtml.IOptions {
  return {
    allowedTags: [...excerptTags],
    allowedAttributes: { a: ['href'] },
    allowedSchemes: [...safeLinkSchemes],
    allowedSchemesByTag: {},
    // A link that means to leave the site says `https:`.
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: [...rawTextTags],
    transformTags: { a: keepSafeUrl('href') },
    exclusiveFilter: dropBareLinks,
  };
}

const options = excerptOptions();

/** `html` with only the excerpt's inline subset left; every other tag is dropped, its text kept. */
export function sanitizeExcerptHtml(html: string): string {
  return sanitizer()(html, options);
}
