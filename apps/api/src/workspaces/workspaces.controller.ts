import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HubError } from '@hub/common';
import { WorkspaceRepository } from '@hub/persistence';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { Access } from '../auth/access.decorator';
import { AuthContext } from '../auth/auth-context.type';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { CreateWorkspaceDto } from './workspace.dto';

@ApiTags('workspaces')
@ApiBearerAuth()
@Controller('v1')
export class WorkspacesController {
  constructor(
    private readonly workspaces: WorkspaceRepository,
    private readonly apiKeys: ApiKeysService,
  ) {}

  @Post('workspaces')
  @Access('platform')
  @ApiOperation({ summary: 'Create a workspace and its first admin API key (platform admin token)' })
  async create(@Body() body: CreateWorkspaceDto) {
    const workspace = await this.workspaces.create(body.name);
    const workspaceId = workspace._id.toString();
    const apiKey = await this.apiKeys.create(workspaceId, { label: 'First admin key', role: 'admin' });
    return { workspace: { id: workspaceId, name: workspace.name, createdAt: workspace.createdAt }, apiKey };
  }

  @Get('workspace')
  @Access('read')
  @ApiOperation({ summary: "The caller's workspace and key" })
  async current(@CurrentAuth() auth: AuthContext) {
    const workspace = await this.workspaces.findById(auth.workspaceId);
    if (!workspace) throw HubError.notFound('Workspace');
    return {
      workspace: { id: auth.workspaceId, name: workspace.name, createdAt: workspace.createdAt },
      key: { id: auth.keyId, label: auth.keyLabel, role: auth.role, campaignIds: auth.campaignIds },
    };
  }
}
