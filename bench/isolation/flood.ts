/**
 * The partners' flood of `pnpm bench isolation`, in a process of its own: its requests never wait in
 * the event loop that times the site's, as real partners' would not. The large models are made before
 * the flood starts, all different (a file already analysed would be answered from the cache), so the
 * flood's own CPU is sending, not making models; a model refused with 429 is sent again as it was.
 * Each lane uploads a model, then orders it five times, until the phase ends.
 *
 * Partners' clients run on their own machines; here they share the two cores with Facet. The flood's
 * process runs in a session of its own at nice BENCH_FLOOD_NICE (10; its session's autogroup too, as
 * lowerProcessPriority does), so that what it costs to send is taken from idle CPU rather than from
 * the processes measured, whose session holds the benchmark itself. It still sends past its budget:
 * the run prints how many answers were 2xx and 429.
 */
import { lowerProcessPriority } from '@facet/core/system/process-priority';
import { makeTorus } from '@facet/mesh/generate';
import { writeBinaryStl } from '@facet/mesh/write';

export interface FloodData {
  partnerApiUrl: string;
  keys: string[];
  lanesPerPartner: number;
  triangles: number;
  /** Models made beforehand; more are made, one at a time, if the flood takes them all. */
  models: number;
}

/** From the benchmark: what to send, then when to start (and the time to stop). */
export type ToFlood = { kind: 'data'; data: FloodData } | { kind: 'start'; untilMs: number };
/** To the benchmark: the models are made, then every answer's status once the flood has stopped. */
export type FloodMessage = { kind: 'ready' } | { kind: 'answers'; answers: Record<string, number> };

lowerProcessPriority(Number(process.env.BENCH_FLOOD_NICE ?? 10));

const send = (message: FloodMessage) => process.send!(message);
const next = () => new Promise<ToFlood>((resolve) => process.once('message', resolve));

const first = await next();
if (first.kind !== 'data') throw new Error('the flood was started before it had its data');
const data = first.data;
let made = 0;
const makeModel = () => {
  made += 1;
  return writeBinaryStl(makeTorus(data.triangles + made * 4, 12, 1.6));
};
const waiting = Array.from({ length: data.models }, makeModel);
const nextModel = () => waiting.pop() ?? makeModel();

async function flood(untilMs: number): Promise<Record<string, number>> {
  const answers: Record<string, number> = {};
  const count = (status: number) => {
    answers[status] = (answers[status] ?? 0) + 1;
  };
  const lane = async (key: string) => {
    const headers = { authorization: `Bearer ${key}` };
    let model = nextModel();
    while (Date.now() < untilMs) {
      const upload = await fetch(`${data.partnerApiUrl}/api/v1/models?filename=large-${made}.stl`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/octet-stream' },
        body: model,
      }).catch(() => null);
      count(upload?.status ?? 0);
      if (upload?.status !== 201) {
        await upload?.text();
        continue;
      }
      model = nextModel();
      const { id } = (await upload.json()) as { id: string };
      for (let i = 0; i < 5 && Date.now() < untilMs; i += 1) {
        const order = await fetch(`${data.partnerApiUrl}/api/v1/orders`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
          body: JSON.stringify({ items: [{ modelId: id, alloyCode: 'AG925', quantity: 1 }] }),
        }).catch(() => null);
        count(order?.status ?? 0);
        await order?.text();
      }
    }
  };
  const lanes = data.keys.flatMap((key) => Array.from({ length: data.lanesPerPartner }, () => lane(key)));
  await Promise.all(lanes);
  return answers;
}

send({ kind: 'ready' });
const start = await next();
if (start.kind !== 'start') throw new Error('the flood was given its data twice');
send({ kind: 'answers', answers: await flood(start.untilMs) });
process.disconnect();
