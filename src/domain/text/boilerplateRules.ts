/**
 * Line rules of the boilerplate cutter: each names what a web page wraps around an
 * article. They look at one trimmed, Simplified line and know nothing about any
 * particular site; {@link cutBoilerplate} applies them.
 */

/** Name of a boilerplate rule, as recorded in `NormalizedArticle.removed`. */
export type BoilerplateRule =
  | 'navigation'
  | 'hotline'
  | 'footer'
  | 'editor'
  | 'reactions'
  | 'place-spam'
  | 'teaser'
  | 'duplicate-headline'
  | 'summary'
  | 'meta';

const NAVIGATION = [
  /^[•·*\s]*欢迎(进入|访问|光临|来到)/,
  /^(你|您)(现在)?的?(当前)?(所在)?位置[:：]|^当前位置[:：]/,
  /(首页|门户)\s*[>›»]/,
  // A breadcrumb without 首页: `重庆日报网 > 经济 > 产业`, `广安日报 > 要闻`.
  /^[^。！？，>›»]{1,16}(?:\s*[>›»]{1,2}\s*[^。！？，>›»]{1,12})+$/u,
];
// Discuz/portal breadcrumbs: short tokens separated by spaces, ending in 查看内容/正文.
const PORTAL_CRUMB = /^(\S{1,30} ){3,}(查看内容|正文)$/;

const HOTLINE = /^(新闻|报料|举报|投稿)(热线|电话|邮箱)[:：]/;

const FOOTER = [
  /copyright|all rights reserved|版权所有|©/i,
  /ICP备|ICP证|公网安备|公安备案/i,
  /(^|\s)(技术支持|主管单位|主办单位|协办单位|承办单位)[:：]/,
  /许可证(编号)?[:：]/,
  /关于我们\s*[|｜]|网站声明|联系我们\s*[|｜]/,
  /^(地址|电话|传真|邮编|邮箱|e-?mail)[:：]/i,
];
const FOOTER_MAX = 240;

const EDITOR =
  /^[(（]?\s*(责编|责任编辑|编辑|审核|校对|终审|审校|编审|监制)[:：][^)）。！？]{0,40}[)）]?$/;

const REACTION_WORDS = '鲜花|握手|雷人|路过|鸡蛋|打赏|收藏|点赞|分享到?';
const REACTIONS = new RegExp(`^(${REACTION_WORDS})( (${REACTION_WORDS}))*$`);

const TEASER_LINE = [/【详细】$/, /^原创$/];
/** A heading that opens a block of other stories; everything from it to the end goes. */
export const TEASER_HEADING =
  /^(\p{Script=Han}{0,4}分类资讯推荐|(相关|推荐|延伸|热点|更多|精彩)(阅读|新闻|文章|推荐|资讯)|猜你喜欢|本网专稿)$/u;

const PLACE = /^\p{Script=Han}{1,10}$/u;
const PLACE_SUFFIX = /[省市县区旗州盟镇乡]$/;

/** True for a line that is mostly a `|`-separated list of place names (SEO spam). */
export function isPlaceSpam(line: string): boolean {
  if (line.length > 5000) return false;
  const parts = line
    .split(/[|｜]/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length < 6) return false;
  const names = parts.filter((p) => PLACE.test(p));
  const places = names.filter((p) => PLACE_SUFFIX.test(p));
  return names.length >= parts.length * 0.9 && places.length >= parts.length * 0.6;
}

/** The rule a whole line falls under, or null for article text. */
export function lineRule(line: string): BoilerplateRule | null {
  if (NAVIGATION.some((r) => r.test(line)) || PORTAL_CRUMB.test(line)) return 'navigation';
  if (HOTLINE.test(line) && line.length < 120) return 'hotline';
  if (line.length <= FOOTER_MAX && FOOTER.some((r) => r.test(line))) return 'footer';
  if (EDITOR.test(line)) return 'editor';
  if (REACTIONS.test(line)) return 'reactions';
  if (isPlaceSpam(line)) return 'place-spam';
  if (TEASER_LINE.some((r) => r.test(line))) return 'teaser';
  return null;
}

const META_FIELD =
  /\s*[|｜]?\s*(浏览次数|浏览|阅读|点击|评论|发布者)(次数|量|数)?[:：]\s*[^\s|｜]+/g;

/**
 * Strips page-counter fields (`浏览次数:426`, `评论: 0`, `发布者: admin`) from a
 * short line and tidies its `|` separators. Returns the line and the pieces cut.
 */
export function stripMetaFields(line: string): { line: string; cut: string[] } {
  if (line.length > 160) return { line, cut: [] };
  const cut: string[] = [];
  const out = line.replace(META_FIELD, (m) => {
    cut.push(m.trim());
    return '';
  });
  if (cut.length === 0) return { line, cut };
  return {
    line: out
      .replace(/\s*[|｜]\s*/g, ' | ')
      .replace(/^ \| | \| $/g, '')
      .trim(),
    cut,
  };
}

/** Label of a summary block (`摘要:` …) and its text, or null. */
export function summaryText(line: string): string | null {
  const m = /^(摘要|核心提示|内容提要|导读)[:：]\s*(.*)$/.exec(line);
  if (m === null) return null;
  const text = m[2] ?? '';
  // A loop, not a regex: trailing-run regexes go quadratic on long runs of dots.
  let end = text.length;
  while (end > 0 && ' .…。'.includes(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

/** A headline repeated as an image caption: `<headline> - 天天要闻`. */
export function isHeadlineRepeat(line: string, headline: string): boolean {
  if (line === headline) return true;
  if (!line.startsWith(headline)) return false;
  return /^ ?[-–—|_] ?\S{1,12}$/.test(line.slice(headline.length));
}
