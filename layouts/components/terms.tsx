import type { Term } from '../../src/content/schema.ts';

/** A labelled list of categories or tags. */
export function Terms({ label, terms }: { label: string; terms: readonly Term[] }) {
  if (terms.length === 0) return null;
  return (
    <div class="terms">
      <span class="terms__label">{label}:</span>{' '}
      <ul class="terms__list">
        {terms.map((term) => (
          <li>{term.name}</li>
        ))}
      </ul>
    </div>
  );
}
