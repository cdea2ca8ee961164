import { Test } from '@nestjs/testing';
import { Types } from 'mongoose';
import { defaultHubConfig, HUB_CONFIG } from '@hub/common';
import type { StoredEventBody } from '@hub/events';
import { OutboundDispatcher } from '@hub/outbound';
import { EventRepository } from '@hub/persistence';
import { WorkflowEngineService } from '@hub/workflows';
import { EventProcessingService } from './event-processing.service';

const workspaceId = new Types.ObjectId().toString();
const storedId = new Types.ObjectId();
const job = { workspaceId, storedId: storedId.toString(), eventType: 'call.completed', generation: 0 };

const inbound: StoredEventBody = {
  id: 'evt_1',
  type: 'call.completed',
  occurredAt: '2026-11-20T15:04:05.000Z',
  campaignId: 'cmp_1',
  contact: { id: 'c_42' },
  data: { call: { status: 'successful' } },
};
const hubEvent: StoredEventBody = {
  id: 'workflow.fired:run_1',
  type: 'workflow.fired',
  occurredAt: '2026-11-20T15:04:05.000Z',
  data: { workflow: { id: 'wf', name: 'W' }, run: { id: 'run_1' }, trigger: { eventId: 'evt_1', eventType: 'call.completed' } },
};

const claimed = (normalized: StoredEventBody, attempts = 1) => ({
  _id: storedId,
  eventId: normalized.id,
  type: normalized.type,
  occurredAt: new Date(normalized.occurredAt),
  campaignId: 'cmp_1',
  normalized,
  attempts,
});

/** Event processing over stub repositories: the claim, the side effects, and how an event is given back. */
async function processing(claim: ReturnType<typeof claimed> | null) {
  const events = { claim: jest.fn().mockResolvedValue(claim), markProcessed: jest.fn(), release: jest.fn() };
  const engine = { fire: jest.fn().mockResolvedValue(1) };
  const outbound = { dispatch: jest.fn() };
  const module = await Test.createTestingModule({
    providers: [
      EventProcessingService,
      { provide: HUB_CONFIG, useValue: { ...defaultHubConfig(), eventLockMs: 7_000 } },
      { provide: EventRepository, useValue: events },
      { provide: WorkflowEngineService, useValue: engine },
      { provide: OutboundDispatcher, useValue: outbound },
    ],
  }).compile();
  return { service: module.get(EventProcessingService), events, engine, outbound };
}

describe('EventProcessingService', () => {
  it('claims the event for the lock period, fires workflows, sends it out and marks it processed', async () => {
    const { service, events, engine, outbound } = await processing(claimed(inbound));
    await expect(service.process(job)).resolves.toBe('processed');
    expect(events.claim).toHaveBeenCalledWith(workspaceId, job.storedId, 7_000);
    expect(engine.fire).toHaveBeenCalledWith(workspaceId, job.storedId, inbound);
    expect(outbound.dispatch).toHaveBeenCalledWith(
      workspaceId,
      expect.objectContaining({ id: 'evt_1', type: 'call.completed', payload: inbound }),
    );
    expect(events.markProcessed).toHaveBeenCalledWith(job.storedId);
    expect(events.release).not.toHaveBeenCalled();
  });

  it('skips an event it cannot claim (processed, or held by a live worker) and touches nothing', async () => {
    const { service, events, engine, outbound } = await processing(null);
    await expect(service.process(job)).resolves.toBe('skipped');
    expect(engine.fire).not.toHaveBeenCalled();
    expect(outbound.dispatch).not.toHaveBeenCalled();
    expect(events.markProcessed).not.toHaveBeenCalled();
  });

  it("sends the hub's own events out without firing workflows", async () => {
    const { service, engine, outbound } = await processing(claimed(hubEvent));
    await expect(service.process(job)).resolves.toBe('processed');
    expect(engine.fire).not.toHaveBeenCalled();
    expect(outbound.dispatch).toHaveBeenCalledWith(workspaceId, expect.objectContaining({ type: 'workflow.fired' }));
  });

  it('gives a failed event back to the sweeper, not processed, and rethrows', async () => {
    const { service, events, outbound } = await processing(claimed(inbound, 3));
    outbound.dispatch.mockRejectedValue(new Error('queue unavailable'));
    await expect(service.process(job)).rejects.toThrow('queue unavailable');
    expect(events.release).toHaveBeenCalledWith(job.storedId, 'queue unavailable', false);
    expect(events.markProcessed).not.toHaveBeenCalled();
  });

  it('fails the event for good at its tenth attempt', async () => {
    const { service, events, engine } = await processing(claimed(inbound, 10));
    engine.fire.mockRejectedValue(new Error('still broken'));
    await expect(service.process(job)).rejects.toThrow('still broken');
    expect(events.release).toHaveBeenCalledWith(job.storedId, 'still broken', true);
  });
});
