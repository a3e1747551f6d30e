import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely'

/** Versioned migrations, run in order at start-up. Never edit one that has shipped: add the next. */
export function migrations(dialect: 'sqlite' | 'postgres'): Record<string, Migration> {
  const blob = dialect === 'postgres' ? 'bytea' : 'blob'
  const serial = dialect === 'postgres' ? 'serial' : 'integer'
  return {
    '2026-11-22-01-submissions': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('submission')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('council', 'text', (c) => c.notNull())
          .addColumn('year', 'integer', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('current', 'superseded')`))
          .addColumn('received_at', 'text', (c) => c.notNull())
          .addColumn('sha256', 'text', (c) => c.notNull())
          .addColumn('row_count', 'integer', (c) => c.notNull())
          .addColumn('warning_count', 'integer', (c) => c.notNull())
          .addUniqueConstraint('submission_council_year_version', ['council', 'year', 'version'])
          .execute()
        await db.schema
          .createIndex('submission_current')
          .on('submission')
          .columns(['state', 'council', 'year'])
          .execute()
        await db.schema
          .createTable('submission_file')
          .addColumn('id', serial, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn('submission_id', 'text', (c) => c.notNull().references('submission.id').onDelete('restrict'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('sha256', 'text', (c) => c.notNull())
          .addColumn('content', sql.raw(blob), (c) => c.notNull())
          .execute()
        await db.schema
          .createIndex('submission_file_submission')
          .on('submission_file')
          .column('submission_id')
          .execute()
      },
    },
    '2026-11-22-02-accounts-publication-audit': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('account')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('email', 'text', (c) => c.notNull().unique())
          .addColumn('role', 'text', (c) =>
            c
              .notNull()
              .check(sql`role in ('national-analyst', 'council-user', 'improvement-adviser', 'administrator')`),
          )
          .addColumn('council', 'text')
          .addColumn('password_hash', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
          .addCheckConstraint('account_council', sql`(role = 'council-user') = (council is not null)`)
          .execute()
        await db.schema
          .createTable('session')
          .addColumn('token_hash', 'text', (c) => c.primaryKey())
          .addColumn('account_id', 'text', (c) => c.notNull().references('account.id').onDelete('cascade'))
          .addColumn('csrf_token', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('last_seen_at', 'text', (c) => c.notNull())
          .execute()
        await db.schema.createIndex('session_account').on('session').column('account_id').execute()
        await db.schema
          .createTable('publication')
          .addColumn('period', 'text', (c) => c.primaryKey())
          .addColumn('published_at', 'text', (c) => c.notNull())
          .addColumn('published_by', 'text', (c) => c.notNull())
          .execute()
        await db.schema
          .createTable('audit_event')
          .addColumn('id', serial, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('actor', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('council', 'text')
          .addColumn('detail', 'text', (c) => c.notNull())
          .execute()
        await db.schema.createIndex('audit_event_at').on('audit_event').column('at').execute()
        // The audit log is append-only, whatever the application does.
        if (dialect === 'postgres') {
          await sql`create function audit_event_append_only() returns trigger language plpgsql as $$
            begin raise exception 'the audit log is append-only'; end $$`.execute(db)
          await sql`create trigger audit_event_no_change before update or delete on audit_event
            for each row execute function audit_event_append_only()`.execute(db)
        } else {
          await sql`create trigger audit_event_no_update before update on audit_event
            begin select raise(abort, 'the audit log is append-only'); end`.execute(db)
          await sql`create trigger audit_event_no_delete before delete on audit_event
            begin select raise(abort, 'the audit log is append-only'); end`.execute(db)
        }
      },
    },
    '2026-11-22-03-commentary-neighbours': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('commentary')
          .addColumn('council', 'text', (c) => c.notNull())
          .addColumn('period', 'text', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('updated_by', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('commentary_key', ['council', 'period'])
          .execute()
        await db.schema
          .createTable('statistical_neighbour')
          .addColumn('council', 'text', (c) => c.notNull())
          .addColumn('neighbour', 'text', (c) => c.notNull())
          .addColumn('position', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('statistical_neighbour_key', ['council', 'neighbour'])
          .execute()
      },
    },
    '2026-11-22-04-review-process': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('review_case')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('council', 'text', (c) => c.notNull())
          .addColumn('period', 'text', (c) => c.notNull())
          .addColumn('state', 'text', (c) => c.notNull())
          .addColumn('outcome', 'text')
          .addColumn('plan_attached', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('opened_by', 'text', (c) => c.notNull())
          .addColumn('opened_at', 'text', (c) => c.notNull())
          .execute()
        await db.schema
          .createTable('review_step')
          .addColumn('id', serial, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn('case_id', 'text', (c) => c.notNull().references('review_case.id'))
          .addColumn('event', 'text', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('by', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .execute()
        await db.schema
          .createTable('improvement_action')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('council', 'text', (c) => c.notNull())
          .addColumn('outcome', 'text', (c) => c.notNull())
          .addColumn('rationale', 'text', (c) => c.notNull())
          .addColumn('objective', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('lead', 'text', (c) => c.notNull())
          .addColumn('due', 'text', (c) => c.notNull())
          .addColumn('progress', 'text', (c) => c.notNull())
          .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('indicator', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute()
      },
    },
    '2026-11-22-05-council-settings': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('council_setting')
          .addColumn('council', 'text', (c) => c.notNull())
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('value', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('council_setting_key', ['council', 'key'])
          .execute()
      },
    },
    '2026-11-22-06-adopters': {
      async up(db: Kysely<unknown>) {
        let t = db.schema
          .createTable('adopter_household')
          .addColumn('agency', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
        for (const c of ['interest', 'stage1', 'application', 'approved', 'referred', 'matched', 'placed', 'withdrawn'])
          t = t.addColumn(c, 'text')
        await t
          .addColumn('reason_withdrawn', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('adopter_household_key', ['agency', 'id'])
          .execute()
      },
    },
    '2026-11-23-01-published-versions-sign-in-failures': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('published_scorecard')
          .addColumn('period', 'text', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('published_at', 'text', (c) => c.notNull())
          .addColumn('published_by', 'text', (c) => c.notNull())
          .addColumn('note', 'text', (c) => c.notNull())
          .addColumn('content', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('published_scorecard_key', ['period', 'version'])
          .execute()
        await db.schema
          .createTable('sign_in_failure')
          .addColumn('id', serial, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('at', 'bigint', (c) => c.notNull())
          .execute()
        await db.schema.createIndex('sign_in_failure_key').on('sign_in_failure').columns(['key', 'at']).execute()
      },
    },
    '2026-11-23-02-data-changes-drafts-password-tokens': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('data_change')
          .addColumn('id', serial, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('council', 'text')
          .addColumn('period', 'text')
          .execute()
        await db.schema
          .createTable('upload_draft')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('owner', 'text', (c) => c.notNull())
          .addColumn('council', 'text', (c) => c.notNull())
          .addColumn('year', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('report', 'text', (c) => c.notNull())
          .execute()
        await db.schema.createIndex('upload_draft_owner').on('upload_draft').columns(['owner', 'created_at']).execute()
        await db.schema
          .createTable('upload_draft_file')
          .addColumn('draft_id', 'text', (c) => c.notNull().references('upload_draft.id').onDelete('cascade'))
          .addColumn('position', 'integer', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('content', sql.raw(blob), (c) => c.notNull())
          .addPrimaryKeyConstraint('upload_draft_file_key', ['draft_id', 'position'])
          .execute()
        await db.schema
          .createTable('password_token')
          .addColumn('token_hash', 'text', (c) => c.primaryKey())
          .addColumn('account_id', 'text', (c) => c.notNull().references('account.id').onDelete('cascade'))
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .addColumn('used', 'integer', (c) => c.notNull().defaultTo(0))
          .execute()
      },
    },
    '2026-11-23-03-council-journeys': {
      async up(db: Kysely<unknown>) {
        // Derived data: each council's journeys as built from its current returns, so start-up need not read them.
        await db.schema
          .createTable('council_journeys')
          .addColumn('council', 'text', (c) => c.primaryKey())
          .addColumn('basis', 'text', (c) => c.notNull())
          .addColumn('journeys', 'text', (c) => c.notNull())
          .addColumn('built_at', 'text', (c) => c.notNull())
          .execute()
      },
    },
    '2026-11-24-01-court-stages': {
      async up(db: Kysely<unknown>) {
        // The court stages after placement, which the return does not hold: recorded by the council, child by child.
        await db.schema
          .createTable('court_stage')
          .addColumn('council', 'text', (c) => c.notNull())
          .addColumn('child', 'text', (c) => c.notNull())
          .addColumn('recommendation', 'text')
          .addColumn('annex_a_requested', 'text')
          .addColumn('annex_a_received', 'text')
          .addColumn('annex_a_team', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('application_lodged', 'text')
          // Hearing dates, YYYY-MM-DD, comma-separated, in order.
          .addColumn('hearings', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('order_made', 'text')
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('updated_by', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('court_stage_key', ['council', 'child'])
          .execute()
      },
    },
    '2026-11-24-02-in-year-extracts': {
      async up(db: Kysely<unknown>) {
        // In-year extracts: the return's tables as a council's system exports them on a day; one per council and day.
        await db.schema
          .createTable('in_year_extract')
          .addColumn('council', 'text', (c) => c.notNull())
          .addColumn('taken_on', 'text', (c) => c.notNull())
          .addColumn('received_at', 'text', (c) => c.notNull())
          .addColumn('received_by', 'text', (c) => c.notNull())
          .addColumn('row_count', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('in_year_extract_key', ['council', 'taken_on'])
          .execute()
        await db.schema
          .createTable('in_year_extract_file')
          .addColumn('council', 'text', (c) => c.notNull())
          .addColumn('taken_on', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('content', sql.raw(blob), (c) => c.notNull())
          .addPrimaryKeyConstraint('in_year_extract_file_key', ['council', 'taken_on', 'name'])
          .execute()
      },
    },
  }
}

export function migrationProvider(dialect: 'sqlite' | 'postgres'): MigrationProvider {
  return { getMigrations: () => Promise.resolve(migrations(dialect)) }
}
