/**
 * Jekyll's committed answers as JSON files: written the same way by both collectors (collect.ts, bodies-collect.ts)
 * and read back with each value checked for the shape it must have, naming where it is not.
 */
import { readFileSync, writeFileSync } from "node:fs";

export function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "a list" : `${JSON.stringify(value)} (${typeof value})`;
}

/** The answers file, parsed; a failure says which script makes it. */
export function readJson(file: string, script: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (cause) {
    throw new Error(`${file}: could not read Jekyll's answers; run \`bash ${script}\`.`, { cause });
  }
}

export function record(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(`${where}: expected an object; found ${describe(value)}.`);
  }
  return Object.fromEntries(Object.entries(value));
}

export function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new TypeError(`${where}: expected a list; found ${describe(value)}.`);
  return value;
}

export function text(value: unknown, where: string): string {
  if (typeof value !== "string") throw new TypeError(`${where}: expected a string; found ${describe(value)}.`);
  return value;
}

export function number(value: unknown, where: string): number {
  if (typeof value !== "number") throw new TypeError(`${where}: expected a number; found ${describe(value)}.`);
  return value;
}

/** Sorts by code unit, as Ruby's `sort` does, so answers are in the same order whatever the locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function write(file: string, value: unknown): void {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}
