/**
 * A kept page gzipped once, with the place of each session's CSRF token left open. The parts around the token are
 * compressed once, each ending byte-aligned (a full flush), and every answer puts the asker's token between them as a
 * stored (uncompressed) block, then the gzip trailer: so a signed-in page costs no more to send compressed than the
 * public's, and never carries another session's token.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib'

/** Gzip's header: deflate, no name, no time, unknown system. */
const HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff])
/** The last block: empty, stored, final. */
const LAST_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff])

/** Each part compressed on its own, ending on a byte boundary and not yet final. */
export function packParts(parts: readonly Buffer[]): Buffer[] {
  return parts.map((p) => deflateRawSync(p, { finishFlush: constants.Z_FULL_FLUSH }))
}

/** Bytes as stored (uncompressed) deflate blocks, which hold at most 65,535 bytes each. */
function stored(bytes: Buffer): Buffer[] {
  const blocks: Buffer[] = []
  for (let at = 0; at < bytes.length; at += 0xffff) {
    const piece = bytes.subarray(at, at + 0xffff)
    const head = Buffer.alloc(5)
    head.writeUInt16LE(piece.length, 1)
    head.writeUInt16LE(~piece.length & 0xffff, 3)
    blocks.push(head, piece)
  }
  return blocks
}

/** The whole page, `parts` joined by `token`, as one gzip member, from the parts packed by packParts. */
export function gzipWithToken(parts: readonly Buffer[], packed: readonly Buffer[], token: string): Buffer {
  const t = Buffer.from(token)
  const out: Buffer[] = [HEADER]
  let crc = 0
  let size = 0
  parts.forEach((part, i) => {
    if (i > 0 && t.length > 0) {
      out.push(...stored(t))
      crc = crc32(t, crc)
      size += t.length
    }
    out.push(packed[i]!)
    // Empty parts are left out of the checksum: Node 20's crc32 answers 0 for an empty buffer once zlib has read it.
    if (part.length > 0) crc = crc32(part, crc)
    size += part.length
  })
  const trailer = Buffer.alloc(8)
  trailer.writeUInt32LE(crc >>> 0, 0)
  trailer.writeUInt32LE(size % 2 ** 32, 4)
  out.push(LAST_BLOCK, trailer)
  return Buffer.concat(out)
}
