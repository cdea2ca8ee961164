import type { FieldError } from './event.type';
import { normalizeContact } from './normalize-contact.util';

function run(raw: unknown): { contact: unknown; errors: Array<[string, string]> } {
  const errors: FieldError[] = [];
  const contact = normalizeContact(raw, 'US', errors);
  return { contact, errors: errors.map(({ field, code }) => [field, code]) };
}

describe('normalizeContact', () => {
  it('keeps only canonical fields, trimmed and normalized', () => {
    const raw = { id: ' ct_1 ', name: ' Maria Lopez ', phone: '(555) 555-0123', email: 'Maria@Example.COM', tags: ['x'] };
    expect(run(raw)).toStrictEqual({
      contact: { id: 'ct_1', name: 'Maria Lopez', phone: '+15555550123', email: 'maria@example.com' },
      errors: [],
    });
  });

  it('turns a numeric id into a string', () => {
    expect(run({ id: 1203 }).contact).toStrictEqual({ id: '1203' });
  });

  it.each<[Record<string, unknown>, string | undefined]>([
    [{ firstName: 'Maria', lastName: 'Lopez' }, 'Maria Lopez'],
    [{ first_name: ' Maria ', last_name: ' Lopez ' }, 'Maria Lopez'],
    [{ FirstName: 'Maria' }, 'Maria'],
    [{ last_name: 'Lopez' }, 'Lopez'],
    [{ full_name: 'Maria L. Lopez' }, 'Maria L. Lopez'],
    [{ name: 'Maria', full_name: 'Maria Lopez', first_name: 'M' }, 'Maria'],
    [{ first_name: '', last_name: '  ' }, undefined],
  ])('names the contact from %j', (fields, name) => {
    expect(run({ id: 'c', ...fields }).contact).toStrictEqual(name === undefined ? { id: 'c' } : { id: 'c', name });
  });

  it.each<Record<string, unknown>>([
    { crm: { caseId: 'K-7' } },
    { crm: { case_id: 'K-7' } },
    { crm: { leadId: 'K-7' } },
    { caseId: 'K-7' },
    { case_id: 'K-7' },
    { leadId: 'K-7' },
    { lead_id: 'K-7' },
    { 'Lead ID': 'K-7' },
    { caseNumber: 'K-7' },
    { case_number: 'K-7' },
    { caseID: 'K-7' },
  ])('reads the CRM case id from %j', (fields) => {
    expect(run({ id: 'c', ...fields }).contact).toStrictEqual({ id: 'c', crm: { caseId: 'K-7' } });
  });

  it('turns a numeric case id into a string', () => {
    expect(run({ id: 'c', lead_id: 20931 }).contact).toStrictEqual({ id: 'c', crm: { caseId: '20931' } });
  });

  it('leaves crm out when there is no case id', () => {
    expect(run({ id: 'c', crm: {} }).contact).toStrictEqual({ id: 'c' });
  });

  it.each<unknown>([undefined, null, {}])('requires an id when the contact is %j', (raw) => {
    expect(run(raw)).toEqual({ contact: undefined, errors: [['contact.id', 'required']] });
  });

  it.each<unknown>(['ct_1', 42, ['ct_1']])('rejects a contact given as %j', (raw) => {
    expect(run(raw)).toEqual({ contact: undefined, errors: [['contact', 'invalid_type']] });
  });

  it('reports every bad field, even without an id', () => {
    expect(run({ phone: 'x', email: 'y', firstName: 1, caseId: {} }).errors).toEqual([
      ['contact.id', 'required'],
      ['contact.name', 'invalid_type'],
      ['contact.phone', 'invalid_phone'],
      ['contact.email', 'invalid_email'],
      ['contact.crm.caseId', 'invalid_type'],
    ]);
  });
});
