import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { WebhookDeliveriesService } from '@hub/outbound';
import { Access } from '../auth/access.decorator';
import { AuthContext } from '../auth/auth-context.type';
import { CurrentAuth } from '../auth/current-auth.decorator';

@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('v1/webhooks/messages')
export class WebhookMessagesController {
  constructor(private readonly deliveries: WebhookDeliveriesService) {}

  @Post(':id/resend')
  @Access('admin')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send one message again (a manual attempt, same webhook-id)' })
  @ApiResponse({ status: 202, schema: { example: { id: '665f1c2e9b1d8a0012345678', status: 'queued' } } })
  resend(@CurrentAuth() auth: AuthContext, @Param('id') id: string) {
    return this.deliveries.resend(auth.workspaceId, id);
  }
}
