import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the operations in src/**/*.ts(x), generated from the server's SDL (schema/kyzmat.graphql).
const config: CodegenConfig = {
  schema: '../schema/kyzmat.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/api/generated.ts'],
  generates: {
    'src/api/generated.ts': {
      plugins: ['typescript-operations'],
      config: {
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: true },
        scalars: { DateTimeOffset: 'string', DateOnly: 'string', Decimal: 'number' },
        onlyOperationTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
