import { z } from 'zod';

/** Row ids are int8 and travel as decimal strings; 18 digits keep them inside int8. */
export const idSchema = z.string().regex(/^\d{1,18}$/, 'id harus berupa angka');

/** Route params of a resource addressed by one id (`/api/…/:id`). */
export const idParams = z.object({ id: idSchema });
