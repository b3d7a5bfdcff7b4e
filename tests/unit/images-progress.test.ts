/** The progress line while photos are encoded (issue #14): pure, on a clock the test moves. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatDuration, ProgressMeter, progressLine, timeLeftMs } from '../../src/images/progress.ts';

/** A meter on a clock that only moves when told. */
function meter(interactive: boolean): { meter: ProgressMeter; at: (ms: number) => void } {
  let now = 1000;
  return { meter: new ProgressMeter({ interactive, intervalMs: 5000, now: () => now }), at: (ms) => (now = 1000 + ms) };
}

describe('the progress line', () => {
  test('count and time left at the pace so far: 120 of 200 in 21 s leaves about 14 s', () => {
    assert.equal(timeLeftMs({ done: 120, total: 200, elapsedMs: 21_000 }), 14_000);
    assert.equal(progressLine({ done: 120, total: 200, elapsedMs: 21_000 }, false), 'images: 120/200 encoded, about 14 s left');
  });

  test('on a terminal, a bar of twenty before the count', () => {
    assert.equal(progressLine({ done: 120, total: 200, elapsedMs: 21_000 }, true), 'images: [############........] 120/200 encoded, about 14 s left');
    assert.equal(progressLine({ done: 0, total: 200, elapsedMs: 0 }, true), 'images: [....................] 0/200 encoded, estimating time left');
  });

  test('no pace before the first photo is done; the time taken once all are', () => {
    assert.equal(timeLeftMs({ done: 0, total: 5, elapsedMs: 3000 }), undefined);
    assert.equal(progressLine({ done: 5, total: 5, elapsedMs: 63_400 }, false), 'images: 5/5 encoded in 1 min 3 s');
  });

  test('durations in whole seconds, minutes past sixty, never "0 s"', () => {
    assert.deepEqual([formatDuration(200), formatDuration(14_400), formatDuration(60_000), formatDuration(125_000)], ['1 s', '14 s', '1 min', '2 min 5 s']);
  });
});

describe('ProgressMeter', () => {
  test('on a terminal, every update is drawn, and the closing line says the time taken', () => {
    const { meter: m, at } = meter(true);
    assert.equal(m.update(0, 2), 'images: [....................] 0/2 encoded, estimating time left');
    at(4000);
    assert.equal(m.update(1, 2), 'images: [##########..........] 1/2 encoded, about 4 s left');
    at(8000);
    m.update(2, 2);
    assert.equal(m.finish(), 'images: [####################] 2/2 encoded in 8 s');
  });

  test('in a log, a line only every interval, none for a short encode, so a quick build adds no lines', () => {
    const { meter: m, at } = meter(false);
    assert.equal(m.update(0, 10), undefined);
    at(4999);
    assert.equal(m.update(3, 10), undefined);
    at(5000);
    assert.equal(m.update(4, 10), 'images: 4/10 encoded, about 8 s left');
    at(9000);
    assert.equal(m.update(6, 10), undefined);
    at(10_000);
    assert.equal(m.update(7, 10), 'images: 7/10 encoded, about 4 s left');
    at(12_000);
    m.update(10, 10);
    assert.equal(m.finish(), 'images: 10/10 encoded in 12 s');

    const quick = meter(false);
    quick.meter.update(0, 3);
    quick.at(1200);
    assert.equal(quick.meter.update(3, 3), undefined);
    assert.equal(quick.meter.finish(), undefined);
  });

  test('nothing at all when nothing needed encoding (a warm cache)', () => {
    assert.equal(meter(true).meter.finish(), undefined);
    assert.equal(meter(false).meter.finish(), undefined);
  });

  test('sources found later raise the total, and the estimate with it', () => {
    const { meter: m, at } = meter(true);
    m.update(0, 2);
    at(2000);
    assert.match(m.update(1, 2) ?? '', / 1\/2 encoded, about 2 s left$/);
    assert.match(m.update(1, 4) ?? '', / 1\/4 encoded, about 6 s left$/);
  });
});
