/** The search line's timer (issue #14): only the spans search keeps the build waiting count, overlaps once. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { stopwatch } from '../../src/search/stopwatch.ts';

/** A clock the test moves by hand. */
function manualClock(): { now: () => number; advance: (ms: number) => void } {
  let time = 1000;
  return { now: () => time, advance: (ms) => (time += ms) };
}

describe('stopwatch', () => {
  test('time between spans is not counted', () => {
    const clock = manualClock();
    const watch = stopwatch(clock.now);
    const first = watch.begin();
    clock.advance(5);
    first.end();
    clock.advance(1000); // pages written while Pagefind keeps up
    const second = watch.begin();
    clock.advance(7);
    second.end();
    assert.equal(watch.total(), 12);
  });

  test('overlapping spans count once, from the first opened to the last closed', () => {
    const clock = manualClock();
    const watch = stopwatch(clock.now);
    const a = watch.begin();
    clock.advance(3);
    const b = watch.begin();
    clock.advance(4);
    a.end();
    clock.advance(2);
    b.end();
    assert.equal(watch.total(), 9);
  });

  test('ending a span twice does not close another one', () => {
    const clock = manualClock();
    const watch = stopwatch(clock.now);
    const a = watch.begin();
    const b = watch.begin();
    clock.advance(2);
    a.end();
    a.end();
    clock.advance(3);
    assert.equal(watch.total(), 0, 'b is still open');
    b.end();
    assert.equal(watch.total(), 5);
  });
});
