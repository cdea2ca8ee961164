/** Failures of the hub's side of a CRM call; what the CRM itself answers arrives as a ConnectorError. */
export enum CrmErrorCode {
  NOT_CONNECTED = 'crm.not_connected',
  UNKNOWN_PROVIDER = 'crm.unknown_provider',
  UNSUPPORTED_ACTION = 'crm.unsupported_action',
}

/** Whether trying again can help: none of these changes by waiting, someone has to fix the connection. */
const RETRYABLE: Record<CrmErrorCode, boolean> = {
  [CrmErrorCode.NOT_CONNECTED]: false,
  [CrmErrorCode.UNKNOWN_PROVIDER]: false,
  [CrmErrorCode.UNSUPPORTED_ACTION]: false,
};

export class CrmError extends Error {
  readonly retryable: boolean;

  constructor(
    readonly code: CrmErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CrmError';
    this.retryable = RETRYABLE[code];
  }
}
