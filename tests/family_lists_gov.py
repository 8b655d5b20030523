"""List pages of government, education-bureau and school 信息公开/校务公开 shapes not in tests/test_list_families.py,
tests/family_lists_more.py or tests/test_pager_families.py:

a 信息公开目录 <table> of 序号 | 索引号 | 名称 | 文号 | 发布日期 (the title in the 名称 column); a 信息公开 grid whose
rows are each a <ul> of spans (索引号/标题/生成日期); a VSB (博达) winstyle table with c12345 links, timestyle dates
and a pager counting down (tzgg/2.htm is page 2 of 3); a Hanweb (大汉) jpage list rendered server-side
(default_pgContainer and a jpage toolbar of ?uid=…&pageNum=2); 【置顶】 rows dated [2021-03-05] with a nine-digit
编号 in each row; rows that are <p>s in one <div>; link text cut with ... (the whole title in title="") dated <font color=#999>(2021-03-05)</font>;
a left 栏目 menu of 12 links beside a list of 15 dated rows; the date only in the link's title="" tooltip
(标题：…&#13;发布时间：…); a DedeCMS ul.e2 list (preview image, title, <small>日期：</small>, intro) with its
dede_pages pager; school rows each linking the title page and its 附件 .doc.

(Three columns' boxes of their newest rows side by side is a column index: a hub, not a list; it is not here.
A 校务公开 list split under month headings, one <ul> per month with rows dated 05日, is read as its first month's
rows only, the day not completed from the heading: a known gap, so its page is not among these cases either.)

Each page carries the chrome of its kind (menu, breadcrumb, side box, footer with 版权所有/ICP) and states what a
reader sees: its rows (URL, title, day) and its pager (this page, the last page, the URL of the page after this
one, None when no URL leads there). Names, hosts and numbers are made up; no page is copied from a real site."""

from family_page import ListCase

# ---------------------------------------------------------------------------------------------------------------
# 1. a 信息公开目录 <table>: 序号 | 索引号 | 名称 | 文号 | 发布日期, the title in the 名称 column (whole, also in
#    title=""), a 文号 of 青政办发〔2021〕12号 beside it; a pager of 共5页 with index_1.html links (TRS-like)
# ---------------------------------------------------------------------------------------------------------------

GKML_ROWS = (
    ("./202103/t20210329_611234.html", "青岚县人民政府办公室关于印发青岚县2021年政务公开工作要点的通知", "2021-03-29"),
    ("./202103/t20210326_611198.html", "青岚县人民政府关于调整县级行政权力事项目录的决定", "2021-03-26"),
    ("./202103/t20210322_611153.html", "青岚县人民政府办公室关于做好2021年春耕生产工作的通知", "2021-03-22"),
    ("./202103/t20210317_611107.html", "青岚县人民政府关于公布2021年县级重点建设项目的通知", "2021-03-17"),
    ("./202103/t20210311_611052.html", "青岚县人民政府办公室关于进一步加强城乡燃气安全管理的通知", "2021-03-11"),
    ("./202103/t20210305_610996.html", "青岚县人民政府关于同意设立青岚县城东社区的批复", "2021-03-05"),
    ("./202102/t20210224_610921.html", "青岚县人民政府办公室关于印发青岚县防汛抗旱应急预案的通知", "2021-02-24"),
    ("./202102/t20210207_610874.html", "青岚县人民政府关于2021年春节期间禁止燃放烟花爆竹的通告", "2021-02-07"),
    ("./202101/t20210128_610801.html", "青岚县人民政府办公室关于印发青岚县优化营商环境若干措施的通知", "2021-01-28"),
    ("./202101/t20210119_610755.html", "青岚县人民政府关于表彰2020年度全县安全生产先进单位的决定", "2021-01-19"),
)

GKML_NUMBERS = (
    ("11331122002581234A/2021-00041", "青政办发〔2021〕12号"),
    ("11331122002581234A/2021-00039", "青政发〔2021〕5号"),
    ("11331122002581234A/2021-00036", "青政办发〔2021〕11号"),
    ("11331122002581234A/2021-00033", "青政发〔2021〕4号"),
    ("11331122002581234A/2021-00030", "青政办发〔2021〕9号"),
    ("11331122002581234A/2021-00027", "青政函〔2021〕18号"),
    ("11331122002581234A/2021-00021", "青政办发〔2021〕6号"),
    ("11331122002581234A/2021-00017", "青政发〔2021〕2号"),
    ("11331122002581234A/2021-00012", "青政办发〔2021〕3号"),
    ("11331122002581234A/2021-00008", "青政发〔2021〕1号"),
)


def _gkml_row(n, row, numbers):
    (href, title, day), (index, doc) = row, numbers
    return (
        f'<tr class="{"even" if n % 2 == 0 else "odd"}"><td class="xh">{n}</td><td class="syh">{index}</td>'
        f'<td class="mc"><a href="{href}" target="_blank" title="{title}">{title}</a></td>'
        f'<td class="wh">{doc}</td><td class="rq">{day}</td></tr>'
    )


GKML = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta name="SiteName" content="青岚县人民政府" />
<meta name="ColumnName" content="县政府文件" />
<meta name="ColumnType" content="政府信息公开目录" />
<title>县政府文件_政府信息公开目录_青岚县人民政府</title>
<link rel="stylesheet" href="../../../images/xxgk.css" />
</head>
<body>
<div class="top"><div class="w1200"><a href="../../../" class="logo"><img src="../../../images/logo.png" alt="青岚县人民政府" /></a>
<form class="search" action="/search/index.html"><input name="q" /><button>搜索</button></form></div></div>
<div class="nav"><ul class="w1200">
<li><a href="../../../">首页</a></li><li><a href="../../../zwdt/">政务动态</a></li><li class="on"><a href="../../">信息公开</a></li>
<li><a href="../../../bsfw/">办事服务</a></li><li><a href="../../../hdjl/">互动交流</a></li><li><a href="../../../zjql/">走进青岚</a></li>
<li><a href="../../../ztzl/">专题专栏</a></li><li><a href="../../../sjfb/">数据发布</a></li>
</ul></div>
<div class="w1200 crumb">您当前的位置：<a href="../../../">首页</a> &gt; <a href="../../">政府信息公开</a> &gt; <a href="../">政府信息公开目录</a> &gt; <span>县政府文件</span></div>
<div class="w1200 gk-main">
 <div class="gk-left">
  <div class="gk-box"><h3>公开指南</h3><ul><li><a href="../../gkzn/">政府信息公开指南</a></li><li><a href="../../gkzd/">政府信息公开制度</a></li>
  <li><a href="../../gknb/">政府信息公开年报</a></li><li><a href="../../ysqgk/">依申请公开</a></li></ul></div>
  <div class="gk-box"><h3>主动公开目录</h3><ul>
  <li class="on"><a href="./">县政府文件</a></li><li><a href="../xzfbwj/">县政府办文件</a></li><li><a href="../ghjh/">规划计划</a></li>
  <li><a href="../czyjs/">财政预决算</a></li><li><a href="../rsxx/">人事信息</a></li><li><a href="../zdxm/">重大项目</a></li>
  </ul></div>
 </div>
 <div class="gk-right">
  <div class="gk-title">县政府文件</div>
  <table class="gk-table" width="100%" cellspacing="0" cellpadding="0">
   <thead><tr><th width="6%">序号</th><th width="22%">索引号</th><th>名称</th><th width="16%">文号</th><th width="11%">发布日期</th></tr></thead>
   <tbody>
{rows}
   </tbody>
  </table>
  <div class="page">共5页&nbsp;&nbsp;当前第1页&nbsp;&nbsp;首页&nbsp;上一页&nbsp;<a href="index_1.html">下一页</a>&nbsp;<a href="index_4.html">尾页</a></div>
 </div>
