import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { HUB_CONFIG, HubConfig } from './hub-config';
import { redactUrl } from './redact-url.util';

/** Paths whose values never reach a log line, whatever logs them. */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  '*.password',
  '*.secret',
  '*.token',
  '*.apiKey',
  '*.key',
  '*.credentials',
  '*.clientSecret',
  'credentials',
  'secret',
];

/** Structured JSON logs; request bodies are never logged. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [HUB_CONFIG],
      useFactory: (config: HubConfig) => ({
        pinoHttp: [
          {
            level: config.logLevel,
            redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
            autoLogging: { ignore: (req) => req.url === '/health/live' || req.url === '/metrics' },
            serializers: {
              req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: redactUrl(req.url) }),
            },
          },
          config.logStream ?? process.stdout,
        ],
      }),
    }),
  ],
})
export class HubLoggerModule {}
