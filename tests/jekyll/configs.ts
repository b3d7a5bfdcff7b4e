// The settings the Jekyll oracle (issue #11) was built with. regenerate.sh writes each one as a _config.yml, so a
// Broadsheet test that builds tests/jekyll/corpus with the same permalink, time zone and build time can compare
// its posts with tests/jekyll/answers/<name>.json.

export type JekyllConfigName = "date-utc" | "pretty-new-york" | "categories-new-york" | "dated-slash-utc" | "slugified-kathmandu";

export interface JekyllConfig {
  readonly name: JekyllConfigName;
  /** Jekyll's `permalink` setting: a style name (`date`, `pretty`) or a template. */
  readonly permalink: string;
  /** Jekyll's `timezone` setting, an IANA name; Jekyll sets TZ to it for the whole build. */
  readonly timezone: string;
  readonly description: string;
}

/**
 * Jekyll's `time` setting, frozen so that "in the future" means the same thing at every regeneration. Jekyll skips
 * a post dated after it (`future` is left at its default, false). Pass it to Broadsheet as BUILD_TIME.
 */
export const jekyllBuildTime = "2025-12-01T00:00:00Z";

export function jekyllConfigs(): JekyllConfig[] {
  return [
    {
      name: "date-utc",
      permalink: "date",
      timezone: "UTC",
      description: "Jekyll's default style, /:categories/:year/:month/:day/:title:output_ext, in UTC",
    },
    {
      name: "pretty-new-york",
      permalink: "pretty",
      timezone: "America/New_York",
      description: "/:categories/:year/:month/:day/:title/ in New York (DST changes, previous-day dates)",
    },
    {
      name: "categories-new-york",
      permalink: "/:categories/:year/:i_month/:title.html",
      timezone: "America/New_York",
      description: "a custom template with raw (lower-cased, unslugified) categories, an unpadded month and .html",
    },
    {
      name: "dated-slash-utc",
      permalink: "/:year/:month/:day/:title/",
      timezone: "UTC",
      description: "a custom template without categories, ending in a slash, in UTC",
    },
    {
      name: "slugified-kathmandu",
      permalink: "/:slugified_categories/:year/:short_month/:i_day/:slug:output_ext",
      timezone: "Asia/Kathmandu",
      description: "slugified categories, :slug (not :title), month names and :output_ext, at UTC+05:45",
    },
  ];
}

export function jekyllConfig(name: string): JekyllConfig {
  const config = jekyllConfigs().find((candidate) => candidate.name === name);
  if (config === undefined) {
    const names = jekyllConfigs().map((candidate) => candidate.name).join(", ");
    throw new Error(`tests/jekyll/configs.ts: no Jekyll configuration named "${name}"; expected one of ${names}.`);
  }
  return config;
}

/** The whole _config.yml: nothing else that changes posts (no theme, plugins or `future`). */
export function configYaml(config: JekyllConfig): string {
  return [
    `# Written by tests/jekyll/regenerate.sh from tests/jekyll/configs.ts (${config.name}).`,
    `permalink: ${JSON.stringify(config.permalink)}`,
    `timezone: ${JSON.stringify(config.timezone)}`,
    `time: ${JSON.stringify(jekyllBuildTime)}`,
    "",
  ].join("\n");
}
