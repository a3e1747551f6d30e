import { ourRule, type Rule } from './rule.js'

/**
 * This product's own rules (AS...): what no Department rule checks. The files themselves (they arrive as exports,
 * not through the Department's portal), the return as a whole, and the history stitched from several years'
 * returns, which the Department's rules (this year against last year) cannot see. docs/methodology.md lists which
 * AS rule covers what.
 */
export const OUR_RULES: readonly Rule[] = [
  // The files
  file('AS001', 'error', 'The file is empty. Export the table again from the case management system.'),
  file('AS002', 'error', 'The file is not text in a known encoding. Save the table as CSV (UTF-8) and load it again.'),
  file(
    'AS003',
    'error',
    'A line, or the file, is too large to be part of an SSDA903 extract. Check that the file is an SSDA903 export.',
  ),
  file(
    'AS004',
    'error',
    'The first line is not the header of an SSDA903 table (Header, Episodes, AD1, PlacedAdoption, ...). ' +
      'Put the column names (CHILD, DECOM, ...) on line 1.',
  ),
  file(
    'AS005',
    'error',
    'There are lines above the header row (a title or notes). Remove them so the column names are on line 1.',
  ),
  file(
    'AS006',
    'error',
    'The file is not well-formed CSV (for example a quote that is never closed). Export the table again.',
  ),
  file('AS007', 'error', 'A column the scorecard needs is missing from this table. Add it to the extract.'),
  file(
    'AS016',
    'warning',
    'A column of this edition of the return is missing from the table; its cells are read as blank.',
  ),
  file('AS008', 'warning', 'This column or element is not part of the SSDA903 table; it has been ignored.'),
  file(
    'AS009',
    'warning',
    'This SSDA903 table is recognised but not used by the adoption scorecard; it has been ignored.',
  ),
  file(
    'AS010',
    'error',
    'This table appears in more than one file for the same council and year. Keep one file per table.',
  ),
  file(
    'AS011',
    'warning',
    'Rows of this file have a different number of fields from the header; missing fields are read as blank.',
  ),
  file(
    'AS012',
    'error',
    'The folder layout is not DIR/<council code>/<collection year>/<files>, so the council or year is unknown.',
  ),
  file('AS013', 'error', 'The file is not well-formed XML. Export the return again.'),
  file(
    'AS014',
    'error',
    'The XML file declares a DOCTYPE, which an SSDA903 export does not have; it has not been read (for safety).',
  ),
  file('AS015', 'error', 'The XML file is not an SSDA903 export: its root element must be EXPSSDA903.'),
  file(
    'AS017',
    'error',
    'This council and year mix CSV and XML files. Load either the CSV files or the XML export, not both.',
  ),
  file('AS018', 'error', 'This council and year hold more than one XML export. Load one XML file per return.'),
  // The return as a whole
  whole(
    'AS070',
    'error',
    'The collection year is outside the editions of the return this product knows (2005-06 to 2026-27).',
  ),
  whole(
    'AS071',
    'error',
    'The return has no episodes: a return without its Episodes table cannot be loaded, or it would replace a ' +
      'whole year with nothing.',
  ),
  whole(
    'AS072',
    'error',
    'No episode of this return starts or ends in its collection year: the return appears to be filed under the ' +
      'wrong year.',
  ),
  whole('AS073', 'error', 'The data holds no SSDA903 return: no file was found in the DIR/<council>/<year>/ layout.'),
  whole(
    'AS074',
    'error',
    'Many of this return’s children are already in another council’s returns: it looks like that council’s ' +
      'return, loaded as this council’s. Check the council chosen.',
  ),
  // One record
  record('AS020', 'error', 'The child identifier (CHILD) is blank. Every row must name its child.', ['CHILD']),
  record(
    'AS022',
    'error',
    'The child identifier (CHILD) is not a plain identifier: letters, digits and - _ . / only, at most 40 ' +
      'characters.',
    ['CHILD'],
  ),
  record(
    'AS021',
    'error',
    'A value the scorecard needs is blank (DECOM, RNE, LS or PLACE); the episode cannot be placed in the ' +
      'child’s journey.',
    ['DECOM', 'RNE', 'LS', 'PLACE'],
  ),
  record(
    'AS027',
    'error',
    'This date falls after the end of the collection year (31 March), so it cannot be in this return.',
    ['DECOM', 'DATE_INT', 'DATE_MATCH'],
  ),
  record(
    'AS028',
    'warning',
    'This episode ended before 1 April of the collection year, so it belongs only in an earlier return.',
    ['DEC'],
  ),
  record('AS030', 'error', 'The same child appears more than once in the Header table.', ['CHILD']),
  record('AS039', 'error', 'The same child appears more than once in the AD1 table.', ['CHILD']),
  record('AS037', 'error', 'Two episodes for this child start on the same date.', ['DECOM']),
  record('AS040', 'error', 'The child is in the Episodes table but not in the Header table of the same return.', [
    'CHILD',
  ]),
  record(
    'AS045',
    'error',
    'The child is in the AD1 or PlacedAdoption table but not in the Header table of the same return.',
    ['CHILD'],
  ),
  record('AS041', 'warning', 'The child is in the Header table but has no episode in the same return.', ['CHILD']),
  record(
    'AS063',
    'error',
    'The date of birth in this table differs from the date of birth in the Header table for the same child.',
    ['DOB'],
  ),
  // Several returns stitched together
  history(
    'AS032',
    'error',
    'The episode starts before the previous episode, held in another year’s return, ended: episodes overlap.',
  ),
  history(
    'AS033',
    'error',
    'There is a gap between this episode and the previous one (in another year’s return), but it is not ' +
      'recorded as the start of a new period of care (RNE must be S).',
  ),
  history(
    'AS034',
    'error',
    'The previous episode (in another year’s return) ended the period of care (REC other than X1), so this ' +
      'episode must start a new period of care (RNE S).',
  ),
  history(
    'AS035',
    'error',
    'The previous episode (in another year’s return) ended with X1 (care continues), so this episode cannot ' +
      'start a new period of care (RNE S) on the same day.',
  ),
  history(
    'AS036',
    'error',
    'The episode ended with X1 (a new episode begins the same day), but no later return holds that episode.',
  ),
  history(
    'AS038',
    'warning',
    'Periods of care began before the earliest return loaded for this council, so the date those children ' +
      'entered care is not known; they are left out of A1 until the older returns are loaded.',
  ),
  history('AS060', 'warning', 'Two returns hold this episode with different values; the later return has been used.'),
  history(
    'AS061',
    'warning',
    'This episode was open at 31 March but is not in the next year’s return, which was loaded.',
  ),
  history(
    'AS062',
    'warning',
    'Two returns more than a year apart give this child a different date of birth, sex or ethnicity; the later ' +
      'return has been used.',
  ),
]

function file(id: string, severity: 'error' | 'warning', wording: string): Rule {
  return ourRule({ id, severity, tables: [], fields: [], wording })
}
function whole(id: string, severity: 'error' | 'warning', wording: string): Rule {
  return ourRule({ id, severity, tables: ['Header', 'Episodes'], fields: [], wording })
}
function record(id: string, severity: 'error' | 'warning', wording: string, fields: string[]): Rule {
  return ourRule({ id, severity, tables: ['Header', 'Episodes', 'AD1', 'PlacedAdoption'], fields, wording })
}
function history(id: string, severity: 'error' | 'warning', wording: string): Rule {
  return ourRule({ id, severity, tables: ['Header', 'Episodes'], fields: [], wording })
}
