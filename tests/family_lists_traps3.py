"""List pages whose rows or pager hold a trap real Chinese school, news and government sites have, not in
tests/test_list_families.py, tests/family_lists_more.py, tests/family_lists_gov.py, tests/family_lists_school.py,
tests/family_lists_traps.py, tests/family_lists_traps2.py or tests/test_pager_families.py:

a 招标公告 <table> of 项目名称 | 发布时间 | 截止时间 (two dates a row, the row's day the first); titles that hold dates
of their own (关于2023年5月20日…的通知) before the row's date; rows shown as 2小时前/昨天 16:20/3天前 whose whole time
is the <span title="">; the date inside the link's text after the title (… (2023-5-6)); rows showing 01-10 whose
year is only in <time datetime="2023-01-10">, across a new year; a young column of three rows beside side boxes of
ten dated rows in the same <li><a><span> markup; rows of two <tr>s (the title, then 发布时间 and a summary); a
栏目说明 paragraph of dated links to policy documents above the list; a pager of image buttons (<a><img alt="下一页">)
beside 第1页/共5页; a TRS pager on page 12 of 37 (index_11.html) with … on both sides and a 尾页 to index_36.html;
校报 issue rows whose titles are only 第126期, dated 2023.5.15 in an <i>; a card grid on page 2 whose 置顶 card
is repeated at the top of every page (dated 2023年2月20日); a 滚动新闻 list under day headings (2023年5月8日
星期一) whose rows show only their time (16:42); a headline row (picture, <h2>, summary with a [详细] link to the
same page) above the plain rows.

Each page carries the chrome of its kind (a menu, a breadcrumb, a left menu, a side box of dated rows that are not
the list's rows, a footer with 版权所有/ICP) and states what a reader sees: its rows (URL, title, day) and its pager
(this page, the last page, the URL of the page after this one, None when no URL leads there). Names, hosts and
numbers are made up; no page is copied from a real site."""

from family_page import ListCase


def _side(rows, tag="li"):
    """A side box's dated rows (not the list's rows)."""
    return "\n".join(f'<{tag}><a href="{h}" target="_blank">{t}</a><span>{d}</span></{tag}>' for h, t, d in rows)


# ---------------------------------------------------------------------------------------------------------------
# 1. a 公共资源交易中心 招标公告 <table>: 序号 | 项目名称 | 发布时间 | 截止时间, two dates in every row, the row's day
#    the 发布时间 (the 截止时间 is weeks later), ASP.NET, GBK; a ?type=1&page=2 pager with 当前第 1/8 页
# ---------------------------------------------------------------------------------------------------------------

TENDER_ROWS = (
    ("show.aspx?id=7821", "松岚县城区污水管网改造工程施工招标公告", "2023-05-06", "2023-05-26"),
    ("show.aspx?id=7815", "松岚县第二中学学生公寓家具采购项目公开招标公告", "2023-05-04", "2023-05-25"),
    ("show.aspx?id=7809", "松岚县人民医院医用耗材集中采购项目竞争性磋商公告", "2023-04-28", "2023-05-12"),
    ("show.aspx?id=7802", "松岚县2023年农村公路养护工程监理服务招标公告", "2023-04-25", "2023-05-16"),
    ("show.aspx?id=7796", "松岚县教育局校园视频监控系统升级改造项目询价公告", "2023-04-21", "2023-04-28"),
    ("show.aspx?id=7790", "松岚县高标准农田建设项目（二标段）施工招标公告", "2023-04-18", "2023-05-09"),
    ("show.aspx?id=7783", "松岚县政务服务中心物业管理服务采购公告", "2023-04-14", "2023-05-05"),
    ("show.aspx?id=7777", "松岚县城乡供水一体化工程设备采购招标公告", "2023-04-11", "2023-05-04"),
)

TENDER = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>招标公告 - 松岚县公共资源交易中心</title>
<link href="/css/ggzy.css" rel="stylesheet" type="text/css" />
</head>
<body>
<form name="aspnetForm" method="post" action="list.aspx?type=1" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" /></div>
<div class="top"><img src="/images/top.jpg" alt="松岚县公共资源交易中心" width="1000" height="120" /></div>
<div class="menu"><a href="/index.aspx">首页</a><a href="/zxgk/list.aspx">中心概况</a><a href="/jyxx/list.aspx?type=1">招标公告</a>
<a href="/jyxx/list.aspx?type=2">中标公示</a><a href="/jyxx/list.aspx?type=3">变更公告</a><a href="/jyxx/list.aspx?type=4">采购公告</a>
<a href="/zcfg/list.aspx">政策法规</a><a href="/bszn/list.aspx">办事指南</a><a href="/xzzx/list.aspx">下载中心</a><a href="/cxjd/list.aspx">诚信监督</a></div>
<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="240" valign="top">
 <div class="lm"><div class="lm_t">交易信息</div><ul><li><a href="list.aspx?type=1">招标公告</a></li><li><a href="list.aspx?type=2">中标公示</a></li>
 <li><a href="list.aspx?type=3">变更公告</a></li><li><a href="list.aspx?type=4">采购公告</a></li></ul></div>
 <div class="lm"><div class="lm_t">中标公示</div><ul>
{side}
 </ul></div>
</td>
<td valign="top">
 <div class="position">当前位置：<a href="/index.aspx">首页</a> &gt; <a href="list.aspx?type=1">交易信息</a> &gt; 招标公告</div>
 <table class="zblist" width="100%" cellspacing="0" cellpadding="0">
 <tr class="head"><th width="50">序号</th><th>项目名称</th><th width="100">发布时间</th><th width="100">截止时间</th></tr>
{rows}
 </table>
 <div class="pager">共 76 条记录 当前第 1/8 页 首页 上一页 <a href="list.aspx?type=1&amp;page=2">下一页</a> <a href="list.aspx?type=1&amp;page=8">尾页</a></div>
