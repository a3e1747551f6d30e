import { DFE_ADOPTION_RULE_CASES } from './dfeAdoptionRules.cases.js'
import { DFE_CELL_RULE_CASES } from './dfeCellRules.cases.js'
import { DFE_CHAIN_RULE_CASES } from './dfeChainRules.cases.js'
import { DFE_CHILD_RULE_CASES } from './dfeChildRules.cases.js'
import { DFE_EPISODE_RULE_CASES } from './dfeEpisodeRules.cases.js'
import { DFE_LAST_YEAR_RULE_CASES } from './dfeLastYearRules.cases.js'
import { OUR_RULE_CASES } from './ourRules.cases.js'
import type { RuleCase } from './ruleCase.js'

/** Every hand-worked case of every rule: the tests run them, and the synthetic faults are made from them. */
export const ALL_RULE_CASES: readonly RuleCase[] = [
  ...DFE_CELL_RULE_CASES,
  ...DFE_CHILD_RULE_CASES,
  ...DFE_EPISODE_RULE_CASES,
  ...DFE_CHAIN_RULE_CASES,
  ...DFE_ADOPTION_RULE_CASES,
  ...DFE_LAST_YEAR_RULE_CASES,
  ...OUR_RULE_CASES,
]
