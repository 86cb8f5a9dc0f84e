import type { ReactNode, SelectHTMLAttributes } from 'react';

// Selects for the server's GET forms and the client's controls alike: no hooks, so both may render them.

export interface Choice {
  value: string | number;
  label: ReactNode;
}

/** Years as choices, each labelled by itself. */
export function yearChoices(years: readonly number[]): Choice[] {
  return years.map((y) => ({ value: y, label: y }));
}

/** A select's <option>s, one per choice. */
export function Options({ choices }: { choices: readonly Choice[] }) {
  return choices.map((c) => (
    <option key={c.value} value={c.value}>
      {c.label}
    </option>
  ));
}

/** A labelled select: the label's text, then the select with `first` (a "none" or "all" option) and the choices. */
export function SelectControl({
  label,
  className,
  first,
  choices,
  ...select
}: { label: ReactNode; className?: string; first?: ReactNode; choices: readonly Choice[] } & Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'children' | 'className'
> & {
    'data-testid'?: string;
  }) {
  return (
    <label className={className}>
      {label}
      <select {...select}>
        {first}
        <Options choices={choices} />
      </select>
    </label>
  );
}
