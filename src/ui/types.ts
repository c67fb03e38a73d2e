import type { z } from '@hono/zod-openapi';
import type * as schemas from '../http/schemas';

/** The API's shapes, inferred from the same zod schemas that validate them (types only: nothing is bundled). */
export type Project = z.infer<typeof schemas.Project>;
export type DocumentSummary = z.infer<typeof schemas.DocumentSummary>;
export type ListedSegment = z.infer<typeof schemas.ListedSegment>;
export type EditedSegment = z.infer<typeof schemas.EditedSegment>;
export type Member = z.infer<typeof schemas.Member>;
export type Token = z.infer<typeof schemas.Token>;
export type User = z.infer<typeof schemas.User>;
export type AuditEvent = z.infer<typeof schemas.AuditEvent>;

export interface ImportedDocument {
  id: number;
  title: string;
  segmentCount: number;
}
