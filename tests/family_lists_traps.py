"""List pages whose rows or pager hold a trap real Chinese school, news and government sites set, one hand-written
page per trap, none of them a shape already in tests/test_list_families.py, tests/family_lists_gov.py,
tests/family_lists_more.py or tests/test_pager_families.py:

a JSP portal whose <base href> (the MyEclipse basePath) makes its rows' relative links resolve from the context root,
not from the page; rows that link through a click-count redirect script (/r.php?url=…); an ASP 序号 column whose
number is a second link to the row's article; a pager of page numbers only (no words) in <div class="page">; a
PHPCMS pager on page 6 that skips numbers (上一页 1 ... 4 5 6 7 8 ... 12 下一页); a pager of 第一页 上一页 下一页
最后一页 alone (no count: the page number only in the URL); a jump box whose options are bare numbers, the URL made
by its onchange script; Discuz! portal rows whose second line holds a 分类 link back to this very list and the date
2023-5-6 10:23; an ajax-filled list whose rows and pager stand only in <noscript>; WordPress rows whose date is a
link of its own to the post (2023年5月6日) on a meta line under the title, beside the author's link; rows dated
[23-05-06] (a two-digit year); VSB rows dated 5月6日 (no year on the page); TRS 信息公开 rows with a [发布机构] link
after the title; an EmpireCMS table holding two rows side by side in each <tr>.

Each page carries the chrome of its kind (menu, breadcrumb, left 栏目 menu or side box of dated 热点 rows that are
not the list's rows, footer with 版权所有/ICP) and states what a reader sees: its rows (URL, title, day) and its
pager (this page, the last page, the URL of the page after this one, None when no URL leads there). Names, hosts and
numbers are made up; no page is copied from a real site."""

from dataclasses import dataclass
from urllib.parse import urljoin

from family_page import ListCase


@dataclass(frozen=True)
class BaseHrefCase(ListCase):
    """A list page with a <base href>: a reader's browser resolves the rows' links from it, not from the page URL."""

    base: str = ""

    def expected(self):
        return [(urljoin(self.base, href), title, day) for href, title, day in self.rows]


# ---------------------------------------------------------------------------------------------------------------
# 1. a JSP portal (the MyEclipse page template): <base href="<%=basePath%>"> names the context root, the rows'
#    links are written relative to it (news/detail.jsp?id=…), the page itself is /portal/news/list.jsp: resolved
#    from the page they would read /portal/news/news/detail.jsp; the pager's links are relative to the base too
# ---------------------------------------------------------------------------------------------------------------

BASE_HREF_ROWS = (
    ("news/detail.jsp?id=5531&typeid=3", "梅岭县教育局召开2023年中小学安全工作会议", "2023-05-06"),
    ("news/detail.jsp?id=5527&typeid=3", "全县义务教育阶段学校招生工作部署会召开", "2023-05-04"),
    ("news/detail.jsp?id=5519&typeid=3", "县教育局开展“五一”假期前校园安全检查", "2023-04-28"),
    ("news/detail.jsp?id=5512&typeid=3", "梅岭县第三届中小学生科技创新大赛落幕", "2023-04-24"),
    ("news/detail.jsp?id=5506&typeid=3", "县教育局组织开展教师心理健康专题培训", "2023-04-19"),
    ("news/detail.jsp?id=5498&typeid=3", "全县中小学食堂食品安全专项督查启动", "2023-04-13"),
    ("news/detail.jsp?id=5490&typeid=3", "梅岭县召开2023年教育督导工作推进会", "2023-04-07"),
    ("news/detail.jsp?id=5483&typeid=3", "城关片区学校开展清明节网上祭英烈活动", "2023-04-03"),
)

BASE_HREF = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<base href="http://jyj.meiling.example.gov.cn/portal/">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>教育动态 - 梅岭县教育局</title>
<meta http-equiv="pragma" content="no-cache">
<link rel="stylesheet" type="text/css" href="css/style.css">
<script type="text/javascript" src="js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="top"><img src="images/top_banner.jpg" width="1000" height="130" alt="梅岭县教育局"></div>
<div class="menu"><ul>
<li><a href="index.jsp">首页</a></li><li><a href="news/list.jsp?typeid=1">机构设置</a></li><li><a href="news/list.jsp?typeid=2">政务公开</a></li>
<li class="cur"><a href="news/list.jsp?typeid=3">教育动态</a></li><li><a href="news/list.jsp?typeid=4">通知公告</a></li><li><a href="news/list.jsp?typeid=5">政策法规</a></li>
<li><a href="news/list.jsp?typeid=6">招生考试</a></li><li><a href="news/list.jsp?typeid=7">教师队伍</a></li><li><a href="news/list.jsp?typeid=8">安全教育</a></li>
<li><a href="mailbox/write.jsp">局长信箱</a></li>
</ul></div>
<div class="main">
<div class="left">
 <div class="lbox"><div class="lbox_t">热点新闻</div><ul>
 <li><a href="news/detail.jsp?id=5470&typeid=4">2023年梅岭县中考报名工作通知</a><span>03-27</span></li>
 <li><a href="news/detail.jsp?id=5455&typeid=2">梅岭县教育局2023年部门预算公开</a><span>03-20</span></li>
 <li><a href="news/detail.jsp?id=5441&typeid=6">2023年秋季幼儿园招生政策解读</a><span>03-14</span></li>
 <li><a href="news/detail.jsp?id=5432&typeid=8">春季学生防溺水安全提示</a><span>03-09</span></li>
 </ul></div>
 <div class="lbox"><div class="lbox_t">友情链接</div><ul>
 <li><a href="http://jyt.example.gov.cn/" target="_blank">省教育厅</a></li><li><a href="http://jyj.example-shi.gov.cn/" target="_blank">市教育局</a></li>
 </ul></div>
</div>
<div class="right">
 <div class="position">当前位置：<a href="index.jsp">首页</a> &gt; <a href="news/list.jsp?typeid=3">教育动态</a></div>
 <table class="newslist" width="100%" border="0" cellspacing="0" cellpadding="0">
{rows}
 </table>
 <div class="pagelist">共 <b>103</b> 条 每页 12 条 当前第 1 页 / 共 9 页 首页 上一页 <a href="news/list.jsp?typeid=3&pageNo=2">下一页</a> <a href="news/list.jsp?typeid=3&pageNo=9">尾页</a></div>
</div>
</div>
<div class="bottom">主办：梅岭县教育局 地址：梅岭县府前路6号<br>版权所有 梅岭县教育局 闽ICP备06012345号</div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'<tr><td class="dot"><img src="images/dot.gif"></td><td><a href="{h}" target="_blank">{t}</a></td>'
        f'<td class="time" width="90">{d}</td></tr>'
        for h, t, d in BASE_HREF_ROWS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 2. rows that link through the site's click-count script: href="/r.php?url=/html/xwzx/2023/0506/312.html". A
#    reader's click asks /r.php, which counts it and answers with a redirect to the article in its url= parameter.
#    The page names /r.php?url=…: that is the row's URL as written, and what the crawler should store (it fetches
#    it and lands on the article; unwrapping the parameter is a guess about the script, not what the page says).
# ---------------------------------------------------------------------------------------------------------------

REDIRECT_ROWS = (
    ("/r.php?url=/html/xwzx/2023/0506/312.html", "云溪区召开一季度经济运行分析会", "2023-05-06"),
    ("/r.php?url=/html/xwzx/2023/0505/309.html", "区领导调研重点项目建设进展情况", "2023-05-05"),
    ("/r.php?url=/html/xwzx/2023/0430/305.html", "云溪区举行“五一”劳动模范表彰座谈会", "2023-04-30"),
    ("/r.php?url=/html/xwzx/2023/0426/301.html", "全区安全生产大检查工作动员部署会召开", "2023-04-26"),
    ("/r.php?url=/html/xwzx/2023/0421/296.html", "云溪区启动2023年城乡环境综合整治行动", "2023-04-21"),
    ("/r.php?url=/html/xwzx/2023/0417/292.html", "区政府与省农科院签订战略合作协议", "2023-04-17"),
    ("/r.php?url=/html/xwzx/2023/0412/287.html", "云溪区春季植树活动在凤凰山举行", "2023-04-12"),
    ("/r.php?url=/html/xwzx/2023/0407/281.html", "全区优化营商环境推进会召开", "2023-04-07"),
)

