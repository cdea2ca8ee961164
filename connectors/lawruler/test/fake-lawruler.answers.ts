import type { FakeResponse } from '../../../libs/connector-sdk/src/testing';
import type { FakeLawRulerSwitches, FakeLrLead } from './fake-lawruler.state';

const XML = { 'Content-Type': 'text/xml; charset=utf-8' };

/**
 * LawRuler refuses with HTTP 200 and a message, as public clients handle it; the envelope
 * (`Success: false`, `Message`) is the likeliest shape, not a published one.
 */
export function refused(message: string, xml: boolean): FakeResponse {
  if (xml) return { status: 200, headers: XML, body: `<Response><Success>false</Success><Message>${escapeXml(message)}</Message></Response>` };
  return { status: 200, body: { Success: false, Message: message } };
}

/** GetStatus: the documented fields only (Status, SubStatus, StatusTime, LeadProvider); no status id, no case type. */
export function leadAnswer(lead: FakeLrLead, xml: boolean): FakeResponse {
  const fields = { Status: lead.Status, SubStatus: lead.SubStatus, StatusTime: lead.StatusTime, LeadProvider: lead.LeadProvider };
  if (!xml) return { status: 200, body: fields };
  const elements = Object.entries(fields).map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`).join('');
  return { status: 200, headers: XML, body: `<?xml version="1.0" encoding="utf-8"?><Lead>${elements}</Lead>` };
}

/** What a successful update answers is not published: each shape behind the writeAnswer switch. */
export function answerWrite(shape: FakeLawRulerSwitches['writeAnswer'], leadId: number, noteId: number | undefined): FakeResponse {
  const text = { 'Content-Type': 'text/plain; charset=utf-8' };
  switch (shape) {
    case 'json':
      return { status: 200, body: { Success: true, LeadID: leadId, Message: 'Lead updated successfully', ...(noteId && { NoteID: noteId }) } };
    case 'json_without_success':
      return { status: 200, body: { LeadID: leadId } };
    case 'xml':
      return { status: 200, headers: XML, body: `<Response><Success>true</Success><LeadID>${leadId}</LeadID></Response>` };
    case 'plain_lead_id':
      return { status: 200, headers: text, body: String(leadId) };
    case 'plain_text':
      return { status: 200, headers: text, body: 'Received' };
    case 'empty':
      return { status: 200, headers: text, body: '' };
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
