/** Sizes of each phase: the full run fits in a few minutes on 2 cores, --quick in about a minute. */
export interface BenchPlan {
  quick: boolean;
  profileDir?: string;
  saturateSec: number;
  ackRates: number[];
  ackSec: number;
  batchSize: number;
  limitPipelineEvents: number;
  storageSec: number;
  /** Events the counted deployment gets (bench/census-phase.ts). */
  censusEvents: number;
  e2eEvents: number;
  /** The one-worker end-to-end measure is repeated: this machine is noisy. */
  e2eRounds: number;
  e2eLatencyFractions: number[];
  e2eLatencySec: number;
  fanoutEndpoints: number;
  fanoutEvents: number;
  /** --events N: a long end-to-end run of N events after the others. */
  longEvents?: number;
  /** Bounds each wait for the hub (or the limit pipeline) to finish what it was given. */
  drainTimeoutMs: number;
}

export function benchPlan(argv: string[]): BenchPlan {
  const quick = argv.includes('--quick');
  const profileDir = argv.includes('--cpu-prof') ? `${__dirname}/results/profiles` : undefined;
  const eventsAt = argv.indexOf('--events');
  const longEvents = eventsAt >= 0 ? Number(argv[eventsAt + 1]) : undefined;
  if (longEvents !== undefined && !(Number.isInteger(longEvents) && longEvents >= 2)) {
    throw new Error(`--events takes a whole number of events (2 or more), not ${argv[eventsAt + 1]}`);
  }
  const common = {
    quick,
    profileDir,
    longEvents,
    ackRates: [200, 500, 1000],
    batchSize: 50,
    fanoutEndpoints: 10,
    e2eRounds: 3,
    e2eLatencyFractions: [0.25, 0.5, 0.75],
  };
  return quick
    ? {
        ...common,
        saturateSec: 2,
        ackSec: 2,
        limitPipelineEvents: 100,
        storageSec: 2,
        censusEvents: 60,
        e2eEvents: 40,
        e2eLatencyFractions: [0.5],
        e2eLatencySec: 2,
        fanoutEvents: 10,
        drainTimeoutMs: 15_000,
      }
    : {
        ...common,
        saturateSec: 6,
        ackSec: 4,
        limitPipelineEvents: 400,
        storageSec: 5,
        censusEvents: 200,
        e2eEvents: 300,
        e2eLatencySec: 6,
        fanoutEvents: 40,
        drainTimeoutMs: 60_000,
      };
}
