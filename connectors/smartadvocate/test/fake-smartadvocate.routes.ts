import { FakeResponse, parseJsonBody, RecordedRequest } from '../../../libs/connector-sdk/src/testing';
import { badRequest, forbidden, notFound, ok } from './fake-smartadvocate.responses';
import type { FakeSaCase, FakeSaInferredRoute, FakeSmartAdvocateState } from './fake-smartadvocate.state';

/** The case routes of CaseSyncAPI, for a signed-in user; `path` is relative to /CaseSyncAPI. */
export function routeCaseRequest(
  state: FakeSmartAdvocateState,
  request: RecordedRequest,
  path: string,
  userID: number,
): FakeResponse {
  const route = `${request.method} ${path.toLowerCase().replace(/\/+$/, '')}`;
  const caseRoute = /^(GET|POST|PUT) \/case\/(\d+)\/(notes|status|secondstatus)$/.exec(route);
  const inferred = (name: FakeSaInferredRoute) => state.inferredRoutes.has(name);

  if (route === 'GET /case/caseinfo') {
    return ok(findCases(state, request.query.Casenumber ?? request.query.casenumber ?? ''));
  }
  if (route === 'GET /case/notes/bycasenumber') {
    const caseNumber = request.query.CaseNumber ?? request.query.casenumber ?? '';
    return ok(state.notes.filter((note) => note.caseNumber === caseNumber && visible(state, caseNumber)));
  }
  if (route === 'GET /case/statuses' && inferred('list_statuses')) return ok(state.caseStatuses);
  if (route === 'GET /case/notes/types' && inferred('list_note_types')) return ok(state.noteTypes);
  if (!caseRoute) return notFound();

  const found = state.cases.find((item) => item.caseID === Number(caseRoute[2]));
  if (!found || !visible(state, found.caseNumber)) return notFound();
  if (caseRoute[1] === 'GET' && caseRoute[3] === 'notes') {
    return ok(state.notes.filter((note) => note.caseID === found.caseID));
  }
  if (caseRoute[1] === 'POST' && caseRoute[3] === 'notes' && inferred('insert_note')) return insertNote(state, request, found, userID);
  if (caseRoute[1] === 'PUT' && caseRoute[3] === 'status' && inferred('change_status')) return changeStatus(state, request, found);
  if (caseRoute[1] === 'PUT' && caseRoute[3] === 'secondstatus' && inferred('change_substatus')) return changeSecondStatus(state, request, found);
  return notFound();
}

/** CaseInfo matches Casenumber as a pattern: a trailing % stands for any ending. */
function findCases(state: FakeSmartAdvocateState, pattern: string): FakeSaCase[] {
  const matches = (caseNumber: string) =>
    pattern.endsWith('%') ? caseNumber.startsWith(pattern.slice(0, -1)) : caseNumber === pattern;
  return state.cases.filter((item) => matches(item.caseNumber) && visible(state, item.caseNumber));
}

function visible(state: FakeSmartAdvocateState, caseNumber: string): boolean {
  return !state.hiddenCaseNumbers.has(caseNumber);
}

function insertNote(
  state: FakeSmartAdvocateState,
  request: RecordedRequest,
  found: FakeSaCase,
  userID: number,
): FakeResponse {
  if (state.forbiddenOperations.has('insert_note')) return refusePermission(state, 'Insert Note');
  const body = parseJsonBody<{ noteTypeID?: number; noteText?: string; subject?: string; noteDate?: string }>(request);
  if (!body.noteText) return badRequest('NoteText', 'The NoteText field is required.');
  const noteType = state.noteTypes.find((type) => type.id === (body.noteTypeID ?? 10));
  if (!noteType) return badRequest('NoteTypeID', `Note type ${body.noteTypeID} does not exist.`);
  const now = new Date().toISOString();
  const plaintiff = found.plaintiffs.find((item) => item.primaryContact) ?? found.plaintiffs[0];
  const note = {
    noteID: Math.max(0, ...state.notes.map((item) => item.noteID)) + 1,
    caseID: found.caseID,
    caseNumber: found.caseNumber,
    noteTypeID: noteType.id,
    noteTypeName: noteType.description,
    noteText: body.noteText,
    uniqueContactId: plaintiff?.contactID ?? 0,
    uniqueContactName: plaintiff?.name ?? '',
    priority: 'Normal',
    userID,
    noteDate: body.noteDate ?? now,
    createdDate: now,
    subject: body.subject ?? '',
    isSharedinCP: false,
    isSharedWithAll: false,
  };
  state.notes.push(note);
  return ok(note);
}

function changeStatus(state: FakeSmartAdvocateState, request: RecordedRequest, found: FakeSaCase): FakeResponse {
  if (state.forbiddenOperations.has('change_status')) return refusePermission(state, 'Change Case Status');
  const { caseStatusID } = parseJsonBody<{ caseStatusID?: number }>(request);
  const status = state.caseStatuses.find((item) => item.id === caseStatusID);
  if (!status) return badRequest('CaseStatusID', `Case status ${caseStatusID} does not exist.`);
  if (status.caseTypeID !== null && status.caseTypeID !== found.caseTypeID) {
    return badRequest('CaseStatusID', `Case status ${status.id} does not apply to case type ${found.caseType}.`);
  }
  const now = new Date().toISOString();
  Object.assign(found, {
    caseStatusID: status.id,
    caseStatus: status.description,
    caseStatusFrom: now,
    modifiedDate: now,
  });
  const { caseID, caseNumber, caseStatus, caseStatusFrom } = found;
  return ok({ caseID, caseNumber, caseStatusID: status.id, caseStatus, caseStatusFrom });
}

function changeSecondStatus(state: FakeSmartAdvocateState, request: RecordedRequest, found: FakeSaCase): FakeResponse {
  if (state.forbiddenOperations.has('change_substatus')) return refusePermission(state, 'Change Case Status');
  const { statusID, statusTypeName } = parseJsonBody<{ statusID?: number; statusTypeName?: string }>(request);
  const status = state.caseStatuses.find((item) => item.id === statusID);
  if (!status || status.statusTypeName?.toLowerCase() !== statusTypeName?.toLowerCase() || status.statusTypeName === 'Status') {
    return badRequest('StatusID', `Status ${statusID} is not a ${statusTypeName} status.`);
  }
  const fromDate = new Date().toISOString();
  const entry = { statusID: status.id, fromDate, statusTypeName: status.statusTypeName, statusName: status.description };
  // One secondary status per status type, as CaseInfo shows them.
  found.secondStatuses = [...found.secondStatuses.filter((item) => item.statusTypeName !== status.statusTypeName), entry];
  found.modifiedDate = fromDate;
  return ok(entry);
}

function refusePermission(state: FakeSmartAdvocateState, label: string): FakeResponse {
  const detail = `The user has no permission to ${label}`;
  return state.permissionRefusalStatus === 403 ? forbidden(detail) : { status: 401, body: { message: detail } };
}
