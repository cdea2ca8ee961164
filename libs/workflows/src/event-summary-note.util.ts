import type { AnyCanonicalEvent } from '@hub/events';
import { displayName } from './display-name.util';
import { assertNever } from '@hub/common';
import type { NoteContext } from './note-template.util';

/** The note post_crm_note writes: what happened, when, and the call summary or message text. */
export function renderEventSummaryNote(ctx: NoteContext): string {
  const { event, campaign, workflow } = ctx;
  const when = event.occurredAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
  const lines = [
    `Kayse AI — ${headline(event)}`,
    `When: ${when}`,
    ...details(event),
    `Campaign: ${campaign.name}`,
    `Workflow: ${workflow.name}`,
  ];
  return lines.join('\n');
}

function headline(event: AnyCanonicalEvent): string {
  switch (event.type) {
    case 'call.completed': {
      const { call } = event.data;
      const facts = [call.durationSec !== undefined ? `${call.durationSec} s` : undefined, call.direction].filter(Boolean);
      return `Call completed: ${displayName(call.status)}${facts.length ? ` (${facts.join(', ')})` : ''}`;
    }
    case 'call.transferred':
      return `Call transferred${event.data.transfer.to ? ` to ${event.data.transfer.to}` : ''}`;
    case 'message.received': {
      const { channel, bucket } = event.data.message;
      return `${channel.toUpperCase()} reply received${bucket ? ` — bucket ${displayName(bucket)}` : ''}`;
    }
    case 'message.sent':
      return `${event.data.message.channel.toUpperCase()} message sent`;
    case 'handoff.requested':
      return `Human handoff requested${event.data.handoff.channel ? ` on ${event.data.handoff.channel}` : ''}`;
    case 'form.completed':
      return `Form ${event.data.form.id} completed`;
    default:
      return assertNever(event);
  }
}

function details(event: AnyCanonicalEvent): string[] {
  const contact = [event.contact.name, event.contact.phone, event.contact.email].filter(Boolean).join(', ');
  const lines = contact ? [`Contact: ${contact}`] : [];
  if (event.type === 'call.completed' && event.data.call.summary) lines.push(`Summary: ${event.data.call.summary}`);
  if (event.type === 'call.completed' && event.data.call.recordingUrl) lines.push(`Recording: ${event.data.call.recordingUrl}`);
  if ((event.type === 'message.received' || event.type === 'message.sent') && event.data.message.body)
    lines.push(`Message: ${event.data.message.body}`);
  if (event.type === 'handoff.requested' && event.data.handoff.reason) lines.push(`Reason: ${event.data.handoff.reason}`);
  if (event.type === 'call.transferred' && event.data.transfer.reason) lines.push(`Reason: ${event.data.transfer.reason}`);
  return lines;
}
