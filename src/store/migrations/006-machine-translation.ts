import type { Kysely } from 'kysely';
import type { Dialect } from './_lib';

/**
 * Machine translation: the project's English variant and formality preference (DeepL refuses a
 * bare `en` target), and a cache of machine translations keyed by provider, options and source,
 * so asking twice never costs characters twice.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('projects').addColumn('target_lang', 'text', (col) => col.notNull().defaultTo('en-US')).execute();
  await db.schema.alterTable('projects').addColumn('formality', 'text', (col) => col.notNull().defaultTo('default')).execute();
  await db.schema
    .createTable('mt_cache')
    .addColumn('provider', 'text', (col) => col.notNull())
    .addColumn('options', 'text', (col) => col.notNull())
    .addColumn('source_hash', 'text', (col) => col.notNull())
    .addColumn('translation', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('mt_cache_pk', ['provider', 'options', 'source_hash'])
    .execute();
}
