import { describe, it } from 'node:test'
import { expect } from 'expect'
import fc from 'fast-check'
import { NotPlain, PlainXmlScanner } from './plainXmlScanner.js'

/** The events a document gives, written in the pieces given; 'not plain' when the reader gives up on it. */
function eventsOf(pieces: readonly string[]): string[] | 'not plain' {
  const events: string[] = []
  const scanner = new PlainXmlScanner({
    open: (name, line) => events.push(`<${name}@${line}`),
    text: (t) => events.push(`text ${JSON.stringify(t)}`),
    close: (name, line) => events.push(`</${name}@${line}`),
  })
  try {
    for (const p of pieces) scanner.write(p)
    scanner.close()
  } catch (e) {
    if (e instanceof NotPlain) return 'not plain'
    throw e
  }
  // Text in pieces may come as several events: join neighbours, as the reader of the events does.
  return events.reduce<string[]>((joined, e) => {
    const last = joined[joined.length - 1]
    if (last?.startsWith('text ') && e.startsWith('text ')) {
      joined[joined.length - 1] = `text ${JSON.stringify(JSON.parse(last.slice(5)) + JSON.parse(e.slice(5)))}`
    } else joined.push(e)
    return joined
  }, [])
}

describe('the plain XML reader', () => {
  it('gives each element with its line, and the text between tags (not white space that only parts elements)', () => {
    const doc = '<?xml version="1.0" encoding="UTF-8"?>\n<R>\n  <C><A>1</A><B/></C>\n</R>\n'
    expect(eventsOf([doc])).toEqual(['<R@2', '<C@3', '<A@3', 'text "1"', '</A@3', '<B@3', '</B@3', '</C@3', '</R@4'])
  })

  it('reads CR LF line ends as LF, counting lines the same', () => {
    expect(eventsOf(['<R>\r\n<A>x\r\ny</A>\r\n</R>'])).toEqual(['<R@1', '<A@2', 'text "x\\ny"', '</A@3', '</R@4'])
  })

  it('gives up on anything but plain elements and text, leaving it to the general parser', () => {
    for (const doc of [
      '<R><!-- note --></R>',
      '<R a="1"></R>',
      '<R>&amp;</R>',
      '<!DOCTYPE R><R/>',
      '<R><![CDATA[x]]></R>',
      '<R><A></B></R>',
      '<R/><S/>',
      '<R\n></R>',
      '<R>\r</R>',
      'x<R/>',
      '<R/>x',
      '<R>',
      '',
      '  <?xml version="1.0"?><R/>',
      '<?xml version="2.0"?><R/>',
      '<?pi x?><R/>',
      '<R>\u0001</R>',
      '<R>]]></R>',
      '<a:R/>',
    ]) {
      expect([doc, eventsOf([doc])]).toEqual([doc, 'not plain'])
    }
  })

  it('gives the same events however the document is cut into pieces (property)', () => {
    const doc = fc
      .array(
        fc.constantFrom('<A>', '</A>', '<B/>', 'text', ' ', '\n', '\r\n', '>', '<', '&', 'é', '<!---->', '<A x="1">'),
        { maxLength: 30 },
      )
      .map((parts) => `<?xml version="1.0"?>\n<R>${parts.join('')}</R>\n`)
    fc.assert(
      fc.property(doc, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
        const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)
        const pieces = [0, ...at].map((from, i) => text.slice(from, at[i] ?? text.length))
        expect(eventsOf(pieces)).toEqual(eventsOf([text]))
      }),
      { numRuns: 500 },
    )
  })
})
