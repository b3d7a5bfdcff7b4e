/** The error family: every message says where, what was expected, what was found and what to do. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BroadsheetError, ConfigError, ContentError, describeValue, formatProblem, ImageError, plural, ProblemsError } from '../../src/errors.ts';

describe('formatProblem', () => {
  test('file:line, the field in backticks, the message, then the fix', () => {
    assert.equal(
      formatProblem({ file: 'posts/x.md', line: 4, field: 'categories', message: 'must be a list of names or a space-separated string; found 42 (a number).', fix: 'Write `categories: [Technology]`.' }),
      'posts/x.md:4: `categories` must be a list of names or a space-separated string; found 42 (a number). Write `categories: [Technology]`.',
    );
  });

  test('without line, field or fix, only what is known', () => {
    assert.equal(formatProblem({ file: 'posts/x.md', message: 'is a binary file, not markdown.' }), 'posts/x.md: is a binary file, not markdown.');
  });
});

describe('describeValue', () => {
  const cases: ReadonlyArray<readonly [unknown, string]> = [
    [42, '42 (a number)'],
    ['42', '"42" (text)'],
    [false, 'false (true/false)'],
    [null, 'nothing'],
    [undefined, 'nothing'],
    [['a'], 'a list of 1 item'],
    [['a', 'b'], 'a list of 2 items'],
    [new Date('2025-10-09T00:00:00Z'), '2025-10-09T00:00:00.000Z (a date)'],
    [{ a: 1 }, 'a mapping (key: value pairs)'],
  ];
  for (const [value, described] of cases) {
    test(`describes ${described}`, () => {
      assert.equal(describeValue(value), described);
    });
  }
});

describe('ProblemsError', () => {
  const problems = [
    { file: 'posts/a.md', line: 2, field: 'date', message: '"soon" is not a date.' },
    { file: 'posts/b.md', message: 'is a binary file, not markdown.' },
  ];

  test('lists every problem under the summary', () => {
    const error = new ContentError('2 problems in 2 files; nothing was written:', problems);
    assert.equal(error.message, '2 problems in 2 files; nothing was written:\n  - posts/a.md:2: `date` "soon" is not a date.\n  - posts/b.md: is a binary file, not markdown.');
    assert.deepEqual(error.problems, problems);
  });

  test('subclasses name themselves and share one base', () => {
    for (const Kind of [ContentError, ConfigError, ImageError]) {
      const error = new Kind('x', []);
      assert.equal(error.name, Kind.name);
      assert.ok(error instanceof ProblemsError && error instanceof BroadsheetError && error instanceof Error);
    }
  });

  test('keeps the cause and asks Eleventy to print only the message', () => {
    const cause = new Error('disk full');
    const error = new ImageError('Images failed:', [], { cause });
    assert.equal(error.cause, cause);
    assert.equal(error.skipOriginalStack, true);
  });
});

describe('plural', () => {
  test('one and many', () => {
    assert.deepEqual([plural(1, 'post'), plural(0, 'post'), plural(2, 'post'), plural(3, 'category', 'categories')], ['1 post', '0 posts', '2 posts', '3 categories']);
  });
});
