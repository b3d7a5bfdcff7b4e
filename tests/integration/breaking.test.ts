/**
 * Breaking news and the featured lead, built for real (issue #15): a breaking story is in the strip above the front
 * page and in the masthead of every other page for `breaking.hours` after its date, then an ordinary story; a
 * featured story leads for `frontPage.featuredHours`, then the newest story does. BUILD_TIME puts the build's
 * clock inside and outside the windows; the last test lets the real clock run out of one under an incremental build.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createFixtureSite, type FixtureSite, post } from '../helpers/fixture-site.ts';

const settings = {
  title: 'Fixture Times',
  url: 'https://fixture.example',
  timeZone: 'Europe/London',
  pageSize: 2,
  frontPage: { latest: 2, sections: 2, perSection: 2 },
};

const stories: Array<[file: string, frontMatter: string]> = [
  ['2025-07-17-coral.md', 'title: Coral survey finds bleaching slowed\ndate: 2025-07-17T08:00:00Z\ncategories: [Science]\nfeatured: true'],
  ['2025-07-17-heat.md', 'title: Heat records fall across the south\ndate: 2025-07-17T10:00:00Z\ncategories: [Science]'],
  ['2025-12-01-budget.md', 'title: Budget passes its first vote\ndate: 2025-12-01T09:00:00Z\ncategories: [Business]'],
  ['2025-12-01-flood.md', 'title: Flood warning for the valley\nbreaking: true\ndate: 2025-12-01T10:30:00Z\ncategories: [World]'],
  ['2025-12-01-storm.md', 'title: "Breaking: Storm closes the port"\ndate: 2025-12-01T11:00:00Z\ncategories: [World]\ndescription: Ferries are cancelled until Tuesday.'],
  // Dated after the clock of the builds below: only `--future` builds it, and it is not breaking before its date.
  ['2025-12-03-scheduled.md', 'title: "Breaking: Not yet"\ndate: 2025-12-03T09:00:00Z\ncategories: [World]'],
];

/** The strip's markup, if the page has one. */
function strip(html: string): string | undefined {
  const start = html.indexOf('<section class="breaking"');
  return start === -1 ? undefined : html.slice(start, html.indexOf('</section>', start) + '</section>'.length);
}

/** The masthead's breaking line, if the page has one. */
function line(html: string): string | undefined {
  const masthead = html.slice(html.indexOf('<header class="masthead">'), html.indexOf('</header>'));
  const start = masthead.indexOf('<section class="breaking-line"');
  return start === -1 ? undefined : masthead.slice(start, masthead.indexOf('</section>', start) + '</section>'.length);
}

/** The title of the front page's lead card. */
function lead(html: string): string | undefined {
  const card = html.indexOf('card card--lead');
  return /<h2 class="card__headline"><a href="[^"]+">([^<]+)<\/a>/.exec(html.slice(card))?.[1];
}

/** Markup as the words a reader meets, tags dropped. */
const textOf = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

const htmlPages = (site: FixtureSite): string[] => site.files().filter((file) => file.endsWith('.html'));

