import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access } from '../auth/access.decorator';
import { AuthContext } from '../auth/auth-context.type';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { CreateCampaignDto, UpdateCampaignDto } from './campaign.dto';
import { CampaignsService, toCampaignView } from './campaigns.service';

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('v1/campaigns')
export class CampaignsController {
  constructor(private readonly service: CampaignsService) {}

  @Post()
  @Access('admin')
  create(@CurrentAuth() auth: AuthContext, @Body() body: CreateCampaignDto) {
    return this.service.create(auth, body);
  }

  @Get()
  @Access('read')
  async list(@CurrentAuth() auth: AuthContext) {
    return { data: await this.service.list(auth) };
  }

  @Get(':id')
  @Access('read')
  async get(@CurrentAuth() auth: AuthContext, @Param('id') id: string) {
    return toCampaignView(await this.service.getVisible(auth, id));
  }

  @Patch(':id')
  @Access('admin')
  update(@CurrentAuth() auth: AuthContext, @Param('id') id: string, @Body() body: UpdateCampaignDto) {
    return this.service.update(auth, id, body);
  }
}
