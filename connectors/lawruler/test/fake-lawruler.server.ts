import { FakeCrmServer, FakeFailure, FakeResponse, parseFormBody, RecordedRequest, startFakeCrmServer } from '@hub/connector-sdk/testing';
import { FAKE_LAWRULER_KEY, FakeLawRulerState, FakeLrLead, initialFakeLawRulerState } from './fake-lawruler.state';
import leadUpdatedFixture from './fixtures/lead-updated.json';

export { FAKE_LAWRULER_KEY } from './fake-lawruler.state';
export type { FakeLawRulerState } from './fake-lawruler.state';

/** A stand-in for a LawRuler portal's Legal CRM API on 127.0.0.1, seeded from ./fixtures. */
export interface FakeLawRuler {
  /** Base URL the connector takes, as https://<clientroot>.lawruler.com/ would be. */
  url: string;
  state: FakeLawRulerState;
  requests: RecordedRequest[];
  failNext(failure: FakeFailure, times?: number): void;
  close(): Promise<void>;
}

export async function startFakeLawRuler(options: { key?: string } = {}): Promise<FakeLawRuler> {
  const state = initialFakeLawRulerState(options.key ?? FAKE_LAWRULER_KEY);
  const server: FakeCrmServer = await startFakeCrmServer((request) => handle(state, request));
  return {
    url: `${server.url}/`,
    state,
    requests: server.requests,
    failNext: (failure, times) => server.failNext(failure, times),
    close: () => server.close(),
  };
}

/** LawRuler refuses with HTTP 200 and a flag, not with an HTTP error status. */
function refused(message: string): FakeResponse {
  return { status: 200, body: { Success: false, Message: message } };
}

function handle(state: FakeLawRulerState, request: RecordedRequest): FakeResponse {
  if (request.path.toLowerCase() !== '/api-legalcrmapp.aspx') {
    return { status: 404, body: '<h1>404 - File not found</h1>' };
  }
  // The guide takes URL-encoded form posts, and GET with the same fields in the query string.
  const fields = request.method === 'POST' ? parseFormBody(request) : request.query;
  if (fields.Key !== state.key) return refused('Invalid API Key');
  if (fields.Operation === 'GetStatuses') return { status: 200, body: { Success: true, Statuses: state.statuses } };
  const lead = state.leads.find((item) => String(item.LeadID) === fields.LeadID);
  if (fields.Operation === 'GetStatus') {
    return lead ? { status: 200, body: lead } : refused(`Lead ${fields.LeadID} not found`);
  }
  if (fields.Operation) return refused(`Unsupported Operation ${fields.Operation}`);
  if (!fields.LeadID || fields.overridelead !== 'true') return refused('Missing required fields FirstName, LastName');
  if (!lead) return refused(`Lead ${fields.LeadID} not found`);
  return updateLead(state, lead, fields);
}

function updateLead(state: FakeLawRulerState, lead: FakeLrLead, fields: Record<string, string>): FakeResponse {
  const now = new Date().toISOString().slice(0, 19);
  if (fields.Status !== undefined) {
    const status = state.statuses.find(
      (item) => item.Status === fields.Status && (item.CaseTypeID === null || item.CaseTypeID === lead.CaseTypeID),
    );
    if (!status) return refused(`Invalid Status "${fields.Status}" for case type ${lead.CaseType}`);
    Object.assign(lead, { StatusID: status.StatusID, Status: status.Status, StatusTime: now });
  }
  let noteId: number | undefined;
  if (fields.Conversation !== undefined) {
    noteId = state.notes.length + 5001;
    const note = { NoteID: noteId, LeadID: lead.LeadID, Note: fields.Conversation, CreatedDate: now, CreatedBy: 'API' };
    state.notes.push(note);
  }
  return { status: 200, body: { ...leadUpdatedFixture, LeadID: lead.LeadID, ...(noteId ? { NoteID: noteId } : {}) } };
}
