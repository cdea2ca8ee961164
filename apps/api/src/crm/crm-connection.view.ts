import type { CrmConnection, WithId } from '@hub/persistence';
import { inboundWebhookPath } from './inbound-token.util';

export function toConnectionView(connection: WithId<CrmConnection>) {
  const token = connection.inboundToken;
  return {
    provider: connection.provider,
    baseUrl: connection.baseUrl,
    status: connection.status,
    statusReason: connection.statusReason ?? null,
    statusCheckedAt: connection.statusCheckedAt ?? null,
    credentials: connection.credentialsMasked,
    // The token itself is shown once, when it is made: here only its last characters.
    inboundWebhook: token ? { path: inboundWebhookPath(connection.provider, `…${token.hint}`), tokenHint: token.hint, createdAt: token.createdAt } : null,
    mapping: toMappingView(connection),
    createdAt: connection.createdAt,
    updatedAt: connection.updatedAt,
  };
}

export function toMappingView(connection: WithId<CrmConnection>) {
  const mapping = connection.mapping ?? { statuses: [], noteTypes: [], version: 0 };
  return {
    provider: connection.provider,
    statuses: mapping.statuses,
    substatuses: mapping.substatuses ?? [],
    noteTypes: mapping.noteTypes,
    defaultNoteTypeId: mapping.defaultNoteTypeId ?? null,
    syncedAt: mapping.syncedAt ?? null,
    version: mapping.version,
  };
}
