import type { Severity } from '../domain/finding.js'

/**
 * Every validation rule the reader applies, in one place. `dfe` names the DfE
 * SSDA903 validation rule a check follows (as numbered in the DfE rules and the
 * public lac_validator); rules numbered AS... are this product's own, for
 * problems that matter to the adoption figures and that DfE checks per return
 * cannot see (several years stitched together). docs/methodology.md lists them.
 */
export interface RuleDefinition {
  id: string
  severity: Severity
  /** What is wrong and what to do, for a data officer. */
  message: string
  dfe?: string
}

const rules: RuleDefinition[] = [
  // The file as a whole
  { id: 'AS001', severity: 'error', message: 'The file is empty. Export the table again from the case management system.' },
  { id: 'AS002', severity: 'error', message: 'The file is not a UTF-8 text (CSV) file. Save the table as CSV (UTF-8) and load it again.' },
  { id: 'AS003', severity: 'error', message: 'A line is too long to be part of an SSDA903 extract. Check that the file is a CSV export of one SSDA903 table.' },
  { id: 'AS004', severity: 'error', message: 'The first line is not the header of an SSDA903 table (Header, Episodes, AD1, PlacedAdoption, ...). Put the column names (CHILD, DECOM, ...) on line 1.' },
  { id: 'AS005', severity: 'error', message: 'There are lines above the header row (a title or notes). Remove them so the column names are on line 1.' },
  { id: 'AS006', severity: 'error', message: 'The file is not well-formed CSV (for example a quote that is never closed). Export the table again.' },
  { id: 'AS007', severity: 'error', message: 'A column the scorecard needs is missing from this table. Add it to the extract.' },
  { id: 'AS008', severity: 'warning', message: 'This column is not part of the SSDA903 table; it has been ignored.' },
  { id: 'AS009', severity: 'warning', message: 'This SSDA903 table is recognised but not used by the adoption scorecard; it has been ignored.' },
  { id: 'AS010', severity: 'error', message: 'This table appears in more than one file for the same council and year. Keep one file per table.' },
  { id: 'AS011', severity: 'warning', message: 'This row has a different number of fields from the header; missing fields are read as blank.' },
  { id: 'AS012', severity: 'error', message: 'The folder layout is not DIR/<council code>/<collection year>/*.csv, so the council or year of this file is unknown.' },
  // One field
  { id: 'AS020', severity: 'error', message: 'The child identifier (CHILD) is blank. Every row must name its child.' },
  { id: '101', dfe: '101', severity: 'error', message: 'Gender (SEX) is not a valid code: use 1 (male) or 2 (female).' },
  { id: '102', dfe: '102', severity: 'error', message: 'Date of birth (DOB) is not a valid date. Use DD/MM/YYYY.' },
  { id: '103', dfe: '103', severity: 'error', message: 'Ethnicity (ETHNIC) is missing or not a valid code.' },
  { id: '141', dfe: '141', severity: 'error', message: 'Date episode began (DECOM) is missing or not a valid date; the episode cannot be used.' },
  { id: '143', dfe: '143', severity: 'error', message: 'Reason for new episode (RNE) is not a valid code (S, P, L, T, U, B).' },
  { id: '144', dfe: '144', severity: 'error', message: 'Legal status (LS) is not a valid code.' },
  { id: '145', dfe: '145', severity: 'warning', message: 'Category of need (CIN) is not a valid code (N1-N8).' },
  { id: '146', dfe: '146', severity: 'error', message: 'Placement type (PLACE) is not a valid code.' },
  { id: '147', dfe: '147', severity: 'error', message: 'Date episode ceased (DEC) is not a valid date. Use DD/MM/YYYY, or leave it blank if the episode is open.' },
  { id: '149', dfe: '149', severity: 'error', message: 'Reason episode ceased (REC) is not a valid code.' },
  { id: '178', dfe: '178', severity: 'warning', message: 'Placement provider (PLACE_PROVIDER) is not a valid code (PR0-PR5).' },
  { id: '120', dfe: '120', severity: 'error', message: 'Reason the decision to place for adoption ceased (REASON_PLACED_CEASED) is not a valid code (E11, E12, RD1-RD4).' },
  { id: '175', dfe: '175', severity: 'warning', message: 'Number of adopters (NB_ADOPTR) is not a valid code (1 or 2).' },
  { id: '176', dfe: '176', severity: 'warning', message: 'Gender of adopter(s) (SEX_ADOPTR) is not a valid code.' },
  { id: '177', dfe: '177', severity: 'warning', message: 'Legal status of adopter(s) (LS_ADOPTR) is not a valid code.' },
  { id: 'AS021', severity: 'error', message: 'Date of the decision that the child should be placed for adoption (DATE_INT) is not a valid date.' },
  { id: 'AS022', severity: 'error', message: 'Date of match (DATE_MATCH) is not a valid date; the child cannot be counted in A2.' },
  { id: 'AS023', severity: 'error', message: 'Date of the decision to place for adoption (DATE_PLACED) is missing or not a valid date; the row cannot be used.' },
  { id: 'AS024', severity: 'error', message: 'Date the decision to place for adoption ceased (DATE_PLACED_CEASED) is not a valid date.' },
  { id: 'AS025', severity: 'error', message: 'Adopted by foster carer (FOSTER_CARE) must be 0 or 1; the adjusted A1 cannot be worked out.' },
  { id: 'AS026', severity: 'error', message: 'Date episode ceased (DEC) and reason episode ceased (REC) must be both filled in or both blank.' },
  { id: 'AS027', severity: 'error', message: 'This date falls after 31 March of the collection year, so it cannot be in this return.' },
  { id: 'AS028', severity: 'warning', message: 'This episode ended before 1 April of the collection year, so it belongs only in an earlier return.' },
  // One child, one table
  { id: 'AS030', severity: 'error', message: 'The same child appears more than once in the Header table.' },
  { id: 'AS031', severity: 'error', message: 'The episode ends (DEC) before it starts (DECOM).' },
  { id: 'AS032', severity: 'error', message: 'The episode starts before the previous episode ended: episodes overlap.' },
  { id: 'AS033', severity: 'error', message: 'There is a gap before this episode, but it is not recorded as the start of a new period of care (RNE must be S).' },
  { id: 'AS034', severity: 'error', message: 'The previous episode ended the period of care (REC other than X1), so this episode must start a new period of care (RNE S).' },
  { id: 'AS035', severity: 'error', message: 'The previous episode ended with X1 (care continues), so this episode cannot start a new period of care (RNE S) on the same day.' },
  { id: 'AS036', severity: 'error', message: 'The episode ended with X1 (a new episode begins the same day), but no episode begins that day.' },
  { id: 'AS037', severity: 'error', message: 'Two episodes for this child start on the same date.' },
  { id: 'AS038', severity: 'warning', message: 'The first episode held for this child does not start a period of care (RNE S), and no older return holds the start. Load the older returns so the date the child entered care is known.' },
  // Across tables
  { id: 'AS040', severity: 'error', message: 'The child is in the Episodes table but not in the Header table of the same return.' },
  { id: 'AS041', severity: 'warning', message: 'The child is in the Header table but has no episode in the same return.' },
  { id: 'AS042', severity: 'error', message: 'The child entered care (DECOM) before being born (DOB).' },
  { id: 'AS043', severity: 'error', message: 'The child was adopted (REC E11/E12) but has no AD1 row. Add the adoption details.' },
  { id: 'AS044', severity: 'error', message: 'The child has an AD1 (adoption) row but no episode that ended in adoption (REC E11/E12) in this return.' },
  { id: '551', dfe: '551', severity: 'error', message: 'The child was placed for adoption (PLACE A3-A6) but there is no date of the decision that the child should be placed for adoption.' },
  { id: 'AS046', severity: 'error', message: 'The child was placed for adoption under a placement order (PLACE A5/A6) but the legal status is not a placement or freeing order (LS E1/D1).' },
  { id: 'AS047', severity: 'error', message: 'The match date (DATE_MATCH) is after the date the child was placed for adoption: a child is matched before being placed.' },
  { id: 'AS048', severity: 'error', message: 'The match date (DATE_MATCH) is before the decision that the child should be placed for adoption.' },
  { id: 'AS049', severity: 'error', message: 'The decision to place for adoption ceased (DATE_PLACED_CEASED) before it was made (DATE_PLACED).' },
  { id: 'AS050', severity: 'error', message: 'DATE_PLACED_CEASED and REASON_PLACED_CEASED must be both filled in or both blank.' },
  { id: '553', dfe: '553', severity: 'warning', message: 'A placement order was granted (LS E1) but there is no date of the decision that the child should be placed for adoption.' },
  { id: '335', dfe: '335', severity: 'warning', message: 'FOSTER_CARE does not agree with the adoptive placement: 1 needs placement A3/A5 (with current foster carers), 0 needs A4/A6.' },
  { id: 'AS053', severity: 'error', message: 'The decision that the child should be placed for adoption is dated after the adoption.' },
  { id: 'AS054', severity: 'warning', message: 'AD1 DATE_INT and PlacedAdoption DATE_PLACED give different dates for the decision to place this child for adoption.' },
  { id: 'AS055', severity: 'error', message: 'The child was 18 or over on entering care.' },
  { id: 'AS056', severity: 'warning', message: 'The child was adopted without being placed for adoption (no PLACE A3-A6 in the period of care), so is left out of A1, A2 and A3.' },
  { id: 'AS057', severity: 'error', message: 'The child was adopted after the decision to place for adoption was reversed (REASON_PLACED_CEASED RD1-RD4), with no new decision.' },
  // Several returns
  { id: 'AS060', severity: 'warning', message: 'Two returns hold this episode with different values; the later return has been used.' },
  { id: 'AS061', severity: 'warning', message: 'This episode was open at 31 March but is not in the next year’s return, which was loaded.' },
  { id: 'AS062', severity: 'warning', message: 'Two returns give this child a different date of birth, gender or ethnicity; the later return has been used.' },
]

export const RULES: ReadonlyMap<string, RuleDefinition> = new Map(rules.map((r) => [r.id, r]))

export function ruleById(id: string): RuleDefinition {
  const rule = RULES.get(id)
  if (!rule) throw new Error(`unknown validation rule ${id}`)
  return rule
}
