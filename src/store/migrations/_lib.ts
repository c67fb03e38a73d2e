import type { ColumnDefinitionBuilder, CreateTableBuilder } from 'kysely';

/** The SQL dialects the store runs on. Migrations differ only where the SQL types do. */
export type Dialect = 'sqlite' | 'postgres';

/** Adds an auto-incremented integer primary key named `id`. */
export function withId<T extends string>(table: CreateTableBuilder<T, never>, dialect: Dialect): CreateTableBuilder<T, 'id'> {
  return dialect === 'postgres'
    ? table.addColumn('id', 'serial', (col: ColumnDefinitionBuilder) => col.primaryKey())
    : table.addColumn('id', 'integer', (col: ColumnDefinitionBuilder) => col.primaryKey().autoIncrement());
}
