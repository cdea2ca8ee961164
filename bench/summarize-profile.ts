import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Self time of each V8 CPU profile in bench/results/profiles (from
 * `run-bench.ts --cpu-prof`), by function and by package.
 *   node -r ts-node/register/transpile-only bench/summarize-profile.ts [dir] [top]
 */
function summarize(path: string, top: number): void {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    const frame = byId.get(id)!.callFrame;
    total += delta;
    const where = frame.url.replace(/^.*\/work\/main\//, '');
    const name = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + delta);
    byPackage.set(packageOf(where, frame.functionName), (byPackage.get(packageOf(where, frame.functionName)) ?? 0) + delta);
  });
  const pct = (n: number) => `${((n / total) * 100).toFixed(1).padStart(5)}%`;
  const print = (title: string, map: Map<string, number>) => {
    process.stdout.write(`  ${title}\n`);
    for (const [name, time] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`    ${pct(time)}  ${name}\n`);
  };
  process.stdout.write(`\n${path} (${(total / 1e6).toFixed(1)} s sampled)\n`);
  print('by package', byPackage);
  print('by function (self time)', byFunction);
}

function packageOf(where: string, functionName: string): string {
  if (functionName === '(idle)' || functionName === '(program)' || functionName === '(garbage collector)') return functionName;
  const module = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(where);
  if (module) return module[1];
  if (where.startsWith('node:')) return 'node core';
  if (where.startsWith('dist/')) return `hub: ${where.split('/').slice(1, 3).join('/')}`;
  return where || '(native)';
}

const dir = process.argv[2] ?? join(__dirname, 'results', 'profiles');
const top = Number(process.argv[3] ?? 15);
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.cpuprofile'))
  .sort())
  summarize(join(dir, file), top);
