"""List pages whose rows or pager hold a trap real Chinese school and government sites have, not in
tests/test_list_families.py, tests/family_lists_more.py, tests/family_lists_gov.py or tests/test_pager_families.py:

rows whose date comes first in a <span> and whose title link is second, inside a <p>; a blog-like list of <h3><a>
titles, each followed by a <p> summary and a <div class="meta">发布时间：… 浏览：…</div> (no li); rows whose first
link is a picture (alt text) and whose title is a second link to the same URL in a <span> beside it; a <table> whose
header row 标题 | 发布单位 | 发布日期 is made of sort links back to the list itself; rows dated 05-06 under a 2023年
heading of a year's archive; a pager whose current page is an <input value="3"> box with 共8页 and 上一页/下一页; a
pager of /list/3/2/ paths (category 3, page 2); a pager of only « and » arrows and page numbers on page 3; rows
separated by <br> with the date before the link; the list page of a frameset's right frame with a 前页 后页 pager.

Each page carries the chrome of its kind (a menu, a breadcrumb, a left menu, a side box of dated 热点 rows that are
not the list's rows, a footer with 版权所有/ICP) and states what a reader sees: its rows (URL, title, day) and its pager
(this page, the last page, the URL of the page after this one). Names, hosts and numbers are made up; no page is
copied from a real site."""

from family_page import ListCase


def _side(rows, tag="li"):
    """A side box's dated 热点 rows (not the list's rows)."""
    return "\n".join(f'<{tag}><a href="{h}" target="_blank">{t}</a><span>{d}</span></{tag}>' for h, t, d in rows)


# ---------------------------------------------------------------------------------------------------------------
# 1. the date first in a <span>, the title link second inside a <p> (<li><span class="time">2023-05-06</span>
#    <p><a …>…</a></p></li>), a school site on a JSP CMS; a numbered ?pageNo=2 pager
# ---------------------------------------------------------------------------------------------------------------

SPAN_P_ROWS = (
    ("/info/1021/4388.htm", "关于做好2023年“五一”劳动节假期安全工作的通知", "2023-05-06"),
    ("/info/1021/4381.htm", "2023年春季学期期中教学检查工作安排", "2023-04-27"),
    ("/info/1021/4375.htm", "关于举办第十届校园科技节的通知", "2023-04-20"),
    ("/info/1021/4369.htm", "关于开展2023年度优秀青年教师评选的通知", "2023-04-14"),
    ("/info/1021/4360.htm", "清明节放假及调课安排", "2023-04-03"),
    ("/info/1021/4352.htm", "关于组织参加全市中学生心理健康知识竞赛的通知", "2023-03-28"),
    ("/info/1021/4347.htm", "2023年春季运动会项目报名须知", "2023-03-21"),
    ("/info/1021/4339.htm", "关于调整春季作息时间的通知", "2023-03-13"),
)

SPAN_P = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>通知公告-柳沙县第一中学</title>
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<div class="top"><div class="w1200"><img src="/images/logo.png" alt="柳沙县第一中学"></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/index.htm">首页</a></li><li><a href="/xxgk.htm">学校概况</a></li><li><a href="/xwdt.htm">新闻动态</a></li>
<li><a href="/tzgg.htm">通知公告</a></li><li><a href="/jxky.htm">教学科研</a></li><li><a href="/dyyd.htm">德育园地</a></li>
<li><a href="/dqgz.htm">党群工作</a></li><li><a href="/zsxx.htm">招生信息</a></li><li><a href="/xxgk1.htm">信息公开</a></li>
</ul></div>
<div class="main w1200">
 <div class="left">
  <div class="lmenu"><h2>通知公告</h2><ul>
   <li><a href="/xwdt.htm">学校新闻</a></li><li class="on"><a href="/tzgg.htm">通知公告</a></li><li><a href="/xsdt.htm">学术动态</a></li>
  </ul></div>
  <div class="hot"><h3>热点新闻</h3><ul>
{side}
  </ul></div>
 </div>
 <div class="right">
  <div class="weizhi">当前位置：<a href="/index.htm">首页</a> &gt; <a href="/tzgg.htm">通知公告</a></div>
  <ul class="list">
{rows}
  </ul>
  <div class="pages">共39条 1/5页 <a href="/tzgg.jsp?wbtreeid=1021&pageNo=1">首页</a> <span class="cur">1</span> <a href="/tzgg.jsp?wbtreeid=1021&pageNo=2">2</a> <a href="/tzgg.jsp?wbtreeid=1021&pageNo=3">3</a> <a href="/tzgg.jsp?wbtreeid=1021&pageNo=2">下一页</a> <a href="/tzgg.jsp?wbtreeid=1021&pageNo=5">尾页</a></div>
 </div>
