import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, Min, ValidateNested } from 'class-validator';
import { ConnectorError } from './connector.error';
import { validateInput } from './validate-input.util';

class Address {
  @IsString()
  @IsNotEmpty()
  city: string;
}

class Person {
  @IsString()
  @IsNotEmpty()
  name: string;

  @IsInt()
  @Min(0)
  age: number;

  @ValidateNested()
  @Type(() => Address)
  address: Address;
}

function errorOf(run: () => unknown): ConnectorError {
  try {
    run();
  } catch (error) {
    return error as ConnectorError;
  }
  throw new Error('expected a ConnectorError');
}

describe('validateInput', () => {
  it('returns an instance of the DTO class', () => {
    const person = validateInput(Person, { name: 'Ada', age: 36, address: { city: 'London' } });
    expect(person).toBeInstanceOf(Person);
    expect(person.address).toBeInstanceOf(Address);
  });

  it('throws a validation error with one detail per broken rule, nested fields dotted', () => {
    const error = errorOf(() => validateInput(Person, { name: '', age: -1, address: { city: '' } }));
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error.kind).toBe('validation');
    expect(error.details.map((detail) => detail.field).sort()).toEqual(['address.city', 'age', 'name']);
  });

  it('refuses unknown properties', () => {
    const error = errorOf(() => validateInput(Person, { name: 'Ada', age: 1, address: { city: 'x' }, admin: true }));
    expect(error.details).toEqual([{ field: 'admin', message: expect.stringContaining('should not exist') }]);
  });

  it('never echoes the rejected values', () => {
    const error = errorOf(() => validateInput(Person, { name: 'hunter2-secret', age: 'hunter2-secret', address: {} }));
    expect(JSON.stringify(error) + error.message).not.toContain('hunter2-secret');
  });

  it.each([[null], ['text'], [[1, 2]], [undefined]])('refuses %p, which is not an object', (value) => {
    expect(errorOf(() => validateInput(Person, value, 'credentials')).message).toBe('The credentials must be an object');
  });
});
