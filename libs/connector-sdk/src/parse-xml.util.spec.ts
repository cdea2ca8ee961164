import { parseXml } from './parse-xml.util';

describe('parseXml', () => {
  it('reads elements as strings, entities decoded', () => {
    expect(parseXml('<?xml version="1.0"?><Lead><LeadID>0120</LeadID><Status>Signed &amp; Retained</Status></Lead>')).toEqual({
      Lead: { LeadID: '0120', Status: 'Signed & Retained' },
    });
  });

  it.each([['<Lead><Status>Signed</Lead>'], ['not xml at all <'], ['<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>']])('refuses %p', (text) => {
    expect(parseXml(text)).toBeUndefined();
  });
});
