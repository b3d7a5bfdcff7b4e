import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { normalizePost } from '../../src/content/normalize.ts';
import { createMarkdown } from '../../src/markdown/create-markdown.ts';
import { flowItem, type NewPostRequest, planNewPost, readNewPostArgs, slugForTitle } from '../../src/cli/new-post-core.ts';
import { resolveSite, siteSettings } from '../../src/site.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const site = resolveSite(siteSettings(), {}, {}, 'src/site.ts');
const context = { now: new Date('2025-10-09T11:08:38Z'), timeZone: 'Europe/London', authors: ['badely', 'mokafor'] };

function plan(request: Partial<NewPostRequest>, now = context.now) {
  const outcome = planNewPost({ title: 'Headline', categories: ['Business'], tags: [], ...request }, { ...context, now });
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
  return outcome.value;
}

function args(argv: string[]) {
  const outcome = readNewPostArgs(argv);
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
  return outcome.value;
}

/** Reads a planned post the way the build does. */
function normalize(planned: { path: string; text: string }) {
  return normalizePost(planned, { site, md: createMarkdown(), fileExists: () => false });
}

describe('planNewPost', () => {
  test('writes the seed-shaped front matter, a commented image hint and a placeholder body', () => {
    const planned = plan({ title: 'China tightens export rules', tags: ['chips', 'rare earths'], author: 'badely' });
    assert.equal(planned.path, 'posts/2025-10-09-china-tightens-export-rules.md');
    assert.equal(
      planned.text,
      [
        '---',
        'layout: post',
        'title: "China tightens export rules"',
        'date: 2025-10-09T11:08:38',
        'author: "badely"',
        'categories: [Business]',
        'tags: [chips, rare earths]',
        'excerpt: ""',
        '# image: assets/images/<md5>.jpg    (`npm run image -- path/to/photo.jpg` prints this line)',
        '# image_alt: "What the photo shows, for readers who cannot see it"',
        '---',
        '',
        'Write the story here. Until `excerpt:` is filled in, this first paragraph is the summary on listing pages.',
        '',
      ].join('\n'),
    );
  });

  test('the new post reads back without problems or warnings', () => {
    const result = normalize(plan({ title: 'Rates: held', tags: ['markets'], author: 'badely' }));
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.warnings, []);
    assert.equal(result.post?.author?.name, 'Bea Adeley');
    assert.deepEqual(result.post?.categories.map((term) => term.name), ['Business']);
    assert.equal(result.post?.url, '/2025/10/09/rates-held/');
  });

  test('a headline with quotes, a colon, a backslash and a hash round-trips exactly', () => {
    const title = 'Breaking: "Quoted" chief\'s C:\\path #1 — über 稀土';
    const result = normalize(plan({ title }));
    assert.deepEqual(result.problems, []);
    assert.equal(result.post?.title, title);
  });

  test('tags YAML would misread (true, numbers, commas) come back as the same text', () => {
    const tags = ['true', 'null', '2025', 'a, b', '[x]', 'rare earths'];
    const result = normalize(plan({ tags }));
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.post?.tags.map((term) => term.name), tags);
  });

  test('without --date, now is written as UTC with no offset and the file name takes the London day', () => {
    const planned = plan({}, new Date('2025-06-30T23:30:05Z'));
    assert.equal(planned.path, 'posts/2025-07-01-headline.md');
    assert.match(planned.text, /^date: 2025-06-30T23:30:05$/m);
    assert.equal(normalize(planned).post?.url, '/2025/07/01/headline/');
  });

  test('--date is written as typed and names the file by its day in the site time zone', () => {
    assert.equal(plan({ date: '2025-09-02 08:15:00 +0100' }).path, 'posts/2025-09-02-headline.md');
    assert.equal(plan({ date: '2025-10-09T23:30:00' }).path, 'posts/2025-10-10-headline.md');
    assert.match(plan({ date: '2025-08-14' }).text, /^date: 2025-08-14$/m);
  });

  test('without --author the field is empty with the known keys as a hint', () => {
    assert.match(plan({}).text, /^author: "" {2}# one of: badely, mokafor$/m);
  });

  test('an unknown author or an impossible date is a usage error naming the flag and the choices', () => {
    const author = planNewPost({ title: 'T', categories: ['X'], tags: [], author: 'bob' }, context);
    assert.deepEqual(author.ok ? undefined : [author.usage, author.message.includes('`--author` "bob"'), author.message.includes('badely, mokafor')], [true, true, true]);
    const date = planNewPost({ title: 'T', categories: ['X'], tags: [], date: '2025-02-32' }, context);
    assert.deepEqual(date.ok ? undefined : [date.usage, date.message.startsWith('new: `--date` ')], [true, true]);
    // Jekyll reads 30 February as 2 March; a new post is written plainly, so that is refused too.
    const lenient = planNewPost({ title: 'T', categories: ['X'], tags: [], date: '2025-02-30' }, context);
    assert.deepEqual(lenient.ok ? undefined : [lenient.usage, lenient.message.includes('"2025-02-30" is not a plain date')], [true, true]);
  });
});

