import type { MappedStatus } from '@hub/persistence';

export interface FetchedStatus {
  id: string;
  name: string;
  caseTypeId?: string;
  caseType?: string;
}

/**
 * The mapping after a sync: the CRM's statuses as they are now, keeping the
 * firm's label and "usable" choice for those it already had. A status the CRM
 * dropped leaves the mapping (workflows using it then need attention); a new
 * one arrives usable.
 */
export function mergeStatuses(current: readonly MappedStatus[], fetched: readonly FetchedStatus[]): MappedStatus[] {
  const known = new Map(current.map((s) => [s.id, s]));
  return fetched.map((status) => {
    const previous = known.get(status.id);
    const merged: MappedStatus = { ...status, usable: previous?.usable ?? true };
    if (previous?.label) merged.label = previous.label;
    return merged;
  });
}
