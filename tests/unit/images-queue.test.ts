/** The sharp work queue (issue #4): bounded, in order, a failure stays with its task. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { defaultConcurrency, sharpConcurrency, WorkQueue } from '../../src/images/queue.ts';

describe('WorkQueue', () => {
  test('never runs more tasks at once than its concurrency, and runs them all', async () => {
    const queue = new WorkQueue(2);
    let running = 0;
    let most = 0;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        queue.run(async () => {
          most = Math.max(most, ++running);
          await sleep(i % 3);
          running--;
          return i;
        }),
      ),
    );
    assert.deepEqual(results, Array.from({ length: 12 }, (_, i) => i));
    assert.equal(most, 2);
    assert.equal(queue.peak, 2);
    assert.equal(queue.size, 0);
  });

  test('a task queued while a slot is being handed over waits its turn', async () => {
    const queue = new WorkQueue(1);
    const order: string[] = [];
    const first = queue.run(async () => order.push('first'));
    const second = queue.run(async () => order.push('second'));
    // Queued the moment the first task settles, before the second has started.
    const third = first.then(() => queue.run(async () => order.push('third')));
    await Promise.all([first, second, third]);
    assert.deepEqual(order, ['first', 'second', 'third']);
    assert.equal(queue.peak, 1);
  });

  test('a failing task rejects its own promise and frees its slot', async () => {
    const queue = new WorkQueue(1);
    const failing = queue.run(async () => {
      throw new Error('boom');
    });
    const next = queue.run(async () => 'ran');
    await assert.rejects(failing, /boom/);
    assert.equal(await next, 'ran');
  });

  test('refuses a concurrency below one', () => {
    assert.throws(() => new WorkQueue(0), /at least 1; found 0/);
  });
});

describe('sharpConcurrency (issue #14)', () => {
  test('one source per core; one single-threaded operation per core and one more, while libuv keeps a thread for file work', () => {
    assert.deepEqual(sharpConcurrency(2, 4), { sources: 2, operations: 3, threads: 1 });
    assert.deepEqual(sharpConcurrency(1, 4), { sources: 1, operations: 2, threads: 1 });
    assert.deepEqual(sharpConcurrency(8, 10), { sources: 8, operations: 9, threads: 1 });
  });

  test('past libuv’s pool, operations stop at one thread fewer and take more libvips threads to fill the cores', () => {
    assert.deepEqual(sharpConcurrency(3, 4), { sources: 3, operations: 3, threads: 1 });
    assert.deepEqual(sharpConcurrency(8, 4), { sources: 8, operations: 3, threads: 3 });
    assert.deepEqual(sharpConcurrency(4, 1), { sources: 4, operations: 1, threads: 4 });
  });

  test('the machine’s own figures give at least one of each', () => {
    const { sources, operations, threads } = defaultConcurrency();
    assert.ok(sources >= 1 && operations >= 1 && threads >= 1);
  });
});
