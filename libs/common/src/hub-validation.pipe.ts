import { ValidationPipe } from '@nestjs/common';
import { HubError } from './hub.error';
import { validationDetails } from './validation-details.util';

/** Every DTO goes through this: unknown fields are refused, errors name the field. */
export function createHubValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => HubError.validation('The request is not valid', validationDetails(errors)),
  });
}
