// Turns Jekyll's build of tests/jekyll/bodies into tests/jekyll/answers/bodies.json, and the fatal cases of
// tests/jekyll/bodies-fatal into answers/bodies-fatal.json (issue #12). bodies-regenerate.sh runs Jekyll; this file
// owns the JSON shape and reads it back, validated, for tests/integration/jekyll-bodies.test.ts.
//
//   node --import tsx tests/jekyll/bodies-collect.ts config-yaml
//   node --import tsx tests/jekyll/bodies-collect.ts layout
//   node --import tsx tests/jekyll/bodies-collect.ts answer <jekyll-version> <site-dir> <log-file> <out.json>
//   node --import tsx tests/jekyll/bodies-collect.ts fatal <jekyll-version> <results-dir> <out.json>
import { readdirSync, readFileSync } from "node:fs";
import { compare, describe, list, number, readJson, record, text, write } from "./answers-json.ts";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bodiesConfigYaml, bodiesLayout } from "./bodies-config.ts";
import { cleanLog, fatalError } from "./collect.ts";

export interface BodyPost {
  /** `post.path`: the source path relative to the site, e.g. `_posts/2024-01-02-highlight-tag.md`. */
  readonly path: string;
  /** `post.url`, without the base URL, as Jekyll prints it. */
  readonly url: string;
  readonly title: string;
  /** The post's rendered content: its page under a layout that is exactly `{{ content }}`. */
  readonly content: string;
  /** `post.excerpt`, rendered. */
  readonly excerpt: string;
}

export interface BodyAnswers {
  readonly jekyll: string;
  /** The `_config.yml` Jekyll built with; answers made from another are refused as stale. */
  readonly config: string;
  /** Sorted by path (UTF-16 code units). */
  readonly posts: readonly BodyPost[];
  /** Jekyll's warnings and errors, one entry per message (its continuation lines joined), site folder removed. */
  readonly log: readonly string[];
}

export interface BodyFatal {
  /** The post's path inside tests/jekyll/bodies-fatal, built alone. */
  readonly path: string;
  readonly exitCode: number;
  /** Jekyll's error, with the temporary site folder removed. */
  readonly error: string;
  /**
   * The `(line N)` of Liquid's message, or null where Jekyll names no line. Liquid counts from the first line after
   * the front matter, and for a block never closed it names the last line it read, not the opening tag.
   */
  readonly line: number | null;
}

export interface BodyFatalAnswers {
  readonly jekyll: string;
  readonly config: string;
  readonly cases: readonly BodyFatal[];
}

const answersDir = fileURLToPath(new URL("./answers/", import.meta.url));
export const bodyAnswersFile = join(answersDir, "bodies.json");
export const bodyFatalAnswersFile = join(answersDir, "bodies-fatal.json");

/** Jekyll's topics are right-aligned in 20 columns: a line blank there continues the message above it. */
const continuation = /^ {20}\S/;
/** Jekyll's own furniture at the message column: the rules around its --trace advice, and the timing. */
const banner = /^(-+|done in .*)$/;
const reported = /^(Warning|Error|ERROR|Build Warning|Liquid Warning|Liquid Exception|Deprecation|Conflict):/;

