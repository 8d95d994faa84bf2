/**
 * Made-up articles about provinces the seed articles never name, in the shapes sites
 * publish (navigation, counters, footers, teasers), for tests that the extractor works
 * on text it has never seen.
 */

/** Hubei–Hunan–Jiangxi: a dated span, a list of provinces, a person named like a city. */
export const CENTRAL_CHINA =
  '鄂湘赣三省签署长江中游城市群合作协议 共推产业协同\n\n2023-06-12 09:45:10  来源：湖北日报\n\n6月10日至11日，长江中游三省协同推动高质量发展座谈会在湖南长沙召开。会上，湖北、湖南、江西三省签署《长江中游城市群省会城市合作行动计划》等4项合作协议。湖北省委书记王蒙徽表示，三省将共建产业园区，推动武汉、长沙、南昌三市协同发展。\n\n据统计，2022年，三省地区生产总值合计达15.2万亿元，占全国比重约12.6%。截至目前，三省已共建跨省合作园区12个，落地合作项目300余个，总投资超过2000亿元。\n\n去年11月，宜昌市与岳阳市签订长江航运合作协议。岳阳表示将进一步加强合作，推动两地文化旅游和现代物流发展。\n\n相关新闻\n\n武汉：东湖高新区迎来新一轮招商【详细】\n\n版权所有 湖北日报网 鄂ICP备12345678号\n';

/** Shaanxi–Gansu–Ningxia: 昨天, a three-province compound, a footer address. */
export const NORTHWEST =
  '• 欢迎访问陕西省商务厅网站\n你现在的位置：首页 > 新闻动态 > 陕甘宁三省区举办经贸合作推介会\n\n陕甘宁三省区举办经贸合作推介会\n\n发布时间：2021-11-03 16:20  来源：陕西日报  浏览次数：1088\n\n昨天，陕甘宁三省区经贸合作推介会在宁夏银川举行，来自三省区的260余家企业参会，现场签约项目42个，签约金额达380.5亿元。陕西省商务厅副厅长张宁出席并讲话。\n据了解，近五年来，三省区累计合作项目超过1200个，带动就业5万余人。甘肃兰州、天水与陕西宝鸡还共同发布《关中平原城市群协同发展倡议》。\n\n地址：西安市新城区省政府大院 电话：029-12345678\n';
