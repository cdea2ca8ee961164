import { HUB_EVENT_TYPES, INBOUND_EVENT_TYPES } from './event.type';
import { EVENT_CATALOG } from './event-catalog';
import { normalizeEvent } from './normalize-event.util';
import { schemaViolations } from './testing/schema-violations';

const asSchema = (schema: object): Record<string, unknown> => schema as Record<string, unknown>;

describe('EVENT_CATALOG', () => {
  it('lists every event type once, with its direction', () => {
    expect(EVENT_CATALOG.map(({ type, direction }) => [type, direction])).toEqual([
      ...INBOUND_EVENT_TYPES.map((type) => [type, 'inbound']),
      ...HUB_EVENT_TYPES.map((type) => [type, 'hub']),
    ]);
  });

  it.each(EVENT_CATALOG)('describes $type with a draft 2020-12 schema of its own', ({ type, description, schema }) => {
    expect(description.length).toBeGreaterThan(10);
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `urn:kayse-hub:event:${type}`,
      title: type,
      description,
      type: 'object',
      properties: { type: { const: type } },
    });
  });

  it.each(EVENT_CATALOG)('has a $type sample that matches its schema', ({ schema, sample }) => {
    expect(schemaViolations(asSchema(schema), sample)).toEqual([]);
  });

  it.each(EVENT_CATALOG.filter((entry) => entry.direction === 'inbound'))(
    'has a $type sample that is already canonical',
    ({ sample }) => {
      expect(normalizeEvent(sample)).toStrictEqual({ ok: true, event: sample });
    },
  );

  it.each(EVENT_CATALOG)('rejects a $type event with an unknown property or without data', ({ schema, sample }) => {
    expect(schemaViolations(asSchema(schema), { ...sample, extra: 1 })).toEqual(['$: unexpected extra']);
    const { data, ...withoutData } = sample as { data: unknown };
    expect(data).toBeDefined();
    expect(schemaViolations(asSchema(schema), withoutData)).toEqual(['$: missing data']);
  });

  it('puts a contact and campaign on every event about a contact, and none on webhook or CRM events', () => {
    const scoped = EVENT_CATALOG.map(({ type, sample }) => [type, 'contact' in sample && 'campaignId' in sample]);
    expect(scoped).toEqual(EVENT_CATALOG.map(({ type }) => [type, !type.startsWith('webhook.') && !type.startsWith('crm.')]));
  });
});
