import { mergeStatuses } from './merge-statuses.util';

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
      { id: '1', name: 'New Lead', label: 'Fresh lead', usable: true },
      { id: '2', name: 'Archived', usable: false },
      { id: '4', name: 'Signed', caseType: 'MVA', usable: true },
    ]);
  });
});