</div>
<div class="foot">版权所有 柳沙县第一中学 地址：柳沙县学府路1号 湘ICP备12003456号</div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <li><span class="time">{d}</span><p><a href="{h}" target="_blank">{t}</a></p></li>'
        for h, t, d in SPAN_P_ROWS
    ),
).replace(
    "{side}",
    _side(
        (
            ("/info/1011/4390.htm", "我校学子在全省青少年科技创新大赛中获一等奖", "2023-05-08"),
            ("/info/1011/4371.htm", "学校召开2023年高考百日冲刺动员大会", "2023-04-18"),
            ("/info/1011/4344.htm", "柳沙一中举行2023年春季开学典礼", "2023-03-16"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 2. a blog-like list (WordPress theme of a 学院 news column): <h3><a> titles, each followed by a <p> summary and a
#    <div class="meta">发布时间：2023-05-06 浏览：123</div>, no li; the pager is WordPress page-numbers (/page/2/)
# ---------------------------------------------------------------------------------------------------------------

BLOG_ROWS = (
    ("https://wxy.ljxy.example.edu.cn/2023/05/06/spring-forum/", "文学院举办2023年春季青年学者论坛", "2023-05-06"),
    ("https://wxy.ljxy.example.edu.cn/2023/04/26/reading-month/", "文学院“书香校园”读书月活动圆满结束", "2023-04-26"),
    (
        "https://wxy.ljxy.example.edu.cn/2023/04/18/teaching-contest/",
        "我院教师在学校青年教师教学竞赛中获佳绩",
        "2023-04-18",
    ),
    ("https://wxy.ljxy.example.edu.cn/2023/04/07/visiting-scholar/", "北方某大学教授来我院作学术报告", "2023-04-07"),
    ("https://wxy.ljxy.example.edu.cn/2023/03/29/thesis-check/", "文学院开展2023届毕业论文中期检查", "2023-03-29"),
    ("https://wxy.ljxy.example.edu.cn/2023/03/15/party-lesson/", "文学院党委书记讲授专题党课", "2023-03-15"),
)

BLOG_SUMMARY = (
    "5月6日，文学院在学术报告厅举办2023年春季青年学者论坛，来自省内多所高校的青年教师参加……",
    "历时一个月的读书月活动共举办读书分享会十二场，参与学生八百余人次……",
    "在近日落幕的学校第九届青年教师教学竞赛中，我院两名教师分获一等奖和二等奖……",
    "4月7日下午，应我院邀请，北方某大学教授作题为“古典诗词的现代阅读”的学术报告……",
    "为保证毕业论文质量，学院组织专家对2023届本科毕业论文进行中期检查……",
    "3月15日，文学院党委书记以“奋进新征程”为题，为全院师生党员讲授专题党课……",
)

BLOG = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>学院新闻 &#8211; 丽江学院文学院</title>
<link rel='stylesheet' href='https://wxy.ljxy.example.edu.cn/wp-content/themes/college/style.css' type='text/css' media='all' />
</head>
<body class="archive category category-news">
<header id="masthead"><div class="site-branding"><a href="https://wxy.ljxy.example.edu.cn/" rel="home">丽江学院文学院</a></div>
<nav id="site-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="https://wxy.ljxy.example.edu.cn/">首页</a></li>
<li class="menu-item"><a href="https://wxy.ljxy.example.edu.cn/about/">学院概况</a></li>
<li class="menu-item current-menu-item"><a href="https://wxy.ljxy.example.edu.cn/category/news/">学院新闻</a></li>
<li class="menu-item"><a href="https://wxy.ljxy.example.edu.cn/category/notice/">通知公告</a></li>
<li class="menu-item"><a href="https://wxy.ljxy.example.edu.cn/category/teaching/">本科教学</a></li>
<li class="menu-item"><a href="https://wxy.ljxy.example.edu.cn/category/graduate/">研究生教育</a></li>
<li class="menu-item"><a href="https://wxy.ljxy.example.edu.cn/category/research/">科学研究</a></li>
<li class="menu-item"><a href="https://wxy.ljxy.example.edu.cn/category/students/">学生工作</a></li>
<li class="menu-item"><a href="https://wxy.ljxy.example.edu.cn/category/party/">党建工作</a></li>
</ul></nav></header>
<div id="content" class="site-content">
<aside id="secondary" class="widget-area">
 <section class="widget widget_nav_menu"><h2 class="widget-title">栏目导航</h2><ul class="menu">
  <li><a href="https://wxy.ljxy.example.edu.cn/category/news/">学院新闻</a></li>
  <li><a href="https://wxy.ljxy.example.edu.cn/category/notice/">通知公告</a></li>
  <li><a href="https://wxy.ljxy.example.edu.cn/category/lecture/">学术讲座</a></li>
 </ul></section>
 <section class="widget widget_hot"><h2 class="widget-title">热点文章</h2><ul>
{side}
 </ul></section>
</aside>
<main id="main" class="site-main">
<div class="breadcrumbs">当前位置：<a href="https://wxy.ljxy.example.edu.cn/">首页</a> &raquo; <a href="https://wxy.ljxy.example.edu.cn/category/news/">学院新闻</a></div>
<h1 class="page-title">分类：学院新闻</h1>
<div class="post-list">
{rows}
</div>
<nav class="navigation pagination" role="navigation"><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span>
<a class="page-numbers" href="https://wxy.ljxy.example.edu.cn/category/news/page/2/">2</a>
<a class="page-numbers" href="https://wxy.ljxy.example.edu.cn/category/news/page/3/">3</a>
<span class="page-numbers dots">&hellip;</span>
<a class="page-numbers" href="https://wxy.ljxy.example.edu.cn/category/news/page/11/">11</a>
<a class="next page-numbers" href="https://wxy.ljxy.example.edu.cn/category/news/page/2/">下一页</a></div></nav>
</main>
</div>
<footer id="colophon"><div class="site-info">Copyright &copy; 2023 丽江学院文学院 版权所有 滇ICP备05001234号</div></footer>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'<h3 class="entry-title"><a href="{h}" rel="bookmark">{t}</a></h3>\n<p class="excerpt">{s}</p>\n'
        f'<div class="meta">发布时间：{d} 浏览：{100 + 37 * i}</div>'
        for i, ((h, t, d), s) in enumerate(zip(BLOG_ROWS, BLOG_SUMMARY))
    ),
).replace(
    "{side}",
    _side(
        (
            (
                "https://wxy.ljxy.example.edu.cn/2023/05/10/admission/",
                "文学院2023年研究生复试录取名单公示",
                "2023-05-10",
            ),
            ("https://wxy.ljxy.example.edu.cn/2023/04/12/award/", "我院学生获全国大学生写作大赛特等奖", "2023-04-12"),
            ("https://wxy.ljxy.example.edu.cn/2023/03/02/opening/", "文学院召开新学期工作部署会", "2023-03-02"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 3. each row's first link is a picture (<a><img alt="…"></a>), its title a second link to the same URL in a
#    <span class="tit"> beside it, then the date (a MetInfo-like picture news column); a news_list_2.html pager
# ---------------------------------------------------------------------------------------------------------------

IMG_ALT_ROWS = (
    ("/news/shownews.php?id=612", "我园开展“快乐六一”亲子游园活动", "2023-05-31"),
    ("/news/shownews.php?id=605", "大班幼儿走进小学体验一日生活", "2023-05-19"),
    ("/news/shownews.php?id=598", "幼儿园举行春季消防疏散演练", "2023-05-06"),
    ("/news/shownews.php?id=590", "中班开展“种子发芽啦”种植活动", "2023-04-21"),
    ("/news/shownews.php?id=583", "我园教师参加县学前教育教研活动", "2023-04-11"),
    ("/news/shownews.php?id=577", "小班幼儿清明节主题活动", "2023-04-03"),
)

IMG_ALT = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<title>园所动态-柳沙县实验幼儿园</title>
</head>
<body>
<div class="met-head"><div class="container"><a href="/" class="logo"><img src="/upload/202101/logo.png" alt="柳沙县实验幼儿园" /></a>
<ul class="met-nav">
<li><a href="/">网站首页</a></li><li><a href="/about/">园所概况</a></li><li class="active"><a href="/news/">园所动态</a></li>
<li><a href="/notice/">通知公告</a></li><li><a href="/teach/">保教工作</a></li><li><a href="/parent/">家园共育</a></li>
<li><a href="/health/">卫生保健</a></li><li><a href="/join/">招生信息</a></li><li><a href="/contact/">联系我们</a></li>
</ul></div></div>
<div class="container">
 <div class="sidebar">
  <div class="sidebar-nav"><h3>园所动态</h3><ul><li><a href="/news/">园所新闻</a></li><li><a href="/notice/">通知公告</a></li><li><a href="/photo/">精彩瞬间</a></li></ul></div>
  <div class="sidebar-hot"><h3>热门信息</h3><ul>
{side}
  </ul></div>
 </div>
 <div class="met-content">
  <div class="met-crumbs">当前位置：<a href="/">网站首页</a> &gt; <a href="/news/">园所动态</a></div>
  <ul class="img-news">
{rows}
  </ul>
  <div class="met-pager"><a href="/news/news_list_1.html" class="PreA">上一页</a> <a href="/news/news_list_1.html" class="Ahover">1</a> <a href="/news/news_list_2.html">2</a> <a href="/news/news_list_3.html">3</a> <a href="/news/news_list_4.html">4</a> <a href="/news/news_list_2.html" class="NextA">下一页</a></div>
 </div>
</div>
<div class="met-foot">柳沙县实验幼儿园 版权所有 2023 湘ICP备15008899号-1</div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <li><a href="{h}" class="pic"><img src="/upload/2023{d[5:7]}/{i}.jpg" alt="{t}" width="240" height="160" /></a>'
        f'<span class="tit"><a href="{h}">{t}</a></span><span class="date">{d}</span></li>'
        for i, (h, t, d) in enumerate(IMG_ALT_ROWS)
    ),
).replace(
    "{side}",
    _side(
        (
            ("/notice/shownews.php?id=611", "2023年秋季新生入园报名公告", "2023-05-29"),
            ("/notice/shownews.php?id=596", "“五一”假期放假通知及安全提示", "2023-04-27"),
            ("/notice/shownews.php?id=571", "关于春季传染病预防的温馨提示", "2023-03-20"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 4. a 信息公开 <table> whose header row 标题 | 发布单位 | 发布日期 is made of sort links back to the list itself
#    (list.aspx?cid=5&orderby=title), GBK; an ASP.NET pager of ?cid=5&page=2 with 共9页
# ---------------------------------------------------------------------------------------------------------------

SORT_HEAD_ROWS = (
    ("content.aspx?id=20871", "柳沙县2023年城乡居民医疗保险参保缴费公告", "柳沙县医疗保障局", "2023-05-06"),
    ("content.aspx?id=20864", "关于公布2023年第一批农业产业化重点龙头企业名单的通知", "柳沙县农业农村局", "2023-04-28"),
    ("content.aspx?id=20855", "柳沙县2023年一季度国民经济运行情况", "柳沙县统计局", "2023-04-20"),
    ("content.aspx?id=20847", "关于做好2023年防汛抗旱工作的通知", "柳沙县应急管理局", "2023-04-12"),
    ("content.aspx?id=20840", "柳沙县2023年春季植树造林工作方案", "柳沙县林业局", "2023-03-30"),
    ("content.aspx?id=20832", "关于开展2023年安全生产月活动的通知", "柳沙县安全生产委员会办公室", "2023-03-24"),
    ("content.aspx?id=20826", "柳沙县2022年度政府信息公开工作年度报告", "柳沙县人民政府办公室", "2023-03-17"),
)

SORT_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>柳沙县人民政府--通知公告</title>
</head>
<body>
<form name="form1" method="post" action="list.aspx?cid=5" id="form1">
<div class="head"><img src="images/banner.jpg" alt="柳沙县人民政府" /></div>
<div class="menu"><a href="index.aspx">首页</a> | <a href="list.aspx?cid=1">政务要闻</a> | <a href="list.aspx?cid=2">部门动态</a> |
<a href="list.aspx?cid=3">乡镇动态</a> | <a href="list.aspx?cid=5">通知公告</a> | <a href="list.aspx?cid=6">政策文件</a> |
<a href="list.aspx?cid=7">政府信息公开</a> | <a href="list.aspx?cid=8">办事服务</a> | <a href="list.aspx?cid=9">互动交流</a></div>
<table width="1000" align="center" cellspacing="0" cellpadding="0"><tr>
<td width="240" valign="top">
 <div class="lm"><div class="lm_t">政务公开</div><a href="list.aspx?cid=5">通知公告</a><br /><a href="list.aspx?cid=6">政策文件</a><br /><a href="list.aspx?cid=10">人事信息</a></div>
 <div class="hot"><div class="hot_t">热点信息</div><ul>
{side}
 </ul></div>
</td>
<td valign="top">
 <div class="position">您的位置：<a href="index.aspx">首页</a> &gt;&gt; <a href="list.aspx?cid=5">通知公告</a></div>
 <table class="gklist" width="100%" cellspacing="0" cellpadding="0">
 <tr class="head"><td><a href="list.aspx?cid=5&orderby=title">标题</a></td><td width="200"><a href="list.aspx?cid=5&orderby=unit">发布单位</a></td><td width="100"><a href="list.aspx?cid=5&orderby=date">发布日期</a></td></tr>
{rows}
 </table>
 <div class="pager">共61条记录 共9页 当前第1页 <a href="list.aspx?cid=5&page=1">首页</a> <a href="list.aspx?cid=5&page=2">下一页</a> <a href="list.aspx?cid=5&page=9">末页</a></div>
</td>
</tr></table>
<div class="foot">主办：柳沙县人民政府办公室 版权所有<br />湘ICP备05012345号 网站标识码4312990001</div>
</form>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'<tr><td><a href="{h}" target="_blank">{t}</a></td><td>{u}</td><td>{d}</td></tr>'
        for h, t, u, d in SORT_HEAD_ROWS
    ),
).replace(
    "{side}",
    _side(
        (
            ("content.aspx?id=20880", "柳沙县召开2023年经济工作推进会", "2023-05-09"),
            ("content.aspx?id=20850", "县政府常务会议研究部署春耕生产工作", "2023-04-15"),
            ("content.aspx?id=20819", "柳沙县优化营商环境十条措施出台", "2023-03-10"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 5. rows dated 05-06 in a year's archive: the year only in the <h2>2023年</h2> heading over the rows (and the
#    archive's URL); the reader dates the rows 2023; a DedeCMS list_12_2.html pager
# ---------------------------------------------------------------------------------------------------------------

YEAR_HEAD_ROWS = (
    ("/a/xwzx/2023/0512/1433.html", "我校举行2023年春季田径运动会", "2023-05-12"),
    ("/a/xwzx/2023/0506/1427.html", "学校开展防溺水安全教育主题班会", "2023-05-06"),
    ("/a/xwzx/2023/0425/1418.html", "七年级学生赴县青少年活动中心研学", "2023-04-25"),
    ("/a/xwzx/2023/0418/1410.html", "我校教师在县优质课评比中获奖", "2023-04-18"),
    ("/a/xwzx/2023/0404/1399.html", "学校组织师生开展清明祭英烈活动", "2023-04-04"),
    ("/a/xwzx/2023/0322/1388.html", "我校举办“学雷锋”志愿服务展示活动", "2023-03-22"),
    ("/a/xwzx/2023/0310/1376.html", "学校召开2023年春季开学工作会议", "2023-03-10"),
)

YEAR_HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<title>2023年 - 新闻中心 - 柳沙县第三中学</title>
</head>
<body>
<div class="header"><div class="w1000"><img src="/templets/lszx/images/logo.png" alt="柳沙县第三中学" /></div></div>
<div class="nav w1000"><a href="/">首页</a><a href="/a/xxgk/">学校概况</a><a href="/a/xwzx/">新闻中心</a><a href="/a/tzgg/">通知公告</a>
<a href="/a/jxky/">教学科研</a><a href="/a/dyjy/">德育教育</a><a href="/a/jsfc/">教师风采</a><a href="/a/xsyd/">学生园地</a><a href="/a/djgz/">党建工作</a></div>
<div class="w1000 main">
 <div class="left">
  <div class="lbox"><div class="lbox-t">新闻中心</div><ul><li><a href="/a/xwzx/">全部新闻</a></li><li><a href="/a/xwzx/2023/">2023年</a></li><li><a href="/a/xwzx/2022/">2022年</a></li><li><a href="/a/xwzx/2021/">2021年</a></li></ul></div>
  <div class="lbox"><div class="lbox-t">热点排行</div><ul>
{side}
  </ul></div>
 </div>
 <div class="right">
  <div class="place">当前位置：<a href="/">首页</a> &gt; <a href="/a/xwzx/">新闻中心</a> &gt; <a href="/a/xwzx/2023/">2023年</a></div>
  <h2 class="year">2023年</h2>
  <ul class="list">
{rows}
  </ul>
  <div class="dede_pages"><ul class="pagelist"><li><a>首页</a></li><li class="thisclass"><a>1</a></li><li><a href="list_12_2.html">2</a></li><li><a href="list_12_3.html">3</a></li><li><a href="list_12_2.html">下一页</a></li><li><a href="list_12_3.html">末页</a></li><li><span class="pageinfo">共 <strong>3</strong>页<strong>41</strong>条</span></li></ul></div>
 </div>
</div>
<div class="footer">Copyright &copy; 柳沙县第三中学 版权所有 湘ICP备10023456号</div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(f'   <li><a href="{h}" target="_blank">{t}</a><span>{d[5:]}</span></li>' for h, t, d in YEAR_HEAD_ROWS),
).replace(
    "{side}",
    _side(
        (
            ("/a/tzgg/2023/0508/1429.html", "2023年中考体育考试安排", "2023-05-08"),
            ("/a/xwzx/2022/1216/1302.html", "我校获评市级文明校园", "2022-12-16"),
            ("/a/tzgg/2023/0301/1370.html", "2023年春季学期校历", "2023-03-01"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 6. page 3 of 8: the current page an <input value="3"> jump box with 共8页 beside it and 上一页/下一页 links (no
#    page numbers), an ASP site, GBK
# ---------------------------------------------------------------------------------------------------------------

INPUT_ROWS = (
    ("shownews.asp?id=1187", "关于2023年教师资格认定工作的通告", "2023-03-02"),
    ("shownews.asp?id=1183", "全县中小学春季开学安全检查情况通报", "2023-02-24"),
    ("shownews.asp?id=1180", "关于做好2023年义务教育招生入学准备工作的通知", "2023-02-17"),
    ("shownews.asp?id=1176", "柳沙县2023年教育工作要点", "2023-02-10"),
    ("shownews.asp?id=1171", "关于寒假期间校外培训机构专项治理的通报", "2023-02-03"),
    ("shownews.asp?id=1168", "2022年度全县教育系统先进集体和个人名单", "2023-01-16"),
    ("shownews.asp?id=1164", "关于做好2023年寒假学生安全工作的通知", "2023-01-09"),
    ("shownews.asp?id=1160", "柳沙县2022年义务教育质量监测结果通报", "2023-01-03"),
)

INPUT_BOX = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>工作动态_柳沙县教育局</title>
</head>
<body>
<table width="960" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="images/top.jpg" width="960" height="110" alt="柳沙县教育局"></td></tr>
<tr><td class="menu"><a href="index.asp">首页</a> <a href="news.asp?classid=1">工作动态</a> <a href="news.asp?classid=2">通知公告</a> <a href="news.asp?classid=3">政策法规</a>
<a href="news.asp?classid=4">招生考试</a> <a href="news.asp?classid=5">教育督导</a> <a href="news.asp?classid=6">基层学校</a> <a href="news.asp?classid=7">信息公开</a> <a href="mail.asp">局长信箱</a></td></tr></table>
<table width="960" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="220" valign="top">
 <div class="lm_t">栏目导航</div><div class="lm"><a href="news.asp?classid=1">工作动态</a><br><a href="news.asp?classid=2">通知公告</a><br><a href="news.asp?classid=6">基层学校</a></div>
 <div class="lm_t">热点文章</div><ul class="hot">
{side}
 </ul>
</td>
<td valign="top">
 <div class="weizhi">当前位置：<a href="index.asp">首页</a> &gt;&gt; <a href="news.asp?classid=1">工作动态</a></div>
 <ul class="newslist">
{rows}
 </ul>
 <div class="page"><form name="pageform" method="get" action="news.asp"><input type="hidden" name="classid" value="1">
 <a href="news.asp?classid=1&page=1">首页</a> <a href="news.asp?classid=1&page=2">上一页</a> 第<input type="text" name="page" value="3" size="2">页 共8页 <a href="news.asp?classid=1&page=4">下一页</a> <a href="news.asp?classid=1&page=8">尾页</a> <input type="submit" value="GO"></form></div>
</td>
</tr></table>
<div class="bottom" align="center">柳沙县教育局 版权所有 地址：柳沙县人民路20号<br>湘ICP备05067890号</div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(f'  <li><a href="{h}" target="_blank">{t}</a><span>{d}</span></li>' for h, t, d in INPUT_ROWS),
).replace(
    "{side}",
    _side(
        (
            ("shownews.asp?id=1240", "2023年中考报名工作顺利结束", "2023-04-20"),
            ("shownews.asp?id=1222", "县教育局召开全县校长会议", "2023-03-28"),
            ("shownews.asp?id=1201", "柳沙县2023年义务教育招生政策解读", "2023-03-15"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 7. a pager of paths /list/3/2/ (category 3, page 2; page 1 is /list/3/): this page is page 2 of 6, and the next
#    is /list/3/3/ (the category and the page number the same digit)
# ---------------------------------------------------------------------------------------------------------------

PATH_ROWS = (
    ("/show/3/528/", "关于2023年暑假放假安排的通知", "2023-06-28"),
    ("/show/3/524/", "2023年教职工暑期培训安排", "2023-06-20"),
    ("/show/3/519/", "关于做好期末考试工作的通知", "2023-06-12"),
    ("/show/3/515/", "2023年端午节放假通知", "2023-06-05"),
    ("/show/3/511/", "关于开展校园安全隐患排查的通知", "2023-05-29"),
    ("/show/3/506/", "关于组织学生参加暑期社会实践的通知", "2023-05-22"),
    ("/show/3/502/", "学校食堂食品安全管理制度公示", "2023-05-15"),
    ("/show/3/498/", "关于征集校园文化建设建议的通知", "2023-05-08"),
)

PATH_PAGER = """<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<title>通知公告_柳沙县第二小学</title>
</head>
<body>
<div class="header"><div class="container"><a href="/" class="logo"><img src="/static/images/logo.png" alt="柳沙县第二小学"></a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/list/1/">学校简介</a></li><li><a href="/list/2/">校园新闻</a></li><li class="on"><a href="/list/3/">通知公告</a></li>
<li><a href="/list/4/">德育之窗</a></li><li><a href="/list/5/">教学天地</a></li><li><a href="/list/6/">教师风采</a></li><li><a href="/list/7/">学生作品</a></li><li><a href="/list/8/">家长学校</a></li></ul></div></div>
<div class="container main">
 <div class="side">
  <div class="side-menu"><h3>通知公告</h3><ul><li><a href="/list/3/">学校通知</a></li><li><a href="/list/9/">上级文件</a></li></ul></div>
  <div class="side-hot"><h3>热点</h3><ul>
{side}
  </ul></div>
 </div>
 <div class="content">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/list/3/">通知公告</a></div>
  <ul class="list">
{rows}
  </ul>
  <div class="pagination"><a href="/list/3/">首页</a> <a href="/list/3/">上一页</a> <a href="/list/3/">1</a> <span class="active">2</span> <a href="/list/3/3/">3</a> <a href="/list/3/4/">4</a> <a href="/list/3/5/">5</a> <a href="/list/3/6/">6</a> <a href="/list/3/3/">下一页</a> <a href="/list/3/6/">尾页</a></div>
 </div>
</div>
<div class="footer">版权所有 &copy; 柳沙县第二小学 湘ICP备18004567号-1</div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(f'   <li><a href="{h}">{t}</a><span class="date">{d}</span></li>' for h, t, d in PATH_ROWS),
).replace(
    "{side}",
    _side(
        (
            ("/show/2/530/", "我校举行庆“六一”文艺汇演", "2023-06-01"),
            ("/show/2/509/", "二小学子在县诗词大会中获奖", "2023-05-25"),
            ("/show/2/490/", "学校开展“劳动最光荣”主题活动", "2023-05-02"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 8. page 3 of 7 with only « and » arrows and page numbers (« goes to page 2, » to page 4; no word, no count),
#    ?p=3 links; a Layui-like school news list
# ---------------------------------------------------------------------------------------------------------------

ARROW_ROWS = (
    ("/news/detail?id=3381", "学校召开2023年招生工作专题会议", "2023-04-14"),
    ("/news/detail?id=3377", "高二年级举行成人礼仪式", "2023-04-10"),
    ("/news/detail?id=3372", "我校承办全市高中化学教学研讨会", "2023-04-06"),
    ("/news/detail?id=3366", "学校开展“世界读书日”系列活动预告", "2023-03-31"),
    ("/news/detail?id=3361", "高三年级召开第二次模拟考试质量分析会", "2023-03-27"),
    ("/news/detail?id=3357", "学校团委开展青年志愿者进社区活动", "2023-03-23"),
    ("/news/detail?id=3350", "我校篮球队获全市中学生篮球联赛冠军", "2023-03-18"),
)

ARROWS = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>校园新闻 | 柳沙县第四中学</title>
<link rel="stylesheet" href="/layui/css/layui.css">
</head>
<body>
<div class="layui-header"><div class="layui-container"><a class="logo" href="/"><img src="/img/logo.png" alt="柳沙县第四中学"></a>
<ul class="layui-nav"><li class="layui-nav-item"><a href="/">首页</a></li><li class="layui-nav-item"><a href="/about">学校概况</a></li>
<li class="layui-nav-item layui-this"><a href="/news">校园新闻</a></li><li class="layui-nav-item"><a href="/notice">通知公告</a></li>
<li class="layui-nav-item"><a href="/teach">教育教学</a></li><li class="layui-nav-item"><a href="/moral">德育工作</a></li>
<li class="layui-nav-item"><a href="/teacher">师资队伍</a></li><li class="layui-nav-item"><a href="/student">学生天地</a></li>
<li class="layui-nav-item"><a href="/party">党建工作</a></li></ul></div></div>
<div class="layui-container"><div class="layui-row layui-col-space20">
 <div class="layui-col-md3">
  <div class="side-nav"><h3>校园新闻</h3><a href="/news">学校要闻</a><a href="/news/media">媒体聚焦</a><a href="/news/photo">图片新闻</a></div>
  <div class="side-hot"><h3>热点</h3><ul>
{side}
  </ul></div>
 </div>
 <div class="layui-col-md9">
  <span class="layui-breadcrumb"><a href="/">首页</a><span lay-separator="">/</span><a href="/news">校园新闻</a></span>
  <ul class="news-list">
{rows}
  </ul>
  <div class="layui-box layui-laypage"><a href="/news?p=2" class="layui-laypage-prev">&laquo;</a><a href="/news?p=1">1</a><a href="/news?p=2">2</a><span class="layui-laypage-curr"><em>3</em></span><a href="/news?p=4">4</a><a href="/news?p=5">5</a><a href="/news?p=6">6</a><a href="/news?p=7">7</a><a href="/news?p=4" class="layui-laypage-next">&raquo;</a></div>
 </div>
</div></div>
<div class="footer">柳沙县第四中学 版权所有 湘ICP备16007788号</div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(f'   <li><a href="{h}">{t}</a><em class="date">{d}</em></li>' for h, t, d in ARROW_ROWS),
).replace(
    "{side}",
    _side(
        (
            ("/notice/detail?id=3390", "2023年高中招生简章", "2023-04-20"),
            ("/news/detail?id=3302", "我校在全市教学质量表彰会上获表彰", "2023-02-16"),
            ("/notice/detail?id=3295", "关于2023年春季开学的通知", "2023-02-08"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 9. rows separated by <br> in one <td>, the date before the link (2023-05-06 <a …>…</a><br>), an old ASP school
#    site, GBK; a 上一页/下一页 ?page=2 pager with 页次：1/4
# ---------------------------------------------------------------------------------------------------------------

BR_ROWS = (
    ("view.asp?id=935", "我校举行2023年春季教职工趣味运动会", "2023-05-06"),
    ("view.asp?id=931", "学校开展“五四”青年节主题团日活动", "2023-05-04"),
    ("view.asp?id=926", "九年级召开中考冲刺家长会", "2023-04-23"),
    ("view.asp?id=920", "我校教师参加全县信息技术应用能力培训", "2023-04-15"),
    ("view.asp?id=914", "学校组织开展地震应急疏散演练", "2023-04-08"),
    ("view.asp?id=909", "柳沙县第五中学开展义务植树活动", "2023-03-12"),
    ("view.asp?id=902", "学校举行“三八”妇女节教职工座谈会", "2023-03-08"),
)

BR_ROWS_HTML = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>柳沙县第五中学--校园新闻</title>
</head>
<body topmargin="0">
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/banner.gif" width="900" height="100" alt="柳沙县第五中学"></td></tr>
<tr><td class="dh" height="30"><a href="index.asp">学校首页</a> | <a href="list.asp?lb=1">学校简介</a> | <a href="list.asp?lb=2">校园新闻</a> | <a href="list.asp?lb=3">通知公告</a> |
<a href="list.asp?lb=4">教学教研</a> | <a href="list.asp?lb=5">德育之窗</a> | <a href="list.asp?lb=6">学生天地</a> | <a href="list.asp?lb=7">下载中心</a> | <a href="book.asp">留言板</a></td></tr>
</table>
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="200" valign="top" bgcolor="#F3F8FC">
 <table width="100%"><tr><td class="lt">栏目</td></tr><tr><td><a href="list.asp?lb=2">校园新闻</a><br><a href="list.asp?lb=3">通知公告</a><br><a href="list.asp?lb=4">教学教研</a></td></tr></table>
 <table width="100%"><tr><td class="lt">热点文章</td></tr>
{side}
 </table>
</td>
<td valign="top" style="padding:10px">
 <div class="wz">您现在的位置：<a href="index.asp">首页</a> &gt;&gt; <a href="list.asp?lb=2">校园新闻</a></div>
 <table width="100%"><tr><td class="newslist" style="line-height:28px">
{rows}
 </td></tr></table>
 <div align="center">页次：1/4 每页7条 共26条 首页 上一页 <a href="list.asp?lb=2&page=2">下一页</a> <a href="list.asp?lb=2&page=4">尾页</a></div>
</td>
</tr></table>
<table width="900" align="center"><tr><td align="center" class="copyright">版权所有：柳沙县第五中学 技术支持：柳沙网络<br>湘ICP备09012345号</td></tr></table>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(f'{d} <a href="{h}" target="_blank">{t}</a><br>' for h, t, d in BR_ROWS),
).replace(
    "{side}",
    _side(
        (
            ("view.asp?id=940", "我校中考体育测试成绩喜人", "2023-05-12"),
            ("view.asp?id=912", "学校召开家长委员会会议", "2023-04-11"),
            ("view.asp?id=899", "2023年春季开学典礼隆重举行", "2023-02-13"),
        ),
        tag="tr",
    )
    .replace("<tr><a", "<tr><td><a")
    .replace("</span></tr>", "</span></td></tr>"),
)

# ---------------------------------------------------------------------------------------------------------------
# 10. the list page of a frameset's right frame (main.asp?…; the menu is in the left frame page, the list page
#     carries its own strip of chrome), GBK; page 2 of 5 with a 前页 后页 pager (no 上一页/下一页)
# ---------------------------------------------------------------------------------------------------------------

FRAME_ROWS = (
    ("article.asp?id=2266", "关于2023年度村级财务公开情况的公示", "2023-04-12"),
    ("article.asp?id=2261", "东塘镇2023年春季动物防疫工作安排", "2023-04-06"),
    ("article.asp?id=2257", "关于开展农村人居环境整治月活动的通知", "2023-03-30"),
    ("article.asp?id=2250", "东塘镇2023年防汛应急预案", "2023-03-24"),
    ("article.asp?id=2244", "关于做好春耕备耕工作的通知", "2023-03-15"),
    ("article.asp?id=2239", "东塘镇2022年度政府信息公开工作年度报告", "2023-03-08"),
)

FRAME = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>东塘镇人民政府--政务公开</title>
<base target="_self">
</head>
<body leftmargin="0" topmargin="0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="topbar">
<a href="main.asp?lm=1" target="mainFrame">镇情概况</a> | <a href="main.asp?lm=2" target="mainFrame">政务公开</a> | <a href="main.asp?lm=3" target="mainFrame">工作动态</a> |
<a href="main.asp?lm=4" target="mainFrame">村务公开</a> | <a href="main.asp?lm=5" target="mainFrame">办事指南</a> | <a href="main.asp?lm=6" target="mainFrame">招商引资</a> | <a href="main.asp?lm=7" target="mainFrame">便民服务</a></td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="180" valign="top">
 <div class="sub"><b>政务公开</b><br><a href="main.asp?lm=2&sub=1">通知公告</a><br><a href="main.asp?lm=2&sub=2">财务公开</a><br><a href="main.asp?lm=2&sub=3">人事信息</a></div>
 <div class="hot"><b>热点信息</b><ul>
{side}
 </ul></div>
</td>
<td valign="top">
 <div class="nav">当前位置：<a href="main.asp" target="mainFrame">首页</a> &gt; <a href="main.asp?lm=2">政务公开</a></div>
 <table width="100%" class="list">
{rows}
 </table>
 <div class="fy">第2页/共5页 <a href="main.asp?lm=2&page=1">前页</a> <a href="main.asp?lm=2&page=3">后页</a></div>
</td>
</tr></table>
<div class="copy">东塘镇人民政府 版权所有 湘ICP备06004321号</div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'<tr><td width="12">·</td><td><a href="{h}" target="_blank">{t}</a></td><td width="90" align="right">{d}</td></tr>'
        for h, t, d in FRAME_ROWS
    ),
).replace(
    "{side}",
    _side(
        (
            ("article.asp?id=2281", "东塘镇召开2023年乡村振兴工作推进会", "2023-04-25"),
            ("article.asp?id=2232", "镇党委召开党史学习教育总结会", "2023-02-28"),
            ("article.asp?id=2210", "东塘镇开展春节前安全生产大检查", "2023-01-12"),
        )
    ),
)


CASES = [
    ListCase(
        "trap2-date-span-then-p-link",
        "http://www.lsyz.example.cn/tzgg.jsp?wbtreeid=1021",
        SPAN_P,
        SPAN_P_ROWS,
        (1, 5, "http://www.lsyz.example.cn/tzgg.jsp?wbtreeid=1021&pageNo=2"),
    ),
    ListCase(
        "trap2-blog-h3-summary-meta",
        "https://wxy.ljxy.example.edu.cn/category/news/",
        BLOG,
        BLOG_ROWS,
        (1, 11, "https://wxy.ljxy.example.edu.cn/category/news/page/2/"),
    ),
    ListCase(
        "trap2-image-alt-link-and-span-title",
        "http://www.lsyey.example.cn/news/",
        IMG_ALT,
        IMG_ALT_ROWS,
        (1, 4, "http://www.lsyey.example.cn/news/news_list_2.html"),
    ),
    ListCase(
        "trap2-table-sort-link-header-gbk",
        "http://www.lsx.example.gov.cn/list.aspx?cid=5",
        SORT_HEAD,
        tuple((h, t, d) for h, t, _, d in SORT_HEAD_ROWS),
        (1, 9, "http://www.lsx.example.gov.cn/list.aspx?cid=5&page=2"),
        gbk=True,
    ),
    ListCase(
        "trap2-month-day-under-year-heading",
        "http://www.lssz.example.cn/a/xwzx/2023/",
        YEAR_HEAD,
        YEAR_HEAD_ROWS,
        (1, 3, "http://www.lssz.example.cn/a/xwzx/2023/list_12_2.html"),
        # the page is the 2023 archive: <h2>2023年</h2> stands over the rows (and the URL and breadcrumb say 2023),
        # so a reader dates 05-06 as 2023-05-06 (unlike a page whose year tabs offer several years)
        year_shown=True,
    ),
    ListCase(
        "trap2-input-box-current-page-gbk",
        "http://jyj.lsx.example.gov.cn/news.asp?classid=1&page=3",
        INPUT_BOX,
        INPUT_ROWS,
        (3, 8, "http://jyj.lsx.example.gov.cn/news.asp?classid=1&page=4"),
        gbk=True,
    ),
    ListCase(
        "trap2-path-category-page",
        "http://www.lsex.example.cn/list/3/2/",
        PATH_PAGER,
        PATH_ROWS,
        (2, 6, "http://www.lsex.example.cn/list/3/3/"),
    ),
    ListCase(
        "trap2-arrows-and-numbers-page-3",
        "http://www.lssi.example.cn/news?p=3",
        ARROWS,
        ARROW_ROWS,
        (3, 7, "http://www.lssi.example.cn/news?p=4"),
    ),
    ListCase(
        "trap2-br-rows-date-first-gbk",
        "http://www.lswz.example.cn/list.asp?lb=2",
        BR_ROWS_HTML,
        BR_ROWS,
        (1, 4, "http://www.lswz.example.cn/list.asp?lb=2&page=2"),
        gbk=True,
    ),
    ListCase(
        "trap2-frame-page-qianye-houye-gbk",
        "http://www.dtz.example.gov.cn/main.asp?lm=2&page=2",
        FRAME,
        FRAME_ROWS,
        (2, 5, "http://www.dtz.example.gov.cn/main.asp?lm=2&page=3"),
        gbk=True,
    ),
]
