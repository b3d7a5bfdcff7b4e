/** Reading time (issue #6): minutes from a story's markdown, ~230 words or ~500 Chinese/Japanese characters a minute. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countReadable, readingMinutes } from '../../src/content/reading-time.ts';

const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('reading time', () => {
  test('about 230 words a minute, rounded to whole minutes', () => {
    assert.equal(readingMinutes(words(920)), 4);
    assert.equal(readingMinutes(words(2300)), 10);
    assert.equal(readingMinutes(words(400)), 2, '1.7 minutes shows as 2');
  });

  test('a short or empty story is still 1 minute', () => {
    assert.equal(readingMinutes(''), 1);
    assert.equal(readingMinutes('Brief.'), 1);
  });

  test('link and image targets, HTML tags and bare URLs are not words; their visible text and captions are', () => {
    assert.deepEqual(countReadable('See [our coverage of open models](/2025/10/04/open-models/).'), { words: 6, characters: 0 });
    assert.deepEqual(countReadable('![A wafer under light](/assets/images/0123.jpg)'), { words: 4, characters: 0 });
    assert.deepEqual(countReadable('![A wafer](/assets/images/0123.jpg "Its caption is read")'), { words: 6, characters: 0 }, 'the caption is read');
    assert.deepEqual(countReadable('<figure class="wide"><img src="/a/b/c.jpg" alt="x"></figure> Two words'), { words: 2, characters: 0 });
    assert.deepEqual(countReadable('Read https://example.com/a/long/path/to/a/page now'), { words: 2, characters: 0 });
    assert.deepEqual(countReadable('A [reference][1].\n\n[1]: https://example.com/some/where'), { words: 2, characters: 0 });
  });

  test('markdown punctuation is not counted; contractions, hyphenated words and numbers are one word each', () => {
    assert.deepEqual(countReadable('## Why it matters\n\n- **Don’t** panic — a well-known 12.5% rise.\n\n> quoted'), { words: 10, characters: 0 });
  });

  test('Chinese and Japanese are counted by the character, about 500 a minute', () => {
    assert.deepEqual(countReadable('稀土出口管制收紧。ひらがなとカタカナ'), { words: 0, characters: 17 }, 'the full stop is not read');
    assert.deepEqual(countReadable('コーヒーを飲む人々'), { words: 0, characters: 9 }, 'ー and 々 are characters, not words');
    assert.equal(readingMinutes('稀'.repeat(2000)), 4);
  });

  test('mixed scripts add up: 1150 words and 1000 characters are 7 minutes', () => {
    assert.equal(readingMinutes(`${words(1150)} ${'字'.repeat(1000)}`), 7);
  });

  test('Korean, Cyrillic, Arabic and Devanagari are counted in words, marks inside them kept', () => {
    assert.deepEqual(countReadable('한국어 단어 Привет мир مرحبا بالعالم नमस्ते दुनिया'), { words: 8, characters: 0 });
  });
});
