import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { scaffoldConnector } from './scaffold-connector.util';

const REPO_ROOT = join(__dirname, '../..');
const KEY = 'acme-crm';

/** A throwaway copy of the repository's shape: the real libs and node_modules, a copy of the registry. */
function sandbox(): string {
  const root = mkdtempSync(join(tmpdir(), 'connector-new-'));
  symlinkSync(join(REPO_ROOT, 'libs'), join(root, 'libs'), 'dir');
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  mkdirSync(join(root, 'connectors'));
  copyFileSync(join(REPO_ROOT, 'connectors', 'registry.ts'), join(root, 'connectors', 'registry.ts'));
  return root;
}

// Generated while jest collects tests, so that the generated spec can be collected below.
const root = sandbox();
const { files } = scaffoldConnector(root, KEY);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('scaffoldConnector', () => {
  it('writes a connector folder and registers the connector, one line each', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        `connectors/${KEY}/README.md`,
        `connectors/${KEY}/src/index.ts`,
        `connectors/${KEY}/src/${KEY}.connector.ts`,
        `connectors/${KEY}/src/${KEY}-credentials.dto.ts`,
        `connectors/${KEY}/src/actions/update-case-status.action.ts`,
        `connectors/${KEY}/src/actions/post-note.action.ts`,
        `connectors/${KEY}/test/fake-${KEY}.server.ts`,
        `connectors/${KEY}/test/${KEY}.connector.spec.ts`,
        'connectors/registry.ts',
      ]),
    );
    const registry = readFileSync(join(root, 'connectors', 'registry.ts'), 'utf8');
    expect(registry).toContain(`import { acmeCrm } from '@hub/connectors/${KEY}';\n`);
    expect(registry).toMatch(/ {2}smartadvocate,\n {2}acmeCrm,\n\];/);
    expect(readFileSync(join(root, 'connectors', KEY, 'src', `${KEY}.connector.ts`), 'utf8')).not.toMatch(/__\w+__/);
  });

  it.each([['AcmeCrm'], ['acme_crm'], ['-acme'], ['acme--crm'], [''], ['new'], ['a'.repeat(41)]])('refuses the key %p', (key) => {
    const other = sandbox();
    const registry = readFileSync(join(other, 'connectors', 'registry.ts'), 'utf8');
    expect(() => scaffoldConnector(other, key)).toThrow(/connector key|reserved word/);
    expect(readFileSync(join(other, 'connectors', 'registry.ts'), 'utf8')).toBe(registry);
    rmSync(other, { recursive: true, force: true });
  });

  it('refuses a key that exists, as a folder or in the registry', () => {
    expect(() => scaffoldConnector(root, KEY)).toThrow(`connectors/${KEY} already exists`);
    expect(() => scaffoldConnector(root, 'lawruler')).toThrow('already registers "lawruler"');
  });

  it('writes code that type-checks under the hub compiler options, registry included', () => {
    const { config } = ts.readConfigFile(join(REPO_ROOT, 'tsconfig.json'), (path) => ts.sys.readFile(path));
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, REPO_ROOT);
    const program = ts.createProgram({
      rootNames: [...files.filter((file) => file.endsWith('.ts')).map((file) => join(root, file))],
      options: {
        ...options,
        noEmit: true,
        rootDir: undefined,
        baseUrl: REPO_ROOT,
        paths: { ...options.paths, '@hub/connectors/*': [join(root, 'connectors/*/src'), 'connectors/*/src'] },
      },
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  }, 60_000);
});

describe('the generated connector spec, run untouched', () => {
  jest.requireActual(join(root, 'connectors', KEY, 'test', `${KEY}.connector.spec.ts`));
});
