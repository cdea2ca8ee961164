import { attentionReasons } from './workflow-attention.util';

const ok = { crmConnected: true, usableStatusIds: new Set(['5']), campaignHasForm: true };

describe('attentionReasons', () => {
  it('is empty while the workspace still supports the workflow', () => {
    expect(
      attentionReasons(
        { trigger: { type: 'form_status', values: ['completed'] }, actions: [{ type: 'update_crm_status', statusId: '5' }], crmNote: 'x' },
        ok,
      ),
    ).toEqual([]);
  });

  it('flags a vanished status, a missing CRM, a removed form', () => {
    expect(
      attentionReasons({ trigger: { type: 'human_handoff' }, actions: [{ type: 'update_crm_status', statusId: '9' }] }, ok)[0],
    ).toMatch(/"9" is no longer in the CRM mapping/);
    expect(
      attentionReasons(
        { trigger: { type: 'human_handoff' }, actions: [{ type: 'stop_calls' }], crmNote: 'x' },
        { ...ok, crmConnected: false },
      )[0],
    ).toMatch(/No CRM is connected/);
    expect(
      attentionReasons(
        { trigger: { type: 'form_status', values: ['completed'] }, actions: [{ type: 'stop_calls' }] },
        { ...ok, campaignHasForm: false },
      )[0],
    ).toMatch(/no linked form/);
  });
});
