/** The bench's last table (issue #14): one row per target of the parts that ran, and how busy the machine was. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Sample } from '../../bench/measure.ts';
import { compare } from '../../bench/report.ts';
import { formatSummary, otherLoads, targetRows } from '../../bench/summary.ts';
import { type IncrementalResult, publishedIn } from '../../bench/incremental-bench.ts';

const sample = (wallMs: number, otherCores?: number): Sample => ({ wallMs, userMs: wallMs, systemMs: 0, cpuMs: wallMs, peakRssBytes: 100e6, ...(otherCores === undefined ? {} : { otherCores }) });
const posts = compare(
  10_000,
  { floor: [sample(100)], baseline: [sample(6000, 0.1)], build: [sample(9000, 0.2)], withoutSearch: [sample(5400, 0.9)], threads: { 0: [sample(12000)] } },
  3,
  { posts: 10_000, loadMs: 1, samplesMs: [5] },
);
const startup = { runs: 1, node: { samples: [], median: sample(50) }, build: { samples: [], median: sample(650) }, pass: true };

describe('the bench summary', () => {
  test('each target that ran is a row with its figure, target and verdict', () => {
    const rows = targetRows({ posts: [posts], startup: [startup], images: [], search: [], imageDefaults: [{ name: 'the defaults now (src/images/types.ts)', cpuMsPerPhoto: 470 }] });
    assert.deepEqual(rows.map((row) => [row.what, row.measured, row.pass]), [
      ['photos: CPU per 2400 px photo, default set', '0.47 s', true],
      ['10,000 posts without search / floor (wall)', '0.90x', true],
      ['one-post build (wall)', '0.65 s', true],
    ]);
  });

  test('the machine load of every sample is found, and a busy machine is called out', () => {
    assert.deepEqual(otherLoads({ a: [{ otherCores: 0.1 }, { b: { otherCores: 0.9 } }], otherCores: 'n/a' }).sort(), [0.1, 0.9]);
    const text = formatSummary({ posts: [posts], startup: [], images: [], search: [], imageDefaults: [] }, 2);
    assert.match(text, /10,000 posts without search \/ floor \(wall\)\s+0\.90x\s+<= 1\.00x\s+PASS/);
    assert.match(text, /other processes kept a median 0\.20 of 2 cores busy \(most 0\.90\)\. Runs that shared the machine/);
  });

  test('the incremental rows: nothing changed against a tenth of the cold build, one edit against a second', () => {
    const incremental = { posts: 10_000, rounds: [], coldMs: 20_000, unchangedMs: 900, editedMs: 17_300, editedPublished: { written: 1, removed: 0, kept: 16_630 } } satisfies IncrementalResult;
    const rows = targetRows({ posts: [], startup: [], images: [], search: [], incremental: [incremental], imageDefaults: [] });
    assert.deepEqual(rows.map((row) => [row.what, row.measured, row.pass]), [
      ['10,000 posts: rebuild with nothing changed / cold (wall)', '0.04x', true],
      ["10,000 posts: rebuild after one story's edit (wall)", '17.30 s', false],
    ]);
  });

  test("the build's publishing line is read for what it wrote", () => {
    assert.deepEqual(publishedIn('[broadsheet] published into _site: 3 files new or changed, 1 removed, 18722 unchanged.\n'), { written: 3, removed: 1, kept: 18_722 });
    assert.deepEqual(publishedIn('published into /x/_site: 1 file new or changed, 0 removed, 5 unchanged.'), { written: 1, removed: 0, kept: 5 });
    assert.equal(publishedIn('[broadsheet] nothing changed since the last build'), undefined);
  });
});
