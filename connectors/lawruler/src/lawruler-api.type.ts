/** What the connector reads from the Legal CRM API's answers; see the README for what is documented. */

/** `Operation=GetStatus`: documented fields only. No status id and no case type. */
export interface LrLead {
  leadId: string;
  status: string;
  subStatus?: string;
  statusTime?: string;
  leadProvider?: string;
}

/** An entry of `Operation=GetStatuses` (inferred: no public source shows this operation). */
export interface LrListedStatus {
  id: string;
  name: string;
  caseTypeId?: string;
  caseType?: string;
}

/**
 * How a write (`LeadID` + `overridelead=true`) went: `applied` when the answer says so,
 * `ambiguous` when nothing says whether LawRuler applied it (the answer is unreadable, or
 * the request may have been processed before it failed).
 */
export type LrWriteOutcome = { outcome: 'applied'; noteId?: string } | { outcome: 'ambiguous'; reason: string };