</div>
<div class="footer"><p><a href="../../../wzdt/">网站地图</a> | <a href="../../../gywm/">关于我们</a> | <a href="../../../lxwm/">联系我们</a></p>
<p>主办：青岚县人民政府办公室 版权所有 网站标识码：3311220001 浙ICP备05011234号-1 浙公网安备 33112202000123号</p></div>
</body>
</html>
""".replace("{rows}", "\n".join(_gkml_row(n, r, k) for n, (r, k) in enumerate(zip(GKML_ROWS, GKML_NUMBERS), 1)))

# ---------------------------------------------------------------------------------------------------------------
# 2. a 信息公开 grid of <ul> rows: each <ul> holds spans (索引号 / 标题 / 生成日期) under a header <ul> of the same
#    spans; a JSP pager of 共4页 and ?pageNum=2 links
# ---------------------------------------------------------------------------------------------------------------

UL_SPANS_ROWS = (
    ("/xxgk/detail.jsp?infoid=20210326008&catid=88", "梧川区教育局2021年部门预算公开", "2021-03-26"),
    ("/xxgk/detail.jsp?infoid=20210324003&catid=88", "梧川区2021年义务教育阶段学校招生工作方案", "2021-03-24"),
    ("/xxgk/detail.jsp?infoid=20210319011&catid=88", "梧川区教育局关于公布2021年民办学校年检结果的公告", "2021-03-19"),
    ("/xxgk/detail.jsp?infoid=20210316002&catid=88", "梧川区2020年度教育经费执行情况统计公告", "2021-03-16"),
    ("/xxgk/detail.jsp?infoid=20210310006&catid=88", "梧川区教育局2021年公开招聘中小学教师公告", "2021-03-10"),
    ("/xxgk/detail.jsp?infoid=20210305004&catid=88", "梧川区教育局关于2021年学前教育资助资金分配的公示", "2021-03-05"),
    ("/xxgk/detail.jsp?infoid=20210301009&catid=88", "梧川区校外培训机构白名单（第一批）", "2021-03-01"),
    ("/xxgk/detail.jsp?infoid=20210223001&catid=88", "梧川区教育局2020年度政府信息公开工作年度报告", "2021-02-23"),
    ("/xxgk/detail.jsp?infoid=20210205007&catid=88", "梧川区教育局关于寒假期间校园安全工作的通告", "2021-02-05"),
    ("/xxgk/detail.jsp?infoid=20210126005&catid=88", "梧川区2021年中小学校历安排", "2021-01-26"),
)


def _ul_spans_row(n, row):
    href, title, day = row
    return (
        f'<ul class="gk-row"><span class="c1">014230167/2021-{100 - 3 * n:05d}</span>'
        f'<span class="c2"><a href="{href}" target="_blank">{title}</a></span><span class="c3">{day}</span></ul>'
    )


UL_SPANS = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>财政预决算 - 梧川区教育局信息公开</title>
<link rel="stylesheet" href="/xxgk/css/gk.css">
</head>
<body>
<div class="head"><img src="/xxgk/images/head.jpg" alt="梧川区教育局政府信息公开"></div>
<div class="menu">
<a href="/">教育局首页</a><a href="/xxgk/index.jsp">信息公开首页</a><a href="/xxgk/list.jsp?catid=80">机构职能</a>
<a href="/xxgk/list.jsp?catid=81">政策文件</a><a href="/xxgk/list.jsp?catid=82">规划计划</a><a href="/xxgk/list.jsp?catid=83">人事信息</a>
<a href="/xxgk/list.jsp?catid=84">招生考试</a><a href="/xxgk/list.jsp?catid=85">教育督导</a><a href="/xxgk/list.jsp?catid=88">财政预决算</a>
<a href="/xxgk/list.jsp?catid=89">建议提案</a><a href="/xxgk/ysq.jsp">依申请公开</a>
</div>
<div class="container">
 <div class="sidebar">
  <div class="side-box"><div class="side-t">公开指南</div><ul>
  <li><a href="/xxgk/page.jsp?id=1">信息公开指南</a></li><li><a href="/xxgk/page.jsp?id=2">信息公开制度</a></li>
  <li><a href="/xxgk/list.jsp?catid=90">信息公开年报</a></li></ul></div>
  <div class="side-box"><div class="side-t">热点公开</div><ul>
  <li><a href="/xxgk/detail.jsp?infoid=20210225012&catid=84">2021年梧川区初中学业水平考试工作意见</a></li>
  <li><a href="/xxgk/detail.jsp?infoid=20210218004&catid=81">梧川区深化课后服务工作实施方案</a></li>
  <li><a href="/xxgk/detail.jsp?infoid=20210202006&catid=83">梧川区教育系统2021年干部任前公示</a></li>
  </ul></div>
 </div>
 <div class="content">
  <div class="location">当前位置：<a href="/xxgk/index.jsp">信息公开</a> &gt; <a href="/xxgk/list.jsp?catid=88">财政预决算</a></div>
  <div class="gk-grid">
   <ul class="gk-row gk-head"><span class="c1">索引号</span><span class="c2">标题</span><span class="c3">生成日期</span></ul>
{rows}
  </div>
  <div class="pagination">共38条 共4页 当前第1页 <a href="list.jsp?catid=88&pageNum=1">首页</a> <a href="list.jsp?catid=88&pageNum=2">下一页</a> <a href="list.jsp?catid=88&pageNum=4">尾页</a></div>
 </div>
</div>
<div class="foot">梧川区教育局 版权所有 地址：梧川区文教路12号 电话：0591-55501234<br>闽ICP备10020345号</div>
</body>
</html>
""".replace("{rows}", "\n".join(_ul_spans_row(n, r) for n, r in enumerate(UL_SPANS_ROWS, 1)))

# ---------------------------------------------------------------------------------------------------------------
# 3. VSB (博达): a winstyle table, links class c51234, dates in <span class="timestyle51234">2021-03-05&nbsp;
#    </span>; the pager counts pages down (page 2 of 3 is tzgg/2.htm, the last tzgg/1.htm)
# ---------------------------------------------------------------------------------------------------------------

VSB_ROWS = (
    ("info/1012/3481.htm", "关于2021年清明节放假安排的通知", "2021-03-30"),
    ("info/1012/3476.htm", "关于举办第十二届校园科技节的通知", "2021-03-26"),
    ("info/1012/3470.htm", "2021年春季学期教师业务培训安排", "2021-03-23"),
    ("info/1012/3462.htm", "关于开展春季校园安全隐患排查的通知", "2021-03-18"),
    ("info/1012/3455.htm", "关于组织学生参加全市中学生作文大赛的通知", "2021-03-12"),
    ("info/1012/3449.htm", "关于做好2021年高考报名信息确认工作的通知", "2021-03-08"),
    ("info/1012/3444.htm", "关于开展学雷锋志愿服务月活动的通知", "2021-03-05"),
    ("info/1012/3437.htm", "2021年春季学期作息时间调整的通知", "2021-03-01"),
    ("info/1012/3430.htm", "关于2021年春季开学工作安排的通知", "2021-02-22"),
    ("info/1012/3418.htm", "关于寒假期间学校值班安排的通知", "2021-01-29"),
)


