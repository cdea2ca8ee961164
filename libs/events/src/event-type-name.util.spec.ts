import { INBOUND_EVENT_TYPES } from './event.type';
import { parseEventTypeName } from './event-type-name.util';

describe('parseEventTypeName', () => {
  it.each([
    ['call.completed', 'call.completed'],
    ['call_completed', 'call.completed'],
    ['Call Completed', 'call.completed'],
    ['CALL.COMPLETED', 'call.completed'],
    ['callCompleted', 'call.completed'],
    ['call-transferred', 'call.transferred'],
    ['Message Received', 'message.received'],
    ['message_sent', 'message.sent'],
    [' Handoff.Requested ', 'handoff.requested'],
    ['FORM_COMPLETED', 'form.completed'],
  ])('reads %j as %s', (name, expected) => {
    expect(parseEventTypeName(name)).toBe(expected);
  });

  it('reads every canonical name as itself', () => {
    for (const type of INBOUND_EVENT_TYPES) expect(parseEventTypeName(type)).toBe(type);
  });

  it.each(['call', 'call.started', '', 'workflow.fired', 'webhook.test'])('knows no inbound type named %j', (name) => {
    expect(parseEventTypeName(name)).toBeUndefined();
  });
});
