import type { ConnectorContext } from '@hub/connector-sdk';
import type { __Name__Account, __Name__Case, __Name__Note, __Name__Status } from './__key__-api.type';
import type { __Name__Credentials } from './__key__-credentials.dto';

/** The CRM calls the connector makes. ctx.http turns every failure into a ConnectorError. */
export class __Name__Client {
  constructor(private readonly ctx: ConnectorContext<__Name__Credentials>) {}

  whoAmI(): Promise<__Name__Account> {
    return this.request({ method: 'GET', url: 'me' });
  }

  getCase(caseId: string): Promise<__Name__Case> {
    return this.request({ method: 'GET', url: `cases/${encodeURIComponent(caseId)}` });
  }

  setCaseStatus(caseId: string, statusId: string): Promise<__Name__Case> {
    return this.request({ method: 'PUT', url: `cases/${encodeURIComponent(caseId)}/status`, data: { statusId } });
  }

  addNote(caseId: string, note: { text: string; subject?: string; noteTypeId?: string }): Promise<__Name__Note> {
    return this.request({ method: 'POST', url: `cases/${encodeURIComponent(caseId)}/notes`, data: note });
  }

  listStatuses(): Promise<__Name__Status[]> {
    return this.request({ method: 'GET', url: 'statuses' });
  }

  private async request<T>(config: { method: string; url: string; data?: unknown }): Promise<T> {
    const response = await this.ctx.http.request<T>({
      ...config,
      headers: { Authorization: `Bearer ${this.ctx.credentials.apiKey}` },
    });
    return response.data;
  }
}
