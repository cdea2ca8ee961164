import { checkCall } from './check-call.util';
import { ConnectorError } from './connector.error';

const call = { operation: 'list_statuses', request: 'GET statuses', documented: false };

describe('checkCall', () => {
  it('reports ok with what the call found', async () => {
    await expect(checkCall(call, async () => '3 statuses')).resolves.toEqual({ ...call, outcome: 'ok', message: '3 statuses' });
  });

  it.each([
    [new ConnectorError('not_supported', 'Invalid Operation'), 'not_supported'],
    [new ConnectorError('permission_denied', 'May not insert notes'), 'refused'],
    [new Error('socket hang up'), 'refused'],
  ])('reports %p as %s with its message', async (error, outcome) => {
    const result = await checkCall(call, () => Promise.reject(error));
    expect(result).toMatchObject({ outcome, message: expect.stringContaining(error.message) });
  });
});