def _vsb_row(row):
    href, title, day = row
    return (
        '<tr height="26"><td width="1%" nowrap><img src="images/dot.gif" border="0"></td>'
        f'<td><a href="{href}" class="c51234" title="{title}" target="_blank">{title}</a></td>'
        f'<td width="1%" nowrap><span class="timestyle51234">{day}&nbsp;</span></td></tr>\n'
        '<tr><td colspan="3" height="1" background="images/line.gif"></td></tr>'
    )


VSB = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>通知公告-蓼塘市第三中学</title>
<META Name="keywords" Content="蓼塘市第三中学,通知公告" />
<link type="text/css" href="style/style.css" rel="stylesheet" />
<!--Announced by Visual SiteBuilder 9-->
<link rel="stylesheet" type="text/css" href="_sitegray/_sitegray_d.css" />
<script language="javascript" src="_sitegray/_sitegray.js"></script>
<script type="text/javascript" src="system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1012,'/list.jsp',-1,1438512345)</script>
</head>
<body>
<div class="top"><div class="logo"><img src="images/logo.png" alt="蓼塘市第三中学" /></div></div>
<div class="nav"><ul>
<li><a href="index.htm">网站首页</a></li><li><a href="xxgk.htm">学校概况</a></li><li><a href="xwzx.htm">新闻中心</a></li>
<li><a href="tzgg.htm">通知公告</a></li><li><a href="jxky.htm">教学科研</a></li><li><a href="dyzc.htm">德育之窗</a></li>
<li><a href="djgz.htm">党建工作</a></li><li><a href="szdw.htm">师资队伍</a></li><li><a href="zsjy.htm">招生就业</a></li>
<li><a href="xygk.htm">校务公开</a></li>
</ul></div>
<div class="main">
 <div class="left">
  <div class="lm_t">通知公告</div>
  <ul class="lm_list"><li><a href="tzgg.htm">通知公告</a></li><li><a href="xwzx.htm">学校新闻</a></li><li><a href="mtbd.htm">媒体报道</a></li></ul>
  <div class="lm_t">快速通道</div>
  <ul class="lm_list"><li><a href="http://mail.ltsz.example.edu.cn/">教师邮箱</a></li><li><a href="http://oa.ltsz.example.edu.cn/">办公系统</a></li></ul>
 </div>
 <div class="right">
  <div class="dqwz">当前位置：<a href="index.htm">首页</a>&nbsp;&gt;&gt;&nbsp;<a href="tzgg.htm">通知公告</a></div>
  <table class="winstyle51234" width="100%" cellspacing="0" cellpadding="0">
{rows}
   <tr><td colspan="3" align="center">
   <table width="100%" cellspacing="0" cellpadding="0"><tr><td colspan="2" align="center">
   <table cellspacing="0" cellpadding="0" border="0"><tr><td nowrap align="left" width="1%" id="fanye51234" class="Normal">共45条&nbsp;&nbsp;1/3&nbsp;</td>
   <td nowrap align="left"><div><span class="PrevDisabled">首页</span>&nbsp;<span class="PrevDisabled">上页</span>&nbsp;<a href="tzgg/2.htm" class="Next">下页</a>&nbsp;<a href="tzgg/1.htm" class="Next">尾页</a>&nbsp;<input type="text" value="1" id="u5_goto" style="width:20px" class="defaultInput">&nbsp;<a href="javascript:;" onclick="_simple_list_gotopage_fun(3,'u5_goto',2)">跳转</a></div></td></tr></table>
   </td></tr></table>
   </td></tr>
  </table>
 </div>
