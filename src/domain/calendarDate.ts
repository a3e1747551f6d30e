/**
 * Calendar dates as `YYYY-MM-DD` strings. No `Date` objects, no time zones:
 * day arithmetic goes through a proleptic Gregorian day number, so it is
 * exact across leap years and clock changes.
 */
export type CalendarDate = string

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  )
}

export function makeDate(year: number, month: number, day: number): CalendarDate {
  if (!isRealDate(year, month, day)) throw new RangeError(`not a calendar date: ${year}-${month}-${day}`)
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export function dateParts(date: CalendarDate): [number, number, number] {
  // Hot path (every day count goes through it): slices, not a regular expression.
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) {
    throw new RangeError(`not an ISO calendar date: ${date}`)
  }
  const y = Number(date.slice(0, 4))
  const m = Number(date.slice(5, 7))
  const d = Number(date.slice(8, 10))
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d))
    throw new RangeError(`not an ISO calendar date: ${date}`)
  return [y, m, d]
}

/**
 * A small memory of answers already worked out, for the date functions every row of a return goes through: returns
 * repeat the same few thousand dates, so each is parsed or counted once and its answer (and string) shared. Pure:
 * the answer is the same with or without it.
 */
class Remembered<V> {
  private readonly answers = new Map<string, V>()
  constructor(private readonly work: (text: string) => V) {}
  get(text: string): V {
    let v = this.answers.get(text)
    if (v === undefined && !this.answers.has(text)) {
      if (this.answers.size >= 100_000) this.answers.clear()
      v = this.work(text)
      this.answers.set(text, v)
    }
    return v as V
  }
}

const dayNumbers = new Remembered(dayNumberOf)

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function dayNumber(date: CalendarDate): number {
  return dayNumbers.get(date)
}

function dayNumberOf(date: CalendarDate): number {
  const [y0, m, d] = dateParts(date)
  const y = m <= 2 ? y0 - 1 : y0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

export function fromDayNumber(n: number): CalendarDate {
  const z = n + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return makeDate(y, m, d)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from)
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days)
}

/**
 * Same day of the month N months later; the last day of the month when it has no such day (31 Jan + 1 month = 28/29
 * Feb).
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = dateParts(date)
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return makeDate(year, month, Math.min(d, daysInMonth(year, month)))
}

/** Age in completed years on `on`. */
export function ageInYears(birth: CalendarDate, on: CalendarDate): number {
  const [by, bm, bd] = dateParts(birth)
  const [y, m, d] = dateParts(on)
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0)
}

export function earliest(...dates: (CalendarDate | null | undefined)[]): CalendarDate | null {
  let best: CalendarDate | null = null
  for (const d of dates) if (d && (best === null || d < best)) best = d
  return best
}

/**
 * Reads a date as SSDA903 extracts hold it: DD/MM/YYYY, or YYYY-MM-DD.
 * Returns null for anything else, including impossible dates (31/02/2012).
 */
export function parseReturnDate(text: string): CalendarDate | null {
  // The usual form, DD/MM/YYYY, read digit by digit and remembered by its number: no string is made or hashed.
  if (text.length === 10 && text.charCodeAt(2) === 47 && text.charCodeAt(5) === 47) {
    const key = digitsOf(text)
    if (key >= 0) {
      let date = slashDates.get(key)
      if (date === undefined) {
        if (slashDates.size >= 100_000) slashDates.clear()
        date = parseReturnDateOnce(text)
        slashDates.set(key, date)
      }
      return date
    }
  }
  return returnDates.get(text)
}

/** DD/MM/YYYY as the number DDMMYYYY, or -1 when a character is not a digit. */
function digitsOf(text: string): number {
  let n = 0
  for (let i = 0; i < 10; i++) {
    if (i === 2 || i === 5) continue
    const c = text.charCodeAt(i) - 48
    if (c < 0 || c > 9) return -1
    n = n * 10 + c
  }
  return n
}

const slashDates = new Map<number, CalendarDate | null>()

const returnDates = new Remembered(parseReturnDateOnce)

function parseReturnDateOnce(text: string): CalendarDate | null {
  const t = text.trim()
  let y: number, m: number, d: number
  let match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t)
  if (match) {
    d = Number(match[1])
    m = Number(match[2])
    y = Number(match[3])
  } else {
    match = ISO.exec(t)
    if (!match) return null
    y = Number(match[1])
    m = Number(match[2])
    d = Number(match[3])
  }
  return isRealDate(y, m, d) ? makeDate(y, m, d) : null
}

/** DD/MM/YYYY, as extracts write it. */
export function toReturnDate(date: CalendarDate): string {
  const [y, m, d] = dateParts(date)
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`
}
