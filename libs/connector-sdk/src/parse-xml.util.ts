import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true, ignoreDeclaration: true, processEntities: true });

/**
 * Reads an XML answer into plain objects (element text kept as strings), or undefined
 * when it is not well-formed XML. A document type declaration is refused outright: it
 * could define entities that expand into a huge or external text.
 */
export function parseXml(text: string): Record<string, unknown> | undefined {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return undefined;
  try {
    const parsed: unknown = parser.parse(text, true);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
