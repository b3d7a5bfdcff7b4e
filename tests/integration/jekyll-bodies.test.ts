/**
 * Story bodies against Jekyll 4.3.1 itself (issue #12): tests/jekyll/bodies, a Jekyll site of short posts each named
 * for the Liquid tag, filter, variable or kramdown feature it uses, is built by Broadsheet with the same _config.yml
 * Jekyll built it with (tests/jekyll/bodies-config.ts), and each story body is compared with Jekyll's committed
 * content (tests/jekyll/answers/bodies.json; `bash tests/jekyll/bodies-regenerate.sh` makes it again) on what a reader
 * can tell apart: the visible text, the footnotes, the header IDs, the code blocks' text and the authored IDs and
 * classes (tests/jekyll/bodies-compare.ts). A difference fails unless `knownBodyDifferences` below gives its reason,
 * and a listed difference that no longer happens fails too. The posts of tests/jekyll/bodies-fatal, which stop
 * Jekyll's build, must stop Broadsheet's: exit code 1, the file and line named, no stack trace.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type BuildResult, runBuild } from '../helpers/fixture-site.ts';
import { type BodyPost, loadBodyAnswers, loadBodyFatalAnswers } from '../jekyll/bodies-collect.ts';
import { type Aspect, type AspectDifference, bodyFeatures, compareBodies, storyBody } from '../jekyll/bodies-compare.ts';
import { bodiesBuildTime, bodiesConfigYaml } from '../jekyll/bodies-config.ts';

interface KnownBodyDifference {
  readonly path: string;
  readonly aspects: readonly Aspect[];
  readonly reason: string;
}

/** Where Broadsheet's body differs from Jekyll's on purpose. Each entry must still differ, on each aspect listed. */
const knownBodyDifferences: readonly KnownBodyDifference[] = [
  {
    path: '_posts/2024-01-26-standard-filters.md',
    aspects: ['text'],
    reason:
      '`7.0 | divided_by: 2` is 3 here, 3.5 in Jekyll: liquidjs reads the literal 7.0 as the number 7, so Ruby\'s rule ' +
      '(integer division when both are integers) is applied to whole numbers, which keeps the common ' +
      '`number_of_words | divided_by: 200` an integer as in Jekyll.',
  },
];

/** The differences `known` does not list for `file`, and the aspects it lists for it that no longer differ. */
function judge(file: string, differences: readonly AspectDifference[], known: readonly KnownBodyDifference[]): { unexpected: AspectDifference[]; stale: Aspect[] } {
  const listed = known.filter((entry) => entry.path === file).flatMap((entry) => entry.aspects);
  return {
    unexpected: differences.filter((d) => !listed.includes(d.aspect)),
    stale: listed.filter((aspect) => !differences.some((d) => d.aspect === aspect)),
  };
}

