import type { ConnectorContext, CrmNoteType } from '@hub/connector-sdk';
import { SmartAdvocateClient } from '../smartadvocate.client';
import type { SmartAdvocateCredentials } from '../smartadvocate-credentials.dto';

export async function listNoteTypes(ctx: ConnectorContext<SmartAdvocateCredentials>): Promise<CrmNoteType[]> {
  const entries = await new SmartAdvocateClient(ctx).listNoteTypes();
  return entries.map((entry) => ({ id: String(entry.id), name: entry.description }));
}
