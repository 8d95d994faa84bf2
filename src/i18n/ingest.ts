/**
 * Strings of the ingester and the annotation checks (`src/ingest/`), in Simplified Chinese
 * and English. `check.<code>` words each problem code of `src/ingest/check/problem.ts`;
 * the typecheck fails when a code has no words. The CLI prints the English lines.
 */
import type { ProblemCode } from '../ingest/check/problem';

const QUOTE_HEAD_ZH =
  '在文章 {article} 的规范化文本中找不到：“{quote}”；最接近的一句是“{sentence}”，';
const QUOTE_HEAD_EN =
  'not found in the normalised text of article {article}: "{quote}"; the nearest sentence is "{sentence}", ';

export const ingestZh = {
  'check.notRecord': '这里应是一组字段（字段名: 值）',
  'check.required': '缺少“{field}”，请补上',
  'check.notNumber': '应为数字（只写阿拉伯数字，如 8650000000）',
  'check.numberWithUnit': '“{text}”是文字而不是数字：请写成 {value}，单位写在 unit 字段',
  'check.notText': '应为文字',
  'check.notList': '应为列表，如 [sichuan, zhejiang]',
  'check.notBoolean': '应为 true 或 false',
  'check.empty': '不能为空',
  'check.tooFew': '至少需要 {minimum} 项',
  'check.quoteTooShort': '引文太短：请摘录原文中的至少几个字',
  'check.notOneOf': '“{value}”不是可选值之一：{options}',
  'check.regionIdFormat': '“{value}”不是地区编号：编号是小写拼音，如 "sichuan"',
  'check.sectorIdFormat':
    '“{value}”不是行业编号：编号是小写英文加连字符，如 "equipment-manufacturing"',
  'check.localIdFormat': '“{value}”只能由小写字母、数字和连字符组成',
  'check.dateFormat': '日期应写成 YYYY、YYYY-MM 或 YYYY-MM-DD',
  'check.publishedFormat': '发布时间应写成 YYYY-MM-DD[THH:MM[:SS]]',
  'check.notRealDate': '不是真实存在的日期',
  'check.unknownField': '未知字段（可用字段：{known}）',
  'check.invalid': '无效：{message}',
  'check.idMismatch': '“{id}”必须与文件名“{stem}”一致',
  'check.unknownRegion': '未知地区“{id}”',
  'check.unknownRegionSuggest': '未知地区“{id}”：是不是“{suggestion}”？',
  'check.regionNotNamed': '地区“{id}”（{name}）在文章正文中从未出现：请核对编号',
  'check.regionNotNamedSuggest':
    '地区“{id}”（{name}）在文章正文中从未出现：是不是“{suggestion}”（{suggestionName}）？',
  'check.unknownSector': '未知行业“{id}”',
  'check.duplicateEventId': '事件编号重复（首次出现在 events[{first}]）',
  'check.duplicateFigureId': '数据编号重复（首次出现在 figures[{first}]）',
  'check.listedTwice': '“{id}”列了两次',
  'check.partyNotInRegions':
    '“{id}”是参与方，但不在文章的地区（regions）中：请加入 regions，或从这里删去',
  'check.directionNotParty': '“{id}”必须是参与方之一',
  'check.endBeforeDate': '结束日期 {end} 早于开始日期 {date}',
  'check.noRawText': '没有原文：缺少 {path}',
  'check.quoteNotFound': '在文章 {article} 的规范化文本中找不到：“{quote}”',
  'check.quoteHalfWidth': `${QUOTE_HEAD_ZH}原文是全角“{expected}”，引文却是半角“{found}”`,
  'check.quoteTraditional': `${QUOTE_HEAD_ZH}原文是简体“{expected}”，引文却是繁体“{found}”`,
  'check.quoteExtra': `${QUOTE_HEAD_ZH}原文没有引文中的“{found}”`,
  'check.quoteMissing': `${QUOTE_HEAD_ZH}原文有“{expected}”，引文漏掉了`,
  'check.quoteDiffers': `${QUOTE_HEAD_ZH}原文是“{expected}”，引文却是“{found}”`,
  'check.isDraft': '状态仍是 draft（草稿）：逐项审核后改为 status: curated',
  'check.extractionBlock': '草稿的 extraction 部分还在：逐项审核后删除它',
  'check.untranslated': '仍写着“[untranslated]”：请填写英文',
  'check.yamlIndent':
    'YAML 语法：第 {line} 行的缩进与上下行不一致（“{text}”）：同一记录的字段必须对齐，列表项的“- ”也要对齐',
  'check.yamlTab': 'YAML 语法：第 {line} 行用了制表符缩进：请改用空格',
  'check.yamlDuplicateKey':
    'YAML 语法：同一记录中一个字段出现了两次（第 {line} 行：“{text}”）：只保留一个',
  'check.yamlUnclosed': 'YAML 语法：第 {line} 行或之前打开的括号或引号没有闭合（“{text}”）',
  'check.yamlReserved':
    'YAML 语法：第 {line} 行的值以 YAML 的保留字符开头（“{text}”）：请给这个值加上引号',
  'check.yamlOther': 'YAML 语法：{message}',
} as const satisfies Record<`check.${ProblemCode}`, string>;

