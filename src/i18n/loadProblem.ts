/** A load problem in words, in the UI's language: what went wrong, the schema issues, what to do. */
import type { LoadProblem, SchemaIssue } from '../domain/loadProblem';
import { translate, type MessageKey } from './messages';

type Lang = 'zh' | 'en';

/** The words of a problem: one sentence, the issues (schema problems only) and the fix. */
export interface ProblemText {
  readonly what: string;
  readonly issues: readonly string[];
  readonly fix: string;
}

const LISTS = ['regions', 'sectors', 'articles', 'events', 'figures'] as const;

function listName(lang: Lang, list: string): string {
  const known = LISTS.find((l) => l === list);
  return known ? translate(lang, `loadList_${known}`) : list;
}

/** One schema issue: `合作事件第 13 条（id “e1”）（报道 x），字段 parties：应至少列出一个参与方`. */
export function issueText(lang: Lang, issue: SchemaIssue): string {
  const parts: string[] = [];
  if (issue.record) {
    const { list, index, id, article } = issue.record;
    let record = translate(lang, 'loadIssueRecord', { list: listName(lang, list), n: index + 1 });
    if (id) record += translate(lang, 'loadIssueId', { id });
    if (article) record += translate(lang, 'loadIssueArticle', { article });
    parts.push(record);
  }
  parts.push(
    issue.field
      ? translate(lang, 'loadIssueField', { field: issue.field })
      : translate(lang, 'loadIssueWhole'),
  );
  const colon = lang === 'zh' ? '：' : ': ';
  return `${parts.join(lang === 'zh' ? '，' : ', ')}${colon}${issue.message[lang]}`;
}

function statusMeaning(lang: Lang, status: number): string {
  const key: MessageKey =
    status === 404 || status === 403 || status === 500
      ? `loadStatus_${status}`
      : 'loadStatus_other';
  return translate(lang, key);
}

/** Words for a problem in `lang`. */
export function loadProblemText(problem: LoadProblem, lang: Lang): ProblemText {
  const t = (key: MessageKey, params?: Readonly<Record<string, string | number>>) =>
    translate(lang, key, params);
  switch (problem.kind) {
    case 'network':
      return { what: t('loadNetwork', problem), issues: [], fix: t('loadNetworkFix') };
    case 'http':
      return {
        what: t('loadHttp', { ...problem, meaning: statusMeaning(lang, problem.status) }),
        issues: [],
        fix: t(problem.status === 404 ? 'loadHttp404Fix' : 'loadHttpFix'),
      };
    case 'notJson':
      return {
        what: t(problem.webPage ? 'loadWebPage' : 'loadNotJson', {
          file: problem.file,
          bytes: problem.bytes,
        }),
        issues: [],
        fix: t('loadNotJsonFix'),
      };
    case 'format':
      return {
        what: t('loadFormat', { file: problem.file, found: problem.found ?? t('loadFormatNone') }),
        issues: [],
        fix: t('loadFormatFix'),
      };
    case 'schema': {
      const hidden = problem.total - problem.issues.length;
      return {
        what: t('loadSchema', { file: problem.file, total: problem.total }),
        issues: [
          ...problem.issues.map((i) => issueText(lang, i)),
          ...(hidden > 0 ? [t('loadSchemaMore', { n: hidden })] : []),
        ],
        fix: t('loadSchemaFix'),
      };
    }
    case 'packAlone':
      return { what: t('loadPackAlone', problem), issues: [], fix: t('loadPackAloneFix', problem) };
    case 'detailMismatch':
      return {
        what: t('loadDetailMismatch', problem),
        issues: [],
        fix: t('loadDetailMismatchFix'),
      };
    case 'worker':
      return { what: t('loadWorker', problem), issues: [], fix: t('loadWorkerFix') };
    case 'unexpected':
      return { what: t('loadUnexpected', problem), issues: [], fix: t('loadUnexpectedFix') };
  }
}

/** The whole problem as one English text, for `window.atlas.ready`'s rejection and logs. */
export function loadProblemMessage(problem: LoadProblem): string {
  const { what, issues, fix } = loadProblemText(problem, 'en');
  return [what, ...issues, fix].join(' ');
}
