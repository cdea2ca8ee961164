import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { ValidationError, validateSync } from 'class-validator';
import { ConnectorError, ConnectorErrorDetail } from './connector.error';
import type { DtoClass } from './connector-definition.type';

/**
 * Validates a plain value against a DTO class and returns the instance. Unknown
 * properties are refused; the error names every field at fault, never its value.
 */
export function validateInput<T extends object>(dto: DtoClass<T>, value: unknown, what = 'input'): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConnectorError('validation', `The ${what} must be an object`, {
      details: [{ field: '', message: `${what} must be an object` }],
    });
  }
  const instance = plainToInstance(dto, value);
  const errors = validateSync(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    validationError: { target: false, value: false },
  });
  if (errors.length > 0) {
    const details = flatten(errors, '');
    const fields = [...new Set(details.map((detail) => detail.field))].join(', ');
    throw new ConnectorError('validation', `The ${what} is not valid (${fields})`, { details });
  }
  return instance;
}

function flatten(errors: ValidationError[], prefix: string): ConnectorErrorDetail[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
