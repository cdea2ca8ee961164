import { checkCall, ConnectorCheckOptions, ConnectorCheckResult, ConnectorContext, ConnectorError, skippedCall } from '@hub/connector-sdk';
import { LawRulerClient } from './lawruler.client';
import type { LawRulerCredentials } from './lawruler-credentials.dto';
import { isLeadNotFound, PROBE_LEAD_ID } from './lawruler-verify.util';

const ENDPOINT = 'POST api-legalcrmapp.aspx';
const CALLS = {
  readLead: { operation: 'read_case', request: `${ENDPOINT} Operation=GetStatus&LeadID=…&ReturnJSON=True`, documented: true },
  listStatuses: { operation: 'list_statuses', request: `${ENDPOINT} Operation=GetStatuses`, documented: false },
  setStatus: { operation: 'update_case_status', request: `${ENDPOINT} LeadID=…&Status=<name>&overridelead=true`, documented: true },
  addNote: { operation: 'post_note', request: `${ENDPOINT} LeadID=…&Conversation=<text>&overridelead=true`, documented: true },
} as const;

/** Each Legal CRM API call the connector makes, tried once; writes only when the firm asks. */
export async function checkLawRuler(ctx: ConnectorContext<LawRulerCredentials>, options: ConnectorCheckOptions): Promise<ConnectorCheckResult[]> {
  const client = new LawRulerClient(ctx);
  const leadId = options.caseId ?? ctx.credentials.testLeadId;
  let current: string | undefined;
  const results = [
    await checkCall(CALLS.readLead, async () => {
      try {
        current = (await client.readLead(leadId ?? PROBE_LEAD_ID)).status;
        return `lead ${leadId ?? PROBE_LEAD_ID} has status ${current}`;
      } catch (error) {
        if (leadId === undefined && isLeadNotFound(error)) return `the key was accepted (probe lead ${PROBE_LEAD_ID} does not exist)`;
        throw error;
      }
    }),
    await checkCall(CALLS.listStatuses, async () => `${(await client.listStatuses()).length} statuses`),
  ];
  const needsLead = 'needs a lead id (caseId) whose current status the check can read';
  if (!options.dryWrite) results.push(skippedCall(CALLS.setStatus, 'not asked (dryWrite)'));
  else if (!leadId || current === undefined) results.push(skippedCall(CALLS.setStatus, needsLead));
  else {
    const status = current;
    results.push(await checkCall(CALLS.setStatus, async () => written(await client.setLeadStatus(leadId, status), `re-applied status ${status}`)));
  }
  if (!options.testNote) results.push(skippedCall(CALLS.addNote, 'not asked (testNote)'));
  else if (!leadId) results.push(skippedCall(CALLS.addNote, 'needs a lead id (caseId)'));
  else results.push(await checkCall(CALLS.addNote, async () => written(await client.addLeadNote(leadId, 'Kayse Hub connection check: this note can be deleted.'), 'test note added')));
  return results;
}

function written(outcome: Awaited<ReturnType<LawRulerClient['setLeadStatus']>>, done: string): string {
  if (outcome.outcome === 'applied') return done;
  throw new ConnectorError('permanent', `the answer does not say whether it worked: ${outcome.reason}`);
}
