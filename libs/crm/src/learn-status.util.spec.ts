import { learnStatus } from './learn-status.util';

describe('learnStatus', () => {
  it('adds a status seen for the first time, usable, with its source', () => {
    const { statuses, changed } = learnStatus([], { id: '41', name: 'Signed', caseTypeId: '7', caseType: 'Auto Accident' }, 'webhook');
    expect(changed).toBe(true);
    expect(statuses).toEqual([{ id: '41', name: 'Signed', caseTypeId: '7', caseType: 'Auto Accident', usable: true, source: 'webhook' }]);
  });

  it('changes nothing when the status is already known', () => {
    const known = [{ id: '41', name: 'Signed', caseTypeId: '7', usable: false, source: 'webhook' as const }];
    expect(learnStatus(known, { id: '41', name: 'Signed', caseTypeId: '7' }, 'webhook')).toEqual({ statuses: known, changed: false });
  });

  it('completes a status entered by name, keeping its mapping id, instead of adding a second one', () => {
    const manual = [{ id: 'name:signed', name: 'Signed', usable: true, source: 'manual' as const }];
    const { statuses } = learnStatus(manual, { id: '41', name: 'signed', caseTypeId: '7', caseType: 'Auto Accident' }, 'webhook');
    expect(statuses).toEqual([{ id: 'name:signed', name: 'signed', caseTypeId: '7', caseType: 'Auto Accident', usable: true, source: 'manual' }]);
  });

  it('keeps the same name of another case type apart', () => {
    const known = [{ id: '41', name: 'Signed', caseTypeId: '7', usable: true }];
    const { statuses } = learnStatus(known, { id: '71', name: 'Signed', caseTypeId: '12' }, 'webhook');
    expect(statuses.map((s) => s.id)).toEqual(['41', '71']);
  });

  it('keys a status without id by its name and case type', () => {
    expect(learnStatus([], { name: ' Pending  Sign Up', caseType: 'Auto Accident' }, 'manual').statuses[0].id).toBe('name:pending sign up@auto accident');
  });
});
