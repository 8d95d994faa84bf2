/** The authoring feature's problems, refusals and store failures in the user's language. */
import type { Lang } from '../domain/format';
import { translate, type MessageKey } from '../i18n/messages';
import type { Refusal } from '../ingest/ingest';
import { problemText as checkText } from '../i18n/checkText';
import type { FormCode, Problem } from './check';
import type { StoreFailure } from './localStore';

/** Why an input was not drafted, or why the worker failed, in words. */
export function refusalText(r: Refusal | { reason: string; message: string }, lang: Lang): string {
  switch (r.reason) {
    case 'empty':
      return translate(lang, 'authorRefusedEmpty');
    case 'binary':
      return translate(lang, 'authorRefusedBinary');
    case 'unknown-encoding':
      return translate(lang, 'authorRefusedEncoding');
    case 'no-chinese':
      return translate(lang, 'authorRefusedNoChinese');
    case 'too-large':
      return translate(lang, 'authorRefusedTooLarge');
    default:
      return translate(lang, 'authorWorkerFailed', {
        detail: 'message' in r ? r.message : r.reason,
      });
  }
}

const FORM: Record<FormCode, MessageKey> = {
  pending: 'authorProblem_pending',
  untranslated: 'authorProblem_untranslated',
  idFormat: 'authorProblem_idFormat',
  idTaken: 'authorProblem_idTaken',
};

/** A problem as the form shows it next to its field: the form's own words, or the validator's. */
export function problemText(p: Problem, lang: Lang): string {
  return p.source === 'form'
    ? translate(lang, FORM[p.code], p.params)
    : checkText(lang, { path: [], code: p.code, params: { ...p.params } });
}

const FAILURE: Record<StoreFailure, MessageKey> = {
  quota: 'authorStoreQuota',
  unavailable: 'authorStoreUnavailable',
  blocked: 'authorStoreBlocked',
  failed: 'authorStoreFailed',
};

/** Why the browser would not keep the work, and what to do instead. */
export function storeFailureText(failure: StoreFailure, lang: Lang): string {
  return `${translate(lang, FAILURE[failure])} ${translate(lang, 'authorStoreKeepByDownload')}`;
}
