/** Names of the actions the workflow engine calls on every CRM connector. */
export const STANDARD_ACTIONS = {
  updateCaseStatus: 'update_case_status',
  postNote: 'post_note',
} as const;

export type StandardActionName = (typeof STANDARD_ACTIONS)[keyof typeof STANDARD_ACTIONS];
