import { webhookFields } from './webhook-fields.util';

describe('webhookFields', () => {
  it('takes the body first, then the URL params, as text; flattens one level of JSON', () => {
    expect(webhookFields({ list_id: '12', Status: 'from url' }, { Status: 'Signed', LeadID: 120045, lead: { FirstName: 'Ana' }, tags: ['x'] })).toEqual({
      Status: 'Signed',
      LeadID: '120045',
      FirstName: 'Ana',
      list_id: '12',
    });
  });

  it.each([[[1, 2]], ['text'], [null]])('refuses a body of %p', (body) => {
    expect(webhookFields({}, body)).toBeUndefined();
  });
});
