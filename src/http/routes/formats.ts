import { createRoute, z } from '@hono/zod-openapi';
import { describeFormats } from '../../formats/registry';
import { openApiApp } from '../openapi-app';

const Format = z
  .object({
    id: z.string().openapi({ example: 'md' }),
    name: z.string().openapi({ example: 'Markdown' }),
    extensions: z.array(z.string()).openapi({ example: ['md', 'markdown'] }),
    mediaTypes: z.array(z.string()).openapi({ example: ['text/markdown'] }),
    import: z.boolean().openapi({ description: 'Documents can be imported from it' }),
    export: z.boolean().openapi({ description: 'The English version can be exported to it' }),
    bilingual: z.boolean().openapi({ description: 'It carries the source and the translation together' }),
  })
  .openapi('Format');

const route = createRoute({
  method: 'get',
  path: '/formats',
  tags: ['System'],
  summary: 'The file formats documents are imported from and exported to (the list every menu and message is made from)',
  responses: {
    200: { description: 'Every format of the registry', content: { 'application/json': { schema: z.object({ items: z.array(Format) }) } } },
  },
});

/** `GET /api/formats`: the format registry, as the upload field, the export menus and the CLI read it. */
export function formatRoutes() {
  return openApiApp().openapi(route, (c) => c.json({ items: describeFormats() }, 200));
}
