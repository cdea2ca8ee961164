import { defineConnector } from '@hub/connector-sdk';
import { postNote } from './actions/post-note.action';
import { updateCaseStatus } from './actions/update-case-status.action';
import { resolveLawRulerBaseUrl } from './lawruler-base-url.util';
import { checkLawRuler } from './lawruler-check.util';
import { LAWRULER_SECRET_FIELDS, LawRulerCredentials } from './lawruler-credentials.dto';
import { verifyLawRulerKey } from './lawruler-verify.util';
import { readLawRulerStatusWebhook } from './lawruler-webhook.util';
import { listCaseStatuses } from './lookups/case-statuses.lookup';

/** LawRuler through its Legal CRM API; the base URL is the firm's portal, see lawRulerBaseUrl. */
export const lawruler = defineConnector<LawRulerCredentials>({
  key: 'lawruler',
  displayName: 'LawRuler',
  version: '2.0.0',
  description: 'Updates lead statuses and posts notes in LawRuler through its Legal CRM API; learns statuses from LawRuler webhooks.',
  credentials: { schema: LawRulerCredentials, secretFields: LAWRULER_SECRET_FIELDS },
  resolveBaseUrl: resolveLawRulerBaseUrl,
  async verify(ctx) {
    await verifyLawRulerKey(ctx);
    return { accountLabel: `${ctx.credentials.clientRoot}.lawruler.com (${ctx.credentials.username})` };
  },
  check: checkLawRuler,
  webhooks: { statusChange: readLawRulerStatusWebhook },
  actions: {
    [updateCaseStatus.name]: updateCaseStatus,
    [postNote.name]: postNote,
  },
  // LawRuler notes have no types, hence no noteTypes lookup.
  lookups: { caseStatuses: listCaseStatuses },
  testing: {
    sampleCredentials: {
      username: 'kayse-integration',
      password: 'Sample-LR-passw0rd!',
      clientRoot: 'samplefirm',
      clientSecret: 'sample-client-secret-4f1c',
      key: 'SAMPLE8A2A55F85D784406B7F79DC2',
    },
    sampleInputs: {
      update_case_status: { caseId: '120045', statusId: '41', statusName: 'Signed' },
      post_note: { caseId: '120045', text: 'Client asked for a call back.', subject: 'Kayse AI' },
    },
  },
});
