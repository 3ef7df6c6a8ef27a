import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const pureModules = ['lib/model/**', 'lib/time/**', 'lib/playbook/**', 'lib/detect/**', 'lib/templates/**'];

const noMarkup = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Page and user text must never become markup.',
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Page and user text must never become markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build nodes (Preact or textContent), never markup strings.' },
        { property: 'outerHTML', message: 'Build nodes (Preact or textContent), never markup strings.' },
        { property: 'insertAdjacentHTML', message: 'Build nodes, never markup strings.' },
      ],
      'no-restricted-syntax': ['error', noMarkup],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Afterview makes no network request.' },
        { name: 'XMLHttpRequest', message: 'Afterview makes no network request.' },
        { name: 'WebSocket', message: 'Afterview makes no network request.' },
      ],
    },
  },
  {
    // Only lib/store touches IndexedDB: everyone else calls its named reads and writes, so
    // every write goes through the wrapper that reports a full disk and replans.
    files: ['lib/**', 'entrypoints/**', 'components/**'],
    ignores: ['lib/store/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        noMarkup,
        {
          selector:
            'CallExpression[callee.property.name=/^(objectStore|transaction|getAll|getAllKeys|getAllFromIndex|countFromIndex)$/]',
          message: 'IndexedDB is reached only through lib/store.',
        },
        {
          selector:
            "CallExpression[callee.object.name='db'][callee.property.name=/^(get|put|add|delete|clear|count)$/]",
          message: 'IndexedDB is reached only through lib/store.',
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'indexedDB', message: 'IndexedDB is reached only through lib/store.' },
        { name: 'fetch', message: 'Afterview makes no network request.' },
        { name: 'XMLHttpRequest', message: 'Afterview makes no network request.' },
        { name: 'WebSocket', message: 'Afterview makes no network request.' },
      ],
    },
  },
  {
    // The playbook, models, detection and templates run anywhere: no browser API, no DOM,
    // no clock. Time comes in as an argument.
    files: pureModules,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt', 'wxt/*', 'webextension-polyfill', 'idb', 'preact', 'preact/*'],
              message: 'Pure modules import no browser, DOM or UI code.',
            },
            {
              group: ['**/store/**', '**/messaging/**', '**/sites/**', '**/content/**', '**/background/**'],
              message: 'Pure modules do not reach into impure layers.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass time in as an argument.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass time in as an argument.',
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'chrome',
        'browser',
        'indexedDB',
        'localStorage',
        'fetch',
      ],
    },
  },
  {
    // Detection reads mail; it does not know the follow-up rules (shared time is lib/time).
    files: ['lib/detect/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt', 'wxt/*', 'webextension-polyfill', 'idb', 'preact', 'preact/*'],
              message: 'Pure modules import no browser, DOM or UI code.',
            },
            {
              group: ['**/store/**', '**/messaging/**', '**/sites/**', '**/content/**', '**/background/**'],
              message: 'Pure modules do not reach into impure layers.',
            },
            {
              group: ['**/playbook', '**/playbook/**'],
              message: 'Detection does not depend on the playbook.',
            },
          ],
        },
      ],
    },
  },
  {
    // The store is below messaging: the vocabulary it stores lives in lib/model.
    files: ['lib/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/messaging', '**/messaging/**', '**/background/**', '**/sites/**', '**/content/**'],
              message: 'The store never imports messaging, the background or page code.',
            },
          ],
        },
      ],
    },
  },
  {
    // Page code (content scripts and the components they mount) asks the background; the
    // classifier, its ~1 MB model and the extractor run there and must never be bundled into
    // a web page. The store and the background are reached only through lib/messaging.
    files: ['lib/sites/**', 'lib/content/**', 'components/**', 'entrypoints/*.content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/detect/classify',
                '**/detect/model',
                '**/detect/model.json',
                '**/detect/features',
                '**/detect/extract',
                '**/detect/extract/**',
                '**/detect/understand-thread',
              ],
              message: 'Email understanding runs in the background: call it through lib/messaging.',
            },
            {
              group: ['**/store/**', '**/background/**'],
              message: 'Page code reaches the store and the background only through lib/messaging.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests import scripts (the corpus loader, the browser harness), never the other way.
    files: ['scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/tests/**'],
              message: 'Scripts never import tests: shared code lives in scripts/support.',
            },
          ],
        },
      ],
    },
  },
  {
    // Command-line scripts and tests run in Node.
    files: ['scripts/**', 'tests/**', '*.config.ts', '*.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
