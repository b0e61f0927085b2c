// Loaded with `--require` into each process of the benchmark's stack when BENCH_CPU_PROFILE names a
// folder (Node 20 refuses --cpu-prof in NODE_OPTIONS): samples the process's CPU from its start and
// writes `<pid>-<command>.cpuprofile` there when it is told to stop. Open it in Chrome's DevTools.
const inspector = require('node:inspector');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const folder = process.env.BENCH_CPU_PROFILE;
const session = new inspector.Session();
session.connect();
session.post('Profiler.enable', () => session.post('Profiler.start'));

let stopping = false;
function writeAndExit() {
  if (stopping) return;
  stopping = true;
  session.post('Profiler.stop', (error, result) => {
    if (!error) {
      const command = process.argv
        .slice(1)
        .join(' ')
        .replace(/[^a-z0-9]+/gi, '_')
        .slice(-60);
      writeFileSync(join(folder, `${process.pid}-${command}.cpuprofile`), JSON.stringify(result.profile));
    }
    process.exit(0);
  });
}
process.on('SIGTERM', writeAndExit);
process.on('SIGINT', writeAndExit);
