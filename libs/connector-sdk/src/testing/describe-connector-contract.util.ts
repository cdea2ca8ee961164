import type { AnyConnectorDefinition } from '../connector-definition.type';
import { describeDefinitionShape } from './describe-definition-shape.util';
import { describeFailureMapping } from './describe-failure-mapping.util';

/**
 * The contract every connector passes, as jest tests: call it at the top of the
 * connector's spec. It checks the definition's shape and, against a throwaway server on
 * 127.0.0.1, that verify, every action and every lookup map 401, 404, 429, 500 and a
 * hung CRM to the SDK's error kinds without a secret in the error.
 */
export function describeConnectorContract(definition: AnyConnectorDefinition): void {
  describe(`${definition.key} connector contract`, () => {
    describeDefinitionShape(definition);
    describeFailureMapping(definition);
  });
}
