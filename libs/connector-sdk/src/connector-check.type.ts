/** What a firm asks the connection check to try beyond reads. */
export interface ConnectorCheckOptions {
  /** A case (lead) to read, and to write to when asked; without it reads use a probe. */
  caseId?: string;
  /** Re-apply the case's current status: a write that leaves the case as it was. */
  dryWrite?: boolean;
  /** Post a note saying it is a connection check (visible in the CRM). */
  testNote?: boolean;
}

/**
 * `ok`: the call worked; `refused`: the CRM answered no (its message says why);
 * `not_supported`: the CRM has no such operation; `skipped`: not tried, and why.
 */
export const CHECK_OUTCOMES = ['ok', 'refused', 'not_supported', 'skipped'] as const;
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];

export interface ConnectorCheckResult {
  /** snake_case, e.g. `read_case`, `list_statuses`, `update_case_status`. */
  operation: string;
  /** The request, e.g. `POST api-legalcrmapp.aspx Operation=GetStatus`. */
  request: string;
  /** Whether the vendor's documentation (or public code calling the real API) shows this call. */
  documented: boolean;
  outcome: CheckOutcome;
  message?: string;
}
