'use strict';

const { hubUrl } = require('../lib/hub-url');

const EVENT_TYPES = ['call.completed', 'call.transferred', 'message.received', 'message.sent', 'handoff.requested', 'form.completed'];

/** Posts an event into the hub, as the Kayse platform would (the hub normalizes and dedupes it by id). */
module.exports = {
  key: 'post_event',
  noun: 'Event',
  display: { label: 'Post Event', description: 'Sends a campaign event into Kayse Hub, where workflows and webhooks pick it up.' },
  operation: {
    inputFields: [
      { key: 'id', label: 'Event ID', required: true, helpText: 'Unique per event: posting the same ID twice is a no-op.' },
      { key: 'type', label: 'Event type', required: true, choices: EVENT_TYPES },
      { key: 'campaignId', label: 'Campaign ID', required: true },
      { key: 'occurredAt', label: 'Occurred at', type: 'datetime', required: true },
      { key: 'contactId', label: 'Contact ID', required: true },
      { key: 'contactPhone', label: 'Contact phone', required: false },
      { key: 'contactEmail', label: 'Contact email', required: false },
      {
        key: 'data',
        label: 'Data (JSON)',
        type: 'text',
        required: true,
        helpText: 'e.g. {"form": {"id": "intake", "status": "completed"}}',
      },
    ],
    perform: async (z, bundle) => {
      const input = bundle.inputData;
      let data;
      try {
        data = typeof input.data === 'string' ? JSON.parse(input.data) : input.data;
      } catch (error) {
        throw new z.errors.Error('Data must be valid JSON', 'InvalidData', 400);
      }
      const contact = { id: input.contactId, phone: input.contactPhone || undefined, email: input.contactEmail || undefined };
      const body = { id: input.id, type: input.type, campaignId: input.campaignId, occurredAt: input.occurredAt, contact, data };
      const response = await z.request({ url: hubUrl(bundle, '/v1/events'), method: 'POST', body });
      return response.data;
    },
    sample: { id: 'evt_01HX3QF8G3FC', status: 'accepted' },
  },
};
