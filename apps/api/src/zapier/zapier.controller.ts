import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ZapierService } from '@hub/outbound';
import { Access } from '../auth/access.decorator';
import { AuthContext } from '../auth/auth-context.type';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { CreateZapierHookDto } from './zapier-hook.dto';

/** What the Kayse Hub Zapier app calls. Subscribing needs an admin key: it sends the workspace's events out. */
@ApiTags('zapier')
@ApiBearerAuth()
@Controller('v1/zapier')
export class ZapierController {
  constructor(private readonly zapier: ZapierService) {}

  @Get('me')
  @Access('read')
  @ApiOperation({ summary: 'Auth test: the workspace and key behind the connection' })
  @ApiResponse({
    status: 200,
    schema: {
      example: {
        workspace: { id: '665f...', name: 'Test Firm LLP' },
        key: { id: '665f...', label: 'Zapier' },
        label: 'Test Firm LLP (Zapier)',
      },
    },
  })
  me(@CurrentAuth() auth: AuthContext) {
    return this.zapier.me(auth);
  }

  @Post('hooks')
  @Access('admin')
  @ApiOperation({ summary: 'Subscribe a Zap (REST hook) to one event type' })
  @ApiResponse({ status: 201, schema: { example: { id: '665f1c2e9b1d8a0012345678' } } })
  subscribe(@CurrentAuth() auth: AuthContext, @Body() body: CreateZapierHookDto) {
    return this.zapier.subscribe(auth, body);
  }

  @Delete('hooks/:id')
  @Access('admin')
  @HttpCode(204)
  async unsubscribe(@CurrentAuth() auth: AuthContext, @Param('id') id: string): Promise<void> {
    await this.zapier.unsubscribe(auth, id);
  }

  @Get('samples/:event')
  @Access('read')
  @ApiOperation({
    summary: 'Recent events of a type, newest first, shaped as the hook delivers them (a static sample when there are none)',
  })
  samples(@CurrentAuth() auth: AuthContext, @Param('event') event: string) {
    return this.zapier.samples(auth, event);
  }
}
