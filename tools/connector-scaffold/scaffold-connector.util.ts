import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { CONNECTOR_KEY_PATTERN, connectorNames } from './connector-names.util';
import { fillTemplate } from './fill-template.util';
import { registerConnector } from './register-connector.util';

const TEMPLATES_DIR = join(__dirname, 'templates');
const MAX_KEY_LENGTH = 40;

/** Keys whose camelCase spelling is a reserved word cannot name the exported definition. */
const RESERVED_WORDS = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await registry'
  ).split(' '),
);

export interface ScaffoldResult {
  /** Paths of the files written, relative to the root. */
  files: string[];
}

/**
 * Creates connectors/<key>/ from the templates (a definition, its credentials, the two
 * standard actions, a lookup, a fake server and a spec calling the contract kit) and
 * registers it in connectors/registry.ts.
 */
export function scaffoldConnector(rootDir: string, key: string): ScaffoldResult {
  assertUsableKey(key);
  const names = connectorNames(key);
  const connectorDir = join(rootDir, 'connectors', key);
  if (existsSync(connectorDir)) throw new Error(`connectors/${key} already exists`);
  const registryPath = join(rootDir, 'connectors', 'registry.ts');
  const registry = registerConnector(readFileSync(registryPath, 'utf8'), names);

  const files = templateFiles(TEMPLATES_DIR).map((template) => {
    const target = join(connectorDir, fillTemplate(relative(TEMPLATES_DIR, template), names).replace(/\.tpl$/, ''));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, fillTemplate(readFileSync(template, 'utf8'), names));
    return relative(rootDir, target);
  });
  writeFileSync(registryPath, registry);
  return { files: [...files, relative(rootDir, registryPath)] };
}

function assertUsableKey(key: string): void {
  if (!CONNECTOR_KEY_PATTERN.test(key) || key.length > MAX_KEY_LENGTH) {
    throw new Error(`"${key}" is not a connector key: use kebab-case, e.g. acme-crm (at most ${MAX_KEY_LENGTH} characters)`);
  }
  if (RESERVED_WORDS.has(connectorNames(key).camel)) throw new Error(`"${key}" is a reserved word: pick another key`);
}

function templateFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      return statSync(path).isDirectory() ? templateFiles(path) : [path];
    });
}
