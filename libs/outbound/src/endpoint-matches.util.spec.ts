import { matchesFilters } from './endpoint-matches.util';

describe('matchesFilters', () => {
  const event = { type: 'call.completed', campaignId: 'c1' };

  it('takes every event when the filters are empty or absent', () => {
    expect(matchesFilters({}, event)).toBe(true);
    expect(matchesFilters({ eventTypes: [], campaignIds: [] }, event)).toBe(true);
  });

  it('filters on event type and campaign, both at once', () => {
    expect(matchesFilters({ eventTypes: ['call.completed'] }, event)).toBe(true);
    expect(matchesFilters({ eventTypes: ['form.completed'] }, event)).toBe(false);
    expect(matchesFilters({ campaignIds: ['c2'] }, event)).toBe(false);
    expect(matchesFilters({ eventTypes: ['call.completed'], campaignIds: ['c1', 'c2'] }, event)).toBe(true);
  });
});
