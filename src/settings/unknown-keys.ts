/**
 * Settings a site gives that Broadsheet does not know: a warning each, with the setting it most likely meant
 * (`titel` → `title`), never an error, since a misspelt setting only means a default is used (issue #10).
 *
 * The known names are typed as records of the settings' interfaces, so a new setting cannot be forgotten here.
 */
import { likelyKey } from '../content/suggest.ts';
import type { Problem } from '../errors.ts';
import type { FeedSettings } from '../feeds/settings.ts';
import type { ImageSettings } from '../images/types.ts';
import type { AuthorLink, AuthorSettings, BodySettings, BreakingSettings, ManifestSettings, NavigationSettings, SiteInput, StorySettings } from '../site.ts';
import { isPlainObject } from './plain-object.ts';

type Names<T> = Readonly<Record<keyof T, true>>;
const names = <T>(record: Names<T>): readonly string[] => Object.keys(record);

const siteNames = names<SiteInput>({
  title: true, description: true, url: true, pathPrefix: true, language: true, timeZone: true, permalink: true,
  pageSize: true, relatedCount: true, categoryBase: true, tagBase: true, authorBase: true, frontPage: true,
  excerptSeparator: true, dateFormat: true, dayFormat: true, authors: true, images: true, feeds: true, search: true,
  logo: true, icon: true, manifest: true, bodies: true, navigation: true, showTimeZone: true, story: true,
  breaking: true,
});
const imageNames = names<ImageSettings>({ widths: true, formats: true, quality: true, avifEffort: true, placeholderWidth: true, og: true, maxPixels: true });
const groups: Readonly<Record<string, readonly string[]>> = {
  images: imageNames,
  'images.quality': names<ImageSettings['quality']>({ avif: true, webp: true, jpeg: true, png: true }),
  'images.og': names<ImageSettings['og']>({ width: true, height: true }),
  feeds: names<FeedSettings>({ fullText: true, limit: true }),
  frontPage: names<SiteInput['frontPage']>({ latest: true, sections: true, perSection: true, featuredHours: true }),
  breaking: names<BreakingSettings>({ hours: true }),
  bodies: names<BodySettings>({ sanitize: true, embedHosts: true, liquid: true }),
  story: names<StorySettings>({ dropCap: true, share: true, mastodonServer: true }),
  navigation: names<NavigationSettings>({ masthead: true, footer: true, social: true }),
  manifest: names<ManifestSettings>({ shortName: true, themeColor: true, backgroundColor: true }),
};
const authorNames = names<AuthorSettings>({ name: true, bio: true, avatar: true, links: true });
const linkNames = names<AuthorLink>({ label: true, url: true });

/** The known name `key` most likely meant; settings are camelCase, so case is ignored while comparing. */
export function likelySetting(key: string, known: readonly string[]): string | undefined {
  const folded = likelyKey(key.toLowerCase(), known.map((name) => name.toLowerCase()));
  return known.find((name) => name.toLowerCase() === folded);
}

function unknownIn(value: Record<string, unknown>, known: readonly string[], prefix: string, source: string): Problem[] {
  return Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const likely = likelySetting(key, known);
      return {
        file: source,
        field: `${prefix}${key}`,
        message: likely === undefined ? 'is not a setting, so it is ignored.' : `is not a setting, so it is ignored; did you mean \`${prefix}${likely}\`?`,
        fix: likely === undefined ? `Remove it, or use one of: ${known.join(', ')}.` : `Rename it to \`${likely}\`.`,
      };
    });
}

/** A warning for every unknown key, at the top level, in each group, in each author and each author's links. */
export function unknownSettings(settings: Readonly<Record<string, unknown>>, source: string): Problem[] {
  const warnings = unknownIn(settings, siteNames, '', source);
  for (const [group, known] of Object.entries(groups)) {
    const [outer, inner] = group.split('.') as [string, string | undefined];
    const parent = settings[outer];
    const value = inner === undefined ? parent : isPlainObject(parent) ? parent[inner] : undefined;
    if (isPlainObject(value)) warnings.push(...unknownIn(value, known, `${group}.`, source));
  }
  const authors = settings['authors'];
  if (isPlainObject(authors)) {
    for (const [key, author] of Object.entries(authors)) {
      if (!isPlainObject(author)) continue;
      warnings.push(...unknownIn(author, authorNames, `authors.${key}.`, source));
      const links = author['links'];
      if (!Array.isArray(links)) continue;
      links.forEach((link: unknown, i) => {
        if (isPlainObject(link)) warnings.push(...unknownIn(link, linkNames, `authors.${key}.links[${i}].`, source));
      });
    }
  }
  return warnings;
}
