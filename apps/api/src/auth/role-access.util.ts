import type { ApiKeyRole } from '@hub/persistence';
import type { AccessLevel } from './access.decorator';

const ROLES_BY_LEVEL: Record<Exclude<AccessLevel, 'public' | 'platform'>, readonly ApiKeyRole[]> = {
  read: ['viewer', 'editor', 'admin'],
  write: ['editor', 'admin'],
  admin: ['admin'],
  ingest: ['ingest', 'admin'],
};

export function roleAllows(role: ApiKeyRole, level: Exclude<AccessLevel, 'public' | 'platform'>): boolean {
  return ROLES_BY_LEVEL[level].includes(role);
}
