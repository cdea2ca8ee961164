/** "needs_follow_up" → "Needs Follow Up": how buckets, statuses and actions read on a card. */
export function displayName(slug: string): string {
  return slug
    .split('_')
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}

/** ["A", "B", "C"] → "A, B or C" */
export function joinAlternatives(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
