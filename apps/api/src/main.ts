import { Logger } from '@nestjs/common';
import { loadHubConfig } from '@hub/common';
import { createHubApp } from './create-hub-app';

async function main(): Promise<void> {
  const config = loadHubConfig();
  const app = await createHubApp({ role: config.role });
  await app.listen(config.port, process.env.HOST ?? '127.0.0.1');
  new Logger('Hub').log(`Kayse Hub (${config.role}) listening on ${await app.getUrl()}`);
}

void main();
