import { randomBytes } from 'node:crypto';
import type { TestHub } from './hub-test-app';

export interface TestWorkspace {
  id: string;
  adminKey: string;
  auth: { Authorization: string };
}

export const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

export async function createWorkspace(hub: TestHub, name = 'Test Firm LLP'): Promise<TestWorkspace> {
  const res = await hub.http.post('/v1/workspaces').set(bearer(hub.adminToken)).send({ name }).expect(201);
  return { id: res.body.workspace.id, adminKey: res.body.apiKey.key, auth: bearer(res.body.apiKey.key) };
}

export async function createKey(hub: TestHub, ws: TestWorkspace, role: string, campaignIds?: string[]): Promise<string> {
  const res = await hub.http
    .post('/v1/api-keys')
    .set(ws.auth)
    .send({ label: `${role} key`, role, campaignIds })
    .expect(201);
  return res.body.key;
}

export async function createCampaign(hub: TestHub, ws: TestWorkspace, body: Record<string, unknown> = {}): Promise<string> {
  const res = await hub.http
    .post('/v1/campaigns')
    .set(ws.auth)
    .send({ name: 'MVA leads', ...body })
    .expect(201);
  return res.body.id;
}

export function eventId(): string {
  return `evt_${randomBytes(6).toString('hex')}`;
}

/** A canonical call.completed event for a campaign. */
export function callCompleted(campaignId: string, overrides: Record<string, unknown> = {}, call: Record<string, unknown> = {}) {
  return {
    id: eventId(),
    type: 'call.completed',
    occurredAt: '2026-11-20T15:04:05.000Z',
    campaignId,
    contact: { id: 'c_42', name: 'Ada Client', phone: '+15555550123', email: 'ada@example.com', crm: { caseId: '12345' } },
    data: { call: { id: 'call_9', status: 'unsuccessful', durationSec: 75, direction: 'outbound', summary: 'Left a voicemail.', ...call } },
    ...overrides,
  };
}
