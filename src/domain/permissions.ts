/**
 * Roles per project and what each may do: THE permission table. The HTTP authorization table
 * (http/authorization.ts) names one of these permissions for every project route; the services
 * check the finer rules (only a reviewer approves) against the same table.
 */

/** Project roles, from least to most rights: each role can do everything the one before can. */
export const roles = ['viewer', 'translator', 'reviewer', 'owner'] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  /** See the project, its documents, segments, history and members; export. */
  'project.read',
  /** Edit targets; set draft and translated. */
  'segment.edit',
  /** Comment on segments; resolve and reopen threads. */
  'segment.comment',
  /** Set approved and rejected. */
  'segment.review',
  /** Add, change and remove glossary entries. */
  'glossary.manage',
  /** Import documents into the project. */
  'document.create',
  /** Replace a document's source with a revised one. */
  'document.update',
  /** Delete documents. */
  'document.delete',
  /** Invite members, change their roles, remove them. */
  'members.manage',
  /** Change the project's settings (English variant, formality). */
  'project.manage',
] as const;
export type Permission = (typeof permissions)[number];

/** The least role that has each permission. */
const leastRole: Readonly<Record<Permission, Role>> = {
  'project.read': 'viewer',
  'segment.edit': 'translator',
  'segment.comment': 'translator',
  'segment.review': 'reviewer',
  'glossary.manage': 'reviewer',
  'document.create': 'owner',
  'document.update': 'owner',
  'document.delete': 'owner',
  'members.manage': 'owner',
  'project.manage': 'owner',
};

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/**
 * @example
 * can('translator', 'segment.review'); // → false
 */
export function can(role: Role, permission: Permission): boolean {
  return roles.indexOf(role) >= roles.indexOf(leastRole[permission]);
}

/** Every permission of a role, for the UI to show only what the user may do. */
export function permissionsOf(role: Role): Permission[] {
  return permissions.filter((permission) => can(role, permission));
}
