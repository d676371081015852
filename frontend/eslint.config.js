// Static checks of the web app. Import boundaries (src/, after bulletproof-react), checked on resolved paths:
//   - app/ may import anything; nothing imports app/ but app/ and testing/ (which renders with the app's providers).
//   - components/, hooks/ and lib/ are shared code: they never import features/ (nor app/).
//   - testing/ never imports features/.
//   - A feature imports another feature only through its public folders api/, components/ and hooks/;
//     its utils/ and its other files (e.g. texts) are its own.
//   - No import cycles.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const PUBLIC_FOLDERS = ['api', 'components', 'hooks'];
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const featureZones = features.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`, ...features.filter((other) => other !== feature).flatMap((other) => PUBLIC_FOLDERS.map((folder) => `./${other}/${folder}`))],
  message: `Other features are used only through their ${PUBLIC_FOLDERS.join('/, ')}/ folders.`,
}));

export default defineConfig([
  globalIgnores(['dist/', 'src/lib/api-schema.d.ts']),

  js.configs.recommended,

  // Node: scripts, configuration and the e2e tests (whose `page.evaluate` callbacks run in the browser).
  {
    files: ['**/*.{js,mjs}', 'vite.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['e2e/**/*.mjs'],
    languageOptions: { globals: globals.browser },
  },
  // Scripts served as they are (the one host pages include to size the embeds' frames, the one that starts the app
  // on a pre-rendered page): plain browser JavaScript.
  {
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },

  // TypeScript with type information: the recommended set, and from the strict set what flags real defects.
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-deprecated': 'error',
      '@typescript-eslint/no-unnecessary-condition': 'error',
      // As TypeScript's noUnused*: `_`-prefixed parameters are unused on purpose; `{ a: _, ...rest }` omits `a`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },

  // The app: React's rules of hooks, import boundaries and no cycles.
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
    plugins: { 'import-x': importX },
    languageOptions: { globals: globals.browser },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: ['./src/components', './src/hooks', './src/lib', './src/features'],
              from: './src/app',
              message: 'Only app/ and testing/ use app/.',
            },
            {
              target: ['./src/components', './src/hooks', './src/lib', './src/testing'],
              from: './src/features',
              message: 'Shared code does not know features.',
            },
            ...featureZones,
          ],
        },
      ],
    },
  },
]);
