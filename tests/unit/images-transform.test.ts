/** The `<img>` → `<picture>` transform (issue #4): parsed, never regex-replaced; only pipeline images change. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Problem } from '../../src/errors.ts';
import { feedImages, findImages, sourcePathOf, transformImages } from '../../src/images/transform.ts';
import type { ImageRequest } from '../../src/images/service.ts';
import type { ProcessedImage } from '../../src/images/types.ts';

const hash = 'a'.repeat(32);

/** A processed 800x600 JPEG with one WebP and one JPEG width, as the service would hand it over. */
function processed(): ProcessedImage {
  const source = { hash, width: 800, height: 600, hasAlpha: false, animated: false, format: 'jpeg' };
  return {
    plan: {
      source,
      fallback: 'jpeg',
      variants: [
        { format: 'webp', width: 640, height: 480, fileName: `${hash}-640.webp` },
        { format: 'jpeg', width: 640, height: 480, fileName: `${hash}-640.jpg` },
      ],
    },
    placeholder: '',
  };
}

function run(html: string, pathPrefix = '/') {
  const requests: ImageRequest[] = [];
  const warnings: Problem[] = [];
  const result = transformImages(html, 'posts/2025-10-09-x.md', {
    pathPrefix,
    prepare: async (request) => {
      requests.push(request);
      return request.sitePath.includes('broken') ? undefined : processed();
    },
    warn: (problem) => warnings.push(problem),
    defaultSizes: '100vw',
  });
  return { result, requests, warnings };
}

describe('finding images', () => {
  test('finds <img> tags with their exact positions, but not ones already inside a <picture>', () => {
    const html = '<p><img src="/a.jpg" alt="A"></p><picture><img src="/b.jpg"></picture><img src=/c.jpg />';
    const found = findImages(html);
    assert.deepEqual(found.map((image) => html.slice(image.start, image.end + 1)), ['<img src="/a.jpg" alt="A">', '<img src=/c.jpg />']);
  });
});

describe('which sources the pipeline takes', () => {
  test('photos under assets/images, below the path prefix, percent-decoded', () => {
    assert.equal(sourcePathOf('/assets/images/x.jpg', '/'), 'assets/images/x.jpg');
    assert.equal(sourcePathOf('/news/assets/images/caf%C3%A9.png', '/news/'), 'assets/images/café.png');
  });

  test('not remote images, SVGs, other folders, other prefixes or paths that climb out', () => {
    for (const src of ['https://cdn.example/a.jpg', '/assets/images/logo.svg', '/assets/css/a.jpg', '/other/assets/images/a.jpg', '/assets/images/../../etc/a.jpg']) {
      assert.equal(sourcePathOf(src, '/'), undefined, src);
    }
  });
});

describe('rewriting a page', () => {
  test('replaces a pipeline image with its <picture> and leaves every other byte alone', async () => {
    const { result } = run('<p>Before <img src="/assets/images/x.jpg" alt="Fire &amp; smoke"> after <img src="https://cdn.example/y.jpg" alt="y"></p>');
    assert.equal(
      await result,
      `<p>Before <picture><source type="image/webp" srcset="/assets/images/${hash}-640.webp 640w" sizes="100vw"><img src="/assets/images/${hash}-640.jpg" srcset="/assets/images/${hash}-640.jpg 640w" sizes="100vw" width="800" height="600" alt="Fire &amp; smoke" loading="lazy" decoding="async"></picture> after <img src="https://cdn.example/y.jpg" alt="y"></p>`,
    );
  });

  test('the layout steers: sizes and fetchpriority="high" for the lead; markup never asks for a link-preview crop', async () => {
    const { result, requests } = run('<img src="/assets/images/x.jpg" alt="" sizes="50vw" fetchpriority="high" data-og>');
    const html = await result;
    assert.ok(html.includes('sizes="50vw"'));
    assert.ok(html.includes('loading="eager" decoding="async" fetchpriority="high"'), html);
    assert.deepEqual(requests, [{ sitePath: 'assets/images/x.jpg', referrer: 'posts/2025-10-09-x.md', og: false }]);
  });

  test('other attributes (id, title) are kept on the <img>', async () => {
    const html = await run('<img src="/assets/images/x.jpg" alt="x" id="fig-1" title="A &quot;quote&quot;">').result;
    assert.ok(html.includes('<img id="fig-1" title="A &quot;quote&quot;" src='), html);
  });

  test('an <img> with no alt attribute is a warning naming the page', async () => {
    const { result, warnings } = run('<img src="/assets/images/x.jpg">');
    await result;
    assert.deepEqual(warnings.map((w) => `${w.file}: ${w.message}`), ['posts/2025-10-09-x.md: shows assets/images/x.jpg without alt text.']);
  });

  test('an image the pipeline could not use is left as written (its problem fails the build elsewhere)', async () => {
    const html = '<img src="/assets/images/broken.jpg" alt="b">';
    assert.equal(await run(html).result, html);
  });
});

describe('images in full-text feeds', () => {
  const feed = (html: string) =>
    feedImages(html, 'posts/2025-10-09-x.md', { pathPrefix: '/news/', prepare: async (request) => (request.sitePath.includes('broken') ? undefined : processed()), warn: () => undefined });

  test('a pipeline image becomes one plain published fallback file with its size, since readers drop <picture>', async () => {
    assert.equal(
      await feed('<p>Before <img src="/news/assets/images/x.jpg" alt="A &quot;dot&quot;" class="wide"> after</p>'),
      `<p>Before <img src="/news/assets/images/${hash}-640.jpg" width="640" height="480" alt="A &quot;dot&quot;"> after</p>`,
    );
  });

  test('other images and ones the pipeline could not use are left as written', async () => {
    const html = '<img src="https://cdn.example/a.jpg" alt=""><img src="/news/assets/images/broken.jpg" alt="">';
    assert.equal(await feed(html), html);
  });
});
