import type { AnyCanonicalEvent } from '@hub/events';

export interface NoteContext {
  event: AnyCanonicalEvent;
  campaign: { id: string; name: string };
  workflow: { name: string };
}

type Resolver = (ctx: NoteContext) => string | number | undefined;

/** A property of an object by name, or undefined: the event's data differs by type, the variables name its fields. */
function property(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

const field =
  (group: string, key: string): Resolver =>
  (ctx) => {
    const value = property(property(ctx.event.data, group), key);
    return typeof value === 'string' || typeof value === 'number' ? value : undefined;
  };

/** Every variable a CRM note may use; anything else is refused when the workflow is saved. */
export const NOTE_VARIABLES: Record<string, Resolver> = {
  'contact.id': (c) => c.event.contact.id,
  'contact.name': (c) => c.event.contact.name,
  'contact.phone': (c) => c.event.contact.phone,
  'contact.email': (c) => c.event.contact.email,
  'contact.caseId': (c) => c.event.contact.crm?.caseId,
  'campaign.id': (c) => c.campaign.id,
  'campaign.name': (c) => c.campaign.name,
  'workflow.name': (c) => c.workflow.name,
  'event.id': (c) => c.event.id,
  'event.type': (c) => c.event.type,
  'event.occurredAt': (c) => c.event.occurredAt,
  'call.id': field('call', 'id'),
  'call.status': field('call', 'status'),
  'call.durationSec': field('call', 'durationSec'),
  'call.direction': field('call', 'direction'),
  'call.summary': field('call', 'summary'),
  'call.recordingUrl': field('call', 'recordingUrl'),
  'message.channel': field('message', 'channel'),
  'message.body': field('message', 'body'),
  'message.bucket': field('message', 'bucket'),
  'handoff.reason': field('handoff', 'reason'),
  'handoff.channel': field('handoff', 'channel'),
  'form.id': field('form', 'id'),
  'form.status': field('form', 'status'),
  'transfer.to': field('transfer', 'to'),
  'transfer.reason': field('transfer', 'reason'),
};

const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function templateVariables(template: string): string[] {
  return [...template.matchAll(VARIABLE)].map((m) => m[1]);
}

/** The variables of a template that the hub does not know (an error at save time). */
export function unknownNoteVariables(template: string): string[] {
  return [...new Set(templateVariables(template).filter((name) => !(name in NOTE_VARIABLES)))];
}

/** Fills the variables; one with no value for this event reads "(none)", so a gap is visible. */
export function renderNoteTemplate(template: string, ctx: NoteContext): string {
  return template.replace(VARIABLE, (_, name: string) => {
    const resolve = NOTE_VARIABLES[name];
    if (!resolve) throw new Error(`Unknown note variable {{${name}}}`);
    const value = resolve(ctx);
    return value === undefined || value === '' ? '(none)' : String(value);
  });
}
