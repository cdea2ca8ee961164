import { FakeSmartAdvocate, startFakeSmartAdvocate } from '../../connectors/smartadvocate/test/fake-smartadvocate.server';
import { setUpWorkflowFirm, unsuccessfulCalls, WorkflowFirm } from '../support/fault-rig';
import { allInState, HubRecords } from '../support/hub-records';
import { startHub, TestHub, waitFor } from '../support/hub-test-app';
import { WebhookReceiver } from '../support/webhook-receiver';
import { waitForWorkers, WorkerProcess } from '../support/worker-process';

// An event held by the killed worker is taken over once its lock (eventLockMs, 5 s in tests) expires; the workers run from source and start slowly on a loaded machine.
jest.setTimeout(240_000);

describe('a worker killed with SIGKILL in the middle of a batch', () => {
  let crm: FakeSmartAdvocate;
  let receiver: WebhookReceiver;
  let hub: TestHub;
  let records: HubRecords;
  let firm: WorkflowFirm;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    [crm, receiver] = await Promise.all([startFakeSmartAdvocate({ inferred: 'all' }), WebhookReceiver.start()]);
    hub = await startHub('fault_sigkill', { role: 'api', config: { actionBackoffMs: 200, pendingRequeueAfterMs: 5_000 } });
    firm = await setUpWorkflowFirm(hub, crm, receiver.url());
    records = await HubRecords.open(hub.config.mongodbUri!);
  });
  afterAll(async () => {
    for (const worker of workers) await worker.ensureStopped();
    await records.close();
    await hub.close();
    await Promise.all([crm.close(), receiver.close()]);
  });

  it('processes every accepted event, fires each workflow once per event and loses no webhook message', async () => {
    workers.push(WorkerProcess.start(hub.config));
    await waitForWorkers(hub.config, 1);
    const calls = unsuccessfulCalls(firm.campaign, 60);
    const res = await hub.http.post('/v1/events').set(firm.ws.auth).send({ events: calls }).expect(202);
    expect(res.body.accepted).toBe(60);
    const ids = calls.map((c) => c.id);

    await waitFor(async () => (await records.runs()).length >= 5, 60_000, 50);
    workers[0].kill('SIGKILL');
    await workers[0].exit;
    workers.push(WorkerProcess.start(hub.config));

    await waitFor(() => allInState(records, ids, 'processed'), 150_000, 500);
    const done = await waitFor(async () => {
      const runs = await records.runs();
      return runs.length === 60 && runs.every((r) => r.outcome !== 'running') && runs;
    }, 60_000, 500);

    const runsPerEvent = new Map<string, number>();
    for (const run of done) runsPerEvent.set(run.eventId, (runsPerEvent.get(run.eventId) ?? 0) + 1);
    expect([...runsPerEvent.keys()].sort()).toEqual([...ids].sort());
    expect([...runsPerEvent.values()].every((n) => n === 1)).toBe(true);
    expect(done.map((r) => r.outcome)).toEqual(done.map(() => 'succeeded'));
    const steps = await records.steps();
    expect(steps).toHaveLength(120);
    expect(steps.filter((s) => s.status !== 'succeeded')).toEqual([]);

    const firedRunIds = (received: typeof receiver.requests) => new Set(received.map((r) => JSON.parse(r.body).data.data.run.id as string));
    await waitFor(async () => (await records.countEvents({ state: { $ne: 'processed' } })) === 0, 90_000, 500).catch(() => undefined);
    await waitFor(async () => firedRunIds(receiver.ofType('workflow.fired')).size === 60, 30_000, 250).catch(() => undefined);
    const fired = receiver.ofType('workflow.fired');
    const missing = done.map((r) => String(r._id)).filter((id) => !firedRunIds(fired).has(id));
    expect(await records.describeMissingDeliveries(missing)).toEqual([]);
    expect(new Set(fired.map((r) => r.headers['webhook-id'])).size).toBe(60);
  });
});
