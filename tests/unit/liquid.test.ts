/**
 * Liquid in story bodies, as Jekyll 4 runs it (issue #12): the stage `renderLiquid` over posts normalized from
 * inline files, with `_includes/`, `_data/` and a file for `include_relative` in a temporary site folder.
 * Jekyll's own output for the same constructs is compared in tests/integration/jekyll-bodies.test.ts.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import type { Post } from '../../src/content/schema.ts';
import { formatProblem, type Problem } from '../../src/errors.ts';
import { realRoot } from '../../src/files/site-root.ts';
import { closeOpenBlocks } from '../../src/liquid/excerpt-blocks.ts';
import { renderLiquid } from '../../src/liquid/render-posts.ts';
import { createMarkdown } from '../../src/markdown/create-markdown.ts';
import type { Site } from '../../src/site.ts';
import { markdown, postFrom, siteIn } from './support.ts';

const root = mkdtempSync(path.join(tmpdir(), 'broadsheet-liquid-'));
after(() => rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string): void => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
write('_includes/sig.markdown', '*Filed by {{ include.who | default: "the desk" }}*');
write('_includes/notes/box.html', '<aside class="{{ include.kind }}">{{ include.text }}</aside>');
write('_includes/broken.html', 'x\n{% nosuchtag %}');
write('_data/desk.yml', 'editor: Rita Santos\nphones: [one, two]\n');
write('_data/people/editors.json', '{"lead": "Lin Chen"}');
write('_posts/2024/notes.md', 'Notes for {{ page.title }}.');
write('_posts/2024/broken-notes.md', 'Fine.\n{% nosuchtag %}');
write('about.md', '---\ntitle: About\n---\nA Jekyll page.');
write('desk/contact.md', '---\npermalink: /contact-us/\n---\nWrite to us.');

const site = siteIn('Europe/London', { pathPrefix: '/blog/', url: 'https://example.org' });
const md = createMarkdown({ pathPrefix: site.pathPrefix });
const time = new Date('2025-12-01T00:00:00Z');

function post(file: string, frontMatter: readonly string[], body: string, options: { site?: Site } = {}): Post {
  return postFrom(file, markdown(frontMatter, body), { site: options.site ?? site });
}

interface Rendered {
  readonly posts: readonly Post[];
  readonly problems: readonly string[];
  readonly warnings: readonly Problem[];
}

async function render(posts: readonly Post[], options: { site?: Site } = {}): Promise<Rendered> {
  const result = await renderLiquid({ rootReal: realRoot(root), site: options.site ?? site, md, posts, staticFiles: [{ sitePath: 'files/report.pdf', path: '/dev/null' }], time });
  return { posts: result.posts, problems: result.problems.map(formatProblem), warnings: result.warnings };
}

async function body(text: string, frontMatter: readonly string[] = ['title: A story']): Promise<string> {
  const { posts, problems } = await render([post('_posts/2024-01-05-story.md', frontMatter, text)]);
  assert.deepEqual(problems, []);
  return posts[0]?.body ?? '';
}

const older = post('_posts/2024-01-01-older.md', ['title: Older', 'categories: [World]', 'tags: [trade]'], 'Older body.');
const inFolder = post('news/_posts/2023-06-01-in-news.md', ['title: In news'], 'Body.');

describe('Liquid runs over story bodies before markdown', () => {
  test('variables: site and page as Jekyll names them', async () => {
    assert.equal(await body('{{ site.title }}|{{ site.url }}|{{ site.baseurl }}|{{ site.time }}'), 'The Test Gazette|https://example.org|/blog|2025-12-01 00:00:00 +0000');
    assert.equal(await body('{{ page.title }}|{{ page.url }}|{{ page.id }}|{{ page.date }}', ['title: Story', 'date: 2024-01-05 10:30:00 +0100']), 'Story|/2024/01/05/story/|/2024/01/05/story|2024-01-05 09:30:00 +0000');
    assert.equal(await body('{{ page.categories | join: "," }}|{{ page.tags | size }}|{{ page.mood }}', ['title: S', 'categories: [Tech, World]', 'tags: [a, b, c]', 'mood: calm']), 'Tech,World|3|calm');
    assert.equal(await body('{{ site.data.desk.editor }}, {{ site.data.desk.phones | size }}, {{ site.data.people.editors.lead }}'), 'Rita Santos, 2, Lin Chen');
  });

  test('site.posts, site.categories and site.tags hold the built posts, newest first', async () => {
    const story = post('_posts/2024-01-05-story.md', ['title: Story', 'categories: [World]'], '{% for p in site.posts %}{{ p.title }};{% endfor %}|{{ site.categories.World | map: "title" | join: "," }}|{{ site.tags.trade.first.url }}');
    const { posts, problems } = await render([story, older, inFolder]);
    assert.deepEqual(problems, []);
    assert.equal(posts[0]?.body, 'Story;Older;In news;|Story,Older|/2024/01/01/older/');
  });

  test('core Liquid: assign, capture, if, case, for with limit, whitespace control', async () => {
    assert.equal(await body('{% assign n = 3 %}{% capture who %}Bea{% endcapture %}{% if n > 2 %}{{ who }}{% else %}no{% endif %}'), 'Bea');
    assert.equal(await body('{% case 2 %}{% when 1 %}one{% when 2 %}two{% endcase %}'), 'two');
    assert.equal(await body('{% for i in (1..5) limit:2 offset:1 %}{{ i }}{{ forloop.index }}{% endfor %}'), '2132');
    assert.equal(await body('a\n  {%- if true -%}\n  b\n  {%- endif -%}\n  c'), 'abc');
  });

  test('Jekyll\'s filters', async () => {
    assert.equal(await body('{{ "/assets/x.png" | relative_url }} {{ "about/" | absolute_url }} {{ "https://e.org/a" | relative_url }}'), '/blog/assets/x.png https://example.org/blog/about/ https://e.org/a');
    assert.equal(await body('{{ page.date | date_to_string }}|{{ page.date | date_to_long_string }}|{{ page.date | date_to_xmlschema }}|{{ page.date | date: "%H:%M" }}', ['title: S', 'date: 2024-07-05 10:30:00 +0000']), '05 Jul 2024|05 July 2024|2024-07-05T11:30:00+01:00|11:30');
    assert.equal(await body('{{ "Hello, World!" | slugify }}|{{ "a b" | cgi_escape }}|{{ "<a&b>" | xml_escape }}|{{ "one two three" | number_of_words }}'), 'hello-world|a+b|&lt;a&amp;b&gt;|3');
    assert.equal(await body('{{ "*strong*" | markdownify }}'), '<p><em>strong</em></p>\n');
    assert.equal(await body('{{ "\\"Quoted\\" -- it\'s..." | smartify }}'), '“Quoted” – it’s…');
    assert.equal(await body('{{ site.data.desk | jsonify }}'), '{"editor":"Rita Santos","phones":["one","two"]}');
    assert.equal(await body('{{ "a  b\n c" | normalize_whitespace }}|{{ site.data.desk.phones | array_to_sentence_string }}'), 'a b c|one and two');
    assert.equal(await body('{{ 1 | nosuchfilter }}'), '1', 'an unknown filter passes its input on, as in Jekyll');
  });

  test('where, where_exp, group_by and sort over site.posts', async () => {
    const story = post('_posts/2024-01-05-story.md', ['title: Story', 'categories: [World]'], '{{ site.posts | where_exp: "p", "p.title contains \'ld\'" | map: "title" | join }}|{{ site.posts | sort: "title" | map: "title" | join: "," }}|{% assign g = site.posts | group_by: "collection" %}{{ g.first.name }}:{{ g.first.size }}');
    const { posts, problems } = await render([story, older]);
    assert.deepEqual(problems, []);
    assert.equal(posts[0]?.body, 'Older|Older,Story|posts:2');
  });

  test('include: from _includes, with parameters and a file name from a variable', async () => {
    assert.equal(await body('{% include sig.markdown who="Bea" %}'), '*Filed by Bea*');
    assert.equal(await body('{% include sig.markdown %}'), '*Filed by the desk*');
    assert.equal(await body('{% include {{ page.box }} kind="note" text=page.title %}', ['title: Boxed', 'box: notes/box.html']), '<aside class="note">Boxed</aside>');
  });

  test('include_relative: a file beside the post', async () => {
    const { posts, problems } = await render([post('_posts/2024/2024-01-05-story.md', ['title: Here'], '{% include_relative notes.md %}')]);
    assert.deepEqual(problems, []);
    assert.equal(posts[0]?.body, 'Notes for Here.');
  });

  test('post_url and link give URLs with the base URL, as Jekyll 4 does', async () => {
    const story = post('_posts/2024-01-05-story.md', ['title: Story'], '{% post_url 2024-01-01-older %} {% post_url news/2023-06-01-in-news %} {% link _posts/2024-01-01-older.md %} {% link files/report.pdf %}');
    const { posts, problems } = await render([story, older, inFolder]);
    assert.deepEqual(problems, []);
    assert.equal(posts[0]?.body, '/blog/2024/01/01/older/ /blog/2023/06/01/in-news/ /blog/2024/01/01/older/ /blog/files/report.pdf');
  });

  test('link to a Jekyll page gives the URL Jekyll gives it, and says the page is not built', async () => {
    const { posts, problems, warnings } = await render([post('_posts/2024-01-05-story.md', ['title: S'], '{% link about.md %} {% link desk/contact.md %}')]);
    assert.deepEqual(problems, []);
    assert.equal(posts[0]?.body, '/blog/about/ /blog/contact-us/');
    assert.deepEqual(warnings.map((warning) => warning.file), ['about.md', 'desk/contact.md']);
  });

  test('raw prints Liquid as written, in the body and in an excerpt that is not cut', async () => {
    assert.equal(await body('{% raw %}{{ page.title }} and {% if %}{% endraw %}'), '{{ page.title }} and {% if %}');
  });

  test('highlight: build-time highlighted code, Liquid inside it run, as one HTML block', async () => {
    const html = await body('{% highlight ruby %}\ndef {{ page.title | downcase }}\n\n  1\nend\n{% endhighlight %}', ['title: Go']);
    assert.match(html, /^<figure class="highlight"><pre><code class="language-ruby" data-lang="ruby">/);
    assert.doesNotMatch(html, /\n/, 'no line break, so markdown keeps the block whole');
    assert.match(md.render(html), /<span class="hljs-keyword">def<\/span> <span class="hljs-title function_">go<\/span>&#10;&#10;  <span class="hljs-number">1<\/span>&#10;<span class="hljs-keyword">end<\/span>/);
    assert.match(await body('{% highlight ruby linenos %}\na\nb\n{% endhighlight %}'), /class="lineno">1&#10;2/);
  });

  test('render_with_liquid: false, or the site setting, leaves the body as written', async () => {
    assert.equal(await body('{{ page.title }}', ['title: X', 'render_with_liquid: false']), '{{ page.title }}');
    const quiet = { ...site, bodies: { ...site.bodies, liquid: false } };
    const { posts } = await render([post('_posts/2024-01-05-story.md', ['title: X'], '{{ page.title }}', { site: quiet })], { site: quiet });
    assert.equal(posts[0]?.body, '{{ page.title }}');
    assert.equal((await render([post('_posts/2024-01-05-story.md', ['title: X', 'render_with_liquid: true'], '{{ page.title }}', { site: quiet })], { site: quiet })).posts[0]?.body, 'X');
  });

  test('a body without Liquid is the same object: nothing to parse', async () => {
    const plain = post('_posts/2024-01-05-story.md', ['title: X'], 'Plain *text*.');
    assert.equal((await render([plain])).posts[0], plain);
  });
});

describe('excerpts run Liquid too', () => {
  test('the excerpt is rendered on its own, like the body', async () => {
    const { posts } = await render([post('_posts/2024-01-05-story.md', ['title: Lead'], '{{ page.title }} opens.\n\nMore.')]);
    assert.equal(posts[0]?.excerpt.text, 'Lead opens.');
    assert.equal(posts[0]?.description, 'Lead opens.');
  });

  test('an excerpt cut inside an open block is closed, with a warning, as Jekyll does', async () => {
    assert.deepEqual(closeOpenBlocks('{% if a %}\nx'), { source: '{% if a %}\nx\n{% endif %}', closed: ['endif'] });
    assert.deepEqual(closeOpenBlocks('{% if a %}x{% endif %}'), { source: '{% if a %}x{% endif %}', closed: [] });
    assert.deepEqual(closeOpenBlocks('{% for i in (1..2) %}{% if true %}x'), { source: '{% for i in (1..2) %}{% if true %}x\n{% endif %}\n{% endfor %}', closed: ['endif', 'endfor'] });
    const { posts, problems, warnings } = await render([post('_posts/2024-01-05-story.md', ['title: Cut'], '{% if true %}\nShown first.\n\nStill inside.\n{% endif %}')]);
    assert.deepEqual(problems, []);
    assert.equal(posts[0]?.excerpt.text, 'Shown first.');
    assert.match(warnings.map(formatProblem).join('\n'), /_posts\/2024-01-05-story\.md: `excerpt` is cut by the excerpt separator inside a Liquid block; \{% endif %\} was added/);
  });
});

describe('Liquid errors name the file, the line and the tag, with the fix', () => {
  const problemsOf = async (text: string, file = '_posts/2024-01-05-story.md'): Promise<readonly string[]> => (await render([post(file, ['title: Bad'], text)])).problems;

  test('an unknown tag', async () => {
    // The body starts on line 4 (after three lines of front matter); the tag is on its third line.
    assert.deepEqual(await problemsOf('One.\n\n{% gist 12345 %}'), ['_posts/2024-01-05-story.md:6: Liquid: `{% gist %}` is not a tag Broadsheet knows (`{% gist 12345 %}`). Check its spelling (Jekyll plugins\' tags are not available), or print it as text with {% raw %}…{% endraw %}.']);
  });

  test('an unclosed block', async () => {
    assert.match((await problemsOf('{% if page.title %}\nopen')).join(), /story\.md:4: Liquid: \{% if page\.title %\} is never closed\. Add \{% endif %\} where the block ends\./);
  });

  test('a missing include, and an error inside an include, which names the include', async () => {
    assert.match((await problemsOf('x\n{% include nothere.html %}')).join(), /story\.md:5: Liquid: the include `nothere\.html` does not exist in _includes\/.*Create _includes\/nothere\.html/);
    assert.match((await problemsOf('{% include broken.html %}')).join(), /^_includes\/broken\.html:2: Liquid: `\{% nosuchtag %\}` is not a tag .*Included by _posts\/2024-01-05-story\.md/);
  });

  test('post_url and link to nothing', async () => {
    assert.match((await problemsOf('{% post_url 2010-01-01-missing %}')).join(), /story\.md:4: Liquid: Could not find post "2010-01-01-missing" in tag 'post_url'.*Make sure the post exists/);
    assert.match((await problemsOf('{% post_url not-a-name %}')).join(), /Could not parse name of post "not-a-name"/);
    assert.match((await problemsOf('{% link nowhere.md %}')).join(), /Could not find document 'nowhere\.md' in tag 'link'/);
  });

  test('an error in an include_relative file names that file, beside the post', async () => {
    const { problems } = await render([post('_posts/2024/2024-01-05-story.md', ['title: Here'], '{% include_relative broken-notes.md %}')]);
    assert.match(problems.join(), /^_posts\/2024\/broken-notes\.md:2: Liquid: `\{% nosuchtag %\}` is not a tag .*Included by _posts\/2024\/2024-01-05-story\.md/);
  });

  test('include_relative refuses ../ and files outside the site', async () => {
    assert.match((await problemsOf('{% include_relative ../../etc/passwd %}')).join(), /invalid characters or sequences/);
    assert.match((await problemsOf('{% include_relative missing.md %}')).join(), /Could not locate the included file 'missing\.md'/);
  });

  test('every post\'s errors are collected, not only the first', async () => {
    const { problems } = await render([post('_posts/2024-01-05-a.md', ['title: A'], '{% nope %}'), post('_posts/2024-01-06-b.md', ['title: B'], '{% if %}')]);
    assert.equal(problems.length, 2);
  });

  test('a runaway loop is stopped, not left to run', async () => {
    assert.match((await problemsOf('{% for i in (1..100000000) %}{% for j in (1..100000000) %}x{% endfor %}{% endfor %}')).join(), /Liquid: the template is too costly/);
  });
});
