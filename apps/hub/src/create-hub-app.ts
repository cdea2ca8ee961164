import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { configureHttpApp } from '@hub/api';
import { HubConfig } from '@hub/common';
import { HubRootModule } from './hub-root.module';

/** Builds the hub's HTTP application for `config.role` (api or all) exactly as production runs it (tests use this too). */
export async function createHubApp(config: HubConfig, options: { quiet?: boolean } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(HubRootModule.forConfig(config), {
    bodyParser: false,
    bufferLogs: true,
    logger: options.quiet ? false : undefined,
  });
  configureHttpApp(app, { ...options, docs: config.role !== 'worker' });
  return app;
}
