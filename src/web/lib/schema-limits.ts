import type { z } from 'zod';

/** A zod schema's inner parts, as far as reading its length checks needs. */
interface Inspectable {
  _zod: { def: { innerType?: unknown; checks?: { _zod: { def: { check: string; maximum?: unknown; minimum?: unknown } } }[] } };
}

/** Past .optional(), .nullable() and .default(): the schema that holds the checks. */
function innermost(schema: z.ZodType): Inspectable {
  let current = schema as unknown as Inspectable;
  while (current._zod.def.innerType) current = current._zod.def.innerType as Inspectable;
  return current;
}

function bound(schema: z.ZodType, check: 'max_length' | 'min_length'): number {
  const found = innermost(schema)._zod.def.checks?.find((c) => c._zod.def.check === check)?._zod.def;
  const value = check === 'max_length' ? found?.maximum : found?.minimum;
  // A form bound to a schema without the limit is a mistake in the code, not in the input.
  if (typeof value !== 'number') throw new Error(`The schema has no ${check} check.`);
  return value;
}

/**
 * The limits the shared schemas (src/shared/schemas) hold, for a form's maxLength and minLength:
 * the form stops where the server would refuse, from one declaration.
 */
export const maxLengthOf = (schema: z.ZodType) => bound(schema, 'max_length');
export const minLengthOf = (schema: z.ZodType) => bound(schema, 'min_length');
