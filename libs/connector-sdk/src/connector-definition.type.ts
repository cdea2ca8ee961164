import type { AxiosInstance } from 'axios';
import type { ConnectorCheckOptions, ConnectorCheckResult } from './connector-check.type';
import type { CrmStatusChange } from './crm-status-change.type';
import type { TokenStore } from './token-store.type';

/** A class-validator DTO class: inputs and credentials are validated against one. */
export type DtoClass<T extends object = object> = new () => T;

/** What a connector gets on every call. */
export interface ConnectorContext<C extends object = object> {
  baseUrl: string;
  /** Already validated against the connector's credentials schema. */
  credentials: C;
  /** Built by createHttpClient: failures arrive as ConnectorErrors without secrets. */
  http: AxiosInstance;
  tokens: TokenStore;
  signal?: AbortSignal;
}

export interface ActionResult {
  /** Identifier of what the CRM created or changed, when it gives one. */
  externalId?: string;
  /** One line for the workflow report, e.g. "Status of case 9000002 set to Retained". */
  summary: string;
}

export interface ActionDefinition<C extends object = object, I extends object = object> {
  /** snake_case, unique within the connector; the engine calls actions by this name. */
  name: string;
  displayName: string;
  description: string;
  input: DtoClass<I>;
  /** Running it twice with the same input leaves the CRM as running it once. */
  idempotent: boolean;
  /** The engine may retry it after a transient or rate_limited error. */
  retryable: boolean;
  run(ctx: ConnectorContext<C>, input: I): Promise<ActionResult>;
}

export interface CrmCaseStatus {
  id: string;
  name: string;
  caseTypeId?: string;
  caseType?: string;
}

/** A secondary status of a case, grouped by its status type (SmartAdvocate's "Dialer Status"). */
export interface CrmCaseSubstatus {
  id: string;
  name: string;
  statusType: string;
}

export interface CrmNoteType {
  id: string;
  name: string;
}

/**
 * Lists the workflow builder offers when a user picks a status or a note type. A CRM
 * that has no such list throws a ConnectorError of kind `not_supported`.
 */
export interface ConnectorLookups<C extends object = object> {
  caseStatuses?(ctx: ConnectorContext<C>): Promise<CrmCaseStatus[]>;
  caseSubstatuses?(ctx: ConnectorContext<C>): Promise<CrmCaseSubstatus[]>;
  noteTypes?(ctx: ConnectorContext<C>): Promise<CrmNoteType[]>;
}

export type LookupName = keyof ConnectorLookups;

export interface ConnectorCredentialsSpec<C extends object = object> {
  schema: DtoClass<C>;
  /** Masked in API responses and redacted from every error. */
  secretFields: readonly (keyof C & string)[];
}

/** Samples the contract kit runs the connector with; never real credentials. */
export interface ConnectorTestingSpec {
  sampleCredentials: Record<string, unknown>;
  sampleInputs: Record<string, Record<string, unknown>>;
}

export interface ConnectorDefinition<C extends object = object> {
  /** kebab-case, stable: stored connections refer to it. */
  key: string;
  displayName: string;
  /** Semantic version of the definition. */
  version: string;
  description: string;
  credentials: ConnectorCredentialsSpec<C>;
  /**
   * The base URL to store for what the firm typed (or left out): e.g. a host completed
   * with the API path, or a URL built from the credentials. Throws a `validation`
   * ConnectorError (field `baseUrl`) when it cannot. Absent: the URL is used as given.
   */
  resolveBaseUrl?(input: { baseUrl?: string; credentials: Record<string, unknown> }): string;
  /** Proves the credentials work; answers a label for the account, e.g. the user name. */
  verify(ctx: ConnectorContext<C>): Promise<{ accountLabel?: string }>;
  /** Tries each call the connector makes and says which work, for a firm's first day. */
  check?(ctx: ConnectorContext<C>, options: ConnectorCheckOptions): Promise<ConnectorCheckResult[]>;
  /** Reads the CRM's own webhooks (posted to the hub's receiver) into status changes. */
  webhooks?: { statusChange(fields: Readonly<Record<string, string>>): CrmStatusChange };
  actions: Record<string, ActionDefinition<C, object>>;
  lookups?: ConnectorLookups<C>;
  testing: ConnectorTestingSpec;
}

/**
 * A definition whose credentials type is not known: what the hub and the registry hold.
 * `any` because secretFields (keys of C) makes ConnectorDefinition<C> invariant in C.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyConnectorDefinition = ConnectorDefinition<any>;
