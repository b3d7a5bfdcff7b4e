/**
 * A Jekyll site's authors as Broadsheet's `authors` setting (issue #12): `_data/authors.yml` (the map jekyll-seo-tag
 * and most themes read: key → name, bio, avatar, twitter, links…) and the site's own `author:` in `_config.yml`
 * (a name, or { name, email, url… }). Posts name their author by key (`author: jane`), so the keys are kept as
 * written; the site's author is keyed by its name, which is what a post naming it writes. Pure: takes parsed values
 * and asks whether a site file exists.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Problem } from '../../errors.ts';
import type { AuthorLink, AuthorSettings } from '../../site.ts';
import { profileLinkComplaint, sitePathComplaint } from '../../settings/url-rules.ts';

export interface AuthorsImport {
  readonly authors: Record<string, AuthorSettings>;
  /** For the report: where each author came from (`_data/authors.yml` → `jane`, `sam`). */
  readonly mapped: ReadonlyArray<{ readonly source: string; readonly keys: readonly string[] }>;
  /** What was not carried over, each naming the author and the field, with why. */
  readonly notes: readonly string[];
}

export interface AuthorSources {
  /** `author:` of `_config.yml`, as parsed. */
  readonly siteAuthor: unknown;
  /** `_data/authors.yml` (or `.yaml`, `.json`), as parsed. */
  readonly data?: { readonly file: string; readonly value: unknown };
  /** Whether a site path (`assets/team/jane.jpg`) is a file the new site will hold. */
  readonly fileExists: (sitePath: string) => boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined);

