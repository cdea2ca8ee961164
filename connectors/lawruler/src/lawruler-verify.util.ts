import { ConnectorContext, ConnectorError, isConnectorError } from '@hub/connector-sdk';
import type { LrLead } from './lawruler-api.type';
import { LawRulerClient } from './lawruler.client';
import type { LawRulerCredentials } from './lawruler-credentials.dto';

/** A lead id to read when the firm names none, as a public client's connection test does (lawruler-mcp). */
export const PROBE_LEAD_ID = '1';

/** LawRuler's own "no such lead" (HTTP 200), not an HTTP 404 from a wrong portal URL. */
export function isLeadNotFound(error: unknown): boolean {
  return isConnectorError(error) && error.kind === 'not_found' && error.status === 200;
}

/**
 * Proves the key with the documented GetStatus: on the firm's test lead, which must exist,
 * else on a probe id, where "lead not found" still shows the key was accepted. Answers the
 * lead read, or undefined when the probe lead does not exist.
 */
export async function verifyLawRulerKey(ctx: ConnectorContext<LawRulerCredentials>): Promise<LrLead | undefined> {
  const client = new LawRulerClient(ctx);
  const testLeadId = ctx.credentials.testLeadId;
  try {
    return await client.readLead(testLeadId ?? PROBE_LEAD_ID);
  } catch (error) {
    if (!isLeadNotFound(error)) throw error;
    if (testLeadId === undefined) return undefined;
    const message = `LawRuler has no lead ${testLeadId}: give a Lead ID of this portal, or none`;
    throw new ConnectorError('validation', message, { details: [{ field: 'testLeadId', message }] });
  }
}
