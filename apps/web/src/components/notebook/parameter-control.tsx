'use client';

import type { KeyboardEvent, ReactNode } from 'react';
import { useState } from 'react';
import type { Messages } from '../../i18n/messages';
import type { ParameterCell } from '@gongkai/schema/notebook';
import type { ParamValue } from '../../lib/notebook/params';
import { Options, SelectControl, yearChoices } from '../ui/select-control';

// A parameter as a form control: select, multi-select, year range or text. Shared by the notebook and
// by an embed with ?controls=1. A text applies on Enter or when the field is left, not on every key.

export type OptionsState = { status: 'loading' } | { status: 'ready'; options: { value: string; label: string }[] } | { status: 'error'; error: string };

export interface ParameterControlProps {
  cell: ParameterCell;
  value: ParamValue | undefined;
  options?: OptionsState;
  /** The years in the store: a year range offers them when it has no options query. */
  years: readonly number[];
  onChange: (value: ParamValue) => void;
  labels: Messages['notebooks']['parameter'];
}

export function ParameterControl({ cell, value, options, years, onChange, labels }: ParameterControlProps) {
  const id = `param-${cell.id}`;
  const list = options?.status === 'ready' ? options.options : null;
  const label = cell.label || cell.name;
  const head = (
    <span className="param-label">
      {label}
      {options?.status === 'loading' ? <span className="muted small"> · {labels.loading}</span> : null}
      {options?.status === 'error' ? (
        <span className="error-inline small" role="alert">
          {' '}
          · {options.error}
        </span>
      ) : null}
    </span>
  );

  if (cell.control === 'yearRange') {
    const choices = list ? list.map((o) => Number(o.value)).filter((y) => Number.isInteger(y)) : [...years];
    const [from, to] = Array.isArray(value) && value.length === 2 ? (value as [number, number]) : [choices[0], choices.at(-1)];
    const all = [...new Set([...choices, ...(from !== undefined ? [from] : []), ...(to !== undefined ? [to] : [])])].sort((a, b) => a! - b!);
    const set = (a: number | undefined, b: number | undefined) => {
      if (a === undefined || b === undefined) return;
      onChange(a <= b ? [a, b] : [b, a]);
    };
    return (
      <fieldset className="param-control param-range" data-param={cell.name}>
        <legend>{head}</legend>
        <SelectControl
          label={labels.from}
          value={from ?? ''}
          onChange={(e) => set(Number(e.target.value), to)}
          data-testid={`param-${cell.name}-from`}
          choices={yearChoices(all)}
        />
        <SelectControl
          label={labels.to}
          value={to ?? ''}
          onChange={(e) => set(from, Number(e.target.value))}
          data-testid={`param-${cell.name}-to`}
          choices={yearChoices(all)}
        />
      </fieldset>
    );
  }

  if (cell.control === 'select' && list) {
    const current = typeof value === 'string' ? value : '';
    const known = list.some((o) => o.value === current);
    return (
      <label className="param-control" htmlFor={id} data-param={cell.name}>
        {head}
        <select id={id} value={current} onChange={(e) => onChange(e.target.value)} data-testid={`param-${cell.name}`}>
          {!known ? <option value={current}>{current || labels.none}</option> : null}
          <Options choices={list} />
        </select>
      </label>
    );
  }

  if (cell.control === 'multiSelect' && list) {
    const chosen = new Set(Array.isArray(value) ? value.map(String) : []);
    return (
      <label className="param-control" htmlFor={id} data-param={cell.name}>
        {head}
        <select
          id={id}
          multiple
          size={Math.min(6, Math.max(3, list.length))}
          value={[...chosen]}
          onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}
          data-testid={`param-${cell.name}`}
        >
          <Options choices={list} />
        </select>
      </label>
    );
  }

  // Text, or a select whose options are not (yet) known: typed in.
  return <TextControl id={id} cell={cell} value={value} head={head} onChange={onChange} />;
}

function TextControl({
  id,
  cell,
  value,
  head,
  onChange,
}: {
  id: string;
  cell: ParameterCell;
  value: ParamValue | undefined;
  head: ReactNode;
  onChange: (v: ParamValue) => void;
}) {
  const text = Array.isArray(value) ? value.join(',') : (value ?? '');
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    onChange(
      cell.control === 'multiSelect'
        ? draft
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : draft,
    );
    setDraft(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      commit();
    }
  };
  return (
    <label className="param-control" htmlFor={id} data-param={cell.name}>
      {head}
      <input
        id={id}
        type="text"
        value={draft ?? String(text)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
        data-testid={`param-${cell.name}`}
      />
    </label>
  );
}
