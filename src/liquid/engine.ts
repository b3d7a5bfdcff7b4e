/**
 * The one liquidjs configuration for story bodies (issue #12), set up as Jekyll 4 runs Liquid: `include` in Jekyll's
 * syntax from `_includes/` (file names as written, `include.*` parameters), unknown filters and variables quietly
 * empty (Jekyll's defaults), dates formatted in the site's zone, and Jekyll's own tags and filters added. Includes
 * come from memory (`templates`, read by src/liquid/site-files.ts): liquidjs never opens a file itself.
 *
 * Limits keep one hostile post from stalling a build (issue #10): a render may take `renderLimit` ms and allocate
 * about `memoryLimit` bytes of output and loop ranges.
 */
import { type FilterImplOptions, filters as builtin, Liquid } from 'liquidjs';
import type { Markdown } from '../markdown/create-markdown.ts';
import type { Site } from '../site.ts';
import { absoluteUrl, cgiEscape, dividedBy, escapeHtml, markdownify, normalizeWhitespace, relativeUrl, slugifyFilter, smartify, withSizes, xmlEscape } from './filters.ts';
import { type JekyllTagContext, registerJekyllTags } from './tags.ts';
import { baseUrlOf } from './variables.ts';

export interface LiquidEngineOptions {
  readonly site: Site;
  readonly md: Markdown;
  /** `_includes/` by path there. */
  readonly includes: Readonly<Record<string, string>>;
  readonly tags: JekyllTagContext;
}

/** Milliseconds one post's Liquid may take, and about how many bytes it may produce. */
export const renderLimitMs = 10_000;
export const memoryLimitBytes = 64 * 1024 * 1024;

export function createJekyllLiquid(options: LiquidEngineOptions): Liquid {
  const { site, md } = options;
  const liquid = new Liquid({
    templates: { ...options.includes },
    jekyllInclude: true,
    dynamicPartials: false,
    strictFilters: false,
    strictVariables: false,
    ownPropertyOnly: true,
    timezoneOffset: site.timeZone,
    // Ruby Liquid's `{%-` strips every blank before it, line breaks included.
    greedy: true,
    cache: true,
    renderLimit: renderLimitMs,
    memoryLimit: memoryLimitBytes,
  });
  const baseUrl = baseUrlOf(site);
  liquid.registerFilter('relative_url', (input: unknown) => relativeUrl(baseUrl, input));
  liquid.registerFilter('absolute_url', (input: unknown) => absoluteUrl(site.url, baseUrl, input));
  liquid.registerFilter('markdownify', (input: unknown) => markdownify(md, input));
  liquid.registerFilter('smartify', smartify);
  liquid.registerFilter('slugify', slugifyFilter);
  liquid.registerFilter('escape', escapeHtml);
  liquid.registerFilter('xml_escape', xmlEscape);
  liquid.registerFilter('cgi_escape', cgiEscape);
  liquid.registerFilter('url_encode', cgiEscape);
  liquid.registerFilter('normalize_whitespace', normalizeWhitespace);
  liquid.registerFilter('divided_by', dividedBy);
  for (const name of ['group_by', 'group_by_exp'] as const) {
    const own = builtin[name] as unknown as (...args: unknown[]) => Generator<unknown, Array<{ name: unknown; items: unknown[] }>, unknown>;
    liquid.registerFilter(name, function* (this: unknown, ...args: unknown[]) {
      return withSizes(yield* own.apply(this, args));
    } as FilterImplOptions);
  }
  registerJekyllTags(liquid, options.tags);
  return liquid;
}
