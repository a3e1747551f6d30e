import { ENGLISH_COUNCILS } from '../domain/englishCouncils.js'
import { editionName, isKnownYear } from '../ssda903/editions/edition.js'
import { FIRST_COLLECTION_YEAR, LAST_COLLECTION_YEAR } from '../ssda903/rules/rule.js'

/** The check form's choices: every English council by name, and every collection year the checks know, latest first. */
export function checkFormChoices(): {
  councils: { value: string; text: string }[]
  years: { value: string; text: string }[]
} {
  const years: { value: string; text: string }[] = []
  for (let y = LAST_COLLECTION_YEAR; y >= FIRST_COLLECTION_YEAR; y--) {
    years.push({ value: String(y), text: `${editionName(y)} (1 April ${y - 1} to 31 March ${y})` })
  }
  return {
    councils: [...ENGLISH_COUNCILS]
      .sort((a, b) => a.name.localeCompare(b.name, 'en'))
      .map((c) => ({ value: c.code, text: `${c.name} (${c.code})` })),
    years,
  }
}

/** What is wrong with the form, field by field, in the GOV.UK words; empty when the check can run. */
export function checkFormErrors(values: {
  council: string
  year: string
  thisYearFiles: number
}): { field: 'council' | 'year' | 'this-year'; text: string }[] {
  const errors: { field: 'council' | 'year' | 'this-year'; text: string }[] = []
  if (!ENGLISH_COUNCILS.some((c) => c.code === values.council))
    errors.push({ field: 'council', text: 'Select the council' })
  if (!/^\d{4}$/.test(values.year) || !isKnownYear(Number(values.year)))
    errors.push({ field: 'year', text: 'Select the collection year' })
  if (values.thisYearFiles === 0)
    errors.push({ field: 'this-year', text: "Choose this year's CSV files or the XML export of the return" })
  return errors
}
