// The app's own tests: zapier-platform-core's tester against a running hub (see scripts/test-with-hub.ts).
module.exports = { testEnvironment: 'node', testMatch: ['<rootDir>/test/**/*.test.js'], testTimeout: 30000 };