</div>
<div class="foot">版权所有：蓼塘市第三中学&nbsp;&nbsp;地址：蓼塘市学府路18号&nbsp;&nbsp;邮编：441200<br />鄂ICP备09012345号</div>
</body>
</html>
""".replace("{rows}", "\n".join(_vsb_row(r) for r in VSB_ROWS))

# ---------------------------------------------------------------------------------------------------------------
# 4. Hanweb (大汉) jpage rendered on the server: the records in <div class="default_pgContainer">, then a jpage
#    toolbar of spans (共74条 1/5页) whose 下页 is a link to ?uid=4521&pageNum=2; no datastore script
# ---------------------------------------------------------------------------------------------------------------

JPAGE_ROWS = (
    ("/art/2021/3/29/art_4567_1823341.html", "南屿区召开2021年一季度经济运行分析会", "2021-03-29"),
    ("/art/2021/3/26/art_4567_1823210.html", "南屿区开展“我为群众办实事”集中服务活动", "2021-03-26"),
    ("/art/2021/3/24/art_4567_1823105.html", "区领导调研农村人居环境整治提升工作", "2021-03-24"),
    ("/art/2021/3/19/art_4567_1822877.html", "南屿区2021年重大项目集中开工", "2021-03-19"),
    ("/art/2021/3/16/art_4567_1822690.html", "南屿区部署春季森林防火工作", "2021-03-16"),
    ("/art/2021/3/12/art_4567_1822501.html", "南屿区举行2021年义务植树活动", "2021-03-12"),
    ("/art/2021/3/9/art_4567_1822356.html", "区政府常务会议研究优化营商环境工作", "2021-03-09"),
    ("/art/2021/3/5/art_4567_1822140.html", "南屿区召开2021年安全生产工作会议", "2021-03-05"),
    ("/art/2021/3/2/art_4567_1821988.html", "南屿区全面启动“三服务”2.0版活动", "2021-03-02"),
    ("/art/2021/2/25/art_4567_1821702.html", "南屿区召开2021年全区经济工作会议", "2021-02-25"),
)

JPAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="南屿区人民政府" />
<meta name="ColumnName" content="政务动态" />
<title>南屿区人民政府 政务动态</title>
<link href="/images/3/index.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
<script type="text/javascript" src="/module/jslib/jpage/jpage.js"></script>
</head>
<body>
<table width="1200" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/3/banner.jpg" width="1200" height="150" /></td></tr></table>
<table width="1200" border="0" align="center" cellpadding="0" cellspacing="0" class="nav"><tr>
<td><a href="/">首页</a></td><td><a href="/col/col4560/index.html">走进南屿</a></td><td><a href="/col/col4567/index.html">政务动态</a></td>
<td><a href="/col/col4570/index.html">政府信息公开</a></td><td><a href="/col/col4580/index.html">政务服务</a></td><td><a href="/col/col4590/index.html">政民互动</a></td>
<td><a href="/col/col4600/index.html">专题专栏</a></td><td><a href="/col/col4610/index.html">图片新闻</a></td>
</tr></table>
<table width="1200" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="260" valign="top" class="left">
 <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="lmname">政务动态</td></tr>
 <tr><td class="lm"><a href="/col/col4567/index.html">南屿要闻</a></td></tr><tr><td class="lm"><a href="/col/col4568/index.html">部门动态</a></td></tr>
 <tr><td class="lm"><a href="/col/col4569/index.html">乡镇（街道）动态</a></td></tr><tr><td class="lm"><a href="/col/col4571/index.html">通知公告</a></td></tr></table>
</td>
<td width="940" valign="top">
 <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="bt_link">当前位置：<a href="/" class="bt_link">首页</a> &gt; <a href="/col/col4567/index.html" class="bt_link">南屿要闻</a></td></tr></table>
 <div id="4521">
  <div class="default_pgContainer">
{rows}
  </div>
  <div class="default_pgToolbar">
   <span class="default_pgTotalRecord">共74条</span>
   <span class="default_pgBtn default_pgFirst default_pgFirstDisabled" title="首页">首页</span>
   <span class="default_pgBtn default_pgPrev default_pgPrevDisabled" title="上页">上页</span>
   <span class="default_pgCurrentPage">1</span>/<span class="default_pgTotalPage">5</span>页
   <a class="default_pgBtn default_pgNext" href="/col/col4567/index.html?uid=4521&amp;pageNum=2" title="下页">下页</a>
   <a class="default_pgBtn default_pgLast" href="/col/col4567/index.html?uid=4521&amp;pageNum=5" title="尾页">尾页</a>
  </div>
 </div>
</td></tr></table>
<table width="1200" border="0" align="center" cellpadding="0" cellspacing="0" class="foot"><tr><td align="center">
主办：南屿区人民政府办公室 版权所有 网站标识码：3302990003<br />浙ICP备12045678号 浙公网安备 33029902000456号</td></tr></table>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'<li class="default_pgRecord"><a href="{href}" target="_blank" title="{title}">{title}</a>'
        f'<span class="bt_time">{day}</span></li>'
        for href, title, day in JPAGE_ROWS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 5. rows led by 【置顶】 (the pinned rows first, older than those under them), dated in square brackets
#    [2021-03-05], a nine-digit 编号 in each row (编号：202100087); GBK; an ASP ?page=2 pager
# ---------------------------------------------------------------------------------------------------------------

PINNED_ROWS = (
    ("show.asp?id=1187", "青岚县教育局2021年工作要点", "2021-01-15", "202100003"),
    ("show.asp?id=1190", "青岚县2021年教育系统安全生产责任清单", "2021-01-20", "202100005"),
    ("show.asp?id=1262", "关于做好2021年清明节期间学校安全工作的通知", "2021-03-29", "202100087"),
    ("show.asp?id=1258", "关于开展2021年春季中小学生视力筛查的通知", "2021-03-25", "202100083"),
    ("show.asp?id=1251", "关于举办全县中小学教师基本功比赛的通知", "2021-03-19", "202100076"),
    ("show.asp?id=1247", "关于组织参加2021年省级课题申报的通知", "2021-03-16", "202100071"),
    ("show.asp?id=1240", "关于做好2021年义务教育阶段学生学籍管理工作的通知", "2021-03-10", "202100064"),
    ("show.asp?id=1236", "关于开展“学雷锋”主题教育活动的通知", "2021-03-05", "202100058"),
    ("show.asp?id=1229", "关于2021年春季学期教材征订工作的通知", "2021-03-01", "202100052"),
    ("show.asp?id=1221", "关于报送2020年度教育统计数据的通知", "2021-02-23", "202100044"),
)


def _pinned_row(n, row):
    href, title, day, number = row
    top = '<span class="zd"><font color="red">【置顶】</font></span>' if n < 2 else ""
    return (
        f'<li>{top}<a href="{href}" target="_blank">{title}</a>'
        f'<span class="bh">编号：{number}</span><span class="rq">[{day}]</span></li>'
    )


PINNED = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>青岚县教育局-通知公告</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
</head>
<body>
<div id="top"><img src="images/top.jpg" width="1000" height="130" alt="青岚县教育局"></div>
<div id="menu">
<a href="index.asp">首页</a> | <a href="list.asp?id=1">机构设置</a> | <a href="list.asp?id=2">教育新闻</a> | <a href="list.asp?id=8">通知公告</a> |
<a href="list.asp?id=3">政策法规</a> | <a href="list.asp?id=4">人事工作</a> | <a href="list.asp?id=5">招生考试</a> | <a href="list.asp?id=6">教研动态</a> |
<a href="list.asp?id=7">德育工作</a> | <a href="list.asp?id=9">办事指南</a> | <a href="message.asp">局长信箱</a>
</div>
<div id="main">
 <div id="left">
  <div class="box"><div class="box_t">站内搜索</div><form action="search.asp" method="get"><input name="key" size="14"><input type="submit" value="搜索"></form></div>
  <div class="box"><div class="box_t">热门信息</div><ul>
  <li><a href="show.asp?id=1201">青岚县2021年中小学校历</a></li><li><a href="show.asp?id=1176">全县教育工作会议召开</a></li>
  <li><a href="show.asp?id=1160">县教育局2020年工作总结</a></li><li><a href="show.asp?id=1143">关于寒假安全工作的通知</a></li>
  </ul></div>
 </div>
 <div id="right">
  <div class="wz">您的位置：<a href="index.asp">首页</a> &raquo; <a href="list.asp?id=8">通知公告</a></div>
  <ul class="list">
{rows}
  </ul>
  <div class="page">共 57 条 每页 10 条 页次：1/6 <a href="list.asp?id=8&page=1">首页</a> 上一页 <a href="list.asp?id=8&page=2">下一页</a> <a href="list.asp?id=8&page=6">尾页</a></div>
 </div>
</div>
<div id="foot">青岚县教育局 版权所有 Copyright&copy;2008-2021<br>地址：青岚县城关镇解放路6号 电话：0578-5550123 浙ICP备08034567号</div>
</body>
</html>
""".replace("{rows}", "\n".join(_pinned_row(n, r) for n, r in enumerate(PINNED_ROWS)))

# ---------------------------------------------------------------------------------------------------------------
# 7. rows that are <p>s in one <div> (no <li>, no <tr>): <p><a …>title</a><span>2021-03-26</span></p>; a
#    list_14_2.html pager with 1/4页
# ---------------------------------------------------------------------------------------------------------------

P_ROWS = (
    ("/html/jyxw/2021/0329/2341.html", "区教育局召开2021年教育系统党风廉政建设工作会议", "2021-03-29"),
    ("/html/jyxw/2021/0326/2336.html", "全区中小学春季运动会陆续开幕", "2021-03-26"),
    ("/html/jyxw/2021/0323/2329.html", "区教研室开展初中数学课堂教学视导", "2021-03-23"),
    ("/html/jyxw/2021/0318/2322.html", "全区幼儿园保教质量评估工作启动", "2021-03-18"),
    ("/html/jyxw/2021/0315/2315.html", "区教育局组织开展校园食品安全专项检查", "2021-03-15"),
    ("/html/jyxw/2021/0310/2307.html", "蓼塘区举办2021年中小学班主任培训班", "2021-03-10"),
    ("/html/jyxw/2021/0305/2299.html", "全区学校开展学雷锋志愿服务活动", "2021-03-05"),
    ("/html/jyxw/2021/0301/2291.html", "全区中小学校2021年春季开学", "2021-03-01"),
)

