import { parseStatusCsv } from './status-csv.util';

describe('parseStatusCsv', () => {
  it('reads the columns it knows, in any order and spelling', () => {
    const csv = '\uFEFFCase Type,Status ID,Status\r\nAuto Accident,41,Signed\r\n"Mass Tort, Hair",,"Intake"\n\n';
    expect(parseStatusCsv(csv)).toEqual({
      statuses: [
        { name: 'Signed', id: '41', caseType: 'Auto Accident' },
        { name: 'Intake', caseType: 'Mass Tort, Hair' },
      ],
      errors: [],
    });
  });

  it('names every bad row, and a missing name column', () => {
    expect(parseStatusCsv('Status,Status ID\n,4\nOk,name:x\n').errors.map((e) => e.field)).toEqual(['rows.2.name', 'rows.3.id']);
    expect(parseStatusCsv('Colour\nred\n').errors[0]).toMatchObject({ code: 'missing_column' });
    expect(parseStatusCsv('Status\n"unterminated\n').errors[0]).toMatchObject({ code: 'invalid_csv' });
  });
});
