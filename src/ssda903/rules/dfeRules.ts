import { DFE_ADOPTION_RULES } from './dfeAdoptionRules.js'
import { DFE_CELL_RULES } from './dfeCellRules.js'
import { DFE_CHAIN_RULES } from './dfeChainRules.js'
import { DFE_CHILD_RULES } from './dfeChildRules.js'
import { DFE_EPISODE_RULES } from './dfeEpisodeRules.js'
import { DFE_LAST_YEAR_RULES } from './dfeLastYearRules.js'
import type { Rule } from './rule.js'

/**
 * The Department's numbered SSDA903 validation rules on the tables the scorecard reads (Header, Episodes, AD1,
 * PlacedAdoption, and last year's of each), each under the Department's number with its wording and editions
 * (docs/sources/dfe-rules.json has the sources). Grouped by what they look at.
 */
export const DFE_RULES: readonly Rule[] = [
  ...DFE_CELL_RULES,
  ...DFE_CHILD_RULES,
  ...DFE_EPISODE_RULES,
  ...DFE_CHAIN_RULES,
  ...DFE_ADOPTION_RULES,
  ...DFE_LAST_YEAR_RULES,
]
