import type { ConnectorCheckResult } from './connector-check.type';
import { toConnectorError } from './to-connector-error.util';

export interface CheckCall {
  operation: string;
  request: string;
  documented: boolean;
}

/**
 * Runs one call of a connection check and reports it: `ok` with what it found, `not_supported`
 * when the CRM has no such operation, `refused` with the CRM's (redacted) message otherwise.
 */
export async function checkCall(call: CheckCall, run: () => Promise<string | undefined>): Promise<ConnectorCheckResult> {
  try {
    const message = await run();
    return { ...call, outcome: 'ok', ...(message && { message }) };
  } catch (error) {
    const failure = toConnectorError(error);
    return { ...call, outcome: failure.kind === 'not_supported' ? 'not_supported' : 'refused', message: failure.message };
  }
}

/** A call the check did not make, and why. */
export function skippedCall(call: CheckCall, reason: string): ConnectorCheckResult {
  return { ...call, outcome: 'skipped', message: reason };
}