P_DIV = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>教育新闻 - 蓼塘区教育局</title>
<link href="/templets/ltjy/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="header"><div class="banner"><img src="/templets/ltjy/images/banner.jpg" alt="蓼塘区教育局" /></div>
<div class="navbar"><a href="/">首页</a><a href="/html/jggk/">机构概况</a><a href="/html/jyxw/">教育新闻</a><a href="/html/tzgg/">通知公告</a>
<a href="/html/zcfg/">政策法规</a><a href="/html/jyxx/">基层信息</a><a href="/html/zsks/">招生考试</a><a href="/html/jsgz/">教师工作</a>
<a href="/html/aqjy/">安全教育</a><a href="/html/xxgk/">信息公开</a><a href="/html/bszn/">办事指南</a></div></div>
<div class="container">
 <div class="left-col">
  <div class="sbox"><div class="sbox-t">图片新闻</div><div class="sbox-c"><a href="/html/jyxw/2021/0326/2336.html"><img src="/uploads/210326/ydh.jpg" alt="" /></a></div></div>
  <div class="sbox"><div class="sbox-t">推荐阅读</div><div class="sbox-c">
  <a href="/html/tzgg/2021/0320/2327.html">关于2021年中考报名工作的通知</a><br />
  <a href="/html/zcfg/2021/0301/2290.html">蓼塘区义务教育学校管理标准</a><br />
  <a href="/html/jsgz/2021/0225/2281.html">2021年教师资格认定工作公告</a></div></div>
 </div>
 <div class="right-col">
  <div class="place">当前位置：<a href="/">主页</a> &gt; <a href="/html/jyxw/">教育新闻</a> &gt;</div>
  <div class="newslist">
{rows}
  </div>
  <div class="pagelink">1/4页 <b>1</b> <a href="list_14_2.html">2</a> <a href="list_14_3.html">3</a> <a href="list_14_4.html">4</a> <a href="list_14_2.html">下一页</a></div>
 </div>
</div>
<div class="footer">蓼塘区教育局 版权所有 地址：蓼塘区人民路90号<br />鄂ICP备13005678号</div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <p><a href="{href}" target="_blank">{title}</a><span>{day}</span></p>' for href, title, day in P_ROWS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 8. link text cut with ... (the whole title in title=""), the date after it in <font color=#999>(2021-03-05)
#    </font>; an old ASP page in GBK with a ?ClassID=3&page=2 pager
# ---------------------------------------------------------------------------------------------------------------

CUT_ROWS = (
    ("Article_Show.asp?ArticleID=1566", "南屿中学关于2021年高一新生军训工作安排的通知", "2021-03-30"),
    ("Article_Show.asp?ArticleID=1561", "南屿中学2021届高三第二次模拟考试成绩分析会纪要", "2021-03-26"),
    ("Article_Show.asp?ArticleID=1557", "关于开展2021年校园读书节暨“书香班级”评比活动的通知", "2021-03-22"),
    ("Article_Show.asp?ArticleID=1550", "南屿中学2021年春季学期学生社团招新工作方案", "2021-03-17"),
    ("Article_Show.asp?ArticleID=1544", "关于做好2021年春季学期学生体质健康测试工作的通知", "2021-03-11"),
    ("Article_Show.asp?ArticleID=1539", "关于举行“学党史、颂党恩”师生诗歌朗诵比赛的通知", "2021-03-05"),
    ("Article_Show.asp?ArticleID=1533", "南屿中学2021年春季学期教学常规检查安排", "2021-03-02"),
    ("Article_Show.asp?ArticleID=1526", "关于2021年春季学期学生返校及疫情防控要求的通知", "2021-02-24"),
)


def _cut_row(row):
    href, title, day = row
    shown = title[:16] + "..." if len(title) > 16 else title
    return (
        f'<tr><td width="10"><img src="../images/arrow.gif"></td><td class="listbg">'
        f'<a href="{href}" title="{title}" target="_blank">{shown}</a>&nbsp;<font color=#999>({day})</font></td></tr>'
    )


CUT = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>南屿中学--学校通知</title>
<link href="../Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="../images/top.jpg" width="960" height="140"></td></tr>
<tr><td class="menu_bg" align="center">| <a href="../index.asp">网站首页</a> | <a href="../Article/Article_Class.asp?ClassID=1">学校概况</a> | <a href="../Article/Article_Class.asp?ClassID=2">校园新闻</a> |
<a href="../Article/Article_Class.asp?ClassID=3">学校通知</a> | <a href="../Article/Article_Class.asp?ClassID=4">教务教研</a> | <a href="../Article/Article_Class.asp?ClassID=5">德育园地</a> |
<a href="../Article/Article_Class.asp?ClassID=6">学生天地</a> | <a href="../Article/Article_Class.asp?ClassID=7">高考专栏</a> | <a href="../Soft/Index.asp">资源下载</a> |
<a href="../Photo/Index.asp">校园风光</a> | <a href="../GuestBook/Index.asp">留言板</a> |</td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="220" valign="top">
 <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="left_title">热门文章</td></tr>
 <tr><td class="left_list"><a href="Article_Show.asp?ArticleID=1490" title="南屿中学2021年寒假放假安排">南屿中学2021年寒假放假...</a><br>
 <a href="Article_Show.asp?ArticleID=1472" title="我校在全市中学生运动会上获团体总分第一名">我校在全市中学生运动会...</a><br>
 <a href="Article_Show.asp?ArticleID=1455" title="南屿中学2020年度先进教师名单">南屿中学2020年度先进教...</a></td></tr></table>
</td>
<td width="740" valign="top">
 <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="main_title">您现在的位置：<a href="../index.asp">南屿中学</a> &gt;&gt; <a href="Article_Class.asp?ClassID=3">学校通知</a> &gt;&gt; 文章列表</td></tr></table>
 <table width="100%" border="0" cellspacing="0" cellpadding="0" class="list">
{rows}
 </table>
 <div align="center" class="showpage">共 43 篇文章 首页 上一页 <a href="Article_Class.asp?ClassID=3&page=2">下一页</a> <a href="Article_Class.asp?ClassID=3&page=5">尾页</a> 页次：<strong><font color="red">1</font>/5</strong>页 <b>10</b>篇文章/页</div>
