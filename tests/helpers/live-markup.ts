/**
 * The "no live markup" scanner (issue #10): walks a built site and reports every piece of markup that a browser or
 * a feed reader would run or follow into script. Independent of the code under test on purpose: it parses with
 * htmlparser2 and fast-xml-parser and judges URLs by its own reading of the URL standard, not by src/urls.
 *
 * - HTML (.html, .htm): any `<script>` but JSON-LD (`type="application/ld+json"`, which must parse as JSON) and the
 *   site's own scripts (empty, `src` a site path ending `assets/js/search.js` or `assets/js/share.js`);
 *   any `on*` attribute; a URL attribute (`href`, `src`, `action`, `formaction`, `xlink:href`, `srcset`, …) whose
 *   scheme is not http, https, mailto or tel; `srcdoc`; `<object>`, `<embed>`, `<applet>`, `<base>`, `<frame>`,
 *   `<frameset>`, `<portal>`; `<meta http-equiv="refresh">`; `javascript:`, `expression(` or `-moz-binding` in CSS;
 *   SVG animations that set a link to an unsafe URL. URLs in JSON-LD are checked like JSON's (below).
 * - XML (.xml, .svg): every file must pass XMLValidator (strict). Elements are checked as in HTML (a `script`
 *   element, `on*` and URL attributes, `url` included for enclosures); the text of elements that feed readers render
 *   as HTML (`type="html"`, an RSS item's `description`, `content:encoded`) is decoded and scanned as HTML; the text of `loc`,
 *   `link`, `url`, `uri`, `icon`, `logo` and `guid` is checked as a URL.
 * - JSON (.json): must parse. Strings under keys that hold HTML (`content_html`, any key ending `html`) are scanned
 *   as HTML; strings under URL keys (`url`, `*_url`, `image`, `icon`, `favicon`, `logo`, `href`, `src`, `link`,
 *   `uri`, `sameAs`, `@id`, `item`) are checked as URLs.
 * Plain-text fields (RSS titles and channel `description`, JSON Feed `summary`, `content_text` and `title`) are text
 * by their formats' specs and are not scanned as HTML unless `plainTextAsHtml` is set (some readers render them).
 *
 * Every finding starts with the file's path from the output folder, then `:` for the file itself, or a space and
 * where in it (`feed.xml <feed/entry[2]/content>: …`), so a caller can leave out findings of named files.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeXML } from 'entities';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Parser } from 'htmlparser2';

export interface LiveMarkupOptions {
  /** Schemes a URL may have; anything else (javascript:, vbscript:, data:, file:, blob:, …) is a finding. */
  readonly schemes?: readonly string[];
  /** `<script src>`s the site ships itself, matched against the whole `src`; empty scripts only. */
  readonly ownScripts?: readonly RegExp[];
  /** Also scan plain-text feed fields (RSS titles and channel description, JSON Feed `summary`, `content_text`, `title`) as HTML. */
  readonly plainTextAsHtml?: boolean;
  /** How many files are read at once. */
  readonly concurrency?: number;
}

interface Rules {
  readonly schemes: readonly string[];
  readonly ownScripts: readonly RegExp[];
  readonly plainTextAsHtml: boolean;
}

export const defaultSchemes: readonly string[] = ['http', 'https', 'mailto', 'tel'];

/** The generator's own scripts: the search page's assets/js/search.js and the story page's share.js, under any path prefix. */
export const defaultOwnScripts: readonly RegExp[] = [/^(\/[A-Za-z0-9._~-]+)*\/assets\/js\/(search|share)\.js$/];

function rulesFrom(options: LiveMarkupOptions): Rules {
  return { schemes: options.schemes ?? defaultSchemes, ownScripts: options.ownScripts ?? defaultOwnScripts, plainTextAsHtml: options.plainTextAsHtml ?? false };
}

const shown = (value: string): string => JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);

/**
 * The scheme of `url` as a browser reads it (WHATWG URL: leading C0 controls and spaces stripped, tabs and newlines
 * removed anywhere), lower-cased; undefined for a relative URL.
 */
export function browserScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

function unsafeUrl(url: string, rules: Rules): boolean {
  const scheme = browserScheme(url);
  return scheme !== undefined && !rules.schemes.includes(scheme);
}

