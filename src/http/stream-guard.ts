import type { Context } from 'hono';
import { NotFoundError } from '../domain/errors';
import { can } from '../domain/permissions';
import type { WithdrawnReason } from '../services';
import type { AccessTarget } from '../store/store';
import type { AppEnv } from './env';
import { credentials } from './middleware/authenticate';

/** setTimeout's longest delay (about 24.8 days); a session expiring later is checked again then. */
const maxTimerMs = 2 ** 31 - 1;

/** What a guarded stream reads before each delivery. */
export interface StreamGate {
  /** While held, the stream delivers nothing: its user's access is being checked again. */
  readonly held: boolean;
  /** Set once reading is no longer allowed: the stream sends a `revoked` event with it and ends. */
  readonly withdrawn: WithdrawnReason | undefined;
  /** Set when the stream must end: reading withdrawn, or the instance stopping (no event then; the client reconnects). */
  readonly over: boolean;
  /** Stops watching (when the stream ends). */
  stop(): void;
}

/**
 * Ties an open event stream to the principal that opened it (the user and the session or token
 * it came with) and the project thing it reads: when that user's access changes anywhere (see
 * `live.accessChanged`), or the session expires, the stream checks again, exactly as a new request
 * would be authenticated and authorized, and closes with a reason when reading is no longer
 * allowed. `wake` is called whenever the gate changes, so a waiting stream looks again.
 */
export async function guardStream(c: Context<AppEnv>, target: AccessTarget, wake: () => void): Promise<StreamGate> {
  const user = c.get('user');
  const given = credentials(c);
  const { accounts, live, access } = c.get('services');
  if (!user || !given) throw new Error('guardStream needs an authenticated request');

  const check = async (): Promise<WithdrawnReason | undefined> => {
    const now = given.kind === 'token' ? await accounts.tokenUser(given.secret) : await accounts.sessionUser(given.secret);
    if (!now || now.id !== user.id) return 'signed-out';
    try {
      const granted = await access(now, target);
      return can(granted.role, 'project.read') ? undefined : 'access-withdrawn';
    } catch (error) {
      if (error instanceof NotFoundError) return 'access-withdrawn';
      throw error;
    }
  };
  const gate = {
    held: false,
    withdrawn: undefined as WithdrawnReason | undefined,
    ending: false,
    get over(): boolean {
      return this.ending || this.withdrawn !== undefined;
    },
    stop: () => {},
  };
  const control = {
    hold: () => (gate.held = true),
    release: () => {
      gate.held = false;
      wake();
    },
    close: (reason: WithdrawnReason) => {
      gate.withdrawn = reason;
      wake();
    },
    end: () => {
      gate.ending = true;
      wake();
    },
  };
  const forget = live.guard({ userId: user.id, check, ...control });

  let expiry: NodeJS.Timeout | undefined;
  const watchExpiry = async () => {
    if (given.kind !== 'session') return;
    const expiresAt = await accounts.sessionExpiresAt(given.secret);
    if (expiresAt === undefined) return;
    expiry = setTimeout(
      () => {
        check().then(
          (reason) => (reason ? control.close(reason) : void watchExpiry()),
          () => control.close('signed-out'),
        );
      },
      Math.min(maxTimerMs, Math.max(0, Date.parse(expiresAt) - Date.now()) + 10),
    );
    expiry.unref();
  };
  await watchExpiry();
  gate.stop = () => {
    clearTimeout(expiry);
    forget();
  };
  return gate;
}
