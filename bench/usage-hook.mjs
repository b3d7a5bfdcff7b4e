// Preloaded (`node --import`) into every process the bench measures: on exit it writes the process's resource usage
// to the file named by BENCH_USAGE_FILE. JavaScript, not TypeScript, so it loads without tsx: the build is measured
// started as `npm run build` starts it (src/cli/run.mjs registers its own loader).
//
// CPU: `process.resourceUsage()` counts every thread of the process (libuv's pool, sharp's libvips threads, the
// module loader's thread); the CPU of child processes it has waited for (Pagefind's indexer) is added from
// /proc/self/stat (cutime, cstime), where Linux gives it. Memory: the process's own peak RSS.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.env['BENCH_USAGE_FILE'];
// Not inherited: anything the measured process starts must not overwrite its figures.
delete process.env['BENCH_USAGE_FILE'];

/** Microseconds of CPU used by waited-for children, or 0 where /proc is not there. */
function childrenCpu() {
  try {
    // Fields after the command name, which is in parentheses and may hold spaces: cutime and cstime are 16 and 17.
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
    const ticks = Number(fields[13]) + Number(fields[14]);
    return Number.isFinite(ticks) ? (ticks * 1e6) / 100 : 0; // USER_HZ is 100 on Linux
  } catch {
    return 0;
  }
}

if (file !== undefined && file !== '') {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const children = childrenCpu();
    writeFileSync(file, JSON.stringify({ userCPUTime: usage.userCPUTime + children, systemCPUTime: usage.systemCPUTime, maxRSS: usage.maxRSS, childrenCPUTime: children }));
  });
}