describe('breaking news and the featured window', () => {
  let site: FixtureSite;
  before(() => {
    site = createFixtureSite(settings);
    for (const [file, frontMatter] of stories) site.write(`posts/${file}`, post(frontMatter));
    // A page of the owner's, laid out by Eleventy with the same masthead.
    site.write('pages/about.md', '---\nlayout: page\ntitle: About us\n---\nWho we are.\n');
  });
  after(() => site.dispose());

  const buildAt = (time: string, args: readonly string[] = []): void => {
    const result = site.build(args, { BUILD_TIME: time });
    assert.equal(result.status, 0, result.stderr);
  };

  describe('an hour after the storm story, inside both breaking windows', () => {
    before(() => buildAt('2025-12-01T12:00:00Z'));

    test('the front page has the strip above the lead: newest first, headline linked once labelled, time and dek', () => {
      const html = site.read('index.html');
      const found = strip(html);
      assert.ok(found, 'a strip');
      assert.ok(html.indexOf(found) < html.indexOf('card card--lead'), 'above the lead');
      assert.ok(found.startsWith('<section class="breaking" id="breaking" aria-labelledby="breaking-heading"><h2 class="breaking__label" id="breaking-heading">Breaking<span class="visually-hidden"> news</span></h2>'), found);
      assert.deepEqual([...found.matchAll(/<h3 class="breaking__headline"><a href="([^"]+)">([^<]+)<\/a><\/h3>/g)].map((m) => `${m[1]} ${m[2]}`), [
        '/2025/12/01/storm/ Storm closes the port',
        '/2025/12/01/flood/ Flood warning for the valley',
      ]);
      assert.ok(found.includes('<p class="breaking__time"><time datetime="2025-12-01T11:00:00Z">1 December 2025, 11:00 GMT</time></p><p class="breaking__dek">Ferries are cancelled until Tuesday.</p>'), found);
      assert.equal(textOf(found).startsWith('Breaking news Storm closes the port '), true, 'the label is printed once');
      assert.equal(line(html), undefined, 'the front page shows the strip, not the masthead line too');
    });

    test('every other page has the masthead line: the newest breaking story, and how many more', () => {
      const others = htmlPages(site).filter((file) => file !== 'index.html');
      assert.ok(others.includes('page/2/index.html') && others.includes('category/world/index.html') && others.includes('404.html') && others.includes('search/index.html') && others.includes('about/index.html'), others.join(', '));
      for (const file of others) {
        assert.equal(
          line(site.read(file)),
          `<section class="breaking-line" aria-label="Breaking news"><p class="breaking-line__inner"><span class="breaking-line__label">Breaking<span class="visually-hidden">:</span></span> <a class="breaking-line__story" href="/2025/12/01/storm/"${file === '2025/12/01/storm/index.html' ? ' aria-current="page"' : ''}>Storm closes the port</a> <a class="breaking-line__more" href="/#breaking">1 more<span class="visually-hidden"> breaking story</span></a></p></section>`,
          file,
        );
      }
    });

    test('the story keeps its title as written, on its page, in its URL and in listings', () => {
      const html = site.read('2025/12/01/storm/index.html');
      assert.match(html, /<h1 class="story__headline">Breaking: Storm closes the port<\/h1>/);
      assert.ok(site.read('category/world/index.html').includes('>Breaking: Storm closes the port</a>'));
    });

    test('a featured story from July does not lead December: the newest story does', () => {
      assert.equal(lead(site.read('index.html')), 'Breaking: Storm closes the port');
    });
  });

  test('built with --future, a breaking story dated after the clock is built but not breaking', () => {
    buildAt('2025-12-01T12:00:00Z', ['--future']);
    assert.ok(site.exists('2025/12/03/scheduled/index.html'));
    const found = strip(site.read('index.html')) ?? '';
    assert.ok(found.includes('Storm closes the port') && !found.includes('Not yet'), found);
  });

  test('when the last window has closed, there is no strip and no masthead line anywhere: they are ordinary stories', () => {
    // The flood's six hours ended at 16:30, the storm's at 17:00.
    buildAt('2025-12-01T17:00:00.001Z');
    for (const file of htmlPages(site)) assert.doesNotMatch(site.read(file), /class="breaking(-line)?"/, file);
    assert.ok(site.read('index.html').includes('>Flood warning for the valley</a>'), 'still on the front page');
  });

  test('between the two ends, only the story still inside its window is shown, with no "more"', () => {
    buildAt('2025-12-01T16:45:00Z');
    assert.deepEqual([...(strip(site.read('index.html')) ?? '').matchAll(/breaking__headline"><a[^>]*>([^<]+)</g)].map((m) => m[1]), ['Storm closes the port']);
    const found = line(site.read('2025/12/01/budget/index.html')) ?? '';
    assert.ok(found.includes('Storm closes the port') && !found.includes('breaking-line__more'), found);
  });

  test('a featured story leads for `frontPage.featuredHours` after its date, then the newest story does', () => {
    // Coral at 08:00 is featured; heat at 10:00 is newer. 48 hours after 08:00 is 19 July, 08:00.
    buildAt('2025-07-18T00:00:00Z');
    assert.equal(lead(site.read('index.html')), 'Coral survey finds bleaching slowed');
    buildAt('2025-07-19T08:00:00Z');
    assert.equal(lead(site.read('index.html')), 'Coral survey finds bleaching slowed', 'the last instant of its window');
    buildAt('2025-07-19T08:00:01Z');
    assert.equal(lead(site.read('index.html')), 'Heat records fall across the south');
  });
});

describe('breaking news and the incremental build', () => {
  let site: FixtureSite;
  before(() => {
    // A window of 15 seconds, so the real clock runs out of it within the test.
    site = createFixtureSite({ ...settings, breaking: { hours: 15 / 3600 } });
  });
  after(() => site.dispose());

  test('builds again when a breaking window closes, though no file changed', async () => {
    // Front matter dates are to the second.
    const date = new Date(Math.floor(Date.now() / 1000) * 1000);
    const ends = new Date(date.getTime() + 15_000 + 1);
    site.write('posts/2025-10-01-old.md', post('title: Already old\ndate: 2025-10-01T09:00:00Z'));
    site.write('posts/2030-01-01-now.md', post(`title: "Breaking: Happening now"\ndate: ${date.toISOString()}`));
    const clock = { BUILD_TIME: undefined };
    const first = site.build([], clock);
    assert.equal(first.status, 0, first.stderr);
    assert.ok(line(site.read('2025/10/01/old/index.html'))?.includes('Happening now'), 'breaking while the window is open');
    const second = site.build([], clock);
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, new RegExp(`nothing changed .*until ${ends.toISOString().replace(/\./g, '\\.')}`));
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, ends.getTime() - Date.now()) + 200));
    const third = site.build([], clock);
    assert.equal(third.status, 0, third.stderr);
    assert.doesNotMatch(third.stdout, /nothing changed/);
    assert.equal(line(site.read('2025/10/01/old/index.html')), undefined, 'an ordinary story once the window has closed');
    assert.equal(strip(site.read('index.html')), undefined);
  });
});
