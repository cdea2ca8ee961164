import { toWorkflowAction, toWorkflowTrigger } from './workflow-input.util';

describe('workflow input', () => {
  it('stores buckets as slugs, without duplicates, and drops values where the type has none', () => {
    expect(toWorkflowTrigger({ type: 'message_reply_bucket', values: ['Not Interested', 'not_interested', 'Wrong Number'] })).toEqual({
      type: 'message_reply_bucket',
      values: ['not_interested', 'wrong_number'],
    });
    expect(toWorkflowTrigger({ type: 'human_handoff', values: ['x'] })).toEqual({ type: 'human_handoff' });
  });

  it('keeps statusId only on update_crm_status', () => {
    expect(toWorkflowAction({ type: 'stop_calls', statusId: '4' })).toEqual({ type: 'stop_calls' });
    expect(toWorkflowAction({ type: 'update_crm_status', statusId: '4' })).toEqual({ type: 'update_crm_status', statusId: '4' });
  });
});
