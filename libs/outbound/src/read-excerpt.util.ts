import type { Readable } from 'node:stream';

export const EXCERPT_BYTES = 1024;

/**
 * The first `limit` bytes of a response body as text. Stops reading (and
 * drops the rest) once it has them, so a huge response costs nothing.
 */
export async function readExcerpt(stream: Readable, limit = EXCERPT_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(buffer);
    size += buffer.length;
    if (size >= limit) {
      stream.destroy();
      break;
    }
  }
  // Cutting mid-character leaves a replacement char at worst, never invalid JSON in our records.
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}
