import { BadRequestException, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { HubErrorCode } from './hub-error-code';
import { HubError } from './hub.error';
import { toHubError } from './to-hub-error.util';

describe('toHubError', () => {
  it('keeps a HubError as it is', () => {
    const error = HubError.notFound('Campaign');
    expect(toHubError(error)).toBe(error);
  });

  it.each([
    [{ type: 'entity.parse.failed' }, HubErrorCode.MALFORMED_JSON, 400],
    [{ type: 'entity.too.large' }, HubErrorCode.PAYLOAD_TOO_LARGE, 413],
    [{ type: 'encoding.unsupported' }, HubErrorCode.UNSUPPORTED_MEDIA_TYPE, 415],
  ])('maps body-parser error %o', (input, code, status) => {
    const error = toHubError(Object.assign(new Error('x'), input));
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
  });

  it("maps Nest's rewrap of a JSON syntax error to malformed_json", () => {
    expect(toHubError(new BadRequestException('Unexpected end of JSON input')).code).toBe(HubErrorCode.MALFORMED_JSON);
  });

  it('maps Nest HTTP exceptions by status', () => {
    expect(toHubError(new NotFoundException()).code).toBe(HubErrorCode.NOT_FOUND);
    expect(toHubError(new PayloadTooLargeException()).code).toBe(HubErrorCode.PAYLOAD_TOO_LARGE);
  });

  it('maps an error the driver labels retryable (a server going away) to 503', () => {
    const shuttingDown = Object.assign(new Error('interrupted at shutdown'), {
      name: 'MongoServerError',
      hasErrorLabel: (label: string) => label === 'RetryableWriteError',
    });
    expect(toHubError(shuttingDown).status).toBe(503);
    const other = Object.assign(new Error('bad query'), { name: 'MongoServerError', hasErrorLabel: () => false });
    expect(toHubError(other).status).toBe(500);
  });

  it('maps a bulk insert cut off by a lost connection to 503, not one refused per document', () => {
    const cutOff = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:39051'), { name: 'MongoBulkWriteError', writeErrors: [] });
    expect(toHubError(cutOff).status).toBe(503);
    const refused = Object.assign(new Error('document invalid'), {
      name: 'MongoBulkWriteError',
      code: 121,
      writeErrors: [{ index: 0, code: 121 }],
    });
    expect(toHubError(refused).status).toBe(500);
  });

  it('maps an unreachable database to 503 and anything else to a 500 without its message', () => {
    const down = Object.assign(new Error('connect ECONNREFUSED'), { name: 'MongoServerSelectionError' });
    expect(toHubError(down).status).toBe(503);
    const unknown = toHubError(new Error('password=hunter2'));
    expect(unknown.status).toBe(500);
    expect(unknown.message).not.toContain('hunter2');
  });
});