describe('readNewPostArgs', () => {
  test('repeated --tag and --category keep every value in order, once each', () => {
    const request = args(['My headline', '--category', 'Business', '--tag', 'x', '--tag=y', '--category=World', '--tag', 'x']);
    assert.deepEqual(request, { title: 'My headline', categories: ['Business', 'World'], tags: ['x', 'y'] });
  });

  test('--author and --date are passed on; line breaks in the headline become spaces', () => {
    assert.deepEqual(args(['Two\nlines ', '--category', 'X', '--author', 'lchen', '--date', '2025-10-09']), {
      title: 'Two lines',
      categories: ['X'],
      tags: [],
      author: 'lchen',
      date: '2025-10-09',
    });
  });

  const usageCases: Array<[string, string[], string]> = [
    ['no headline', ['--category', 'X'], 'found none'],
    ['an unquoted headline', ['Big', 'news', '--category', 'X'], 'found 2 ("Big", "news")'],
    ['no category', ['Headline'], '`--category` is missing'],
    ['an unknown option', ['Headline', '--category', 'X', '--tags', 'y'], 'unknown option --tags'],
    ['a --tag without a value', ['Headline', '--category', 'X', '--tag'], '`--tag` needs a name after it; found nothing'],
    ['a --tag followed by another option', ['Headline', '--tag', '--category', 'X'], '`--tag` needs a name after it; found nothing'],
    ['an empty --author', ['Headline', '--category', 'X', '--author='], '`--author` needs a value'],
  ];
  for (const [name, argv, expected] of usageCases) {
    test(`${name} is a usage error that says what was found`, () => {
      const outcome = readNewPostArgs(argv);
      assert.equal(outcome.ok, false);
      if (outcome.ok) return;
      assert.equal(outcome.usage, true);
      assert.ok(outcome.message.includes(expected), outcome.message);
    });
  }
});

describe('slugs and YAML items', () => {
  test('long headlines are cut to whole words of at most 80 characters', () => {
    const slug = slugForTitle('Regulators in seven countries open coordinated inquiries into the pricing of cloud computing contracts for hospitals');
    assert.equal(slug, 'regulators-in-seven-countries-open-coordinated-inquiries-into-the-pricing-of');
  });

  test('a headline with no letters or digits still gets a stable file name', () => {
    assert.match(slugForTitle('🔥🔥'), /^post-[0-9a-f]{8}$/);
    assert.equal(slugForTitle('🔥🔥'), slugForTitle('🔥🔥'));
  });

  test('plain names stay bare; names YAML would misread are quoted', () => {
    assert.equal(flowItem('rare earths'), 'rare earths');
    assert.equal(flowItem('Yes'), '"Yes"');
    assert.equal(flowItem('2025'), '"2025"');
    assert.equal(flowItem('a, b'), '"a, b"');
  });
});

describe('npm run new (end to end)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'broadsheet-new-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const env: NodeJS.ProcessEnv = { ...process.env, BROADSHEET_ROOT: root };
  for (const key of ['BROADSHEET_SITE', 'SITE_TIME_ZONE']) delete env[key];
  const run = (argv: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/new-post.ts', ...argv], { cwd: repoRoot, env, encoding: 'utf8' });
  const argv = ['Harbour "reopens"', '--category', 'World', '--tag', 'shipping', '--author', 'rsantos', '--date', '2025-09-02 08:15:00 +0100'];
  const file = path.join(root, 'posts/2025-09-02-harbour-reopens.md');

  test('writes the post under BROADSHEET_ROOT and prints its path', () => {
    const result = run(argv);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim(), file);
    assert.match(readFileSync(file, 'utf8'), /^title: "Harbour \\"reopens\\""$/m);
  });

  test('refuses to overwrite an existing post, names it and exits 1', () => {
    writeFileSync(file, 'edited by hand');
    const result = run(argv);
    assert.equal(result.status, 1);
    assert.ok(result.stderr.includes(`${file} already exists`), result.stderr);
    assert.equal(readFileSync(file, 'utf8'), 'edited by hand');
  });

  test('bad usage exits 2 with the usage line and writes nothing', () => {
    const result = run(['Headline']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /`--category` is missing[\s\S]*Usage: npm run new -- "Headline"/);
    assert.equal(existsSync(path.join(root, 'posts/2025-10-09-headline.md')), false);
  });
});