REDIRECT = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>云溪要闻 - 云溪区人民政府</title>
<link href="/statics/css/yx.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="header"><a href="/"><img src="/statics/images/yx_logo.png" alt="云溪区人民政府" /></a>
<form action="/index.php" method="get" class="search"><input type="hidden" name="m" value="search" /><input name="q" /><input type="submit" value="搜索" /></form></div>
<div class="nav"><a href="/">首页</a><a href="/html/xwzx/">云溪要闻</a><a href="/html/bmdt/">部门动态</a><a href="/html/xzdt/">乡镇动态</a>
<a href="/html/tzgg/">通知公告</a><a href="/html/zfxxgk/">政府信息公开</a><a href="/html/bsfw/">办事服务</a><a href="/html/hdjl/">互动交流</a>
<a href="/html/zjyx/">走进云溪</a><a href="/html/ztzl/">专题专栏</a></div>
<div class="main clearfix">
<div class="col-left">
 <div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/html/xwzx/">云溪要闻</a> &gt; 列表</div>
 <ul class="list">
{rows}
 </ul>
 <div id="pages" class="text-c"><a class="a1">72条</a> <a href="/html/xwzx/list-5-1.html" class="a1">上一页</a> <span>1</span> <a href="/html/xwzx/list-5-2.html">2</a> <a href="/html/xwzx/list-5-3.html">3</a> <a href="/html/xwzx/list-5-4.html">4</a> <a href="/html/xwzx/list-5-2.html" class="a1">下一页</a></div>
</div>
<div class="col-auto">
 <div class="box"><h5 class="title-2">点击排行</h5><ul class="content digg">
 <li><a href="/r.php?url=/html/tzgg/2023/0328/266.html">云溪区2023年公开招聘社区工作者公告</a><span>2023-03-28</span></li>
 <li><a href="/r.php?url=/html/bmdt/2023/0322/259.html">区人社局开展春风行动专场招聘会</a><span>2023-03-22</span></li>
 <li><a href="/r.php?url=/html/xzdt/2023/0316/251.html">白沙镇打造乡村振兴示范带</a><span>2023-03-16</span></li>
 <li><a href="/r.php?url=/html/tzgg/2023/0309/244.html">关于2023年城乡居民医保缴费的通告</a><span>2023-03-09</span></li>
 </ul></div>
</div>
</div>
<div class="footer"><p><a href="/html/wzdt/">网站地图</a> | <a href="/html/lxwm/">联系我们</a></p>
<p>主办：云溪区人民政府办公室 版权所有 网站标识码：4306030001 湘ICP备09012345号</p></div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'  <li><span class="rt">{d}</span>·<a href="{h}" target="_blank">{t}</a></li>' for h, t, d in REDIRECT_ROWS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 3. an ASP school news table, GBK: 序号 | 标题 | 发布时间 | 浏览, the 序号 cell's number a link to the same article
#    as the title beside it (two links per row, the first one's text a bare 1, 2, 3…); an ASP ?page=2 pager
# ---------------------------------------------------------------------------------------------------------------

SEQ_LINKED_ROWS = (
    ("NewsShow.asp?id=1288", "我校举行2023年春季田径运动会", "2023-05-06"),
    ("NewsShow.asp?id=1285", "高三年级召开高考冲刺阶段家长会", "2023-05-04"),
    ("NewsShow.asp?id=1281", "枫林中学开展“五四”青年节主题团日活动", "2023-04-28"),
    ("NewsShow.asp?id=1276", "我校教师在全县优质课评比中获佳绩", "2023-04-25"),
    ("NewsShow.asp?id=1272", "学校组织开展防震减灾应急疏散演练", "2023-04-20"),
    ("NewsShow.asp?id=1267", "高一年级举行研学旅行安全教育大会", "2023-04-14"),
    ("NewsShow.asp?id=1261", "我校召开期中考试质量分析会", "2023-04-10"),
    ("NewsShow.asp?id=1255", "学校团委组织学生赴烈士陵园祭扫", "2023-04-04"),
    ("NewsShow.asp?id=1250", "县教研室专家来校开展教学视导", "2023-03-30"),
    ("NewsShow.asp?id=1244", "我校举办第十二届校园读书节", "2023-03-24"),
)

SEQ_LINKED = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>学校新闻--枫林县枫林中学</title>
<link href="../css/css.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="../images/top.jpg" width="960" height="150"></td></tr>
<tr><td class="dh" align="center"><a href="../index.asp">网站首页</a> | <a href="NewsList.asp?BigClassID=1">学校概况</a> | <a href="NewsList.asp?BigClassID=3">学校新闻</a> |
<a href="NewsList.asp?BigClassID=4">通知公告</a> | <a href="NewsList.asp?BigClassID=5">教学教研</a> | <a href="NewsList.asp?BigClassID=6">德育天地</a> |
<a href="NewsList.asp?BigClassID=7">团队活动</a> | <a href="NewsList.asp?BigClassID=8">教师园地</a> | <a href="NewsList.asp?BigClassID=9">学生天地</a> |
<a href="../GuestBook/index.asp">留言板</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="220" valign="top" class="left">
 <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="lt">新闻栏目</td></tr>
 <tr><td class="lm"><a href="NewsList.asp?BigClassID=3">学校新闻</a><br><a href="NewsList.asp?BigClassID=4">通知公告</a><br>
 <a href="NewsList.asp?BigClassID=10">媒体报道</a><br><a href="NewsList.asp?BigClassID=11">专题活动</a></td></tr></table>
 <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="lt">热点新闻</td></tr>
 <tr><td class="lm">
 <a href="NewsShow.asp?id=1219">我校2023届高考百日誓师大会隆重举行</a> 2023-02-27<br>
 <a href="NewsShow.asp?id=1203">学校召开新学期全体教职工大会</a> 2023-02-13<br>
 <a href="NewsShow.asp?id=1188">枫林中学获评市级文明校园</a> 2023-01-16<br>
 <a href="NewsShow.asp?id=1175">我校学子在省物理竞赛中获一等奖</a> 2022-12-28
 </td></tr></table>
</td>
<td width="740" valign="top">
 <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="wz">您现在的位置：<a href="../index.asp">网站首页</a> &gt;&gt; <a href="NewsList.asp?BigClassID=3">学校新闻</a></td></tr></table>
 <table width="96%" border="0" align="center" cellpadding="3" cellspacing="1" bgcolor="#CCCCCC" class="newslist">
 <tr bgcolor="#EEF5FD"><td width="50" align="center">序号</td><td align="center">标题</td><td width="100" align="center">发布时间</td><td width="50" align="center">浏览</td></tr>
{rows}
 </table>
 <table width="96%" border="0" align="center"><tr><td align="center">共 86 条记录 页次：1/9 每页10条 首页 上一页 <a href="NewsList.asp?BigClassID=3&page=2">下一页</a> <a href="NewsList.asp?BigClassID=3&page=9">尾页</a></td></tr></table>
</td>
</tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center">地址：枫林县城东路18号 电话：0791-5552468<br>版权所有：枫林县枫林中学 赣ICP备08054321号</td></tr>
</table>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'<tr bgcolor="#FFFFFF"><td align="center"><a href="{h}" target="_blank">{n}</a></td>'
        f'<td><a href="{h}" target="_blank">{t}</a></td><td align="center">{d}</td><td align="center">{37 * n % 90 + 12}</td></tr>'
        for n, (h, t, d) in enumerate(SEQ_LINKED_ROWS, 1)
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 4. JEECMS: a pager of page numbers only, no word, no count, no arrow: <div class="page"><span>1</span><a>2</a>…
#    <a>5</a></div> (the last number shown is the last page)
# ---------------------------------------------------------------------------------------------------------------

NUMBERS_ONLY_ROWS = (
    ("/xxdt/1532.jhtml", "石潭实验学校举行2023年春季运动会", "2023-05-06"),
    ("/xxdt/1529.jhtml", "我校开展劳动教育实践周活动", "2023-05-03"),
    ("/xxdt/1524.jhtml", "七年级学生走进农业科技园研学", "2023-04-27"),
    ("/xxdt/1519.jhtml", "学校举办青年教师教学基本功比赛", "2023-04-21"),
    ("/xxdt/1515.jhtml", "石潭实验学校召开家长学校培训会", "2023-04-17"),
    ("/xxdt/1508.jhtml", "我校开展世界读书日主题阅读活动", "2023-04-12"),
    ("/xxdt/1502.jhtml", "九年级中考体育模拟测试顺利进行", "2023-04-06"),
)