/** Attributes whose value is a URL a browser loads or navigates to. */
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'ping', 'cite', 'longdesc', 'usemap', 'codebase', 'dynsrc', 'lowsrc', 'manifest', 'icon', 'archive', 'classid', 'profile']);
const srcsetAttributes = new Set(['srcset', 'imagesrcset']);
/** Elements the site never publishes and that load or run something of their own. */
const embeddingTags = new Set(['object', 'embed', 'applet', 'base', 'frame', 'frameset', 'portal']);
const animationTags = new Set(['animate', 'set', 'animatemotion', 'animatetransform']);
const cssScript = /javascript:|expression\s*\(|-moz-binding|behavior\s*:/i;

/** Findings about one element's attributes, shared by HTML and XML. `name` is lower-cased, prefix kept. */
function attributeFindings(name: string, attributes: Readonly<Record<string, string>>, rules: Rules, extraUrlAttributes: ReadonlySet<string> = new Set()): string[] {
  const findings: string[] = [];
  const local = name.slice(name.lastIndexOf(':') + 1);
  for (const [rawKey, value] of Object.entries(attributes)) {
    const key = rawKey.toLowerCase();
    const localKey = key.slice(key.lastIndexOf(':') + 1);
    if (localKey.startsWith('on')) findings.push(`event handler ${key}=${shown(value)} on <${name}>`);
    else if ((urlAttributes.has(key) || urlAttributes.has(localKey) || extraUrlAttributes.has(localKey)) && unsafeUrl(value, rules)) findings.push(`unsafe URL ${key}=${shown(value)} on <${name}>`);
    else if (srcsetAttributes.has(key)) {
      for (const candidate of value.split(',')) {
        const url = candidate.trim().split(/\s+/)[0] ?? '';
        if (unsafeUrl(url, rules)) findings.push(`unsafe URL in ${key}=${shown(value)} on <${name}>`);
      }
    } else if (key === 'srcdoc') findings.push(`srcdoc=${shown(value)} on <${name}>`);
    else if (key === 'style' && cssScript.test(value)) findings.push(`script in style=${shown(value)} on <${name}>`);
  }
  if (animationTags.has(local)) {
    const target = (attributes['attributeName'] ?? attributes['attributename'] ?? '').toLowerCase();
    if (target.endsWith('href')) {
      for (const key of ['to', 'from', 'by', 'values']) {
        const value = attributes[key];
        if (value !== undefined && value.split(';').some((url) => unsafeUrl(url, rules))) findings.push(`<${name}> animating ${target} to ${shown(value)}`);
      }
    }
  }
  return findings;
}

/** Findings in one HTML document or fragment; `where` starts each (a file's path and `:`, or a place in a feed). */
export function liveMarkupInHtml(html: string, where: string, options: LiveMarkupOptions = {}): string[] {
  return scanHtml(html, where, rulesFrom(options));
}

function scanHtml(html: string, where: string, rules: Rules): string[] {
  const findings: string[] = [];
  const note = (what: string) => findings.push(`${where} ${what}`);
  let script: { kind: 'json-ld' | 'own' | 'live'; text: string; src: string } | undefined;
  let styleDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        for (const finding of attributeFindings(name, attributes, rules)) note(finding);
        if (name === 'script') {
          const type = (attributes['type'] ?? '').trim().toLowerCase();
          const src = attributes['src'] ?? '';
          const kind = type === 'application/ld+json' && src === '' ? 'json-ld' : src !== '' && rules.ownScripts.some((own) => own.test(src)) ? 'own' : 'live';
          script = { kind, text: '', src };
        } else if (name === 'style') styleDepth++;
        else if (embeddingTags.has(name)) note(`<${name}>`);
        else if (name === 'meta' && (attributes['http-equiv'] ?? '').trim().toLowerCase() === 'refresh') note(`<meta http-equiv="refresh" content=${shown(attributes['content'] ?? '')}>`);
      },
      ontext(text) {
        if (script !== undefined) script.text += text;
        else if (styleDepth > 0 && cssScript.test(text)) note(`script in <style>: ${shown(text.trim())}`);
      },
      onclosetag(name) {
        if (name === 'style' && styleDepth > 0) styleDepth--;
        if (name !== 'script' || script === undefined) return;
        const { kind, text, src } = script;
        script = undefined;
        if (kind === 'live') note(`<script${src === '' ? '' : ` src=${shown(src)}`}>${shown(text.trim())}`);
        else if (kind === 'own' && text.trim() !== '') note(`<script src=${shown(src)}> with inline code ${shown(text.trim())}`);
        else if (kind === 'json-ld') {
          let value: unknown;
          try {
            value = JSON.parse(text);
          } catch (error) {
            note(`JSON-LD that is not JSON (${(error as Error).message}): ${shown(text.trim())}`);
            return;
          }
          for (const finding of scanJsonValue(value, '', rules)) note(`JSON-LD ${finding}`);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return findings;
}

/** JSON keys whose string values are HTML, and those that are URLs. */
const htmlKey = /html$/i;
const urlKey = /^(url|.*_url|image|images|banner_image|icon|favicon|logo|href|src|link|uri|sameas|@id|item)$/i;
const plainTextKeys = new Set(['summary', 'content_text', 'title']);

function scanJsonValue(value: unknown, at: string, rules: Rules): string[] {
  const findings: string[] = [];
  const visit = (node: unknown, keyPath: string, key: string): void => {
    if (typeof node === 'string') {
      if (htmlKey.test(key) || (rules.plainTextAsHtml && plainTextKeys.has(key))) findings.push(...scanHtml(node, `<${keyPath}>:`, rules));
      else if (urlKey.test(key) && unsafeUrl(node, rules)) findings.push(`<${keyPath}>: unsafe URL ${shown(node)}`);
    } else if (Array.isArray(node)) node.forEach((item, index) => visit(item, `${keyPath}[${index}]`, key));
    else if (typeof node === 'object' && node !== null) {
      for (const [name, child] of Object.entries(node)) visit(child, keyPath === '' ? name : `${keyPath}.${name}`, name);
    }
  };
  visit(value, at, '');
  return findings;
}

/** Findings in one JSON document. */
export function liveMarkupInJson(json: string, file: string, options: LiveMarkupOptions = {}): string[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return [`${file}: not JSON (${(error as Error).message})`];
  }
  return scanJsonValue(value, '', rulesFrom(options)).map((finding) => `${file} ${finding}`);
}

type XmlNode = Record<string, unknown>;

const xmlParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Decoded here, with `entities`, so CDATA stays as written and every character reference is read.
  processEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  commentPropName: '#comment',
});

