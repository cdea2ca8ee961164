import { planSteps } from './step-plan.util';

const ready = { crmConnected: true, usableStatusIds: new Set(['5']), hasCaseId: true };

describe('planSteps', () => {
  it('runs every action and adds the CRM note whatever the actions', () => {
    const steps = planSteps({ actions: [{ type: 'stop_calls' }], crmNote: 'hello' }, ready);
    expect(steps).toEqual([{ kind: 'stop_calls', actionIndex: 0 }, { kind: 'crm_note' }]);
  });

  it('adds no note step for an empty note', () => {
    expect(planSteps({ actions: [{ type: 'stop_calls' }], crmNote: '  ' }, ready)).toHaveLength(1);
  });

  it('skips a status that vanished from the mapping, with a reason, and keeps the others', () => {
    const steps = planSteps(
      { actions: [{ type: 'update_crm_status', statusId: '9' }, { type: 'stop_messaging' }, { type: 'post_crm_note' }] },
      ready,
    );
    expect(steps[0].skipReason).toMatch(/no longer in the workspace's CRM mapping/);
    expect(steps[1].skipReason).toBeUndefined();
    expect(steps[2].skipReason).toBeUndefined();
  });

  it('skips CRM steps without a CRM or without a case id', () => {
    const noCrm = planSteps(
      { actions: [{ type: 'post_crm_note' }, { type: 'stop_calls' }], crmNote: 'x' },
      { ...ready, crmConnected: false },
    );
    expect(noCrm.map((s) => s.skipReason)).toEqual([
      'No CRM is connected to the workspace',
      undefined,
      'No CRM is connected to the workspace',
    ]);
    const noCase = planSteps({ actions: [{ type: 'update_crm_status', statusId: '5' }] }, { ...ready, hasCaseId: false });
    expect(noCase[0].skipReason).toMatch(/no case id/);
  });
});
