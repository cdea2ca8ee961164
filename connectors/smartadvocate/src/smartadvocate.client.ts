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
import { notSupported, permissionDenied, refineAuthenticateError, refineSmartAdvocateError } from './smartadvocate-error.util';
import { tokenTtlMs } from './smartadvocate-token.util';

/** The operations, as SmartAdvocate's permission model names what it may refuse. */
export const SA_OPERATIONS = {
  readCase: { name: 'read_case', description: 'read the case' },
  changeStatus: { name: 'change_status', description: 'change the case status' },
  changeSubstatus: { name: 'change_substatus', description: 'change a secondary status' },
  insertNote: { name: 'insert_note', description: 'insert a note' },
  listStatuses: { name: 'list_statuses', description: 'list case statuses' },
  listNoteTypes: { name: 'list_note_types', description: 'list note types' },
} as const;

type SaOperation = (typeof SA_OPERATIONS)[keyof typeof SA_OPERATIONS];

/**
 * The CaseSyncAPI calls the connector makes, with the bearer token cached in the TokenStore.
 * Documented: Users/authenticate, case/CaseInfo. Every other route is inferred (SmartAdvocate's
 * Postman collection documents them but could not be read) and lives here only.
 */
export class SmartAdvocateClient {
  constructor(private readonly ctx: ConnectorContext<SmartAdvocateCredentials>) {}

  /** Documented: `POST Users/authenticate` `{ Username, Password }` → `{ username, userID, token }`. */
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

  /** Documented: `GET case/CaseInfo?Casenumber=…` → a list; unknown case → `[]`. */
  async findCase(caseNumber: string): Promise<SaCaseInfo> {
    const cases = await this.call<SaCaseInfo[]>({ method: 'GET', url: 'case/CaseInfo', params: { Casenumber: caseNumber } }, SA_OPERATIONS.readCase);
    if (!Array.isArray(cases)) throw new ConnectorError('permanent', 'SmartAdvocate answered CaseInfo without a list');
    // Casenumber is matched as a pattern (the documented example ends with %): keep the exact case only.
    const found = cases.find((item) => item.caseNumber === caseNumber);
    if (!found) {
      const message = `SmartAdvocate has no case ${caseNumber} that the integration user can see`;
      throw new ConnectorError('not_found', message);
    }
    return found;
  }

  /** Documented: `GET case/{caseID}/notes`. */
  caseNotes(caseID: number): Promise<SaNote[]> {
    return this.call<SaNote[]>({ method: 'GET', url: `case/${caseID}/notes` }, SA_OPERATIONS.readCase).then((notes) => (Array.isArray(notes) ? notes : []));
  }

  /** Inferred: `PUT case/{caseID}/status` `{ caseStatusID }`. */
  changeCaseStatus(caseID: number, caseStatusID: number): Promise<SaCaseStatusChange> {
    return this.call({ method: 'PUT', url: `case/${caseID}/status`, data: { caseStatusID } }, SA_OPERATIONS.changeStatus);
  }

  /** Inferred: `PUT case/{caseID}/secondStatus` `{ statusID, statusTypeName }`, mirroring CaseInfo's documented `secondStatuses`. */
  changeSecondStatus(caseID: number, statusID: number, statusTypeName: string): Promise<unknown> {
    return this.call({ method: 'PUT', url: `case/${caseID}/secondStatus`, data: { statusID, statusTypeName } }, SA_OPERATIONS.changeSubstatus);
  }

  /** Inferred: `POST case/{caseID}/notes`, the REST sibling of the documented `GET case/{caseID}/notes`. */
  insertNote(caseID: number, note: SaNoteInsert): Promise<SaNote> {
    return this.call({ method: 'POST', url: `case/${caseID}/notes`, data: note }, SA_OPERATIONS.insertNote);
  }

  /** Inferred: `GET case/statuses`, every status with its status type; a site without it is `not_supported`. */
  listCaseStatuses(): Promise<SaCodeListEntry[]> {
    return this.call<SaCodeListEntry[]>({ method: 'GET', url: 'case/statuses' }, SA_OPERATIONS.listStatuses).catch((error: unknown) => {
      throw notSupported(error, SA_OPERATIONS.listStatuses.name);
    });
  }

  /** Inferred: `GET case/notes/types`; a site without it is `not_supported`. */
  listNoteTypes(): Promise<SaCodeListEntry[]> {
    return this.call<SaCodeListEntry[]>({ method: 'GET', url: 'case/notes/types' }, SA_OPERATIONS.listNoteTypes).catch((error: unknown) => {
      throw notSupported(error, SA_OPERATIONS.listNoteTypes.name);
    });
  }

  private async call<T>(config: AxiosRequestConfig, operation: SaOperation): Promise<T> {
    const cached = await this.ctx.tokens.get(this.tokenKey());
    if (cached !== undefined) {
      try {
        return await this.send<T>(config, cached);
      } catch (error) {
        // A cached token can die before its announced expiry (a restart, a revoked session): renew it once.
        if (!(isConnectorError(error) && error.status === 401)) throw refineSmartAdvocateError(error, operation.name, operation.description);
        await this.ctx.tokens.delete(this.tokenKey());
      }
    }
    const fresh = (await this.authenticate()).token;
    return this.send<T>(config, fresh).catch((error: unknown) => {
      // The sign-in just worked, so a 401 now is about this operation, not the credentials.
      if (isConnectorError(error) && error.status === 401) throw permissionDenied(operation.name, operation.description, error.message);
      throw refineSmartAdvocateError(error, operation.name, operation.description);
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