export const ingestEn: Record<keyof typeof ingestZh, string> = {
  'check.notRecord': 'must be a record of fields (name: value)',
  'check.required': '"{field}" is missing: add it',
  'check.notNumber': 'must be a number (digits only, e.g. 8650000000)',
  'check.numberWithUnit':
    '"{text}" is text, not a number: write {value} and put the unit in "unit"',
  'check.notText': 'must be text',
  'check.notList': 'must be a list, e.g. [sichuan, zhejiang]',
  'check.notBoolean': 'must be true or false',
  'check.empty': 'must not be empty',
  'check.tooFew': 'needs at least {minimum}',
  'check.quoteTooShort': 'must quote at least a few characters of the article',
  'check.notOneOf': '"{value}" is not one of: {options}',
  'check.regionIdFormat': '"{value}" is not a region id: ids are lowercase pinyin, e.g. "sichuan"',
  'check.sectorIdFormat':
    '"{value}" is not a sector id: ids are lowercase kebab-case, e.g. "equipment-manufacturing"',
  'check.localIdFormat': '"{value}" must be lowercase letters, digits and dashes',
  'check.dateFormat': 'must be YYYY, YYYY-MM or YYYY-MM-DD',
  'check.publishedFormat': 'must be YYYY-MM-DD[THH:MM[:SS]]',
  'check.notRealDate': 'is not a real calendar day',
  'check.unknownField': 'unknown field (known: {known})',
  'check.invalid': '{message}',
  'check.idMismatch': '"{id}" must equal the file name "{stem}"',
  'check.unknownRegion': 'unknown region "{id}"',
  'check.unknownRegionSuggest': 'unknown region "{id}": did you mean "{suggestion}"?',
  'check.regionNotNamed':
    'region "{id}" ({name}) is not named anywhere in the article\'s text: check the id',
  'check.regionNotNamedSuggest':
    'region "{id}" ({name}) is not named anywhere in the article\'s text: did you mean "{suggestion}" ({suggestionName})?',
  'check.unknownSector': 'unknown sector "{id}"',
  'check.duplicateEventId': 'duplicate event id (first at events[{first}])',
  'check.duplicateFigureId': 'duplicate figure id (first at figures[{first}])',
  'check.listedTwice': '"{id}" is listed twice',
  'check.partyNotInRegions':
    '"{id}" is a party but not one of the article\'s regions: add it to regions, or remove it here',
  'check.directionNotParty': '"{id}" must be one of the parties',
  'check.endBeforeDate': '{end} is before date {date}',
  'check.noRawText': 'no raw text: {path} is missing',
  'check.quoteNotFound': 'not found in the normalised text of article {article}: "{quote}"',
  'check.quoteHalfWidth': `${QUOTE_HEAD_EN}which has the full-width "{expected}" where the quote has the half-width "{found}"`,
  'check.quoteTraditional': `${QUOTE_HEAD_EN}which has the Simplified "{expected}" where the quote has the Traditional "{found}"`,
  'check.quoteExtra': `${QUOTE_HEAD_EN}which does not have the quote's "{found}"`,
  'check.quoteMissing': `${QUOTE_HEAD_EN}which has "{expected}" that the quote leaves out`,
  'check.quoteDiffers': `${QUOTE_HEAD_EN}which has "{expected}" where the quote has "{found}"`,
  'check.isDraft': 'status is "draft": review every item, then write status: curated',
  'check.extractionBlock':
    'the draft\'s "extraction" block is still here: delete it once every item is reviewed',
  'check.untranslated': 'still says "[untranslated]": write the English',
  'check.yamlIndent':
    'YAML syntax: the indentation of line {line} does not match the lines around it ("{text}"): the fields of one record start in the same column, and so do the "- " of one list',
  'check.yamlTab': 'YAML syntax: line {line} is indented with a tab: indent with spaces',
  'check.yamlDuplicateKey':
    'YAML syntax: a field appears twice in one record (line {line}: "{text}"): keep one',
  'check.yamlUnclosed':
    'YAML syntax: a bracket or quote opened on or before line {line} is not closed ("{text}")',
  'check.yamlReserved':
    'YAML syntax: the value on line {line} starts with a character YAML reserves ("{text}"): put the value in quotes',
  'check.yamlOther': 'YAML syntax: {message}',
};

