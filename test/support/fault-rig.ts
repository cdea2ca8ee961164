import { FAKE_SMARTADVOCATE_USER, FakeSmartAdvocate } from '@hub/connector-fakes/smartadvocate';
import { createCampaign, createWorkspace, TestWorkspace } from './fixtures';
import type { TestHub } from './hub-test-app';
import { createEndpoint } from './webhook-fixtures';
import { events } from './workflow-helpers';

export interface WorkflowFirm {
  ws: TestWorkspace;
  campaign: string;
  workflowId: string;
}

/** A firm with the fake CRM connected and a workflow on unsuccessful calls: stop calls, then update the case status. */
export async function setUpWorkflowFirm(hub: TestHub, crm: FakeSmartAdvocate, hookUrl?: string): Promise<WorkflowFirm> {
  const ws = await createWorkspace(hub);
  const credentials = { username: FAKE_SMARTADVOCATE_USER.username, password: FAKE_SMARTADVOCATE_USER.password };
  await hub.http.put('/v1/crm-connection').set(ws.auth).send({ provider: 'smartadvocate', baseUrl: crm.url, credentials }).expect(200);
  const campaign = await createCampaign(hub, ws);
  const workflow = await hub.http
    .post(`/v1/campaigns/${campaign}/workflows`)
    .set(ws.auth)
    .send({
      name: 'Unsuccessful call',
      trigger: { type: 'post_call_status', values: ['Unsuccessful'] },
      actions: [{ type: 'stop_calls' }, { type: 'update_crm_status', statusId: '828' }],
    })
    .expect(201);
  if (hookUrl) await createEndpoint(hub, ws, { url: hookUrl, eventTypes: ['workflow.fired'] });
  return { ws, campaign, workflowId: workflow.body.id };
}

/** `count` unsuccessful calls, each for its own contact, so every one fires the workflow. */
export function unsuccessfulCalls(campaign: string, count: number, prefix = 'k') {
  return Array.from({ length: count }, (_, i) => events.call(campaign, `${prefix}_${i}`, 'unsuccessful'));
}
