import { bearer, callCompleted, createCampaign, createKey, createWorkspace, eventId, TestWorkspace } from './support/fixtures';
import { startHub, TestHub, waitFor } from './support/hub-test-app';

describe('event ingestion', () => {
  let hub: TestHub;
  let ws: TestWorkspace;
  let campaign: string;
  let ingestKey: string;

  beforeAll(async () => {
    hub = await startHub('ingest');
    ws = await createWorkspace(hub);
    campaign = await createCampaign(hub, ws);
    ingestKey = await createKey(hub, ws, 'ingest');
  });
  afterAll(() => hub.close());

  const post = (body: unknown) =>
    hub.http
      .post('/v1/events')
      .set(bearer(ingestKey))
      .send(body as object);
  const stored = async (id: string) => (await hub.http.get(`/v1/events/${id}`).set(ws.auth).expect(200)).body;

  it('accepts one event, stores it before answering, and processes it', async () => {
    const event = callCompleted(campaign);
    const res = await post(event).expect(202);
    expect(res.body).toEqual({ id: event.id, status: 'accepted' });
    const first = await stored(event.id);
    expect(first.normalized).toEqual(event);
    expect(first.raw).toEqual(event);
    expect(['pending', 'processing', 'processed']).toContain(first.state);
    const done = await waitFor(async () => {
      const s = await stored(event.id);
      return s.state === 'processed' && s;
    });
    expect(done.attempts).toBe(1);
    expect(done.processedAt).toBeTruthy();
  });

  it('answers duplicate for an id seen before, and does not process it again', async () => {
    const event = callCompleted(campaign);
    await post(event).expect(202);
    const again = await post({ ...event, data: { call: { status: 'converted' } } }).expect(202);
    expect(again.body.status).toBe('duplicate');
    const done = await waitFor(async () => {
      const s = await stored(event.id);
      return s.state === 'processed' && s;
    });
    expect(done.normalized.data.call.status).toBe('unsuccessful');
    expect(done.attempts).toBe(1);
  });

  it('answers each of many requests arriving together on its own, though they share inserts', async () => {
    const other = await createWorkspace(hub);
    const otherCampaign = await createCampaign(hub, other);
    const events = Array.from({ length: 20 }, () => callCompleted(campaign));
    const requests = [
      ...events.map((event) => post(event)),
      ...events.map((event) => post(event)),
      ...events.map((event) =>
        hub.http
          .post('/v1/events')
          .set(other.auth)
          .send({ ...event, campaignId: otherCampaign }),
      ),
    ];
    const answers = await Promise.all(requests);
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([202]));
    for (const [i, event] of events.entries()) {
      const mine = [answers[i].body, answers[i + 20].body];
      expect(mine.map((a) => a.id)).toEqual([event.id, event.id]);
      expect(mine.map((a) => a.status).sort()).toEqual(['accepted', 'duplicate']);
      expect(answers[i + 40].body).toEqual({ id: event.id, status: 'accepted' });
    }
    const theirs = await hub.http.get(`/v1/events/${events[3].id}`).set(other.auth).expect(200);
    expect(theirs.body.campaignId).toBe(otherCampaign);
    expect((await stored(events[3].id)).campaignId).toBe(campaign);
  });

  it('takes a batch where one bad event does not reject the others', async () => {
    const good = callCompleted(campaign);
    const dup = callCompleted(campaign);
    await post(dup).expect(202);
    const badType = { ...callCompleted(campaign), type: 'call.exploded' };
    const missing = callCompleted(campaign);
    delete (missing as Partial<typeof missing>).occurredAt;
    const res = await post({ events: [good, badType, dup, missing, good] }).expect(202);
    expect(res.body).toMatchObject({ accepted: 1, duplicates: 2, rejected: 2 });
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual([
      'accepted',
      'rejected',
      'duplicate',
      'rejected',
      'duplicate',
    ]);
    expect(res.body.results[1].errors[0]).toMatchObject({ field: 'type', code: 'unknown_type' });
    expect(res.body.results[3].errors[0]).toMatchObject({ field: 'occurredAt', code: 'required' });
    await hub.http.get(`/v1/events/${badType.id}`).set(ws.auth).expect(404);
    await waitFor(async () => (await stored(good.id)).state === 'processed');
  });

  it('normalizes each event type from the forms a producer sends', async () => {
    const forms = [
      {
        id: eventId(),
        event_type: 'Call Completed',
        occurred_at: 1763651045,
        campaign_id: campaign,
        contact: { id: 'c1', phone: '(555) 555-0123', lead_id: 991 },
        data: { status: 'Unsuccessful', duration: 75 },
      },
      {
        id: eventId(),
        type: 'call.transferred',
        occurredAt: '2026-11-20T15:04:05Z',
        campaignId: campaign,
        contact: { id: 'c1' },
        data: { transfer: { to: '+15555550100' } },
      },
      {
        id: eventId(),
        type: 'message_received',
        occurredAt: 1763651045000,
        campaignId: campaign,
        contact: { id: 'c1', email: 'ADA@Example.com' },
        data: { message: { channel: 'SMS', body: 'Call me', reply_bucket: 'Needs Follow Up' } },
      },
      {
        id: eventId(),
        type: 'message.sent',
        occurredAt: '2026-11-20T15:04:05Z',
        campaignId: campaign,
        contact: { id: 'c1' },
        data: { message: { channel: 'email', body: 'Hello' } },
      },
      {
        id: eventId(),
        type: 'HANDOFF.REQUESTED',
        occurredAt: '2026-11-20T15:04:05Z',
        campaignId: campaign,
        contact: { id: 'c1' },
        data: { handoff: { reason: 'asked for a person', channel: 'sms' } },
      },
      {
        id: eventId(),
        type: 'form.completed',
        occurredAt: '2026-11-20T15:04:05Z',
        campaignId: campaign,
        contact: { id: 'c1' },
        data: { form: { id: 'form_1', status: 'Completed' } },
      },
    ];
    const res = await post({ events: forms }).expect(202);
    expect(res.body.accepted).toBe(forms.length);
    const [call, transfer, message, sent, handoff, form] = await Promise.all(forms.map((f) => stored(f.id)));
    expect(call.normalized).toMatchObject({
      type: 'call.completed',
      occurredAt: new Date(1763651045 * 1000).toISOString(),
      contact: { phone: '+15555550123', crm: { caseId: '991' } },
      data: { call: { status: 'unsuccessful', durationSec: 75 } },
    });
    expect(transfer.normalized.data.transfer.to).toBe('+15555550100');
    expect(message.normalized).toMatchObject({
      type: 'message.received',
      contact: { email: 'ada@example.com' },
      data: { message: { channel: 'sms', bucket: 'needs_follow_up' } },
    });
    expect(sent.normalized.type).toBe('message.sent');
    expect(handoff.normalized).toMatchObject({ type: 'handoff.requested', data: { handoff: { channel: 'sms' } } });
    expect(form.normalized.data.form).toEqual({ id: 'form_1', status: 'completed' });
  });

  it('keeps an unknown reply bucket as its slug', async () => {
    const event = {
      id: eventId(),
      type: 'message.received',
      occurredAt: '2026-11-20T15:04:05Z',
      campaignId: campaign,
      contact: { id: 'c1' },
      data: { message: { channel: 'sms', bucket: 'Wants A Callback!' } },
    };
    await post(event).expect(202);
    expect((await stored(event.id)).normalized.data.message.bucket).toBe('wants_a_callback');
  });

  describe('bad input', () => {
    it('malformed JSON → 400 malformed_json', async () => {
      const res = await hub.http
        .post('/v1/events')
        .set(bearer(ingestKey))
        .set('Content-Type', 'application/json')
        .send('{"id": ')
        .expect(400);
      expect(res.body.error.code).toBe('malformed_json');
    });

    it('wrong content type → 415', async () => {
      const res = await hub.http.post('/v1/events').set(bearer(ingestKey)).set('Content-Type', 'text/plain').send('id=1').expect(415);
      expect(res.body.error.code).toBe('unsupported_media_type');
      await hub.http.post('/v1/events').set(bearer(ingestKey)).type('form').send({ id: '1' }).expect(415);
    });

    it('body over 1 MB → 413', async () => {
      const big = callCompleted(campaign, {}, { summary: 'x'.repeat(1_100_000) });
      const res = await post(big).expect(413);
      expect(res.body.error.code).toBe('payload_too_large');
    });

    it('unknown type or missing fields → 400 naming the field', async () => {
      const unknown = await post({ ...callCompleted(campaign), type: 'nope' }).expect(400);
      expect(unknown.body.error).toMatchObject({ code: 'validation_failed', details: [expect.objectContaining({ field: 'type' })] });
      const noContact = callCompleted(campaign);
      delete (noContact as Partial<typeof noContact>).contact;
      const missing = await post(noContact).expect(400);
      expect(missing.body.error.details.map((d: { field: string }) => d.field)).toContain('contact.id');
      const badStatus = await post(callCompleted(campaign, {}, { status: 'exploded' })).expect(400);
      expect(badStatus.body.error.details[0]).toMatchObject({ field: 'data.call.status', code: 'invalid_enum' });
      const notObject = await post([1, 2]).expect(400);
      expect(notObject.body.error.code).toBe('validation_failed');
      const tooMany = await post({ events: new Array(501).fill(callCompleted(campaign)) }).expect(400);
      expect(tooMany.body.error.details[0].field).toBe('events');
    });

    it('one error shape everywhere, also for unknown routes', async () => {
      const res = await hub.http.get('/v1/nothing-here').set(ws.auth).expect(404);
      expect(res.body).toEqual({ error: { code: 'not_found', message: expect.any(String), details: [] } });
    });
  });

  it('lists every event type with a JSON schema and a sample', async () => {
    const res = await hub.http.get('/v1/event-types').expect(200);
    const types = res.body.data.map((t: { type: string }) => t.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'call.completed',
        'call.transferred',
        'message.received',
        'message.sent',
        'handoff.requested',
        'form.completed',
        'workflow.fired',
      ]),
    );
    for (const entry of res.body.data) {
      expect(entry.schema).toBeInstanceOf(Object);
      expect(entry.sample).toBeInstanceOf(Object);
    }
  });

  it('serves OpenAPI docs, health and metrics', async () => {
    const spec = await hub.http.get('/docs/openapi.json').expect(200);
    expect(spec.body.paths['/v1/events']).toBeDefined();
    const ready = await hub.http.get('/health/ready').expect(200);
    expect(ready.body.checks).toEqual({ mongodb: { status: 'up' }, redis: { status: 'up' } });
    await hub.http.get('/health/live').expect(200);
    const metrics = await hub.http.get('/metrics').expect(200);
    expect(metrics.text).toContain('hub_events_ingested_total{outcome="accepted"}');
    expect(metrics.text).toContain('hub_queue_jobs');
    expect(metrics.text).toContain('hub_job_duration_seconds');
  });
});
