import { toSlug } from './slugify.util';

describe('toSlug', () => {
  it.each([
    ['Needs Follow Up', 'needs_follow_up'],
    ['UNSUCCESSFUL', 'unsuccessful'],
    ['do-not-contact', 'do_not_contact'],
    ['  Portal   Chat  ', 'portal_chat'],
    ['Call back (Tuesday)!', 'call_back_tuesday'],
    ['already_slugged', 'already_slugged'],
    ['Wave 2 / Spanish', 'wave_2_spanish'],
  ])('turns %j into %j', (input, expected) => {
    expect(toSlug(input)).toBe(expected);
  });

  it('returns an empty string when nothing alphanumeric is left', () => {
    expect(toSlug(' -!- ')).toBe('');
  });
});
