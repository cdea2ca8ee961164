import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { HubConfigError, loadHubConfig } from '@hub/common';
import { ApiRootModule } from './api-root.module';
import { configureHttpApp } from './configure-http-app';

/** An API process alone; `npm start` runs both roles in one process (apps/hub). */
async function main(): Promise<void> {
  const config = { ...loadHubConfig(), role: 'api' as const };
  const app = await NestFactory.create<NestExpressApplication>(ApiRootModule.forRoot(config), { bodyParser: false, bufferLogs: true });
  configureHttpApp(app);
  await app.listen(config.port, config.host);
  new Logger('Hub').log(`Kayse Hub (api) listening on ${await app.getUrl()}`);
}

main().catch((error: unknown) => {
  // A configuration error already says which variable and value: no stack needed.
  process.stderr.write(
    `${error instanceof HubConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
