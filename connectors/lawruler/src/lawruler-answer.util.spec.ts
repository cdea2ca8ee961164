import { readLawRulerAnswer, textField } from './lawruler-answer.util';

describe('readLawRulerAnswer', () => {
  it.each([
    ['JSON with Success', '{"Success":true,"LeadID":120045}', { kind: 'record', confirmed: true }],
    ['JSON without Success', '{"LeadID":120045}', { kind: 'record', confirmed: false }],
    ['JSON refusal', '{"success":"false","message":"Invalid API Key"}', { kind: 'refused', message: 'Invalid API Key' }],
    ['JSON with an error', '{"Error":"Lead is locked"}', { kind: 'refused', message: 'Lead is locked' }],
    ['XML', '<?xml version="1.0"?><Response><Success>true</Success><LeadID>120045</LeadID></Response>', { kind: 'record', confirmed: true }],
    ['XML refusal', '<Response><Success>false</Success><Message>Invalid Key</Message></Response>', { kind: 'refused', message: 'Invalid Key' }],
    ['plain text', 'Received', { kind: 'text', text: 'Received' }],
    ['a bare lead id', '120045', { kind: 'text', text: '120045' }],
    ['a plain-text refusal', 'Invalid Key', { kind: 'refused', message: 'Invalid Key' }],
    ['an empty answer', '  ', { kind: 'unreadable' }],
    ['an HTML page', '<html><body>Server Error</body></html>', { kind: 'unreadable' }],
    ['broken JSON', '{"Success":', { kind: 'unreadable' }],
  ])('reads %s', (_name, body, expected) => {
    expect(readLawRulerAnswer(body)).toMatchObject(expected);
  });

  it('finds fields case-insensitively, nested as XML answers are', () => {
    const answer = readLawRulerAnswer('<Lead><Data><status>Signed</status><SubStatus></SubStatus></Data></Lead>');
    expect(answer.kind).toBe('record');
    if (answer.kind !== 'record') return;
    expect(textField(answer.record, 'Status')).toBe('Signed');
    expect(textField(answer.record, 'SubStatus')).toBeUndefined();
  });
});
