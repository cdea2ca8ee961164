import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../auth/access.decorator';
import { AuthContext } from '../auth/auth-context.type';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { PutCrmConnectionDto, PutCrmMappingDto } from './crm-connection.dto';
import { CrmConnectionService } from './crm-connection.service';

@ApiTags('crm')
@ApiBearerAuth()
@Controller('v1/crm-connection')
@Access('admin')
export class CrmConnectionController {
  constructor(private readonly service: CrmConnectionService) {}

  @Put()
  @ApiOperation({ summary: 'Connect (or reconnect) the CRM: credentials are verified with the CRM, then stored encrypted' })
  connect(@CurrentAuth() auth: AuthContext, @Body() body: PutCrmConnectionDto) {
    return this.service.connect(auth.workspaceId, body);
  }

  @Get()
  @ApiOperation({ summary: 'Provider, base URL, status and masked credentials' })
  get(@CurrentAuth() auth: AuthContext) {
    return this.service.get(auth.workspaceId);
  }

  @Delete()
  @HttpCode(204)
  async disconnect(@CurrentAuth() auth: AuthContext) {
    await this.service.disconnect(auth.workspaceId);
  }

  @Get('providers')
  @ApiOperation({ summary: 'The CRMs the hub can connect to' })
  providers() {
    return { data: this.service.providers() };
  }

  @Get('mapping')
  @ApiOperation({ summary: "The CRM's case statuses and note types known to the workspace" })
  mapping(@CurrentAuth() auth: AuthContext) {
    return this.service.mapping(auth.workspaceId);
  }

  @Put('mapping')
  @ApiOperation({ summary: 'Labels, which statuses workflows may use, the default note type' })
  updateMapping(@CurrentAuth() auth: AuthContext, @Body() body: PutCrmMappingDto) {
    return this.service.updateMapping(auth.workspaceId, body);
  }

  @Post('mapping/sync')
  @HttpCode(200)
  @ApiOperation({ summary: 'Pull statuses and note types from the CRM now' })
  sync(@CurrentAuth() auth: AuthContext) {
    return this.service.sync(auth.workspaceId);
  }
}
