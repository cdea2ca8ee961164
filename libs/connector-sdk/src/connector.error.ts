export const CONNECTOR_ERROR_KINDS = [
  'auth',
  'validation',
  'rate_limited',
  'transient',
  'not_found',
  'permanent',
  'permission_denied',
  'not_supported',
] as const;

/**
 * What the engine should do next: `transient` and `rate_limited` are worth a retry,
 * `auth` needs someone to fix the connection, the others fail the action for good.
 * `permission_denied`: the credentials are right but the CRM user may not do this one
 * operation (the connection stays valid); `not_supported`: the CRM has no such operation.
 */
export type ConnectorErrorKind = (typeof CONNECTOR_ERROR_KINDS)[number];

export type ConnectorErrorCode = `connector.${ConnectorErrorKind}`;

export interface ConnectorErrorDetail {
  field: string;
  message: string;
}

export interface ConnectorErrorOptions {
  status?: number;
  retryAfterMs?: number;
  details?: ConnectorErrorDetail[];
  /** The CRM operation refused or not supported, e.g. "insert_note". */
  operation?: string;
  /**
   * The request may have reached the CRM and been applied although no answer says so
   * (a timeout or reset after sending, an HTTP 500): retrying a write that is not
   * idempotent could apply it twice.
   */
  mayHaveApplied?: boolean;
}

const RETRYABLE_KINDS: ReadonlySet<ConnectorErrorKind> = new Set(['transient', 'rate_limited']);

/** The only error a connector throws. It never holds request or response objects. */
export class ConnectorError extends Error {
  readonly code: ConnectorErrorCode;
  // Declared, not initialized: an absent status stays absent from Object.keys and JSON.
  declare readonly status?: number;
  declare readonly retryAfterMs?: number;
  declare readonly operation?: string;
  declare readonly mayHaveApplied?: boolean;
  readonly details: ConnectorErrorDetail[];

  constructor(
    readonly kind: ConnectorErrorKind,
    message: string,
    options: ConnectorErrorOptions = {},
  ) {
    super(message);
    this.name = 'ConnectorError';
    this.code = `connector.${kind}`;
    if (options.status !== undefined) this.status = options.status;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
    if (options.operation !== undefined) this.operation = options.operation;
    if (options.mayHaveApplied) this.mayHaveApplied = true;
    this.details = options.details ?? [];
  }

  get retryable(): boolean {
    return RETRYABLE_KINDS.has(this.kind);
  }
}

export function isConnectorError(value: unknown): value is ConnectorError {
  if (value instanceof ConnectorError) return true;
  // A second copy of the SDK (another bundle, a symlinked checkout) fails instanceof.
  const candidate = value as Partial<ConnectorError> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.name === 'ConnectorError' &&
    typeof candidate.kind === 'string' &&
    (CONNECTOR_ERROR_KINDS as readonly string[]).includes(candidate.kind) &&
    candidate.code === `connector.${candidate.kind}`
  );
}