NUMBERS_ONLY = """<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>学校动态 - 石潭实验学校</title>
<link href="/r/cms/www/red/css/base.css" rel="stylesheet" type="text/css">
</head>
<body>
<div class="header"><div class="w1100"><a href="/" class="logo"><img src="/r/cms/www/red/img/logo.png" alt="石潭实验学校"></a></div></div>
<div class="nav"><ul class="w1100">
<li><a href="/">首页</a></li><li><a href="/xxgk/index.jhtml">学校概况</a></li><li class="on"><a href="/xxdt/index.jhtml">学校动态</a></li>
<li><a href="/tzgg/index.jhtml">通知公告</a></li><li><a href="/jxky/index.jhtml">教学科研</a></li><li><a href="/dyhd/index.jhtml">德育活动</a></li>
<li><a href="/jsfc/index.jhtml">教师风采</a></li><li><a href="/xsyd/index.jhtml">学生园地</a></li><li><a href="/djgz/index.jhtml">党建工作</a></li>
<li><a href="/lxwm/index.jhtml">联系我们</a></li>
</ul></div>
<div class="w1100 clearfix">
 <div class="sidebar">
  <div class="side-nav"><h2>新闻中心</h2><ul><li class="on"><a href="/xxdt/index.jhtml">学校动态</a></li><li><a href="/tzgg/index.jhtml">通知公告</a></li><li><a href="/mtbd/index.jhtml">媒体报道</a></li></ul></div>
  <div class="side-hot"><h2>热点文章</h2><ul>
   <li><a href="/tzgg/1488.jhtml">2023年七年级新生入学报名须知</a><span>2023-03-29</span></li>
   <li><a href="/mtbd/1471.jhtml">县电视台报道我校课后服务工作</a><span>2023-03-18</span></li>
   <li><a href="/jxky/1460.jhtml">我校两项课题获市级立项</a><span>2023-03-10</span></li>
  </ul></div>
 </div>
 <div class="content">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxdt/index.jhtml">学校动态</a></div>
  <ul class="news-ul">
{rows}
  </ul>
  <div class="page"><span class="on">1</span><a href="/xxdt/index_2.jhtml">2</a><a href="/xxdt/index_3.jhtml">3</a><a href="/xxdt/index_4.jhtml">4</a><a href="/xxdt/index_5.jhtml">5</a></div>
 </div>
</div>
<div class="footer"><div class="w1100">地址：石潭镇学府路2号 邮编：415000<br>Copyright 2023 石潭实验学校 版权所有 湘ICP备17034567号-1</div></div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <li><a href="{h}" title="{t}" target="_blank">{t}</a><em>{d}</em></li>' for h, t, d in NUMBERS_ONLY_ROWS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 5. PHPCMS on page 6 of 12: its pager skips numbers both ways (上一页 1 ... 4 5 6 7 8 ... 12 下一页), the
#    current page an unlinked <span>; the rows are half a year old
# ---------------------------------------------------------------------------------------------------------------

DOTS_ROWS = (
    ("/html/tzgg/2022/1130/736.html", "关于2022年冬季学生体质健康测试安排的通知", "2022-11-30"),
    ("/html/tzgg/2022/1125/731.html", "关于开展冬季校园消防安全演练的通知", "2022-11-25"),
    ("/html/tzgg/2022/1121/727.html", "关于组织教师参加市级教学能手评选的通知", "2022-11-21"),
    ("/html/tzgg/2022/1116/722.html", "关于举办第九届校园英语风采大赛的通知", "2022-11-16"),
    ("/html/tzgg/2022/1110/716.html", "关于做好期中考试质量分析工作的通知", "2022-11-10"),
    ("/html/tzgg/2022/1104/711.html", "关于公布2022年秋季学期优秀作业展评结果的通知", "2022-11-04"),
    ("/html/tzgg/2022/1031/705.html", "关于开展“宪法宣传周”系列活动的通知", "2022-10-31"),
    ("/html/tzgg/2022/1026/698.html", "关于调整冬季作息时间的通知", "2022-10-26"),
)

DOTS = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>通知公告 - 沙溪县第二中学</title>
<link href="/statics/css/sx2z.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="header"><div class="logo"><a href="/"><img src="/statics/images/logo.png" alt="沙溪县第二中学" /></a></div>
<div class="nav"><a href="/">首页</a><a href="/html/xxgk/">学校概况</a><a href="/html/xwzx/">新闻中心</a><a href="/html/tzgg/">通知公告</a>
<a href="/html/jxky/">教学科研</a><a href="/html/dygz/">德育工作</a><a href="/html/twgz/">团委工作</a><a href="/html/jsyd/">教师园地</a>
<a href="/html/xsyd/">学生园地</a><a href="/html/zsks/">招生考试</a></div></div>
<div class="main clearfix">
<div class="col-left">
 <div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/html/tzgg/">通知公告</a> &gt; 列表</div>
 <ul class="list lh24 f14">
{rows}
 </ul>
 <div id="pages" class="text-c"><a class="a1">232条</a> <a href="/html/tzgg/list-8-5.html" class="a1">上一页</a> <a href="/html/tzgg/list-8-1.html">1</a> ... <a href="/html/tzgg/list-8-4.html">4</a> <a href="/html/tzgg/list-8-5.html">5</a> <span>6</span> <a href="/html/tzgg/list-8-7.html">7</a> <a href="/html/tzgg/list-8-8.html">8</a> ... <a href="/html/tzgg/list-8-12.html">12</a> <a href="/html/tzgg/list-8-7.html" class="a1">下一页</a></div>
</div>
<div class="col-auto">
 <div class="box"><h5 class="title-2">热点通知</h5><ul class="content">
 <li><a href="/html/tzgg/2023/0428/905.html">关于2023年“五一”劳动节放假安排的通知</a><span>2023-04-28</span></li>
 <li><a href="/html/tzgg/2023/0410/889.html">2023年高中学业水平考试报名须知</a><span>2023-04-10</span></li>
 <li><a href="/html/xwzx/2023/0322/871.html">我校召开高三二模考试质量分析会</a><span>2023-03-22</span></li>
 </ul></div>
</div>
</div>
<div class="footer">地址：沙溪县滨江路56号 电话：0598-5556789<br />版权所有 沙溪县第二中学 闽ICP备11023456号</div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(f'  <li><span class="rt">{d}</span>·<a href="{h}" target="_blank">{t}</a></li>' for h, t, d in DOTS_ROWS),
)

# ---------------------------------------------------------------------------------------------------------------
# 6. an old ASP article system on page 3 of 7, GBK: the pager is four words alone, 第一页 上一页 下一页 最后一页,
#    no count and no 页次 (this page's number only in the URL, ?page=3; the last in 最后一页's link)
# ---------------------------------------------------------------------------------------------------------------

FOUR_WORDS_ROWS = (
    ("ArticleShow.asp?ArticleID=845", "桃溪小学开展春季传染病预防知识讲座", "2023-03-28"),
    ("ArticleShow.asp?ArticleID=842", "我校举行“学雷锋”志愿服务表彰会", "2023-03-24"),
    ("ArticleShow.asp?ArticleID=838", "二年级开展“快乐识字”闯关活动", "2023-03-20"),
    ("ArticleShow.asp?ArticleID=835", "学校组织教师参加信息化教学能力培训", "2023-03-16"),
    ("ArticleShow.asp?ArticleID=831", "我校少先队大队委改选工作顺利完成", "2023-03-13"),
    ("ArticleShow.asp?ArticleID=827", "桃溪小学召开2023年春季家长会", "2023-03-09"),
    ("ArticleShow.asp?ArticleID=824", "学校开展“三八”妇女节教职工趣味活动", "2023-03-08"),
    ("ArticleShow.asp?ArticleID=819", "我校开展学生视力筛查工作", "2023-03-03"),
)

FOUR_WORDS = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>校园动态 - 桃溪镇中心小学</title>
<link href="../Skin/style.css" rel="stylesheet" type="text/css">
</head>
<body>
<div id="top"><img src="../Images/banner.jpg" width="980" height="140" alt=""></div>
<div id="menu"><a href="../Default.asp">首　页</a> <a href="ArticleList.asp?ClassID=1">学校简介</a> <a href="ArticleList.asp?ClassID=7">校园动态</a>
<a href="ArticleList.asp?ClassID=8">通知公告</a> <a href="ArticleList.asp?ClassID=9">教学园地</a> <a href="ArticleList.asp?ClassID=10">德育之窗</a>
<a href="ArticleList.asp?ClassID=11">少先队</a> <a href="ArticleList.asp?ClassID=12">安全教育</a> <a href="ArticleList.asp?ClassID=13">家校共育</a>
<a href="../Guest/Guest.asp">校长信箱</a></div>
<div id="main">
<div id="left">
 <div class="lbox"><div class="lbox_title">栏目导航</div><ul><li><a href="ArticleList.asp?ClassID=7">校园动态</a></li><li><a href="ArticleList.asp?ClassID=8">通知公告</a></li><li><a href="ArticleList.asp?ClassID=14">获奖喜报</a></li></ul></div>
 <div class="lbox"><div class="lbox_title">热门文章</div><ul>
 <li><a href="ArticleShow.asp?ArticleID=880">桃溪小学2023年一年级新生招生简章</a> <font color="#999999">(2023-04-26)</font></li>
 <li><a href="ArticleShow.asp?ArticleID=866">我校学生在县艺术节中获佳绩</a> <font color="#999999">(2023-04-12)</font></li>
 <li><a href="ArticleShow.asp?ArticleID=851">清明节假期安全告家长书</a> <font color="#999999">(2023-04-03)</font></li>
 </ul></div>
</div>
<div id="right">
 <div class="wz">您的位置：<a href="../Default.asp">首页</a> &gt;&gt; <a href="ArticleList.asp?ClassID=7">校园动态</a></div>
 <ul class="artlist">
{rows}
 </ul>
 <div class="pager"><a href="ArticleList.asp?ClassID=7&page=1">第一页</a>&nbsp;<a href="ArticleList.asp?ClassID=7&page=2">上一页</a>&nbsp;<a href="ArticleList.asp?ClassID=7&page=4">下一页</a>&nbsp;<a href="ArticleList.asp?ClassID=7&page=7">最后一页</a></div>
</div>
</div>
<div id="foot">桃溪镇中心小学 版权所有 地址：桃溪镇学前路1号<br>苏ICP备05076543号</div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'  <li><a href="{h}" target="_blank">{t}</a><span class="date">{d}</span></li>' for h, t, d in FOUR_WORDS_ROWS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 7. DedeCMS with the template's own jump box as its only pager, GBK: <select> options whose values are bare page
#    numbers, the URL made in onchange (location.href='list_12_'+this.value+'.html'); no links, no count
# ---------------------------------------------------------------------------------------------------------------

NUMBER_SELECT_ROWS = (
    ("/xwdt/2023/0506/2231.html", "青石乡召开2023年春耕生产推进会", "2023-05-06"),
    ("/xwdt/2023/0429/2226.html", "青石乡开展“五一”节前安全生产检查", "2023-04-29"),
    ("/xwdt/2023/0424/2220.html", "青石乡举办农村实用技术培训班", "2023-04-24"),
    ("/xwdt/2023/0418/2213.html", "乡党委召开党建工作专题会议", "2023-04-18"),
    ("/xwdt/2023/0411/2207.html", "青石乡启动人居环境整治百日攻坚行动", "2023-04-11"),
    ("/xwdt/2023/0404/2199.html", "青石乡组织开展森林防火应急演练", "2023-04-04"),
    ("/xwdt/2023/0328/2192.html", "青石乡召开乡村振兴工作推进会", "2023-03-28"),
    ("/xwdt/2023/0321/2186.html", "青石乡开展春季动物防疫工作", "2023-03-21"),
)

NUMBER_SELECT = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>新闻动态_青石乡人民政府</title>
<link href="/templets/qs/css/style.css" rel="stylesheet" media="screen" type="text/css" />
</head>
<body>
<div class="top"><img src="/templets/qs/images/top.jpg" alt="青石乡人民政府" /></div>
<div class="nav"><ul>
<li><a href="/">网站首页</a></li><li><a href="/xqgk/">乡情概况</a></li><li><a href="/xwdt/">新闻动态</a></li><li><a href="/tzgg/">通知公告</a></li>
<li><a href="/zwgk/">政务公开</a></li><li><a href="/cwgk/">村务公开</a></li><li><a href="/bszn/">办事指南</a></li><li><a href="/zcfg/">政策法规</a></li>
<li><a href="/xczx/">乡村振兴</a></li><li><a href="/plus/guestbook.php">留言咨询</a></li>
</ul></div>
<div class="w960 clearfix">
<div class="pleft">
 <div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/xwdt/">新闻动态</a> &gt;</div>
 <div class="listbox"><ul class="e2">
{rows}
 </ul></div>
 <div class="dede_pages"><span>跳转到第</span><select name="sldd" onchange="location.href='list_12_'+this.value+'.html'"><option value="1" selected="selected">1</option><option value="2">2</option><option value="3">3</option><option value="4">4</option><option value="5">5</option><option value="6">6</option><option value="7">7</option><option value="8">8</option></select><span>页</span></div>
</div>
<div class="pright">
 <div class="commend"><dl><dt><strong>推荐内容</strong></dt><dd><ul>
 <li><a href="/tzgg/2023/0315/2178.html">青石乡2023年耕地地力保护补贴公示</a> <span>2023-03-15</span></li>
 <li><a href="/zwgk/2023/0307/2169.html">青石乡2023年政府工作报告</a> <span>2023-03-07</span></li>
 <li><a href="/xczx/2023/0228/2160.html">青石乡茶产业带动群众增收</a> <span>2023-02-28</span></li>
 </ul></dd></dl></div>
</div>
</div>
<div class="footer"><p>青石乡人民政府 版权所有 地址：青石乡青石街88号</p><p>黔ICP备13045678号</p></div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'  <li><a href="{h}" class="title">{t}</a><span class="info">日期：{d}</span></li>'
        for h, t, d in NUMBER_SELECT_ROWS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 8. Discuz! portal list: each row a <dl> of the title (<dt>), a thumbnail link to the same article and a summary,
#    then a line of 分类: <a> back to this very list and the date with its time (2023-5-6 10:23, month and day not
#    padded); the Discuz! pg pager
# ---------------------------------------------------------------------------------------------------------------

DISCUZ_ROWS = (
    ("portal.php?mod=view&aid=8812", "双龙镇老街改造工程正式开工", "2023-05-06"),
    ("portal.php?mod=view&aid=8807", "双龙镇第三届油菜花节圆满落幕", "2023-05-03"),
    ("portal.php?mod=view&aid=8799", "镇卫生院开展义诊进村活动", "2023-04-27"),
    ("portal.php?mod=view&aid=8791", "双龙中学学子获市级演讲比赛一等奖", "2023-04-22"),
    ("portal.php?mod=view&aid=8786", "双龙镇新建三座便民桥投入使用", "2023-04-15"),
    ("portal.php?mod=view&aid=8778", "镇文化站举办春季书画展", "2023-04-09"),
)

DISCUZ_SUMMARIES = (
    "5月5日上午，双龙镇老街改造工程举行开工仪式，项目总投资约两千万元，预计年底完工……",
    "为期十天的油菜花节吸引游客三万余人次，带动周边农家乐收入明显增长……",
    "镇卫生院组织医务人员走进五个行政村，为群众免费测量血压、血糖……",
    "在近日举行的市级中学生演讲比赛中，双龙中学两名学生分获一等奖和三等奖……",
    "由镇政府统筹建设的三座便民桥日前全部完工，方便了沿河群众出行……",
    "本次书画展共展出本地书画爱好者作品八十余幅，展期一个月……",
)

DISCUZ_TIMES = (
    "2023-5-6 10:23",
    "2023-5-3 16:05",
    "2023-4-27 09:41",
    "2023-4-22 11:18",
    "2023-4-15 08:52",
    "2023-4-9 15:30",
)

DISCUZ = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>本地新闻 - 双龙在线 -  Powered by Discuz!</title>
<meta name="generator" content="Discuz! X3.4" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Xk2" />
</head>
<body id="nv_portal" class="pg_list">
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="javascript:;" onclick="setHomepage('http://www.shuanglong.example.cn/');">设为首页</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="双龙在线"><img src="static/image/common/logo.png" alt="双龙在线" border="0" /></a></h2></div>
<div id="nv"><ul>
<li class="a" id="mn_portal"><a href="portal.php" hidefocus="true">门户</a></li><li id="mn_forum"><a href="forum.php" hidefocus="true">论坛</a></li>
<li><a href="portal.php?mod=list&amp;catid=4">本地新闻</a></li><li><a href="portal.php?mod=list&amp;catid=5">便民信息</a></li><li><a href="portal.php?mod=list&amp;catid=6">美食旅游</a></li>
<li><a href="portal.php?mod=list&amp;catid=7">招聘求职</a></li><li><a href="portal.php?mod=list&amp;catid=8">房产家居</a></li><li><a href="portal.php?mod=list&amp;catid=9">教育培训</a></li>
<li id="mn_home"><a href="home.php" hidefocus="true">家园</a></li>
</ul></div></div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">双龙在线</a> <em>&rsaquo;</em> <a href="portal.php">门户</a> <em>&rsaquo;</em> 本地新闻</div></div>
<div id="ct" class="ct2 wp cl">
<div class="mn">
<div class="bm">
<div class="bm_h cl"><h1 class="xs2">本地新闻</h1></div>
<div class="bm_c xld">
{rows}
</div>
</div>
<div class="pgs cl"><div class="pg"><strong>1</strong><a href="portal.php?mod=list&amp;catid=4&amp;page=2">2</a><a href="portal.php?mod=list&amp;catid=4&amp;page=3">3</a><a href="portal.php?mod=list&amp;catid=4&amp;page=4">4</a><a href="portal.php?mod=list&amp;catid=4&amp;page=5">5</a><a href="portal.php?mod=list&amp;catid=4&amp;page=11" class="last">... 11</a><label><input type="text" name="custompage" class="px" size="2" title="输入页码，按回车快速跳转" value="1" /><span title="共 11 页"> / 11 页</span></label><a href="portal.php?mod=list&amp;catid=4&amp;page=2" class="nxt">下一页</a></div></div>
</div>
<div class="sd pph">
<div class="bm"><div class="bm_h cl"><h2>热门文章</h2></div><div class="bm_c"><ul class="xl xl1">
<li><a href="portal.php?mod=view&aid=8702">双龙镇2023年春季招聘会岗位汇总</a> <span class="xg1">2023-3-18</span></li>
<li><a href="portal.php?mod=view&aid=8688">老街美食地图出炉</a> <span class="xg1">2023-3-11</span></li>
<li><a href="portal.php?mod=view&aid=8671">双龙至县城公交线路调整</a> <span class="xg1">2023-3-2</span></li>
</ul></div></div>
</div>
</div>
</div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="forum.php?mod=misc&action=showdarkroom">小黑屋</a><span class="pipe">|</span><strong><a href="http://www.shuanglong.example.cn/" target="_blank">双龙在线</a></strong> ( <a href="https://beian.miit.gov.cn/" target="_blank">渝ICP备15012345号-1</a> )</p></div>
<div id="frt"><p>Powered by <strong>Discuz!</strong> <em>X3.4</em></p><p class="xs0">版权所有 双龙在线</p></div></div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'<dl class="bbda cl">\n<dt class="xs2"><a href="{h}" target="_blank" class="xi2">{t}</a></dt>\n'
        f'<dd class="xs2 cl"><div class="atc"><a href="{h}" target="_blank"><img src="data/attachment/portal/2023'
        f'{d[5:7]}/{d[8:]}/10{n}233xq{n}.jpg.thumb.jpg" alt="" class="tn" /></a></div>{s}</dd>\n'
        f'<dd><label>分类: <a href="portal.php?mod=list&catid=4" class="xi1">本地新闻</a></label>'
        f'<span class="xg1"> {when}</span></dd>\n</dl>'
        for n, ((h, t, d), s, when) in enumerate(zip(DISCUZ_ROWS, DISCUZ_SUMMARIES, DISCUZ_TIMES))
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 9. an ajax-filled list: the page's <ul id="newsList"> and its pager <div> are empty, a script fills them from
#    /api/; the rows and the pager a reader without scripts sees stand only in a <noscript> under them
# ---------------------------------------------------------------------------------------------------------------

NOSCRIPT_ROWS = (
    ("/zwdt/bmdt/202305/t20230506_88123.html", "区农业农村局开展春季农资打假专项行动", "2023-05-06"),
    ("/zwdt/bmdt/202305/t20230505_88117.html", "区市场监管局召开食品安全工作推进会", "2023-05-05"),
    ("/zwdt/bmdt/202304/t20230428_88059.html", "区人社局举办“春风行动”专场招聘会", "2023-04-28"),
    ("/zwdt/bmdt/202304/t20230425_88031.html", "区卫健委开展爱国卫生月集中活动", "2023-04-25"),
    ("/zwdt/bmdt/202304/t20230420_87996.html", "区住建局部署城镇燃气安全排查整治", "2023-04-20"),
    ("/zwdt/bmdt/202304/t20230414_87950.html", "区应急管理局组织防汛应急演练", "2023-04-14"),
    ("/zwdt/bmdt/202304/t20230410_87922.html", "区生态环境局开展饮用水源地巡查", "2023-04-10"),
    ("/zwdt/bmdt/202304/t20230404_87877.html", "区文旅局推出清明假期文旅惠民活动", "2023-04-04"),
)

NOSCRIPT = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>部门动态_鹤山区人民政府</title>
<link rel="stylesheet" href="/static/css/main.css">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>欢迎访问鹤山区人民政府门户网站</span><a href="/wza/">无障碍</a> <a href="/m/">手机版</a></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/static/images/logo.png" alt="鹤山区人民政府"></a></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li class="on"><a href="/zwdt/">政务动态</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zcwj/">政策文件</a></li>
<li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/sjkf/">数据开放</a></li><li><a href="/zjhs/">走进鹤山</a></li>
</ul></div>
<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwdt/">政务动态</a> &gt; <span>部门动态</span></div>
<div class="w1200 clearfix">
 <div class="sub-left"><h2>政务动态</h2><ul>
  <li><a href="/zwdt/hsyw/">鹤山要闻</a></li><li class="on"><a href="/zwdt/bmdt/">部门动态</a></li><li><a href="/zwdt/zjdt/">镇街动态</a></li>
  <li><a href="/zwdt/tzgg/">通知公告</a></li><li><a href="/zwdt/mtjj/">媒体聚焦</a></li>
 </ul></div>
 <div class="sub-right">
  <div class="sub-title">部门动态</div>
  <ul id="newsList" class="news-list"></ul>
  <div id="pageBar" class="page"></div>
  <noscript>
  <ul class="news-list">
{rows}
  </ul>
  <div class="page">共 6 页 当前第 1 页 <a href="/zwdt/bmdt/index_2.html">下一页</a> <a href="/zwdt/bmdt/index_6.html">尾页</a></div>
  </noscript>
 </div>
</div>
<script>
$(function () {
  $.getJSON('/api/article/list', {channel: 'bmdt', page: 1, size: 15}, function (res) {
    var html = '';
    $.each(res.data.list, function (i, a) { html += '<li><a href="' + a.url + '" target="_blank">' + a.title + '</a><span>' + a.pubDate + '</span></li>'; });
    $('#newsList').html(html);
    renderPager('#pageBar', res.data.page, res.data.pages);
  });
});
</script>
<div class="footer"><div class="w1200"><p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p>
<p>主办：鹤山区人民政府办公室 版权所有 网站标识码：4403070002 粤ICP备12045678号 粤公网安备44030702000456号</p></div></div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <li><a href="{h}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>' for h, t, d in NOSCRIPT_ROWS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 10. WordPress (a school office's blog, zh_CN): each row an <article>, the title in <h2 class="entry-title">, then a
#     meta line under it whose date, 2023年5月6日 (WordPress's Chinese date format), is itself a link to the post,
#     beside the author's link; a 分类 link in the row's footer; the_posts_pagination (/page/2/)
# ---------------------------------------------------------------------------------------------------------------

WP_HOST = "https://xsc.qxxy.example.edu.cn"

WP_ROWS = (
    (f"{WP_HOST}/2023/05/06/notice-1532/", "关于开展2023年度“优秀学生干部”评选工作的通知", "2023-05-06"),
    (f"{WP_HOST}/2023/04/28/notice-1526/", "关于做好“五一”假期学生安全管理工作的通知", "2023-04-28"),
    (f"{WP_HOST}/2023/04/21/notice-1519/", "关于2023年家庭经济困难学生认定复核的通知", "2023-04-21"),
    (f"{WP_HOST}/2023/04/14/notice-1511/", "关于举办第七届大学生心理情景剧大赛的通知", "2023-04-14"),
    (f"{WP_HOST}/2023/04/03/notice-1502/", "关于2023年春季学期国家助学金发放的通知", "2023-04-03"),
    (f"{WP_HOST}/2023/03/27/notice-1494/", "关于开展学生宿舍安全卫生检查的通知", "2023-03-27"),
)

WP_SHOWN = ("2023年5月6日", "2023年4月28日", "2023年4月21日", "2023年4月14日", "2023年4月3日", "2023年3月27日")

WP_SUMMARIES = (
    "根据学校学生评优工作安排，现就2023年度“优秀学生干部”评选工作有关事项通知如下",
    "“五一”假期将至，为确保学生假期安全，现将有关事项通知如下",
    "为做好家庭经济困难学生资助工作，学生处将对本年度认定结果进行复核",
    "为丰富校园文化生活，普及心理健康知识，学校决定举办第七届大学生心理情景剧大赛",
    "2023年春季学期国家助学金将于近日发放，请受助学生注意查收",
    "为营造安全整洁的住宿环境，学生处将于下周开展学生宿舍安全卫生检查",
)

WORDPRESS = """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>通知公告 &#8211; 青溪学院学生工作处</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="青溪学院学生工作处 &raquo; 通知公告分类Feed" href="https://xsc.qxxy.example.edu.cn/category/notice/feed/" />
<link rel='stylesheet' id='twentyseventeen-style-css' href='https://xsc.qxxy.example.edu.cn/wp-content/themes/twentyseventeen/style.css?ver=20230328' media='all' />
</head>
<body class="archive category category-notice category-3 hfeed has-sidebar page-two-column">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">跳至内容</a>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="https://xsc.qxxy.example.edu.cn/" rel="home">青溪学院学生工作处</a></p><p class="site-description">立德树人 服务学生</p></div>
<nav id="site-navigation" class="main-navigation" aria-label="顶部菜单"><ul id="top-menu" class="menu">
<li class="menu-item"><a href="https://xsc.qxxy.example.edu.cn/">首页</a></li>
<li class="menu-item"><a href="https://xsc.qxxy.example.edu.cn/about/">机构概况</a></li>
<li class="menu-item current-menu-item"><a href="https://xsc.qxxy.example.edu.cn/category/notice/" aria-current="page">通知公告</a></li>
<li class="menu-item"><a href="https://xsc.qxxy.example.edu.cn/category/news/">工作动态</a></li>
<li class="menu-item"><a href="https://xsc.qxxy.example.edu.cn/category/zizhu/">学生资助</a></li>
<li class="menu-item"><a href="https://xsc.qxxy.example.edu.cn/category/xinli/">心理健康</a></li>
<li class="menu-item"><a href="https://xsc.qxxy.example.edu.cn/category/gongyu/">公寓管理</a></li>
<li class="menu-item"><a href="https://xsc.qxxy.example.edu.cn/category/files/">规章制度</a></li>
<li class="menu-item"><a href="https://xsc.qxxy.example.edu.cn/download/">下载中心</a></li>
</ul></nav>
</header>
<div class="site-content-contain"><div id="content" class="site-content"><div class="wrap">
<header class="page-header"><h1 class="page-title">分类：<span>通知公告</span></h1></header>
<div id="primary" class="content-area"><main id="main" class="site-main">
{rows}
<nav class="navigation pagination" aria-label="文章"><h2 class="screen-reader-text">文章导航</h2><div class="nav-links"><span aria-current="page" class="page-numbers current"><span class="meta-nav screen-reader-text">页 </span>1</span>
<a class="page-numbers" href="https://xsc.qxxy.example.edu.cn/category/notice/page/2/"><span class="meta-nav screen-reader-text">页 </span>2</a>
<a class="page-numbers" href="https://xsc.qxxy.example.edu.cn/category/notice/page/3/"><span class="meta-nav screen-reader-text">页 </span>3</a>
<a class="next page-numbers" href="https://xsc.qxxy.example.edu.cn/category/notice/page/2/"><span class="screen-reader-text">下一页</span></a></div></nav>
</main></div>
<aside id="secondary" class="widget-area" aria-label="博客边栏">
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2><ul>
<li><a href="https://xsc.qxxy.example.edu.cn/2023/05/05/news-1530/">学生处召开辅导员工作例会</a><span class="post-date">2023年5月5日</span></li>
<li><a href="https://xsc.qxxy.example.edu.cn/2023/04/26/news-1523/">我校举办“5&#183;25”心理健康月启动仪式</a><span class="post-date">2023年4月26日</span></li>
<li><a href="https://xsc.qxxy.example.edu.cn/2023/04/18/news-1515/">学生宿舍文化节系列活动开幕</a><span class="post-date">2023年4月18日</span></li>
</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">分类</h2><ul>
<li class="cat-item cat-item-3 current-cat"><a aria-current="page" href="https://xsc.qxxy.example.edu.cn/category/notice/">通知公告</a></li>
<li class="cat-item cat-item-4"><a href="https://xsc.qxxy.example.edu.cn/category/news/">工作动态</a></li>
<li class="cat-item cat-item-5"><a href="https://xsc.qxxy.example.edu.cn/category/zizhu/">学生资助</a></li>
</ul></section>
</aside>
</div></div>
<footer id="colophon" class="site-footer"><div class="wrap"><div class="site-info">版权所有 &copy; 青溪学院学生工作处 <a href="https://beian.miit.gov.cn/" target="_blank">皖ICP备10034567号</a> 自豪地采用WordPress</div></div></footer>
</div></div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'<article id="post-{h.rsplit("-", 1)[1][:-1]}" class="post type-post status-publish format-standard hentry '
        f'category-notice">\n<header class="entry-header">\n<h2 class="entry-title"><a href="{h}" rel="bookmark">{t}'
        f'</a></h2>\n<div class="entry-meta"><span class="posted-on"><span class="screen-reader-text">发布于 </span>'
        f'<a href="{h}" rel="bookmark"><time class="entry-date published updated" datetime="{d}T09:{10 + n}:00+08:00">'
        f'{shown}</time></a></span><span class="byline"> 作者 <span class="author vcard"><a class="url fn n" '
        f'href="{WP_HOST}/author/xscadmin/">学生处</a></span></span></div>\n</header>\n'
        f'<div class="entry-summary"><p>{s}&hellip; <a href="{h}" class="more-link">继续阅读</a></p></div>\n'
        f'<footer class="entry-footer"><span class="cat-links">分类 <a href="{WP_HOST}/category/notice/" '
        f'rel="category tag">通知公告</a></span></footer>\n</article>'
        for n, ((h, t, d), shown, s) in enumerate(zip(WP_ROWS, WP_SHOWN, WP_SUMMARIES))
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 11. an old ASP school site, GBK: the rows dated with a two-digit year in brackets, [23-05-06] (FormatDate yy-mm-dd)
# ---------------------------------------------------------------------------------------------------------------

