import { AlreadyExistsError, InvalidInputError, NotFoundError } from '../domain/errors';
import type { ProjectRecord, Store } from '../store/store';
import { type ServiceContext, timestamp } from './context';

export const maxProjectNameLength = 100;

/**
 * Creates a project. Names are unique regardless of case (« Newsroom FR→EN » and « newsroom fr→en »
 * would confuse everyone).
 *
 * @example
 * await createProject(context, { name: 'Newsroom FR→EN' }); // → { id, name, createdAt, documentCount: 0 }
 */
export async function createProject(context: ServiceContext, input: { name: string }): Promise<ProjectRecord> {
  const name = input.name.replace(/\s+/gu, ' ').trim();
  if (name === '') throw new InvalidInputError('The project name is empty.');
  if (name.length > maxProjectNameLength) throw new InvalidInputError(`The project name is longer than ${maxProjectNameLength} characters.`);
  return context.store.transaction(async (store) => {
    if (await store.projects.findByName(name)) throw new AlreadyExistsError('project', name);
    return store.projects.create(name, timestamp(context));
  });
}

export async function getProject(context: ServiceContext, id: number): Promise<ProjectRecord> {
  const project = await context.store.projects.get(id);
  if (!project) throw new NotFoundError('project', id);
  return project;
}

/** All projects, oldest first. */
export function listProjects(context: ServiceContext): Promise<ProjectRecord[]> {
  return context.store.projects.list();
}

/**
 * The project a document goes into: the one asked for (which must exist), else the oldest one,
 * the default project every store starts with.
 */
export async function resolveProject(store: Store, projectId: number | undefined): Promise<ProjectRecord> {
  if (projectId !== undefined) {
    const project = await store.projects.get(projectId);
    if (!project) throw new NotFoundError('project', projectId);
    return project;
  }
  const [first] = await store.projects.list();
  if (!first) throw new NotFoundError('project', 'default');
  return first;
}
