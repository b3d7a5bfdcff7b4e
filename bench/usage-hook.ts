/**
 * Preloaded (`node --import`) into every process the bench measures: on exit it writes the process's own resource
 * usage to the file named by BENCH_USAGE_FILE. `getrusage(RUSAGE_SELF)` counts every thread of the process (libuv's
 * pool, sharp's libvips threads, Eleventy's module-loader worker) but not child processes; the build spawns none.
 */
import { writeFileSync } from 'node:fs';

const file = process.env['BENCH_USAGE_FILE'];
// Not inherited: anything the measured process starts must not overwrite its figures.
delete process.env['BENCH_USAGE_FILE'];

if (file !== undefined && file !== '') {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ userCPUTime: usage.userCPUTime, systemCPUTime: usage.systemCPUTime, maxRSS: usage.maxRSS }));
  });
}
