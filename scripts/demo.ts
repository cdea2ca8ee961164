/* A short scenario against a running hub: a workspace, a campaign, a few events. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const HUB_URL = process.env.HUB_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const ADMIN_TOKEN = process.env.HUB_ADMIN_TOKEN ?? readFileSync(join(__dirname, '../.data/admin-token'), 'utf8').trim();

async function call<T = any>(method: string, path: string, token: string, body?: unknown): Promise<T> {
  const res = await fetch(HUB_URL + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  const json = text ? JSON.parse(text) : undefined;
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
  return json as T;
}

const say = (line: string) => console.log(`  ${line}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  console.log(`\nDemo against ${HUB_URL}`);
  const { workspace, apiKey } = await call('POST', '/v1/workspaces', ADMIN_TOKEN, { name: `Demo Firm ${new Date().toISOString()}` });
  say(`workspace "${workspace.name}" (${workspace.id}), admin key ${apiKey.prefix}…`);
  const admin = apiKey.key as string;
  const campaign = await call('POST', '/v1/campaigns', admin, {
    name: 'MVA leads — demo',
    form: { id: 'form_mva_intake', name: 'MVA intake' },
  });
  say(`campaign "${campaign.name}" (${campaign.id}) with linked form "${campaign.form.name}"`);
  const ingest = await call('POST', '/v1/api-keys', admin, { label: 'Kayse platform', role: 'ingest' });
  say(`ingest key ${ingest.prefix}… (role ingest)`);

  const templates = await call('GET', '/v1/workflow-templates', admin);
  say(`${templates.data.length} workflow templates; adding three workflows to the campaign:`);
  for (const body of [
    {
      name: 'Unsuccessful call: stop calling',
      trigger: { type: 'post_call_status', values: ['unsuccessful'] },
      actions: [{ type: 'stop_calls' }],
    },
    { template: 'not_interested_stop_outreach' },
    {
      name: 'Intake done: leave the campaign',
      trigger: { type: 'form_status', values: ['completed'] },
      actions: [{ type: 'stop_campaign' }],
    },
  ]) {
    const workflow = await call('POST', `/v1/campaigns/${campaign.id}/workflows`, admin, body);
    say(`  [${workflow.card.when}]  →  [${workflow.card.then}]`);
  }

  const stamp = Date.now();
  const events = [
    {
      id: `demo_${stamp}_1`,
      type: 'Call Completed',
      occurred_at: Math.floor(stamp / 1000),
      campaign_id: campaign.id,
      contact: { id: 'c_42', full_name: 'Ada Client', phone: '(555) 555-0123', lead_id: 12345 },
      data: { status: 'Unsuccessful', duration: 75, summary: 'Left a voicemail.' },
    },
    {
      id: `demo_${stamp}_2`,
      type: 'message.received',
      occurredAt: new Date().toISOString(),
      campaignId: campaign.id,
      contact: { id: 'c_43', name: 'Bob Client' },
      data: { message: { channel: 'SMS', body: 'Not interested, thanks', bucket: 'Not Interested' } },
    },
    {
      id: `demo_${stamp}_3`,
      type: 'form.completed',
      occurredAt: new Date().toISOString(),
      campaignId: campaign.id,
      contact: { id: 'c_42' },
      data: { form: { id: 'form_mva_intake', status: 'Completed' } },
    },
  ];
  const result = await call('POST', '/v1/events', ingest.key, { events: [...events, events[0], { id: 'bad_1', type: 'call.exploded' }] });
  say(`posted ${events.length + 2} events: ${result.accepted} accepted, ${result.duplicates} duplicate, ${result.rejected} rejected`);
  const rejected = result.results.find((r: any) => r.status === 'rejected');
  say(`  rejected ${rejected.id}: ${rejected.errors.map((e: any) => `${e.field} (${e.code})`).join(', ')}`);

  // The hub processes in the background: wait (at most 15 s) for the three workflows to finish.
  for (let i = 0; i < 75; i++) {
    const { runs } = await call('GET', `/v1/campaigns/${campaign.id}/reports/workflows`, admin);
    if (runs.length >= 3 && runs.every((r: any) => r.outcome !== 'running')) break;
    await sleep(200);
  }
  for (const event of events) {
    const stored = await call('GET', `/v1/events/${event.id}`, admin);
    say(`event ${stored.id}: ${stored.type}, state ${stored.state}; normalized contact ${JSON.stringify(stored.normalized.contact)}`);
  }
  const report = await call('GET', `/v1/campaigns/${campaign.id}/reports/workflows`, admin);
  say('Reports → Workflows:');
  for (const run of report.runs) {
    say(
      `  ${run.workflow.name} fired on ${run.event.type} for ${run.contact.id}: ${run.actions.map((a: any) => `${a.kind} ${a.status}${a.result ? ` (${a.result})` : ''}`).join(', ')}`,
    );
  }
  for (const contactId of ['c_42', 'c_43']) {
    const state = await call('GET', `/v1/campaigns/${campaign.id}/contacts/${contactId}`, admin);
    say(`contact ${contactId}: calls ${state.calls}, messaging ${state.messaging}, enrolled ${state.enrolled}`);
  }
  console.log(`\n  Try it yourself: export KEY=${admin}`);
  console.log(`  curl -H "Authorization: Bearer $KEY" ${HUB_URL}/v1/campaigns/${campaign.id}\n`);
}

main().catch((error) => {
  console.error(`demo failed: ${(error as Error).message}`);
  process.exit(1);
});
