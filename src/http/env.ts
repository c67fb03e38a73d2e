import type { Logger } from 'pino';
import type { Actor, Services, UserRecord } from '../services';

/** Typed context variables (Hono's way, instead of globals). */
export interface AppEnv {
  Variables: {
    services: Services;
    logger: Logger;
    actor: Actor;
    /** The signed-in user (session cookie or API token), if any. */
    user: UserRecord | undefined;
  };
}
