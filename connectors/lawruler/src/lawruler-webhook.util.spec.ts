import { ConnectorError } from '@hub/connector-sdk';
import { readLawRulerStatusWebhook } from './lawruler-webhook.util';

describe('readLawRulerStatusWebhook', () => {
  it('reads the documented fields whatever the spelling of their keys', () => {
    const spaced = readLawRulerStatusWebhook({ 'Lead ID': '120045', 'Case Type ID': '7', 'Case Type': 'Auto Accident', 'Status ID': '41', Status: ' Signed ', 'First Name': 'Berton' });
    const compact = readLawRulerStatusWebhook({ leadid: '120045', CaseTypeId: '7', case_type: 'Auto Accident', StatusID: '41', status: 'Signed', firstname: 'Berton' });
    expect(spaced).toEqual({ caseId: '120045', caseTypeId: '7', caseType: 'Auto Accident', statusId: '41', statusName: 'Signed', person: { firstName: 'Berton' } });
    expect(compact).toEqual(spaced);
  });

  it('needs a numeric Lead ID and a status name, naming what is missing', () => {
    let thrown: unknown;
    try {
      readLawRulerStatusWebhook({ 'Lead ID': 'abc', 'Status ID': '4x' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConnectorError);
    expect((thrown as ConnectorError).details.map((d) => d.field)).toEqual(['Lead ID', 'Status', 'Status ID']);
  });
});
