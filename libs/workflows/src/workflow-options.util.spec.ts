import { buildWorkflowOptions } from './workflow-options.util';

describe('buildWorkflowOptions', () => {
  it('offers no form_status without a form and no CRM actions without a CRM', () => {
    const options = buildWorkflowOptions({ form: null, crm: { connected: false, statuses: [] } });
    expect(options.triggers.map((t) => t.type)).toEqual(['post_call_status', 'message_reply_bucket', 'human_handoff']);
    expect(options.actions.map((a) => a.type)).toEqual(['stop_calls', 'stop_messaging', 'stop_campaign']);
    expect(options.crm).toBeNull();
  });

  it("offers everything with a form and a CRM, and only the statuses workflows may use, under the firm's labels", () => {
    const options = buildWorkflowOptions({
      form: { id: 'f1', name: 'Intake' },
      crm: { connected: true, provider: 'lawruler', statuses: [{ id: '1', name: 'New Lead', usable: true }, { id: '2', name: 'Signed', label: 'Retained', usable: true }, { id: '3', name: 'Archived', usable: false }] },
    });
    expect(options.triggers.at(-1)).toMatchObject({ type: 'form_status', form: { id: 'f1' } });
    expect(options.actions).toHaveLength(5);
    expect(options.crm).toEqual({ provider: 'lawruler', name: 'LawRuler', statuses: [{ id: '1', name: 'New Lead' }, { id: '2', name: 'Retained' }], substatuses: [] });
    expect(options.noteVariables).toContain('{{contact.name}}');
  });

  it('offers the usable secondary statuses with their status type', () => {
    const options = buildWorkflowOptions({
      form: null,
      crm: { connected: true, provider: 'smartadvocate', statuses: [], substatuses: [{ id: '890', name: 'Do not dial', statusType: 'Dialer Status', usable: true }, { id: '891', name: 'OK', statusType: 'Dialer Status', usable: false }] },
    });
    expect(options.crm?.substatuses).toEqual([{ id: '890', name: 'Do not dial', statusType: 'Dialer Status' }]);
  });
});
