/** The spellings of a connector's key its generated files use. */
export interface ConnectorNames {
  /** kebab-case: `acme-crm`, the key, folder and file names. */
  key: string;
  /** camelCase: `acmeCrm`, the exported definition. */
  camel: string;
  /** PascalCase: `AcmeCrm`, class names. */
  pascal: string;
  /** SCREAMING_SNAKE_CASE: `ACME_CRM`, constants. */
  constant: string;
  /** Words: `Acme Crm`, the display name to start from. */
  display: string;
}

export const CONNECTOR_KEY_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function connectorNames(key: string): ConnectorNames {
  const words = key.split('-');
  const capitalized = words.map((word) => word[0].toUpperCase() + word.slice(1));
  return {
    key,
    camel: words[0] + capitalized.slice(1).join(''),
    pascal: capitalized.join(''),
    constant: words.map((word) => word.toUpperCase()).join('_'),
    display: capitalized.join(' '),
  };
}