/**
 * One region supporting another, in the article's own word (`direction.term`); the
 * default `direction` key (core.ts) says 对口支援, paired assistance.
 */
export const directionZh = {
  'direction.assistance': '{from} 帮扶 {to}',
  'direction.east-west-cooperation': '{from} 东西部协作 {to}',
  'direction.twinning': '{from} 结对帮扶 {to}',
  'direction.paired-cooperation': '{from} 对口合作 {to}',
} as const;

export const directionEn: Record<keyof typeof directionZh, string> = {
  'direction.assistance': '{from} supports {to}',
  'direction.east-west-cooperation': '{from} supports {to} (east–west cooperation)',
  'direction.twinning': '{from} supports {to} (twinning)',
  'direction.paired-cooperation': '{from} and {to}: paired cooperation',
};

/** Why an input was not drafted (`DraftResult` refusals) or the worker could not draft. */
export const refusalZh = {
  'ingest.refusal.empty': '文件是空的：请粘贴文章正文，或选择另一个文件。',
  'ingest.refusal.binary':
    '这不是文本文件（像是图片或其他二进制文件）：请选择 .txt 或 .html 文件。',
  'ingest.refusal.unknown-encoding':
    '无法识别文件的文字编码：请在浏览器中打开原网页，复制正文后粘贴到这里。',
  'ingest.refusal.no-chinese':
    '只读到 {cjk} 个汉字（按 {encoding} 读取），不像一篇中文报道：请检查文件是否选对。',
  'ingest.refusal.too-large':
    '文件有 {mb} MB，太大了，不像一篇报道：请只保存文章所在的网页或正文。',
  'ingest.failure.gazetteer-unavailable':
    '无法加载地名库（data/gazetteer.json），无法起草：请刷新页面后重试。已粘贴的文字仍在。',
  'ingest.failure.draft-failed': '起草时出错（{detail}）：已粘贴的文字仍在，可以手动填写。',
  'ingest.failure.worker-failed':
    '后台起草程序无法运行（{detail}）：已粘贴的文字仍在，可以手动填写。',
} as const;

export const refusalEn: Record<keyof typeof refusalZh, string> = {
  'ingest.refusal.empty': "The file is empty: paste the article's text, or choose another file.",
  'ingest.refusal.binary':
    'This is not a text file (it looks like an image or other binary data): choose a .txt or .html file.',
  'ingest.refusal.unknown-encoding':
    "The file's text encoding is not recognised: open the page in a browser, copy the article and paste it here.",
  'ingest.refusal.no-chinese':
    'Only {cjk} Chinese characters were read (as {encoding}), so this is not a Chinese news article: check that this is the right file.',
  'ingest.refusal.too-large':
    'The file is {mb} MB, too large for an article: save only the page or the text of the article.',
  'ingest.failure.gazetteer-unavailable':
    'The gazetteer (data/gazetteer.json) could not be loaded, so nothing can be drafted: reload the page and try again. The pasted text is kept.',
  'ingest.failure.draft-failed':
    'Drafting failed ({detail}): the pasted text is kept, and the fields can be filled in by hand.',
  'ingest.failure.worker-failed':
    'The drafting worker could not run ({detail}): the pasted text is kept, and the fields can be filled in by hand.',
};
