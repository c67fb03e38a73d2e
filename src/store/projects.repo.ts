import { checkIds, type QaSettings } from '../domain/qa';
import { analysisBands, type AnalysisWeights, defaultAnalysisWeights } from '../domain/analysis';
import { type Kysely, sql } from 'kysely';
import { isRole, type Role } from '../domain/permissions';
import type { Database, ProjectRow } from './schema';
import type { ProjectRecord, ProjectRepository } from './store';

/** Projects over Kysely: the same code for SQLite and PostgreSQL. */
export function projectRepository(db: Kysely<Database>): ProjectRepository {
  const withCounts = () =>
    db
      .selectFrom('projects')
      .selectAll('projects')
      .select((eb) =>
        eb
          .selectFrom('documents')
          .select(({ fn }) => fn.countAll<number | string>().as('n'))
          .whereRef('documents.project_id', '=', 'projects.id')
          .where('documents.importing_at', 'is', null)
          .as('document_count'),
      );

  return {
    async create(name, now) {
      const row = await db.insertInto('projects').values({ name, created_at: now }).returningAll().executeTakeFirstOrThrow();
      return toProject({ ...row, document_count: 0 });
    },
    async get(id) {
      // A project being imported from an archive is not there yet (findByName still sees it: its name is taken).
      const row = await withCounts().where('id', '=', id).where('importing_at', 'is', null).executeTakeFirst();
      return row && toProject(row);
    },
    async findByName(name) {
      const row = await withCounts().where(sql<string>`lower(name)`, '=', name.toLowerCase()).executeTakeFirst();
      return row && toProject(row);
    },
    async list() {
      const rows = await withCounts().where('importing_at', 'is', null).orderBy('id').execute();
      return rows.map(toProject);
    },
    async lock(projectId) {
      // A no-op write: PostgreSQL holds the row lock until the transaction ends.
      await db.updateTable('projects').set((eb) => ({ name: eb.ref('name') })).where('id', '=', projectId).execute();
    },
    async updateSettings(projectId, settings) {
      await db
        .updateTable('projects')
        .set({
          target_lang: settings.targetLang,
          formality: settings.formality,
          qa_settings: Object.keys(settings.qa).length ? JSON.stringify(settings.qa) : null,
          ...(settings.analysisWeights ? { analysis_weights: JSON.stringify(settings.analysisWeights) } : {}),
        })
        .where('id', '=', projectId)
        .execute();
    },
    async members(projectId) {
      const rows = await db
        .selectFrom('project_members')
        .innerJoin('users', 'users.id', 'project_members.user_id')
        .select(['users.id', 'users.username', 'project_members.role', 'project_members.created_at'])
        .where('project_members.project_id', '=', projectId)
        .orderBy('project_members.created_at')
        .orderBy('users.id')
        .execute();
      return rows.map((row) => ({ userId: row.id, username: row.username, role: toRole(row.role), addedAt: row.created_at }));
    },
    async rolesOf(userId) {
      const rows = await db.selectFrom('project_members').select(['project_id', 'role']).where('user_id', '=', userId).execute();
      return new Map(rows.map((row) => [row.project_id, toRole(row.role)]));
    },
    async addMember(projectId, userId, role, now) {
      await db.insertInto('project_members').values({ project_id: projectId, user_id: userId, role, created_at: now }).execute();
    },
    async setRole(projectId, userId, role) {
      const result = await db.updateTable('project_members').set({ role }).where('project_id', '=', projectId).where('user_id', '=', userId).executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async removeMember(projectId, userId) {
      const result = await db.deleteFrom('project_members').where('project_id', '=', projectId).where('user_id', '=', userId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async access(target, userId) {
      // One query from the thing to its project and the user's membership (the hot path: every save).
      // A document still being imported is not there yet.
      const role = (projectId: 'projects.id' | 'documents.project_id' | 'glossary_terms.project_id') =>
        db
          .selectFrom('project_members')
          .select('project_members.role')
          .where('project_members.project_id', '=', sql.ref<number>(projectId))
          .where('project_members.user_id', '=', userId)
          .as('role');
      let row: { project_id: number; role: string | null } | undefined;
      if (target.kind === 'project') {
        row = await db
          .selectFrom('projects')
          .select(['projects.id as project_id', role('projects.id')])
          .where('projects.id', '=', target.id)
          .where('projects.importing_at', 'is', null)
          .executeTakeFirst();
      } else if (target.kind === 'document') {
        row = await db
          .selectFrom('documents')
          .select(['documents.project_id', role('documents.project_id')])
          .where('documents.id', '=', target.id)
          .where('documents.importing_at', 'is', null)
          .executeTakeFirst();
      } else if (target.kind === 'term') {
        row = await db
          .selectFrom('glossary_terms')
          .innerJoin('projects', 'projects.id', 'glossary_terms.project_id')
          .select(['glossary_terms.project_id', role('glossary_terms.project_id')])
          .where('glossary_terms.id', '=', target.id)
          .where('projects.importing_at', 'is', null)
          .executeTakeFirst();
      } else if (target.kind === 'job') {
        row = await db
          .selectFrom('jobs')
          .innerJoin('documents', 'documents.id', 'jobs.document_id')
          .select(['documents.project_id', role('documents.project_id')])
          .where('jobs.id', '=', target.id)
          .where('documents.importing_at', 'is', null)
          .executeTakeFirst();
      } else if (target.kind === 'comment') {
        row = await db
          .selectFrom('comments')
          .innerJoin('documents', 'documents.id', 'comments.document_id')
          .select(['documents.project_id', role('documents.project_id')])
          .where('comments.id', '=', target.id)
          .where('documents.importing_at', 'is', null)
          .executeTakeFirst();
      } else {
        row = await db
          .selectFrom('segments')
          .innerJoin('documents', 'documents.id', 'segments.document_id')
          .select(['documents.project_id', role('documents.project_id')])
          .where('segments.id', '=', target.id)
          .where('documents.importing_at', 'is', null)
          .executeTakeFirst();
      }
      return row && { projectId: row.project_id, role: row.role === null ? null : toRole(row.role) };
    },
  };
}

function toProject(row: ProjectRow & { document_count: number | string | null }): ProjectRecord {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    documentCount: Number(row.document_count ?? 0),
    settings: {
      targetLang: row.target_lang === 'en-GB' ? 'en-GB' : 'en-US',
      formality: row.formality === 'more' || row.formality === 'less' ? row.formality : 'default',
      qa: qaSettingsFrom(row.qa_settings),
      analysisWeights: analysisWeightsFrom(row.analysis_weights),
    },
  };
}

function toRole(value: string): Role {
  if (!isRole(value)) throw new Error(`Unknown role "${value}" in project_members.`);
  return value;
}

/** A project's QA settings as stored: only known checks and values are kept. */
function qaSettingsFrom(json: string | null): QaSettings {
  if (!json) return {};
  const stored = JSON.parse(json) as Record<string, unknown>;
  const out: QaSettings = {};
  for (const id of checkIds) {
    const value = stored[id];
    if (value === 'off' || value === 'warning' || value === 'error') out[id] = value;
  }
  return out;
}

/** A project's weighting table as stored: a band missing or out of range takes the default. */
function analysisWeightsFrom(json: string | null): AnalysisWeights {
  const weights = { ...defaultAnalysisWeights };
  if (!json) return weights;
  const stored = JSON.parse(json) as Record<string, unknown>;
  for (const band of analysisBands) {
    const value = stored[band];
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100) weights[band] = value;
  }
  return weights;
}
