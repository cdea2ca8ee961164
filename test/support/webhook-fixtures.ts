import { OutboundDispatcher } from '@hub/outbound';
import { eventId, TestWorkspace } from './fixtures';
import { TestHub, waitFor } from './hub-test-app';

export interface TestEndpoint {
  id: string;
  secret: string;
}

export async function createEndpoint(hub: TestHub, ws: TestWorkspace, body: Record<string, unknown>): Promise<TestEndpoint> {
  const res = await hub.http.post('/v1/webhooks/endpoints').set(ws.auth).send(body).expect(201);
  return { id: res.body.id, secret: res.body.secret };
}

export async function deliveries(hub: TestHub, ws: TestWorkspace, endpointId: string) {
  return (await hub.http.get(`/v1/webhooks/endpoints/${endpointId}/deliveries`).set(ws.auth).expect(200)).body.data;
}

/** Hands an event to the hub's OutboundDispatcher, as event processing does. */
export async function dispatch(hub: TestHub, ws: TestWorkspace, event: { type?: string; campaignId?: string; id?: string } = {}) {
  const dispatcher = hub.app.get(OutboundDispatcher);
  const id = event.id ?? eventId();
  const type = event.type ?? 'call.completed';
  const campaignId = event.campaignId ?? 'cmp_1';
  const payload = {
    id,
    type,
    occurredAt: '2026-11-20T15:04:05.000Z',
    campaignId,
    contact: { id: 'c_42' },
    data: { call: { status: 'successful' } },
  };
  await dispatcher.dispatch(ws.id, { id, type, occurredAt: payload.occurredAt, campaignId, payload });
  return payload;
}

/** Resolves once no message to the endpoint is still due: no request for those messages can arrive after it. */
export async function waitForSettledDeliveries(hub: TestHub, ws: TestWorkspace, endpointId: string): Promise<Array<{ status: string }>> {
  return waitFor(async () => {
    const messages = (await deliveries(hub, ws, endpointId)) as Array<{ status: string }>;
    return messages.every((message) => message.status !== 'pending') && messages;
  });
}
