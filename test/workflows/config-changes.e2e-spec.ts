import { createCampaign, createWorkspace, TestWorkspace } from '../support/fixtures';
import { startHub, TestHub, waitFor } from '../support/hub-test-app';
import { WebhookReceiver } from '../support/webhook-receiver';
import { events, waitForRuns } from '../support/workflow-helpers';
import { waitForWorkers, WorkerProcess } from '../support/worker-process';

jest.setTimeout(120_000);

/**
 * The worker caches each workspace's configuration (campaigns, workflows, CRM
 * connection, endpoints); a change made through the API, in another process,
 * must count from the next event on.
 */
describe('configuration changes reach a separate worker at once', () => {
  let hub: TestHub;
  let worker: WorkerProcess;
  let receiver: WebhookReceiver;
  let ws: TestWorkspace;
  let campaign: string;

  beforeAll(async () => {
    hub = await startHub('config_changes', { role: 'api' });
    worker = WorkerProcess.start(hub.config);
    receiver = await WebhookReceiver.start();
    ws = await createWorkspace(hub);
    campaign = await createCampaign(hub, ws);
    await waitForWorkers(hub.config, 1);
  });
  afterAll(async () => {
    await worker.ensureStopped();
    await receiver.close();
    await hub.close();
  });

  const post = async (event: { id: string }) => {
    await hub.http.post('/v1/events').set(ws.auth).send(event).expect(202);
    await waitFor(async () => (await hub.http.get(`/v1/events/${event.id}`).set(ws.auth)).body.state === 'processed');
  };
  const runsOf = async (eventId: string) =>
    (
      (await hub.http.get(`/v1/campaigns/${campaign}/reports/workflows?limit=200`).set(ws.auth)).body.runs as Array<{
        event: { id: string };
      }>
    ).filter((r) => r.event.id === eventId);

  it('fires, stops firing when disabled, follows a new trigger, and sends to an endpoint added or disabled meanwhile', async () => {
    const created = await hub.http
      .post(`/v1/campaigns/${campaign}/workflows`)
      .set(ws.auth)
      .send({ name: 'Stop calls', trigger: { type: 'post_call_status', values: ['unsuccessful'] }, actions: [{ type: 'stop_calls' }] })
      .expect(201);
    const workflow = `/v1/campaigns/${campaign}/workflows/${created.body.id}`;

    const first = events.call(campaign, 'c1', 'unsuccessful');
    await post(first);
    expect(await waitForRuns(hub, ws.auth, campaign, first.id)).toHaveLength(1);

    await hub.http.patch(workflow).set(ws.auth).send({ enabled: false }).expect(200);
    const whileDisabled = events.call(campaign, 'c2', 'unsuccessful');
    await post(whileDisabled);
    expect(await runsOf(whileDisabled.id)).toEqual([]);

    await hub.http
      .patch(workflow)
      .set(ws.auth)
      .send({ enabled: true, trigger: { type: 'post_call_status', values: ['disqualified'] } })
      .expect(200);
    const oldTrigger = events.call(campaign, 'c3', 'unsuccessful');
    const newTrigger = events.call(campaign, 'c4', 'disqualified');
    await post(oldTrigger);
    await post(newTrigger);
    expect(await runsOf(oldTrigger.id)).toEqual([]);
    expect(await waitForRuns(hub, ws.auth, campaign, newTrigger.id)).toHaveLength(1);

    const endpoint = await hub.http
      .post('/v1/webhooks/endpoints')
      .set(ws.auth)
      .send({ url: receiver.url('/hook'), eventTypes: ['call.completed'] })
      .expect(201);
    const afterEndpoint = events.call(campaign, 'c5', 'successful');
    await post(afterEndpoint);
    const [delivered] = await receiver.waitForRequests(1);
    expect(JSON.parse(delivered.body).data.id).toBe(afterEndpoint.id);

    await hub.http.patch(`/v1/webhooks/endpoints/${endpoint.body.id}`).set(ws.auth).send({ enabled: false }).expect(200);
    const afterDisable = events.call(campaign, 'c6', 'successful');
    await post(afterDisable);
    const messages = await hub.http.get(`/v1/webhooks/endpoints/${endpoint.body.id}/deliveries`).set(ws.auth).expect(200);
    expect(JSON.stringify(messages.body)).not.toContain(afterDisable.id);
    expect(receiver.requests).toHaveLength(1);
  });
});
