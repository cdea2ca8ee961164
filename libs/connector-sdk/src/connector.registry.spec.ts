import type { AnyConnectorDefinition } from './connector-definition.type';
import { ConnectorRegistryError } from './connector-registry.error';
import { ConnectorRegistry } from './connector.registry';

const stub = (key: string) => ({ key }) as AnyConnectorDefinition;

describe('ConnectorRegistry', () => {
  it('lists and finds the connectors it was given, in order', () => {
    const registry = new ConnectorRegistry([stub('lawruler'), stub('smartadvocate')]);
    expect(registry.list().map((definition) => definition.key)).toEqual(['lawruler', 'smartadvocate']);
    expect(registry.get('smartadvocate').key).toBe('smartadvocate');
    expect(registry.has('lawruler')).toBe(true);
  });

  it('throws a typed error for an unknown key', () => {
    const registry = new ConnectorRegistry();
    expect(() => registry.get('nope')).toThrow(ConnectorRegistryError);
    expect(() => registry.get('nope')).toThrow(expect.objectContaining({ code: 'connector_registry.unknown', key: 'nope' }));
  });

  it('refuses a key registered twice', () => {
    const registry = new ConnectorRegistry().register(stub('lawruler'));
    expect(() => registry.register(stub('lawruler'))).toThrow(expect.objectContaining({ code: 'connector_registry.duplicate' }));
  });
});