/** A handle (`@jane`, `jane`) or a whole URL, as the profile URL at `base`. */
const profile = (base: string) => (value: string): string => (/^https?:\/\//i.test(value) ? value : `${base}${value.replace(/^@/, '')}`);

/** Author fields that become links: field → label and how the value becomes a URL. */
const linkFields: ReadonlyArray<readonly [string, string, (value: string) => string]> = [
  ['url', 'Website', (value) => value],
  ['uri', 'Website', (value) => value],
  ['website', 'Website', (value) => value],
  ['web', 'Website', (value) => value],
  ['homepage', 'Website', (value) => value],
  ['email', 'Email', (value) => (value.startsWith('mailto:') ? value : `mailto:${value}`)],
  ['twitter', 'Twitter', profile('https://twitter.com/')],
  ['x', 'X', profile('https://x.com/')],
  ['mastodon', 'Mastodon', (value) => value],
  ['github', 'GitHub', profile('https://github.com/')],
  ['gitlab', 'GitLab', profile('https://gitlab.com/')],
  ['linkedin', 'LinkedIn', profile('https://www.linkedin.com/in/')],
  ['instagram', 'Instagram', profile('https://www.instagram.com/')],
];
const bioFields = ['bio', 'description'];
const avatarFields = ['avatar', 'picture', 'image'];
const read = new Set(['name', 'links', ...bioFields, ...avatarFields, ...linkFields.map(([field]) => field)]);

/** One Jekyll author record as Broadsheet's, with notes on what did not fit. */
function authorFrom(key: string, record: Record<string, unknown>, where: string, sources: AuthorSources, notes: string[]): AuthorSettings {
  const name = text(record['name']);
  if (name === undefined) notes.push(`${where}: has no \`name\`; it is shown as "${key}".`);
  const bio = bioFields.map((field) => text(record[field])).find((value) => value !== undefined);
  const links: AuthorLink[] = [];
  const addLink = (label: string, url: string, field: string): void => {
    const complaint = profileLinkComplaint(url);
    if (complaint === undefined) links.push({ label, url });
    else notes.push(`${where}.${field}: ${complaint.message} Left out.`);
  };
  for (const [field, label, toUrl] of linkFields) {
    const value = text(record[field]);
    if (value !== undefined) addLink(label, toUrl(value), field);
  }
  const listed = record['links'];
  if (Array.isArray(listed)) {
    listed.forEach((link: unknown, i) => {
      const label = isRecord(link) ? text(link['label']) ?? text(link['name']) ?? text(link['title']) : undefined;
      const url = isRecord(link) ? text(link['url']) : undefined;
      if (label !== undefined && url !== undefined) addLink(label, url, `links[${i}]`);
      else notes.push(`${where}.links[${i}]: is not { label, url }; left out.`);
    });
  }
  const avatar = avatarOf(record, where, sources, notes);
  for (const field of Object.keys(record)) if (!read.has(field)) notes.push(`${where}.${field}: Broadsheet's authors have no such field; left out.`);
  return {
    name: name ?? key,
    ...(bio === undefined ? {} : { bio }),
    ...(avatar === undefined ? {} : { avatar }),
    ...(links.length === 0 ? {} : { links }),
  };
}

/** The author's photo when it is a file of the site; a URL or a missing file would stop every build, so it is noted instead. */
function avatarOf(record: Record<string, unknown>, where: string, sources: AuthorSources, notes: string[]): string | undefined {
  const field = avatarFields.find((name) => text(record[name]) !== undefined);
  const value = field === undefined ? undefined : text(record[field]);
  if (field === undefined || value === undefined) return undefined;
  const sitePath = value.replace(/^\/+/, '');
  const complaint = sitePathComplaint(sitePath);
  if (complaint !== undefined) {
    notes.push(`${where}.${field}: ${JSON.stringify(value)} is not a file of the site (Broadsheet's author photos are); left out. Add the photo with \`npm run image\` and set \`avatar\` to the path it prints.`);
    return undefined;
  }
  if (!sources.fileExists(sitePath)) {
    notes.push(`${where}.${field}: ${JSON.stringify(value)} is not among the files imported; left out.`);
    return undefined;
  }
  return sitePath;
}

export function authorsFromJekyll(sources: AuthorSources): AuthorsImport {
  const authors: Record<string, AuthorSettings> = {};
  const mapped: Array<{ source: string; keys: string[] }> = [];
  const notes: string[] = [];
  const set = (key: string, author: AuthorSettings): void => {
    // Defined, not assigned: a key `__proto__` stays an author's key.
    Object.defineProperty(authors, key, { value: author, enumerable: true, writable: true, configurable: true });
  };
  const { data } = sources;
  if (data !== undefined) {
    if (!isRecord(data.value)) notes.push(`${data.file}: must map author keys to { name, bio… }; left out.`);
    else {
      const keys: string[] = [];
      for (const [key, record] of Object.entries(data.value)) {
        if (isRecord(record)) set(key, authorFrom(key, record, `${data.file}: ${key}`, sources, notes));
        else if (text(record) !== undefined) set(key, { name: text(record) ?? key });
        else {
          notes.push(`${data.file}: ${key}: is neither a name nor { name, bio… }; left out.`);
          continue;
        }
        keys.push(key);
      }
      mapped.push({ source: data.file, keys });
    }
  }
  const site = sources.siteAuthor;
  const record = isRecord(site) ? site : text(site) === undefined ? undefined : { name: text(site) };
  const name = record === undefined ? undefined : text(record['name']);
  if (record !== undefined && name === undefined) notes.push('_config.yml: author: has no `name`; left out.');
  else if (record !== undefined && name !== undefined) {
    const known = Object.entries(authors).find(([key, author]) => key === name || author.name === name);
    if (known === undefined) {
      set(name, authorFrom(name, record, '_config.yml: author', sources, notes));
      mapped.push({ source: '_config.yml author', keys: [name] });
      notes.push(`_config.yml: author: Broadsheet has no site-wide author, so a post without its own \`author:\` shows none; write \`author: ${name}\` in a post to credit ${name}.`);
    } else notes.push(`_config.yml: author: ${JSON.stringify(name)} is already ${data?.file ?? ''}'s \`${known[0]}\`; that entry is kept.`);
  }
  return { authors, mapped, notes };
}

/** `_data/authors.yml` (YAML) or `_data/authors.json` (JSON), parsed; a file Jekyll could not read stops the import. */
export function parseAuthorsData(file: string, text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: Problem } {
  const source = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: file.endsWith('.json') ? JSON.parse(source) : (parseYaml(source, { maxAliasCount: 100, logLevel: 'error' }) ?? {}) };
  } catch (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0]?.line : undefined;
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return { ok: false, problem: { file, ...(line === undefined ? {} : { line }), message: `is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${reason}`, fix: 'Fix it there (Jekyll cannot read it either), then import again.' } };
  }
}
