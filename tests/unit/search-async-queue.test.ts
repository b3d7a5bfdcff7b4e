/** The queue between the page writer and the search index (issue #6). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AsyncQueue } from '../../src/search/async-queue.ts';

async function drain<Item>(queue: AsyncQueue<Item>): Promise<Item[]> {
  const seen: Item[] = [];
  for await (const item of queue) seen.push(item);
  return seen;
}

describe('AsyncQueue', () => {
  test('the reader gets every item in order, pushed before or while it reads, and stops at end()', async () => {
    const queue = new AsyncQueue<number>();
    queue.push(1);
    const reading = drain(queue);
    await new Promise((resolve) => setImmediate(resolve));
    queue.push(2);
    queue.push(3);
    queue.end();
    assert.deepEqual(await reading, [1, 2, 3]);
  });

  test('an ended queue with nothing in it reads as empty', async () => {
    const queue = new AsyncQueue<string>();
    queue.end();
    assert.deepEqual(await drain(queue), []);
  });

  test('abort() makes a waiting reader throw that error', async () => {
    const queue = new AsyncQueue<number>();
    const reading = drain(queue);
    await new Promise((resolve) => setImmediate(resolve));
    queue.abort(new Error('superseded by the next build'));
    await assert.rejects(reading, /superseded by the next build/);
  });

  test('pushing after end() is a programming error', () => {
    const queue = new AsyncQueue<number>();
    queue.end();
    assert.throws(() => queue.push(1), /pushed into a queue that was ended/);
  });

  test('room(limit) holds a writer back until the reader has taken enough, and lets it go on abort', async () => {
    const queue = new AsyncQueue<number>();
    for (const n of [1, 2, 3]) queue.push(n);
    let roomy = false;
    const waiting = queue.room(2).then(() => (roomy = true));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(roomy, false, 'three waiting, limit two');
    const reader = queue[Symbol.asyncIterator]();
    await reader.next();
    await reader.next();
    await waiting;
    assert.equal(queue.size, 1);
    const stuck = queue.room(1);
    queue.abort(new Error('Pagefind stopped'));
    await stuck;
    queue.push(9); // dropped: nobody reads an aborted queue
    assert.equal(queue.size, 1);
  });
});
