import { Logger } from '@nestjs/common';
import { HubConfigError, loadHubConfig } from '@hub/common';
import { createHubApp } from './create-hub-app';

/** `npm start`: the API and the worker in one process (HUB_ROLE=all by default). */
async function main(): Promise<void> {
  const config = loadHubConfig();
  const app = await createHubApp(config);
  await app.listen(config.port, config.host);
  new Logger('Hub').log(`Kayse Hub (${config.role}) listening on ${await app.getUrl()}`);
}

main().catch((error: unknown) => {
  // A configuration error already says which variable and value: no stack needed.
  process.stderr.write(
    `${error instanceof HubConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
