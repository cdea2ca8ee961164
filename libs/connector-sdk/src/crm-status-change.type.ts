/** A case's status as the CRM's own webhook reported it. */
export interface CrmStatusChange {
  caseId: string;
  caseTypeId?: string;
  caseType?: string;
  statusId?: string;
  statusName: string;
  person?: { fullName?: string; firstName?: string; lastName?: string; primaryContactId?: string };
  /** The case's creation date as the CRM wrote it. */
  createdDate?: string;
}
