/** LawRuler sets and reports statuses by name: compared as a person would read them. */
export function sameStatusName(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const normalize = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
  return normalize(a) === normalize(b);
}
