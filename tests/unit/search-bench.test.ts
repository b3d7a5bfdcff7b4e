/** The search bench's pure parts (issue #14): reading the build's search line and /proc figures, and the targets. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { statusBytes } from '../../bench/process-tree.ts';
import { searchSecondsIn, searchTargets } from '../../bench/search-bench.ts';

describe('searchSecondsIn', () => {
  test('reads the seconds of the build log’s search line among the others', () => {
    const log = '[broadsheet] wrote 16478 pages.\n[broadsheet] search: 10000 stories indexed (en) in 12.5 s\n';
    assert.equal(searchSecondsIn(log), 12.5);
  });

  test('a build without search has no figure', () => {
    assert.equal(searchSecondsIn('[broadsheet] wrote 16477 pages.\n'), undefined);
  });
});

describe('statusBytes', () => {
  const status = 'Name:\tpagefind_extend\nVmPeak:\t 2000000 kB\nVmHWM:\t 1843200 kB\nVmRSS:\t  460800 kB\n';

  test('reads VmRSS and VmHWM in bytes, not VmPeak', () => {
    assert.equal(statusBytes(status, 'VmRSS'), 460800 * 1024);
    assert.equal(statusBytes(status, 'VmHWM'), 1843200 * 1024);
  });

  test('a kernel thread has no VmRSS: 0', () => {
    assert.equal(statusBytes('Name:\tkthreadd\n', 'VmRSS'), 0);
  });
});

describe('searchTargets', () => {
  test('1.3x the build without search; 800 MB up to 10,000 stories, 1.5 GB above', () => {
    assert.deepEqual(searchTargets(10_000), { ratio: 1.3, memoryBytes: 800 * 1024 * 1024 });
    assert.deepEqual(searchTargets(50_000), { ratio: 1.3, memoryBytes: 1500 * 1024 * 1024 });
  });
});
