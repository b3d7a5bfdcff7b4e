/**
 * Issue #12, as it was seen: a Jekyll post using Liquid, kramdown footnotes, `{% highlight %}`, an include, `raw` and
 * an image written `{{ site.baseurl }}/assets/images/8.jpg`, in a Jekyll site with a base URL, built as it is.
 * Each of these came out wrong before (code as one curly-quoted paragraph, the include as text, the image lost,
 * `{% raw %}` printed, `[^1]` printed). tests/integration/jekyll-bodies.test.ts compares a whole corpus with Jekyll.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runBuild } from '../helpers/fixture-site.ts';
import { draw } from '../unit/images-fixtures.ts';

const root = mkdtempSync(path.join(tmpdir(), 'broadsheet-jekyll-bodies-'));
after(() => rmSync(root, { recursive: true, force: true }));

const story = `---
title: Walking the city
sig: sig.markdown
---
Out on foot.[^1]

{% highlight scss %}
.walk { content: "steps"; }

.walk:hover { color: red; }
{% endhighlight %}

![walking]({{ site.baseurl }}/assets/images/8.jpg)

Write {% raw %}{{ page.title }}{% endraw %} to print the title; this one is "{{ page.title }}".

{% include {{ page.sig }} who="Bea" %}

[^1]: Twelve kilometres.
`;

let html = '';
before(async () => {
  const files: Record<string, string | Buffer> = {
    '_config.yml': 'title: Walks\nbaseurl: /blog\nurl: https://walks.example\ntimezone: UTC\npermalink: /:year/:month/:day/:title/\n',
    '_includes/sig.markdown': '*Filed by {{ include.who }}*',
    '_posts/2025-10-09-walking.md': story,
    'assets/images/8.jpg': await draw.photo(),
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  const result = runBuild([], { BROADSHEET_ROOT: root, BROADSHEET_SITE: undefined, BUILD_TIME: '2026-01-01T00:00:00Z' });
  assert.equal(result.status, 0, result.stdout + result.stderr);
  html = readFileSync(path.join(root, '_site/2025/10/09/walking/index.html'), 'utf8');
});

describe('a Jekyll story body with Liquid, built as Jekyll builds it (issue #12)', () => {
  test('{% highlight scss %} is one highlighted code block with straight quotes, blank line kept', () => {
    const block = /<figure class="highlight"><pre[^>]*><code class="language-scss" data-lang="scss">([\s\S]*?)<\/code><\/pre><\/figure>/.exec(html);
    assert.ok(block, 'no highlight figure');
    const code = block[1] ?? '';
    assert.match(code, /<span class="hljs-/);
    assert.match(code.replace(/<[^>]+>/g, ''), /^\.walk \{ content: "steps"; \}(\n|&#10;)(\n|&#10;)\.walk:hover/);
    assert.doesNotMatch(code, /[“”]/);
  });

  test('the include is rendered, with its parameter, its name taken from front matter', () => {
    assert.match(html, /<p><em>Filed by Bea<\/em><\/p>/);
  });

  test('the image written with {{ site.baseurl }} is the pipeline\'s picture under the base URL, prefixed once', () => {
    assert.match(html, /<picture>[\s\S]*?<img[^>]+src="\/blog\/assets\/images\/[0-9a-f]{32}-\d+\.jpg"[^>]*alt="walking"/);
    assert.doesNotMatch(html, /\/blog\/blog\//);
  });

  test('raw prints Liquid as written and nothing of its markers; other Liquid runs', () => {
    assert.match(html, /Write \{\{ page\.title \}\} to print the title; this one is “Walking the city”\./);
    assert.doesNotMatch(html, /\{% ?(raw|endraw|include|highlight)/);
  });

  test('the footnote is a kramdown footnote, not [^1] as text', () => {
    assert.match(html, /<sup id="fnref:1"[^>]*><a href="#fn:1" class="footnote"[^>]*>1<\/a><\/sup>/);
    assert.match(html, /<li id="fn:1"[^>]*>\s*<p>Twelve kilometres\./);
    assert.doesNotMatch(html, /\[\^1\]/);
  });
});