SHORT_YEAR_ROWS = (
    ("/Article/ShowArticle.asp?ArticleID=2231", "我校召开2023年春季学期期中教学工作会议", "2023-05-06"),
    ("/Article/ShowArticle.asp?ArticleID=2227", "高二年级举行“成人礼”主题教育活动", "2023-04-29"),
    ("/Article/ShowArticle.asp?ArticleID=2222", "学校开展消防安全知识进课堂活动", "2023-04-25"),
    ("/Article/ShowArticle.asp?ArticleID=2216", "我校举办第二十届科技文化艺术节", "2023-04-19"),
    ("/Article/ShowArticle.asp?ArticleID=2210", "龙泉一中教师赴兄弟学校交流学习", "2023-04-13"),
    ("/Article/ShowArticle.asp?ArticleID=2205", "我校开展国家安全教育日宣传活动", "2023-04-11"),
    ("/Article/ShowArticle.asp?ArticleID=2199", "学校召开2023届高考备考研讨会", "2023-04-07"),
    ("/Article/ShowArticle.asp?ArticleID=2192", "龙泉一中组织学生参观县城市规划馆", "2023-03-31"),
)

SHORT_YEAR = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>校园新闻 - 龙泉县第一中学</title>
<link href="/Skin/Default/Style.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="950" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/Skin/Default/top.jpg" width="950" height="160"></td></tr></table>
<table width="950" border="0" align="center" cellpadding="0" cellspacing="0" class="menu"><tr><td align="center">
<a href="/">网站首页</a> | <a href="/Article/ShowClass.asp?ClassID=1">学校概况</a> | <a href="/Article/ShowClass.asp?ClassID=5">校园新闻</a> | <a href="/Article/ShowClass.asp?ClassID=6">通知公告</a> |
<a href="/Article/ShowClass.asp?ClassID=7">教学教研</a> | <a href="/Article/ShowClass.asp?ClassID=8">德育园地</a> | <a href="/Article/ShowClass.asp?ClassID=9">团委之窗</a> |
<a href="/Article/ShowClass.asp?ClassID=10">高考专栏</a> | <a href="/Soft/">资源下载</a> | <a href="/GuestBook/">留言本</a>
</td></tr></table>
<table width="950" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="230" valign="top">
 <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="title_l">热门文章</td></tr>
 <tr><td class="box_l">
 ·<a href="/Article/ShowArticle.asp?ArticleID=2150">我校2023届高考百日誓师大会举行</a> <font color="#999999">[23-02-25]</font><br>
 ·<a href="/Article/ShowArticle.asp?ArticleID=2136">龙泉一中2023年春季开学典礼</a> <font color="#999999">[23-02-13]</font><br>
 ·<a href="/Article/ShowArticle.asp?ArticleID=2121">寒假致家长的一封信</a> <font color="#999999">[23-01-12]</font>
 </td></tr></table>