</td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="bottom" align="center">
南屿中学 版权所有 Copyright &copy; 2006-2021<br>地址：南屿区中山路128号 联系电话：0574-55503344 浙ICP备06045678号</td></tr></table>
</body>
</html>
""".replace("{rows}", "\n".join(_cut_row(r) for r in CUT_ROWS))

# ---------------------------------------------------------------------------------------------------------------
# 9. a left 栏目 menu of 12 undated links beside the main list of 15 dated rows (a TRS column, createPageHTML)
# ---------------------------------------------------------------------------------------------------------------

MENU_LIST_ROWS = (
    ("./202103/t20210331_55120.html", "梧川区教育局关于2021年度中小学教师职称评审工作的通知", "2021-03-31"),
    ("./202103/t20210330_55102.html", "关于做好2021年清明节期间校园安全工作的通知", "2021-03-30"),
    ("./202103/t20210329_55090.html", "关于开展2021年中小学生“强国有我”演讲比赛的通知", "2021-03-29"),
    ("./202103/t20210326_55071.html", "关于组织申报2021年区级教研课题的通知", "2021-03-26"),
    ("./202103/t20210325_55063.html", "关于开展义务教育阶段学校课后服务专项督查的通知", "2021-03-25"),
    ("./202103/t20210323_55047.html", "关于做好2021年高中阶段学校招生考试报名工作的通知", "2021-03-23"),
    ("./202103/t20210319_55018.html", "关于举办2021年区中小学生田径运动会的通知", "2021-03-19"),
    ("./202103/t20210317_55001.html", "关于开展2021年春季学校传染病防控工作检查的通知", "2021-03-17"),
    ("./202103/t20210315_54986.html", "关于公布2020年度区级优秀班主任名单的通知", "2021-03-15"),
    ("./202103/t20210311_54957.html", "关于开展中小学生近视防控宣传教育月活动的通知", "2021-03-11"),
    ("./202103/t20210309_54940.html", "关于报送2021年教育信息化项目需求的通知", "2021-03-09"),
    ("./202103/t20210305_54911.html", "关于开展“学雷锋·文明实践我先行”活动的通知", "2021-03-05"),
    ("./202103/t20210303_54897.html", "关于做好2021年春季学期学生资助工作的通知", "2021-03-03"),
    ("./202103/t20210301_54880.html", "关于规范中小学作业管理的通知", "2021-03-01"),
    ("./202102/t20210226_54862.html", "关于做好2021年春季学期开学工作的通知", "2021-02-26"),
)

MENU_LIST_MENU = (
    ("../jgzn/", "机构职能"),
    ("../ldjj/", "领导简介"),
    ("./", "通知公告"),
    ("../jydt/", "教育动态"),
    ("../zcwj/", "政策文件"),
    ("../ghjh/", "规划计划"),
    ("../rsxx/", "人事信息"),
    ("../zsks/", "招生考试"),
    ("../jydd/", "教育督导"),
    ("../xqjy/", "学前教育"),
    ("../zyjy/", "职业教育"),
    ("../jyzx/", "教育资讯"),
)

ON = ' class="on"'

MENU_LIST = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta name="SiteName" content="梧川区教育局" />
<meta name="ColumnName" content="通知公告" />
<title>通知公告 - 梧川区教育局</title>
<link rel="stylesheet" href="../../images/jyj.css" />
</head>
<body>
<div class="header"><div class="w1100"><img src="../../images/jyj_logo.png" alt="梧川区教育局" /><div class="date"><script>document.write(new Date().toLocaleDateString());</script></div></div></div>
<div class="mainnav"><div class="w1100">
<a href="../../">首页</a><a href="../jgzn/">机构概况</a><a href="../jydt/">教育动态</a><a href="./">通知公告</a><a href="../zcwj/">政策文件</a>
<a href="../../xxgk/">信息公开</a><a href="../../bsfw/">办事服务</a><a href="../../hdjl/">互动交流</a><a href="../../ztzl/">专题专栏</a>
</div></div>
<div class="w1100 crumbs">当前位置：<a href="../../">首页</a> &gt; <a href="../">教育局</a> &gt; <a href="./">通知公告</a></div>
<div class="w1100 clearfix">
 <div class="sidemenu">
  <div class="sidemenu-t">栏目导航</div>
  <ul>
{menu}
  </ul>
 </div>
 <div class="mainlist">
  <div class="mainlist-t"><span>通知公告</span></div>
  <ul class="list-ul">
{rows}
  </ul>
  <div class="pagebar"><script type="text/javascript">createPageHTML(4, 0, "index", "html");</script></div>
 </div>
</div>
<div class="footer"><div class="w1100">主办单位：梧川区教育局 版权所有 地址：梧川区文教路12号<br />网站标识码：3501990012 闽ICP备10020345号-2</div></div>
</body>
</html>
""".replace(
    "{menu}",
    "\n".join(f'   <li{ON if href == "./" else ""}><a href="{href}">{name}</a></li>' for href, name in MENU_LIST_MENU),
).replace(
    "{rows}",
    "\n".join(
        f'   <li><a href="{href}" target="_blank" title="{title}">{title}</a><span class="time">{day}</span></li>'
        for href, title, day in MENU_LIST_ROWS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 10. the date only in the link's tooltip: title="标题：…&#13;发布时间：2021-03-05" (not shown in the row);
#     a ?pageIndex=2 pager with 第1页/共6页
# ---------------------------------------------------------------------------------------------------------------

TOOLTIP_ROWS = (
    ("/Item/Show.aspx?id=3120&cid=21", "蓼塘市第一中学2021年自主招生简章", "2021-03-29"),
    ("/Item/Show.aspx?id=3114&cid=21", "我校举行2021年春季学期家长开放日活动", "2021-03-25"),
    ("/Item/Show.aspx?id=3108&cid=21", "关于2021年高三年级第二次模拟考试安排", "2021-03-19"),
    ("/Item/Show.aspx?id=3101&cid=21", "高二年级举行“成人礼”主题活动", "2021-03-15"),
    ("/Item/Show.aspx?id=3096&cid=21", "我校召开2021年春季学期安全工作会议", "2021-03-10"),
    ("/Item/Show.aspx?id=3090&cid=21", "“三八”妇女节女教职工趣味活动举行", "2021-03-08"),
    ("/Item/Show.aspx?id=3087&cid=21", "关于开展学雷锋志愿服务活动的通知", "2021-03-05"),
    ("/Item/Show.aspx?id=3079&cid=21", "我校召开2021年春季学期开学工作会议", "2021-02-24"),
)

TOOLTIP = """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>学校动态 - 蓼塘市第一中学</title>
<link href="/Template/ltyz/Skin/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="header"><div class="inner"><img src="/Template/ltyz/Skin/images/logo.png" alt="蓼塘市第一中学" /></div></div>
<div id="nav"><ul>
<li><a href="/">首页</a></li><li><a href="/Category_20/Index.aspx">学校概况</a></li><li><a href="/Category_21/Index.aspx">学校动态</a></li>
<li><a href="/Category_22/Index.aspx">通知公告</a></li><li><a href="/Category_23/Index.aspx">教育教学</a></li><li><a href="/Category_24/Index.aspx">德育天地</a></li>
<li><a href="/Category_25/Index.aspx">教师发展</a></li><li><a href="/Category_26/Index.aspx">学生天地</a></li><li><a href="/Category_27/Index.aspx">招生专栏</a></li>
<li><a href="/Category_28/Index.aspx">校务公开</a></li>
</ul></div>
<div id="container">
 <div class="sidebar">
  <div class="sidebox"><h3>推荐文章</h3><ul>
  <li><a href="/Item/Show.aspx?id=3002&cid=22">蓼塘市第一中学2021年寒假致家长的一封信</a></li>
  <li><a href="/Item/Show.aspx?id=2981&cid=21">我校学子在省化学竞赛中获一等奖</a></li>
  <li><a href="/Item/Show.aspx?id=2955&cid=23">我校举办青年教师课堂教学比武</a></li>
  </ul></div>
  <div class="sidebox"><h3>联系方式</h3><p>地址：蓼塘市东湖路66号</p><p>电话：0710-55506677</p></div>
 </div>
 <div class="content">
  <div class="position">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/Category_21/Index.aspx">学校动态</a></div>
  <ul class="artlist">
{rows}
  </ul>
  <div class="pager">第1页/共6页 <a href="/Category_21/Index.aspx?pageIndex=1">首页</a> <a href="/Category_21/Index.aspx?pageIndex=2">下一页</a> <a href="/Category_21/Index.aspx?pageIndex=6">末页</a></div>
 </div>
</div>
<div id="footer">Copyright &copy; 2021 蓼塘市第一中学 版权所有<br />鄂ICP备09034567号 鄂公网安备42068202000111号</div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <li><a href="{href}" title="标题：{title}&#13;发布时间：{day}" target="_blank">{title}</a></li>'
        for href, title, day in TOOLTIP_ROWS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 11. DedeCMS ul.e2: a preview image link, the title link, <span><small>日期：</small>2021-03-05</span> and a
#     <p class="intro"> summary per row; the dede_pages pager (共 3页41条, list_7_2.html)
# ---------------------------------------------------------------------------------------------------------------

DEDE_ROWS = (
    ("/a/xxdt/2021/0329/512.html", "云渡镇中心小学举行2021年春季田径运动会", "2021-03-29"),
    ("/a/xxdt/2021/0325/508.html", "我校开展“红领巾心向党”主题队日活动", "2021-03-25"),
    ("/a/xxdt/2021/0319/503.html", "云渡镇中心小学召开一年级新生家长会", "2021-03-19"),
    ("/a/xxdt/2021/0312/497.html", "师生共植希望林 绿色校园添新绿", "2021-03-12"),
    ("/a/xxdt/2021/0305/490.html", "学雷锋志愿服务队走进云渡敬老院", "2021-03-05"),
    ("/a/xxdt/2021/0301/486.html", "我校举行2021年春季开学典礼", "2021-03-01"),
)

DEDE_INTROS = (
    "3月26日，我校2021年春季田径运动会在学校操场隆重举行，全校八百余名师生参加...",
    "为庆祝中国共产党成立100周年，我校各中队开展了形式多样的主题队日活动...",
    "为帮助一年级新生家长更好地了解学校，学校召开了一年级新生家长会...",
    "植树节当天，学校组织师生在校园北侧种下一片希望林...",
    "3月5日，我校学雷锋志愿服务队的队员们来到云渡敬老院，为老人们打扫卫生...",
    "3月1日上午，我校在操场举行2021年春季开学典礼，校长作了讲话...",
)

DEDE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>学校动态_云渡镇中心小学</title>
<meta name="keywords" content="学校动态" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
</head>
<body class="articlelist">
<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/"><img src="/templets/default/images/logo.gif" height="54" width="216" alt="云渡镇中心小学"/></a></h1></div></div>
<div class="module blue mT10 wrapper w963"><div id="navMenu"><ul>
<li><a href="/"><span>主页</span></a></li><li><a href="/a/xxgk/"><span>学校概况</span></a></li><li class="hover"><a href="/a/xxdt/"><span>学校动态</span></a></li>
<li><a href="/a/tzgg/"><span>通知公告</span></a></li><li><a href="/a/jxjy/"><span>教学教研</span></a></li><li><a href="/a/dyyd/"><span>德育园地</span></a></li>
<li><a href="/a/jsfc/"><span>教师风采</span></a></li><li><a href="/a/xszp/"><span>学生作品</span></a></li><li><a href="/a/dqgz/"><span>党群工作</span></a></li>
<li><a href="/a/xwgk/"><span>校务公开</span></a></li>
</ul></div></div></div>
<div class="channel-nav w960 center clear"><div class="sonnav"><span><a href='/a/xxdt/' class='thisclass'>学校动态</a></span><span><a href='/a/xxdt/bjfc/'>班级风采</a></span></div></div>
<div class="w960 center clear mt1">
 <div class="pleft">
  <div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/a/xxdt/'>学校动态</a> > </div>
  <div class="listbox">
   <ul class="e2">
{rows}
   </ul>
  </div>
  <div class="dede_pages">
   <ul class="pagelist">
    <li><span class="pageinfo">共 <strong>3</strong>页<strong>41</strong>条</span></li>
    <li><a>首页</a></li><li class="thisclass"><a>1</a></li><li><a href='list_7_2.html'>2</a></li><li><a href='list_7_3.html'>3</a></li>
    <li><a href='list_7_2.html'>下一页</a></li><li><a href='list_7_3.html'>末页</a></li>
    <li><select name='sldd' style='width:36px' onchange='location.href=this.options[this.selectedIndex].value;'>
<option value='list_7_1.html' selected>1</option>
<option value='list_7_2.html'>2</option>
<option value='list_7_3.html'>3</option>
</select></li>
   </ul>
  </div>
 </div>
 <div class="pright">
  <div class="commend mt1"><dl class="tbox light"><dt class='light'><strong>推荐内容</strong></dt><dd class='light'><ul class="d4">
  <li><a href="/a/tzgg/2021/0320/505.html">云渡镇中心小学2021年一年级招生公告</a><p>根据县教育局招生工作要求，现将我校2021年一年级招生事项公告如下...</p></li>
  <li><a href="/a/jxjy/2021/0310/495.html">我校语文组开展整本书阅读教学研讨</a><p>3月10日，语文组全体教师围绕整本书阅读开展教学研讨...</p></li>
  </ul></dd></dl></div>
  <div class="hot mt1"><dl class="tbox light"><dt class='light'><strong>热点内容</strong></dt><dd class='light'><ul class="c1 ico2">
  <li><a href="/a/xxgk/2019/0901/12.html">学校简介</a></li><li><a href="/a/tzgg/2021/0125/470.html">2021年寒假放假通知</a></li>
  <li><a href="/a/xxdt/2020/1230/461.html">我校举行庆元旦文艺汇演</a></li>
  </ul></dd></dl></div>
 </div>
</div>
<div class="footer w960 center mt1 clear"><div class="footer_body"><p class="powered">Powered by <a href="http://www.dedecms.com" title="织梦内容管理系统(DedeCms)" target="_blank"><strong>DedeCMS</strong></a> &copy; 2004-2021</p>
<div class="copyright">Copyright &copy; 2021 云渡镇中心小学 版权所有 地址：云渡镇学堂街1号 浙ICP备14056789号</div></div></div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'    <li>\n     <a href="{href}" class="preview"><img src="/uploads/allimg/{day[2:4]}{day[5:7]}{day[8:]}/1-{n}.jpg"/></a>\n'
        f'     <a href="{href}" class="title">{title}</a>\n'
        f"     <span><small>日期：</small>{day}</span>\n"
        f"     <span><small>点击：</small>{40 + 7 * n}</span>\n"
        f"     <span><small>好评：</small>0</span>\n"
        f'     <p class="intro">\n      {intro}\n     </p>\n    </li>'
        for n, ((href, title, day), intro) in enumerate(zip(DEDE_ROWS, DEDE_INTROS), 1)
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 12. school rows that each link the title page and, beside it, the notice's 附件 .doc (two links per row: the row
#     is the title page); a PbootCMS-like pager (/xwgk/list_5_2.html)
# ---------------------------------------------------------------------------------------------------------------

ATTACH_ROWS = (
    (
        "/xwgk/312.html",
        "青岚县城关第二小学2021年春季学期收费公示",
        "2021-03-26",
        "/static/upload/file/20210326/1616730012345678.doc",
    ),
    (
        "/xwgk/309.html",
        "2021年春季学期学生营养餐补助名单公示",
        "2021-03-19",
        "/static/upload/file/20210319/1616130098765432.doc",
    ),
    (
        "/xwgk/305.html",
        "关于2021年春季学期课后服务实施方案的公示",
        "2021-03-12",
        "/static/upload/file/20210312/1615520011223344.doc",
    ),
    (
        "/xwgk/301.html",
        "城关二小2021年春季学期教师任课安排表",
        "2021-03-05",
        "/static/upload/file/20210305/1614910055667788.doc",
    ),
    (
        "/xwgk/296.html",
        "2021年春季学期校历及作息时间表",
        "2021-02-26",
        "/static/upload/file/20210226/1614300099887766.doc",
    ),
    (
        "/xwgk/290.html",
        "2020年度学校公用经费使用情况公示",
        "2021-01-29",
        "/static/upload/file/20210129/1611880033445566.doc",
    ),
    (
        "/xwgk/284.html",
        "2020年度教职工绩效考核结果公示",
        "2021-01-18",
        "/static/upload/file/20210118/1610930077889900.doc",
    ),
)

ATTACH = """<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>校务公开-青岚县城关第二小学</title>
<link rel="stylesheet" href="/template/cgex/css/style.css">
</head>
<body>
<div class="top"><div class="container"><a href="/"><img src="/static/upload/image/20200901/logo.png" alt="青岚县城关第二小学"></a>
<span class="tel">咨询电话：0578-5556789</span></div></div>
<div class="nav"><div class="container"><ul>
<li><a href="/">首页</a></li><li><a href="/xxjj/">学校简介</a></li><li><a href="/xyxw/">校园新闻</a></li><li><a href="/tzgg/">通知公告</a></li>
<li class="active"><a href="/xwgk/">校务公开</a></li><li><a href="/jxky/">教学科研</a></li><li><a href="/dyyd/">德育园地</a></li>
<li><a href="/jsfc/">教师风采</a></li><li><a href="/xsfc/">学生风采</a></li><li><a href="/aqjy/">安全教育</a></li><li><a href="/lxwm/">联系我们</a></li>
</ul></div></div>
<div class="container main">
 <div class="sidebar">
  <h4>校务公开</h4>
  <ul><li class="active"><a href="/xwgk/">校务公开</a></li><li><a href="/sfgs/">收费公示</a></li><li><a href="/zsxx/">招生信息</a></li></ul>
  <h4>下载中心</h4>
  <ul><li><a href="/static/upload/file/20200901/jxlxd.doc">家校联系单</a></li><li><a href="/static/upload/file/20200901/qjt.doc">学生请假条</a></li></ul>
 </div>
 <div class="content">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwgk/">校务公开</a></div>
  <ul class="xwgk-list">
{rows}
  </ul>
  <div class="pagebar"><span class="page-status">共21条 当前1/3页</span> <span class="page-index"><a href="/xwgk/">首页</a></span> <span class="page-pre"><a href="javascript:;">前一页</a></span> <span class="page-numbar"><a href="/xwgk/" class="page-num page-num-current">1</a><a href="/xwgk/list_5_2.html" class="page-num">2</a><a href="/xwgk/list_5_3.html" class="page-num">3</a></span> <span class="page-next"><a href="/xwgk/list_5_2.html">后一页</a></span> <span class="page-last"><a href="/xwgk/list_5_3.html">尾页</a></span></div>
 </div>
</div>
<div class="footer"><div class="container">Copyright © 2021 青岚县城关第二小学 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备15067890号-1</a></div></div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <li><a href="{href}" target="_blank">{title}</a> <a href="{doc}" class="fujian" target="_blank">'
        f'<img src="/template/cgex/images/doc.gif" alt="">附件</a><span class="date">{day}</span></li>'
        for href, title, day, doc in ATTACH_ROWS
    ),
)

