import { join } from 'node:path';
import { scaffoldConnector } from './scaffold-connector.util';

/** `npm run connector:new -- <key>`: creates connectors/<key>/ and registers it. */
function main(argv: string[]): number {
  const key = argv[0];
  if (!key || argv.length > 1) {
    process.stderr.write('Usage: npm run connector:new -- <key>   (kebab-case, e.g. acme-crm)\n');
    return 2;
  }
  try {
    const { files } = scaffoldConnector(join(__dirname, '../..'), key);
    process.stdout.write(`Created connector "${key}":\n${files.map((file) => `  ${file}`).join('\n')}\n`);
    process.stdout.write('Next: read docs/writing-a-connector.md, then run its tests:\n');
    process.stdout.write(`  npx jest connectors/${key} --selectProjects unit\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`connector:new: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