const jekyllDir = path.join(import.meta.dirname, '../jekyll');
const answers = loadBodyAnswers();
const fatal = loadBodyFatalAnswers();
const work = mkdtempSync(path.join(tmpdir(), 'broadsheet-jekyll-bodies-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** A site folder filled by `copy`, with the corpus's _config.yml, built by `npm run build` into its own output. */
function buildSite(name: string, copy: (site: string) => void): { site: string; out: string; result: BuildResult } {
  const site = path.join(work, name, 'site');
  const out = path.join(work, name, 'out');
  mkdirSync(site, { recursive: true });
  copy(site);
  writeFileSync(path.join(site, '_config.yml'), bodiesConfigYaml());
  const result = runBuild(['--output', out], { BROADSHEET_ROOT: site, BROADSHEET_SITE: undefined, BUILD_TIME: bodiesBuildTime, TZ: 'Asia/Tokyo' });
  return { site, out, result };
}

const describeDifferences = (differences: readonly AspectDifference[]): string => differences.map((d) => `[${d.aspect}] ${d.detail}`).join('\n');

/** A few lines of a Jekyll answer changed, to show the comparison notices it (or, for markup only, that it does not). */
function doctored(post: BodyPost, from: string, to: string): string {
  assert.ok(post.content.includes(from), `${post.path} no longer holds ${JSON.stringify(from)}; update the self-check`);
  return post.content.replace(from, to);
}

function answer(suffix: string): BodyPost {
  const post = answers.posts.find((candidate) => candidate.path.endsWith(suffix));
  assert.ok(post !== undefined, `no answer for a post ending ${suffix}`);
  return post;
}

describe('the body comparison itself (tests/jekyll/bodies-compare.ts)', () => {
  test("every Jekyll answer compared with itself has no difference, and each has some text", () => {
    for (const post of answers.posts) {
      assert.deepEqual(compareBodies(bodyFeatures(post.content), bodyFeatures(post.content)), [], post.path);
      assert.notEqual(bodyFeatures(post.content).text, '', post.path);
    }
  });

  const cases: ReadonlyArray<{ name: string; post: string; from: string; to: string; aspects: readonly Aspect[] }> = [
    { name: 'a changed word is a text difference', post: 'if-elsif-else-unless.md', from: 'Middling (7)', to: 'Middling (8)', aspects: ['text'] },
    { name: 'a straight quote for a curly one is a text difference', post: 'smartify.md', from: 'it’s the ’90s</li>', to: "it's the '90s</li>", aspects: ['text'] },
    { name: "a footnote's changed ID is a footnote difference", post: 'footnotes.md', from: '<li id="fn:source"', to: '<li id="fn:src"', aspects: ['footnotes'] },
    { name: "a footnote's changed text is a footnote and a text difference", post: 'footnotes.md', from: 'The first footnote.', to: 'The 1st footnote.', aspects: ['text', 'footnotes'] },
    { name: 'a changed header ID is a header-ID difference only', post: 'header-ids.md', from: 'id="news-1"', to: 'id="news-one"', aspects: ['headerIds'] },
    { name: "a changed line in a code block is a code difference only", post: 'whitespace-control.md', from: '  * Grace\n  * Linus', to: ' * Grace\n  * Linus', aspects: ['code'] },
    { name: 'a line-number gutter is not code', post: 'highlight-tag.md', from: '<pre class="lineno">1\n2\n3\n4\n</pre>', to: '<pre class="lineno">one two</pre>', aspects: [] },
    { name: "a changed IAL class is an attribute difference only", post: 'attribute-lists.md', from: '<p class="lead" id="intro">', to: '<p class="leader" id="intro">', aspects: ['attributes'] },
    { name: "a heading's IAL class is an attribute, its ID is not", post: 'attribute-lists.md', from: '<h3 class="section-title" id="a-heading-with-a-class">', to: '<h3 id="something-else">', aspects: ['headerIds', 'attributes'] },
    { name: "Rouge's token classes are not attributes", post: 'code-blocks.md', from: '<span class="k">print</span>', to: '<span class="hljs-keyword">print</span>', aspects: [] },
    { name: 'a missing back link is a text difference, not a footnote one', post: 'footnotes.md', from: '&#8617;<sup>2</sup>', to: '&#8617;', aspects: ['text'] },
  ];
  for (const doctoring of cases) {
    test(doctoring.name, () => {
      const post = answer(doctoring.post);
      const differences = compareBodies(bodyFeatures(post.content), bodyFeatures(doctored(post, doctoring.from, doctoring.to)));
      assert.deepEqual(differences.map((d) => d.aspect), doctoring.aspects, describeDifferences(differences));
    });
  }

  test("markup no reader sees is no difference: kramdown's indentation, entity spellings, wrappers", () => {
    const kramdown = '<p>Tom &amp; Jerry</p>\n\n<ul>\n  <li>one</li>\n  <li><em>two</em></li>\n</ul>\n<div class="language-ruby highlighter-rouge"><div class="highlight"><pre class="highlight"><code><span class="k">def</span> x\n</code></pre></div></div>';
    const compact = '<p>Tom &#38; Jerry</p><ul><li>one</li><li><em>two</em></li></ul><pre><code class="language-ruby"><span class="hljs-keyword">def</span> x</code></pre>';
    assert.deepEqual(compareBodies(bodyFeatures(kramdown), bodyFeatures(compact)), []);
    assert.deepEqual(bodyFeatures(kramdown).text, 'Tom & Jerry one two');
    assert.deepEqual(bodyFeatures(kramdown).code, ['def x']);
  });

  test('words joined or parted by markup are a text difference', () => {
    assert.deepEqual(compareBodies(bodyFeatures('<p>one</p><p>two</p>'), bodyFeatures('<p>one<em>two</em></p>')).map((d) => d.aspect), ['text']);
  });

  test('a listed difference is allowed on its aspects only, and a listed one that no longer happens is stale', () => {
    const known: KnownBodyDifference[] = [{ path: '_posts/x.md', aspects: ['code'], reason: 'a reason' }];
    const text: AspectDifference = { aspect: 'text', detail: '' };
    const code: AspectDifference = { aspect: 'code', detail: '' };
    assert.deepEqual(judge('_posts/x.md', [text, code], known), { unexpected: [text], stale: [] });
    assert.deepEqual(judge('_posts/x.md', [], known), { unexpected: [], stale: ['code'] });
    assert.deepEqual(judge('_posts/y.md', [code], known), { unexpected: [code], stale: [] });
  });

  test("the story body is found in a post page's markup (layouts/post.tsx), without the page around it", () => {
    const page = '<html><body><article class="story"><header><h1 class="story__headline">Title</h1></header><div class="story__body"><p>Body <em>text</em>.</p></div><footer class="story__footer">Tags</footer></article></body></html>';
    const body = storyBody(page);
    assert.ok(body !== undefined);
    assert.deepEqual(bodyFeatures(body), { text: 'Body text.', footnotes: [], headerIds: [], code: [], attributes: [] });
    assert.equal(storyBody('<html><body><p>No story</p></body></html>'), undefined);
  });
});

describe("Jekyll's answers still describe the corpus on disk", () => {
  test('every dated file in tests/jekyll/bodies/_posts has an answer, and nothing else has', () => {
    const dated = readdirSync(path.join(jekyllDir, 'bodies/_posts')).filter((name) => /^\d{4}-\d{2}-\d{2}-/.test(name)).map((name) => `_posts/${name}`).sort();
    assert.deepEqual(answers.posts.map((post) => post.path), dated);
  });

  test('every file in tests/jekyll/bodies-fatal stopped Jekyll, with a Liquid exception naming it', () => {
    const files = readdirSync(path.join(jekyllDir, 'bodies-fatal/_posts')).map((name) => `_posts/${name}`).sort();
    assert.deepEqual(fatal.cases.map((entry) => entry.path), files);
    for (const entry of fatal.cases) {
      assert.equal(entry.exitCode, 1, entry.path);
      assert.ok(entry.error.startsWith('Liquid Exception:') && entry.error.endsWith(` in ${entry.path}`), entry.error);
    }
  });
});

describe('story bodies as Jekyll 4.3.1 renders them (issue #12)', () => {
  let build: { site: string; out: string; result: BuildResult };
  before(() => {
    build = buildSite('bodies', (site) => cpSync(path.join(jekyllDir, 'bodies'), site, { recursive: true }));
  });

  test('the corpus builds', () => {
    assert.equal(build.result.status, 0, build.result.stdout + build.result.stderr);
  });

  for (const post of answers.posts) {
    test(`${post.path}: text, footnotes, header IDs, code and attributes as in Jekyll`, () => {
      assert.equal(build.result.status, 0, `the build failed, so there is no page to compare:\n${build.result.stderr}`);
      let page: string;
      try {
        page = readFileSync(path.join(build.out, decodeURI(post.url), 'index.html'), 'utf8');
      } catch {
        assert.fail(`Broadsheet wrote no page at Jekyll's URL ${post.url}`);
      }
      const body = storyBody(page);
      assert.ok(body !== undefined, `the page at ${post.url} has no <div class="story__body">`);
      const differences = compareBodies(bodyFeatures(post.content), bodyFeatures(body));
      const { unexpected, stale } = judge(post.path, differences, knownBodyDifferences);
      if (unexpected.length > 0) assert.fail(`differs from Jekyll's body (${post.url}), and knownBodyDifferences does not list it:\n${describeDifferences(unexpected)}`);
      assert.deepEqual(stale, [], `listed in knownBodyDifferences but the same as Jekyll now; remove it from the list`);
    });
  }

  test('every post Jekyll warns about (an excerpt cut inside a Liquid block) is warned about, by its file', () => {
    assert.equal(build.result.status, 0, build.result.stderr);
    const warned = answers.log.filter((entry) => entry.startsWith('Warning:')).flatMap((entry) => answers.posts.filter((post) => entry.includes(` ${post.path}!`)).map((post) => post.path));
    assert.ok(warned.length > 0, "Jekyll's log names the excerpt-inside-if post");
    for (const file of warned) assert.match(build.result.stderr, new RegExp(`warning: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`), file);
  });

  test('every listed difference names a post of the corpus', () => {
    const paths = new Set(answers.posts.map((post) => post.path));
    assert.deepEqual(knownBodyDifferences.filter((entry) => !paths.has(entry.path)).map((entry) => entry.path), []);
  });
});

describe("what stops Jekyll's build stops Broadsheet's (tests/jekyll/bodies-fatal)", () => {
  for (const entry of fatal.cases) {
    test(`${entry.path}: exit code 1, naming the file${entry.line === null ? '' : ' and the line'}, without a stack trace (Jekyll: ${entry.error})`, () => {
      const source = path.join(jekyllDir, 'bodies-fatal', entry.path);
      const { result } = buildSite(`fatal-${path.basename(entry.path, '.md')}`, (site) => {
        mkdirSync(path.join(site, path.dirname(entry.path)), { recursive: true });
        cpSync(source, path.join(site, entry.path));
      });
      const output = result.stdout + result.stderr;
      assert.equal(result.status, 1, output);
      assert.ok(output.includes(entry.path), `names ${entry.path}:\n${output}`);
      if (entry.line !== null) {
        // Liquid counts lines from the end of the front matter, and names the last line for a block never closed;
        // a reader wants the file's line of the tag at fault, which is the post's only Liquid.
        const tagLine = readFileSync(source, 'utf8').split('\n').findIndex((line) => line.includes('{%') || line.includes('{{')) + 1;
        assert.ok(output.includes(`${entry.path}:${tagLine}`), `names ${entry.path}:${tagLine}:\n${output}`);
      }
      assert.doesNotMatch(output, /^\s+at .+:\d+:\d+\)?$/m, 'no stack trace');
      assert.doesNotMatch(output, /Internal error/, 'a fault in the post, not in Broadsheet');
    });
  }
});
