// Starts Swagger UI on /api/docs from a file (the CSP allows no inline script).
declare const SwaggerUIBundle: (options: { url: string; dom_id: string }) => unknown;
SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui' });
