import type { ConnectorNames } from './connector-names.util';

/** Replaces the placeholders of a template (in its path or its content). */
export function fillTemplate(template: string, names: ConnectorNames): string {
  return template
    .replace(/__key__/g, names.key)
    .replace(/__name__/g, names.camel)
    .replace(/__Name__/g, names.pascal)
    .replace(/__NAME__/g, names.constant)
    .replace(/__Display__/g, names.display);
}
