import { randomBytes } from 'node:crypto';
import mongoose, { Connection } from 'mongoose';
import { FAKE_SMARTADVOCATE_USER } from '@hub/connector-fakes/smartadvocate';
import type { LoadTarget } from './load';

export interface Tenant {
  key: string;
  campaignId: string;
}

async function call<T>(baseUrl: string, method: string, path: string, token: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

async function newTenant(baseUrl: string, adminToken: string, name: string): Promise<Tenant> {
  const created = await call<{ apiKey: { key: string } }>(baseUrl, 'POST', '/v1/workspaces', adminToken, { name });
  const key = created.apiKey.key;
  const campaign = await call<{ id: string }>(baseUrl, 'POST', '/v1/campaigns', key, { name: `${name} campaign` });
  return { key, campaignId: campaign.id };
}

/** A firm with a CRM, a workflow on unsuccessful calls (stop calls, update the case status) and an endpoint for workflow.fired. */
export async function setUpWorkflowTenant(baseUrl: string, adminToken: string, crmUrl: string, hookUrl: string): Promise<Tenant> {
  const tenant = await newTenant(baseUrl, adminToken, 'Workflow firm');
  const credentials = { username: FAKE_SMARTADVOCATE_USER.username, password: FAKE_SMARTADVOCATE_USER.password };
  await call(baseUrl, 'PUT', '/v1/crm-connection', tenant.key, { provider: 'smartadvocate', baseUrl: crmUrl, credentials });
  await call(baseUrl, 'POST', `/v1/campaigns/${tenant.campaignId}/workflows`, tenant.key, {
    name: 'Unsuccessful call',
    trigger: { type: 'post_call_status', values: ['Unsuccessful'] },
    actions: [{ type: 'stop_calls' }, { type: 'update_crm_status', statusId: '828' }],
  });
  await call(baseUrl, 'POST', '/v1/webhooks/endpoints', tenant.key, { url: hookUrl, eventTypes: ['workflow.fired'] });
  return tenant;
}

/** A firm whose call.completed events go to `endpoints` webhook endpoints. */
export async function setUpFanoutTenant(
  baseUrl: string,
  adminToken: string,
  hookUrl: (i: number) => string,
  endpoints: number,
): Promise<Tenant> {
  const tenant = await newTenant(baseUrl, adminToken, 'Fan-out firm');
  for (let i = 0; i < endpoints; i++) {
    await call(baseUrl, 'POST', '/v1/webhooks/endpoints', tenant.key, { url: hookUrl(i), eventTypes: ['call.completed'] });
  }
  return tenant;
}

export function callEvent(campaignId: string, status = 'unsuccessful') {
  const id = `evt_${randomBytes(8).toString('hex')}`;
  return {
    id,
    type: 'call.completed',
    occurredAt: new Date().toISOString(),
    campaignId,
    contact: { id: `c_${id}`, name: 'Ada Client', phone: '+15555550123', crm: { caseId: '9000002' } },
    data: { call: { id: `call_${id}`, status, durationSec: 75, direction: 'outbound', summary: 'Left a voicemail.' } },
  };
}

/** POST /v1/events with one event per request, or batches of `batchSize`. */
export function eventsTarget(baseUrl: string, tenant: Tenant, batchSize = 1, status = 'unsuccessful'): LoadTarget {
  return {
    url: `${baseUrl}/v1/events`,
    headers: { authorization: `Bearer ${tenant.key}` },
    eventsPerRequest: batchSize,
    body: () => {
      const events = Array.from({ length: batchSize }, () => callEvent(tenant.campaignId, status));
      return { body: JSON.stringify(batchSize === 1 ? events[0] : { events }), keys: events.map((e) => e.id) };
    },
  };
}

/** Reads the hub's database: how many workflow runs have ended (their actions all done). */
export class HubDatabase {
  private constructor(private readonly connection: Connection) {}

  static async open(uri: string): Promise<HubDatabase> {
    return new HubDatabase(await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 5000 }).asPromise());
  }

  async endedRuns(): Promise<number> {
    return this.connection.collection('workflow_runs').countDocuments({ outcome: { $ne: 'running' } });
  }

  async waitForEndedRuns(count: number, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if ((await this.endedRuns()) >= count) return true;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return false;
  }

  async collectionCounts(): Promise<Record<string, number>> {
    const names = (await this.connection.db!.listCollections().toArray()).map((c) => c.name).sort();
    const counts: Record<string, number> = {};
    for (const name of names) counts[name] = await this.connection.collection(name).countDocuments();
    return counts;
  }

  close(): Promise<void> {
    return this.connection.close();
  }
}
