/**
 * SVG images are published only as DOMPurify's SVG profile leaves them (issue #10): a `.svg` is a document that
 * can carry scripts and `onload` handlers, which run when the file is opened from the site. The file is parsed as
 * the XML a browser parses, cleaned in place, and written back with an XML serializer, so what is published is
 * well-formed SVG with nothing DOMPurify removed. No file system here: text in, clean text (or why not) out.
 *
 * jsdom takes most of a second to load, so it is loaded when the first SVG needs it, and one window serves the
 * build.
 */
import type { RemovedAttribute, RemovedElement } from 'dompurify';

const svgNamespace = 'http://www.w3.org/2000/svg';

export type SanitizedSvg =
  /** `removed`: what was taken out, for the warning (`<script>`, `onload on <svg>`); empty when nothing was. */
  | { readonly ok: true; readonly svg: string; readonly removed: readonly string[] }
  | { readonly ok: false; readonly message: string; readonly fix: string };

export interface SvgSanitizer {
  sanitize(text: string): SanitizedSvg;
}

const exportAgain = 'Export the image again as plain SVG (in Inkscape: Save As → Optimized SVG; or run it through svgo) and build again.';

/** `7:0: text data outside of root node.` (jsdom's parser error) → `near line 7: text data outside of root node`. */
export function describeParseError(text: string): string {
  const match = /^(\d+):\d+:\s*(.*?)\.?\s*$/s.exec(text.trim());
  return match === null ? text.trim().replace(/\.$/, '') : `near line ${match[1]}: ${match[2]}`;
}

/** `<script>`, `onload on <svg>`; repeated ones once, with a count. */
export function describeRemoved(removed: ReadonlyArray<RemovedElement | RemovedAttribute>): string[] {
  const counts = new Map<string, number>();
  for (const item of removed) {
    const described = 'element' in item ? `<${item.element.nodeName}>` : `${item.attribute?.name ?? 'an attribute'} on <${item.from.nodeName}>`;
    counts.set(described, (counts.get(described) ?? 0) + 1);
  }
  return [...counts].map(([described, count]) => (count === 1 ? described : `${described} (${count} times)`));
}

/** Comments and processing instructions are dropped without a word; CDATA becomes the text it holds (`<style>` keeps its CSS). */
function simplify(node: Node, document: Document): void {
  for (const child of [...node.childNodes]) {
    if (child.nodeType === child.COMMENT_NODE || child.nodeType === child.PROCESSING_INSTRUCTION_NODE) child.remove();
    else if (child.nodeType === child.CDATA_SECTION_NODE) child.replaceWith(document.createTextNode(child.textContent ?? ''));
    else simplify(child, document);
  }
}

function hasContent(root: Element): boolean {
  return root.children.length > 0 || (root.textContent ?? '').trim() !== '';
}

export async function loadSvgSanitizer(): Promise<SvgSanitizer> {
  const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([import('jsdom'), import('dompurify')]);
  const window = new JSDOM('').window;
  const purify = createDOMPurify(window);
  const serializer = new window.XMLSerializer();
  const parser = new window.DOMParser();

  return {
    sanitize(text) {
      if (text.trim() === '') return { ok: false, message: 'is empty.', fix: 'Replace it with the SVG image, or delete it.' };
      // jsdom does not expand DOCTYPE entities the way browsers do (and expanding them is how "billion laughs" files
      // exhaust memory): such a file is refused rather than published differently from how it was drawn.
      if (/<!ENTITY/i.test(text)) {
        return { ok: false, message: 'declares XML entities in its DOCTYPE (<!ENTITY …>), which Broadsheet does not expand.', fix: exportAgain };
      }
      const document = parser.parseFromString(text, 'image/svg+xml');
      const error = document.getElementsByTagName('parsererror')[0];
      if (error !== undefined) return { ok: false, message: `is not well-formed XML (${describeParseError(error.textContent ?? '')}).`, fix: exportAgain };
      const root = document.documentElement;
      if (root.localName !== 'svg' || root.namespaceURI !== svgNamespace) {
        const found = root.namespaceURI === null ? `<${root.nodeName}> without xmlns="${svgNamespace}"` : `<${root.nodeName}> in the namespace ${root.namespaceURI}`;
        return { ok: false, message: `is not an SVG image: its root element must be <svg xmlns="${svgNamespace}">; found ${found}.`, fix: `Add xmlns="${svgNamespace}" to its <svg> tag, or export the image again as SVG.` };
      }
      simplify(document, document);
      try {
        purify.sanitize(root, { USE_PROFILES: { svg: true, svgFilters: true }, IN_PLACE: true });
      } catch (cause) {
        return { ok: false, message: `could not be made safe: ${(cause as Error).message}.`, fix: exportAgain };
      }
      const removed = describeRemoved(purify.removed);
      if (!hasContent(root) && removed.length > 0) {
        return { ok: false, message: `has nothing left to show once its unsafe content is removed (${removed.join(', ')}).`, fix: exportAgain };
      }
      return { ok: true, svg: `${serializer.serializeToString(root)}\n`, removed };
    },
  };
}
