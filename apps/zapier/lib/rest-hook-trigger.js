'use strict';

const { hubUrl } = require('./hub-url');

/**
 * A REST-hook trigger on one hub event type: subscribe when the Zap turns on,
 * unsubscribe when it turns off, recent events (newest first, with stable ids)
 * for the Zap editor's samples.
 */
const restHookTrigger = ({ key, event, noun, label, description, sample }) => ({
  key,
  noun,
  display: { label, description },
  operation: {
    type: 'hook',
    inputFields: [
      { key: 'campaignId', label: 'Campaign ID', required: false, helpText: 'Only events of this campaign. Leave empty for all.' },
    ],
    performSubscribe: async (z, bundle) => {
      const body = { targetUrl: bundle.targetUrl, event };
      if (bundle.inputData.campaignId) body.campaignId = bundle.inputData.campaignId;
      const response = await z.request({ url: hubUrl(bundle, '/v1/zapier/hooks'), method: 'POST', body });
      return response.data;
    },
    performUnsubscribe: async (z, bundle) => {
      await z.request({ url: hubUrl(bundle, `/v1/zapier/hooks/${bundle.subscribeData.id}`), method: 'DELETE', skipThrowForStatus: true });
      return {};
    },
    perform: (z, bundle) => [bundle.cleanedRequest],
    performList: async (z, bundle) => {
      const response = await z.request({ url: hubUrl(bundle, `/v1/zapier/samples/${event}`) });
      const campaignId = bundle.inputData.campaignId;
      return campaignId ? response.data.filter((item) => item.campaignId === campaignId) : response.data;
    },
    sample,
  },
});

module.exports = { restHookTrigger };
