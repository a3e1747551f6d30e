/**
 * A fast reader for plain XML: the shape councils' systems export SSDA903 returns in. Elements without attributes,
 * text without entity references, an XML declaration, white space; nothing else. It reads such a document several
 * times faster than a general XML parser, and meets anything outside that shape (a comment, an attribute, an entity,
 * a DOCTYPE, CDATA, a tag across lines, a stray character, a mismatched tag) by throwing NotPlain, so the caller can
 * read the document again with the general parser, which gives the precise finding. What it accepts is well-formed
 * XML, and it reports the same elements, text and lines as the general parser would.
 */

/** Thrown when the document is not plain XML as this reader knows it. */
export class NotPlain extends Error {}

export interface PlainXmlEvents {
  /** An element opens, on this line. */
  open(name: string, line: number): void
  /** Text between tags, as written; white space alone between tags only parts elements and is not given. */
  text(text: string): void
  /** An element closes, on this line. */
  close(name: string, line: number): void
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/
/** The XML declaration as exports write it: version 1.0, an encoding, perhaps standalone. */
const DECLARATION = new RegExp(
  '^<\\?xml[ \\t]+version[ \\t]*=[ \\t]*(["\'])1\\.0\\1' +
    '(?:[ \\t]+encoding[ \\t]*=[ \\t]*(["\'])[A-Za-z][A-Za-z0-9._-]*\\2)?' +
    '(?:[ \\t]+standalone[ \\t]*=[ \\t]*(["\'])(?:yes|no)\\3)?[ \\t]*\\?>',
)
/** Characters text may hold here: XML's characters without surrogates (so no astral characters). */
const NOT_PLAIN_TEXT = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD]|\r(?!\n)/
const MAX_CARRY = 4 << 20

function countLines(text: string, from: number, to: number): number {
  let n = 0
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++
  return n
}

/** Reads a document given a piece at a time; `close` when the last piece is written. */
export class PlainXmlScanner {
  private carry = ''
  private line = 1
  private readonly open: string[] = []
  private started = false
  private rootSeen = false
  private rootClosed = false
  private readonly tags = new Map<string, Tag>()

  constructor(private readonly events: PlainXmlEvents) {}

  write(piece: string): void {
    let text = this.carry + piece
    if (!this.started) {
      if (text.length < 200 && !text.includes('>')) {
        this.carry = text
        return
      }
      this.started = true
      if (text.startsWith('<?')) {
        const m = DECLARATION.exec(text)
        if (!m) throw new NotPlain('XML declaration')
        text = text.slice(m[0].length)
      }
    }
    // Tags up to the last '>' are complete; what follows the last of them waits for the next piece.
    this.carry = text.slice(this.scan(text, text.lastIndexOf('>') + 1))
    // Megabytes with no tag are not an export's shape: the general parser reads them a piece at a time.
    if (this.carry.length > MAX_CARRY) throw new NotPlain('long text')
  }

  close(): void {
    if (!this.started) throw new NotPlain('no element')
    if (this.carry !== '') this.outside(this.carry)
    if (!this.rootSeen || !this.rootClosed || this.open.length > 0) throw new NotPlain('incomplete document')
  }

  private outside(text: string): void {
    if (isWhite(text, 0, text.length)) return
    if (this.open.length === 0) throw new NotPlain('text outside the root')
    if (text.includes('&') || text.includes(']]>') || NOT_PLAIN_TEXT.test(text)) throw new NotPlain('text')
    // Line ends are read as XML reads them: CR LF is LF.
    this.events.text(text.includes('\r') ? text.replaceAll('\r\n', '\n') : text)
  }

  /** What a tag says, worked out once for each different tag: exports repeat a few dozen. */
  private tagOf(written: string): Tag {
    let tag = this.tags.get(written)
    if (!tag) {
      const closing = written.startsWith('/')
      const selfClosing = !closing && written.endsWith('/')
      const name = written.slice(closing ? 1 : 0, selfClosing ? -1 : undefined).replace(/[ \t]+$/, '')
      if (!NAME.test(name)) throw new NotPlain('tag')
      tag = { name, closing, selfClosing }
      this.tags.set(written, tag)
    }
    return tag
  }

  /** Reads every tag that ends before `end`, and the text before each; gives where it stopped. */
  private scan(text: string, end: number): number {
    let at = 0
    while (at < end) {
      const lt = text.indexOf('<', at)
      if (lt === -1 || lt >= end) return at
      if (lt > at) {
        this.line += countLines(text, at, lt)
        if (!isWhite(text, at, lt)) this.outside(text.slice(at, lt))
      }
      const gt = text.indexOf('>', lt)
      const tag = this.tagOf(text.slice(lt + 1, gt))
      if (tag.closing) {
        if (this.open.pop() !== tag.name) throw new NotPlain('end tag')
        this.events.close(tag.name, this.line)
        if (this.open.length === 0) this.rootClosed = true
      } else {
        if (this.open.length === 0) {
          if (this.rootSeen) throw new NotPlain('a second root')
          this.rootSeen = true
        }
        this.open.push(tag.name)
        this.events.open(tag.name, this.line)
        if (tag.selfClosing) {
          this.open.pop()
          this.events.close(tag.name, this.line)
          if (this.open.length === 0) this.rootClosed = true
        }
      }
      at = gt + 1
    }
    return at
  }
}

interface Tag {
  name: string
  closing: boolean
  selfClosing: boolean
}

/** Only spaces, tabs and line ends (CR only before LF) from `from` to `to`. */
function isWhite(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 32 || c === 10 || c === 9) continue
    if (c === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < to) continue
    return false
  }
  return true
}
