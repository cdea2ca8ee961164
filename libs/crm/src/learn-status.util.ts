import type { MappedStatus, MappedStatusSource } from '@hub/persistence';

export interface SeenStatus {
  /** The CRM's status id, when known. */
  id?: string;
  name: string;
  caseTypeId?: string;
  caseType?: string;
}

const normalize = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** The mapping key of a status known by name only (LawRuler sets statuses by name). */
export function nameKey(status: Pick<SeenStatus, 'name' | 'caseTypeId' | 'caseType'>): string {
  const caseType = status.caseTypeId ?? status.caseType;
  return `name:${normalize(status.name)}${caseType ? `@${normalize(caseType)}` : ''}`;
}

/**
 * Adds a status seen in a webhook, typed by a person or read from a CSV to the mapping, or
 * completes the entry it matches: same id, else same name in the same (or an unknown) case
 * type. A matched entry keeps its mapping id, so workflows that use it keep working; the
 * CRM's latest name wins. Answers the statuses and whether anything changed.
 */
export function learnStatus(statuses: readonly MappedStatus[], seen: SeenStatus, source: MappedStatusSource): { statuses: MappedStatus[]; changed: boolean } {
  const sameCaseType = (s: MappedStatus) =>
    (!s.caseTypeId && !s.caseType) || (!seen.caseTypeId && !seen.caseType) || (s.caseTypeId && s.caseTypeId === seen.caseTypeId) || (!!s.caseType && s.caseType === seen.caseType);
  const index =
    (seen.id !== undefined ? statuses.findIndex((s) => s.id === seen.id) : -1) >= 0
      ? statuses.findIndex((s) => s.id === seen.id)
      : statuses.findIndex((s) => normalize(s.name) === normalize(seen.name) && sameCaseType(s));
  if (index === -1) {
    const added: MappedStatus = {
      id: seen.id ?? nameKey(seen),
      name: seen.name.trim(),
      ...(seen.caseTypeId && { caseTypeId: seen.caseTypeId }),
      ...(seen.caseType && { caseType: seen.caseType }),
      usable: true,
      source,
    };
    return { statuses: [...statuses, added], changed: true };
  }
  const current = statuses[index];
  const next: MappedStatus = {
    ...current,
    name: seen.name.trim(),
    ...(!current.caseTypeId && seen.caseTypeId && { caseTypeId: seen.caseTypeId }),
    ...(!current.caseType && seen.caseType && { caseType: seen.caseType }),
  };
  const changed = JSON.stringify(next) !== JSON.stringify(current);
  return { statuses: changed ? statuses.map((s, i) => (i === index ? next : s)) : [...statuses], changed };
}
