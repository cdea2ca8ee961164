'use strict';

const http = require('node:http');
const zapier = require('zapier-platform-core');
const { compileApp, validateApp } = require('zapier-platform-core/src/tools/schema');
const App = require('../index');

// A running hub: scripts/test-with-hub.ts starts one and sets these.
const { HUB_URL, HUB_API_KEY, HUB_CAMPAIGN_ID } = process.env;
const appTester = zapier.createAppTester(App);
const authData = { baseUrl: HUB_URL, apiKey: HUB_API_KEY };

/** Stands in for Zapier's hook URL: records what the hub posts. */
function startHookReceiver() {
  const received = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.writeHead(200).end('{"status":"success"}');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, received, url: `http://127.0.0.1:${server.address().port}/hooks/catch/1/abc` })),
  );
}

async function waitFor(probe, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (probe()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('timed out');
}

describe('Kayse Hub Zapier app', () => {
  let hook;
  beforeAll(async () => {
    if (!HUB_URL || !HUB_API_KEY || !HUB_CAMPAIGN_ID)
      throw new Error('Run through scripts/test-with-hub.ts: HUB_URL, HUB_API_KEY and HUB_CAMPAIGN_ID are needed');
    hook = await startHookReceiver();
  });
  afterAll(() => new Promise((resolve) => hook.server.close(resolve)));

  it('is a valid Zapier app definition', () => {
    expect(validateApp(compileApp(App))).toEqual([]);
  });

  it('tests the connection with /v1/zapier/me and labels it', async () => {
    const me = await appTester(App.authentication.test, { authData });
    expect(me.workspace.name).toBe('Zapier Test Firm');
    expect(me.label).toContain('Zapier Test Firm');
  });

  it('refuses a bad API key', async () => {
    await expect(appTester(App.authentication.test, { authData: { ...authData, apiKey: 'hub_bad' } })).rejects.toThrow();
  });

  it('subscribes a REST hook, receives a posted event, lists samples, unsubscribes', async () => {
    const trigger = App.triggers.call_outcome.operation;
    const subscribeData = await appTester(trigger.performSubscribe, {
      authData,
      targetUrl: hook.url,
      inputData: { campaignId: HUB_CAMPAIGN_ID },
    });
    expect(subscribeData.id).toEqual(expect.any(String));

    const eventId = `evt_zapier_${Date.now()}`;
    const posted = await appTester(App.creates.post_event.operation.perform, {
      authData,
      inputData: {
        id: eventId,
        type: 'call.completed',
        campaignId: HUB_CAMPAIGN_ID,
        occurredAt: '2026-11-20T15:04:05.000Z',
        contactId: 'c_zap',
        contactPhone: '+15555550123',
        data: '{"call": {"status": "converted", "durationSec": 42}}',
      },
    });
    expect(posted).toEqual({ id: eventId, status: 'accepted' });

    await waitFor(() => hook.received.some((item) => item.id === eventId));
    const delivered = hook.received.find((item) => item.id === eventId);
    expect(delivered).toMatchObject({ type: 'call.completed', campaignId: HUB_CAMPAIGN_ID, data: { call: { status: 'converted' } } });

    const items = await appTester(trigger.perform, { authData, cleanedRequest: delivered });
    expect(items).toEqual([delivered]);

    const list = await appTester(trigger.performList, { authData, inputData: { campaignId: HUB_CAMPAIGN_ID } });
    expect(list[0]).toEqual(delivered);

    await appTester(trigger.performUnsubscribe, { authData, subscribeData });
    await appTester(App.creates.post_event.operation.perform, {
      authData,
      inputData: {
        id: `${eventId}_2`,
        type: 'call.completed',
        campaignId: HUB_CAMPAIGN_ID,
        occurredAt: '2026-11-20T15:05:00.000Z',
        contactId: 'c_zap',
        data: '{"call": {"status": "successful"}}',
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(hook.received.filter((item) => item.id === `${eventId}_2`)).toHaveLength(0);
  });

  it('gives the static sample for an event type with no events yet', async () => {
    const list = await appTester(App.triggers.form_completed.operation.performList, { authData, inputData: {} });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ type: 'form.completed', id: expect.any(String) });
  });

  it('rejects invalid JSON data in the post action', async () => {
    const bundle = {
      authData,
      inputData: {
        id: 'x',
        type: 'call.completed',
        campaignId: HUB_CAMPAIGN_ID,
        occurredAt: '2026-11-20T15:04:05Z',
        contactId: 'c',
        data: '{nope',
      },
    };
    await expect(appTester(App.creates.post_event.operation.perform, bundle)).rejects.toThrow(/valid JSON/);
  });
});
