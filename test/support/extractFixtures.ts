/** A council's annual return and two in-year extracts, worked by hand in the pipeline and tracker tests. */
import { ad1, episode, header, placedAdoption, returnFiles, type Tables } from '../../src/ssda903/exampleReturn.js'
import type { ReturnFile } from '../../src/ssda903/returnFiles.js'

/** A council's tables laid out as an in-year extract taken on `date`. */
export const extractFiles = (council: string, date: string, tables: Partial<Tables>): ReturnFile[] =>
  returnFiles(council, 2000, tables).map((f) => ({ ...f, path: f.path.replace('/2000/', `/${date}/`) }))

// Hampshire's 2012-13 return (to 31 March 2013):
//   C1 entered care 1 May 2012; decision to place 1 Sep 2012; placement order 1 Nov 2012; not matched at 31 March.
//   C2 entered care 10 Apr 2012; decision 1 Jul 2012; placement order 1 Sep; placed 1 Feb 2013 (its match, 15 Jan
//   2013, is in AD1 only in the return of the year it is adopted).
export const annual2013: Partial<Tables> = {
  Header: [header('C1', '01/06/2011'), header('C2', '01/09/2011')],
  Episodes: [
    episode('C1', '01/05/2012', 'S', 'C2', 'Q2', '01/11/2012', 'X1'),
    episode('C1', '01/11/2012', 'L', 'E1', 'Q2'),
    episode('C2', '10/04/2012', 'S', 'C2', 'Q2', '01/09/2012', 'X1'),
    episode('C2', '01/09/2012', 'L', 'E1', 'Q2', '01/02/2013', 'X1', { REASON_PLACE_CHANGE: 'CARPL' }),
    episode('C2', '01/02/2013', 'P', 'E1', 'A6'),
  ],
  PlacedAdoption: [placedAdoption('C1', '01/09/2012', '', '', '01/06/2011'), placedAdoption('C2', '01/07/2012')],
}
// The extract taken on 15 August 2013: C1 matched 10 Jun (not in the return) and placed 1 Jul 2013; C2 adopted 20
// Jun 2013; C4 entered care 1 May 2013, decision to place 10 Jul 2013.
export const august: Partial<Tables> = {
  Header: [header('C1', '01/06/2011'), header('C2', '01/09/2011'), header('C4', '01/01/2013')],
  Episodes: [
    episode('C1', '01/11/2012', 'L', 'E1', 'Q2', '01/07/2013', 'X1', { REASON_PLACE_CHANGE: 'CARPL' }),
    episode('C1', '01/07/2013', 'P', 'E1', 'A6'),
    episode('C2', '01/02/2013', 'P', 'E1', 'A6', '20/06/2013', 'E11'),
    episode('C4', '01/05/2013', 'S', 'C2', 'Q2'),
  ],
  // AD1 holds only the children adopted in the year: C1's match (10 June) is not in the return.
  AD1: [ad1('C2', '01/07/2012', '15/01/2013')],
  PlacedAdoption: [
    placedAdoption('C1', '01/09/2012'),
    placedAdoption('C2', '01/07/2012'),
    placedAdoption('C4', '10/07/2013'),
  ],
}
// An extract taken on 30 November 2012, before the 2012-13 return's 31 March: C1 and C2 both have placement orders.
export const november: Partial<Tables> = {
  Header: [header('C1', '01/06/2011'), header('C2', '01/09/2011')],
  Episodes: [
    episode('C1', '01/05/2012', 'S', 'C2', 'Q2', '01/11/2012', 'X1'),
    episode('C1', '01/11/2012', 'L', 'E1', 'Q2'),
    episode('C2', '10/04/2012', 'S', 'C2', 'Q2', '01/09/2012', 'X1'),
    episode('C2', '01/09/2012', 'L', 'E1', 'Q2'),
  ],
  PlacedAdoption: [placedAdoption('C1', '01/09/2012'), placedAdoption('C2', '01/07/2012')],
}
export const ANNUAL = returnFiles('850', 2013, annual2013)
export const AUGUST = extractFiles('850', '2013-08-15', august)
export const NOVEMBER = extractFiles('850', '2012-11-30', november)
