import type { AxiosRequestConfig } from 'axios';
import { ConnectorContext, ConnectorError, isConnectorError } from '@hub/connector-sdk';
import type {
  SaAuthenticateResponse,
  SaCaseInfo,
  SaCaseStatusChange,
  SaCodeListEntry,
  SaNote,
  SaNoteInsert,
} from './smartadvocate-api.type';
import type { SmartAdvocateCredentials } from './smartadvocate-credentials.dto';
import { refineAuthenticateError, refineSmartAdvocateError } from './smartadvocate-error.util';
import { tokenTtlMs } from './smartadvocate-token.util';

/** The CaseSyncAPI calls the connector makes, with the bearer token cached in the TokenStore. */
export class SmartAdvocateClient {
  constructor(private readonly ctx: ConnectorContext<SmartAdvocateCredentials>) {}

  /** Signs in and caches the token it gets. */
  async authenticate(): Promise<SaAuthenticateResponse> {
    const { username, password } = this.ctx.credentials;
    const response = await this.ctx.http
      .post<SaAuthenticateResponse>('Users/authenticate', { Username: username, Password: password })
      .catch((error: unknown) => {
        throw refineAuthenticateError(error);
      });
    const auth = response.data;
    if (typeof auth?.token !== 'string' || auth.token === '') {
      throw new ConnectorError('permanent', 'SmartAdvocate answered the sign-in without a token');
    }
    await this.ctx.tokens.set(this.tokenKey(), auth.token, tokenTtlMs(auth.token));
    return auth;
  }

  async findCase(caseNumber: string): Promise<SaCaseInfo> {
    const cases = await this.call<SaCaseInfo[]>(
      { method: 'GET', url: 'case/CaseInfo', params: { Casenumber: caseNumber } },
      'read the case',
    );
    if (!Array.isArray(cases)) throw new ConnectorError('permanent', 'SmartAdvocate answered CaseInfo without a list');
    // Casenumber is matched as a pattern (the documented example ends with %): keep the exact case only.
    const found = cases.find((item) => item.caseNumber === caseNumber);
    if (!found) {
      const message = `SmartAdvocate has no case ${caseNumber} that the integration user can see`;
      throw new ConnectorError('not_found', message);
    }
    return found;
  }

  changeCaseStatus(caseID: number, caseStatusID: number): Promise<SaCaseStatusChange> {
    return this.call({ method: 'PUT', url: `case/${caseID}/status`, data: { caseStatusID } }, 'change the case status');
  }

  insertNote(caseID: number, note: SaNoteInsert): Promise<SaNote> {
    return this.call({ method: 'POST', url: `case/${caseID}/notes`, data: note }, 'insert a note');
  }

  listCaseStatuses(): Promise<SaCodeListEntry[]> {
    return this.call({ method: 'GET', url: 'case/statuses' }, 'list case statuses');
  }

  listNoteTypes(): Promise<SaCodeListEntry[]> {
    return this.call({ method: 'GET', url: 'case/notes/types' }, 'list note types');
  }

  private async call<T>(config: AxiosRequestConfig, operation: string): Promise<T> {
    const cached = await this.ctx.tokens.get(this.tokenKey());
    const token = cached ?? (await this.authenticate()).token;
    try {
      return await this.send<T>(config, token);
    } catch (error) {
      // A cached token can die before its announced expiry (a restart, a revoked session): renew it once.
      const expired = cached !== undefined && isConnectorError(error) && error.status === 401;
      if (!expired) throw refineSmartAdvocateError(error, operation);
    }
    await this.ctx.tokens.delete(this.tokenKey());
    const fresh = (await this.authenticate()).token;
    return this.send<T>(config, fresh).catch((error: unknown) => {
      throw refineSmartAdvocateError(error, operation);
    });
  }

  private async send<T>(config: AxiosRequestConfig, token: string): Promise<T> {
    const response = await this.ctx.http.request<T>({
      ...config,
      headers: { ...config.headers, Authorization: `Bearer ${token}` },
    });
    return response.data;
  }

  /** One token per SmartAdvocate site and user, whichever worker asks. */
  private tokenKey(): string {
    return `smartadvocate:token:${this.ctx.baseUrl}:${this.ctx.credentials.username}`;
  }
}
