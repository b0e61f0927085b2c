import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoOrderLost } from './expect-no-loss';
import { type FaultCluster, pause, startFaultCluster, until } from './fault-cluster';

let run: FaultCluster;

beforeAll(async () => {
  run = await startFaultCluster({ name: 'realtime-restart', web: 1, worker: 1, realtime: 2 });
});
afterAll(() => run?.stop());

describe('a realtime process killed with consoles connected, then started again', () => {
  it('its consoles reconnect and show every order approved meanwhile; the other console misses nothing', async () => {
    const since = new Date();
    const [victim] = run.cluster.realtimes;
    const [victimConsole, otherConsole] = run.consoles;
    let stopLoad = false;
    const load = run.submitter.run(run.partners, 4, () => stopLoad);

    for (let restart = 0; restart < 2; restart += 1) {
      await pause(3_000);
      const reloadsBefore = victimConsole!.reloads;
      await victim!.kill('SIGKILL');
      await until(async () => !victimConsole!.connected, 'the console to notice');
      await pause(3_000);
      await victim!.start();
      await until(
        async () => victimConsole!.reloads > reloadsBefore,
        'the console to reconnect and reload',
        60_000,
      );
    }
    await pause(2_000);
    stopLoad = true;
    await load;

    expect(run.submitter.stats.acknowledged.length).toBeGreaterThan(20);
    // The console on the other realtime process never lost its socket: pushes alone kept it whole.
    expect(otherConsole!.reloads).toBe(1);
    await expectNoOrderLost(run, since, 'realtime-restart');
  });
});
