'use strict';

const { version: platformVersion } = require('zapier-platform-core');
const { version } = require('./package.json');
const authentication = require('./authentication');
const { addApiKey } = require('./lib/add-api-key');
const triggers = require('./triggers');
const postEvent = require('./creates/post-event');

const byKey = (items) => Object.fromEntries(items.map((item) => [item.key, item]));

/** The Kayse Hub Zapier app: campaign events as REST-hook triggers, and an action that posts events. */
module.exports = {
  version,
  platformVersion,
  authentication,
  beforeRequest: [addApiKey],
  triggers: byKey(triggers),
  creates: byKey([postEvent]),
};
