// Starts a real hub on 127.0.0.1, gives the Zapier app's tests a workspace,
// key and campaign in it, runs them, and shuts the hub down.
// From the repository root:
//   node -r ts-node/register/transpile-only -r tsconfig-paths/register test/zapier-app/run-zapier-app-tests.ts
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createCampaign, createWorkspace } from '../support/fixtures';
import globalSetup from '../support/global-setup';
import { startHub } from '../support/hub-test-app';

async function main(): Promise<number> {
  globalSetup();
  const hub = await startHub('zapier-app', { config: { allowPrivateUrls: true, webhookRetryScheduleSec: [0, 1], webhookTimeoutMs: 2000 } });
  try {
    const ws = await createWorkspace(hub, 'Zapier Test Firm');
    const campaign = await createCampaign(hub, ws);
    const appDir = join(__dirname, '../../apps/zapier');
    // Not spawnSync: the hub runs in this process and must keep answering while the tests run.
    const child = spawn('npx', ['jest', '--runInBand', ...process.argv.slice(2)], {
      cwd: appDir,
      stdio: 'inherit',
      env: { ...process.env, HUB_URL: hub.url, HUB_API_KEY: ws.adminKey, HUB_CAMPAIGN_ID: campaign },
    });
    return await new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  } finally {
    await hub.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error);
    process.exit(1);
  },
);
