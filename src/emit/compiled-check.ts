/**
 * A record check compiled from a zod schema, for the records that pass (nearly all of them):
 * zod's safeParse was most of the cost of validating a document's records (a new payload, issue
 * list and result object per field). It understands the few types and checks the record schemas
 * use (string with min length or regex, number with int and bounds, boolean, enum, nullable,
 * array, union, object); a schema with anything else is not compiled and zod does all the work.
 * A record it rejects goes to zod anyway, for the message: only acceptance must agree with zod,
 * and its output is zod's (the shape's keys, in shape order, unknown keys dropped).
 */
import type { z } from 'zod';

/** The checked value (new objects and arrays, like zod's), or INVALID. */
type Check = (value: unknown) => unknown;
export const INVALID: unique symbol = Symbol('invalid');

interface Def {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, unknown>;
  options?: z.ZodType[];
  shape?: Record<string, z.ZodType>;
  catchall?: unknown;
  coerce?: boolean;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** One check of a string or number, as a predicate; null when it is not one this module knows. */
function predicate(check: Record<string, unknown>): ((value: never) => boolean) | null {
  const bound = check.value;
  switch (check.check) {
    case 'min_length':
      return typeof check.minimum === 'number' ? (v: string) => v.length >= (check.minimum as number) : null;
    case 'string_format': {
      const pattern = check.pattern;
      if (check.format !== 'regex' || !(pattern instanceof RegExp)) return null;
      return (v: string) => {
        pattern.lastIndex = 0;
        return pattern.test(v);
      };
    }
    case 'number_format':
      return check.format === 'safeint' ? (v: number) => Number.isSafeInteger(v) : null;
    case 'greater_than':
      if (typeof bound !== 'number') return null;
      return check.inclusive ? (v: number) => v >= bound : (v: number) => v > bound;
    case 'less_than':
      if (typeof bound !== 'number') return null;
      return check.inclusive ? (v: number) => v <= bound : (v: number) => v < bound;
    default:
      return null;
  }
}

/** Compiles a schema, or null when it holds something this module does not know. */
export function compileCheck(schema: z.ZodType): Check | null {
  const def = defOf(schema);
  if (def.coerce) return null;
  const preds: ((value: never) => boolean)[] = [];
  for (const c of def.checks ?? []) {
    const p = predicate(c._zod.def);
    if (p === null) return null;
    preds.push(p);
  }
  const passes = (v: unknown): boolean => preds.every((p) => p(v as never));
  switch (def.type) {
    case 'string':
      return (v) => (typeof v === 'string' && passes(v) ? v : INVALID);
    case 'number':
      return (v) => (typeof v === 'number' && Number.isFinite(v) && passes(v) ? v : INVALID);
    case 'boolean':
      return preds.length === 0 ? (v) => (typeof v === 'boolean' ? v : INVALID) : null;
  }
  if (preds.length > 0) return null;
  switch (def.type) {
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (v) => (values.has(v) ? v : INVALID);
    }
    case 'nullable': {
      const inner = def.innerType ? compileCheck(def.innerType) : null;
      return inner && ((v) => (v === null ? null : inner(v)));
    }
    case 'array': {
      const element = def.element ? compileCheck(def.element) : null;
      if (!element) return null;
      return (v) => {
        if (!Array.isArray(v)) return INVALID;
        const out: unknown[] = new Array(v.length);
        for (let i = 0; i < v.length; i++) if ((out[i] = element(v[i])) === INVALID) return INVALID;
        return out;
      };
    }
    case 'union': {
      const options = (def.options ?? []).map(compileCheck);
      if (options.length === 0 || options.some((o) => o === null)) return null;
      return (v) => {
        for (const option of options as Check[]) {
          const out = option(v);
          if (out !== INVALID) return out;
        }
        return INVALID;
      };
    }
    case 'object': {
      if (def.catchall !== undefined || !def.shape) return null;
      const fields: [string, Check][] = [];
      for (const [key, field] of Object.entries(def.shape)) {
        const check = compileCheck(field);
        if (!check) return null;
        fields.push([key, check]);
      }
      return (v) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return INVALID;
        const record = v as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const [key, check] of fields) if ((out[key] = check(record[key])) === INVALID) return INVALID;
        return out;
      };
    }
    default:
      return null;
  }
}
