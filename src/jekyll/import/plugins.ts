/**
 * A Jekyll site's plugins (issue #12), from its Gemfile and from `plugins:` in `_config.yml` (`gems:` before
 * Jekyll 3.5), each with what Broadsheet does in its place, so the import report says what the new site keeps
 * and what it loses. Pure: takes the Gemfile's text and the parsed config.
 */

export interface PluginUse {
  readonly name: string;
  /** Where the site names it: `Gemfile`, `_config.yml`. */
  readonly sources: readonly string[];
  /** Broadsheet does the same itself. */
  readonly builtIn: boolean;
  /** What replaces it, or what is lost without it. */
  readonly replacement: string;
}

const pagination = 'built-in pagination: every listing has `pageSize` stories a page, then /page/2/…';

/** Plugins whose work Broadsheet does itself. */
const builtIn: Readonly<Record<string, string>> = {
  'jekyll-feed': 'built-in feeds: /feed.xml (Atom), /rss.xml and /feed.json, and the same for each section and author',
  'jekyll-sitemap': 'built-in sitemaps: /sitemap.xml and /news-sitemap.xml, named in /robots.txt',
  'jekyll-seo-tag': 'built-in meta tags: title, description, canonical URL, Open Graph, Twitter and JSON-LD on every page',
  'jekyll-paginate': pagination,
  'jekyll-paginate-v2': pagination,
  'jekyll-archives': 'built-in archives: a page per section (/category/<slug>/), tag (/tag/<slug>/), year and month',
};

/** Plugins Broadsheet has nothing for, with what that means for the site. */
const unsupported: Readonly<Record<string, string>> = {
  'jekyll-redirect-from': 'not supported: `redirect_from:` makes no redirect pages; set the redirects up on the host',
  jemoji: 'not supported: `:emoji:` codes stay as written',
  'jekyll-mentions': 'not supported: `@name` mentions stay as text',
  'jekyll-gist': 'not supported: `gist` tags are not expanded',
};

/** Gems a Gemfile lists that are Jekyll itself or what it runs on, not plugins. */
const notPlugins = new Set(['jekyll', 'webrick', 'tzinfo', 'tzinfo-data', 'wdm', 'http_parser.rb', 'kramdown', 'kramdown-parser-gfm', 'jekyll-sass-converter', 'minima']);

function replacementFor(name: string): { builtIn: boolean; replacement: string } {
  const own = builtIn[name];
  if (own !== undefined) return { builtIn: true, replacement: own };
  if (name === 'github-pages') return { builtIn: false, replacement: 'GitHub Pages\' bundle of Jekyll and its plugins: the plugins the site turns on are the ones listed here' };
  if (/^jekyll-theme-/.test(name)) return { builtIn: false, replacement: 'a theme: not used, Broadsheet has its own layouts' };
  return { builtIn: false, replacement: unsupported[name] ?? 'not supported' };
}

/**
 * The gems of a Gemfile that are Jekyll plugins: those in `group :jekyll_plugins` (a block, or `group:` on the
 * line), and any other whose name says so (`jekyll-…`, or one we know, such as `jemoji`).
 */
export function pluginsInGemfile(text: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let pluginGroupDepth: number | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^\s+/, '');
    if (line.startsWith('#')) continue;
    if (/^group\b.*:jekyll_plugins\b.*\bdo\b/.test(line)) pluginGroupDepth ??= depth + 1;
    if (/\bdo\s*(\|[^|]*\|)?\s*(#.*)?$/.test(line)) depth++;
    else if (/^end\b/.test(line)) {
      if (pluginGroupDepth === depth) pluginGroupDepth = undefined;
      depth = Math.max(0, depth - 1);
    }
    const gem = /^gem\s*\(?\s*(["'])([^"']+)\1(.*)$/.exec(line);
    if (gem === null) continue;
    const name = gem[2] ?? '';
    const inGroup = pluginGroupDepth !== undefined || /(?:group:|:group\s*=>)\s*\[?[^\]#]*:jekyll_plugins/.test(gem[3] ?? '');
    const named = name.startsWith('jekyll-') || name in builtIn || name in unsupported;
    if ((inGroup || named) && !notPlugins.has(name) && !found.includes(name)) found.push(name);
  }
  return found;
}

/** `plugins:` (or the older `gems:`) of `_config.yml`: a list of names, or one name. */
export function pluginsInConfig(config: Readonly<Record<string, unknown>>): string[] {
  const names: string[] = [];
  for (const key of ['plugins', 'gems']) {
    const value = config[key];
    const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
    for (const item of list) if (typeof item === 'string' && item !== '' && !names.includes(item)) names.push(item);
  }
  return names;
}

/** Every plugin the site uses, once, sorted by name, with where it is named and what replaces it. */
export function pluginUses(gemfile: readonly string[], config: readonly string[]): PluginUse[] {
  const names = [...new Set([...gemfile, ...config])].sort();
  return names.map((name) => ({
    name,
    sources: [...(gemfile.includes(name) ? ['Gemfile'] : []), ...(config.includes(name) ? ['_config.yml'] : [])],
    ...replacementFor(name),
  }));
}
