import type { UsedTable } from '../tableSpecs.js'

/**
 * When a column of a table the scorecard reads entered or left the return (collection years, inclusive). Columns not
 * listed are in every edition the product knows, as far as the sources tell (docs/sources/editions.md lists what
 * no source dates: the first years of PLACE_PROVIDER, REASON_PLACE_CHANGE and the postcodes). A column of the
 * edition missing from a file is reported once for the file (AS016, a warning) and read as blank.
 */
export const COLUMN_HISTORY: Readonly<Record<UsedTable, Readonly<Record<string, { from?: number; to?: number }>>>> = {
  Header: {},
  // URN: the Department's rule 218 wording dates Ofsted URNs from 31 March 2015 (confidence M).
  Episodes: { URN: { from: 2016 } },
  AD1: {},
  PlacedAdoption: {},
}
