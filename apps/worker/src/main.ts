import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoLogger } from 'nestjs-pino';
import { HubRootModule } from '../../api/src/hub-root.module';

/** A worker process alone: queue processors and scheduled jobs, no HTTP. */
async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(HubRootModule.forRole('worker'), { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  app.enableShutdownHooks();
  new Logger('Hub').log('Kayse Hub worker started');
}

void main();
