// The committed Jekyll answers still describe the corpus on disk (issue #11). These tests need no Ruby: they catch
// a post added to corpus/ or a setting changed in configs.ts without `bash tests/jekyll/regenerate.sh`.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import { loadAnswers, loadFatalAnswers, parseAnswers } from "./answers.ts";
import { corpusFiles } from "./collect.ts";
import { jekyllConfigs } from "./configs.ts";

const corpus = fileURLToPath(new URL("./corpus", import.meta.url));
const fatal = fileURLToPath(new URL("./fatal/_posts", import.meta.url));

for (const config of jekyllConfigs()) {
  test(`${config.name}: every corpus file is a post or skipped, once, sorted by path (issue #11)`, () => {
    const answers = loadAnswers(config);
    const answered = [...answers.posts.map((post) => post.path), ...answers.skipped];
    assert.deepEqual([...answered].sort(), corpusFiles(corpus).sort());
    const paths = answers.posts.map((post) => post.path);
    assert.deepEqual(paths, [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

test("answers built with another permalink are refused as stale", () => {
  const stale = structuredClone(loadAnswers("date-utc"));
  const raw = { ...stale, config: { ...stale.config, permalink: "pretty", time: "2025-12-01T00:00:00Z" } };
  assert.throws(() => parseAnswers(raw, "date-utc.json"), /config\.permalink is "pretty".*regenerate\.sh/);
});

test("Jekyll pads an unpadded file-name date: 2017-2-5 is /2017/02/05/", () => {
  const post = loadAnswers("date-utc").posts.find((p) => p.path === "_posts/2017-2-5-i-dont-like-zeroes.md");
  assert.equal(post?.url, "/2017/02/05/i-dont-like-zeroes.html");
});

test("a category with a space stays one category, lower-cased and percent-encoded under :categories", () => {
  const answers = loadAnswers("categories-new-york");
  const post = answers.posts.find((p) => p.path === "_posts/front-matter/2025-09-02-category-build-service.md");
  assert.deepEqual(post?.categories, ["Build Service"]);
  assert.equal(post?.url, "/build%20service/2025/9/category-build-service.html");
});

test("an offset of +16:00 is read as that offset, then shown in the configured zone", () => {
  const post = loadAnswers("pretty-new-york").posts.find((p) => p.path.endsWith("offset-plus-16-colon.md"));
  assert.equal(post?.epoch, Date.UTC(2020, 5, 24, 0, 15, 16) / 1000);
  assert.equal(post?.date, "2020-06-23T20:15:16-0400");
});

test("every file in fatal/ stopped Jekyll's build, with Jekyll's reason", () => {
  const answers = loadFatalAnswers();
  assert.deepEqual(
    answers.cases.map((fatalCase) => fatalCase.path),
    readdirSync(fatal).map((name) => `_posts/${name}`).sort(),
  );
  for (const fatalCase of answers.cases) {
    assert.notEqual(fatalCase.exitCode, 0, fatalCase.path);
    assert.match(fatalCase.error, /Invalid date|NoMethodError/, fatalCase.path);
  }
});
