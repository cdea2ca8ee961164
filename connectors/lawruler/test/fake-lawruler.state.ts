import leadsFixture from './fixtures/leads.json';
import statusesFixture from './fixtures/portal-statuses.json';

/** The portal's own records: what the fake knows, not what it answers (see fake-lawruler.server.ts). */
export type FakeLrLead = (typeof leadsFixture)[number];
export type FakeLrStatus = (typeof statusesFixture)[number];

export interface FakeLrNote {
  NoteID: number;
  LeadID: number;
  Note: string;
  CreatedDate: string;
  CreatedBy: string;
}

/** The portal key the fake accepts unless told otherwise. */
export const FAKE_LAWRULER_KEY = 'FAKE5575B1D4B6304000958184C071E4B7';

/**
 * Switches for behaviour no public source documents. The defaults answer only what is
 * documented or, where an answer is needed and nothing is published, the likeliest shape.
 */
export interface FakeLawRulerSwitches {
  /** Inferred operation: answer `Operation=GetStatuses`. Off: "Invalid Operation", as for any unknown operation. */
  supportsGetStatuses: boolean;
  /** What a successful update answers: not published. `json` is `{ Success: true, LeadID, Message }`. */
  writeAnswer: 'json' | 'json_without_success' | 'xml' | 'plain_lead_id' | 'plain_text' | 'empty';
  /** How GetStatus answers an unknown Lead ID: not published. */
  unknownLead: 'lead_not_found' | 'invalid_lead_id';
}

export interface FakeLawRulerState {
  key: string;
  leads: FakeLrLead[];
  statuses: FakeLrStatus[];
  notes: FakeLrNote[];
  switches: FakeLawRulerSwitches;
}

export const DEFAULT_SWITCHES: FakeLawRulerSwitches = { supportsGetStatuses: false, writeAnswer: 'json', unknownLead: 'lead_not_found' };

export function initialFakeLawRulerState(key: string, switches: Partial<FakeLawRulerSwitches>): FakeLawRulerState {
  return {
    key,
    leads: structuredClone(leadsFixture),
    statuses: structuredClone(statusesFixture),
    notes: [],
    switches: { ...DEFAULT_SWITCHES, ...switches },
  };
}
