/**
 * Grids without holes (issue #15), measured in Chromium. One fixture site holds listing blocks of every size a site
 * makes: sections of 1, 2 and 3 stories and tags of 4, 5, 7 and 12 (a full page), each with photos on every story,
 * on none, and on some; the front page's section blocks of 1, 2 and 3; related stories of 1 to 4; authors' pages and
 * later pages of the front page and of an archive. Every page is opened once and measured at each width: the cards
 * of every listing block are grouped into rows by their top, and a row fails when its cards and gaps do not span
 * the block (an empty cell), when two of its cards differ in width, or when a gap between two is not the block's.
 * Short pages must keep the footer at the bottom of the screen; axe-core checks the new parts in light and dark.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createFixtureSite, type FixtureSite, post } from '../helpers/fixture-site.ts';
import { addDrawnPhoto } from '../helpers/photo.ts';
import { type BrowserSession, browserSuite, buildAndOpen, closeSuite, formatViolation, seriousA11yViolations } from '../helpers/browser.ts';

const widths = [320, 375, 768, 1024, 1280, 1600] as const;
/** Rounding of fractional track widths: boxes may differ by this much and still be the same. */
const tolerance = 2;

const settings = {
  title: 'Grid Gazette',
  url: 'https://grid.example',
  timeZone: 'UTC',
  pageSize: 12,
  relatedCount: 4,
  frontPage: { latest: 3, sections: 6, perSection: 3 },
  search: false,
  navigation: { masthead: ['Photos 3', 'Text 3', { label: 'About', url: '/about/' }], footer: [], social: [] },
  // Two widths keep the encoding short; one photo serves every story.
  images: { widths: [320, 640] },
};

/** Every story has a photo, none has, or some have (not the first, so a wide first card is tried without one). */
const mixes = ['photos', 'text', 'mixed'] as const;
type Mix = (typeof mixes)[number];
const hasPhoto = (mix: Mix, index: number): boolean => mix === 'photos' || (mix === 'mixed' && index % 3 !== 0);

interface Group {
  readonly kind: 'category' | 'tag';
  readonly mix: Mix;
  readonly count: number;
  /** `Photos 3`: the section or tag, its slug `photos-3`. */
  readonly name: string;
}

/** Sections of 1, 2 and 3 stories (so the front page's blocks are that small), tags of 4, 5, 7 and 12. */
const groups: readonly Group[] = [
  ...[1, 2, 3].flatMap((count) => mixes.map((mix): Group => ({ kind: 'category', mix, count, name: `${mix[0]?.toUpperCase()}${mix.slice(1)} ${count}` }))),
  ...[4, 5, 7, 12].flatMap((count) => mixes.map((mix): Group => ({ kind: 'tag', mix, count, name: `${mix[0]?.toUpperCase()}${mix.slice(1)} ${count}` }))),
];
const slug = (group: Group): string => group.name.toLowerCase().replace(' ', '-');
const groupPath = (group: Group): string => `/${group.kind}/${slug(group)}/`;
const named = (name: string): Group => {
  const group = groups.find((candidate) => candidate.name === name);
  if (group === undefined) throw new Error(`no group ${name}`);
  return group;
};

const headlines = [
  'Council approves the new tram line after a decade of delay',
  'Rates held',
  'Harbour pilots strike over night shifts as ferries queue outside the port for a second day',
  'A quiet winter for the ski towns',
  'Museum returns bronzes',
  'Inside the lab that grows coral faster than the sea can bleach it',
  'Storm warnings for the coast',
];
const excerpts = [
  'The vote ends years of argument over the route.',
  'Officials said the decision was close, and that the next meeting could go the other way if prices keep rising through the spring and the summer.',
  'A short one.',
];

interface Story {
  readonly group: Group;
  readonly index: number;
  readonly date: Date;
  readonly file: string;
  readonly path: string;
}

/**
 * The stories, newest first. The newest of `Photos 2` leads and the newest of `Text 2` and `Mixed 3` are among the
 * latest, so those section blocks show 1, 1 and 2 stories; the rest are interleaved, so later pages mix them.
 */
