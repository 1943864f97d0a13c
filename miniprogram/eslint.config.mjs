import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import vueParser from 'vue-eslint-parser'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/essential'],
  {
    files: ['**/*.{ts,vue}'],
    languageOptions: {
      parser: vueParser,
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' },
      globals: { ...globals.browser, uni: 'readonly', UniApp: 'readonly', getCurrentPages: 'readonly', wx: 'readonly' },
    },
    rules: {
      // uni-app page files are named index.vue, detail.vue…
      'vue/multi-word-component-names': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      'no-unreachable': 'off', // conditional compilation: both branches are in the source
    },
  },
  {
    // full-width spaces (U+3000) are Chinese typography in the pages' text
    files: ['**/*.vue'],
    rules: { 'no-irregular-whitespace': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'e2e/**/*.mjs', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
)
