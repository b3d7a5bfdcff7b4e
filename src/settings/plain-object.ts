/** Whether a settings value is a group of named values (a JSON object), not a list, `null` or a scalar. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