function stories(): Story[] {
  const all = groups.flatMap((group) => Array.from({ length: group.count }, (_, index) => ({ group, index })));
  const first = ['Photos 2', 'Text 2', 'Mixed 3', 'Photos 12'].map((name) => all.findIndex((story) => story.group.name === name && story.index === 0));
  const rest = all.map((_, at) => at).filter((at) => !first.includes(at));
  const interleaved = rest.sort((a, b) => (all[a]?.index ?? 0) - (all[b]?.index ?? 0) || a - b);
  return [...first, ...interleaved].map((at, position) => {
    const { group, index } = all[at] ?? { group: named('Photos 1'), index: 0 };
    const date = new Date(Date.UTC(2025, 11, 31, 22) - position * 3 * 3_600_000);
    const day = date.toISOString().slice(0, 10);
    const name = `${slug(group)}-${index + 1}`;
    return { group, index, date, file: `posts/${day}-${name}.md`, path: `/${day.replaceAll('-', '/')}/${name}/` };
  });
}

function frontMatter(story: Story, position: number, photo: string): string {
  const { group, index } = story;
  return [
    `title: "${headlines[position % headlines.length]} (${group.name}, ${index + 1})"`,
    `date: ${story.date.toISOString()}`,
    `author: ${group.kind === 'tag' ? 'ada' : 'ben'}`,
    group.kind === 'category' ? `categories: ["${group.name}"]` : 'categories: []',
    group.kind === 'tag' ? `tags: ["${group.name}"]` : 'tags: []',
    ...(hasPhoto(group.mix, index) ? [`image: assets/images/${photo}`, `image_alt: A drawn photo for ${group.name}`] : []),
  ].join('\n');
}

/** A page to measure, with the number of cards each of its blocks must hold (in page order), or their multiset. */
interface Measured {
  readonly name: string;
  readonly path: string;
  readonly blocks: readonly number[];
  /** The blocks' sizes in any order (the front page's sections come biggest first, then by name). */
  readonly anyOrder?: boolean;
}

/** Ada writes the tags' stories and has a photo and links; Ben writes the sections' and has neither. */
const authors = (photo: string) => ({
  ada: {
    name: 'Ada Okafor',
    bio: 'Covers the city, its transport and its money, from the council chamber to the harbour.',
    avatar: `assets/images/${photo}`,
    links: [
      { label: 'Website', url: 'https://ada.example' },
      { label: 'Mastodon', url: 'https://mastodon.example/@ada' },
      { label: 'E-mail', url: 'mailto:ada@grid.example' },
    ],
  },
  ben: { name: 'Ben Marsh', bio: 'Science desk.' },
});

const related = (count: number): number => Math.min(4, count - 1);
const storyPages = (all: readonly Story[]): Measured[] =>
  ['Photos 2', 'Text 2', 'Mixed 2', 'Photos 3', 'Text 3', 'Mixed 3', 'Photos 4', 'Text 4', 'Mixed 4', 'Photos 5', 'Text 5', 'Mixed 5'].map((name) => {
    const story = all.find((candidate) => candidate.group.name === name && candidate.index === 1);
    if (story === undefined) throw new Error(`no second story in ${name}`);
    return { name: `story in ${name} (${related(story.group.count)} related)`, path: story.path, blocks: [related(story.group.count)] };
  });

const measuredPages = (all: readonly Story[]): Measured[] => [
  // Latest (3 briefs), then the sections: Mixed 3, Photos 3, Text 3, Mixed 2, Photos 2, Text 2 less what is shown above.
  { name: 'front page', path: '/', blocks: [3, 2, 3, 3, 2, 1, 1], anyOrder: true },
  { name: 'front page 2', path: '/page/2/', blocks: [12] },
  { name: 'last front page', path: '/page/10/', blocks: [2] },
  ...groups.map((group) => ({ name: `${group.kind} ${group.name}`, path: groupPath(group), blocks: [group.count] })),
  { name: 'author with a photo', path: '/author/ada/', blocks: [12] },
  { name: 'author without one, page 2', path: '/author/ben/page/2/', blocks: [6] },
  { name: 'last page of the year', path: '/2025/page/9/', blocks: [6] },
  ...storyPages(all),
];

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly width: number;
}
interface Card extends Box {
  readonly title: string;
}
interface Block extends Box {
  readonly name: string;
  readonly columnGap: number;
  readonly cards: readonly Card[];
}

