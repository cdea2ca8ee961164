import { FakeSmartAdvocate, startFakeSmartAdvocate } from '../../connectors/smartadvocate/test/fake-smartadvocate.server';
import { DelayingProxy } from '../support/delaying-proxy';
import { setUpWorkflowFirm, unsuccessfulCalls, WorkflowFirm } from '../support/fault-rig';
import { allInState, HubRecords } from '../support/hub-records';
import { startHub, TestHub, waitFor } from '../support/hub-test-app';
import { waitForWorkers, WorkerProcess } from '../support/worker-process';

jest.setTimeout(150_000);

describe('graceful shutdown of a worker under load (SIGTERM)', () => {
  let crm: FakeSmartAdvocate;
  let slowCrm: DelayingProxy;
  let hub: TestHub;
  let records: HubRecords;
  let firm: WorkflowFirm;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    crm = await startFakeSmartAdvocate({ inferred: 'all' });
    slowCrm = await DelayingProxy.start(crm.url, 400);
    hub = await startHub('fault_sigterm', { role: 'api', config: { actionBackoffMs: 200, pendingRequeueAfterMs: 5_000 } });
    firm = await setUpWorkflowFirm(hub, { ...crm, url: slowCrm.url(new URL(crm.url).pathname) });
    records = await HubRecords.open(hub.config.mongodbUri!);
  });
  afterAll(async () => {
    for (const worker of workers) await worker.ensureStopped();
    await records.close();
    await hub.close();
    await slowCrm.close();
    await crm.close();
  });

  it('lets in-flight jobs finish, leaves nothing half-done, and a new worker finishes the rest', async () => {
    workers.push(WorkerProcess.start(hub.config));
    await waitForWorkers(hub.config, 1);
    const calls = unsuccessfulCalls(firm.campaign, 40, 'graceful');
    await hub.http.post('/v1/events').set(firm.ws.auth).send({ events: calls }).expect(202);
    const ids = calls.map((c) => c.id);

    await waitFor(async () => (await records.steps()).filter((s) => s.attempts > 0).length >= 3, 60_000, 50);
    workers[0].kill('SIGTERM');
    await waitFor(async () => (await Promise.race([workers[0].exit, new Promise((r) => setTimeout(() => r(false), 100))])) !== false, 40_000, 100);

    const halfDone = (await records.steps()).filter((s) => s.status === 'pending' && s.attempts > 0);
    expect(halfDone).toEqual([]);
    expect(await records.countEvents({ state: 'processing' })).toBe(0);

    workers.push(WorkerProcess.start(hub.config));
    await waitFor(() => allInState(records, ids, 'processed'), 60_000, 500);
    const runs = await waitFor(async () => {
      const all = await records.runs();
      return all.length === 40 && all.every((r) => r.outcome !== 'running') && all;
    }, 60_000, 500);
    expect(new Set(runs.map((r) => r.eventId)).size).toBe(40);
    const steps = await records.steps();
    expect(steps.filter((s) => s.status === 'pending' || s.status === 'retrying')).toEqual([]);
    await waitFor(async () => (await records.countEvents({ state: { $ne: 'processed' } })) === 0, 60_000, 500);
  });
});
