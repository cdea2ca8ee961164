import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** End-to-end suites need Redis and a MongoDB-wire server: bring them up if they are not. */
export default function globalSetup(): void {
  execFileSync('bash', [join(__dirname, '../../scripts/services.sh'), 'up'], { stdio: 'inherit' });
}
