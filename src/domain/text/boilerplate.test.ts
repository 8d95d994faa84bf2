import { describe, expect, it } from 'vitest';
import { cutBoilerplate } from './boilerplate';
import { isPlaceSpam, lineRule, stripMetaFields } from './boilerplateRules';

const BODY =
  '为落实川浙两省合作框架协议，促进浙江企业对口支援四川省阿坝州产业发展，昨日，由省经信委组织召开的川浙经贸合作交流座谈会在成都举行。';
const BODY2 =
  '岳阳说，四川与浙江两地对口交流已有20年历史，在经贸合作方面取得了丰硕的成果。浙江在川商人达到30万人。据不完全统计，浙企在川合作项目共有885个。';

describe('lineRule', () => {
  it('recognises navigation and hotlines from the seeds', () => {
    expect(lineRule('• 欢迎进入四川省中小企业协会!')).toBe('navigation');
    expect(lineRule('你现在的位置:首页 > 信息中心 > 川浙经贸合作交流座谈会在蓉召开')).toBe(
      'navigation',
    );
    expect(lineRule('萍乡城事网—萍乡最具影响力门户网站 门户 城事资讯 上栗县 查看内容')).toBe(
      'navigation',
    );
    expect(lineRule('新闻热线:023-61520695 举报电话:023-61520697')).toBe('hotline');
    expect(lineRule('当前位置：首页 » 要闻')).toBe('navigation');
  });

  it('recognises footers from the seeds and a made-up one', () => {
    for (const line of [
      'Copyright 2020 jmdznkj.cn All Rights Reserved',
      '版权所有:四川省中小企业协会 电话:028-86265064',
      '地址:成都市成华街5号205、207室',
      '技术支持:四川中小企业信息服务有限责任公司',
      '蜀ICP备11006773号-9',
      '公安备案号:川公网安备51010602001542号',
      '渝公网安备50010802001019号 互联网新闻信息服务许可证编号:50120180006',
      '主管单位:重庆出版集团 主办单位:重庆农家科技杂志社有限公司',
      '关于我们 | 网站声明 | 意见反馈 Copyright2011-2017',
      '© 2024 某某日报社 京ICP证000000号',
    ]) {
      expect(lineRule(line), line).toBe('footer');
    }
  });

  it('recognises the editor line, reactions, teaser lines and place spam', () => {
    expect(lineRule('(责编:秦洁、张祎)')).toBe('editor');
    expect(lineRule('责任编辑：王五')).toBe('editor');
    for (const w of ['鲜花', '握手', '雷人', '路过', '鸡蛋']) expect(lineRule(w)).toBe('reactions');
    expect(lineRule('原创')).toBe('teaser');
    expect(lineRule('重庆垫江:农机助秋收 立秋后,重庆市垫江县45万亩水稻相继成熟!【详细】')).toBe(
      'teaser',
    );
    expect(lineRule('阿城市| 航空| 永登县| 南宁市| 东平县| 洛宁县| 张家港市| 青川县|')).toBe(
      'place-spam',
    );
  });

  it('keeps article lines, including ones that mention footer words in passing', () => {
    expect(lineRule(BODY)).toBeNull();
    expect(lineRule('活动现场')).toBeNull();
    expect(lineRule('交流会现场(记者罗建华 摄)')).toBeNull();
    expect(lineRule('企业取得了生产许可证，技术支持来自浙江大学。')).toBeNull();
    expect(lineRule('成都、德阳、眉山、资阳')).toBeNull();
  });
});

describe('isPlaceSpam', () => {
  it('needs many short place names', () => {
    expect(isPlaceSpam('关于我们 | 网站声明 | 意见反馈')).toBe(false);
    expect(isPlaceSpam('成都市| 德阳市| 眉山市| 资阳市| 重庆市| 永川区')).toBe(true);
  });
});

describe('stripMetaFields', () => {
  it('cuts page counters out of the date line and keeps the date and source', () => {
    expect(stripMetaFields('发布日期:2016-09-28 来源:四川经济日报 浏览次数:426')).toEqual({
      line: '发布日期:2016-09-28 来源:四川经济日报',
      cut: ['浏览次数:426'],
    });
    expect(stripMetaFields('2019-12-16 11:08| 发布者: admin| 评论: 0|来自: 中国江西网').line).toBe(
      '2019-12-16 11:08 | 来自: 中国江西网',
    );
  });
});

describe('cutBoilerplate', () => {
  it('drops repeated headlines, duplicated summaries and teaser blocks, keeping the rest', () => {
    const headline = '30多万浙商入川投资 川浙两地将深化装备制造等关键领域合作';
    const r = cutBoilerplate([
      '新闻热线:023-61520695',
      headline,
      '2024年05月17日20:32:38 财经',
      `摘要: ${BODY.slice(0, 30)} ...`,
      BODY,
      `${headline} - 天天要闻`,
      '活动现场',
      BODY2,
      '财经分类资讯推荐',
      '马斯克的“星链”已坠落近600颗 - 天天要闻',
      '论旗舰单品销量,试问谁是小米15的对手?',
    ]);
    expect(r.lines).toEqual([headline, '2024年05月17日20:32:38 财经', BODY, '活动现场', BODY2]);
    expect(r.removed.map((x) => x.rule).sort()).toEqual(
      ['duplicate-headline', 'hotline', 'summary', 'teaser', 'teaser', 'teaser'].sort(),
    );
  });

  it('keeps a summary the article does not repeat, and a teaser heading before the body (made up)', () => {
    const r = cutBoilerplate(['标题', '摘要：本文另有独立的内容。', '相关阅读', BODY, BODY2]);
    expect(r.lines).toEqual(['标题', '摘要：本文另有独立的内容。', '相关阅读', BODY, BODY2]);
  });
});
