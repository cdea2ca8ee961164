import { Type } from 'class-transformer';
import { IsInt, IsString, ValidateNested } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { validationDetails } from './validation-details.util';

class Inner {
  @IsInt()
  count: number;
}

class Outer {
  @IsString()
  name: string;

  @ValidateNested()
  @Type(() => Inner)
  inner: Inner;
}

describe('validationDetails', () => {
  it('names nested fields with a dotted path and keeps the constraint as code', () => {
    const errors = validateSync(plainToInstance(Outer, { name: 3, inner: { count: 'x' } }));
    const details = validationDetails(errors);
    expect(details).toEqual([
      { field: 'name', code: 'isString', message: 'name must be a string' },
      { field: 'inner.count', code: 'isInt', message: 'count must be an integer number' },
    ]);
  });

  it('returns nothing for a valid object', () => {
    expect(validationDetails(validateSync(plainToInstance(Outer, { name: 'a', inner: { count: 1 } })))).toEqual([]);
  });
});
