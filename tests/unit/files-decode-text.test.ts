/** Posts and SVGs are strict UTF-8 (issue #10). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { formatProblem } from '../../src/errors.ts';
import { decodeUtf8, firstInvalidByte } from '../../src/files/decode-text.ts';

const bytes = (...parts: Array<string | number[]>): Uint8Array => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('decoding UTF-8', () => {
  test('UTF-8 text comes back as it was, accents and emoji included', () => {
    assert.deepEqual(decodeUtf8('posts/x.md', bytes('Café — 東京 🗞️\n')), { ok: true, text: 'Café — 東京 🗞️\n' });
  });

  test('a leading byte-order mark is dropped', () => {
    assert.deepEqual(decodeUtf8('posts/x.md', bytes([0xef, 0xbb, 0xbf], '---\ntitle: X\n')), { ok: true, text: '---\ntitle: X\n' });
  });

  test('a Latin-1 post is a problem naming the file, the 1-based line and the byte, with the fix', () => {
    const result = decodeUtf8('posts/latin.md', bytes('---\ntitle: Caf', [0xe9], '\n---\n'));
    assert.equal(result.ok, false);
    assert.equal(
      result.ok ? '' : formatProblem(result.problem),
      'posts/latin.md:2: is not UTF-8 text: the byte 0xE9 cannot be read as UTF-8 (the file looks like it was saved as Latin-1 or Windows-1252). Save it as UTF-8 (in most editors: Save with Encoding → UTF-8) and build again.',
    );
  });

  test('the line is that of the first bad byte, not of a later one', () => {
    const result = decodeUtf8('posts/x.md', bytes('a\nb\nc', [0xff], '\nd', [0xfe]));
    assert.equal(result.ok ? undefined : result.problem.line, 3);
  });

  test('overlong forms, surrogates and truncated sequences are not UTF-8', () => {
    assert.equal(firstInvalidByte(bytes('ok', [0xc0, 0xaf])), 2); // overlong "/"
    assert.equal(firstInvalidByte(bytes([0xed, 0xa0, 0x80])), 0); // U+D800
    assert.equal(firstInvalidByte(bytes('abc', [0xe2, 0x82])), 3); // "€" cut short
    assert.equal(firstInvalidByte(bytes([0xf4, 0x90, 0x80, 0x80])), 0); // above U+10FFFF
    assert.equal(firstInvalidByte(bytes('€𝄞')), -1);
  });

  test('finds a bad byte exactly when the strict decoder refuses the bytes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const accepts = (input: Uint8Array): boolean => {
      try {
        strict.decode(input);
        return true;
      } catch {
        return false;
      }
    };
    fc.assert(
      // Text with stray bytes among it, so both answers come up often.
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }).map((text) => Buffer.from(text, 'utf8')), fc.uint8Array({ maxLength: 3 }))), (parts) => {
        const input = Buffer.concat(parts);
        return (firstInvalidByte(input) === -1) === accepts(input);
      }),
      { numRuns: 2000 },
    );
  });
});
