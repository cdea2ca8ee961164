import {
  FakeCrmServer,
  FakeFailure,
  FakeResponse,
  parseFormBody,
  RecordedRequest,
  startFakeCrmServer,
} from '../../../libs/connector-sdk/src/testing';
import { answerWrite, leadAnswer, refused } from './fake-lawruler.answers';
import { FAKE_LAWRULER_KEY, FakeLawRulerState, FakeLawRulerSwitches, FakeLrLead, initialFakeLawRulerState } from './fake-lawruler.state';

export { FAKE_LAWRULER_KEY } from './fake-lawruler.state';
export type { FakeLawRulerState, FakeLawRulerSwitches } from './fake-lawruler.state';

/** A stand-in for a LawRuler portal's Legal CRM API on 127.0.0.1, seeded from ./fixtures. */
export interface FakeLawRuler {
  /** Base URL the connector takes, as https://<clientroot>.lawruler.com/ would be. */
  url: string;
  state: FakeLawRulerState;
  requests: RecordedRequest[];
  failNext(failure: FakeFailure, times?: number): void;
  close(): Promise<void>;
}

export async function startFakeLawRuler(options: { key?: string } & Partial<FakeLawRulerSwitches> = {}): Promise<FakeLawRuler> {
  const { key, ...switches } = options;
  const state = initialFakeLawRulerState(key ?? FAKE_LAWRULER_KEY, switches);
  const server: FakeCrmServer = await startFakeCrmServer((request) => handle(state, request));
  return {
    url: `${server.url}/`,
    state,
    requests: server.requests,
    failNext: (failure, times) => server.failNext(failure, times),
    close: () => server.close(),
  };
}

function handle(state: FakeLawRulerState, request: RecordedRequest): FakeResponse {
  if (request.path.toLowerCase() !== '/api-legalcrmapp.aspx') {
    return { status: 404, body: '<h1>404 - File not found</h1>' };
  }
  // The guide takes URL-encoded form posts; field names are matched case-insensitively, as public clients rely on.
  const raw = request.method === 'POST' ? parseFormBody(request) : request.query;
  const fields = Object.fromEntries(Object.entries(raw).map(([name, value]) => [name.toLowerCase(), value]));
  const xml = fields.returnxml?.toLowerCase() === 'true';
  if (fields.key !== state.key) return refused('Invalid API Key', xml);
  const lead = state.leads.find((item) => String(item.LeadID) === fields.leadid);
  switch (fields.operation?.toLowerCase()) {
    case 'getstatus':
      if (lead) return leadAnswer(lead, xml);
      return refused(state.switches.unknownLead === 'lead_not_found' ? `Lead ${fields.leadid} not found` : 'Invalid LeadID', xml);
    case 'getstatuses':
      return state.switches.supportsGetStatuses ? { status: 200, body: { Success: true, Statuses: state.statuses } } : refused('Invalid Operation', xml);
    case undefined:
      break;
    default:
      return refused('Invalid Operation', xml);
  }
  // Without LeadID and overridelead the API would create a lead: the fake refuses, as a new lead lacks its required fields.
  if (!fields.leadid || fields.overridelead?.toLowerCase() !== 'true') return refused('Missing required fields FirstName, LastName', xml);
  if (!lead) return refused(`Lead ${fields.leadid} not found`, xml);
  return updateLead(state, lead, fields);
}

function updateLead(state: FakeLawRulerState, lead: FakeLrLead, fields: Record<string, string>): FakeResponse {
  const now = new Date().toISOString().slice(0, 19);
  if (fields.status !== undefined) {
    const status = state.statuses.find(
      (item) => item.Status.toLowerCase() === fields.status.toLowerCase() && (item.CaseTypeID === null || item.CaseTypeID === lead.CaseTypeID),
    );
    if (!status) return refused(`Invalid Status "${fields.status}" for case type ${lead.CaseType}`, false);
    Object.assign(lead, { StatusID: status.StatusID, Status: status.Status, StatusTime: now });
  }
  let noteId: number | undefined;
  if (fields.conversation !== undefined) {
    noteId = state.notes.length + 5001;
    state.notes.push({ NoteID: noteId, LeadID: lead.LeadID, Note: fields.conversation, CreatedDate: now, CreatedBy: 'API' });
  }
  return answerWrite(state.switches.writeAnswer, lead.LeadID, noteId);
}
