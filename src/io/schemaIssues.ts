/**
 * zod issues as {@link SchemaIssue}s: the record they are in (list, position, id,
 * article), the field, and the message in both languages. zod's own messages come
 * from its `en` locale (the app's) and, in a second parse, its `zh-CN` one; the
 * schema's own messages are translated here.
 */
import type { z } from '../domain/zod';
import type { SchemaIssue } from './problems';

/** Chinese for the messages the atlas schemas write themselves (`schema.ts`, `compiledSchema.ts`). */
const SCHEMA_MESSAGES_ZH: Readonly<Record<string, string>> = {
  'must be lowercase ASCII pinyin, e.g. "sichuan"': '应为小写拼音（ASCII），如 "sichuan"',
  'must be lowercase kebab-case, e.g. "equipment-manufacturing"':
    '应为小写英文、用连字符连接，如 "equipment-manufacturing"',
  'must not be empty': '不能为空',
  'must be YYYY, YYYY-MM or YYYY-MM-DD': '应写作 YYYY、YYYY-MM 或 YYYY-MM-DD',
  'is not a real date': '不是有效日期',
  'is not a real calendar day': '不是真实存在的日期',
  'must be YYYY-MM-DD[THH:MM[:SS]]': '应写作 YYYY-MM-DD（可加 THH:MM 或 THH:MM:SS）',
  'must be the 6-digit GB/T 2260 code': '应为 6 位 GB/T 2260 行政区划代码',
  'must quote at least a few characters of the article': '应至少引用原文中的几个字',
  'must be lowercase letters, digits and dashes': '只能包含小写字母、数字和连字符',
  'must name at least one party': '应至少列出一个参与方',
  'must name the region(s) the figure is about': '应列出该数据所涉及的地区',
  'must be "sha256-" and 64 hex digits': '应为 "sha256-" 加 64 位十六进制数字',
  'must be a relative path inside the atlas folder, e.g. "detail/000.json"':
    '应为地图数据文件夹内的相对路径，如 "detail/000.json"',
};

type Issue = z.core.$ZodIssue;

function messages(en: Issue, zh: Issue | undefined): SchemaIssue['message'] {
  const text = zh?.message ?? en.message;
  return { en: en.message, zh: SCHEMA_MESSAGES_ZH[text] ?? text };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out === '' ? '' : '.'}${String(key)}`;
  }
  return out;
}

function locate(
  path: readonly PropertyKey[],
  root: unknown,
): Pick<SchemaIssue, 'record' | 'field'> {
  const [list, index] = path;
  const records = isObject(root) && typeof list === 'string' ? root[list] : undefined;
  if (typeof list !== 'string' || typeof index !== 'number' || !Array.isArray(records)) {
    return { record: null, field: fieldPath(path) };
  }
  const value: unknown = records[index];
  const text = (key: string) =>
    isObject(value) && typeof value[key] === 'string' ? value[key] : null;
  return {
    record: { list, index, id: text('id'), article: text('article') },
    field: fieldPath(path.slice(2)),
  };
}

/**
 * The first `max` issues, one per field (later checks of a field only repeat the
 * first), and how many fields have one. `zh` are the same issues from a parse with
 * zod's `zh-CN` messages, in the same order (or none: the schema's own messages are
 * still translated, zod's stay English).
 */
export function schemaIssues(
  en: readonly Issue[],
  zh: readonly Issue[],
  root: unknown,
  max = 6,
): { issues: SchemaIssue[]; total: number } {
  const seen = new Set<string>();
  const issues: SchemaIssue[] = [];
  en.forEach((issue, i) => {
    const key = JSON.stringify(issue.path.map(String));
    if (seen.has(key)) return;
    seen.add(key);
    if (issues.length < max) {
      issues.push({ ...locate(issue.path, root), message: messages(issue, zh[i]) });
    }
  });
  return { issues, total: seen.size };
}
