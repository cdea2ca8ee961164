import type { ValidationError } from 'class-validator';
import type { ErrorDetail } from './hub.error';

/** Flattens class-validator's tree into one detail per failed constraint. */
export function validationDetails(errors: ValidationError[], parent = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, message]) => ({ field, code, message }));
    return [...own, ...validationDetails(error.children ?? [], field)];
  });
}
