import { describe, expect, it } from 'vitest';
import { readHtml } from './html';

describe('readHtml', () => {
  it('reads the article, one line per block, without scripts, styles or navigation', () => {
    const { text, page } = readHtml(
      '<html><head><title>粤桂签署协议 - 南方网</title><meta property="article:published_time" content="2022-08-09T10:15:00+08:00">' +
        '<script>document.write("四川省 签署协议")</script><style>p{}</style></head><body><nav>首页 重庆 四川</nav>' +
        '<article><h1>粤桂签署协议</h1><p>8月8日，粤桂两省区<b>签署</b>协议。</p><script>alert("浙江")</script><p>第二段。</p></article>' +
        '<footer>地址：成都市</footer></body></html>',
    );
    expect(text).toBe('粤桂签署协议\n\n8月8日，粤桂两省区签署协议。\n\n第二段。');
    expect(page).toEqual({ title: '粤桂签署协议', published: '2022-08-09T10:15:00+08:00' });
  });

  it('reads the whole body when there is no <article>, and puts the title first', () => {
    const { text } = readHtml('<title>标题 | 某网</title><div>正文一<br>正文二</div>');
    expect(text).toBe('标题\n\n正文一\n\n正文二');
  });
});