</td>
</tr></table>
<div class="foot">主办：松岚县公共资源交易中心 地址：松岚县滨江路66号 电话：0571-6661234<br />版权所有 松岚县公共资源交易中心 浙ICP备13008765号</div>
</form>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'<tr><td>{i + 1}</td><td class="tl"><a href="{h}" target="_blank">{t}</a></td><td>{d}</td><td>{e}</td></tr>'
        for i, (h, t, d, e) in enumerate(TENDER_ROWS)
    ),
).replace(
    "{side}",
    _side(
        (
            ("show.aspx?id=7812", "松岚县滨江公园提升改造工程中标结果公示", "2023-05-05"),
            ("show.aspx?id=7798", "松岚县中小学课桌椅采购项目中标公告", "2023-04-26"),
            ("show.aspx?id=7770", "松岚县垃圾中转站建设工程中标候选人公示", "2023-04-07"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 2. titles that hold dates of their own (关于2023年5月20日至21日举行…的通知, 校园安全周报（2023.4.17-2023.4.23）)
#    before the row's own <span class="date">; a school's DedeCMS 学校公告 column, list_5_2.html pager
# ---------------------------------------------------------------------------------------------------------------

TITLE_DATES_ROWS = (
    ("/a/xwgk/xxgg/2023/0512/1520.html", "关于2023年5月20日至21日举行春季田径运动会的通知", "2023-05-12"),
    ("/a/xwgk/xxgg/2023/0427/1507.html", "2023年5月1日起实行夏季作息时间的通知", "2023-04-27"),
    ("/a/xwgk/xxgg/2023/0424/1503.html", "校园安全工作周报（2023.4.17-2023.4.23）", "2023-04-24"),
    ("/a/xwgk/xxgg/2023/0411/1494.html", "关于4月15日全民国家安全教育日主题活动的安排", "2023-04-11"),
    ("/a/xwgk/xxgg/2023/0403/1486.html", "2023年3月31日教职工大会会议纪要", "2023-04-03"),
    ("/a/xwgk/xxgg/2023/0330/1481.html", "关于2023年清明节（4月5日）放假的通知", "2023-03-30"),
    ("/a/xwgk/xxgg/2023/0324/1477.html", "第6周（2023年3月27日—3月31日）行政值周安排", "2023-03-24"),
    ("/a/xwgk/xxgg/2023/0314/1469.html", "2023年3月18日家长开放日活动方案", "2023-03-14"),
)

TITLE_DATES = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<title>学校公告_松岚县第一中学</title>
<link href="/templets/slyz/css/main.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="header"><div class="w1100"><a href="/" class="logo"><img src="/templets/slyz/images/logo.png" alt="松岚县第一中学" /></a></div></div>
<div class="nav"><ul class="w1100"><li><a href="/">首页</a></li><li><a href="/a/xxgk/">学校概况</a></li><li><a href="/a/xwzx/">新闻中心</a></li>
<li><a href="/a/xwgk/">校务公开</a></li><li><a href="/a/jxky/">教学科研</a></li><li><a href="/a/dyjy/">德育教育</a></li><li><a href="/a/twgz/">团委工作</a></li>
<li><a href="/a/jsfz/">教师发展</a></li><li><a href="/a/zsjy/">招生就业</a></li><li><a href="/a/djgz/">党建工作</a></li></ul></div>
<div class="w1100 main">
 <div class="left">
  <div class="lbox"><div class="lbox-t">校务公开</div><ul><li class="on"><a href="/a/xwgk/xxgg/">学校公告</a></li><li><a href="/a/xwgk/gzzd/">规章制度</a></li>
  <li><a href="/a/xwgk/cwgk/">财务公开</a></li><li><a href="/a/xwgk/zsxx/">招生信息</a></li></ul></div>
  <div class="lbox"><div class="lbox-t">最新动态</div><ul>
{side}
  </ul></div>
 </div>
 <div class="right">
  <div class="place">当前位置：<a href="/">主页</a> &gt; <a href="/a/xwgk/">校务公开</a> &gt; <a href="/a/xwgk/xxgg/">学校公告</a> &gt;</div>
  <ul class="artlist">
{rows}
  </ul>
  <div class="dede_pages"><ul class="pagelist"><li><a>首页</a></li><li class="thisclass"><a>1</a></li><li><a href="list_5_2.html">2</a></li><li><a href="list_5_3.html">3</a></li><li><a href="list_5_4.html">4</a></li><li><a href="list_5_5.html">5</a></li><li><a href="list_5_2.html">下一页</a></li><li><a href="list_5_5.html">末页</a></li><li><span class="pageinfo">共 <strong>5</strong>页<strong>38</strong>条</span></li></ul></div>
 </div>
</div>
<div class="footer">Copyright &copy; 2023 松岚县第一中学 版权所有 地址：松岚县学院路9号 浙ICP备11022334号</div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <li><a href="{h}" target="_blank">{t}</a><span class="date">{d}</span></li>'
        for h, t, d in TITLE_DATES_ROWS
    ),
).replace(
    "{side}",
    _side(
        (
            ("/a/xwzx/2023/0515/1523.html", "我校学子在市中学生辩论赛中夺冠", "2023-05-15"),
            ("/a/xwzx/2023/0420/1499.html", "高三年级举行第二次模拟考试质量分析会", "2023-04-20"),
            ("/a/xwzx/2023/0308/1463.html", "学校开展“三八”妇女节教职工趣味活动", "2023-03-08"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 3. a county news portal whose rows show relative times (2小时前, 昨天 16:20, 3天前) and the whole time only in the
#    <span class="time" title="2023-05-08 09:41">; older rows show the day itself; a /news/bendi/index_2.shtml pager
# ---------------------------------------------------------------------------------------------------------------

RELATIVE_ROWS = (
    ("/news/bendi/2023/0508/8812.shtml", "松岚县启动2023年“美丽河湖”创建工作", "2023-05-08", "2小时前"),
    ("/news/bendi/2023/0508/8807.shtml", "县城区新增两处口袋公园即将开放", "2023-05-08", "5小时前"),
    ("/news/bendi/2023/0507/8799.shtml", "松岚茶叶开采节在龙井坞村开幕", "2023-05-07", "昨天 16:20"),
    ("/news/bendi/2023/0506/8790.shtml", "我县举行2023年重大项目集中开工仪式", "2023-05-06", "前天 10:05"),
    ("/news/bendi/2023/0505/8781.shtml", "松岚县人民医院新院区门诊楼主体结顶", "2023-05-05", "3天前"),
    ("/news/bendi/2023/0503/8770.shtml", "“五一”假期我县接待游客28.6万人次", "2023-05-03", "5天前"),
    ("/news/bendi/2023/0428/8751.shtml", "松岚县召开一季度经济形势分析会", "2023-04-28", "2023-04-28"),
    ("/news/bendi/2023/0426/8744.shtml", "县领导调研春季农业生产工作", "2023-04-26", "2023-04-26"),
)

RELATIVE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>本地新闻_松岚新闻网</title>
<link rel="stylesheet" href="/static/css/news.css">
</head>
<body>
<div class="topbar"><div class="wrap"><span>松岚新闻网 · 县融媒体中心主办</span><a href="/login">登录</a> <a href="/register">注册</a></div></div>
<header class="head"><div class="wrap"><a href="/" class="logo"><img src="/static/img/logo.png" alt="松岚新闻网"></a>
<nav class="channel"><a href="/">首页</a><a href="/news/bendi/" class="on">本地新闻</a><a href="/news/shizheng/">时政</a><a href="/news/minsheng/">民生</a>
<a href="/news/jingji/">经济</a><a href="/news/wenlv/">文旅</a><a href="/news/xiangzhen/">乡镇</a><a href="/news/tupian/">图片</a><a href="/news/shipin/">视频</a>
<a href="/news/zhuanti/">专题</a><a href="/baoliao/">爆料</a></nav></div></header>
<div class="wrap body">
 <div class="main">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news/bendi/">本地新闻</a></div>
  <div class="feed">
{rows}
  </div>
  <div class="pagination"><span class="cur">1</span><a href="/news/bendi/index_2.shtml">2</a><a href="/news/bendi/index_3.shtml">3</a><a href="/news/bendi/index_4.shtml">4</a><a href="/news/bendi/index_5.shtml">5</a><span class="dots">…</span><a href="/news/bendi/index_20.shtml">20</a><a href="/news/bendi/index_2.shtml" class="next">下一页</a></div>
 </div>
 <div class="aside">
  <div class="box"><h3>24小时热榜</h3><ol>
{side}
  </ol></div>
  <div class="box"><h3>扫码关注</h3><img src="/static/img/qrcode.png" alt="松岚发布微信公众号"></div>
 </div>
</div>
<footer class="foot"><div class="wrap">松岚县融媒体中心 版权所有 未经授权禁止转载<br>互联网新闻信息服务许可证：33120190099 浙ICP备19011223号-1</div></footer>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <div class="item"><h3><a href="{h}" target="_blank">{t}</a></h3><div class="info"><span class="src">松岚发布</span>'
        f'<span class="time" title="{d} {9 + i:02d}:{(41 - 7 * i) % 60:02d}">{shown}</span></div></div>'
        for i, (h, t, d, shown) in enumerate(RELATIVE_ROWS)
    ),
).replace(
    "{side}",
    _side(
        (
            ("/news/minsheng/2023/0508/8810.shtml", "城区部分路段5月10日起实行单向通行", "2023-05-08"),
            ("/news/wenlv/2023/0507/8801.shtml", "松岚古镇夜游项目正式上线", "2023-05-07"),
            ("/news/shizheng/2023/0506/8793.shtml", "县委常委会召开扩大会议", "2023-05-06"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 4. the date inside the link's own text, after the title: <a …>柘原镇召开2023年防汛工作会议 (2023-5-6)</a>, an old
#    ASP township site, GBK, rows in <tr>s led by a dot gif; a 页次:1/8 首页 上一页 下一页 尾页 pager (?lm=3&page=2)
# ---------------------------------------------------------------------------------------------------------------

DATE_IN_LINK_ROWS = (
    ("shownews.asp?id=3342", "柘原镇召开2023年防汛工作会议", "2023-05-06"),
    ("shownews.asp?id=3338", "镇村干部开展“五一”节前安全生产检查", "2023-04-28"),
    ("shownews.asp?id=3331", "柘原镇2023年春季征兵工作圆满完成", "2023-04-19"),
    ("shownews.asp?id=3327", "镇党委理论学习中心组召开专题学习会", "2023-04-12"),
    ("shownews.asp?id=3320", "柘原镇开展农村人居环境整治“回头看”", "2023-04-03"),
    ("shownews.asp?id=3316", "镇卫生院开展免费健康体检进村活动", "2023-03-27"),
    ("shownews.asp?id=3309", "柘原镇召开2023年农业农村工作会议", "2023-03-15"),
    ("shownews.asp?id=3301", "柘原镇组织收看全县经济工作会议", "2023-03-02"),
)

DATE_IN_LINK = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>柘原镇人民政府--工作动态</title>
<link href="css.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="950" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/banner.jpg" width="950" height="130" alt="柘原镇人民政府"></td></tr>
<tr><td class="menu" height="32" align="center"><a href="index.asp">首 页</a> | <a href="news.asp?lm=1">镇情简介</a> | <a href="news.asp?lm=2">领导班子</a> |
<a href="news.asp?lm=3">工作动态</a> | <a href="news.asp?lm=4">政务公开</a> | <a href="news.asp?lm=5">村务公开</a> | <a href="news.asp?lm=6">招商引资</a> |
<a href="news.asp?lm=7">办事指南</a> | <a href="news.asp?lm=8">便民服务</a> | <a href="gbook.asp">镇长信箱</a></td></tr>
</table>
<table width="950" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="210" valign="top" class="leftbg">
 <table width="100%" cellpadding="0" cellspacing="0"><tr><td class="lt">政务公开</td></tr>
 <tr><td class="lm"><a href="news.asp?lm=4&amp;sub=1">通知公告</a><br><a href="news.asp?lm=4&amp;sub=2">财务公开</a><br><a href="news.asp?lm=4&amp;sub=3">人事任免</a></td></tr></table>
 <table width="100%" cellpadding="0" cellspacing="0"><tr><td class="lt">图片新闻</td></tr>
 <tr><td align="center"><a href="shownews.asp?id=3335"><img src="uploadfile/202304/20230425.jpg" width="180" height="120" border="0" alt="柘原镇茶园采摘忙"></a><br><a href="shownews.asp?id=3335">柘原镇茶园采摘忙</a></td></tr></table>
 <table width="100%" cellpadding="0" cellspacing="0"><tr><td class="lt">通知公告</td></tr>
{side}
 </table>
</td>
<td valign="top" style="padding:8px">
 <table width="100%" cellpadding="0" cellspacing="0"><tr><td class="wz">您现在的位置：<a href="index.asp">网站首页</a> &gt;&gt; <a href="news.asp?lm=3">工作动态</a></td></tr></table>
 <table width="100%" cellpadding="0" cellspacing="0" class="newslist">
{rows}
 </table>
 <table width="100%"><tr><td align="center" height="36">共88条 页次:1/8 每页12条 首页 上一页 <a href="news.asp?lm=3&amp;page=2">下一页</a> <a href="news.asp?lm=3&amp;page=8">尾页</a></td></tr></table>
</td>
</tr></table>
<table width="950" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td align="center" class="copyright" height="70">
主办：柘原镇人民政府 地址：柘原镇中心街1号<br>版权所有 柘原镇人民政府 浙ICP备07004455号</td></tr></table>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'<tr><td height="26" class="xx"><img src="images/dot.gif" width="5" height="5"> '
        f'<a href="{h}" target="_blank">{t} ({int(d[:4])}-{int(d[5:7])}-{int(d[8:])})</a></td></tr>'
        for h, t, d in DATE_IN_LINK_ROWS
    ),
).replace(
    "{side}",
    _side(
        (
            ("shownews.asp?id=3340", "关于做好2023年汛期地质灾害防范的通知", "2023-05-01"),
            ("shownews.asp?id=3322", "柘原镇2023年第一季度财务公开", "2023-04-06"),
            ("shownews.asp?id=3295", "关于开展春季森林防火宣传的通告", "2023-02-20"),
        ),
        tag="tr",
    )
    .replace("<tr><a", '<tr><td class="gg"><a')
    .replace("</span></tr>", "</span></td></tr>"),
)

# ---------------------------------------------------------------------------------------------------------------
# 5. rows showing only 01-10 whose year is only in <time datetime="2023-01-10">, the list crossing a new year
#    (2023-01-03, then 2022-12-29): no year is guessed, the <time> says it; HTML5 government site, index_2.html pager
# ---------------------------------------------------------------------------------------------------------------

TIME_ATTR_ROWS = (
    ("/zwdt/bmdt/content_551234.html", "县市场监管局开展元旦春节食品安全专项检查", "2023-01-10"),
    ("/zwdt/bmdt/content_551198.html", "县人社局集中发放2022年度农民工工资保证金", "2023-01-06"),
    ("/zwdt/bmdt/content_551160.html", "县交通运输局部署春运安全保障工作", "2023-01-03"),
    ("/zwdt/bmdt/content_551102.html", "县应急管理局召开岁末年初安全防范工作会议", "2022-12-29"),
    ("/zwdt/bmdt/content_551077.html", "县民政局走访慰问困难群众", "2022-12-26"),
    ("/zwdt/bmdt/content_551031.html", "县自然资源局完成年度耕地保护目标考核", "2022-12-20"),
    ("/zwdt/bmdt/content_550988.html", "县文旅局举办2022年度非遗展示展演活动", "2022-12-15"),
    ("/zwdt/bmdt/content_550941.html", "县财政局开展年末财政资金清理工作", "2022-12-09"),
)

TIME_ATTR = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="松岚县人民政府">
<meta name="ColumnName" content="部门动态">
<title>部门动态_松岚县人民政府</title>
<link rel="stylesheet" href="/images/gov/css/common.css">
</head>
<body>
<header class="gov-header"><div class="container"><a class="logo" href="/"><img src="/images/gov/logo.png" alt="松岚县人民政府"></a>
<div class="search"><form action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div>
<nav class="gov-nav"><ul class="container"><li><a href="/">首页</a></li><li><a href="/zjsl/">走进松岚</a></li><li class="active"><a href="/zwdt/">政务动态</a></li>
<li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/ztzl/">专题专栏</a></li></ul></nav></header>
<main class="container">
 <nav class="breadcrumb" aria-label="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwdt/">政务动态</a> &gt; <a href="/zwdt/bmdt/">部门动态</a></nav>
 <div class="row">
  <aside class="col-3">
   <div class="side-menu"><h2>政务动态</h2><ul><li><a href="/zwdt/slyw/">松岚要闻</a></li><li class="on"><a href="/zwdt/bmdt/">部门动态</a></li>
   <li><a href="/zwdt/xzdt/">乡镇动态</a></li><li><a href="/zwdt/tzgg/">通知公告</a></li><li><a href="/zwdt/mtgz/">媒体关注</a></li></ul></div>
   <div class="side-box"><h3>通知公告</h3><ul>
{side}
   </ul></div>
  </aside>
  <section class="col-9">
   <ul class="news-list">
{rows}
   </ul>
   <nav aria-label="分页"><ul class="pagination"><li class="page-item active"><span class="page-link">1</span></li><li class="page-item"><a class="page-link" href="index_2.html">2</a></li><li class="page-item"><a class="page-link" href="index_3.html">3</a></li><li class="page-item"><a class="page-link" href="index_4.html">4</a></li><li class="page-item"><a class="page-link" href="index_5.html">5</a></li><li class="page-item"><a class="page-link" href="index_2.html">下一页</a></li><li class="page-item"><a class="page-link" href="index_15.html">尾页</a></li></ul></nav>
  </section>
 </div>
</main>
<footer class="gov-footer"><div class="container"><p>主办：松岚县人民政府办公室 承办：松岚县大数据发展中心</p>
<p>版权所有：松岚县人民政府 浙ICP备05098765号 浙公网安备33011202000123号 网站标识码3301990012</p></div></footer>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'    <li><a href="{h}" target="_blank" title="{t}">{t}</a><time datetime="{d}">{d[5:]}</time></li>'
        for h, t, d in TIME_ATTR_ROWS
    ),
).replace(
    "{side}",
    _side(
        (
            ("/zwdt/tzgg/content_551250.html", "关于2023年春节假期安排的通知", "2023-01-12"),
            ("/zwdt/tzgg/content_551001.html", "松岚县2023年度政府投资项目计划公示", "2022-12-18"),
            ("/zwdt/tzgg/content_550902.html", "关于开展冬季森林防火专项行动的通告", "2022-12-02"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 6. a young column of three rows (one page: 共3条 第1页/共1页, no link in the pager) beside a 最新信息 box of ten
#    and a 热点排行 box of eight dated rows written in the very same <li><a><span> markup as the list's rows
# ---------------------------------------------------------------------------------------------------------------

SHORT_ROWS = (
    ("/zcjd/2023/0506/6621.html", "图解：《松岚县2023年义务教育阶段招生入学工作实施意见》", "2023-05-06"),
    ("/zcjd/2023/0419/6587.html", "《松岚县学前教育普惠发展三年行动计划》政策解读", "2023-04-19"),
    ("/zcjd/2023/0328/6540.html", "一图读懂县教育局2023年工作要点", "2023-03-28"),
)

SHORT_LATEST = (
    ("/jydt/2023/0512/6640.html", "县教育局召开2023年中考工作部署会", "2023-05-12"),
    ("/jydt/2023/0510/6635.html", "全县中小学开展防溺水安全教育周活动", "2023-05-10"),
    ("/tzgg/2023/0509/6631.html", "关于2023年中小学教师资格认定的公告", "2023-05-09"),
    ("/jydt/2023/0508/6628.html", "县教育局开展校外培训机构专项检查", "2023-05-08"),
    ("/tzgg/2023/0505/6617.html", "2023年松岚县教师招聘笔试成绩公布", "2023-05-05"),
    ("/jydt/2023/0504/6612.html", "全县青少年“五四”主题团日活动掠影", "2023-05-04"),
    ("/jydt/2023/0428/6603.html", "县教育局召开“五一”节前安全工作会议", "2023-04-28"),
    ("/tzgg/2023/0426/6599.html", "关于做好2023年高考报名信息确认的通知", "2023-04-26"),
    ("/jydt/2023/0424/6594.html", "第三届县中小学生艺术节开幕", "2023-04-24"),
    ("/jydt/2023/0421/6590.html", "县教研室组织初三复习教学研讨会", "2023-04-21"),
)

SHORT_HOT = (
    ("/tzgg/2023/0305/6501.html", "松岚县2023年公开招聘教师公告", "2023-03-05"),
    ("/tzgg/2023/0411/6570.html", "2023年义务教育招生报名时间安排", "2023-04-11"),
    ("/jydt/2023/0215/6462.html", "县教育工作会议召开", "2023-02-15"),
    ("/tzgg/2023/0120/6433.html", "2023年寒假中小学生安全提醒", "2023-01-20"),
    ("/jydt/2023/0310/6510.html", "全县学校春季开学工作督查情况通报", "2023-03-10"),
    ("/tzgg/2022/1230/6401.html", "2023年元旦放假通知", "2022-12-30"),
    ("/jydt/2023/0301/6488.html", "县领导走访慰问一线教师", "2023-03-01"),
    ("/tzgg/2023/0225/6480.html", "关于组织报名参加普通话水平测试的通知", "2023-02-25"),
)

SHORT = (
    """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>政策解读-松岚县教育局</title>
<link rel="stylesheet" href="/skin/css/style.css">
</head>
<body>
<div class="head"><div class="w1200"><img src="/skin/images/logo.png" alt="松岚县教育局"></div></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/jgsz/">机构设置</a></li><li><a href="/jydt/">教育动态</a></li>
<li><a href="/tzgg/">通知公告</a></li><li><a href="/zcwj/">政策文件</a></li><li class="on"><a href="/zcjd/">政策解读</a></li><li><a href="/zsks/">招生考试</a></li>
<li><a href="/jyfw/">教育服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="w1200 main">
 <div class="left">
  <div class="box"><div class="box-t">最新信息</div><ul class="box-list">
{latest}
  </ul></div>
 </div>
 <div class="center">
  <div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/zcjd/">政策解读</a></div>
  <ul class="box-list">
{rows}
  </ul>
  <div class="pages">共3条记录 首页 上一页 下一页 尾页 第1页/共1页</div>
 </div>
 <div class="right">
  <div class="box"><div class="box-t">热点排行</div><ul class="box-list">
{hot}
  </ul></div>
 </div>
</div>
<div class="foot">松岚县教育局 版权所有 地址：松岚县文教路18号 浙ICP备06033221号</div>
</body>
</html>
""".replace(
        "{rows}",
        "\n".join(f'   <li><a href="{h}" target="_blank">{t}</a><span>{d}</span></li>' for h, t, d in SHORT_ROWS),
    )
    .replace(
        "{latest}",
        "\n".join(f'   <li><a href="{h}" target="_blank">{t}</a><span>{d}</span></li>' for h, t, d in SHORT_LATEST),
    )
    .replace(
        "{hot}",
        "\n".join(f'   <li><a href="{h}" target="_blank">{t}</a><span>{d}</span></li>' for h, t, d in SHORT_HOT),
    )
)

# ---------------------------------------------------------------------------------------------------------------
# 7. each row two <tr>s: the title (arrow gif, link) in the first, 发布时间：2021-3-26 点击：135 and a summary in the
#    second, a 1px rule <tr> after; an old ASP school site, GBK; a [1] [2] … [下一页] [尾页] pager (?classid=2&page=2)
# ---------------------------------------------------------------------------------------------------------------

TWO_TR_ROWS = (
    ("show.asp?id=812", "我校举行2021年春季学期期中教学工作会议", "2021-03-26"),
    ("show.asp?id=809", "松岚二中开展“学党史、颂党恩”主题演讲比赛", "2021-03-22"),
    ("show.asp?id=805", "学校组织七年级学生参观县博物馆", "2021-03-17"),
    ("show.asp?id=801", "我校召开2021届初三毕业班家长会", "2021-03-12"),
    ("show.asp?id=797", "校团委开展学雷锋志愿服务活动", "2021-03-05"),
    ("show.asp?id=792", "学校举行新学期开学典礼暨表彰大会", "2021-02-26"),
)

TWO_TR_SUMMARY = (
    "3月25日下午，学校召开春季学期期中教学工作会议，全体任课教师参加……",
    "为庆祝中国共产党成立100周年，校团委举办“学党史、颂党恩”主题演讲比赛……",
    "3月16日，七年级全体学生在班主任带领下走进县博物馆，开展研学活动……",
    "3月11日晚，2021届初三毕业班家长会在学校报告厅召开……",
    "3月5日，校团委组织团员青年走进敬老院、社区开展志愿服务……",
    "2月25日上午，学校隆重举行新学期开学典礼暨上学期表彰大会……",
)

TWO_TR = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>松岚县第二中学--校园新闻</title>
<link href="../style.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0" leftmargin="0">
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="../images/top.jpg" width="900" height="115" alt="松岚县第二中学"></td></tr>
<tr><td class="menu" height="30"><a href="../index.asp">首页</a> | <a href="list.asp?classid=1">学校概况</a> | <a href="list.asp?classid=2">校园新闻</a> |
<a href="list.asp?classid=3">通知公告</a> | <a href="list.asp?classid=4">教学科研</a> | <a href="list.asp?classid=5">德育天地</a> | <a href="list.asp?classid=6">团队活动</a> |
<a href="list.asp?classid=7">教师园地</a> | <a href="list.asp?classid=8">学生作品</a> | <a href="../down/list.asp">资料下载</a></td></tr>
</table>
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="200" valign="top" bgcolor="#EEF5FB">
 <table width="100%" cellpadding="0" cellspacing="0"><tr><td class="lt">新闻栏目</td></tr>
 <tr><td class="lm"><a href="list.asp?classid=2">校园新闻</a><br><a href="list.asp?classid=3">通知公告</a><br><a href="list.asp?classid=6">团队活动</a></td></tr></table>
 <table width="100%" cellpadding="0" cellspacing="0"><tr><td class="lt">热门文章</td></tr>
{side}
 </table>
</td>
<td width="700" valign="top" style="padding:10px">
 <table width="100%" cellpadding="0" cellspacing="0"><tr><td class="wz">您的位置：<a href="../index.asp">首页</a> &gt;&gt; <a href="list.asp?classid=2">校园新闻</a></td></tr></table>
 <table width="100%" border="0" cellpadding="0" cellspacing="0" class="news">
{rows}
 </table>
 <table width="100%"><tr><td align="center" height="36">共 6 页 当前第 1 页 [1] <a href="list.asp?classid=2&amp;page=2">[2]</a> <a href="list.asp?classid=2&amp;page=3">[3]</a> <a href="list.asp?classid=2&amp;page=4">[4]</a> <a href="list.asp?classid=2&amp;page=5">[5]</a> <a href="list.asp?classid=2&amp;page=6">[6]</a> <a href="list.asp?classid=2&amp;page=2">[下一页]</a> <a href="list.asp?classid=2&amp;page=6">[尾页]</a></td></tr></table>
</td>
</tr></table>
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td align="center" class="copy" height="60">
版权所有：松岚县第二中学 地址：松岚县东门路25号<br>浙ICP备08012399号</td></tr></table>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'<tr><td class="bt" height="28"><img src="../images/arrow.gif" width="7" height="7"> <a href="{h}" target="_blank">{t}</a></td></tr>\n'
        f'<tr><td class="zy">发布时间：{int(d[:4])}-{int(d[5:7])}-{int(d[8:])} &nbsp; 点击：{135 - 17 * i} &nbsp; {s}</td></tr>\n'
        f'<tr><td height="1" bgcolor="#CCCCCC"></td></tr>'
        for i, ((h, t, d), s) in enumerate(zip(TWO_TR_ROWS, TWO_TR_SUMMARY))
    ),
).replace(
    "{side}",
    _side(
        (
            ("show.asp?id=788", "我校在全县中小学生运动会上获团体总分第一", "2020-11-18"),
            ("show.asp?id=779", "松岚二中举行第三十届校园艺术节", "2020-12-30"),
            ("show.asp?id=766", "学校召开2020年度教职工代表大会", "2021-01-15"),
        ),
        tag="tr",
    )
    .replace("<tr><a", '<tr><td class="rm"><a')
    .replace("</span></tr>", "</span></td></tr>"),
)

# ---------------------------------------------------------------------------------------------------------------
# 8. a 栏目说明 paragraph above the list naming the policy documents the column rests on, each a link with its
#    day (…《松岚县政府信息公开工作规定》（2021年1月15日）…); a 政府信息公开 column, TRS-style index_1.html pager
#    written out (首页 上一页 下一页 尾页, 共4页)
# ---------------------------------------------------------------------------------------------------------------

DESCRIBED_ROWS = (
    ("./202305/t20230508_812345.html", "《松岚县2023年优化营商环境工作要点》解读", "2023-05-08"),
    ("./202304/t20230421_811902.html", "《松岚县城市居民最低生活保障实施办法》政策问答", "2023-04-21"),
    ("./202304/t20230407_811566.html", "图解：松岚县2023年政府工作报告", "2023-04-07"),
    ("./202303/t20230324_811230.html", "《松岚县农村宅基地管理办法（试行）》起草说明", "2023-03-24"),
    ("./202303/t20230310_810871.html", "《关于促进民营经济高质量发展的若干意见》解读", "2023-03-10"),
    ("./202302/t20230224_810499.html", "《松岚县住房公积金缴存管理办法》新闻发布会实录", "2023-02-24"),
    ("./202302/t20230210_810133.html", "《松岚县2023年民生实事项目》解读", "2023-02-10"),
)

DESCRIBED = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="松岚县人民政府">
<meta name="ColumnName" content="政策解读">
<title>政策解读 - 松岚县人民政府</title>
<link rel="stylesheet" href="../../images/xxgk.css">
</head>
<body>
<div class="top"><img src="../../images/xxgk_banner.jpg" alt="松岚县人民政府信息公开"></div>
<div class="nav"><a href="../../">信息公开首页</a><a href="../../zfxxgkzd/">信息公开制度</a><a href="../../zfxxgkzn/">信息公开指南</a>
<a href="../../fdzdgknr/">法定主动公开内容</a><a href="../../zcwj/">政策文件</a><a href="../">政策解读</a><a href="../../ysqgk/">依申请公开</a>
<a href="../../zfxxgknb/">信息公开年报</a><a href="../../gkjg/">公开机构</a></div>
<div class="main">
 <div class="left">
  <div class="lmenu"><h3>政策解读</h3><ul><li><a href="../wzjd/">文字解读</a></li><li><a href="../tjjd/">图表解读</a></li><li><a href="../spjd/">视频解读</a></li><li><a href="../fbh/">新闻发布会</a></li></ul></div>
  <div class="lbox"><h3>最新文件</h3><ul>
{side}
  </ul></div>
 </div>
 <div class="right">
  <div class="position">当前位置：<a href="../../">信息公开</a> &gt; <a href="../">政策解读</a> &gt; <a href="./">综合解读</a></div>
  <div class="lmsm"><h4>栏目说明</h4>
  <p>本栏目依据<a href="../../zfxxgkzd/202101/t20210115_701122.html" target="_blank">《松岚县政府信息公开工作规定》</a>（2021年1月15日）和<a href="../../zcwj/202106/t20210630_722418.html" target="_blank">《松岚县重大行政决策政策解读工作办法》</a>（2021年6月30日）设立，集中发布本县以县政府、县政府办公室名义印发的政策文件的文字解读、图表解读、视频解读和新闻发布会实录。对解读内容有疑问的，可拨打12345政务服务热线咨询。</p></div>
  <ul class="xxgk-list">
{rows}
  </ul>
  <div class="page">共4页 当前第1页 <a href="index.html">首页</a> 上一页 <a href="index_1.html">下一页</a> <a href="index_3.html">尾页</a></div>
 </div>
</div>
<div class="foot">主办单位：松岚县人民政府办公室 版权所有<br>浙ICP备05098765号 网站标识码3301990012</div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(f'   <li><a href="{h}" target="_blank">{t}</a><span>{d}</span></li>' for h, t, d in DESCRIBED_ROWS),
).replace(
    "{side}",
    _side(
        (
            (
                "../../zcwj/202305/t20230505_812210.html",
                "松岚县人民政府关于印发2023年营商环境工作要点的通知",
                "2023-05-05",
            ),
            ("../../zcwj/202304/t20230418_811840.html", "松岚县城市居民最低生活保障实施办法", "2023-04-18"),
            ("../../zcwj/202303/t20230321_811104.html", "松岚县农村宅基地管理办法（试行）", "2023-03-21"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 9. a pager of image buttons: 共43条 第1页/共5页 beside <a href="…&page=2"><img src="next.gif" alt="下一页"></a>
#    and <a …><img alt="尾页"></a> (首页/上一页 unlinked images on page 1), no page numbers; an old ASP bureau, GBK
# ---------------------------------------------------------------------------------------------------------------

IMAGE_PAGER_ROWS = (
    ("Article_Show.asp?ArticleID=2291", "松岚县2023年春季农作物病虫害防治技术意见", "2023-04-26"),
    ("Article_Show.asp?ArticleID=2286", "县农业农村局开展农资打假专项行动", "2023-04-20"),
    ("Article_Show.asp?ArticleID=2280", "关于做好2023年早稻集中育秧工作的通知", "2023-04-12"),
    ("Article_Show.asp?ArticleID=2275", "松岚县2023年耕地地力保护补贴发放公示", "2023-04-04"),
    ("Article_Show.asp?ArticleID=2269", "县农技推广中心举办茶叶绿色防控培训班", "2023-03-28"),
    ("Article_Show.asp?ArticleID=2262", "松岚县2023年春耕生产工作方案", "2023-03-17"),
    ("Article_Show.asp?ArticleID=2258", "关于开展2023年农机安全生产检查的通知", "2023-03-09"),
    ("Article_Show.asp?ArticleID=2251", "县农业农村局召开2023年全县农业农村工作会议", "2023-02-27"),
)

IMAGE_PAGER = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>松岚县农业农村局 - 工作动态</title>
<link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/Skin/top.jpg" width="960" height="120" alt="松岚县农业农村局"></td></tr>
<tr><td class="menu_bg" height="34"><a href="/">首页</a> | <a href="/Article/Article_Class.asp?ClassID=1">机构职能</a> | <a href="/Article/Article_Class.asp?ClassID=12">工作动态</a> |
<a href="/Article/Article_Class.asp?ClassID=13">通知公告</a> | <a href="/Article/Article_Class.asp?ClassID=14">政策法规</a> | <a href="/Article/Article_Class.asp?ClassID=15">农技推广</a> |
<a href="/Article/Article_Class.asp?ClassID=16">市场信息</a> | <a href="/Article/Article_Class.asp?ClassID=17">办事指南</a> | <a href="/GuestBook/">局长信箱</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="220" valign="top" class="left_bg">
 <table width="100%" cellpadding="0" cellspacing="0"><tr><td class="left_title">栏目导航</td></tr>
 <tr><td class="left_menu"><a href="Article_Class.asp?ClassID=12">工作动态</a><br><a href="Article_Class.asp?ClassID=13">通知公告</a><br><a href="Article_Class.asp?ClassID=15">农技推广</a></td></tr></table>
 <table width="100%" cellpadding="0" cellspacing="0"><tr><td class="left_title">推荐文章</td></tr>
{side}
 </table>
</td>
<td valign="top" style="padding:8px">
 <table width="100%" cellpadding="0" cellspacing="0"><tr><td class="main_title">您现在的位置：<a href="/">松岚县农业农村局</a> &gt;&gt; <a href="Article_Class.asp?ClassID=12">工作动态</a></td></tr></table>
 <table width="100%" cellpadding="0" cellspacing="0" class="listbg">
{rows}
 </table>
 <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="right" height="34" class="pagetd">共43条 第1页/共5页 <img src="/Skin/first_off.gif" alt="首页" border="0"> <img src="/Skin/prev_off.gif" alt="上一页" border="0"> <a href="Article_Class.asp?ClassID=12&amp;page=2"><img src="/Skin/next.gif" alt="下一页" border="0"></a> <a href="Article_Class.asp?ClassID=12&amp;page=5"><img src="/Skin/last.gif" alt="尾页" border="0"></a></td></tr></table>
</td>
</tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td align="center" class="bottom" height="70">
主办：松岚县农业农村局 地址：松岚县农林路3号 电话：0571-6665678<br>版权所有 松岚县农业农村局 浙ICP备09055667号</td></tr></table>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'<tr><td width="16" height="26"><img src="/Skin/li.gif" width="5" height="5"></td><td><a href="{h}" target="_blank">{t}</a></td>'
        f'<td width="90" align="right" class="date">{d}</td></tr>'
        for h, t, d in IMAGE_PAGER_ROWS
    ),
).replace(
    "{side}",
    _side(
        (
            ("Article_Show.asp?ArticleID=2295", "松岚县茶产业发展扶持政策问答", "2023-05-04"),
            ("Article_Show.asp?ArticleID=2240", "2023年种粮农民一次性补贴政策解读", "2023-02-14"),
            ("Article_Show.asp?ArticleID=2231", "松岚县现代农业园区建设规划", "2023-01-30"),
        ),
        tag="tr",
    )
    .replace("<tr><a", '<tr><td class="tj"><a')
    .replace("</span></tr>", "</span></td></tr>"),
)

# ---------------------------------------------------------------------------------------------------------------
# 10. a TRS pager on page 12 of 37 (this page is index_11.html: page n is index_{n-1}.html), … on both sides of
#     8 9 10 11 12 13 14 15 16 17, a 尾页 link to index_36.html and no count
# ---------------------------------------------------------------------------------------------------------------

TRS_MID_ROWS = (
    ("./202206/t20220617_598812.html", "柘原市发展改革委召开上半年重点项目推进会", "2022-06-17"),
    ("./202206/t20220614_598540.html", "市生态环境局开展六五环境日主题宣传活动", "2022-06-14"),
    ("./202206/t20220610_598233.html", "市住建局部署汛期建筑施工安全工作", "2022-06-10"),
    ("./202206/t20220607_597961.html", "市教育局召开2022年高考安全保障工作会议", "2022-06-07"),
    ("./202206/t20220602_597604.html", "市卫健委开展“世界无烟日”宣传活动", "2022-06-02"),
    ("./202205/t20220530_597322.html", "市商务局举办外贸企业稳订单拓市场培训会", "2022-05-30"),
    ("./202205/t20220526_597011.html", "市水利局开展水库安全度汛检查", "2022-05-26"),
    ("./202205/t20220523_596744.html", "市科技局组织申报2022年度科技计划项目", "2022-05-23"),
    ("./202205/t20220519_596450.html", "市司法局开展民法典宣传月活动", "2022-05-19"),
    ("./202205/t20220516_596177.html", "市人社局举办2022年春季高校毕业生招聘会", "2022-05-16"),
)

TRS_MID = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="柘原市人民政府" />
<meta name="ColumnName" content="部门动态" />
<title>部门动态_柘原市人民政府</title>
<link href="../../images/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="header"><div class="w1200"><img src="../../images/logo.png" alt="柘原市人民政府" /></div></div>
<div class="nav"><ul class="w1200"><li><a href="../../">首页</a></li><li><a href="../../zjzy/">走进柘原</a></li><li class="on"><a href="../">新闻中心</a></li>
<li><a href="../../zwgk/">政务公开</a></li><li><a href="../../zwfw/">政务服务</a></li><li><a href="../../hdjl/">互动交流</a></li><li><a href="../../zfsj/">政府数据</a></li></ul></div>
<div class="w1200 main">
 <div class="left">
  <div class="lmenu"><h2>新闻中心</h2><ul><li><a href="../zyyw/">柘原要闻</a></li><li class="on"><a href="./">部门动态</a></li><li><a href="../xqdt/">县区动态</a></li>
  <li><a href="../tpxw/">图片新闻</a></li><li><a href="../mtjj/">媒体聚焦</a></li></ul></div>
  <div class="lbox"><h3>要闻推荐</h3><ul>
{side}
  </ul></div>
 </div>
 <div class="right">
  <div class="position">当前位置：<a href="../../">首页</a> &gt; <a href="../">新闻中心</a> &gt; <a href="./">部门动态</a></div>
  <ul class="list">
{rows}
  </ul>
  <div class="page"><a href="index.html">首页</a> <a href="index_10.html">上一页</a> <a href="index.html">1</a> <span>…</span> <a href="index_7.html">8</a> <a href="index_8.html">9</a> <a href="index_9.html">10</a> <a href="index_10.html">11</a> <span class="cur">12</span> <a href="index_12.html">13</a> <a href="index_13.html">14</a> <a href="index_14.html">15</a> <a href="index_15.html">16</a> <a href="index_16.html">17</a> <span>…</span> <a href="index_12.html">下一页</a> <a href="index_36.html">尾页</a></div>
 </div>
</div>
<div class="footer">主办：柘原市人民政府办公室 版权所有<br />赣ICP备05012678号 赣公网安备36010202000345号</div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(f'   <li><a href="{h}" target="_blank">{t}</a><span>[{d}]</span></li>' for h, t, d in TRS_MID_ROWS),
).replace(
    "{side}",
    _side(
        (
            ("../zyyw/202305/t20230508_881234.html", "柘原市召开2023年重大项目建设推进大会", "2023-05-08"),
            ("../zyyw/202304/t20230426_880567.html", "市政府常务会议研究部署安全生产工作", "2023-04-26"),
            ("../zyyw/202304/t20230412_879901.html", "柘原市一季度经济运行稳中向好", "2023-04-12"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 11. a 校报 archive whose rows' titles are only 第126期 (four or five characters), dated 2023.5.15 in an <i> beside
#     each; a list_2.html pager of numbers and 下一页
# ---------------------------------------------------------------------------------------------------------------

ISSUES_ROWS = (
    ("/xiaobao/2023/126.html", "第126期", "2023-05-15"),
    ("/xiaobao/2023/125.html", "第125期", "2023-04-28"),
    ("/xiaobao/2023/124.html", "第124期", "2023-04-14"),
    ("/xiaobao/2023/123.html", "第123期", "2023-03-31"),
    ("/xiaobao/2023/122.html", "第122期", "2023-03-17"),
    ("/xiaobao/2023/121.html", "第121期", "2023-03-03"),
    ("/xiaobao/2022/120.html", "第120期", "2022-12-30"),
    ("/xiaobao/2022/119.html", "第119期", "2022-12-16"),
    ("/xiaobao/2022/118.html", "第118期", "2022-12-02"),
    ("/xiaobao/2022/117.html", "第117期", "2022-11-18"),
)

ISSUES = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>校报 - 松岚县桐江中学</title>
<link rel="stylesheet" href="/static/css/site.css">
</head>
<body>
<div class="top"><div class="w1100"><a href="/" class="logo"><img src="/static/img/logo.png" alt="松岚县桐江中学"></a><div class="motto">厚德 笃学 自强 致远</div></div></div>
<div class="menu"><ul class="w1100"><li><a href="/">首页</a></li><li><a href="/xxgk/">学校概况</a></li><li><a href="/xwdt/">新闻动态</a></li><li><a href="/tzgg/">通知公告</a></li>
<li><a href="/jyjx/">教育教学</a></li><li><a href="/xywh/">校园文化</a></li><li><a href="/jsfc/">教师风采</a></li><li><a href="/xsyd/">学生园地</a></li><li><a href="/djgz/">党建工作</a></li></ul></div>
<div class="w1100 main">
 <div class="side">
  <div class="side-nav"><h3>校园文化</h3><ul><li><a href="/xywh/xxwh/">学校文化</a></li><li class="on"><a href="/xiaobao/">校报</a></li><li><a href="/xywh/xyfc/">校园风采</a></li><li><a href="/xywh/stfc/">社团风采</a></li></ul></div>
  <div class="side-news"><h3>新闻动态</h3><ul>
{side}
  </ul></div>
 </div>
 <div class="content">
  <div class="crumb">您所在的位置：<a href="/">首页</a> &gt; <a href="/xywh/">校园文化</a> &gt; <a href="/xiaobao/">校报</a></div>
  <p class="intro">《桐江中学报》创刊于2008年，每月出版两期，由学校团委、学生会和校园记者站共同编辑。</p>
  <ul class="issue-list">
{rows}
  </ul>
  <div class="pages"><span class="current">1</span> <a href="/xiaobao/list_2.html">2</a> <a href="/xiaobao/list_3.html">3</a> <a href="/xiaobao/list_4.html">4</a> <a href="/xiaobao/list_2.html">下一页</a></div>
 </div>
</div>
<div class="foot">版权所有 &copy; 松岚县桐江中学 地址：松岚县桐江镇学府街2号 浙ICP备14006677号-1</div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <li><a href="{h}" target="_blank">{t}</a><i>{int(d[:4])}.{int(d[5:7])}.{int(d[8:])}</i></li>'
        for h, t, d in ISSUES_ROWS
    ),
).replace(
    "{side}",
    _side(
        (
            ("/xwdt/2023/0516/2201.html", "我校举行第十五届校园科技节", "2023-05-16"),
            ("/xwdt/2023/0430/2188.html", "桐江中学开展劳动教育实践周活动", "2023-04-30"),
            ("/xwdt/2023/0410/2170.html", "学校召开高三学生心理辅导讲座", "2023-04-10"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 12. page 2 of a card grid (picture, <h3>, summary, date 2023年4月12日): the first card a 置顶 card repeated at the
#     top of every page (dated 2023年2月20日, older than the cards under it); a /xydt/2.html pager of 9
# ---------------------------------------------------------------------------------------------------------------

TOP_CARD_ROWS = (
    ("/info/1003/5301.htm", "柘原学院2023年春季学期工作要点", "2023-02-20"),
    ("/info/1003/5521.htm", "学院与柘原市人民政府签署战略合作协议", "2023-04-12"),
    ("/info/1003/5510.htm", "我院学子在全国大学生数学建模竞赛中获一等奖", "2023-04-07"),
    ("/info/1003/5498.htm", "学院举办2023年“春风行动”专场招聘会", "2023-04-01"),
    ("/info/1003/5487.htm", "学院召开本科教学工作审核评估推进会", "2023-03-28"),
    ("/info/1003/5476.htm", "我院教师团队获省级教学成果奖二等奖", "2023-03-23"),
    ("/info/1003/5462.htm", "学院开展“学雷锋志愿服务月”系列活动", "2023-03-17"),
)

TOP_CARD_SUMMARY = (
    "新学期，学院将围绕立德树人根本任务，重点抓好本科教学审核评估、学科专业建设等十项工作……",
    "4月11日，学院与柘原市人民政府在市民中心签署战略合作协议，双方将在人才培养、科技创新等方面开展合作……",
    "近日，2022年全国大学生数学建模竞赛结果揭晓，我院三支队伍获国家级一等奖……",
    "3月31日，学院“春风行动”专场招聘会在体育馆举行，120余家用人单位参会……",
    "3月27日下午，学院召开本科教学工作审核评估推进会，全体中层干部参加……",
    "省教育厅日前公布2022年省级教学成果奖评审结果，我院教师团队获二等奖……",
    "三月以来，学院各级团组织开展了形式多样的学雷锋志愿服务活动……",
)

TOP_CARD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>学院动态-柘原学院新闻网</title>
<link rel="stylesheet" href="/css/news.css">
</head>
<body>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/images/logo.png" alt="柘原学院新闻网"></a>
<nav class="nav"><a href="/">首页</a><a href="/xydt/index.html" class="active">学院动态</a><a href="/jxky/index.html">教学科研</a><a href="/xsgz/index.html">学生工作</a>
<a href="/djsz/index.html">党建思政</a><a href="/mtjj/index.html">媒体聚焦</a><a href="/rwfc/index.html">人物风采</a><a href="/tpxw/index.html">图片新闻</a><a href="/spxw/index.html">视频新闻</a></nav></div></header>
<div class="container">
 <div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/xydt/index.html">学院动态</a></div>
 <div class="layout">
  <div class="grid">
{rows}
  </div>
  <aside class="aside">
   <div class="aside-box"><h3>通知公告</h3><ul>
{side}
   </ul></div>
  </aside>
 </div>
 <div class="pb_sys_common"><a href="/xydt/index.html">上一页</a> <a href="/xydt/index.html">1</a> <span class="active">2</span> <a href="/xydt/3.html">3</a> <a href="/xydt/4.html">4</a> <a href="/xydt/5.html">5</a> <a href="/xydt/6.html">6</a> <a href="/xydt/7.html">7</a> <a href="/xydt/8.html">8</a> <a href="/xydt/9.html">9</a> <a href="/xydt/3.html">下一页</a></div>
</div>
<footer class="footer"><p>柘原学院党委宣传部 主办 地址：柘原市学府大道1号</p><p>版权所有 &copy; 柘原学院 赣ICP备05003344号-2</p></footer>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <div class="card{" is-top" if i == 0 else ""}">{"<i class=badge>置顶</i>" if i == 0 else ""}'
        f'<a href="{h}" class="pic"><img src="/__local/2023/{h[-8:-4]}.jpg" alt=""></a>'
        f'<div class="card-body"><h3><a href="{h}">{t}</a></h3><p>{s}</p>'
        f'<span class="date">{int(d[:4])}年{int(d[5:7])}月{int(d[8:])}日</span></div></div>'
        for i, ((h, t, d), s) in enumerate(zip(TOP_CARD_ROWS, TOP_CARD_SUMMARY))
    ),
).replace(
    "{side}",
    _side(
        (
            ("/info/1005/5530.htm", "关于2023年五一劳动节放假安排的通知", "2023-04-20"),
            ("/info/1005/5490.htm", "关于开展2023年大学生创新创业训练计划项目申报的通知", "2023-03-30"),
            ("/info/1005/5455.htm", "2023年专升本考试报名须知", "2023-03-14"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 13. a 滚动新闻 list grouped by day: <div class="daybox"><h3>2023年5月8日 星期一</h3><ul>…</ul></div> three times,
#     each row showing only its time (<span class="time">16:42</span>): the day is the heading's; a ?page=2 pager
# ---------------------------------------------------------------------------------------------------------------

ROLLING_ROWS = (
    ("/gdxw/2023/0508/9931.shtml", "全县“三夏”农机跨区作业服务站启用", "2023-05-08", "16:42"),
    ("/gdxw/2023/0508/9926.shtml", "松岚至桐江公路改建工程进入路面施工阶段", "2023-05-08", "11:05"),
    ("/gdxw/2023/0508/9920.shtml", "县图书馆少儿阅览区改造完成重新开放", "2023-05-08", "08:30"),
    ("/gdxw/2023/0507/9912.shtml", "松岚籍运动员获全省游泳锦标赛两金", "2023-05-07", "19:12"),
    ("/gdxw/2023/0507/9908.shtml", "桐江镇举办第五届杨梅文化节新闻发布会", "2023-05-07", "15:36"),
    ("/gdxw/2023/0507/9901.shtml", "县气象台发布强对流天气黄色预警", "2023-05-07", "09:48"),
    ("/gdxw/2023/0506/9893.shtml", "县城区12条背街小巷完成改造提升", "2023-05-06", "17:20"),
    ("/gdxw/2023/0506/9887.shtml", "松岚县举行2023年防汛应急演练", "2023-05-06", "10:15"),
)

ROLLING_DAYS = (
    ("2023-05-08", "2023年5月8日 星期一"),
    ("2023-05-07", "2023年5月7日 星期日"),
    ("2023-05-06", "2023年5月6日 星期六"),
)

ROLLING = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>滚动新闻_松岚新闻网</title>
<link rel="stylesheet" href="/static/css/news.css">
</head>
<body>
<div class="topbar"><div class="wrap"><span>松岚新闻网 · 县融媒体中心主办</span><a href="/login">登录</a> <a href="/register">注册</a></div></div>
<header class="head"><div class="wrap"><a href="/" class="logo"><img src="/static/img/logo.png" alt="松岚新闻网"></a>
<nav class="channel"><a href="/">首页</a><a href="/gdxw/" class="on">滚动</a><a href="/news/bendi/">本地新闻</a><a href="/news/shizheng/">时政</a><a href="/news/minsheng/">民生</a>
<a href="/news/jingji/">经济</a><a href="/news/wenlv/">文旅</a><a href="/news/xiangzhen/">乡镇</a><a href="/news/tupian/">图片</a><a href="/news/shipin/">视频</a>
<a href="/news/zhuanti/">专题</a></nav></div></header>
<div class="wrap body">
 <div class="main">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/gdxw/">滚动新闻</a></div>
{days}
  <div class="pagination"><span class="cur">1</span><a href="/gdxw/?page=2">2</a><a href="/gdxw/?page=3">3</a><a href="/gdxw/?page=4">4</a><span class="dots">…</span><a href="/gdxw/?page=30">30</a><a href="/gdxw/?page=2" class="next">下一页</a></div>
 </div>
 <div class="aside">
  <div class="box"><h3>一周热点</h3><ol>
{side}
  </ol></div>
 </div>
</div>
<footer class="foot"><div class="wrap">松岚县融媒体中心 版权所有 未经授权禁止转载<br>互联网新闻信息服务许可证：33120190099 浙ICP备19011223号-1</div></footer>
</body>
</html>
""".replace(
    "{days}",
    "\n".join(
        f'  <div class="daybox"><h3>{shown}</h3><ul class="roll">\n'
        + "\n".join(
            f'   <li><a href="{h}" target="_blank">{t}</a><span class="time">{hm}</span></li>'
            for h, t, d, hm in ROLLING_ROWS
            if d == day
        )
        + "\n  </ul></div>"
        for day, shown in ROLLING_DAYS
    ),
).replace(
    "{side}",
    _side(
        (
            ("/news/bendi/2023/0505/8781.shtml", "松岚县人民医院新院区门诊楼主体结顶", "2023-05-05"),
            ("/news/minsheng/2023/0504/8776.shtml", "城区公交新开通两条微循环线路", "2023-05-04"),
            ("/news/wenlv/2023/0502/8764.shtml", "“五一”假期松岚古镇游人如织", "2023-05-02"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 14. a headline row above the plain rows: a picture, an <h2> title, a summary ending in a [详细] link to the same
#     page and its date, then a <ul> of nine plain rows; a county news centre, ?page=2 pager with 共12页
# ---------------------------------------------------------------------------------------------------------------

HEADLINE_ROWS = (
    ("/xwzx/sldt/2023-05-08/4521.html", "松岚县召开2023年全面深化改革工作会议", "2023-05-08"),
    ("/xwzx/sldt/2023-05-06/4515.html", "县人大常委会召开第十一次会议", "2023-05-06"),
    ("/xwzx/sldt/2023-05-05/4510.html", "县政协开展乡村振兴专题民主监督", "2023-05-05"),
    ("/xwzx/sldt/2023-04-28/4498.html", "松岚县表彰2022年度劳动模范和先进工作者", "2023-04-28"),
    ("/xwzx/sldt/2023-04-26/4490.html", "县委理论学习中心组举行专题学习", "2023-04-26"),
    ("/xwzx/sldt/2023-04-23/4482.html", "松岚县全民阅读活动启动", "2023-04-23"),
    ("/xwzx/sldt/2023-04-20/4475.html", "县领导督查安全生产工作", "2023-04-20"),
    ("/xwzx/sldt/2023-04-17/4466.html", "松岚县2023年招商引资推介会在杭举行", "2023-04-17"),
    ("/xwzx/sldt/2023-04-13/4458.html", "县政府与省农科院签订科技合作协议", "2023-04-13"),
    ("/xwzx/sldt/2023-04-10/4449.html", "松岚县开展“清明”文明祭扫专项行动", "2023-04-10"),
)

HEADLINE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>松岚动态 - 松岚县新闻中心</title>
<link rel="stylesheet" href="/templates/default/css/list.css">
</head>
<body>
<div class="header"><div class="w1200"><a href="/"><img src="/templates/default/images/logo.png" alt="松岚县新闻中心"></a><span class="date">欢迎访问松岚县新闻中心</span></div></div>
<div class="navbar"><ul class="w1200"><li><a href="/">首页</a></li><li class="on"><a href="/xwzx/sldt/">松岚动态</a></li><li><a href="/xwzx/bmdt/">部门动态</a></li><li><a href="/xwzx/xzdt/">乡镇动态</a></li>
<li><a href="/xwzx/tpxw/">图片新闻</a></li><li><a href="/xwzx/spxw/">视频新闻</a></li><li><a href="/xwzx/mtjj/">媒体聚焦</a></li><li><a href="/ztzl/">专题专栏</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="w1200 main">
 <div class="l">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/sldt/">松岚动态</a></div>
  <div class="headline"><a href="{h0}" target="_blank" class="pic"><img src="/uploads/2023/05/4521.jpg" width="300" height="200" alt="{t0}"></a>
  <h2><a href="{h0}" target="_blank">{t0}</a></h2>
  <p>5月8日上午，松岚县召开2023年全面深化改革工作会议，总结2022年改革工作，部署2023年重点改革任务。县委主要领导出席会议并讲话…… <a href="{h0}" target="_blank">[详细]</a></p>
  <span class="time">{d0}</span></div>
  <ul class="list">
{rows}
  </ul>
  <div class="pager">共12页 <span class="on">1</span> <a href="/xwzx/sldt/?page=2">2</a> <a href="/xwzx/sldt/?page=3">3</a> <a href="/xwzx/sldt/?page=4">4</a> <a href="/xwzx/sldt/?page=2">下一页</a> <a href="/xwzx/sldt/?page=12">末页</a></div>
 </div>
 <div class="r">
  <div class="rbox"><h3>图片新闻</h3><ul class="pics"><li><a href="/xwzx/tpxw/2023-05-07/4512.html"><img src="/uploads/2023/05/4512.jpg" alt="油菜花海引客来"><p>油菜花海引客来</p></a></li></ul></div>
  <div class="rbox"><h3>部门动态</h3><ul>
{side}
  </ul></div>
 </div>
</div>
<div class="footer">松岚县新闻中心 版权所有 地址：松岚县府前街8号<br>浙ICP备10033445号</div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(f'   <li><a href="{h}" target="_blank">{t}</a><span>{d}</span></li>' for h, t, d in HEADLINE_ROWS[1:]),
).replace(
    "{side}",
    _side(
        (
            ("/xwzx/bmdt/2023-05-07/4513.html", "县市场监管局开展“五一”节日市场检查", "2023-05-07"),
            ("/xwzx/bmdt/2023-04-27/4494.html", "县卫健委举办基层医生技能竞赛", "2023-04-27"),
            ("/xwzx/bmdt/2023-04-18/4470.html", "县交通运输局推进农村公路提质改造", "2023-04-18"),
        )
    ),
)
HEADLINE = (
    HEADLINE.replace("{h0}", HEADLINE_ROWS[0][0])
    .replace("{t0}", HEADLINE_ROWS[0][1])
    .replace("{d0}", HEADLINE_ROWS[0][2])
)


CASES = [
    ListCase(
        "trap3-tender-table-deadline-column-gbk",
        "http://ggzy.songlan.example.gov.cn/jyxx/list.aspx?type=1",
        TENDER,
        tuple((h, t, d) for h, t, d, _ in TENDER_ROWS),
        (1, 8, "http://ggzy.songlan.example.gov.cn/jyxx/list.aspx?type=1&page=2"),
        gbk=True,
    ),
    ListCase(
        "trap3-titles-holding-dates",
        "http://www.slyz.example.cn/a/xwgk/xxgg/",
        TITLE_DATES,
        TITLE_DATES_ROWS,
        (1, 5, "http://www.slyz.example.cn/a/xwgk/xxgg/list_5_2.html"),
    ),
    ListCase(
        "trap3-relative-time-title-attr",
        "https://www.slxww.example.cn/news/bendi/",
        RELATIVE,
        tuple((h, t, d) for h, t, d, _ in RELATIVE_ROWS),
        (1, 20, "https://www.slxww.example.cn/news/bendi/index_2.shtml"),
    ),
    ListCase(
        "trap3-date-inside-link-text-gbk",
        "http://www.zyzf.example.gov.cn/news.asp?lm=3",
        DATE_IN_LINK,
        DATE_IN_LINK_ROWS,
        (1, 8, "http://www.zyzf.example.gov.cn/news.asp?lm=3&page=2"),
        gbk=True,
    ),
    ListCase(
        "trap3-time-datetime-across-new-year",
        "https://www.songlan.example.gov.cn/zwdt/bmdt/",
        TIME_ATTR,
        TIME_ATTR_ROWS,
        (1, 15, "https://www.songlan.example.gov.cn/zwdt/bmdt/index_2.html"),
        # the rows show 01-10, but each <time datetime=""> holds the whole day: the year is on the page
        year_shown=True,
    ),
    ListCase(
        "trap3-three-rows-beside-bigger-dated-boxes",
        "http://jyj.songlan.example.gov.cn/zcjd/",
        SHORT,
        SHORT_ROWS,
        (1, 1, None),
    ),
    ListCase(
        "trap3-two-tr-rows-gbk",
        "http://www.slez.example.cn/news/list.asp?classid=2",
        TWO_TR,
        TWO_TR_ROWS,
        (1, 6, "http://www.slez.example.cn/news/list.asp?classid=2&page=2"),
        gbk=True,
    ),
    ListCase(
        "trap3-column-note-with-dated-links",
        "http://www.songlan.example.gov.cn/xxgk/zcjd/zhjd/",
        DESCRIBED,
        DESCRIBED_ROWS,
        (1, 4, "http://www.songlan.example.gov.cn/xxgk/zcjd/zhjd/index_1.html"),
    ),
    ListCase(
        "trap3-image-button-pager-gbk",
        "http://nyj.songlan.example.gov.cn/Article/Article_Class.asp?ClassID=12",
        IMAGE_PAGER,
        IMAGE_PAGER_ROWS,
        (1, 5, "http://nyj.songlan.example.gov.cn/Article/Article_Class.asp?ClassID=12&page=2"),
        gbk=True,
    ),
    ListCase(
        "trap3-trs-page-12-of-37",
        "http://www.zheyuan.example.gov.cn/xwzx/bmdt/index_11.html",
        TRS_MID,
        TRS_MID_ROWS,
        (12, 37, "http://www.zheyuan.example.gov.cn/xwzx/bmdt/index_12.html"),
    ),
    ListCase(
        "trap3-issue-titles-only-numbers",
        "http://www.sltjzx.example.cn/xiaobao/",
        ISSUES,
        ISSUES_ROWS,
        (1, 4, "http://www.sltjzx.example.cn/xiaobao/list_2.html"),
    ),
    ListCase(
        "trap3-card-grid-top-card-page-2",
        "https://news.zyu.example.edu.cn/xydt/2.html",
        TOP_CARD,
        TOP_CARD_ROWS,
        (2, 9, "https://news.zyu.example.edu.cn/xydt/3.html"),
    ),
    ListCase(
        "trap3-rolling-news-day-headings-times",
        "https://www.slxww.example.cn/gdxw/",
        ROLLING,
        tuple((h, t, d) for h, t, d, _ in ROLLING_ROWS),
        (1, 30, "https://www.slxww.example.cn/gdxw/?page=2"),
    ),
    ListCase(
        "trap3-headline-row-above-plain-rows",
        "http://www.slnews.example.cn/xwzx/sldt/",
        HEADLINE,
        HEADLINE_ROWS,
        (1, 12, "http://www.slnews.example.cn/xwzx/sldt/?page=2"),
    ),
]