</td>
<td width="720" valign="top" style="padding-left:10px">
 <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="guide">您现在的位置：&nbsp;<a href="/">龙泉县第一中学</a>&nbsp;&gt;&gt;&nbsp;<a href="/Article/ShowClass.asp?ClassID=5">校园新闻</a>&nbsp;&gt;&gt;&nbsp;文章列表</td></tr></table>
 <table width="100%" border="0" cellspacing="0" cellpadding="0" class="list">
{rows}
 </table>
 <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td align="center">共 <b>93</b> 篇文章&nbsp;&nbsp;页次：<strong><font color="red">1</font>/8</strong>页&nbsp;&nbsp;<b>12</b>篇文章/页&nbsp;&nbsp;首页 上一页&nbsp;<a href="/Article/ShowClass.asp?ClassID=5&page=2">下一页</a>&nbsp;<a href="/Article/ShowClass.asp?ClassID=5&page=8">尾页</a></td></tr></table>
</td>
</tr>
</table>
<table width="950" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom"><tr><td align="center">
版权所有 龙泉县第一中学 地址：龙泉县学院路9号 电话：0578-5551357<br>浙ICP备06032145号</td></tr></table>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'<tr><td height="24" class="listbg">·<a href="{h}" target="_blank">{t}</a></td>'
        f'<td width="80" align="right" class="listbg"><font color="#999999">[{d[2:]}]</font></td></tr>'
        for h, t, d in SHORT_YEAR_ROWS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 12. VSB (博达) rows dated 5月6日 (no year on the page: the reader sees month and day only); a VSB p_pages pager
