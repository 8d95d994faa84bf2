/**
 * Rule group `boilerplate`: cut what a web page wraps around an article, by rule,
 * never by per-site lists. Applied to trimmed Simplified lines:
 *
 * - `navigation`: welcome banners, breadcrumbs (`你现在的位置:首页 > …`), portal
 *   crumbs ending in `查看内容`;
 * - `hotline`: `新闻热线:… 举报电话:…`;
 * - `footer`: copyright, `版权所有`, ICP and public-security filings, licences,
 *   `主管单位`, `技术支持`, `关于我们 | 网站声明`, and lines that start with `地址:`/`电话:`;
 * - `editor`: `(责编:…)`, `编辑：… 审核：…`;
 * - `reactions`: the `鲜花 握手 雷人 路过 鸡蛋` buttons of forum portals;
 * - `place-spam`: a line that is mostly `|`-separated place names;
 * - `teaser`: `…【详细】` and `原创` lines, everything from a heading that opens
 *   other stories (`财经分类资讯推荐`, `相关阅读`, `本网专稿` …) to the end once the
 *   article has had two long paragraphs (one, when no long paragraph follows the heading),
 *   and `Place：headline` lines after the article's last long paragraph;
 * - `duplicate-headline`: the headline repeated later, also as `<headline> - <site>`;
 * - `summary`: a `摘要:`/`核心提示:` block whose text the article repeats;
 * - `meta`: page counters (`浏览次数:426`, `评论: 0`, `发布者: admin`) cut out of the
 *   date line, which itself stays.
 *
 * The first line that survives the line rules is the headline.
 */
import {
  TEASER_HEADING,
  isHeadlineRepeat,
  lineRule,
  stripMetaFields,
  summaryText,
  type BoilerplateRule,
} from './boilerplateRules';

export type { BoilerplateRule } from './boilerplateRules';

/** One piece of text a rule removed. */
export interface Removed {
  rule: string;
  text: string;
}

const LONG_PARAGRAPH = 60;

function noSpace(s: string): string {
  return s.replace(/\s+/gu, '');
}

const isLong = (line: string) => line.length >= LONG_PARAGRAPH && lineRule(line) === null;

/**
 * Index of the first teaser heading that follows at least two long paragraphs, or one
 * when no long paragraph follows it (a short article's teaser list), or -1.
 */
function teaserStart(lines: readonly string[]): number {
  let long = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (TEASER_HEADING.test(line)) {
      if (long >= 2 || (long >= 1 && !lines.slice(i + 1).some(isLong))) return i;
    }
    if (isLong(line)) long++;
  }
  return -1;
}

/** After the article's last long paragraph, a `Place：headline` line is another story's teaser. */
const TEASER_ITEM = /^\p{Script=Han}{2,8}[：:][^。！？]{4,40}$/u;

/** Splits trimmed, non-empty lines into the article and the boilerplate around it. */
export function cutBoilerplate(lines: readonly string[]): { lines: string[]; removed: Removed[] } {
  const removed: Removed[] = [];
  const drop = (rule: BoilerplateRule, text: string): void => {
    removed.push({ rule, text });
  };
  const cut = teaserStart(lines);
  const body = cut < 0 ? lines : lines.slice(0, cut);

  const lastLong = body.reduce((last, line, i) => (isLong(line) ? i : last), -1);
  const kept: string[] = [];
  body.forEach((line, i) => {
    const rule = lineRule(line) ?? (i > lastLong && TEASER_ITEM.test(line) ? 'teaser' : null);
    if (rule === null) kept.push(line);
    else drop(rule, line);
  });
  for (const line of cut < 0 ? [] : lines.slice(cut)) drop(lineRule(line) ?? 'teaser', line);

  const headline = kept[0];
  const out: string[] = [];
  const rest = noSpace(kept.join(''));
  let consumed = 0;
  for (const [i, line] of kept.entries()) {
    consumed += noSpace(line).length;
    if (i > 0 && headline !== undefined && isHeadlineRepeat(line, headline)) {
      drop('duplicate-headline', line);
      continue;
    }
    const summary = summaryText(line);
    if (summary !== null && summary.length > 0 && rest.includes(noSpace(summary), consumed)) {
      drop('summary', line);
      continue;
    }
    const meta = stripMetaFields(line);
    for (const piece of meta.cut) drop('meta', piece);
    if (meta.line.length > 0) out.push(meta.line);
  }
  return { lines: out, removed };
}
