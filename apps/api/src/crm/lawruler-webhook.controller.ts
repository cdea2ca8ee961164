import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { HubError, HubErrorCode } from '@hub/common';
import { Access } from '../auth/access.decorator';
import { CrmInboundService } from './crm-inbound.service';
import { webhookFields } from './webhook-fields.util';

/**
 * LawRuler's webhooks ("when a case status changes"). Its webhook settings take a URL and
 * custom params only, so the token in the path is the authentication; the body may be
 * form-encoded or JSON (LawRuler does not say which), and the URL may carry params Kayse adds.
 */
@ApiTags('sources')
@Controller('v1/sources/lawruler')
@Access('public')
export class LawRulerWebhookController {
  constructor(private readonly inbound: CrmInboundService) {}

  @Post(':token')
  @HttpCode(200)
  @ApiOperation({ summary: "Receives LawRuler's status webhooks: learns the status, stores a crm.case_status_changed event" })
  async receive(@Param('token') token: string, @Req() request: Request) {
    if (!request.is(['application/json', 'application/x-www-form-urlencoded'])) {
      throw new HubError(HubErrorCode.UNSUPPORTED_MEDIA_TYPE, 'Send the webhook as application/x-www-form-urlencoded or application/json');
    }
    const fields = webhookFields(request.query, request.body);
    if (!fields) throw HubError.validation('The webhook body must be an object of fields', [{ field: 'body', code: 'invalid_body', message: 'Expected form fields or a JSON object' }]);
    const receipt = await this.inbound.receive('lawruler', token, fields);
    return { received: true, ...receipt };
  }
}
