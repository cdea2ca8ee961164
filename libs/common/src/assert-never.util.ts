/** Thrown where a switch meets a value its union does not have: stored data newer than the code. Never worth a retry. */
export class UnhandledCaseError extends Error {
  readonly code = 'unhandled_case';
  readonly retryable = false;

  constructor(value: unknown) {
    super(`Unhandled case: ${JSON.stringify(value)}`);
    this.name = 'UnhandledCaseError';
  }
}

/** The default branch of an exhaustive switch: a compile error when a case is missing, an UnhandledCaseError at run time. */
export function assertNever(value: never): never {
  throw new UnhandledCaseError(value);
}
