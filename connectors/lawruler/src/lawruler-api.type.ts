/** Shapes of the Legal CRM API's JSON answers (`ReturnJSON=True`); see the README for what is assumed. */

/** Every answer carries a success flag: a refusal still comes with HTTP 200. */
export interface LrEnvelope {
  Success?: boolean;
  Message?: string;
}

/** `Operation=GetStatus`: the lead's status, as its XML form shows (Status, SubStatus, StatusTime). */
export interface LrLeadStatus extends LrEnvelope {
  LeadID: number;
  CaseTypeID: number;
  CaseType: string;
  StatusID: number;
  Status: string;
  SubStatus?: string;
  StatusTime?: string;
}

export interface LrStatus {
  StatusID: number;
  Status: string;
  CaseTypeID: number | null;
  CaseType: string | null;
}

/** `Operation=GetStatuses`. */
export interface LrStatusList extends LrEnvelope {
  Statuses: LrStatus[];
}

/** An update of a lead (`LeadID` + `overridelead=true`). */
export interface LrLeadUpdate extends LrEnvelope {
  LeadID?: number;
  NoteID?: number;
}