/** Jekyll's warnings and errors, each message on one line, without colours, banner or the temporary folder. */
export function logEntries(log: string, siteDir: string): string[] {
  const entries: string[] = [];
  let inside = false;
  for (const raw of log.replace(/\x1b\[[0-9;]*m/g, "").split("\n")) {
    const line = raw.replaceAll(`${siteDir}/`, "").replaceAll(siteDir, ".");
    if (continuation.test(line) && !banner.test(line.trim()) && inside && entries.length > 0) {
      entries[entries.length - 1] += ` ${line.trim()}`;
      continue;
    }
    inside = reported.test(line.trim());
    if (inside) entries.push(line.trim());
  }
  return entries;
}

/** Why Jekyll stopped: its `Liquid Exception:` message, or else what collect.ts finds for the corpus's fatal cases. */
export function bodyFatalError(log: string, siteDir: string): string {
  return logEntries(log, siteDir).find((entry) => entry.startsWith("Liquid Exception:")) ?? fatalError(cleanLog(log, siteDir));
}

export function liquidLine(error: string): number | null {
  const found = /\(line (\d+)\)/.exec(error);
  return found === null ? null : Number(found[1]);
}

export function collectBodyAnswers(input: { jekyll: string; dump: unknown; page: (url: string) => string; log: readonly string[] }): BodyAnswers {
  const dump = record(input.dump, "bodies-dump.json");
  const posts = list(dump["posts"], "bodies-dump.json: posts").map((entry, index) => {
    const where = `bodies-dump.json: posts[${index}]`;
    const post = record(entry, where);
    const url = text(post["url"], `${where}.url`);
    return {
      path: text(post["path"], `${where}.path`),
      url,
      title: text(post["title"], `${where}.title`),
      content: input.page(url),
      excerpt: text(post["excerpt"], `${where}.excerpt`),
    };
  });
  posts.sort((a, b) => compare(a.path, b.path));
  return { jekyll: input.jekyll, config: bodiesConfigYaml(), posts, log: [...input.log] };
}

export function loadBodyAnswers(file = bodyAnswersFile): BodyAnswers {
  const raw = record(readJsonAt(file), file);
  return {
    jekyll: text(raw["jekyll"], `${file}: jekyll`),
    config: currentConfig(raw["config"], file),
    posts: list(raw["posts"], `${file}: posts`).map((entry, index) => {
      const where = `${file}: posts[${index}]`;
      const post = record(entry, where);
      return {
        path: text(post["path"], `${where}.path`),
        url: text(post["url"], `${where}.url`),
        title: text(post["title"], `${where}.title`),
        content: text(post["content"], `${where}.content`),
        excerpt: text(post["excerpt"], `${where}.excerpt`),
      };
    }),
    log: list(raw["log"], `${file}: log`).map((entry, index) => text(entry, `${file}: log[${index}]`)),
  };
}

export function loadBodyFatalAnswers(file = bodyFatalAnswersFile): BodyFatalAnswers {
  const raw = record(readJsonAt(file), file);
  return {
    jekyll: text(raw["jekyll"], `${file}: jekyll`),
    config: currentConfig(raw["config"], file),
    cases: list(raw["cases"], `${file}: cases`).map((entry, index) => {
      const where = `${file}: cases[${index}]`;
      const fatal = record(entry, where);
      const line = fatal["line"];
      if (line !== null && typeof line !== "number") throw new TypeError(`${where}.line: expected a number or null; found ${describe(line)}.`);
      return {
        path: text(fatal["path"], `${where}.path`),
        exitCode: number(fatal["exitCode"], `${where}.exitCode`),
        error: text(fatal["error"], `${where}.error`),
        line,
      };
    }),
  };
}

/** The stored `_config.yml`, refused unless bodies-config.ts still writes exactly it. */
function currentConfig(value: unknown, file: string): string {
  const stored = text(value, `${file}: config`);
  if (stored !== bodiesConfigYaml()) {
    throw new Error(`${file}: Jekyll built these answers with another _config.yml than tests/jekyll/bodies-config.ts writes; run \`bash tests/jekyll/bodies-regenerate.sh\`.`);
  }
  return stored;
}

function main(args: readonly string[]): void {
  const [command, ...rest] = args;
  if (command === "config-yaml" && rest.length === 0) {
    process.stdout.write(bodiesConfigYaml());
  } else if (command === "layout" && rest.length === 0) {
    process.stdout.write(bodiesLayout);
  } else if (command === "answer" && rest.length === 4) {
    const [jekyll = "", siteDir = "", logFile = "", out = ""] = rest;
    const answers = collectBodyAnswers({
      jekyll,
      dump: JSON.parse(readFileSync(join(siteDir, "_site", "bodies-dump.json"), "utf8")),
      page: (url) => readFileSync(join(siteDir, "_site", decodeURI(url), "index.html"), "utf8"),
      log: logEntries(readFileSync(logFile, "utf8"), siteDir),
    });
    write(out, answers);
  } else if (command === "fatal" && rest.length === 3) {
    const [jekyll = "", resultsDir = "", out = ""] = rest;
    const cases: BodyFatal[] = readdirSync(resultsDir)
      .map((entry) => {
        const read = (file: string): string => readFileSync(join(resultsDir, entry, file), "utf8");
        const error = bodyFatalError(read("log"), read("site").trim());
        return { path: read("path").trim(), exitCode: Number(read("rc").trim()), error, line: liquidLine(error) };
      })
      .sort((a, b) => compare(a.path, b.path));
    const answers: BodyFatalAnswers = { jekyll, config: bodiesConfigYaml(), cases };
    write(out, answers);
  } else {
    throw new Error(`tests/jekyll/bodies-collect.ts: unknown command ${JSON.stringify(args)}; see the usage at the top.`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}

function readJsonAt(file: string): unknown {
  return readJson(file, "tests/jekyll/bodies-regenerate.sh");
}
