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
        await db.schema.createIndex('submission_current').on('submission').columns(['state', 'council', 'year']).execute()
        await db.schema
          .createTable('submission_file')
          .addColumn('id', serial, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn('submission_id', 'text', (c) => c.notNull().references('submission.id').onDelete('restrict'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('sha256', 'text', (c) => c.notNull())
          .addColumn('content', sql.raw(blob), (c) => c.notNull())
          .execute()
        await db.schema.createIndex('submission_file_submission').on('submission_file').column('submission_id').execute()
      },
    },
  }
}

export function migrationProvider(dialect: 'sqlite' | 'postgres'): MigrationProvider {
  return { getMigrations: async () => migrations(dialect) }
}