#     counting down (page 2 of 8 is tzgg/7.htm)
# ---------------------------------------------------------------------------------------------------------------

MONTH_DAY_ROWS = (
    ("info/1012/3456.htm", "关于2023年上半年全国大学英语四六级考试报名的通知", "2023-05-06"),
    ("info/1012/3451.htm", "关于开展2023年春季学期期中教学检查的通知", "2023-04-28"),
    ("info/1012/3447.htm", "关于组织申报2023年校级教学改革研究项目的通知", "2023-04-21"),
    ("info/1012/3440.htm", "关于2023届毕业生毕业论文（设计）答辩工作安排的通知", "2023-04-14"),
    ("info/1012/3436.htm", "关于公布2022-2023学年第一学期优秀教案评选结果的通知", "2023-04-07"),
    ("info/1012/3429.htm", "关于做好2023年普通专升本考试考务工作的通知", "2023-03-30"),
    ("info/1012/3423.htm", "关于开展课程思政示范课程建设的通知", "2023-03-22"),
    ("info/1012/3418.htm", "关于2023年春季学期重修报名的通知", "2023-03-15"),
)

MONTH_DAY = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>通知公告-临水学院教务处</title>
<meta name="pageType" content="2">
<meta name="pageTitle" content="通知公告">
<meta name="Generator" content="VSB">
<link href="dfiles/11502/css/style.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/system/resource/js/dynclicks.js"></script>
</head>
<body>
<div class="head"><div class="wrap"><a href="index.htm" class="logo"><img src="images/logo.png" alt="临水学院教务处"></a></div></div>
<div class="nav"><ul class="wrap">
<li><a href="index.htm">首页</a></li><li><a href="jgsz.htm">机构设置</a></li><li class="on"><a href="tzgg.htm">通知公告</a></li><li><a href="jwdt.htm">教务动态</a></li>
<li><a href="jxyx.htm">教学运行</a></li><li><a href="ksgl.htm">考试管理</a></li><li><a href="jxjs.htm">教学建设</a></li><li><a href="sjjx.htm">实践教学</a></li>
<li><a href="gzzd.htm">规章制度</a></li><li><a href="xzzq.htm">下载专区</a></li>
</ul></div>
<div class="wrap clearfix">
 <div class="left">
  <div class="lm-name">信息发布</div>
  <ul class="lm-list"><li class="on"><a href="tzgg.htm">通知公告</a></li><li><a href="jwdt.htm">教务动态</a></li><li><a href="ksap.htm">考试安排</a></li></ul>
  <div class="side-box"><h3>考试安排</h3><ul>
   <li><a href="info/1015/3449.htm">2022-2023学年第二学期期中考试安排</a><span>4月26日</span></li>
   <li><a href="info/1015/3412.htm">2023年上半年计算机等级考试考场安排</a><span>3月10日</span></li>
  </ul></div>
 </div>
 <div class="right">
  <div class="pos">当前位置: <a href="index.htm">首页</a> &gt;&gt; <a href="tzgg.htm">通知公告</a></div>
  <ul class="list">
{rows}
  </ul>
  <div class="pb_sys_common pb_sys_normal pb_sys_style1"><span class="p_t">共91条</span> <span class="p_pages"><span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span><span class="p_no_d">1</span><span class="p_no"><a href="tzgg/7.htm">2</a></span><span class="p_no"><a href="tzgg/6.htm">3</a></span><span class="p_no"><a href="tzgg/5.htm">4</a></span><span class="p_no"><a href="tzgg/4.htm">5</a></span><span class="p_dot">...</span><span class="p_no"><a href="tzgg/1.htm">8</a></span><span class="p_next p_fun"><a href="tzgg/7.htm">下页</a></span><span class="p_last p_fun"><a href="tzgg/1.htm">尾页</a></span></span></div>
 </div>
