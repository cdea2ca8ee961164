import type { ConnectorContext } from '@hub/connector-sdk';
import type { LrEnvelope, LrLeadStatus, LrLeadUpdate, LrStatus, LrStatusList } from './lawruler-api.type';
import { LAWRULER_SECRET_FIELDS, LawRulerCredentials } from './lawruler-credentials.dto';
import { lawRulerFailure } from './lawruler-failure.util';

/** The Legal CRM API has a single endpoint; the form fields say what to do. */
export const LAWRULER_ENDPOINT = 'api-legalcrmapp.aspx';

/** The Legal CRM API calls the connector makes: URL-encoded forms carrying the portal's key. */
export class LawRulerClient {
  constructor(private readonly ctx: ConnectorContext<LawRulerCredentials>) {}

  getLeadStatus(leadId: string): Promise<LrLeadStatus> {
    return this.post<LrLeadStatus>({ Operation: 'GetStatus', LeadID: leadId }, `read lead ${leadId}`);
  }

  async listStatuses(): Promise<LrStatus[]> {
    const answer = await this.post<LrStatusList>({ Operation: 'GetStatuses' }, 'list statuses');
    return Array.isArray(answer.Statuses) ? answer.Statuses : [];
  }

  /** LawRuler takes the status by name. */
  setLeadStatus(leadId: string, statusName: string): Promise<LrLeadUpdate> {
    return this.post<LrLeadUpdate>({ LeadID: leadId, Status: statusName, overridelead: 'true' }, `set the status of lead ${leadId}`);
  }

  /** A note on the lead, through the Conversation field of a lead update. */
  addLeadNote(leadId: string, text: string): Promise<LrLeadUpdate> {
    return this.post<LrLeadUpdate>({ LeadID: leadId, Conversation: text, overridelead: 'true' }, `add a note to lead ${leadId}`);
  }

  private async post<T extends LrEnvelope>(fields: Record<string, string>, operation: string): Promise<T> {
    const form = new URLSearchParams({ ...fields, ReturnJSON: 'True', Key: this.ctx.credentials.key });
    const response = await this.ctx.http.post<T>(LAWRULER_ENDPOINT, form);
    const secrets = LAWRULER_SECRET_FIELDS.map((field) => this.ctx.credentials[field]);
    const failure = lawRulerFailure(response.data, operation, secrets);
    if (failure) throw failure;
    return response.data;
  }
}
