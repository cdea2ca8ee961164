import type { ActionDefinition, ConnectorContext } from './connector-definition.type';
import { validateInput } from './validate-input.util';

/**
 * Declares an action: typed input DTO, metadata for the engine, and run(). The returned
 * run() validates its input first, so that an action never sees unchecked data, whoever
 * calls it (the engine passes workflow input as stored).
 */
export function defineAction<C extends object, I extends object>(action: ActionDefinition<C, I>): ActionDefinition<C, I> {
  return Object.freeze({
    ...action,
    run: async (ctx: ConnectorContext<C>, input: I) => action.run(ctx, validateInput(action.input, input)),
  });
}
