/** `_headers` (issue #5): immutable content-addressed images, a short cache for everything else, on both hosts. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { headersFile } from '../../src/deploy/headers.ts';

describe('_headers', () => {
  test('Cloudflare Pages: images detach the site-wide Cache-Control and are immutable', () => {
    assert.equal(
      headersFile({ pathPrefix: '/', netlify: false }),
      [
        '# Written by Broadsheet. Pages, stylesheets and feeds: five minutes, then revalidate.',
        '/*',
        '  Cache-Control: public, max-age=300, must-revalidate',
        '  X-Content-Type-Options: nosniff',
        '',
        '# Images are named by the md5 of their content (<md5>-<width>.<format>): a URL never changes what it serves.',
        '/assets/images/*',
        '  ! Cache-Control',
        '  Cache-Control: public, max-age=31536000, immutable',
        '',
      ].join('\n'),
    );
  });

  test('Netlify: no detach line (Netlify rejects it and takes the more specific rule anyway)', () => {
    assert.equal(headersFile({ pathPrefix: '/', netlify: true }).includes('!'), false);
  });

  test('rules carry the path prefix', () => {
    const text = headersFile({ pathPrefix: '/news/', netlify: false });
    assert.ok(text.includes('\n/news/*\n'));
    assert.ok(text.includes('\n/news/assets/images/*\n'));
  });
});
