import type { MappedStatus, MappedSubstatus } from '@hub/persistence';

export interface FetchedStatus {
  id: string;
  name: string;
  caseTypeId?: string;
  caseType?: string;
}

export interface FetchedSubstatus {
  id: string;
  name: string;
  statusType: string;
}

/**
 * The mapping after a sync: the CRM's listed statuses as they are now, keeping the firm's
 * label and "usable" choice for those it already had. A listed status the CRM dropped
 * leaves the mapping (workflows using it then need attention); a new one arrives usable.
 * Statuses learned from webhooks, entered by hand or imported stay: no list vouches for
 * or against them.
 */
export function mergeStatuses(current: readonly MappedStatus[], fetched: readonly FetchedStatus[]): MappedStatus[] {
  const known = new Map(current.map((s) => [s.id, s]));
  const listed = fetched.map((status) => {
    const previous = known.get(status.id);
    const merged: MappedStatus = { ...status, usable: previous?.usable ?? true, source: 'crm' };
    if (previous?.label) merged.label = previous.label;
    return merged;
  });
  const listedIds = new Set(listed.map((s) => s.id));
  const kept = current.filter((s) => s.source !== undefined && s.source !== 'crm' && !listedIds.has(s.id));
  return [...listed, ...kept];
}

/** The same for secondary statuses, which only a CRM list brings. */
export function mergeSubstatuses(current: readonly MappedSubstatus[], fetched: readonly FetchedSubstatus[]): MappedSubstatus[] {
  const known = new Map(current.map((s) => [s.id, s]));
  return fetched.map((status) => {
    const previous = known.get(status.id);
    return { ...status, usable: previous?.usable ?? true, ...(previous?.label && { label: previous.label }) };
  });
}
