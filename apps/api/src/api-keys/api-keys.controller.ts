import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access } from '../auth/access.decorator';
import { AuthContext } from '../auth/auth-context.type';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { CreateApiKeyDto } from './api-key.dto';
import { ApiKeysService } from './api-keys.service';

@ApiTags('api-keys')
@ApiBearerAuth()
@Controller('v1/api-keys')
@Access('admin')
export class ApiKeysController {
  constructor(private readonly service: ApiKeysService) {}

  @Post()
  create(@CurrentAuth() auth: AuthContext, @Body() body: CreateApiKeyDto) {
    return this.service.create(auth.workspaceId, body);
  }

  @Get()
  async list(@CurrentAuth() auth: AuthContext) {
    return { data: await this.service.list(auth.workspaceId) };
  }

  @Delete(':id')
  @HttpCode(204)
  async delete(@CurrentAuth() auth: AuthContext, @Param('id') id: string) {
    await this.service.delete(auth.workspaceId, id);
  }
}
