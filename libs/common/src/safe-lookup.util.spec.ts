import { LookupAddress } from 'node:dns';
import { PRIVATE_ADDRESS_ERROR, safeLookup } from './safe-lookup.util';

const lookup = (host: string, all: boolean) =>
  new Promise<{ error: NodeJS.ErrnoException | null; address: string | LookupAddress[] }>((resolve) =>
    safeLookup(host, { all }, (error, address) => resolve({ error, address })),
  );

describe('safeLookup', () => {
  it('refuses a name that resolves to a loopback address', async () => {
    const { error } = await lookup('localhost', false);
    expect(error?.code).toBe(PRIVATE_ADDRESS_ERROR);
  });

  it('refuses literal private addresses passed as names', async () => {
    expect((await lookup('127.0.0.1', true)).error?.code).toBe(PRIVATE_ADDRESS_ERROR);
    expect((await lookup('::ffff:10.0.0.1', true)).error?.code).toBe(PRIVATE_ADDRESS_ERROR);
  });

  it('passes public addresses through in the shape asked for', async () => {
    expect(await lookup('93.184.216.34', false)).toEqual({ error: null, address: '93.184.216.34' });
    expect((await lookup('93.184.216.34', true)).address).toEqual([{ address: '93.184.216.34', family: 4 }]);
  });
});
