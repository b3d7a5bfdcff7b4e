// A worker thread of src/build/build-threads.ts, when the build runs from TypeScript rather than from its bundle.
//
// JavaScript, because it runs before TypeScript can be loaded: `npm run build` registers tsx in the main thread
// only (src/cli/run.mjs), so a worker registers it again, with the generator's tsconfig. Under `node --import tsx`
// (the tests) the worker inherits the flag, and registering twice is skipped.
import { workerData } from 'piscina';

const inherited = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((argument) => /\btsx\b/.test(argument));
if (!inherited) {
  const { register } = await import('tsx/esm/api');
  register({ tsconfig: workerData.tsconfig });
}
const { default: run } = await import('./worker-task.ts');

export default run;
