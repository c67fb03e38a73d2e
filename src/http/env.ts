import type { Logger } from 'pino';
import type { Actor, Services } from '../services';

/** Typed context variables (Hono's way, instead of globals). */
export interface AppEnv {
  Variables: {
    services: Services;
    logger: Logger;
    actor: Actor;
  };
}
