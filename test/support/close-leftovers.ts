import { WebhookReceiver } from './webhook-receiver';

// Runs after each suite's own afterAll: a test that failed before closing its receivers would
// otherwise leave servers open and keep Jest from exiting.
afterAll(() => WebhookReceiver.closeAll());
