import { FAKE_SMARTADVOCATE_USER, FakeSmartAdvocate, startFakeSmartAdvocate } from '../../connectors/smartadvocate/test/fake-smartadvocate.server';
import { setUpWorkflowFirm } from '../support/fault-rig';
import { startHub, TestHub } from '../support/hub-test-app';
import { events, waitForRuns } from '../support/workflow-helpers';

describe('a CRM failing in sequence', () => {
  let hub: TestHub;
  const crms: FakeSmartAdvocate[] = [];

  beforeAll(async () => {
    hub = await startHub('fault_crm', { config: { actionAttempts: 6, actionBackoffMs: 50, crmTimeoutMs: 500 } });
  });
  afterAll(async () => {
    await hub.close();
    await Promise.all(crms.map((crm) => crm.close()));
  });

  const newCrm = async () => {
    const crm = await startFakeSmartAdvocate({ inferred: 'all' });
    crms.push(crm);
    return crm;
  };

  it('500s, then timeouts, then success: the action ends succeeded with every attempt recorded', async () => {
    const crm = await newCrm();
    const firm = await setUpWorkflowFirm(hub, crm);
    crm.failNext({ status: 500, pathIncludes: '/status' }, 2);
    crm.failNext({ status: 200, delayMs: 3_000, pathIncludes: '/status' }, 2);
    const event = events.call(firm.campaign, 'k_flaky', 'unsuccessful');
    await hub.http.post('/v1/events').set(firm.ws.auth).send(event).expect(202);

    const [run] = await waitForRuns(hub, firm.ws.auth, firm.campaign, event.id, 1, 40_000);
    expect(run.outcome).toBe('succeeded');
    expect(run.actions.map((a) => [a.kind, a.status])).toEqual([['stop_calls', 'succeeded'], ['update_crm_status', 'succeeded']]);
    expect(run.actions[1].attempts).toBe(5);
    expect(crm.state.cases.find((c) => c.caseNumber === '9000002')!.caseStatusID).toBe(828);
    expect(crm.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/status'))).toHaveLength(5);
    // A succeeded action must not keep the error of an earlier attempt as its reason.
    expect(run.actions[1].reason).toBeNull();
  });

  it('401: the action fails with a clear reason and the connection is flagged invalid_credentials', async () => {
    const crm = await newCrm();
    const firm = await setUpWorkflowFirm(hub, crm);
    crm.failNext({ status: 401, body: { message: 'Authorization has been denied for this request.' } }, 50);
    const event = events.call(firm.campaign, 'k_denied', 'unsuccessful');
    await hub.http.post('/v1/events').set(firm.ws.auth).send(event).expect(202);

    const [run] = await waitForRuns(hub, firm.ws.auth, firm.campaign, event.id, 1, 40_000);
    const crmStep = run.actions.find((a) => a.kind === 'update_crm_status')!;
    expect(crmStep.status).toBe('failed');
    expect(crmStep.reason).toMatch(/credential|401|unauthori[sz]ed|denied/i);
    expect(crmStep.reason).not.toContain(FAKE_SMARTADVOCATE_USER.password);
    expect(run.actions.find((a) => a.kind === 'stop_calls')!.status).toBe('succeeded');
    expect(run.outcome).toBe('partial');

    const connection = await hub.http.get('/v1/crm-connection').set(firm.ws.auth).expect(200);
    expect(connection.body.status).toBe('invalid_credentials');
    expect(JSON.stringify(connection.body)).not.toContain(FAKE_SMARTADVOCATE_USER.password);
  });
});
