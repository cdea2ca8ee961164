/** Sizes of each phase: the full run fits in a few minutes on 2 cores, --quick in under a minute. */
export interface BenchPlan {
  quick: boolean;
  profileDir?: string;
  saturateSec: number;
  ackRates: number[];
  ackSec: number;
  batchSize: number;
  limitPipelineEvents: number;
  e2eEvents: number;
  e2eLatencyFractions: number[];
  e2eLatencySec: number;
  fanoutEndpoints: number;
  fanoutEvents: number;
  /** Bounds each wait for the hub (or the limit pipeline) to finish what it was given. */
  drainTimeoutMs: number;
}

export function benchPlan(argv: string[]): BenchPlan {
  const quick = argv.includes('--quick');
  const profileDir = argv.includes('--cpu-prof') ? `${__dirname}/results/profiles` : undefined;
  const common = {
    quick,
    profileDir,
    ackRates: [200, 500, 1000],
    batchSize: 50,
    fanoutEndpoints: 10,
    e2eLatencyFractions: [0.25, 0.5, 0.75],
  };
  return quick
    ? {
        ...common,
        saturateSec: 2,
        ackSec: 2,
        limitPipelineEvents: 100,
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
        e2eEvents: 300,
        e2eLatencySec: 6,
        fanoutEvents: 40,
        drainTimeoutMs: 60_000,
      };
}