</div>
<div class="foot"><div class="wrap">版权所有：临水学院教务处 地址：临水市大学路1号 邮编：323000 浙ICP备05021478号</div></div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <li id="line_u8_{n}"><a href="{h}" title="{t}">{t}</a><span>{int(d[5:7])}月{int(d[8:])}日</span></li>'
        for n, (h, t, d) in enumerate(MONTH_DAY_ROWS)
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 13. TRS 信息公开 部门动态: each row's title link, then a [发布机构] link to that office's own column (a second link,
#     to a hub, after the title), then the date; TRS createPageHTML
# ---------------------------------------------------------------------------------------------------------------

DEPT_ROWS = (
    ("./202305/t20230506_7712345.html", "县发改局召开重点项目前期工作推进会", "2023-05-06", "../fgj/", "县发改局"),
    ("./202305/t20230505_7712298.html", "县财政局开展预算绩效管理业务培训", "2023-05-05", "../czj/", "县财政局"),
    ("./202304/t20230428_7711876.html", "县自然资源局部署地质灾害防治工作", "2023-04-28", "../zrzyj/", "县自然资源局"),
    ("./202304/t20230426_7711702.html", "县交通运输局开展道路运输安全检查", "2023-04-26", "../jtysj/", "县交通运输局"),
    ("./202304/t20230421_7711433.html", "县发改局开展粮食安全宣传周活动", "2023-04-21", "../fgj/", "县发改局"),
    ("./202304/t20230418_7711259.html", "县水利局召开防汛备汛工作会议", "2023-04-18", "../slj/", "县水利局"),
    ("./202304/t20230413_7710988.html", "县商务局举办外贸企业政策宣讲会", "2023-04-13", "../swj/", "县商务局"),
    ("./202304/t20230407_7710644.html", "县财政局启动国有资产清查工作", "2023-04-07", "../czj/", "县财政局"),
)

DEPT = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta name="SiteName" content="清河县人民政府" />
<meta name="ColumnName" content="部门动态" />
<meta name="ColumnType" content="部门动态" />
<title>部门动态_清河县人民政府</title>
<link rel="stylesheet" href="../../images/qh.css" />
</head>
<body>
<div class="top"><div class="w1200"><a href="../../" class="logo"><img src="../../images/logo.png" alt="清河县人民政府" /></a></div></div>
<div class="nav"><ul class="w1200">
<li><a href="../../">首页</a></li><li class="on"><a href="../../zwdt/">政务动态</a></li><li><a href="../../xxgk/">信息公开</a></li><li><a href="../../bsfw/">办事服务</a></li>
<li><a href="../../hdjl/">互动交流</a></li><li><a href="../../zjqh/">走进清河</a></li><li><a href="../../ztzl/">专题专栏</a></li>
</ul></div>
<div class="w1200 crumb">您当前的位置：<a href="../../">首页</a> &gt; <a href="../">政务动态</a> &gt; <span>部门动态</span></div>
<div class="w1200 clearfix">
 <div class="left">
  <div class="left-t">部门动态</div>
  <ul class="left-menu">
   <li><a href="../fgj/">县发改局</a></li><li><a href="../czj/">县财政局</a></li><li><a href="../zrzyj/">县自然资源局</a></li><li><a href="../jtysj/">县交通运输局</a></li>
   <li><a href="../slj/">县水利局</a></li><li><a href="../swj/">县商务局</a></li><li><a href="../jyj/">县教育局</a></li><li><a href="../wjj/">县卫健局</a></li>
  </ul>
 </div>
 <div class="right">
  <ul class="list">
{rows}
  </ul>
  <div class="page"><script>createPageHTML(8, 0, "index", "html");</script></div>
  <div class="hot"><h3>热点关注</h3><ul>
   <li><a href="../qhyw/202304/t20230425_7711655.html">清河县召开2023年一季度经济形势分析会</a><span>2023-04-25</span></li>
   <li><a href="../tzgg/202304/t20230417_7711190.html">清河县2023年事业单位公开招聘公告</a><span>2023-04-17</span></li>
   <li><a href="../qhyw/202304/t20230410_7710801.html">县领导调研乡村振兴示范村建设</a><span>2023-04-10</span></li>
  </ul></div>
 </div>
</div>
<div class="footer"><p><a href="../../wzdt/">网站地图</a> | <a href="../../lxwm/">联系我们</a></p>
<p>主办：清河县人民政府办公室 版权所有 网站标识码：1305340001 冀ICP备08012345号</p></div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <li><a href="{h}" target="_blank" title="{t}">{t}</a><a class="dept" href="{dh}" target="_blank">[{dn}]</a>'
        f"<span>{d}</span></li>"
        for h, t, d, dh, dn in DEPT_ROWS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 14. EmpireCMS, GBK: a table of two columns, two rows side by side in each <tr> (read left, then right, then the
#     next <tr>); the EmpireCMS epages pager (index_2.html)
# ---------------------------------------------------------------------------------------------------------------

TWO_UP_ROWS = (
    ("/xxxw/2023-05-06/1296.html", "长岭小学举办第五届校园艺术节", "2023-05-06"),
    ("/xxxw/2023-05-04/1293.html", "我校开展“五四”主题升旗仪式", "2023-05-04"),
    ("/xxxw/2023-04-27/1289.html", "长岭小学组织学生春季研学活动", "2023-04-27"),
    ("/xxxw/2023-04-24/1285.html", "学校开展世界读书日亲子阅读活动", "2023-04-24"),
    ("/xxxw/2023-04-19/1281.html", "我校教师参加县数学教学研讨会", "2023-04-19"),
    ("/xxxw/2023-04-14/1277.html", "长岭小学开展防溺水安全教育", "2023-04-14"),
    ("/xxxw/2023-04-10/1272.html", "学校举行春季趣味运动会", "2023-04-10"),
    ("/xxxw/2023-04-04/1268.html", "少先队员开展清明缅怀先烈活动", "2023-04-04"),
    ("/xxxw/2023-03-29/1263.html", "长岭小学迎接县教育局督导检查", "2023-03-29"),
    ("/xxxw/2023-03-24/1259.html", "我校开展垃圾分类进校园活动", "2023-03-24"),
)


def _two_up(rows):
    cells = [
        f'<td width="50%" class="ll"><img src="/skin/default/images/dot.gif" /> <a href="{h}" target="_blank">{t}</a> '
        f'<span class="date">{d}</span></td>'
        for h, t, d in rows
    ]
    return "\n".join(f"<tr>{cells[i]}{cells[i + 1]}</tr>" for i in range(0, len(cells), 2))


TWO_UP = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>学校新闻 - 长岭镇中心小学</title>
<link href="/skin/default/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><img src="/skin/default/images/top.jpg" alt="长岭镇中心小学" /></div>
<div class="menu"><a href="/">首页</a><a href="/xxgk/">学校概况</a><a href="/xxxw/">学校新闻</a><a href="/tzgg/">通知公告</a><a href="/jxjy/">教学教研</a>
<a href="/dyyd/">德育园地</a><a href="/sxd/">少先队</a><a href="/jsfc/">教师风采</a><a href="/xszp/">学生作品</a><a href="/e/tool/gbook/?bid=1">留言板</a></div>
<div class="main">
<div class="left">
 <div class="lbox"><h3>点击排行</h3><ul>
 <li><a href="/tzgg/2023-03-01/1241.html">长岭小学2023年春季开学通知</a> <span>2023-03-01</span></li>
 <li><a href="/xxxw/2023-02-20/1233.html">我校召开新学期教职工大会</a> <span>2023-02-20</span></li>
 <li><a href="/tzgg/2023-01-10/1219.html">寒假安全致家长的一封信</a> <span>2023-01-10</span></li>
 </ul></div>
</div>
<div class="right">
 <div class="position">您当前的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/xxxw/">学校新闻</a></div>
 <table width="100%" border="0" cellspacing="0" cellpadding="0" class="newslist">
{rows}
 </table>
 <div class="epages"><a title="Total record">&nbsp;<b>118</b> </a>&nbsp;&nbsp;&nbsp;<b>1</b>&nbsp;<a href="/xxxw/index_2.html">2</a>&nbsp;<a href="/xxxw/index_3.html">3</a>&nbsp;<a href="/xxxw/index_4.html">4</a>&nbsp;<a href="/xxxw/index_5.html">5</a>&nbsp;<a href="/xxxw/index_2.html">下一页</a>&nbsp;<a href="/xxxw/index_12.html">尾页</a></div>
</div>
</div>
<div class="footer">长岭镇中心小学 版权所有 地址：长岭镇解放路3号<br />鄂ICP备12056789号</div>
</body>
</html>
""".replace("{rows}", _two_up(TWO_UP_ROWS))


CASES = [
    BaseHrefCase(
        "trap-jsp-base-href",
        "http://jyj.meiling.example.gov.cn/portal/news/list.jsp?typeid=3",
        BASE_HREF,
        BASE_HREF_ROWS,
        (1, 9, "http://jyj.meiling.example.gov.cn/portal/news/list.jsp?typeid=3&pageNo=2"),
        base="http://jyj.meiling.example.gov.cn/portal/",
    ),
    ListCase(
        "trap-redirect-script-rows",
        "http://www.yunxi.example.gov.cn/html/xwzx/",
        REDIRECT,
        REDIRECT_ROWS,  # stored as written: /r.php?url=… (a click lands on the url= target through a redirect)
        (1, 4, "http://www.yunxi.example.gov.cn/html/xwzx/list-5-2.html"),
    ),
    ListCase(
        "trap-asp-seq-cell-linked-gbk",
        "http://www.flzx.example.cn/news/NewsList.asp?BigClassID=3",
        SEQ_LINKED,
        SEQ_LINKED_ROWS,
        (1, 9, "http://www.flzx.example.cn/news/NewsList.asp?BigClassID=3&page=2"),
        gbk=True,
    ),
    ListCase(
        "trap-jeecms-numbers-only-pager",
        "http://www.stsy.example.cn/xxdt/index.jhtml",
        NUMBERS_ONLY,
        NUMBERS_ONLY_ROWS,
        (1, 5, "http://www.stsy.example.cn/xxdt/index_2.jhtml"),
    ),
    ListCase(
        "trap-phpcms-dots-pager-page-6",
        "http://www.sx2z.example.cn/html/tzgg/list-8-6.html",
        DOTS,
        DOTS_ROWS,
        (6, 12, "http://www.sx2z.example.cn/html/tzgg/list-8-7.html"),
    ),
    ListCase(
        "trap-asp-four-word-pager-page-3-gbk",
        "http://www.txzx.example.cn/Article/ArticleList.asp?ClassID=7&page=3",
        FOUR_WORDS,
        FOUR_WORDS_ROWS,
        (3, 7, "http://www.txzx.example.cn/Article/ArticleList.asp?ClassID=7&page=4"),
        gbk=True,
    ),
    ListCase(
        "trap-dede-number-select-gbk",
        "http://www.qingshi.example.gov.cn/xwdt/list_12_1.html",
        NUMBER_SELECT,
        NUMBER_SELECT_ROWS,
        (1, 8, "http://www.qingshi.example.gov.cn/xwdt/list_12_2.html"),
        gbk=True,
    ),
    ListCase(
        "trap-discuz-portal-category-line",
        "http://www.shuanglong.example.cn/portal.php?mod=list&catid=4",
        DISCUZ,
        DISCUZ_ROWS,
        (1, 11, "http://www.shuanglong.example.cn/portal.php?mod=list&catid=4&page=2"),
    ),
    ListCase(
        "trap-ajax-rows-in-noscript",
        "http://www.heshan.example.gov.cn/zwdt/bmdt/index.html",
        NOSCRIPT,
        NOSCRIPT_ROWS,
        (1, 6, "http://www.heshan.example.gov.cn/zwdt/bmdt/index_2.html"),
    ),
    ListCase(
        "trap-wordpress-date-link-meta-line",
        f"{WP_HOST}/category/notice/",
        WORDPRESS,
        WP_ROWS,
        (1, 3, f"{WP_HOST}/category/notice/page/2/"),
    ),
    ListCase(
        "trap-two-digit-year-gbk",
        "http://www.lqyz.example.cn/Article/ShowClass.asp?ClassID=5",
        SHORT_YEAR,
        SHORT_YEAR_ROWS,
        (1, 8, "http://www.lqyz.example.cn/Article/ShowClass.asp?ClassID=5&page=2"),
        gbk=True,
    ),
    ListCase(
        "trap-vsb-month-day-chinese",
        "http://jwc.lsxy.example.edu.cn/tzgg.htm",
        MONTH_DAY,
        MONTH_DAY_ROWS,
        (1, 8, "http://jwc.lsxy.example.edu.cn/tzgg/7.htm"),
        year_shown=False,
    ),
    ListCase(
        "trap-trs-dept-link-after-title",
        "http://www.qinghe.example.gov.cn/zwdt/bmdt/index.html",
        DEPT,
        tuple(r[:3] for r in DEPT_ROWS),
        (1, 8, "http://www.qinghe.example.gov.cn/zwdt/bmdt/index_1.html"),
    ),
    ListCase(
        "trap-empire-two-rows-per-tr-gbk",
        "http://www.clxx.example.cn/xxxw/",
        TWO_UP,
        TWO_UP_ROWS,
        (1, 12, "http://www.clxx.example.cn/xxxw/index_2.html"),
        gbk=True,
    ),
]
