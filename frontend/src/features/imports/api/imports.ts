import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type ImportType = 'measures' | 'needs' | 'steps' | 'indicator-values';
export type ImportPreview = Schemas['ImportPreview'];

type Variables = { type: ImportType; file: File; dryRun: boolean };

/** Uploads a spreadsheet as multipart/form-data: a preview with `dryRun`, else the import itself. */
export async function importSpreadsheet(slug: string, { type, file, dryRun }: Variables): Promise<ImportPreview> {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(
    await api.POST('/api/v1/areas/{slug}/imports', {
      params: { path: { slug }, query: { type, dryRun } },
      body: form as unknown as { file: string },
      bodySerializer: (body) => body as unknown as FormData,
    }),
  );
}

export function useImport(slug: string) {
  return useMutation({ mutationFn: (variables: Variables) => importSpreadsheet(slug, variables) });
}
