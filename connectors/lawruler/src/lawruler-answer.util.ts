import { parseXml } from '@hub/connector-sdk';
import { REFUSAL_WORDS } from './lawruler-failure.util';

/**
 * What a Legal CRM API answer says, whatever its shape. LawRuler documents the fields of
 * GetStatus (Status, SubStatus, StatusTime, LeadProvider) but not the envelope, nor what
 * a successful update answers, so every shape public clients handle is read here:
 * JSON with or without `Success`, XML, and plain text.
 */
export type LrAnswer =
  | { kind: 'refused'; message: string }
  /** A JSON or XML document; `confirmed` when it carries Success: true. */
  | { kind: 'record'; record: Record<string, unknown>; confirmed: boolean }
  | { kind: 'text'; text: string }
  /** Empty, an HTML page, or JSON or XML that does not parse. */
  | { kind: 'unreadable'; excerpt: string };

const EXCERPT_LENGTH = 300;

export function readLawRulerAnswer(body: unknown): LrAnswer {
  if (typeof body === 'object' && body !== null) return readDocument(body);
  const text = typeof body === 'string' ? body.trim() : '';
  const excerpt = text.slice(0, EXCERPT_LENGTH);
  if (text === '') return { kind: 'unreadable', excerpt: 'an empty answer' };
  if (text.startsWith('{') || text.startsWith('[')) {
    const parsed = parseJson(text);
    return parsed === undefined ? { kind: 'unreadable', excerpt } : readDocument(parsed);
  }
  if (text.startsWith('<')) {
    if (/^<(!doctype\s+html|html)\b/i.test(text)) return { kind: 'unreadable', excerpt };
    const parsed = parseXml(text);
    if (!parsed) return { kind: 'unreadable', excerpt };
    const roots = Object.values(parsed);
    return readDocument(roots.length === 1 && typeof roots[0] === 'object' && roots[0] !== null ? roots[0] : parsed);
  }
  return REFUSAL_WORDS.test(text) ? { kind: 'refused', message: excerpt } : { kind: 'text', text: excerpt };
}

/** The first value of a field, matched case-insensitively, anywhere in a document (XML answers nest). */
export function findField(document: unknown, name: string): unknown {
  const wanted = name.toLowerCase();
  const queue: unknown[] = [document];
  while (queue.length > 0) {
    const node = queue.shift();
    if (Array.isArray(node)) queue.push(...node);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key.toLowerCase() === wanted && (typeof value !== 'object' || value === null)) return value;
        if (typeof value === 'object' && value !== null) queue.push(value);
      }
    }
  }
  return undefined;
}

/** A field as trimmed text; undefined when absent or empty. */
export function textField(document: unknown, name: string): string | undefined {
  const value = findField(document, name);
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

function readDocument(document: object): LrAnswer {
  const record = (Array.isArray(document) ? (document[0] ?? {}) : document) as Record<string, unknown>;
  const success = textField(record, 'success')?.toLowerCase();
  const error = textField(record, 'error') ?? textField(record, 'errors');
  if (success === 'false' || (error !== undefined && error.toLowerCase() !== 'false')) {
    return { kind: 'refused', message: textField(record, 'message') ?? error ?? 'no reason given' };
  }
  return { kind: 'record', record, confirmed: success === 'true' };
}

function parseJson(text: string): object | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}