/** In the page: every listing block (a grid of cards, the front page's latest briefs) and its cards' boxes. */
const measureScript = `(() => {
  const box = (element) => { const r = element.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, width: r.width }; };
  return [...document.querySelectorAll('main .cards, main .briefs')].map((grid, index) => {
    const heading = grid.closest('section')?.querySelector('h2');
    const name = (heading?.textContent ?? '').trim() || grid.className + ' #' + (index + 1);
    const gap = parseFloat(getComputedStyle(grid).columnGap);
    const cards = [...grid.children].filter((child) => child.matches('.card')).map((card) => ({ ...box(card), title: (card.querySelector('.card__headline')?.textContent ?? '').trim() }));
    return { ...box(grid), name, columnGap: Number.isFinite(gap) ? gap : 0, cards };
  });
})()`;

function toBlocks(value: unknown): Block[] {
  const number = (item: unknown, key: string): number => {
    const field: unknown = typeof item === 'object' && item !== null ? Reflect.get(item, key) : undefined;
    if (typeof field !== 'number') throw new Error(`measurement: expected a number in \`${key}\`, found ${JSON.stringify(field)}`);
    return field;
  };
  const text = (item: unknown, key: string): string => String(typeof item === 'object' && item !== null ? Reflect.get(item, key) : '');
  const boxOf = (item: unknown): Box => ({ left: number(item, 'left'), right: number(item, 'right'), top: number(item, 'top'), width: number(item, 'width') });
  if (!Array.isArray(value)) throw new Error(`measurement: expected a list of blocks, found ${JSON.stringify(value)}`);
  return value.map((block: unknown) => {
    const cards: unknown = typeof block === 'object' && block !== null ? Reflect.get(block, 'cards') : undefined;
    if (!Array.isArray(cards)) throw new Error(`measurement: expected cards, found ${JSON.stringify(cards)}`);
    return { ...boxOf(block), name: text(block, 'name'), columnGap: number(block, 'columnGap'), cards: cards.map((card: unknown) => ({ ...boxOf(card), title: text(card, 'title') })) };
  });
}

const px = (value: number): string => `${Math.round(value * 10) / 10}px`;

/** What is wrong with one block's rows: empty cells, unequal cards, gaps that are not the grid's, cards outside it. */
function holesIn(block: Block): string[] {
  const rows: Card[][] = [];
  for (const card of [...block.cards].sort((a, b) => a.top - b.top || a.left - b.left)) {
    const row = rows.find((candidate) => Math.abs((candidate[0]?.top ?? Number.NaN) - card.top) <= tolerance);
    if (row) row.push(card);
    else rows.push([card]);
  }
  const problems: string[] = [];
  rows.forEach((unsorted, at) => {
    const row = [...unsorted].sort((a, b) => a.left - b.left);
    const first = row[0];
    const last = row.at(-1);
    if (first === undefined || last === undefined) return;
    const where = `row ${at + 1} of ${rows.length} (${row.length} card${row.length === 1 ? '' : 's'}: ${row.map((card) => `"${card.title.slice(0, 40)}"`).join(', ')})`;
    if (first.left - block.left > tolerance) problems.push(`${where}: starts ${px(first.left - block.left)} in from the block's left edge`);
    if (block.right - last.right > tolerance) problems.push(`${where}: ends ${px(block.right - last.right)} short of the block's right edge (an empty cell)`);
    if (last.right - block.right > tolerance || block.left - first.left > tolerance) problems.push(`${where}: reaches outside the block`);
    const narrowest = Math.min(...row.map((card) => card.width));
    const widest = Math.max(...row.map((card) => card.width));
    if (widest - narrowest > tolerance) problems.push(`${where}: cards from ${px(narrowest)} to ${px(widest)} wide`);
    row.slice(1).forEach((card, index) => {
      const gap = card.left - (row[index]?.right ?? card.left);
      if (Math.abs(gap - block.columnGap) > tolerance) problems.push(`${where}: a gap of ${px(gap)} after card ${index + 1}, not the grid's ${px(block.columnGap)}`);
    });
  });
  return problems;
}

