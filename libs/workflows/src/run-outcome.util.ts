import type { RunOutcome, WorkflowStep } from '@hub/persistence';

/** A run's outcome follows from its steps: running until none is pending or retrying. */
export function runOutcome(steps: Pick<WorkflowStep, 'status'>[]): RunOutcome {
  if (steps.some((s) => s.status === 'pending' || s.status === 'retrying')) return 'running';
  const done = steps.filter((s) => s.status !== 'skipped');
  if (done.length === 0) return 'skipped';
  if (done.every((s) => s.status === 'succeeded')) return 'succeeded';
  if (done.every((s) => s.status === 'failed')) return 'failed';
  return 'partial';
}
