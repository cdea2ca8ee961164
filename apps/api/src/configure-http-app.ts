import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { createHubValidationPipe, HubExceptionFilter } from '@hub/common';

export const BODY_LIMIT = '1mb';

/** The HTTP set-up every process serving the API gets, exactly as production runs it (tests too). */
export function configureHttpApp(app: NestExpressApplication, options: { quiet?: boolean; docs?: boolean } = {}): void {
  if (!options.quiet) app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: BODY_LIMIT });
  // Only the routes that take them get past the JSON content-type check: CRM webhooks, CSV imports.
  app.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
  app.useBodyParser('text', { limit: BODY_LIMIT, type: 'text/csv' });
  app.useGlobalFilters(new HubExceptionFilter());
  app.useGlobalPipes(createHubValidationPipe());
  app.enableShutdownHooks();
  app.set('trust proxy', true);
  if (options.docs !== false) setUpDocs(app);
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
