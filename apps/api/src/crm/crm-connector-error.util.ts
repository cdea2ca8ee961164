import { isConnectorError } from '@hub/connector-sdk';
import { HubError, HubErrorCode } from '@hub/common';

/** A CRM's refusal during connecting or syncing, as the API says it; fields named under `prefix`. */
export function verificationError(error: unknown, prefix = 'credentials'): HubError {
  if (!isConnectorError(error)) throw error;
  if (error.kind === 'auth') return new HubError(HubErrorCode.CRM_INVALID_CREDENTIALS, `The CRM refused the credentials: ${error.message}`);
  if (error.kind === 'validation' && error.details.length > 0) {
    return HubError.validation(error.message, error.details.map((d) => ({ field: `${prefix}.${d.field}`, code: 'crm_refused', message: d.message })));
  }
  return new HubError(HubErrorCode.CRM_UNREACHABLE, `The CRM could not be reached: ${error.message}`);
}
