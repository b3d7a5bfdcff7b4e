/**
 * The machine's `TZ` never decides a date, a URL or a `<time datetime>` (issue #2): the same readings are made in
 * child processes whose own time zone is far from UTC (Tokyo +09:00, Kiritimati +14:00, St John's -03:30).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';

const root = fileURLToPath(new URL('../../', import.meta.url));
const machineZones = ['Asia/Tokyo', 'Pacific/Kiritimati', 'America/St_Johns'] as const;

/** Runs node with tsx in `TZ`, outside this test run (the child must not report to our runner). */
function nodeIn(tz: string, args: readonly string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const env: Record<string, string | undefined> = { ...process.env, TZ: tz };
  delete env['NODE_TEST_CONTEXT'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, env, timeout: 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A tiny script: the machine's own offset, then the readings that must not depend on it. */
const probe = `
const { readDate, midnightIn, zonedParts, isoInZone, formatInZone } = await import('./src/content/dates.ts');
const { normalizePost } = await import('./src/content/normalize.ts');
const { createMarkdown } = await import('./src/markdown/create-markdown.ts');
const ny = 'America/New_York';
const at = (text) => { const r = readDate(text, ny); return r.ok ? isoInZone(r.date, ny) : r.reason; };
const site = { title: 't', description: 'd', url: 'https://news.example.com', pathPrefix: '/', language: 'en', timeZone: ny,
  permalink: '/:year/:month/:day/:title/', pageSize: 10, excerptSeparator: '\\n\\n', dateFormat: 'yyyy-MM-dd HH:mm', authors: {}, bodies: { sanitize: false, embedHosts: [], liquid: true } };
const url = (path, text) => normalizePost({ path, text }, { site, md: createMarkdown(), fileExists: () => false }).post?.url;
console.log(JSON.stringify({
  machineOffset: new Date(Date.UTC(2025, 9, 9)).getTimezoneOffset(),
  noOffset: at('2025-10-09T02:00:00'),
  withOffset: at('2025-10-09 02:00:00 -0400'),
  bare: at('2025-10-09'),
  springForward: at('2025-03-09'),
  fallBack: at('2025-11-03'),
  repeatedHour: at('2025-11-02T06:30:00'),
  santiagoMidnight: midnightIn(2025, 9, 7, 'America/Santiago').toISOString(),
  parts: zonedParts(new Date('2025-11-02T06:30:00Z'), ny),
  shown: formatInZone(new Date('2025-10-09T02:00:00Z'), ny, 'd MMMM yyyy, HH:mm'),
  urlNoOffset: url('posts/x.md', '---\\ntitle: X\\ndate: 2025-10-09T02:00:00\\n---\\n'),
  urlFileName: url('posts/2025-10-09-x.md', '---\\ntitle: X\\n---\\n'),
}));
`;

const expected = {
  noOffset: '2025-10-08T22:00:00-04:00',
  withOffset: '2025-10-09T02:00:00-04:00',
  bare: '2025-10-09T00:00:00-04:00',
  springForward: '2025-03-09T00:00:00-05:00',
  fallBack: '2025-11-03T00:00:00-05:00',
  repeatedHour: '2025-11-02T01:30:00-05:00',
  santiagoMidnight: '2025-09-07T04:00:00.000Z',
  parts: { year: '2025', month: '11', day: '02', hour: '01', minute: '30', second: '00', dayOfYear: '306', isoWeekYear: '2025', isoWeek: '44', shortWeekday: 'Sun' },
  shown: '8 October 2025, 22:00',
  urlNoOffset: '/2025/10/08/x/',
  urlFileName: '/2025/10/09/x/',
};

const machineOffsets: Record<(typeof machineZones)[number], number> = { 'Asia/Tokyo': -540, 'Pacific/Kiritimati': -840, 'America/St_Johns': 150 };

describe("the machine's TZ never decides a date", { concurrency: true }, () => {
  for (const tz of machineZones) {
    test(`a script run with TZ=${tz} reads and places New York dates exactly as everywhere else`, async () => {
      const run = await nodeIn(tz, ['--input-type=module', '--eval', probe]);
      assert.equal(run.status, 0, run.stderr);
      const { machineOffset, ...readings } = JSON.parse(run.stdout) as { machineOffset: number };
      assert.equal(machineOffset, machineOffsets[tz], 'the child really ran in that time zone');
      assert.deepEqual(readings, expected);
    });
  }

  for (const tz of ['Asia/Tokyo', 'Pacific/Kiritimati'] as const) {
    test(`dates.test.ts and post-dates.test.ts pass unchanged with TZ=${tz}`, async () => {
      const run = await nodeIn(tz, ['--test', '--test-reporter=tap', 'tests/unit/dates.test.ts', 'tests/unit/post-dates.test.ts']);
      assert.equal(run.status, 0, run.stdout + run.stderr);
      assert.match(run.stdout, /^# fail 0$/m);
      const passed = Number(/^# pass (\d+)$/m.exec(run.stdout)?.[1]);
      assert.ok(passed >= 60, `expected the date suites to run, but only ${passed} tests passed`);
    });
  }
});
