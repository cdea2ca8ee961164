'use strict';

/** The hub the connection talks to: each firm's own, or the Kayse-hosted one. */
const hubUrl = (bundle, path) => `${String(bundle.authData.baseUrl).replace(/\/+$/, '')}${path}`;

module.exports = { hubUrl };
