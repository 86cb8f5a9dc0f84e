import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// GraphiQL from npm, bundled on first request (a second or two, then cached): no CDN, works offline.
// Apollo's landing page loads its Sandbox from a CDN, so it is disabled.

let bundle: Promise<{ js: string; css: string }> | null = null;

const ENTRY = `
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/graphiql.css';
const url = document.getElementById('root').dataset.endpoint;
const fetcher = createGraphiQLFetcher({ url, headers: { 'apollo-require-preflight': 'true' } });
const defaultQuery = \`# Gongkai GraphQL API — 政府信息公开工作年度报告
# Docs: the book icon on the left. Run with Ctrl-Enter.
query Overview {
  status { reports agencies syntheticReports years }
  analytics(query: { measures: ["reports", "applications.newlyReceived.total", "rate.granted"], groupBy: [YEAR] }) {
    columns { key labelZh unit values }
    syntheticReports
  }
}
\`;
createRoot(document.getElementById('root')).render(React.createElement(GraphiQL, { fetcher, defaultQuery }));
`;

export function graphiqlBundle(kind: 'js' | 'css' = 'js'): Promise<string> {
  bundle ??= build({
    stdin: { contents: ENTRY, resolveDir: dirname(fileURLToPath(import.meta.url)), loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    outdir: 'graphiql-out',
    loader: { '.css': 'css', '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  }).then((result) => ({
    js: result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '',
    css: result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '',
  }));
  return bundle.then((b) => b[kind]);
}

export function graphiqlHtml(endpoint: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gongkai GraphQL 接口</title>
<link rel="stylesheet" href="/graphiql/bundle.css">
<style>html, body, #root { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="root" data-endpoint="${endpoint}"></div>
<script src="/graphiql/bundle.js"></script>
</body>
</html>`;
}
