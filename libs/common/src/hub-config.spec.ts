import { defaultHubConfig, HubConfigError, loadHubConfig } from './hub-config';

describe('loadHubConfig', () => {
  it('takes the defaults for variables absent or empty', () => {
    expect(loadHubConfig({})).toEqual(defaultHubConfig());
    expect(loadHubConfig({ HUB_ACTION_ATTEMPTS: '', HUB_ROLE: '' })).toEqual(defaultHubConfig());
  });

  it('converts and applies what is set', () => {
    const config = loadHubConfig({
      HUB_ROLE: 'worker',
      PORT: '3100',
      HUB_EVENT_RETENTION_DAYS: '0',
      HUB_ALLOW_PRIVATE_URLS: 'true',
      HUB_WEBHOOK_RETRY_SCHEDULE: '0, 5,30',
      LOG_LEVEL: 'silent',
    });
    expect(config).toMatchObject({
      role: 'worker',
      port: 3100,
      eventRetentionDays: 0,
      allowPrivateUrls: true,
      webhookRetryScheduleSec: [0, 5, 30],
      logLevel: 'silent',
    });
  });

  it.each([
    ['HUB_EVENT_RETENTION_DAYS', 'abc'],
    ['HUB_ACTION_ATTEMPTS', '0'],
    ['HUB_ACTION_ATTEMPTS', '1.5'],
    ['PORT', '70000'],
    ['HUB_ROLE', 'both'],
    ['HUB_ALLOW_PRIVATE_URLS', 'yes'],
    ['HUB_WEBHOOK_RETRY_SCHEDULE', '0,five'],
    ['MONGODB_URI', 'localhost:27017'],
    ['LOG_LEVEL', 'loud'],
  ])('refuses %s=%p, naming the variable and the value', (name, value) => {
    expect(() => loadHubConfig({ [name]: value })).toThrow(HubConfigError);
    expect(() => loadHubConfig({ [name]: value })).toThrow(`${name}=${JSON.stringify(value)}`);
  });

  it('lists every variable at fault at once', () => {
    const error = (() => {
      try {
        loadHubConfig({ PORT: 'x', HUB_EVENT_LOCK_MS: '-1' });
      } catch (caught) {
        return caught as HubConfigError;
      }
    })();
    expect(error?.problems.map((problem) => problem.split('=')[0]).sort()).toEqual(['HUB_EVENT_LOCK_MS', 'PORT']);
  });

  it('ignores variables that are not the hub’s', () => {
    expect(loadHubConfig({ PATH: '/usr/bin', HUB_UNKNOWN: 'x' })).toEqual(defaultHubConfig());
  });
});
