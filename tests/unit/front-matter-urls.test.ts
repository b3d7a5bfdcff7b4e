/**
 * Front-matter values that become URLs in output (issue #10): a lead image's `image` reaches `<img src>`,
 * `og:image`, JSON-LD and feed enclosures, so only a path inside the site or an absolute http(s) URL is accepted;
 * `permalink` is a path of the site. Each refusal names the file and field and says what to write instead.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { imageSourceProblem } from '../../src/content/normalize.ts';
import { markdown, normalize, postFrom, problemsOf } from './support.ts';

const dated = 'posts/2025-10-09-x.md';
const anyFileExists = { fileExists: () => true };

describe('a lead image URL', () => {
  test('javascript:, vbscript:, data: and file: images are refused however spelled, without asking the file system', () => {
    const asked: string[] = [];
    const fileExists = (sitePath: string): boolean => (asked.push(sitePath), true);
    for (const src of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', '\u0001javascript:alert(1)', 'vbscript:msgbox(1)', 'data:image/svg+xml,<svg onload=alert(1)>', 'file:///etc/passwd', 'https:evil.example/x.jpg']) {
      const result = normalize(dated, markdown(['title: X', `image: ${JSON.stringify(src)}`]), { fileExists });
      assert.deepEqual(result.problems.map((p) => `${p.field}: ${p.message}`), [`image: must be a site-relative path or an http(s) URL; found ${JSON.stringify(src)}.`], src);
    }
    assert.deepEqual(asked, []);
  });

  test('a protocol-relative image is refused as another site\'s file, with the fix', () => {
    for (const src of ['//evil.example/x.jpg', '\\\\evil.example\\x.jpg', '/\\evil.example/x.jpg']) {
      assert.deepEqual(problemsOf(dated, markdown(['title: X', `image: ${JSON.stringify(src)}`]), anyFileExists), [
        `${dated}:3: \`image\` is protocol-relative (${JSON.stringify(src)}): it names a file on another site without saying how to fetch it. Write the whole URL, \`image: https://…\`, or a path inside the site such as \`assets/images/<md5>.jpg\`.`,
      ], src);
    }
  });

  test('a path that climbs out of the site is refused, and the fix says why', () => {
    assert.deepEqual(problemsOf(dated, markdown(['title: X', 'image: ../../../etc/passwd']), anyFileExists), [
      `${dated}:3: \`image\` must be a site-relative path or an http(s) URL; found "../../../etc/passwd". Write a path inside the site, without ".." segments, such as \`assets/images/<md5>.jpg\`.`,
    ]);
  });

  test('backslashes and control characters in a site path are refused', () => {
    for (const src of ['assets\\images\\x.jpg', 'assets/images/x\u0007.jpg']) assert.notEqual(imageSourceProblem(src), undefined, src);
  });

  test('a site path and an absolute http(s) URL are accepted', () => {
    for (const src of ['assets/images/x.jpg', '/assets/images/x.jpg', 'https://cdn.example/x.jpg', 'HTTP://cdn.example/x.jpg']) assert.equal(imageSourceProblem(src), undefined, src);
    assert.equal(postFrom(dated, markdown(['title: X', 'image: https://cdn.example/x.jpg'])).image?.src, 'https://cdn.example/x.jpg');
  });
});

describe('a permalink', () => {
  test('with a scheme is refused naming the file and field', () => {
    for (const permalink of ['javascript:alert(1)', 'https://evil.example/x/', 'data:text/html,x']) {
      const result = normalize(dated, markdown(['title: X', `permalink: ${JSON.stringify(permalink)}`]));
      assert.deepEqual(result.problems.map((p) => p.field), ['permalink'], permalink);
    }
  });

  test('starting // stays a path of the site', () => {
    assert.equal(postFrom(dated, markdown(['title: X', 'permalink: //evil.example/x/'])).url, '/evil.example/x/');
  });
});
