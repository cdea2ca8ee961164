import leadsFixture from './fixtures/leads.json';
import statusesFixture from './fixtures/statuses.json';

export type FakeLrLead = (typeof leadsFixture)[number];
export type FakeLrStatus = (typeof statusesFixture.Statuses)[number];

export interface FakeLrNote {
  NoteID: number;
  LeadID: number;
  Note: string;
  CreatedDate: string;
  CreatedBy: string;
}

/** The portal key the fake accepts unless told otherwise. */
export const FAKE_LAWRULER_KEY = 'FAKE5575B1D4B6304000958184C071E4B7';

export interface FakeLawRulerState {
  key: string;
  leads: FakeLrLead[];
  statuses: FakeLrStatus[];
  notes: FakeLrNote[];
}

export function initialFakeLawRulerState(key: string): FakeLawRulerState {
  return { key, leads: structuredClone(leadsFixture), statuses: structuredClone(statusesFixture.Statuses), notes: [] };
}