/**
 * Besides `type="html"` elements (Atom) and `content:encoded`, an RSS item's `description` is HTML; the RSS Best
 * Practices Profile leaves every other element plain text (a channel's `description`, titles).
 */
const plainTextElements = new Set(['title', 'description']);
/** Elements whose text is a URL. */
const urlTextElements = new Set(['loc', 'link', 'url', 'uri', 'icon', 'logo', 'guid']);
const xmlUrlAttributes: ReadonlySet<string> = new Set(['url']);

function textOf(children: readonly XmlNode[]): string {
  let text = '';
  for (const child of children) {
    if (typeof child['#text'] === 'string') text += decodeXML(child['#text']);
    else if (Array.isArray(child['#cdata'])) text += (child['#cdata'] as XmlNode[]).map((part) => (typeof part['#text'] === 'string' ? part['#text'] : '')).join('');
  }
  return text;
}

/** Findings in one XML document: it must be well-formed; feed HTML inside it is scanned as HTML. */
export function liveMarkupInXml(xml: string, file: string, options: LiveMarkupOptions = {}): string[] {
  const rules = rulesFrom(options);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`${file}: not well-formed XML (${valid.err.msg}, line ${valid.err.line})`];
  const findings: string[] = [];
  const visit = (nodes: readonly XmlNode[], trail: string, parent: string): void => {
    const seen = new Map<string, number>();
    for (const node of nodes) {
      const name = Object.keys(node).find((key) => key !== ':@');
      if (name === undefined || name === '#text' || name === '#cdata' || name === '#comment' || name.startsWith('?')) continue;
      const count = (seen.get(name) ?? 0) + 1;
      seen.set(name, count);
      const place = `${trail}${trail === '' ? '' : '/'}${name}${count > 1 ? `[${count}]` : ''}`;
      const attributes = Object.fromEntries(Object.entries((node[':@'] ?? {}) as Record<string, string>).map(([key, value]) => [key, decodeXML(String(value))]));
      const children = (node[name] ?? []) as XmlNode[];
      const lower = name.toLowerCase();
      const local = lower.slice(lower.lastIndexOf(':') + 1);
      for (const finding of attributeFindings(lower, attributes, rules, xmlUrlAttributes)) findings.push(`${file} <${place}>: ${finding}`);
      if (local === 'script') findings.push(`${file} <${place}>: a script element`);
      const type = (attributes['type'] ?? '').toLowerCase();
      const rendersHtml =
        type === 'html' || type === 'text/html' || lower === 'content:encoded' || (local === 'description' && parent === 'item') || (rules.plainTextAsHtml && plainTextElements.has(local));
      if (rendersHtml) findings.push(...scanHtml(textOf(children), `${file} <${place}>:`, rules));
      else if (urlTextElements.has(local) && attributes['isPermaLink'] !== 'false') {
        const url = textOf(children).trim();
        if (unsafeUrl(url, rules)) findings.push(`${file} <${place}>: unsafe URL ${shown(url)}`);
      }
      visit(children, place, local);
    }
  };
  visit(xmlParser.parse(xml) as XmlNode[], '', '');
  return findings;
}

const kinds: Readonly<Record<string, 'html' | 'xml' | 'json'>> = { '.html': 'html', '.htm': 'html', '.xml': 'xml', '.svg': 'xml', '.json': 'json' };

/** Every regular file under `dir` (links and special files are not followed), relative, with forward slashes. */
async function filesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    await Promise.all(
      entries.map(async (entry) => {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) await walk(full);
        else if (entry.isFile()) found.push(path.relative(dir, full).split(path.sep).join('/'));
      }),
    );
  };
  await walk(dir);
  return found.sort();
}

/** Every finding in every .html, .htm, .xml, .svg and .json file under `outputDir`, in file order. */
export async function findLiveMarkup(outputDir: string, options: LiveMarkupOptions = {}): Promise<string[]> {
  const files = (await filesUnder(outputDir)).filter((file) => kinds[path.extname(file).toLowerCase()] !== undefined);
  const results: string[][] = new Array(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      const file = files[index] ?? '';
      const text = await readFile(path.join(outputDir, file), 'utf8');
      const kind = kinds[path.extname(file).toLowerCase()];
      results[index] = kind === 'html' ? liveMarkupInHtml(text, `${file}:`, options) : kind === 'xml' ? liveMarkupInXml(text, file, options) : liveMarkupInJson(text, file, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 16, Math.max(files.length, 1)) }, worker));
  return results.flat();
}
