import type { ApiKeyRole } from '@hub/persistence';

/** Who is calling, as the auth guard established it. */
export interface AuthContext {
  workspaceId: string;
  keyId: string;
  keyLabel: string;
  role: ApiKeyRole;
  /** Empty: every campaign of the workspace. */
  campaignIds: string[];
}

export interface AuthenticatedRequest {
  auth?: AuthContext;
  platformAdmin?: boolean;
}
