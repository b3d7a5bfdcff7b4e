// Jekyll 4.3.1's committed answers for tests/jekyll/corpus (issue #11), read without Ruby. regenerate.sh writes
// them; a test builds the same corpus with Broadsheet and compares. Every value is what Jekyll's Liquid printed
// through `jsonify`, so a title can be a number and a tag a boolean: that is Jekyll's answer, not a loader bug.
import { describe, list, number, readJson, record, text } from "./answers-json.ts";
import { fileURLToPath } from "node:url";
import { jekyllBuildTime, jekyllConfig, type JekyllConfig } from "./configs.ts";

export type JsonScalar = string | number | boolean | null;

export interface JekyllPost {
  /** The source path relative to the site (`post.path`), e.g. `news/_posts/2019-05-03-under-news.md`. */
  readonly path: string;
  /** `post.url`, percent-encoded by Jekyll. */
  readonly url: string;
  /** `post.date | date: "%Y-%m-%dT%H:%M:%S%z"`: the date in the configuration's time zone. */
  readonly date: string;
  /** `post.date | date_to_xmlschema`. */
  readonly dateXmlschema: string;
  /** `post.date | date: "%s"`, seconds since 1970 UTC. */
  readonly epoch: number;
  /** `post.date | date: "%N"`, the fraction of the second. */
  readonly nanoseconds: number;
  readonly title: JsonScalar;
  /** `post.slug`: the front-matter `slug` or the file name's, before slugifying. */
  readonly slug: JsonScalar;
  /**
   * `post.categories` and `post.tags`. Null where Jekyll's reading of the file failed before it filled them in
   * (front matter that is not valid YAML, not a mapping, or `categories: 2013`): Jekyll logs an error and still
   * publishes such a post, with no title or slug, dated at the build time.
   */
  readonly categories: readonly JsonScalar[] | null;
  readonly tags: readonly JsonScalar[] | null;
  /** `post.excerpt | strip_html | normalize_whitespace`. */
  readonly excerptText: string;
  /** `post.excerpt`: rendered HTML, or the front-matter `excerpt` as written. */
  readonly excerptHtml: string;
}

export interface JekyllAnswers {
  readonly config: JekyllConfig;
  readonly jekyll: string;
  /** Jekyll's `time` (the frozen build time) as Jekyll printed it in the configuration's time zone. */
  readonly buildTime: string;
  /** Sorted by path (UTF-16 code units). */
  readonly posts: readonly JekyllPost[];
  /** Files of the corpus that are not in `site.posts` (drafts, future, unpublished, undated, pages…), sorted. */
  readonly skipped: readonly string[];
  /** Jekyll's own Error, Warning and Skipping lines, with the temporary folder removed. */
  readonly log: readonly string[];
}

export interface JekyllFatal {
  /** The post's path inside tests/jekyll/fatal, built alone. */
  readonly path: string;
  readonly exitCode: number;
  /** Jekyll's error line, with the temporary folder removed. */
  readonly error: string;
}

export interface JekyllFatalAnswers {
  readonly config: JekyllConfig;
  readonly jekyll: string;
  readonly cases: readonly JekyllFatal[];
}

const answersDir = fileURLToPath(new URL("./answers/", import.meta.url));

export function answersPath(name: string): string {
  return `${answersDir}${name}.json`;
}

export function loadAnswers(config: JekyllConfig | string): JekyllAnswers {
  const name = typeof config === "string" ? config : config.name;
  const file = answersPath(name);
  return parseAnswers(readJsonAt(file), file);
}

export function loadFatalAnswers(): JekyllFatalAnswers {
  const file = answersPath("fatal");
  const raw = record(readJsonAt(file), file);
  return {
    config: currentConfig(raw["config"], file),
    jekyll: text(raw["jekyll"], `${file}: jekyll`),
    cases: list(raw["cases"], `${file}: cases`).map((entry, index) => {
      const where = `${file}: cases[${index}]`;
      const fatal = record(entry, where);
      return {
        path: text(fatal["path"], `${where}.path`),
        exitCode: number(fatal["exitCode"], `${where}.exitCode`),
        error: text(fatal["error"], `${where}.error`),
      };
    }),
  };
}

export function parseAnswers(value: unknown, file: string): JekyllAnswers {
  const raw = record(value, file);
  const config = currentConfig(raw["config"], file);
  return {
    config,
    jekyll: text(raw["jekyll"], `${file}: jekyll`),
    buildTime: text(raw["buildTime"], `${file}: buildTime`),
    posts: list(raw["posts"], `${file}: posts`).map((entry, index) => parsePost(entry, `${file}: posts[${index}]`)),
    skipped: list(raw["skipped"], `${file}: skipped`).map((entry, index) => text(entry, `${file}: skipped[${index}]`)),
    log: list(raw["log"], `${file}: log`).map((entry, index) => text(entry, `${file}: log[${index}]`)),
  };
}

export function parsePost(value: unknown, where: string): JekyllPost {
  const post = record(value, where);
  return {
    path: text(post["path"], `${where}.path`),
    url: text(post["url"], `${where}.url`),
    date: text(post["date"], `${where}.date`),
    dateXmlschema: text(post["dateXmlschema"], `${where}.dateXmlschema`),
    epoch: number(post["epoch"], `${where}.epoch`),
    nanoseconds: number(post["nanoseconds"], `${where}.nanoseconds`),
    title: scalar(post["title"], `${where}.title`),
    slug: scalar(post["slug"], `${where}.slug`),
    categories: scalars(post["categories"], `${where}.categories`),
    tags: scalars(post["tags"], `${where}.tags`),
    excerptText: text(post["excerptText"], `${where}.excerptText`),
    excerptHtml: text(post["excerptHtml"], `${where}.excerptHtml`),
  };
}

/** The configuration as configs.ts has it now, refusing answers that Jekyll built with other settings. */
function currentConfig(value: unknown, file: string): JekyllConfig {
  const stored = record(value, `${file}: config`);
  const config = jekyllConfig(text(stored["name"], `${file}: config.name`));
  for (const key of ["permalink", "timezone"] as const) {
    const found = text(stored[key], `${file}: config.${key}`);
    if (found !== config[key]) {
      throw new Error(
        `${file}: config.${key} is "${found}" but tests/jekyll/configs.ts says "${config[key]}"; ` +
          "run `bash tests/jekyll/regenerate.sh`.",
      );
    }
  }
  const time = text(stored["time"], `${file}: config.time`);
  if (time !== jekyllBuildTime) {
    throw new Error(
      `${file}: config.time is "${time}" but tests/jekyll/configs.ts says "${jekyllBuildTime}"; ` +
        "run `bash tests/jekyll/regenerate.sh`.",
    );
  }
  return config;
}

function scalar(value: unknown, where: string): JsonScalar {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return value;
  }
  throw new TypeError(`${where}: expected a string, number, boolean or null; found ${describe(value)}.`);
}

function scalars(value: unknown, where: string): JsonScalar[] | null {
  return value === null ? null : list(value, where).map((entry, index) => scalar(entry, `${where}[${index}]`));
}

function readJsonAt(file: string): unknown {
  return readJson(file, "tests/jekyll/regenerate.sh");
}