describe('grids of story cards leave no holes, at every width, with and without photos', browserSuite(), () => {
  let site: FixtureSite;
  let session: BrowserSession;
  const all = stories();

  before(async () => {
    site = createFixtureSite(settings);
    const photo = await addDrawnPhoto(site);
    site.write('site.json', JSON.stringify({ ...settings, authors: authors(photo) }));
    all.forEach((story, position) => site.write(story.file, post(frontMatter(story, position, photo), `${excerpts[position % excerpts.length]}\n\nThe rest of the story.`)));
    site.write('pages/about.md', '---\ntitle: About us\nlayout: page\n---\n\nA newspaper of grids.\n');
    session = await buildAndOpen(site);
  });
  after(() => closeSuite(session, site));

  /** Waits for the layout after a resize: two frames. */
  const settle = (page: Page): Promise<unknown> => page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');

  for (const measured of measuredPages(all)) {
    test(`${measured.name} (${measured.path}): every row of every block is full and even at ${widths.join(', ')} px`, async () => {
      const page = await session.guarded.context.newPage();
      try {
        await page.setViewportSize({ width: widths[0], height: 900 });
        const response = await page.goto(session.server.url(measured.path), { waitUntil: 'load' });
        assert.equal(response?.status(), 200, `status of ${measured.path}`);
        const problems: string[] = [];
        for (const width of widths) {
          await page.setViewportSize({ width, height: 900 });
          await settle(page);
          const blocks = toBlocks(await page.evaluate(measureScript));
          const counts = blocks.map((block) => block.cards.length);
          const sorted = (list: readonly number[]) => [...list].sort((a, b) => a - b);
          if (measured.anyOrder) assert.deepEqual(sorted(counts), sorted(measured.blocks), `${measured.path} at ${width}px: cards per block`);
          else assert.deepEqual(counts, measured.blocks, `${measured.path} at ${width}px: cards per block`);
          const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
          if (overflow > 0) problems.push(`${measured.path} at ${width}px: the page scrolls sideways by ${overflow}px`);
          for (const block of blocks) for (const problem of holesIn(block)) problems.push(`${measured.path} at ${width}px, block "${block.name}", ${problem}`);
        }
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  }

  // The blocks' new parts (text cards under their rule, the wide cards, the author's profile), light and dark.
  for (const [name, sitePath] of [
    ['front page', '/'],
    ['author with a photo', '/author/ada/'],
    ['tag Mixed 7', '/tag/mixed-7/'],
  ] as const) {
    for (const width of [375, 1280] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        test(`${name} at ${width}px, ${scheme}: no serious or critical axe-core violations`, async () => {
          const page = await session.guarded.context.newPage();
          try {
            await page.setViewportSize({ width, height: 900 });
            await page.emulateMedia({ colorScheme: scheme });
            await page.goto(session.server.url(sitePath), { waitUntil: 'load' });
            assert.deepEqual((await seriousA11yViolations(page)).map(formatViolation), []);
          } finally {
            await page.close();
          }
        });
      }
    }
  }

  for (const [name, sitePath, status] of [
    ['About', '/about/', 200],
    ['404', '/no-such-story/', 404],
    ['the authors index', '/authors/', 200],
  ] as const) {
    for (const [width, height] of [
      [1280, 900],
      [375, 800],
    ] as const) {
      test(`on a short page (${name}) at ${width}x${height} the footer sits at the bottom of the screen`, async () => {
        const page = await session.guarded.context.newPage();
        try {
          await page.setViewportSize({ width, height });
          const response = await page.goto(session.server.url(sitePath), { waitUntil: 'load' });
          assert.equal(response?.status(), status);
          const scrollHeight = Number(await page.evaluate('document.documentElement.scrollHeight'));
          assert.ok(scrollHeight <= height, `${sitePath} is short: ${scrollHeight}px tall at ${width}px, more than the ${height}px screen`);
          const bottom = Number(await page.evaluate("document.querySelector('footer.footer').getBoundingClientRect().bottom"));
          assert.ok(Math.abs(bottom - height) <= 1, `${sitePath} at ${width}x${height}: the footer ends at ${bottom}px, not at the screen's bottom (${height}px)`);
        } finally {
          await page.close();
        }
      });
    }
  }
});
