// Lint: typescript-eslint's recommended rules, the direction of dependency of docs/architecture.md (each folder may
// import only the folders below it), and no HTML sinks (data reaches the page only as text, src/ui/dom.ts).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Folders of src/ and what each may import (besides itself and src/types.ts, the vocabulary at the bottom). */
const MAY_IMPORT = {
  config: [],
  i18n: [],
  analysis: [],
  data: ['analysis', 'config'],
  state: ['analysis', 'data', 'config'],
  map: ['analysis', 'data', 'state', 'config', 'i18n'],
  ui: ['analysis', 'data', 'state', 'config', 'i18n'],
  app: ['analysis', 'data', 'state', 'config', 'i18n', 'map', 'ui'],
};
const FOLDERS = Object.keys(MAY_IMPORT);

function boundaries(folder) {
  const forbidden = FOLDERS.filter((f) => f !== folder && !MAY_IMPORT[folder].includes(f));
  const patterns = [
    { group: ['**/main', '**/main.ts'], message: 'src/main.ts is the composition root; nothing imports it.' },
    ...forbidden.map((f) => ({
      group: [`../${f}/*`, `../../${f}/*`, `../../../${f}/*`],
      message: `src/${folder}/ may not import src/${f}/ (docs/architecture.md).`,
    })),
  ];
  if (folder !== 'map')
    patterns.push({ group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map/ imports maplibre-gl.' });
  if (!['analysis', 'data'].includes(folder)) {
    patterns.push({
      group: ['@turf/*'],
      message: 'Turf belongs to src/analysis/ (and src/data/); ask it for the result.',
    });
  }
  return { files: [`src/${folder}/**/*.ts`], rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

const HTML_SINKS = [
  {
    selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'No HTML from strings: build nodes with h() (src/ui/dom.ts).',
  },
  {
    selector:
      'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|write|writeln)$/]',
    message: 'No HTML from strings: build nodes with h() (src/ui/dom.ts).',
  },
  {
    selector: "Property[key.name='srcdoc'], MemberExpression[property.name='srcdoc']",
    message: 'No srcdoc: no HTML from strings.',
  },
  { selector: "NewExpression[callee.name='Function']", message: 'No code from strings.' },
];
const HREF_SINKS = [
  {
    selector: "AssignmentExpression > MemberExpression.left[property.name='href']",
    message: 'Set links through safeLink (src/ui/dom.ts).',
  },
  {
    selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value='href']",
    message: 'Set links through safeLink (src/ui/dom.ts).',
  },
  {
    selector: "CallExpression[callee.name='h'][arguments.0.value='a'] > ObjectExpression > Property[key.name='href']",
    message: 'Set links through safeLink (src/ui/dom.ts).',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'public/**', 'coverage/**', '.bench*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // TypeScript checks undefined names (and knows DOM and Node globals); the core rule does not.
      'no-undef': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  { files: ['src/**/*.ts'], rules: { 'no-restricted-syntax': ['error', ...HTML_SINKS, ...HREF_SINKS] } },
  // Audited: these hrefs are made by the app itself, never taken from data (a blob: download URL; evidence
  // permalinks serialised by the URL codec); dom.ts is where safeLink lives.
  {
    files: ['src/ui/dom.ts', 'src/ui/download.ts', 'src/ui/dashboard/dashboard-panel.ts'],
    rules: { 'no-restricted-syntax': ['error', ...HTML_SINKS] },
  },
  ...FOLDERS.map(boundaries),
  {
    files: ['src/types.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['./*'], message: 'src/types.ts is the bottom layer: it imports nothing of ours.' }] },
      ],
    },
  },
);
