import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { createHubValidationPipe, HubConfig, HubExceptionFilter, HubRole, loadHubConfig } from '@hub/common';
import { HubRootModule } from './hub-root.module';

export const BODY_LIMIT = '1mb';

/** Builds the hub's HTTP application exactly as production runs it (tests use this too). */
export async function createHubApp(options: { role?: HubRole; config?: Partial<HubConfig>; quiet?: boolean } = {}): Promise<INestApplication> {
  const role = options.role ?? loadHubConfig().role;
  const app = await NestFactory.create<NestExpressApplication>(HubRootModule.forRole(role, options.config), {
    bodyParser: false,
    bufferLogs: true,
    logger: options.quiet ? false : undefined,
  });
  if (!options.quiet) app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: BODY_LIMIT });
  // Only the routes that take them get past the JSON content-type check: CRM webhooks, CSV imports.
  app.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
  app.useBodyParser('text', { limit: BODY_LIMIT, type: 'text/csv' });
  app.useGlobalFilters(new HubExceptionFilter());
  app.useGlobalPipes(createHubValidationPipe());
  app.enableShutdownHooks();
  app.set('trust proxy', true);
  if (role !== 'worker') setUpDocs(app);
  return app;
}

function setUpDocs(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Kayse Hub API')
      .setDescription(
        'Campaign events in; workflows, CRM updates, webhooks and Zapier out. ' +
          'Authenticate with "Authorization: Bearer <API key>". Errors: { "error": { "code", "message", "details" } }.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
}
