import { NotFoundError } from '../domain/errors';
import type { Role } from '../domain/permissions';
import type { AccessTarget } from '../store/store';
import type { Principal, ServiceContext } from './context';

export interface Access {
  projectId: number;
  role: Role;
}

/**
 * The project holding `target` and the principal's role in it. Site administrators act as owners
 * of every project. A non-member gets the same NotFoundError as for a thing that does not exist,
 * so nobody learns what is in a project they are not in.
 */
export async function accessTo(context: ServiceContext, principal: Principal, target: AccessTarget): Promise<Access> {
  const found = await context.store.projects.access(target, principal.id);
  const role = found && (principal.isAdmin ? 'owner' : found.role);
  if (!found || !role) throw new NotFoundError(target.kind, target.id);
  return { projectId: found.projectId, role };
}
