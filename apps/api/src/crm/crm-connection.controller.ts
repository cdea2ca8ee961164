import { Body, Controller, Delete, Get, HttpCode, Post, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { HubError, HubErrorCode } from '@hub/common';
import { Access } from '../auth/access.decorator';
import { AuthContext } from '../auth/auth-context.type';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { AddCrmStatusDto, CheckCrmConnectionDto, ImportCrmStatusesDto, PutCrmConnectionDto, PutCrmMappingDto } from './crm-connection.dto';
import { CrmConnectionService } from './crm-connection.service';
import { CrmMappingService } from './crm-mapping.service';

@ApiTags('crm')
@ApiBearerAuth()
@Controller('v1/crm-connection')
@Access('admin')
export class CrmConnectionController {
  constructor(
    private readonly service: CrmConnectionService,
    private readonly mappings: CrmMappingService,
  ) {}

  @Put()
  @ApiOperation({ summary: 'Connect (or reconnect) the CRM: credentials are verified with the CRM, then stored encrypted; a LawRuler receiver URL is shown once' })
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

  @Post('check')
  @HttpCode(200)
  @ApiOperation({ summary: 'Tries each call the connector makes and reports each as ok, refused, not_supported or skipped' })
  check(@CurrentAuth() auth: AuthContext, @Body() body: CheckCrmConnectionDto) {
    return this.service.check(auth.workspaceId, body);
  }

  @Post('inbound-token')
  @HttpCode(200)
  @ApiOperation({ summary: "A new receiver URL for the CRM's webhooks (shown once); the old one stops working" })
  rotateInboundToken(@CurrentAuth() auth: AuthContext) {
    return this.service.rotateInboundToken(auth.workspaceId);
  }

  @Get('mapping')
  @ApiOperation({ summary: "The CRM's case statuses, secondary statuses and note types known to the workspace" })
  mapping(@CurrentAuth() auth: AuthContext) {
    return this.mappings.mapping(auth.workspaceId);
  }

  @Put('mapping')
  @ApiOperation({ summary: 'Labels, which statuses workflows may use, the default note type' })
  updateMapping(@CurrentAuth() auth: AuthContext, @Body() body: PutCrmMappingDto) {
    return this.mappings.updateMapping(auth.workspaceId, body);
  }

  @Post('mapping/sync')
  @HttpCode(200)
  @ApiOperation({ summary: 'Pull statuses and note types from the CRM now (lists the CRM does not have are left as they are)' })
  sync(@CurrentAuth() auth: AuthContext) {
    return this.mappings.sync(auth.workspaceId);
  }

  @Post('mapping/statuses')
  @ApiOperation({ summary: 'Add a status by hand: its name, and its id and case type when known' })
  addStatus(@CurrentAuth() auth: AuthContext, @Body() body: AddCrmStatusDto) {
    return this.mappings.addStatus(auth.workspaceId, body);
  }

  @Post('mapping/statuses/import')
  @ApiConsumes('text/csv', 'application/json')
  @ApiOperation({ summary: 'Import statuses from a CSV export (text/csv, or JSON { csv }): all rows or none' })
  importStatuses(@CurrentAuth() auth: AuthContext, @Req() request: Request) {
    return this.mappings.importStatuses(auth.workspaceId, csvOf(request));
  }
}

function csvOf(request: Request): string {
  if (request.is('text/csv') && typeof request.body === 'string') return request.body;
  const body = request.body as Partial<ImportCrmStatusesDto> | undefined;
  if (request.is('application/json') && typeof body?.csv === 'string' && body.csv.length > 0) return body.csv;
  if (!request.is(['text/csv', 'application/json'])) throw new HubError(HubErrorCode.UNSUPPORTED_MEDIA_TYPE, 'Send the CSV as text/csv, or as JSON { "csv": "…" }');
  throw HubError.validation('No CSV given', [{ field: 'csv', code: 'required', message: 'Send the CSV as the text/csv body, or as JSON { "csv": "…" }' }]);
}
