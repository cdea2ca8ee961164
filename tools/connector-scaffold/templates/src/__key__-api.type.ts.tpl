/** Shapes of the CRM's answers (fields the connector does not read omitted). */

export interface __Name__Account {
  name: string;
}

export interface __Name__Case {
  id: string;
  statusId: string;
}

export interface __Name__Note {
  id: string;
  caseId: string;
}

export interface __Name__Status {
  id: string;
  name: string;
}
