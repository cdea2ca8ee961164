import type { HubConfig, HubRole } from '@hub/common';
import { createCampaign, createWorkspace, TestWorkspace } from './fixtures';
import { startHub, TestHub } from './hub-test-app';

export interface HubSuite {
  hub: TestHub;
  /** A workspace with its admin key. */
  ws: TestWorkspace;
  /** A campaign of `ws` (unless the options said `campaign: false`). */
  campaign: string;
}

export interface HubSuiteOptions {
  /** Names the suite's database and queue prefix. */
  label: string;
  role?: HubRole;
  /** A function when the config depends on what an outer beforeAll started (a Redis of its own, a FerretDB). */
  config?: Partial<HubConfig> | (() => Partial<HubConfig>);
  workspaceName?: string;
  /** The campaign's body, or false for none. */
  campaign?: Record<string, unknown> | false;
}

/**
 * The set-up most end-to-end suites share: a hub of their own (started once),
 * a workspace and a campaign in it, the hub closed and its database dropped
 * after the last test. The suite's fields are filled in beforeAll: read them
 * in tests and hooks, not while the suite is being collected.
 */
export function describeWithHub(name: string, options: HubSuiteOptions, body: (suite: HubSuite) => void): void {
  describe(name, () => {
    const suite = {} as HubSuite;
    beforeAll(async () => {
      const config = typeof options.config === 'function' ? options.config() : options.config;
      suite.hub = await startHub(options.label, { role: options.role, config });
      suite.ws = await createWorkspace(suite.hub, options.workspaceName);
      if (options.campaign !== false) suite.campaign = await createCampaign(suite.hub, suite.ws, options.campaign ?? {});
    });
    afterAll(() => suite.hub?.close());
    body(suite);
  });
}
