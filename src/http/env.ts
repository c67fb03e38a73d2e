import type { Logger } from 'pino';
import type { Permission } from '../domain/permissions';
import type { Access, Actor, Services, UserRecord } from '../services';

/** Typed context variables (Hono's way, instead of globals). */
export interface AppEnv {
  Variables: {
    services: Services;
    logger: Logger;
    actor: Actor;
    /** The signed-in user (session cookie or API token), if any. */
    user: UserRecord | undefined;
    /** Whether the client reached us over HTTPS (directly, or through a trusted proxy's X-Forwarded-Proto). */
    https: boolean;
    /** The client's address: the socket's peer, or what a trusted proxy says (client-address.ts). */
    clientAddress: string | null;
    /** The caller's role in the project the route is about, once authorized (authorization.ts). */
    access: Access | undefined;
    /** Set on routes whose project is named in the request, until authorizeProject() checks it. */
    pendingPermission: Permission | undefined;
  };
}
