import { canonicalUsername, usernameKey } from '../domain/username';
import { weightsProblem } from '../domain/analysis';
import { AlreadyExistsError, ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../domain/errors';
import { can, type Permission, permissionsOf, type Role } from '../domain/permissions';
import type { MemberRecord, ProjectRecord, ProjectSettings, Store } from '../store/store';
import { audit } from './audit';
import { type Actor, type Principal, type ServiceContext, timestamp, uniqueWrite } from './context';

export const maxProjectNameLength = 100;

/** A project as one user sees it: with their role and what it lets them do. */
export interface ProjectView extends ProjectRecord {
  role: Role;
  permissions: Permission[];
}

export function projectView(project: ProjectRecord, role: Role): ProjectView {
  return { ...project, role, permissions: permissionsOf(role) };
}

/**
 * Creates a project; whoever creates it becomes its owner. Names are unique regardless of case
 * (« Newsroom FR→EN » and « newsroom fr→en » would confuse everyone).
 *
 * @example
 * await createProject(context, { name: 'Newsroom FR→EN' }, camille); // → { id, name, role: 'owner', … }
 */
export async function createProject(context: ServiceContext, input: { name: string }, creator: Principal | undefined, actor: Actor): Promise<ProjectView> {
  const name = input.name.replace(/\s+/gu, ' ').trim();
  if (name === '') throw new InvalidInputError('The project name is empty.');
  if (name.length > maxProjectNameLength) throw new InvalidInputError(`The project name is longer than ${maxProjectNameLength} characters.`);
  const now = timestamp(context);
  return uniqueWrite(context, async (store) => {
    if (await store.projects.findByName(name)) throw new AlreadyExistsError('project', name);
    const project = await store.projects.create(name, now);
    if (creator) await store.projects.addMember(project.id, creator.id, 'owner', now);
    await audit(store, now, { event: 'project.created', actor, subject: name, projectId: project.id });
    return projectView(project, 'owner');
  });
}

export async function getProject(context: ServiceContext, id: number, role: Role): Promise<ProjectView> {
  const project = await context.store.projects.get(id);
  if (!project) throw new NotFoundError('project', id);
  return projectView(project, role);
}

/** The projects the principal belongs to (every project for an administrator), oldest first. */
export async function listProjects(context: ServiceContext, principal: Principal | undefined): Promise<ProjectView[]> {
  const projects = await context.store.projects.list();
  if (!principal || principal.isAdmin) return projects.map((project) => projectView(project, 'owner'));
  const roles = await context.store.projects.rolesOf(principal.id);
  return projects.flatMap((project) => {
    const role = roles.get(project.id);
    return role ? [projectView(project, role)] : [];
  });
}

/**
 * The project a document goes into when none is named: the oldest one where the principal may
 * add documents (for local callers, simply the oldest: the default project every store starts with).
 */
export async function defaultProjectFor(context: ServiceContext, principal: Principal | undefined): Promise<number> {
  const visible = await listProjects(context, principal);
  const project = visible.find((candidate) => can(candidate.role, 'document.create'));
  if (project) return project.id;
  if (visible.length === 0 && principal === undefined) throw new NotFoundError('project', 'default');
  throw new ForbiddenError('You may not add documents to any of your projects: name a project you own, or create one.');
}

/** The project a document goes into: the one asked for (which must exist), else the default one. */
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

export function listMembers(context: ServiceContext, projectId: number): Promise<MemberRecord[]> {
  return context.store.projects.members(projectId);
}

/** Adds a user to a project with a role. */
export async function addMember(context: ServiceContext, projectId: number, input: { username: string; role: Role }, actor: Actor): Promise<MemberRecord> {
  const now = timestamp(context);
  return uniqueWrite(context, async (store) => {
    const user = await store.accounts.findUser(input.username.trim());
    if (!user) throw new InvalidInputError(`There is no user named "${input.username}".`);
    const members = await store.projects.members(projectId);
    if (members.some((member) => member.userId === user.id)) throw new AlreadyExistsError('member', user.username);
    await store.projects.addMember(projectId, user.id, input.role, now);
    await audit(store, now, { event: 'member.added', actor, subject: user.username, projectId, detail: { role: input.role } });
    return { userId: user.id, username: user.username, role: input.role, addedAt: now };
  });
}

/** Changes a member's role; a project always keeps at least one owner. */
export async function changeRole(context: ServiceContext, projectId: number, input: { username: string; role: Role }, actor: Actor): Promise<MemberRecord> {
  const now = timestamp(context);
  return context.store.transaction(async (store) => {
    const members = await store.projects.members(projectId);
    const member = findMember(members, input.username);
    if (member.role === input.role) return member;
    if (member.role === 'owner') keepAnOwner(members, member);
    await store.projects.setRole(projectId, member.userId, input.role);
    await audit(store, now, { event: 'member.role_changed', actor, subject: member.username, projectId, detail: { from: member.role, to: input.role } });
    return { ...member, role: input.role };
  });
}

/** Removes a member; a project always keeps at least one owner. */
export async function removeMember(context: ServiceContext, projectId: number, username: string, actor: Actor): Promise<MemberRecord> {
  const now = timestamp(context);
  return context.store.transaction(async (store) => {
    const members = await store.projects.members(projectId);
    const member = findMember(members, username);
    if (member.role === 'owner') keepAnOwner(members, member);
    await store.projects.removeMember(projectId, member.userId);
    await audit(store, now, { event: 'member.removed', actor, subject: member.username, projectId, detail: { role: member.role } });
    return member;
  });
}

function findMember(members: readonly MemberRecord[], username: string): MemberRecord {
  const name = canonicalUsername(username);
  const wanted = usernameKey(name);
  const member = members.find((candidate) => candidate.username === name) ?? members.find((candidate) => usernameKey(candidate.username) === wanted);
  if (!member) throw new NotFoundError('member', username);
  return member;
}

function keepAnOwner(members: readonly MemberRecord[], leaving: MemberRecord): void {
  if (!members.some((member) => member.role === 'owner' && member.userId !== leaving.userId)) {
    throw new ConflictError('last_owner', `${leaving.username} is the project's only owner: make someone else owner first.`);
  }
}

/** Sets how machine translation serves the project (English variant, formality), its quality checks and its analysis weighting table. */
export async function updateSettings(context: ServiceContext, projectId: number, settings: ProjectSettings, actor: Actor): Promise<ProjectRecord> {
  const problem = settings.analysisWeights && weightsProblem(settings.analysisWeights);
  if (problem) throw new InvalidInputError(problem);
  const now = timestamp(context);
  return context.store.transaction(async (store) => {
    const project = await store.projects.get(projectId);
    if (!project) throw new NotFoundError('project', projectId);
    await store.projects.updateSettings(projectId, settings);
    await audit(store, now, { event: 'project.settings_changed', actor, projectId, subject: project.name, detail: { ...settings } });
    return { ...project, settings };
  });
}
