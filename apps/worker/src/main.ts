import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoLogger } from 'nestjs-pino';
import { HubConfigError, loadHubConfig } from '@hub/common';
import { WorkerRootModule } from './worker-root.module';

/** A worker process alone: queue processors and scheduled jobs, no HTTP. */
async function main(): Promise<void> {
  const config = { ...loadHubConfig(), role: 'worker' as const };
  const app = await NestFactory.createApplicationContext(WorkerRootModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  app.enableShutdownHooks();
  new Logger('Hub').log('Kayse Hub worker started');
}

main().catch((error: unknown) => {
  // A configuration error already says which variable and value: no stack needed.
  process.stderr.write(
    `${error instanceof HubConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
