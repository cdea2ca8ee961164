import { DynamicModule, Global, Module } from '@nestjs/common';
import { HUB_CONFIG, HubConfig, loadHubConfig } from './hub-config';
import { SecretBox } from './secret-box.service';

@Global()
@Module({})
export class HubConfigModule {
  static forRoot(overrides: Partial<HubConfig> = {}): DynamicModule {
    const config: HubConfig = { ...loadHubConfig(), ...overrides };
    return {
      module: HubConfigModule,
      providers: [{ provide: HUB_CONFIG, useValue: config }, SecretBox],
      exports: [HUB_CONFIG, SecretBox],
    };
  }
}
