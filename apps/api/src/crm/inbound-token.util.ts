import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Types } from 'mongoose';

/**
 * The secret in a CRM webhook receiver URL. LawRuler's webhook settings take a URL and
 * nothing else, so the URL is the authentication: 32 random bytes, after the workspace id
 * that lets the receiver find the connection without a search. Stored as SHA-256 only.
 */
const PREFIX = 'crmw';
const TOKEN = /^crmw_([0-9a-f]{24})_([A-Za-z0-9_-]{43})$/;

export interface NewInboundToken {
  token: string;
  stored: { hash: string; hint: string; createdAt: Date };
}

export function createInboundToken(workspaceId: string, now = new Date()): NewInboundToken {
  const token = `${PREFIX}_${workspaceId}_${randomBytes(32).toString('base64url')}`;
  return { token, stored: { hash: hashInboundToken(token), hint: token.slice(-4), createdAt: now } };
}

/** The workspace a well-formed token names; undefined for anything else. */
export function inboundTokenWorkspace(token: string): string | undefined {
  const match = TOKEN.exec(token);
  return match && Types.ObjectId.isValid(match[1]) ? match[1] : undefined;
}

export function hashInboundToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function inboundTokenMatches(token: string, hash: string | undefined): boolean {
  if (!hash) return false;
  const given = Buffer.from(hashInboundToken(token), 'hex');
  const stored = Buffer.from(hash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** Where the CRM posts: the hub's origin is the firm's to prefix. */
export function inboundWebhookPath(provider: string, token: string): string {
  return `/v1/sources/${provider}/${token}`;
}
