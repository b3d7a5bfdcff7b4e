/**
 * Issue #14, "both cores": a big site's posts are normalized and its story bodies rendered on worker threads, and
 * the site built is the same, byte for byte, whatever the number of threads; so are its warnings and its errors.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { threadsFor } from '../../src/build/build-threads.ts';
import { readThreads } from '../../src/settings/environment.ts';
import { createFixtureSite, type FixtureSite, post, tinyJpeg, tinyJpegName } from '../helpers/fixture-site.ts';

const sections = ['World', 'Business', 'Science'];
const bodies = [
  'A paragraph with a footnote.[^1]\n\n[^1]: The note.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
  '```ts\nconst answer: number = 42;\n```\n\nTerm\n: Its definition.\n',
  `![](/assets/images/${tinyJpegName})\n\nAn image without alt text, for a warning.\n`,
  'Quotes "curly" -- and dashes... {: .lead}\n\n<figure><iframe src="https://www.youtube.com/embed/x"></iframe></figure>\n',
  'The title is {{ page.title }}.\n',
];

function writeStories(site: FixtureSite, count: number): void {
  site.write(`assets/images/${tinyJpegName}`, tinyJpeg);
  for (let i = 0; i < count; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const front = `title: Story ${i}\ndate: 2025-09-${day}T${String(i % 24).padStart(2, '0')}:00:00\nauthor: ada\ncategories: [${sections[i % sections.length]}]\ntags: [tag-${i % 7}]\nimage: assets/images/${tinyJpegName}\nimage_alt: A picture`;
    site.write(`posts/2025-09-${day}-story-${i}.md`, post(front, bodies[i % bodies.length]));
  }
}

/** A whole build (`--full`: the thread count changes nothing, so an incremental build would have nothing to do). */
const built = (site: FixtureSite, threads: string) => {
  const result = site.build(['--full'], { BROADSHEET_THREADS: threads });
  assert.equal(result.status, 0, result.stdout + result.stderr);
  return { fingerprint: site.fingerprint(), files: site.files().length, warnings: result.stderr.split('\n').filter((line) => line.includes('warning')), stdout: result.stdout };
};

describe('worker threads (issue #14)', () => {
  let site: FixtureSite;
  before(() => {
    site = createFixtureSite({ title: 'Threads', url: 'https://threads.example', timeZone: 'Europe/London', search: false, authors: { ada: { name: 'Ada Lovelace' } } });
    writeStories(site, 60);
  });
  after(() => site.dispose());

  test('one thread and two build the same site, byte for byte, with the same warnings in the same order', () => {
    const single = built(site, '0');
    const threaded = built(site, '2');
    assert.doesNotMatch(single.stdout, /worker thread/);
    assert.match(threaded.stdout, /posts and story bodies on 2 worker threads\./);
    assert.ok(single.files > 100, `a real site: ${single.files} files`);
    assert.equal(threaded.fingerprint, single.fingerprint);
    assert.ok(single.warnings.length >= 12, 'the alt-less images warn, one per story');
    assert.deepEqual(threaded.warnings, single.warnings);
  });

  test('a post with a problem is reported the same way from a worker, without a stack trace, and nothing is published', () => {
    const before = site.fingerprint();
    site.write('posts/2025-09-30-broken.md', post('title: Broken\ndate: 2025-13-45\nauthor: ada'));
    try {
      const single = site.build([], { BROADSHEET_THREADS: '0' });
      const threaded = site.build([], { BROADSHEET_THREADS: '2' });
      assert.notEqual(threaded.status, 0);
      assert.match(threaded.stderr, /posts\/2025-09-30-broken\.md/);
      assert.doesNotMatch(threaded.stderr, /\n\s+at /, 'no stack trace');
      assert.equal(threaded.stderr, single.stderr);
      assert.equal(site.fingerprint(), before, 'the previous _site/ is untouched');
    } finally {
      site.remove('posts/2025-09-30-broken.md');
    }
  });
});

describe('how many threads', () => {
  test('none below 5,000 posts, one per core above, and BROADSHEET_THREADS decides when set', () => {
    assert.equal(threadsFor(undefined, 50, 2), 0);
    assert.equal(threadsFor(undefined, 4_999, 16), 0, 'below 5,000 posts threads cost more than they save');
    assert.equal(threadsFor(undefined, 10_000, 2), 2);
    assert.equal(threadsFor(undefined, 10_000, 16), 16);
    assert.equal(threadsFor(0, 10_000, 16), 0);
    assert.equal(threadsFor(3, 5, 2), 3);
  });

  test('BROADSHEET_THREADS must be a whole number, and the error says how to write it', () => {
    assert.deepEqual(readThreads(undefined), { ok: true });
    assert.deepEqual(readThreads('4'), { ok: true, threads: 4 });
    for (const bad of ['two', '-1', '1.5', '1000']) {
      const read = readThreads(bad);
      assert.equal(read.ok, false, bad);
      if (!read.ok) {
        assert.equal(read.problem.field, 'BROADSHEET_THREADS');
        assert.match(read.problem.fix ?? '', /BROADSHEET_THREADS=2/);
      }
    }
  });
});
