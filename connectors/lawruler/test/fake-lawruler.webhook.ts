import type { FakeLrLead } from './fake-lawruler.state';

/**
 * The webhook a LawRuler portal fires when a lead's status changes. The fields are the ones
 * Kayse's Law Ruler Technical Reference lists; their spelling as keys and the body's encoding
 * are not published: `form` uses the listed labels ("Lead ID"), `json` the labels without spaces.
 */
export function lawRulerStatusWebhook(lead: FakeLrLead, format: 'form' | 'json'): { contentType: string; body: string } {
  const fields: Record<string, string> = {
    'Lead ID': String(lead.LeadID),
    'Case Type ID': String(lead.CaseTypeID),
    'Case Type': lead.CaseType,
    'Status ID': String(lead.StatusID),
    Status: lead.Status,
    'Full Name': lead.FullName,
    'Created Date': lead.CreatedDate,
    'Primary Contact ID': String(lead.PrimaryContactID),
    'First Name': lead.FirstName,
    'Last Name': lead.LastName,
  };
  if (format === 'form') return { contentType: 'application/x-www-form-urlencoded', body: new URLSearchParams(fields).toString() };
  const compact = Object.fromEntries(Object.entries(fields).map(([key, value]) => [key.replace(/ /g, ''), value]));
  return { contentType: 'application/json', body: JSON.stringify(compact) };
}
