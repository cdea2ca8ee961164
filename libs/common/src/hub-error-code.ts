/** Stable, machine-readable error codes of the API. Never rename one. */
export enum HubErrorCode {
  VALIDATION_FAILED = 'validation_failed',
  MALFORMED_JSON = 'malformed_json',
  UNSUPPORTED_MEDIA_TYPE = 'unsupported_media_type',
  PAYLOAD_TOO_LARGE = 'payload_too_large',
  UNAUTHENTICATED = 'unauthenticated',
  FORBIDDEN = 'forbidden',
  NOT_FOUND = 'not_found',
  CONFLICT = 'conflict',
  RATE_LIMITED = 'rate_limited',
  SERVICE_UNAVAILABLE = 'service_unavailable',
  CRM_INVALID_CREDENTIALS = 'crm_invalid_credentials',
  CRM_UNREACHABLE = 'crm_unreachable',
  INTERNAL = 'internal_error',
}

export const HTTP_STATUS_BY_CODE: Record<HubErrorCode, number> = {
  [HubErrorCode.VALIDATION_FAILED]: 400,
  [HubErrorCode.MALFORMED_JSON]: 400,
  [HubErrorCode.UNSUPPORTED_MEDIA_TYPE]: 415,
  [HubErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [HubErrorCode.UNAUTHENTICATED]: 401,
  [HubErrorCode.FORBIDDEN]: 403,
  [HubErrorCode.NOT_FOUND]: 404,
  [HubErrorCode.CONFLICT]: 409,
  [HubErrorCode.RATE_LIMITED]: 429,
  [HubErrorCode.SERVICE_UNAVAILABLE]: 503,
  [HubErrorCode.CRM_INVALID_CREDENTIALS]: 422,
  [HubErrorCode.CRM_UNREACHABLE]: 502,
  [HubErrorCode.INTERNAL]: 500,
};
