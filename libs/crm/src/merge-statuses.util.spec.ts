import { mergeStatuses, mergeSubstatuses } from './merge-statuses.util';

describe('mergeStatuses', () => {
  it("keeps the firm's label and usable flag, adds new statuses as usable, drops vanished ones", () => {
    const merged = mergeStatuses(
      [
        { id: '1', name: 'New', label: 'Fresh lead', usable: true },
        { id: '2', name: 'Archived', usable: false },
        { id: '3', name: 'Gone', usable: true },
      ],
      [
        { id: '1', name: 'New Lead' },
        { id: '2', name: 'Archived' },
        { id: '4', name: 'Signed', caseType: 'MVA' },
      ],
    );
    expect(merged).toEqual([
      { id: '1', name: 'New Lead', label: 'Fresh lead', usable: true, source: 'crm' },
      { id: '2', name: 'Archived', usable: false, source: 'crm' },
      { id: '4', name: 'Signed', caseType: 'MVA', usable: true, source: 'crm' },
    ]);
  });

  it('keeps statuses learned from webhooks, entered by hand or imported', () => {
    const merged = mergeStatuses(
      [
        { id: '41', name: 'Signed', usable: true, source: 'webhook' },
        { id: 'name:intake', name: 'Intake', usable: false, source: 'manual' },
        { id: '7', name: 'Old', usable: true, source: 'crm' },
      ],
      [],
    );
    expect(merged.map((s) => s.id)).toEqual(['41', 'name:intake']);
  });
});

describe('mergeSubstatuses', () => {
  it('keeps labels and choices of the secondary statuses still listed', () => {
    const merged = mergeSubstatuses(
      [{ id: '890', name: 'Do not dial', statusType: 'Dialer Status', usable: false, label: 'DND' }],
      [{ id: '890', name: 'Do not dial', statusType: 'Dialer Status' }, { id: '891', name: 'OK to dial', statusType: 'Dialer Status' }],
    );
    expect(merged).toEqual([
      { id: '890', name: 'Do not dial', statusType: 'Dialer Status', usable: false, label: 'DND' },
      { id: '891', name: 'OK to dial', statusType: 'Dialer Status', usable: true },
    ]);
  });
});
