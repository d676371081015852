import type { Schemas } from '@/lib/api-client';
import { fromNullable, toNullable, type FieldRules } from '@/lib/record-form';

type Edition = Schemas['Edition'];

export type EditionFormValues = {
  label: string;
  publishedOn: string;
  documentUrl: string;
  summary: string;
};

export type EditionFormField = keyof EditionFormValues;

export const EDITION_FORM_FIELDS: readonly EditionFormField[] = ['label', 'publishedOn', 'documentUrl', 'summary'];

/** An absolute http(s) URL as the API accepts it for links. */
export const URL_PATTERN = /^https?:\/\/\S+$/;

export function editionToForm(e: Edition | undefined): EditionFormValues {
  return {
    label: e?.label ?? '',
    publishedOn: fromNullable(e?.publishedOn),
    documentUrl: fromNullable(e?.documentUrl),
    summary: fromNullable(e?.summary),
  };
}

export function editionToInput(values: EditionFormValues): Schemas['EditionInput'] {
  return {
    label: values.label.trim(),
    publishedOn: toNullable(values.publishedOn),
    documentUrl: toNullable(values.documentUrl),
    summary: toNullable(values.summary),
  };
}

/** The API's rules for EditionInput (openapi.yaml), per field. */
export function editionRules(urlMessage: string): FieldRules<EditionFormValues> {
  return {
    label: { required: true, maxLength: 200 },
    documentUrl: { maxLength: 2000, pattern: { regex: URL_PATTERN, message: urlMessage } },
    summary: { maxLength: 20000 },
  };
}
