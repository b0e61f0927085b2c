// Entry of a mesh worker thread: lets the thread load the TypeScript task module.
import { setPriority } from 'node:os';
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

// On Linux a thread has its own nice value: the partner channel's threads yield the CPU to the shop's
// threads, the event loops and the web processes on the same machine.
if (workerData?.niceness) setPriority(workerData.niceness);

register();
const tasks = await import('./mesh-tasks.ts');
export default tasks.default;
