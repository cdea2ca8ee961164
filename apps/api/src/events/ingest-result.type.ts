import type { ErrorDetail } from '@hub/common';

export type IngestStatus = 'accepted' | 'duplicate' | 'rejected';

export interface IngestItemResult {
  index: number;
  /** The producer's event id, when the item had one. */
  id?: string;
  status: IngestStatus;
  errors?: ErrorDetail[];
}

export interface IngestBatchResult {
  accepted: number;
  duplicates: number;
  rejected: number;
  results: IngestItemResult[];
}
