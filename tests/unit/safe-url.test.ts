import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isHttpUrl, isSafeUrl, schemeOf } from '../../src/urls/safe-url.ts';

describe('safe URLs (issue #10)', () => {
  it('allows relative URLs and the navigation schemes', () => {
    for (const url of ['/about/', 'page.html', '#top', '?q=1', '//cdn.example/x.jpg', 'https://example.com', 'HTTP://EXAMPLE.COM', 'mailto:desk@example.com', 'tel:+441234']) {
      assert.equal(isSafeUrl(url), true, url);
    }
  });
  it('refuses script and data schemes however they are spelled', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', '\u0001javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'vbscript:msgbox', 'data:text/html,<script>', 'file:///etc/passwd']) {
      assert.equal(isSafeUrl(url), false, JSON.stringify(url));
    }
  });
  it('refuses control characters inside a URL', () => {
    assert.equal(isSafeUrl('/a\u0000b'), false);
  });
  it('reads the scheme as a browser does', () => {
    assert.equal(schemeOf('  HTTPS://x'), 'https');
    assert.equal(schemeOf('/a:b'), undefined);
  });
  it('knows an absolute http(s) URL', () => {
    assert.equal(isHttpUrl('https://example.com/x'), true);
    assert.equal(isHttpUrl('/x'), false);
    assert.equal(isHttpUrl('javascript://example.com'), false);
  });
});
