import { checkWorkflowRules, RuleContext } from './workflow-rules.util';

const ctx: RuleContext = { campaignHasForm: true, crmConnected: true, usableStatusIds: new Set(['5']) };

describe('checkWorkflowRules', () => {
  it('accepts a valid workflow', () => {
    expect(
      checkWorkflowRules(
        { trigger: { type: 'post_call_status', values: ['unsuccessful'] }, actions: [{ type: 'stop_calls' }, { type: 'update_crm_status', statusId: '5' }], crmNote: 'Called {{contact.name}} at {{event.occurredAt}}' },
        ctx,
      ),
    ).toEqual([]);
  });

  it('names the field of each problem', () => {
    const errors = checkWorkflowRules(
      { trigger: { type: 'post_call_status', values: ['exploded' as never] }, actions: [{ type: 'update_crm_status', statusId: '9' }, { type: 'stop_calls' }, { type: 'stop_calls' }], crmNote: 'Hi {{contact.nickname}}' },
      ctx,
    );
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['trigger.values', 'invalid_enum'],
      ['actions.0.statusId', 'unknown_crm_status'],
      ['actions.2.type', 'duplicate_action'],
      ['crmNote', 'unknown_variable'],
    ]);
  });

  it('refuses form_status without a linked form, and empty values', () => {
    expect(checkWorkflowRules({ trigger: { type: 'form_status', values: ['completed'] }, actions: [{ type: 'stop_calls' }] }, { ...ctx, campaignHasForm: false })[0]).toMatchObject({ field: 'trigger.type', code: 'no_linked_form' });
    expect(checkWorkflowRules({ trigger: { type: 'message_reply_bucket', values: [] }, actions: [{ type: 'stop_calls' }] }, ctx)[0]).toMatchObject({ field: 'trigger.values', code: 'required' });
  });

  it('refuses CRM actions and notes without a CRM', () => {
    const errors = checkWorkflowRules({ trigger: { type: 'human_handoff' }, actions: [{ type: 'post_crm_note' }], crmNote: 'x' }, { ...ctx, crmConnected: false });
    expect(errors.map((e) => e.code)).toEqual(['crm_not_connected', 'crm_not_connected']);
  });

  it('takes a substatus alone or with a status, each known to the mapping, and refuses neither', () => {
    const withSubstatuses = { ...ctx, usableSubstatusIds: new Set(['890']) };
    const rules = (action: { statusId?: string; substatusId?: string }) =>
      checkWorkflowRules({ trigger: { type: 'human_handoff' }, actions: [{ type: 'update_crm_status', ...action }] }, withSubstatuses).map((e) => [e.field, e.code]);
    expect(rules({ substatusId: '890' })).toEqual([]);
    expect(rules({ substatusId: '891' })).toEqual([['actions.0.substatusId', 'unknown_crm_substatus']]);
    expect(rules({})).toEqual([['actions.0.statusId', 'required']]);
  });
});
