import { IsString } from 'class-validator';
import { defineConnector } from './define-connector.util';
import { MASK, maskCredentials } from './mask-credentials.util';

class Credentials {
  @IsString()
  username: string;

  @IsString()
  password: string;

  @IsString()
  key: string;
}

const definition = defineConnector<Credentials>({
  key: 'sample',
  displayName: 'Sample',
  version: '1.0.0',
  description: 'Sample',
  credentials: { schema: Credentials, secretFields: ['password', 'key'] },
  verify: () => Promise.resolve({}),
  actions: {},
  testing: { sampleCredentials: {}, sampleInputs: {} },
});

describe('maskCredentials', () => {
  it('masks secret fields, keeping the last two characters of long ones', () => {
    const masked = maskCredentials(definition, { username: 'ada', password: 'correct-horse', key: 'abc' });
    expect(masked).toEqual({ username: 'ada', password: `${MASK}se`, key: MASK });
  });

  it('returns a copy and leaves absent fields absent', () => {
    const credentials = { username: 'ada', password: 'correct-horse' };
    const masked = maskCredentials(definition, credentials);
    expect(credentials.password).toBe('correct-horse');
    expect('key' in masked).toBe(false);
  });

  it('masks a secret field that is not a string', () => {
    expect(maskCredentials(definition, { password: 12345678 }).password).toBe(MASK);
  });
});
