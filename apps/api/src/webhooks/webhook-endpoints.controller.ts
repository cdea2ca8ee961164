import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { WebhookDeliveriesService, WebhookEndpointsService } from '@hub/outbound';
import { Access } from '../auth/access.decorator';
import { AuthContext } from '../auth/auth-context.type';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { ListDeliveriesQueryDto, RecoverDto } from './webhook-deliveries.dto';
import { CreateWebhookEndpointDto, UpdateWebhookEndpointDto } from './webhook-endpoint.dto';

@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('v1/webhooks/endpoints')
export class WebhookEndpointsController {
  constructor(
    private readonly endpoints: WebhookEndpointsService,
    private readonly deliveries: WebhookDeliveriesService,
  ) {}

  @Post()
  @Access('admin')
  @ApiOperation({ summary: 'Add an endpoint; the answer carries its signing secret (shown only here and by reveal-secret)' })
  @ApiResponse({
    status: 201,
    schema: {
      example: {
        id: '665f1c2e9b1d8a0012345678',
        url: 'https://hooks.firm.example/kayse',
        enabled: true,
        secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      },
    },
  })
  create(@CurrentAuth() auth: AuthContext, @Body() body: CreateWebhookEndpointDto) {
    return this.endpoints.create(auth.workspaceId, body);
  }

  @Get()
  @Access('admin')
  async list(@CurrentAuth() auth: AuthContext) {
    return { data: await this.endpoints.list(auth.workspaceId) };
  }

  @Get(':id')
  @Access('admin')
  get(@CurrentAuth() auth: AuthContext, @Param('id') id: string) {
    return this.endpoints.get(auth.workspaceId, id);
  }

  @Patch(':id')
  @Access('admin')
  @ApiOperation({ summary: 'Change an endpoint; { "enabled": true } re-enables a disabled one' })
  update(@CurrentAuth() auth: AuthContext, @Param('id') id: string, @Body() body: UpdateWebhookEndpointDto) {
    return this.endpoints.update(auth.workspaceId, id, body);
  }

  @Delete(':id')
  @Access('admin')
  @HttpCode(204)
  async remove(@CurrentAuth() auth: AuthContext, @Param('id') id: string): Promise<void> {
    await this.endpoints.remove(auth.workspaceId, id);
  }

  @Post(':id/reveal-secret')
  @Access('admin')
  @HttpCode(200)
  @ApiResponse({ status: 200, schema: { example: { secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' } } })
  revealSecret(@CurrentAuth() auth: AuthContext, @Param('id') id: string) {
    return this.endpoints.revealSecret(auth.workspaceId, id);
  }

  @Post(':id/rotate-secret')
  @Access('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'New secret; for 24 hours deliveries carry a signature with each (reveal-secret shows the new one)' })
  rotateSecret(@CurrentAuth() auth: AuthContext, @Param('id') id: string) {
    return this.endpoints.rotateSecret(auth.workspaceId, id);
  }

  @Post(':id/test')
  @Access('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a webhook.test ping now and answer the attempt' })
  @ApiResponse({
    status: 200,
    schema: {
      example: { id: '665f...', trigger: 'manual', success: true, statusCode: 200, durationMs: 84, responseExcerpt: 'ok', error: null },
    },
  })
  test(@CurrentAuth() auth: AuthContext, @Param('id') id: string) {
    return this.endpoints.sendTest(auth.workspaceId, id);
  }

  @Get(':id/deliveries')
  @Access('admin')
  @ApiOperation({ summary: 'Messages sent to the endpoint, newest first, each with its attempts' })
  async listDeliveries(@CurrentAuth() auth: AuthContext, @Param('id') id: string, @Query() query: ListDeliveriesQueryDto) {
    return { data: await this.deliveries.list(auth.workspaceId, id, query) };
  }

  @Post(':id/recover')
  @Access('admin')
  @HttpCode(202)
  @ApiOperation({ summary: 'Resend every message that failed since a time' })
  @ApiResponse({ status: 202, schema: { example: { queued: 12 } } })
  recover(@CurrentAuth() auth: AuthContext, @Param('id') id: string, @Body() body: RecoverDto) {
    return this.deliveries.recover(auth.workspaceId, id, body.since);
  }
}
