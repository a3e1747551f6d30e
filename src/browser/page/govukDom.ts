import { shownCell, tagClass, type TableModel } from '../../web/tableModel.js'

/**
 * GOV.UK Design System components built as DOM nodes, with the markup the Nunjucks macros write on the server: the
 * check page renders its report in the browser, where the data is. Text is only ever set as text, never as HTML.
 */

type Child = Node | string | null | undefined | false
type Attributes = Record<string, string | boolean | undefined>

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue
    node.setAttribute(name, value === true ? '' : value)
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    node.append(child)
  }
  return node
}

/** A GOV.UK table from a table model (as govukTableParams and the govukTable macro render it), in a scroll region. */
export function govukTable(t: TableModel): HTMLElement {
  const numeric = (yes: boolean) => (yes ? ' govuk-table__header--numeric' : '')
  const head = el(
    'tr',
    { class: 'govuk-table__row' },
    ...t.columns.map((c) =>
      el('th', { scope: 'col', class: `govuk-table__header${numeric(c.numeric === true)}` }, c.label),
    ),
  )
  const body = el('tbody', { class: 'govuk-table__body' })
  t.rows.forEach((_row, i) => {
    const tr = el('tr', { class: 'govuk-table__row' })
    t.columns.forEach((c, j) => {
      const cell = shownCell(t, i, c)
      const isNumeric = 'numeric' in cell && cell.numeric
      const content =
        cell.kind === 'link'
          ? el('a', { class: 'govuk-link', href: cell.href }, cell.text)
          : cell.kind === 'suppressed'
            ? el('abbr', { title: 'suppressed: resting on few children' }, '[c]')
            : cell.kind === 'tag'
              ? el('strong', { class: `govuk-tag ${tagClass(cell.text)}` }, cell.text)
              : cell.text
      tr.append(
        j === 0
          ? el('th', { scope: 'row', class: `govuk-table__header${numeric(isNumeric)}` }, content)
          : el('td', { class: `govuk-table__cell${isNumeric ? ' govuk-table__cell--numeric' : ''}` }, content),
      )
    })
    body.append(tr)
  })
  const table = el(
    'table',
    { class: 'govuk-table' },
    el('caption', { class: 'govuk-table__caption govuk-table__caption--m' }, t.caption),
    el('thead', { class: 'govuk-table__head' }, head),
    body,
  )
  return el('div', { class: 'app-table-scroll', tabindex: '0', role: 'region', 'aria-label': t.caption }, table)
}

export function govukSummaryList(rows: readonly [string, string][]): HTMLElement {
  return el(
    'dl',
    { class: 'govuk-summary-list' },
    ...rows.map(([key, value]) =>
      el(
        'div',
        { class: 'govuk-summary-list__row' },
        el('dt', { class: 'govuk-summary-list__key' }, key),
        el('dd', { class: 'govuk-summary-list__value' }, value),
      ),
    ),
  )
}

export function govukErrorSummary(title: string, list: readonly { text: string; href: string }[]): HTMLElement {
  return el(
    'div',
    { class: 'govuk-error-summary', 'data-module': 'govuk-error-summary' },
    el(
      'div',
      { role: 'alert' },
      el('h2', { class: 'govuk-error-summary__title' }, title),
      el(
        'div',
        { class: 'govuk-error-summary__body' },
        el(
          'ul',
          { class: 'govuk-list govuk-error-summary__list' },
          ...list.map((item) => el('li', {}, el('a', { href: item.href }, item.text))),
        ),
      ),
    ),
  )
}

export function govukInsetText(...children: Child[]): HTMLElement {
  return el('div', { class: 'govuk-inset-text' }, ...children)
}

export const heading = (level: 'h2' | 'h3' | 'h4', size: 'l' | 'm' | 's', text: string, id?: string) =>
  el(level, { class: `govuk-heading-${size}`, id }, text)

export const paragraph = (...children: Child[]) => el('p', { class: 'govuk-body' }, ...children)
