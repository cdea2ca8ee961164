import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HubError } from '@hub/common';
import { EVENT_CATALOG } from '@hub/events';
import { Access } from '../auth/access.decorator';
import { AuthContext } from '../auth/auth-context.type';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { EventsQueryService } from './events-query.service';
import { IngestBatchResult } from './ingest-result.type';
import { IngestService } from './ingest.service';
import { parseIngestBody } from './parse-ingest-body.util';

const SAMPLE = EVENT_CATALOG.find((entry) => entry.type === 'call.completed')?.sample;

@ApiTags('events')
@ApiBearerAuth()
@Controller('v1')
export class EventsController {
  constructor(
    private readonly ingest: IngestService,
    private readonly query: EventsQueryService,
  ) {}

  @Post('events')
  @Access('ingest')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Post one event, or a batch { "events": [...] } of up to 500',
    description:
      'Each event is stored before it is acknowledged. A batch answers 202 with a result per event ' +
      '(accepted, duplicate, or rejected with its errors); one bad event does not reject the others. ' +
      'A single invalid event answers 400 naming the field.',
  })
  @ApiBody({
    schema: { oneOf: [{ type: 'object' }, { type: 'object', properties: { events: { type: 'array' } } }] },
    examples: { single: { value: SAMPLE }, batch: { value: { events: [SAMPLE] } } },
  })
  @ApiResponse({ status: 202, description: 'Stored (accepted or duplicate)' })
  async post(@CurrentAuth() auth: AuthContext, @Body() body: unknown) {
    const { items, batch } = parseIngestBody(body);
    const results = await this.ingest.ingest(auth, items);
    if (!batch) {
      const [result] = results;
      if (result.status === 'rejected') throw HubError.validation('The event is not valid', result.errors ?? []);
      return { id: result.id, status: result.status };
    }
    const summary: IngestBatchResult = {
      accepted: results.filter((r) => r.status === 'accepted').length,
      duplicates: results.filter((r) => r.status === 'duplicate').length,
      rejected: results.filter((r) => r.status === 'rejected').length,
      results,
    };
    return summary;
  }

  @Get('events/:id')
  @Access('read')
  @ApiOperation({ summary: 'A stored event by its producer id: raw, normalized, processing state' })
  get(@CurrentAuth() auth: AuthContext, @Param('id') id: string) {
    return this.query.get(auth, id);
  }

  @Get('event-types')
  @Access('public')
  @ApiOperation({ summary: 'Every event type with its JSON schema and a sample' })
  eventTypes() {
    return { data: EVENT_CATALOG };
  }
}
