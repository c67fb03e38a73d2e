import type { Store } from '../store/store';
import type { PasswordCost } from './passwords';

/** Who is acting: recorded as the author of revisions. `null` until accounts exist. */
export interface Actor {
  name: string | null;
}

/** What every use case receives: the store and a clock (injectable so tests control time). */
export interface ServiceContext {
  store: Store;
  now: () => Date;
  /** Uploads larger than this are refused (PayloadTooLargeError). */
  maxUploadBytes: number;
  /** scrypt cost for new password hashes (tests lower it; verification reads it from each hash). */
  passwordCost: PasswordCost;
}

/** The timestamp format stored everywhere: ISO-8601 in UTC. */
export function timestamp(context: ServiceContext): string {
  return context.now().toISOString();
}
