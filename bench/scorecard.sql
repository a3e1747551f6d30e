-- The adoption scorecard's timeliness indicators (A1, A10, A2, A3) for one three-year period, from raw SSDA903 CSV
-- files laid out as DATA/<council>/<year>/{episodes,ad1}.csv: what an analyst would write in DuckDB instead of using
-- adoption-scorecard. The same definitions and exclusions as docs/methodology.md; codes of every edition at once
-- (a code read in an edition that lacks it means what it meant where it existed). Placeholders: {data},
-- {periodStart}, {periodEnd}, {a3Months}.
WITH raw_episodes AS (
  SELECT
    regexp_extract(filename, '([0-9]{3})/([0-9]{4})/[^/]+$', 1) AS council,
    CAST(regexp_extract(filename, '([0-9]{3})/([0-9]{4})/[^/]+$', 2) AS INTEGER) AS year,
    CHILD AS child,
    try_strptime(DECOM, '%d/%m/%Y')::DATE AS start,
    RNE AS rne, LS AS ls, PLACE AS place,
    try_strptime(DEC, '%d/%m/%Y')::DATE AS finish,
    coalesce(REC, '') AS rec
  FROM read_csv('{data}/*/*/episodes.csv', filename = true, all_varchar = true, header = true, union_by_name = true)
),
-- An episode open at 31 March is held again by the next return: keep the latest return's copy.
episodes AS (
  SELECT * FROM raw_episodes WHERE start IS NOT NULL
  QUALIFY row_number() OVER (PARTITION BY council, child, start ORDER BY year DESC) = 1
),
-- A period of care starts at RNE S, or after an episode that ended it (any REC but X1).
marked AS (
  SELECT *,
    CASE WHEN rne = 'S'
      OR lag(finish) OVER w IS NULL AND lag(start) OVER w IS NULL
      OR (lag(finish) OVER w IS NOT NULL AND lag(rec) OVER w <> 'X1') THEN 1 ELSE 0 END AS starts_period,
    -- Foster carers who adopt: the run of episodes with the same carers (RNE L, T, U) ending in the placement.
    CASE WHEN rne IN ('L', 'T', 'U') THEN 0 ELSE 1 END AS starts_carers
  FROM episodes
  WINDOW w AS (PARTITION BY council, child ORDER BY start)
),
numbered AS (
  SELECT *, sum(starts_period) OVER (PARTITION BY council, child ORDER BY start) AS period_no FROM marked
),
runs AS (
  SELECT *,
    sum(CASE WHEN starts_carers = 1 OR starts_period = 1 THEN 1 ELSE 0 END)
      OVER (PARTITION BY council, child, period_no ORDER BY start) AS run_no
  FROM numbered
),
with_run_start AS (
  SELECT *, min(start) OVER (PARTITION BY council, child, period_no, run_no) AS run_start FROM runs
),
periods AS (
  SELECT council, child, period_no,
    min(start) AS entered_care,
    arg_min_null(rne, start) = 'S' AS entered_care_known,
    arg_max_null(finish, start) AS last_finish,
    arg_max_null(rec, start) AS last_rec,
    min(start) FILTER (WHERE place IN ('A1', 'A2', 'A3', 'A4', 'A5', 'A6')) AS placed,
    arg_min(run_start, start) FILTER (WHERE place IN ('A1', 'A2', 'A3', 'A4', 'A5', 'A6')) AS moved_in_with_carers,
    min(start) FILTER (WHERE ls IN ('E1', 'D1')) AS placement_order
  FROM with_run_start
  GROUP BY ALL
),
adopted AS (
  SELECT *, last_finish AS adopted_on FROM periods
  WHERE last_finish IS NOT NULL AND last_rec IN ('E1', 'E11', 'E12')
    AND last_finish BETWEEN DATE '{periodStart}' AND DATE '{periodEnd}'
),
ad1 AS (
  SELECT DISTINCT
    regexp_extract(filename, '([0-9]{3})/([0-9]{4})/[^/]+$', 1) AS council,
    CHILD AS child,
    try_strptime(DATE_INT, '%d/%m/%Y')::DATE AS decided,
    try_strptime(DATE_MATCH, '%d/%m/%Y')::DATE AS matched,
    FOSTER_CARE = '1' AS by_foster_carers
  FROM read_csv('{data}/*/*/ad1.csv', filename = true, all_varchar = true, header = true, union_by_name = true)
),
-- The AD1 row of this adoption: the latest match (or decision) within the period of care.
matched AS (
  SELECT a.*, d.matched, coalesce(d.by_foster_carers, false) AS by_foster_carers
  FROM adopted a
  LEFT JOIN ad1 d ON d.council = a.council AND d.child = a.child
    AND coalesce(d.matched, d.decided) BETWEEN
      (CASE WHEN a.entered_care_known THEN a.entered_care ELSE DATE '0001-01-01' END) AND a.adopted_on
  QUALIFY row_number() OVER (PARTITION BY a.council, a.child, a.period_no ORDER BY d.matched DESC NULLS LAST) = 1
),
counted AS (
  SELECT council,
    CASE WHEN placed <= adopted_on THEN placed END AS placed_before_order,
    CASE WHEN entered_care_known AND placed <= adopted_on AND placed >= entered_care THEN placed END AS a1_placed,
    entered_care, entered_care_known, placement_order, matched, by_foster_carers, moved_in_with_carers
  FROM matched
),
days AS (
  SELECT council,
    CASE WHEN a1_placed IS NOT NULL THEN a1_placed - entered_care END AS a1,
    CASE WHEN a1_placed IS NOT NULL THEN
      (CASE WHEN by_foster_carers AND moved_in_with_carers >= entered_care THEN moved_in_with_carers ELSE a1_placed END)
        - entered_care END AS a10,
    CASE WHEN placed_before_order IS NOT NULL AND placement_order IS NOT NULL AND matched IS NOT NULL
      AND (entered_care_known OR placement_order <> entered_care)
      THEN greatest(0, matched - placement_order) END AS a2,
    CASE WHEN a1_placed IS NOT NULL THEN
      CASE WHEN a1_placed < entered_care + INTERVAL ({a3Months}) MONTH THEN 1 ELSE 0 END END AS a3
  FROM counted
)
SELECT council,
  floor(avg(a1) + 0.5 + 1e-9)::INTEGER AS a1, count(a1) AS a1_children,
  floor(avg(a10) + 0.5 + 1e-9)::INTEGER AS a10, count(a10) AS a10_children,
  floor(avg(a2) + 0.5 + 1e-9)::INTEGER AS a2, count(a2) AS a2_children,
  sum(a3)::INTEGER AS a3_within, count(a3) AS a3_children
FROM days
GROUP BY council
ORDER BY council
