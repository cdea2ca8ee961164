/** "Needs Follow Up" → "needs_follow_up"; "Wants A Callback!" → "wants_a_callback". */
export function toSlug(value: string): string {
  return value
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
