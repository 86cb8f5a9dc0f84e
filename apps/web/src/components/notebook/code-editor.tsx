'use client';

import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json, jsonParseLinter } from '@codemirror/lang-json';
import { markdown } from '@codemirror/lang-markdown';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import type { Diagnostic } from '@codemirror/lint';
import { linter, lintGutter } from '@codemirror/lint';
import type { Extension } from '@codemirror/state';
import { EditorState, Prec } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers, placeholder } from '@codemirror/view';
import { typeDefs } from '@gongkai/schema/graphql';
import { tags } from '@lezer/highlight';
import { completion, graphqlLanguageSupport, stateExtensions } from 'cm6-graphql';
import { buildSchema, GraphQLError, parse, validate } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { useEffect, useRef } from 'react';

// The notebook's code editor (CodeMirror 6): GraphQL with the API schema's autocomplete and error marks
// (cm6-graphql), JSON for variables, markdown for text cells. Loaded on demand by the cells, so the
// list pages never carry it. Shift+Enter runs the cell; the editor does not take Tab, so the keyboard
// can always leave it.

export type CodeLanguage = 'graphql' | 'json' | 'markdown';

let schema: GraphQLSchema | undefined;
function apiSchema(): GraphQLSchema {
  schema ??= buildSchema(typeDefs);
  return schema;
}

const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.definitionKeyword, tags.operatorKeyword], color: 'var(--accent)', fontWeight: '600' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--ok-fg)' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--repaired)' },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'var(--muted)', fontStyle: 'italic' },
  { tag: [tags.variableName, tags.special(tags.variableName)], color: 'var(--inferred)' },
  { tag: [tags.typeName, tags.className], color: 'var(--warn-fg)' },
  { tag: tags.heading, fontWeight: '700' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.invalid, color: 'var(--error-fg)' },
]);

const theme = EditorView.theme({
  '&': { fontSize: '13px', backgroundColor: 'var(--surface)', color: 'var(--fg)', border: '1px solid var(--border)', borderRadius: '6px' },
  '&.cm-focused': { outline: '3px solid var(--focus)', outlineOffset: '1px' },
  '.cm-content': { fontFamily: 'var(--font-mono)', caretColor: 'var(--fg)', padding: '6px 0' },
  '.cm-gutters': { backgroundColor: 'var(--surface-2)', color: 'var(--muted)', border: 'none', borderRadius: '6px 0 0 6px' },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--accent) 6%, transparent)' },
  '.cm-tooltip': { backgroundColor: 'var(--surface)', color: 'var(--fg)', border: '1px solid var(--border)' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { backgroundColor: 'var(--accent)', color: 'var(--accent-fg)' },
  '.cm-placeholder': { color: 'var(--muted)' },
});

/** Enter keeps the line's indentation (the editor has no command package: a small command of our own). */
function newlineKeepingIndent(view: EditorView): boolean {
  const { state } = view;
  const line = state.doc.lineAt(state.selection.main.head);
  const indent = /^\s*/.exec(line.text)![0];
  const opensBlock = /[{([]\s*$/.test(line.text.slice(0, state.selection.main.head - line.from));
  view.dispatch(state.replaceSelection(`\n${indent}${opensBlock ? '  ' : ''}`));
  return true;
}

/** A GraphQL error's place in the text: its line and column, to the end of the word there. */
function toDiagnostic(text: string, error: GraphQLError): Diagnostic {
  const loc = error.locations?.[0];
  const lines = text.split('\n');
  const from = loc ? Math.min(text.length, lines.slice(0, loc.line - 1).reduce((a, l) => a + l.length + 1, 0) + loc.column - 1) : 0;
  const word = /^[\w$]+/.exec(text.slice(from))?.[0].length ?? 1;
  return { from, to: Math.min(text.length, from + word), severity: 'error', message: error.message };
}

/**
 * Error marks: syntax, then validation against the API schema (graphql-js, the rules the API applies).
 * cm6-graphql's own lint marks an empty text as an error, which an optional query (a parameter's
 * options) often is, so this one takes its place.
 */
const graphqlLint = linter((view) => {
  const text = view.state.doc.toString();
  if (!text.trim()) return [];
  try {
    return validate(apiSchema(), parse(text)).map((e) => toDiagnostic(text, e));
  } catch (error) {
    return error instanceof GraphQLError ? [toDiagnostic(text, error)] : [];
  }
});

function languageExtensions(language: CodeLanguage): Extension[] {
  switch (language) {
    case 'graphql':
      return [graphqlLanguageSupport(), completion, stateExtensions(apiSchema()), graphqlLint];
    case 'json':
      return [json(), linter(jsonParseLinter())];
    case 'markdown':
      return [markdown(), EditorView.lineWrapping];
  }
}

export interface CodeEditorProps {
  value: string;
  onChange: (value: string) => void;
  onRun?: () => void;
  language: CodeLanguage;
  /** The accessible name of the editing area. */
  label: string;
  placeholderText?: string;
  testId?: string;
}

/** CodeMirror's standard editing keys, less Alt+↑/↓: those move the notebook's cells, not lines. */
const editingKeymap = defaultKeymap.filter((b) => b.key !== 'Alt-ArrowUp' && b.key !== 'Alt-ArrowDown');

export default function CodeEditor({ value, onChange, onRun, language, label, placeholderText, testId }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The latest callbacks, read by the editor's handlers (created once).
  const handlers = useRef({ onChange, onRun });
  useEffect(() => {
    handlers.current = { onChange, onRun };
  });

  useEffect(() => {
    const v = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          Prec.highest(keymap.of([{ key: 'Shift-Enter', run: () => (handlers.current.onRun?.(), true) }])),
          lineNumbers(),
          drawSelection(),
          highlightActiveLine(),
          indentOnInput(),
          bracketMatching(),
          closeBrackets(),
          autocompletion(),
          lintGutter(),
          syntaxHighlighting(highlight),
          history(),
          keymap.of([{ key: 'Enter', run: newlineKeepingIndent }, ...closeBracketsKeymap, ...completionKeymap, ...historyKeymap, ...editingKeymap]),
          theme,
          ...(placeholderText ? [placeholder(placeholderText)] : []),
          EditorView.contentAttributes.of({ 'aria-label': label, ...(testId ? { 'data-testid': testId } : {}) }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) handlers.current.onChange(u.state.doc.toString());
          }),
          ...languageExtensions(language),
        ],
      }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
    // The editor is made once per cell; later values arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [language]);

  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== value) v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
  }, [value]);

  return <div ref={host} className="code-editor" data-language={language} />;
}
