import type { ColumnDefinitionBuilder, CreateTableBuilder } from 'kysely';

/** The SQL dialects the store runs on. Migrations differ only where the SQL types do. */
export type Dialect = 'sqlite' | 'postgres';

export interface IdOptions {
  /**
   * SQLite only: never reuse the id of a deleted row (AUTOINCREMENT). Right for what users hold
   * links to (documents, segments); append-only history skips it, because it costs one more page
   * write per insert (the sqlite_sequence row) on the hottest path, a segment save.
   */
  neverReuse: boolean;
}

/** Adds an auto-incremented integer primary key named `id`. */
export function withId<T extends string>(
  table: CreateTableBuilder<T, never>,
  dialect: Dialect,
  options: IdOptions = { neverReuse: true },
): CreateTableBuilder<T, 'id'> {
  if (dialect === 'postgres') return table.addColumn('id', 'serial', (col: ColumnDefinitionBuilder) => col.primaryKey());
  return table.addColumn('id', 'integer', (col: ColumnDefinitionBuilder) =>
    options.neverReuse ? col.primaryKey().autoIncrement() : col.primaryKey(),
  );
}
