import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

// Lets every schema carry its OpenAPI description; the schemas stay plain zod.
extendZodWithOpenApi(z);

export { z };
