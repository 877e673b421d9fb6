// Why a file cannot be imported (shared/documents/refusals.ts), in the UI's language: the typed
// reason through the locale's `refusals.` keys, so a Chinese UI shows no English sentence.
import type { TFunction } from 'i18next';
import { ApiError, type FileRefused } from '../../shared/api.ts';
import type { DocumentRefusal, RefusalCode, RefusalParams } from '../../shared/documents/refusals.ts';

/** The locale key of each code, `code_context` where the wording depends on a context. */
type RefusalKey = {
  [C in RefusalCode]: RefusalParams[C] extends { context: infer X extends string } ? `${C}_${X}` : C;
}[RefusalCode];

function keyOf(refusal: DocumentRefusal): RefusalKey {
  const { params } = refusal;
  return ('context' in params ? `${refusal.code}_${params.context}` : refusal.code) as RefusalKey;
}

export function refusalText(t: TFunction, { file, refusal }: FileRefused): string {
  const params: Record<string, string | number> = { ...refusal.params, file };
  if (refusal.code === 'format-unreadable') params.format = t(`refusals.format.${refusal.params.format}`);
  return t(`refusals.${keyOf(refusal)}`, params);
}

/** A CJK character: the space a template keeps between a Latin file name and Chinese text goes. */
const HAN = '[\\u3400-\\u9fff\\uf900-\\ufaff]';

/** The refusal where the file's name is shown beside it (a row of the batch review): the file is "the file". */
export function refusalBesideName(t: TFunction, refusal: DocumentRefusal): string {
  const theFile = t('imports.batch.theFile');
  const text = refusalText(t, { file: theFile, refusal })
    .replace(new RegExp(`(?<=${theFile}) +(?=${HAN})`, 'gu'), '')
    .replace(new RegExp(`(?<=${HAN}) +(?=${theFile})`, 'gu'), '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A failed call, or a file refused before any call. */
export type ImportFailure = { error: unknown } | { refused: FileRefused };

/** What a failure says in the UI: a refused file in the UI's language, anything else as the API worded it. */
export function failureText(t: TFunction, failure: ImportFailure): string {
  if ('refused' in failure) return refusalText(t, failure.refused);
  const { error } = failure;
  if (error instanceof ApiError && error.refused) return refusalText(t, error.refused);
  return error instanceof Error ? error.message : String(error);
}
