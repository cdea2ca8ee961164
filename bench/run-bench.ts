import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchPlan } from './bench-plan';
import { measureCensus } from './census-phase';
import { measureEndToEnd } from './e2e-phase';
import { ensureBuild } from './hub-processes';
import { measureIngest } from './ingest-phase';
import { measureLimit, measureLimitPipeline } from './limit-phase';
import { PER_EVENT } from './limit-pipeline';
import { measureStorage } from './storage-phase';

/**
 * Kayse Hub benchmark: ingest, end to end, fan-out and scale-out, each next
 * to the limit measured in the same run (same drivers, no hub).
 * `npm run bench -- [--quick] [--events N] [--cpu-prof]` (scripts/bench.sh installs and starts what it needs).
 */
async function main(): Promise<void> {
  const plan = benchPlan(process.argv.slice(2));
  const started = Date.now();
  const log = (line: string) => process.stderr.write(`[bench +${((Date.now() - started) / 1000).toFixed(0)}s] ${line}\n`);
  ensureBuild();
  if (plan.profileDir) mkdirSync(plan.profileDir, { recursive: true });

  const storageBefore = await measureStorage(plan, log);
  const measured = await measureLimit(plan, log);
  const ingest = await measureIngest(plan, log);
  const census = await measureCensus(plan, log);
  const e2e = await measureEndToEnd(plan, log);
  // The end-to-end limit and the storage rate again, after the hub's: their means bracket the hub's figure in time.
  const limitAfter = await measureLimitPipeline(plan, log);
  const storageAfter = await measureStorage(plan, log);
  const limit = { ...measured, e2ePerSec: (measured.e2ePerSec + limitAfter) / 2 };
  const storageDocsPerSec = (storageBefore + storageAfter) / 2;
  const storageLimit = storageDocsPerSec / census.writesPerEvent;

  const ack = (rate: number) => ingest.ack.find((a) => a.rate === rate);
  const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
  const figures: Record<string, number | string | object> = {
    mode: plan.quick ? 'quick' : 'full',
    ingest_single_per_s: round(ingest.singlePerSec),
    ingest_batch_per_s: round(ingest.batchPerSec),
    ...Object.fromEntries(
      ingest.ack.flatMap((a) => [
        [`ack_p50_ms_at_${a.rate}`, a.p50Ms],
        [`ack_p99_ms_at_${a.rate}`, a.p99Ms],
      ]),
    ),
    e2e_per_s: round(e2e.perSec),
    e2e_per_s_min: round(Math.min(...e2e.rounds)),
    e2e_per_s_max: round(Math.max(...e2e.rounds)),
    e2e_per_s_rounds: e2e.rounds.map((r) => round(r)),
    ...Object.fromEntries(
      e2e.latency.flatMap((l) => [
        [`e2e_p50_ms_at_${l.rate}`, l.p50Ms],
        [`e2e_p99_ms_at_${l.rate}`, l.p99Ms],
      ]),
    ),
    fanout_deliveries_per_s: round(e2e.fanoutDeliveriesPerSec),
    fanout_events_per_s: round(e2e.fanoutEventsPerSec),
    e2e_per_s_2_workers: round(e2e.perSecTwoWorkers),
    scale_out_ratio: round(e2e.perSecTwoWorkers / e2e.perSec, 2),
    limit_bare_http_rps: round(limit.bareHttpRps),
    limit_ingest_per_s: round(limit.ingestPerSec),
    limit_ingest_batch_per_s: round(limit.ingestBatchPerSec),
    limit_e2e_per_s: round(limit.e2ePerSec),
    limit_e2e_per_s_before_after: [round(measured.e2ePerSec), round(limitAfter)],
    ratio_to_limit: round(e2e.perSec / limit.e2ePerSec, 3),
    storage_docs_per_s: round(storageDocsPerSec),
    storage_docs_per_s_before_after: [round(storageBefore), round(storageAfter)],
    writes_per_event: census.writesPerEvent,
    reads_per_event: census.readsPerEvent,
    commands_per_event: census.commandsPerEvent,
    jobs_per_event: census.jobsPerEvent,
    commands_per_event_by_name: census.commands,
    jobs_per_event_by_queue: census.jobsByQueue,
    storage_limit_e2e_per_s: round(storageLimit),
    ratio_to_storage_limit: round(e2e.perSec / storageLimit, 3),
    ...(e2e.long && {
      e2e_long_events: e2e.long.events,
      e2e_long_per_s: round(e2e.long.perSec),
      e2e_long_window: e2e.long.window,
      e2e_long_chunks_per_s: e2e.long.chunks.map((r) => round(r)),
      e2e_long_first_per_s: round(e2e.long.firstPerSec),
      e2e_long_last_per_s: round(e2e.long.lastPerSec),
      e2e_long_last_to_first: round(e2e.long.lastPerSec / e2e.long.firstPerSec, 3),
    }),
    ingest_ratio_to_limit: round(ingest.singlePerSec / limit.ingestPerSec, 3),
    ingest_ratio_to_bare_http: round(ingest.singlePerSec / limit.bareHttpRps, 3),
    ingest_batch_ratio_to_limit: round(ingest.batchPerSec / limit.ingestBatchPerSec, 3),
    limit_work_per_event: PER_EVENT,
    hub_records_per_event: e2e.storedPerEvent,
    seconds: round((Date.now() - started) / 1000),
  };

  const rows: Array<[string, string, string, string]> = [
    ['ingest, single events (ev/s)', fmt(ingest.singlePerSec), fmt(limit.ingestPerSec), ratio(ingest.singlePerSec, limit.ingestPerSec)],
    ['ingest vs bare HTTP (req/s)', fmt(ingest.singlePerSec), fmt(limit.bareHttpRps), ratio(ingest.singlePerSec, limit.bareHttpRps)],
    [
      `ingest, batches of ${plan.batchSize} (ev/s)`,
      fmt(ingest.batchPerSec),
      fmt(limit.ingestBatchPerSec),
      ratio(ingest.batchPerSec, limit.ingestBatchPerSec),
    ],
    ...plan.ackRates.map((rate): [string, string, string, string] => [
      `ack p50 / p99 at ${rate}/s (ms)`,
      `${ack(rate)?.p50Ms} / ${ack(rate)?.p99Ms}`,
      '',
      '',
    ]),
    ['storage: insertMany of 100, unique index (docs/s)', fmt(storageDocsPerSec), '', ''],
    [
      `end to end, 1 worker, median of ${e2e.rounds.length} (ev/s)`,
      fmt(e2e.perSec),
      fmt(limit.e2ePerSec),
      ratio(e2e.perSec, limit.e2ePerSec),
    ],
    ['  min / max of the rounds (ev/s)', `${fmt(Math.min(...e2e.rounds))} / ${fmt(Math.max(...e2e.rounds))}`, '', ''],
    ['end to end vs storage limit (ev/s)', fmt(e2e.perSec), fmt(storageLimit), ratio(e2e.perSec, storageLimit)],
    ...e2e.latency.map((l): [string, string, string, string] => [
      `event→delivery p50 / p99 at ${l.rate}/s (ms)`,
      `${l.p50Ms} / ${l.p99Ms}`,
      '',
      '',
    ]),
    [`fan-out to ${plan.fanoutEndpoints} endpoints (deliveries/s)`, fmt(e2e.fanoutDeliveriesPerSec), '', ''],
    ['end to end, 2 workers (ev/s)', fmt(e2e.perSecTwoWorkers), fmt(limit.e2ePerSec), ratio(e2e.perSecTwoWorkers, limit.e2ePerSec)],
    ['scale-out ratio (2 workers / 1)', round(e2e.perSecTwoWorkers / e2e.perSec, 2).toString(), '', ''],
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...[['figure', 'hub', 'limit', 'hub/limit'], ...rows].map((r) => r[i].length)));
  const line = (r: string[]) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  process.stdout.write(`\n${line(['figure', 'hub', 'limit', 'hub/limit'])}\n${rows.map(line).join('\n')}\n`);
  process.stdout.write(
    `\nlimit work per event: ${PER_EVENT.mongoWrites} MongoDB writes, ${PER_EVENT.jobs} BullMQ jobs; hub records per event: ${JSON.stringify(e2e.storedPerEvent)}\n`,
  );
  process.stdout.write(
    `hub work per event (counted, ${census.events} events): ${census.writesPerEvent} write statements, ${census.readsPerEvent} reads, ${census.commandsPerEvent} commands ${JSON.stringify(census.commands)}; ${census.jobsPerEvent} jobs ${JSON.stringify(census.jobsByQueue)}\n`,
  );
  process.stdout.write(
    `storage limit: ${fmt(storageDocsPerSec)} docs/s / ${census.writesPerEvent} writes per event = ${fmt(storageLimit)} events/s\n`,
  );
  if (e2e.long) {
    const { long } = e2e;
    process.stdout.write(
      `long run, ${long.events} events in chunks of ${long.window}: ${fmt(long.perSec)} ev/s; the first ${long.window} at ${fmt(long.firstPerSec)} ev/s, the last at ${fmt(long.lastPerSec)} ev/s (${ratio(long.lastPerSec, long.firstPerSec)} of the first); chunks ${long.chunks.map(fmt).join(', ')}\n`,
    );
  }

  const out = join(__dirname, 'results', 'latest.json');
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(out, `${JSON.stringify(figures, null, 2)}\n`);
  log(`figures written to ${out}`);
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const ratio = (hub: number, limit: number) => (hub / limit).toFixed(3);

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`[bench] failed: ${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
