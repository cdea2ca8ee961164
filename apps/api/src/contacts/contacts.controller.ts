import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OutreachStopRepository } from '@hub/persistence';
import { Access } from '../auth/access.decorator';
import { AuthContext } from '../auth/auth-context.type';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { CampaignsService } from '../campaigns/campaigns.service';

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('v1/campaigns/:campaignId/contacts')
export class ContactsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly outreach: OutreachStopRepository,
  ) {}

  @Get(':contactId')
  @Access('read')
  @ApiOperation({ summary: "The contact's outreach state in the campaign: calls, messaging, enrollment, and which workflow changed them" })
  async get(@CurrentAuth() auth: AuthContext, @Param('campaignId') campaignId: string, @Param('contactId') contactId: string) {
    await this.campaigns.getVisible(auth, campaignId);
    const state = await this.outreach.state(auth.workspaceId, campaignId, contactId);
    return {
      campaignId,
      contactId,
      calls: state.calls,
      callsStopped: state.stops.calls ?? null,
      messaging: state.messaging,
      messagingStopped: state.stops.messaging ?? null,
      enrolled: state.enrolled,
      removed: state.stops.enrollment ?? null,
    };
  }
}
