/** The posts bench's verdict (issues #2 and #6): the build with and without search, each against the baseline. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Sample } from '../../bench/measure.ts';
import { compare, formatResult } from '../../bench/report.ts';

const sample = (wallMs: number, cpuMs: number, peakRssBytes: number): Sample => ({ wallMs, userMs: cpuMs, systemMs: 0, cpuMs, peakRssBytes });
const timing = { posts: 10, loadMs: 5, samplesMs: [10, 12, 11] };

describe('the posts bench report', () => {
  const result = compare(
    10,
    {
      floor: [sample(500, 500, 70e6)],
      baseline: [sample(1000, 1000, 100e6), sample(1200, 1100, 110e6), sample(1100, 1050, 105e6)],
      build: [sample(4000, 5000, 200e6), sample(4400, 5500, 220e6), sample(4200, 5200, 210e6)],
      withoutSearch: [sample(2500, 3000, 200e6), sample(2700, 3300, 220e6), sample(2600, 3100, 210e6)],
      threads: { 0: [sample(4400, 4000, 150e6)], 2: [sample(2200, 4400, 300e6)] },
    },
    3,
    timing,
  );

  test('each build is compared with the baseline by medians, metric by metric', () => {
    assert.deepEqual(result.ratio, { wallMs: 4200 / 1100, cpuMs: 5200 / 1050, peakRssBytes: 2 });
    assert.deepEqual(result.pass, { wallMs: false, cpuMs: false, peakRssBytes: true });
    assert.deepEqual(result.ratioWithoutSearch, { wallMs: 2600 / 1100, cpuMs: 3100 / 1050, peakRssBytes: 2 });
    assert.deepEqual(result.passWithoutSearch, { wallMs: true, cpuMs: true, peakRssBytes: true });
  });

  test('the table names both builds and gives both verdicts', () => {
    const text = formatResult(result, 3);
    assert.match(text, /build \(npm run build, with the search index\)\s+4\.20 s\s+5\.20 s\s+200 MB/);
    assert.match(text, /build without search \(search: false\)\s+2\.60 s\s+3\.10 s\s+200 MB/);
    assert.match(text, /ratio build\/baseline\s+3\.82x\s+4\.95x\s+2\.00x\n\s+target <= 3x\s+FAIL\s+FAIL\s+PASS/);
    assert.match(text, /ratio build without search\/baseline\s+2\.36x\s+2\.95x\s+2\.00x\n\s+target <= 3x\s+PASS\s+PASS\s+PASS/);
  });

  test('the build without search is held to the floor (issue #14), and its scaling by thread count is shown', () => {
    const text = formatResult(result, 3);
    assert.match(text, /issue #14: wall <= 1\.0x the floor\s+FAIL/);
    assert.match(text, /BROADSHEET_THREADS=0\s+4\.40 s \(4\.00x\)\s+4\.00 s \(3\.81x\)\s+143 MB \(1\.43x\)/);
    assert.match(text, /BROADSHEET_THREADS=2\s+2\.20 s \(2\.00x\)/);
    assert.deepEqual(result.scaling.map((entry) => entry.threads), [0, 2]);
  });
});
