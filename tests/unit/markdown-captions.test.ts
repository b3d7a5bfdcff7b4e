/** Body image captions (issue #6): `![alt](src "Caption")` alone in a paragraph is a figure with a figcaption. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMarkdown, renderBody } from '../../src/markdown/create-markdown.ts';

const md = createMarkdown();
const html = (source: string): string => renderBody(md, source).html;

describe('captions of body images', () => {
  test('an image with a title, alone in its paragraph, becomes a figure whose caption is the title', () => {
    assert.equal(
      html('Intro.\n\n![Workers sort ore](/assets/images/0123.jpg "A processing plant in Inner Mongolia")\n\nAfter.'),
      '<p>Intro.</p>\n<figure><img src="/assets/images/0123.jpg" alt="Workers sort ore"><figcaption>A processing plant in Inner Mongolia</figcaption></figure>\n<p>After.</p>\n',
    );
  });

  test('the caption is inline markdown like the story, raw HTML shown as text, and the title leaves the <img>', () => {
    assert.equal(
      html('![A wafer](/assets/images/a.jpg "A *wafer* at \\"Fab 2\\" <b>, [more](/2025/10/04/open-models/)")'),
      '<figure><img src="/assets/images/a.jpg" alt="A wafer"><figcaption>A <em>wafer</em> at “Fab 2” &lt;b&gt;, <a href="/2025/10/04/open-models/">more</a></figcaption></figure>\n',
    );
  });

  test('links in the caption get the path prefix once', () => {
    const prefixed = createMarkdown({ pathPrefix: '/news/' });
    assert.equal(
      renderBody(prefixed, '![A wafer](/assets/images/a.jpg "See [more](/x/)")').html,
      '<figure><img src="/news/assets/images/a.jpg" alt="A wafer"><figcaption>See <a href="/news/x/">more</a></figcaption></figure>\n',
    );
  });

  test('an image without a title, or with text beside it, or in a tight list, stays as it was', () => {
    assert.equal(html('![A wafer](/assets/images/a.jpg)'), '<p><img src="/assets/images/a.jpg" alt="A wafer"></p>\n');
    assert.equal(html('![A wafer](/assets/images/a.jpg "")'), '<p><img src="/assets/images/a.jpg" alt="A wafer"></p>\n');
    assert.equal(html('Look: ![A wafer](/a.jpg "Cap")'), '<p>Look: <img src="/a.jpg" alt="A wafer" title="Cap"></p>\n');
    assert.equal(html('- ![A wafer](/a.jpg "Cap")\n- two'), '<ul>\n<li><img src="/a.jpg" alt="A wafer" title="Cap"></li>\n<li>two</li>\n</ul>\n');
  });

  test('alt text is still checked for captioned images', () => {
    assert.deepEqual(renderBody(md, '![](/assets/images/a.jpg "Only a caption")').imagesWithoutAlt, ['/assets/images/a.jpg']);
  });
});
