import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env';
import { validationHook } from './errors';

/** A sub-app whose invalid requests get a 400 problem (the hook is per instance in zod-openapi). */
export function openApiApp(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
