'use strict';

const { hubUrl } = require('./lib/hub-url');

/** API-key auth: the key goes in as a bearer token; /v1/zapier/me is the connection test. */
module.exports = {
  type: 'custom',
  fields: [
    { key: 'baseUrl', label: 'Hub URL', required: true, type: 'string', helpText: 'e.g. https://hub.yourfirm.com' },
    { key: 'apiKey', label: 'API key', required: true, type: 'password', helpText: 'An admin API key of your Kayse Hub workspace.' },
  ],
  test: async (z, bundle) => {
    const response = await z.request({ url: hubUrl(bundle, '/v1/zapier/me') });
    return response.data;
  },
  connectionLabel: '{{label}}',
};
