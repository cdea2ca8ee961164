/** Shapes of CaseSyncAPI answers, as its documentation shows them (fields we do not read omitted). */

export interface SaAuthenticateResponse {
  username: string;
  userID: number;
  token: string;
}

export interface SaCaseInfo {
  caseID: number;
  caseNumber: string;
  caseTypeID: number;
  caseType: string;
  caseStatusID: number;
  caseStatus: string;
  caseStatusFrom: string;
  officeID?: number;
  officeName?: string;
  /** Documented: the case's secondary statuses, one per status type. */
  secondStatuses?: SaSecondStatus[];
}

export interface SaSecondStatus {
  statusID: number;
  statusTypeName: string;
  statusName: string;
  fromDate?: string;
}

export interface SaNote {
  noteID: number;
  caseID: number;
  caseNumber: string;
  noteTypeID: number;
  noteTypeName: string;
  noteText: string;
  subject: string;
  noteDate: string;
  createdDate: string;
}

export interface SaNoteInsert {
  noteTypeID?: number;
  /** HTML: SmartAdvocate stores and shows notes as HTML. */
  noteText: string;
  subject?: string;
  noteDate: string;
  priority: 'Normal';
}

export interface SaCaseStatusChange {
  caseID: number;
  caseNumber: string;
  caseStatusID: number;
  caseStatus: string;
  caseStatusFrom: string;
}

/**
 * An entry of a SmartAdvocate code list (statuses, note types): `{ id, description }`, the
 * shape of the Disbursement code lists public code reads. For statuses, `statusTypeName`
 * (inferred) says the status type: "Status" (or none) for a main status, another name
 * ("Dialer Status", "Sub Status") for a secondary one, as SmartAdvocate's database groups them.
 */
export interface SaCodeListEntry {
  id: number;
  description: string;
  caseTypeID?: number | null;
  caseType?: string | null;
  statusTypeName?: string | null;
}
