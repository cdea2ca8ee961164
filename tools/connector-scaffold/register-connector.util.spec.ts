import { connectorNames } from './connector-names.util';
import { fillTemplate } from './fill-template.util';
import { registerConnector } from './register-connector.util';

const REGISTRY = [
  "import type { AnyConnectorDefinition } from '@hub/connector-sdk';",
  "import { lawruler } from '@hub/connectors/lawruler';",
  '',
  'export const CONNECTORS: readonly AnyConnectorDefinition[] = [',
  '  lawruler,',
  '];',
  '',
].join('\n');

describe('connectorNames', () => {
  it('spells a key every way the templates need', () => {
    expect(connectorNames('acme-crm-2')).toEqual({
      key: 'acme-crm-2',
      camel: 'acmeCrm2',
      pascal: 'AcmeCrm2',
      constant: 'ACME_CRM_2',
      display: 'Acme Crm 2',
    });
    expect(fillTemplate('__key__ __name__ __Name__ FAKE___NAME___KEY __Display__', connectorNames('acme-crm'))).toBe(
      'acme-crm acmeCrm AcmeCrm FAKE_ACME_CRM_KEY Acme Crm',
    );
  });
});

describe('registerConnector', () => {
  it('adds the import after the last connector import and the entry at the end of the list', () => {
    expect(registerConnector(REGISTRY, connectorNames('acme-crm'))).toBe(
      [
        "import type { AnyConnectorDefinition } from '@hub/connector-sdk';",
        "import { lawruler } from '@hub/connectors/lawruler';",
        "import { acmeCrm } from '@hub/connectors/acme-crm';",
        '',
        'export const CONNECTORS: readonly AnyConnectorDefinition[] = [',
        '  lawruler,',
        '  acmeCrm,',
        '];',
        '',
      ].join('\n'),
    );
  });

  it('refuses a registry it cannot read rather than guess', () => {
    expect(() => registerConnector('export const CONNECTORS = [lawruler];', connectorNames('acme-crm'))).toThrow(
      /add the connector by hand/,
    );
  });
});
