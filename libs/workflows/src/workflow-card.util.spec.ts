import { renderWorkflowCard } from './workflow-card.util';

describe('renderWorkflowCard', () => {
  it('reads like the product card: trigger, then actions and the note', () => {
    const card = renderWorkflowCard({
      trigger: { type: 'post_call_status', values: ['unsuccessful'] },
      actions: [{ type: 'stop_calls' }, { type: 'post_crm_note' }],
      crmNote: 'Left voicemail, try again next week with a different script please',
    });
    expect(card).toEqual({
      when: 'Post Call Status is Unsuccessful',
      then: "Stop Calls · Post CRM Note · CRM note: 'Left voicemail, try again next week wit…'",
    });
  });

  it('lists several values and names the CRM status', () => {
    const card = renderWorkflowCard(
      {
        trigger: { type: 'message_reply_bucket', values: ['not_interested', 'wrong_number', 'do_not_contact'] },
        actions: [{ type: 'update_crm_status', statusId: '7' }],
      },
      (id) => (id === '7' ? 'Closed - No Interest' : undefined),
    );
    expect(card.when).toBe('Message Reply Bucket is Not Interested, Wrong Number or Do Not Contact');
    expect(card.then).toBe('Update CRM Status to Closed - No Interest');
  });

  it('falls back to the status id when the mapping does not know it, and describes each trigger', () => {
    expect(renderWorkflowCard({ trigger: { type: 'human_handoff' }, actions: [{ type: 'update_crm_status', statusId: '99' }] })).toEqual({
      when: 'Human Handoff is requested',
      then: 'Update CRM Status to 99',
    });
    expect(renderWorkflowCard({ trigger: { type: 'form_status', values: ['completed'] }, actions: [{ type: 'stop_campaign' }] }).when).toBe(
      'Form Status is Completed',
    );
  });
});