CASES = [
    ListCase(
        "gov-xxgk-catalog-table",
        "http://www.qinglan.example.gov.cn/xxgk/gkml/xzfwj/index.html",
        GKML,
        GKML_ROWS,
        (1, 5, "http://www.qinglan.example.gov.cn/xxgk/gkml/xzfwj/index_1.html"),
    ),
    ListCase(
        "gov-xxgk-ul-span-grid",
        "http://jyj.wuchuan.example.gov.cn/xxgk/list.jsp?catid=88",
        UL_SPANS,
        UL_SPANS_ROWS,
        (1, 4, "http://jyj.wuchuan.example.gov.cn/xxgk/list.jsp?catid=88&pageNum=2"),
    ),
    ListCase(
        "gov-vsb-winstyle-counting-down",
        "http://www.ltsz.example.edu.cn/tzgg.htm",
        VSB,
        VSB_ROWS,
        (1, 3, "http://www.ltsz.example.edu.cn/tzgg/2.htm"),
    ),
    ListCase(
        "gov-hanweb-jpage-server-side",
        "http://www.nanyu.example.gov.cn/col/col4567/index.html",
        JPAGE,
        JPAGE_ROWS,
        (1, 5, "http://www.nanyu.example.gov.cn/col/col4567/index.html?uid=4521&pageNum=2"),
    ),
    ListCase(
        "gov-pinned-bracket-date-serial-gbk",
        "http://jyj.qinglan.example.gov.cn/list.asp?id=8",
        PINNED,
        tuple(row[:3] for row in PINNED_ROWS),
        (1, 6, "http://jyj.qinglan.example.gov.cn/list.asp?id=8&page=2"),
        gbk=True,
    ),
    ListCase(
        "gov-p-rows-in-one-div",
        "http://jyj.liaotang.example.gov.cn/html/jyxw/",
        P_DIV,
        P_ROWS,
        (1, 4, "http://jyj.liaotang.example.gov.cn/html/jyxw/list_14_2.html"),
    ),
    ListCase(
        "gov-cut-text-font-date-gbk",
        "http://www.nyzx.example.cn/Article/Article_Class.asp?ClassID=3",
        CUT,
        CUT_ROWS,
        (1, 5, "http://www.nyzx.example.cn/Article/Article_Class.asp?ClassID=3&page=2"),
        gbk=True,
    ),
    ListCase(
        "gov-side-menu-15-rows",
        "http://jyj.wuchuan.example.gov.cn/jyj/tzgg/index.html",
        MENU_LIST,
        MENU_LIST_ROWS,
        (1, 4, "http://jyj.wuchuan.example.gov.cn/jyj/tzgg/index_1.html"),
    ),
    ListCase(
        "gov-date-in-tooltip-only",
        "http://www.ltyz.example.cn/Category_21/Index.aspx",
        TOOLTIP,
        TOOLTIP_ROWS,
        (1, 6, "http://www.ltyz.example.cn/Category_21/Index.aspx?pageIndex=2"),
    ),
    ListCase(
        "gov-dedecms-e2-preview-intro",
        "http://www.ydzx.example.cn/a/xxdt/",
        DEDE,
        DEDE_ROWS,
        (1, 3, "http://www.ydzx.example.cn/a/xxdt/list_7_2.html"),
    ),
    ListCase(
        "gov-row-with-attachment-link",
        "http://www.qlcgex.example.cn/xwgk/",
        ATTACH,
        tuple(row[:3] for row in ATTACH_ROWS),
        (1, 3, "http://www.qlcgex.example.cn/xwgk/list_5_2.html"),
    ),
]
