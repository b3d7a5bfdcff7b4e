// Turns one Jekyll build of tests/jekyll/corpus into tests/jekyll/answers/<config>.json (issue #11). regenerate.sh
// runs it and owns Jekyll; this file owns the JSON shape, and parses each post with answers.ts's own reader.
//
//   node --import tsx tests/jekyll/collect.ts names
//   node --import tsx tests/jekyll/collect.ts config-yaml <name>
//   node --import tsx tests/jekyll/collect.ts answer <name> <jekyll-version> <site-dir> <log-file> <out.json>
//   node --import tsx tests/jekyll/collect.ts fatal <name> <jekyll-version> <results-dir> <out.json>
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parsePost, type JekyllAnswers, type JekyllFatal, type JekyllFatalAnswers, type JekyllPost } from "./answers.ts";
import { configYaml, jekyllBuildTime, jekyllConfig, jekyllConfigs, type JekyllConfig } from "./configs.ts";
import { compare, write } from "./answers-json.ts";

/** What is written: the configuration as it was, with Jekyll's frozen `time`, so stale answers can be told. */
export type AnswersFile = Omit<JekyllAnswers, "config"> & { readonly config: StoredConfig };
export type FatalAnswersFile = Omit<JekyllFatalAnswers, "config"> & { readonly config: StoredConfig };
type StoredConfig = JekyllConfig & { readonly time: string };

function stored(config: JekyllConfig): StoredConfig {
  return { ...config, time: jekyllBuildTime };
}

/**
 * Every file of the copied corpus, dot files included. The corpus holds nothing but would-be posts (dump.json
 * and _config.yml are removed before this runs), so each one Jekyll left out of `site.posts` is a skipped post.
 */
export function corpusFiles(siteDir: string, under = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(siteDir, under), { withFileTypes: true })) {
    const rel = under === "" ? entry.name : `${under}/${entry.name}`;
    if (rel === "_site" || rel === ".jekyll-cache") continue; // Jekyll's output and cache, not corpus
    if (entry.isDirectory()) found.push(...corpusFiles(siteDir, rel));
    else found.push(rel);
  }
  return found;
}

/** Jekyll's log without its banner, timings and colours, and with the temporary site folder taken out. */
export function cleanLog(log: string, siteDir: string): string[] {
  const banner = /^(Configuration file|Source|Destination|Incremental build|Generating\.\.\.|Auto-regeneration|done in)/;
  return log
    .replace(/\x1b\[[0-9;]*m/g, "")
    .split("\n")
    .map((line) => line.replaceAll(`${siteDir}/`, "").trim())
    .filter((line) => line !== "" && !banner.test(line));
}

/** The line that says why Jekyll stopped: its own `Error:` line, or else Ruby's exception line. */
export function fatalError(lines: readonly string[]): string {
  return (
    lines.find((line) => line.startsWith("Error:")) ??
    lines.find((line) => /\(\w+(Error|Exception)\)$/.test(line))?.replace(/^\S+\.rb:\d+:in `[^']*': /, "") ??
    lines.join(" ")
  );
}

export function collectAnswers(input: {
  config: JekyllConfig;
  jekyll: string;
  dump: unknown;
  corpusFiles: readonly string[];
  log: readonly string[];
}): AnswersFile {
  const dump = input.dump;
  if (typeof dump !== "object" || dump === null || !("posts" in dump) || !Array.isArray(dump.posts)) {
    throw new TypeError("dump.json: expected an object with a `posts` list; the Liquid in dump.liquid is broken.");
  }
  if (!("time" in dump) || typeof dump.time !== "string") throw new TypeError("dump.json: expected `time`.");
  const posts: JekyllPost[] = dump.posts.map((entry: unknown, index: number) =>
    parsePost(numbersFromLiquid(entry), `dump.json: posts[${index}]`),
  );
  posts.sort((a, b) => compare(a.path, b.path));
  const published = new Set(posts.map((post) => post.path));
  return {
    config: stored(input.config),
    jekyll: input.jekyll,
    buildTime: dump.time,
    posts,
    skipped: input.corpusFiles.filter((file) => !published.has(file)).sort(compare),
    log: [...input.log],
  };
}

/** Liquid's `date: "%s"` and `"%N"` print strings; they are numbers in the answers. */
function numbersFromLiquid(entry: unknown): unknown {
  if (typeof entry !== "object" || entry === null) return entry;
  const copy: Record<string, unknown> = { ...entry };
  for (const key of ["epoch", "nanoseconds"]) {
    if (typeof copy[key] === "string") copy[key] = Number(copy[key]);
  }
  return copy;
}

function main(args: readonly string[]): void {
  const [command, ...rest] = args;
  if (command === "names") {
    process.stdout.write(jekyllConfigs().map((config) => `${config.name}\n`).join(""));
  } else if (command === "config-yaml" && rest.length === 1) {
    process.stdout.write(configYaml(jekyllConfig(rest[0] ?? "")));
  } else if (command === "answer" && rest.length === 5) {
    const [name = "", jekyll = "", siteDir = "", logFile = "", out = ""] = rest;
    const answers = collectAnswers({
      config: jekyllConfig(name),
      jekyll,
      dump: JSON.parse(readFileSync(join(siteDir, "_site", "dump.json"), "utf8")),
      corpusFiles: corpusFiles(siteDir),
      log: cleanLog(readFileSync(logFile, "utf8"), siteDir),
    });
    write(out, answers);
  } else if (command === "fatal" && rest.length === 4) {
    const [name = "", jekyll = "", resultsDir = "", out = ""] = rest;
    const cases: JekyllFatal[] = readdirSync(resultsDir)
      .map((entry) => {
        const read = (file: string): string => readFileSync(join(resultsDir, entry, file), "utf8");
        const siteDir = read("site").trim();
        return {
          path: read("path").trim(),
          exitCode: Number(read("rc").trim()),
          error: fatalError(cleanLog(read("log"), siteDir)),
        };
      })
      .sort((a, b) => compare(a.path, b.path));
    const answers: FatalAnswersFile = { config: stored(jekyllConfig(name)), jekyll, cases };
    write(out, answers);
  } else {
    throw new Error(`tests/jekyll/collect.ts: unknown command ${JSON.stringify(args)}; see the usage at the top.`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
