import { SetMetadata } from '@nestjs/common';

/**
 * What a route needs. Every route declares one; the guard refuses routes that
 * do not, so forgetting it can never open a route to everyone.
 *  - public: no credentials (health, docs, metrics)
 *  - platform: the platform admin token (creating workspaces)
 *  - read: viewer, editor, admin
 *  - write: editor, admin (workflows)
 *  - admin: admin (keys, connections, webhooks)
 *  - ingest: ingest, admin (posting events)
 */
export type AccessLevel = 'public' | 'platform' | 'read' | 'write' | 'admin' | 'ingest';

export const ACCESS_KEY = 'hub:access';
export const Access = (level: AccessLevel) => SetMetadata(ACCESS_KEY, level);
