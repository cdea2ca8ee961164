import { ConnectorContext, ConnectorError, isConnectorError, redactSecrets } from '@hub/connector-sdk';
import type { LrLead, LrListedStatus, LrWriteOutcome } from './lawruler-api.type';
import { readLawRulerAnswer, textField } from './lawruler-answer.util';
import { LAWRULER_SECRET_FIELDS, LawRulerCredentials } from './lawruler-credentials.dto';
import { lawRulerRefusal } from './lawruler-failure.util';
import { toListedStatuses } from './lawruler-status-list.util';

/** The Legal CRM API has a single endpoint; the form fields say what to do. */
export const LAWRULER_ENDPOINT = 'api-legalcrmapp.aspx';

/** The Legal CRM API calls the connector makes: URL-encoded forms carrying the portal's key. */
export class LawRulerClient {
  constructor(private readonly ctx: ConnectorContext<LawRulerCredentials>) {}

  /** Documented: `Operation=GetStatus&LeadID=…&ReturnJSON=True`. */
  async readLead(leadId: string): Promise<LrLead> {
    const operation = `read lead ${leadId}`;
    const answer = readLawRulerAnswer(await this.post({ Operation: 'GetStatus', LeadID: leadId }));
    if (answer.kind === 'refused') throw this.refusal(answer.message, operation);
    const status = answer.kind === 'record' ? textField(answer.record, 'status') : undefined;
    if (answer.kind !== 'record' || status === undefined) {
      const shown = answer.kind === 'text' ? answer.text : answer.kind === 'unreadable' ? answer.excerpt : 'a record without Status';
      throw new ConnectorError('permanent', `LawRuler answered GetStatus for lead ${leadId} with ${this.redact(shown)}`, { operation });
    }
    const optional = (name: string) => textField(answer.record, name);
    return {
      leadId,
      status,
      ...(optional('substatus') && { subStatus: optional('substatus') }),
      ...(optional('statustime') && { statusTime: optional('statustime') }),
      ...(optional('leadprovider') && { leadProvider: optional('leadprovider') }),
    };
  }

  /**
   * Inferred: `Operation=GetStatuses`. No public source has it; a portal that does not
   * know it is `not_supported`, which callers treat as "learn statuses from webhooks".
   */
  async listStatuses(): Promise<LrListedStatus[]> {
    const operation = 'list statuses (GetStatuses)';
    const answer = readLawRulerAnswer(await this.post({ Operation: 'GetStatuses' }));
    if (answer.kind === 'refused') {
      const refusal = this.refusal(answer.message, operation);
      if (refusal.kind === 'auth' || refusal.kind === 'rate_limited') throw refusal;
      throw new ConnectorError('not_supported', refusal.message, { status: 200, operation: 'list_statuses' });
    }
    const statuses = answer.kind === 'record' ? toListedStatuses(answer.record) : undefined;
    if (!statuses) throw new ConnectorError('not_supported', 'LawRuler answered GetStatuses without a list of statuses', { operation: 'list_statuses' });
    return statuses;
  }

  /** Documented by public clients: `LeadID`, `Status=<name>`, `overridelead=true`. */
  setLeadStatus(leadId: string, statusName: string): Promise<LrWriteOutcome> {
    return this.write(leadId, { Status: statusName }, `set the status of lead ${leadId}`);
  }

  /** Documented by public clients: a `Conversation` on a lead update; that it appends a note is inferred. */
  addLeadNote(leadId: string, text: string): Promise<LrWriteOutcome> {
    return this.write(leadId, { Conversation: text }, `add a note to lead ${leadId}`);
  }

  private async write(leadId: string, fields: Record<string, string>, operation: string): Promise<LrWriteOutcome> {
    let body: unknown;
    try {
      body = await this.post({ LeadID: leadId, ...fields, overridelead: 'true' });
    } catch (error) {
      if (isConnectorError(error) && error.mayHaveApplied) return { outcome: 'ambiguous', reason: error.message };
      throw error;
    }
    const answer = readLawRulerAnswer(body);
    switch (answer.kind) {
      case 'refused':
        throw this.refusal(answer.message, operation);
      case 'record': {
        const noteId = textField(answer.record, 'noteid');
        return { outcome: 'applied', ...(noteId && { noteId }) };
      }
      case 'text':
        return mentionsSuccess(answer.text, leadId)
          ? { outcome: 'applied' }
          : { outcome: 'ambiguous', reason: `LawRuler answered "${this.redact(answer.text)}"` };
      case 'unreadable':
        return { outcome: 'ambiguous', reason: `LawRuler answered ${this.redact(answer.excerpt)}` };
    }
  }

  /** Answers as text: the connector reads JSON, XML and plain text itself. */
  private async post(fields: Record<string, string>): Promise<string> {
    const form = new URLSearchParams({ ...fields, ReturnJSON: 'True', Key: this.ctx.credentials.key });
    const response = await this.ctx.http.post<string>(LAWRULER_ENDPOINT, form, { responseType: 'text', transformResponse: (data: unknown) => data });
    return typeof response.data === 'string' ? response.data : String(response.data ?? '');
  }

  private refusal(message: string, operation: string): ConnectorError {
    return lawRulerRefusal(message, operation, this.secrets());
  }

  private redact(text: string): string {
    return redactSecrets(text, this.secrets());
  }

  private secrets(): string[] {
    return LAWRULER_SECRET_FIELDS.map((field) => this.ctx.credentials[field]);
  }
}

/** A plain-text answer that names the lead or says it worked (inferred wording). */
function mentionsSuccess(text: string, leadId: string): boolean {
  return new RegExp(`(^|\\D)${leadId}(\\D|$)`).test(text) || /success|updated|saved|added|\bok\b/i.test(text);
}
