"""List pages whose pager, or whose choice of the list among the page's groups of links, holds a trap real Chinese
school, news and government sites have, not in tests/test_list_families.py, tests/family_lists_more.py,
tests/family_lists_gov.py, tests/family_lists_school.py, tests/family_lists_traps.py, tests/family_lists_traps2.py,
tests/family_lists_traps3.py or tests/test_pager_families.py:

a news portal's page 2 whose pages are path segments (/news/bendi/p3.html, page 1 the bare directory); WordPress
pages as /page/2/?cat=3; a JSP pager counting from 0 (pageNo=0 is page 1) on page 3; a pager of glyphs alone
(« ‹ 1 2 3 4 5 … › », where › is the next page and » the last); a pager of <span onclick="location.href='…'">
(no <a>); a pager whose pages are reached only through its GET <form> (the 下一页/尾页 links set the form's page
<input> and submit it); page 4 shown as a bare <b>4</b> after 共<b>87</b>条 每页<b>10</b>条 in <b>s of their own;
page 5 of a pager of 共12页 and 首页 上页 下页 末页 alone (this page only in the URL and its neighbours'); a layui
laypage box with « and » and a last page link showing its number (title="尾页"); a DedeCMS last page (7 of 7) with
no 下一页; eight rows under the breadcrumb and above the pager beside a 最新动态 box of twelve rows in the same
markup; 置顶 rows and the plain rows in two <ul>s of the same markup in two wrappers; an old ASP <table> whose rows
hold a 【置顶】 image before the link and the date in a <td> of its own; a 图片新闻 table of three pictures to a
<tr>, each cell a picture link, a caption link to the same article and its date.

Each page carries the chrome of its kind (a menu, a breadcrumb, a left menu or side boxes of dated rows that are not
the list's rows, a footer with 版权所有/ICP) and states what a reader sees: its rows (URL, title, day) and its pager
(this page, the last page, the URL of the page after this one, None when no page comes after it). Names, hosts and
numbers are made up; no page is copied from a real site."""

from family_page import ListCase


def _side(rows, tag="li"):
    """A side box's dated rows (not the list's rows)."""
    return "\n".join(f'<{tag}><a href="{h}" target="_blank">{t}</a><span>{d}</span></{tag}>' for h, t, d in rows)


def _rows(rows, fmt):
    return "\n".join(fmt.format(h=h, t=t, d=d) for h, t, d in rows)


# ---------------------------------------------------------------------------------------------------------------
# 1. a county news portal's page 2 whose pages are path segments: /news/bendi/p2.html is this page, p3.html the
#    next, page 1 the bare directory /news/bendi/ (its 首页, 上一页 and 1 all link there); … and p26.html, no count
# ---------------------------------------------------------------------------------------------------------------

PATH_PAGE_ROWS = (
    ("/news/bendi/2023/0428/41207.html", "檀湖县召开一季度经济运行分析会", "2023-04-28"),
    ("/news/bendi/2023/0428/41201.html", "城东街道老旧小区改造项目全面开工", "2023-04-28"),
    ("/news/bendi/2023/0427/41188.html", "檀湖县举办2023年“春风行动”专场招聘会", "2023-04-27"),
    ("/news/bendi/2023/0427/41180.html", "县人大常委会开展食品安全法执法检查", "2023-04-27"),
    ("/news/bendi/2023/0426/41166.html", "檀湖至临江快速路二期工程通过交工验收", "2023-04-26"),
    ("/news/bendi/2023/0426/41159.html", "全县森林防火工作现场推进会在石门乡召开", "2023-04-26"),
    ("/news/bendi/2023/0425/41142.html", "檀湖县第十五届茶文化节开幕", "2023-04-25"),
    ("/news/bendi/2023/0425/41137.html", "县市场监管局开展电动自行车质量专项检查", "2023-04-25"),
    ("/news/bendi/2023/0424/41120.html", "檀湖县新增三个省级美丽乡村特色精品村", "2023-04-24"),
    ("/news/bendi/2023/0424/41115.html", "县医共体总院与省级医院签订专科联盟协议", "2023-04-24"),
)

PATH_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>本地新闻_檀湖新闻网（第2页）</title>
<link rel="stylesheet" href="/static/css/main.css">
</head>
<body>
<div class="topbar"><div class="w1200"><span>2023年5月8日 星期一</span><a href="/user/login">登录</a><a href="https://m.thxw.example.cn/">手机版</a></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/static/images/logo.png" alt="檀湖新闻网"></a></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li class="on"><a href="/news/bendi/">本地新闻</a></li><li><a href="/news/xiangzhen/">乡镇动态</a></li>
<li><a href="/news/bumen/">部门动态</a></li><li><a href="/news/shizheng/">时政要闻</a></li><li><a href="/news/minsheng/">民生关注</a></li>
<li><a href="/news/wenlv/">文旅檀湖</a></li><li><a href="/zt/">专题专栏</a></li><li><a href="/video/">视听檀湖</a></li><li><a href="/pic/">图片新闻</a></li>
</ul></div>
<div class="w1200 main">
 <div class="main-left">
  <div class="crumb">您的位置：<a href="/">首页</a> &gt; <a href="/news/bendi/">本地新闻</a></div>
  <ul class="news-list">
{rows}
  </ul>
  <div class="pages"><a href="/news/bendi/">首页</a><a href="/news/bendi/">上一页</a><a href="/news/bendi/">1</a><span class="cur">2</span><a href="/news/bendi/p3.html">3</a><a href="/news/bendi/p4.html">4</a><a href="/news/bendi/p5.html">5</a><a href="/news/bendi/p6.html">6</a><span class="dot">…</span><a href="/news/bendi/p26.html">26</a><a href="/news/bendi/p3.html">下一页</a><a href="/news/bendi/p26.html">尾页</a></div>
 </div>
 <div class="main-right">
  <div class="rbox"><div class="rbox-t">热点排行</div><ul class="rank">
{hot}
  </ul></div>
  <div class="rbox"><div class="rbox-t">专题专栏</div><ul class="zt">
<li><a href="/zt/2023/lhzt/"><img src="/uploadfile/zt/lh2023.jpg" alt="2023年全国两会"></a></li>
<li><a href="/zt/2023/yshj/"><img src="/uploadfile/zt/yshj.jpg" alt="优化营商环境 檀湖在行动"></a></li>
  </ul></div>
 </div>
</div>
<div class="footer"><div class="w1200"><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/copyright/">版权声明</a><br>
檀湖县融媒体中心 版权所有 未经授权禁止复制或建立镜像<br>浙ICP备17012345号-1 互联网新闻信息服务许可证：33120190011</div></div>
</body>
</html>
""".replace(
    "{rows}",
    _rows(PATH_PAGE_ROWS, '   <li><a href="{h}" target="_blank">{t}</a><span class="time">{d} 16:40</span></li>'),
).replace(
    "{hot}",
    _side(
        (
            ("/news/bendi/2023/0506/41302.html", "檀湖县“五一”假期接待游客38.6万人次", "05-06"),
            ("/news/minsheng/2023/0505/41290.html", "城区这些路段5月起实行单向通行", "05-05"),
            ("/news/bendi/2023/0430/41251.html", "檀湖县2023年义务教育招生政策出炉", "04-30"),
            ("/news/shizheng/2023/0429/41240.html", "县委常委会召开会议传达学习省委全会精神", "04-29"),
            ("/news/wenlv/2023/0422/41098.html", "石门乡万亩杜鹃花进入最佳观赏期", "04-22"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 2. WordPress (a 学院 news blog, permalinks /archives/512): the category asked as /?cat=3, its pages linked as
#    /page/2/?cat=3 by paginate_links (1 2 3 … 9 下一页); rows are <article>s; a 近期文章 widget shows dates
# ---------------------------------------------------------------------------------------------------------------

WP_CAT_ROWS = (
    ("https://jky.thsz.example.edu.cn/archives/512", "教育科学学院召开2023届毕业生就业工作推进会", "2023-05-06"),
    ("https://jky.thsz.example.edu.cn/archives/509", "我院学生在省师范生教学技能竞赛中获一等奖", "2023-04-28"),
    ("https://jky.thsz.example.edu.cn/archives/505", "学院举办“教育家精神”主题读书分享会", "2023-04-21"),
    ("https://jky.thsz.example.edu.cn/archives/498", "小学教育专业2020级教育实习动员会召开", "2023-04-14"),
    ("https://jky.thsz.example.edu.cn/archives/494", "学院与檀湖县实验小学共建教师教育实践基地", "2023-04-07"),
    ("https://jky.thsz.example.edu.cn/archives/487", "学院开展清明节“缅怀先烈”主题团日活动", "2023-03-31"),
    ("https://jky.thsz.example.edu.cn/archives/481", "心理健康教育专题讲座在学院报告厅举行", "2023-03-24"),
    ("https://jky.thsz.example.edu.cn/archives/476", "学院召开2023年春季学期教学工作会议", "2023-03-17"),
)

WP_CAT = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>学院新闻 &#8211; 檀湖师范专科学校教育科学学院</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='stylesheet' id='wp-block-library-css' href='https://jky.thsz.example.edu.cn/wp-includes/css/dist/block-library/style.min.css?ver=6.2' media='all' />
<link rel='stylesheet' id='jky-style-css' href='https://jky.thsz.example.edu.cn/wp-content/themes/jky/style.css?ver=1.3' media='all' />
<link rel="https://api.w.org/" href="https://jky.thsz.example.edu.cn/wp-json/" />
</head>
<body class="archive category category-xyxw category-3 wp-embed-responsive hfeed">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://jky.thsz.example.edu.cn/" rel="home">檀湖师范专科学校教育科学学院</a></p></div>
<nav id="site-navigation" class="main-navigation"><div class="menu-main-container"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="https://jky.thsz.example.edu.cn/">首页</a></li>
<li class="menu-item"><a href="https://jky.thsz.example.edu.cn/?page_id=2">学院概况</a></li>
<li class="menu-item current-menu-item"><a href="https://jky.thsz.example.edu.cn/?cat=3" aria-current="page">学院新闻</a></li>
<li class="menu-item"><a href="https://jky.thsz.example.edu.cn/?cat=4">通知公告</a></li>
<li class="menu-item"><a href="https://jky.thsz.example.edu.cn/?cat=5">教学科研</a></li>
<li class="menu-item"><a href="https://jky.thsz.example.edu.cn/?cat=6">学生工作</a></li>
<li class="menu-item"><a href="https://jky.thsz.example.edu.cn/?cat=7">党建工作</a></li>
<li class="menu-item"><a href="https://jky.thsz.example.edu.cn/?cat=8">招生就业</a></li>
<li class="menu-item"><a href="https://www.thsz.example.edu.cn/">学校主页</a></li>
</ul></div></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<div class="breadcrumbs">当前位置：<a href="https://jky.thsz.example.edu.cn/">首页</a> &raquo; <span>学院新闻</span></div>
<header class="page-header"><h1 class="page-title">分类：<span>学院新闻</span></h1></header>
{rows}
<nav class="navigation pagination" aria-label="文章">
<h2 class="screen-reader-text">文章导航</h2>
<div class="nav-links"><span aria-current="page" class="page-numbers current">1</span>
<a class="page-numbers" href="https://jky.thsz.example.edu.cn/page/2/?cat=3">2</a>
<a class="page-numbers" href="https://jky.thsz.example.edu.cn/page/3/?cat=3">3</a>
<span class="page-numbers dots">&hellip;</span>
<a class="page-numbers" href="https://jky.thsz.example.edu.cn/page/9/?cat=3">9</a>
<a class="next page-numbers" href="https://jky.thsz.example.edu.cn/page/2/?cat=3">下一页</a></div>
</nav>
</main></div>
<aside id="secondary" class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://jky.thsz.example.edu.cn/"><label><span class="screen-reader-text">搜索：</span><input type="search" class="search-field" placeholder="搜索&hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="搜索" /></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2><ul>
{recent}
</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">分类</h2><ul>
<li class="cat-item cat-item-4"><a href="https://jky.thsz.example.edu.cn/?cat=4">通知公告</a></li>
<li class="cat-item cat-item-5"><a href="https://jky.thsz.example.edu.cn/?cat=5">教学科研</a></li>
<li class="cat-item cat-item-6"><a href="https://jky.thsz.example.edu.cn/?cat=6">学生工作</a></li>
</ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">版权所有 &copy; 2023 檀湖师范专科学校教育科学学院 地址：檀湖县学府路1号<br><a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备10023456号-3</a></div></footer>
</div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'<article id="post-{h.rsplit("/", 1)[1]}" class="post-{h.rsplit("/", 1)[1]} post type-post status-publish'
        f' format-standard hentry category-xyxw">\n<header class="entry-header"><h2 class="entry-title"><a href="{h}"'
        f' rel="bookmark">{t}</a></h2>\n<div class="entry-meta"><span class="posted-on">发布于 <time class="entry-date'
        f' published" datetime="{d}T10:20:00+08:00">{d}</time></span><span class="cat-links">分类：<a href="https://jky.'
        f'thsz.example.edu.cn/?cat=3" rel="category">学院新闻</a></span></div>\n</header>\n</article>'
        for h, t, d in WP_CAT_ROWS
    ),
).replace(
    "{recent}",
    "\n".join(
        f'<li><a href="{h}">{t}</a> <span class="post-date">{d}</span></li>'
        for h, t, d in (
            ("https://jky.thsz.example.edu.cn/archives/515", "关于2023年专升本考试考场安排的通知", "2023年5月8日"),
            ("https://jky.thsz.example.edu.cn/archives/514", "2023年暑期教育见习工作安排", "2023年5月7日"),
            ("https://jky.thsz.example.edu.cn/archives/511", "教育学教研室开展集体备课活动", "2023年5月5日"),
            ("https://jky.thsz.example.edu.cn/archives/510", "关于评选2023年度优秀学生干部的通知", "2023年4月29日"),
            ("https://jky.thsz.example.edu.cn/archives/507", "学前教育专业技能考核方案", "2023年4月25日"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 3. a JSP bureau site whose pager counts from 0: pageNo=0 is page 1, pageNo=2 (this page) is page 3; 首页 上一页
#    1 2 [3] 4 5 下一页 尾页 共12页 共236条, the links' numbers one above their pageNo
# ---------------------------------------------------------------------------------------------------------------

PAGE_ZERO_ROWS = (
    ("/channel/content.jsp?channelId=21&contentId=18820", "檀湖县人力社保局开展根治欠薪专项检查", "2023-03-20"),
    ("/channel/content.jsp?channelId=21&contentId=18811", "2023年檀湖县职业技能提升行动培训计划发布", "2023-03-17"),
    ("/channel/content.jsp?channelId=21&contentId=18804", "县人力社保局召开2023年全县人社工作会议", "2023-03-15"),
    ("/channel/content.jsp?channelId=21&contentId=18797", "檀湖县开展“人社服务进企业”走访活动", "2023-03-13"),
    ("/channel/content.jsp?channelId=21&contentId=18786", "城乡居民基本养老保险待遇调整工作完成", "2023-03-09"),
    ("/channel/content.jsp?channelId=21&contentId=18779", "县就业服务中心举办高校毕业生就业政策宣讲", "2023-03-07"),
    ("/channel/content.jsp?channelId=21&contentId=18768", "檀湖县2023年第一批技能人才评价结果公示", "2023-03-03"),
    ("/channel/content.jsp?channelId=21&contentId=18759", "县劳动人事争议仲裁院开展“仲裁开放日”活动", "2023-03-01"),
)

PAGE_ZERO = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>工作动态--檀湖县人力资源和社会保障局</title>
<link href="/template/default/css/common.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/template/default/js/jquery.min.js"></script>
</head>
<body>
<div class="top"><img src="/template/default/images/banner.jpg" alt="檀湖县人力资源和社会保障局" width="1000" height="130" /></div>
<div class="menu"><ul>
<li><a href="/index.jsp">首页</a></li><li><a href="/channel/list.jsp?channelId=20">机构概况</a></li><li><a href="/channel/list.jsp?channelId=21">工作动态</a></li>
<li><a href="/channel/list.jsp?channelId=22">通知公告</a></li><li><a href="/channel/list.jsp?channelId=23">政策法规</a></li><li><a href="/channel/list.jsp?channelId=24">就业创业</a></li>
<li><a href="/channel/list.jsp?channelId=25">社会保障</a></li><li><a href="/channel/list.jsp?channelId=26">人才人事</a></li><li><a href="/channel/list.jsp?channelId=27">劳动关系</a></li>
<li><a href="/channel/list.jsp?channelId=28">办事服务</a></li><li><a href="/channel/list.jsp?channelId=29">互动交流</a></li>
</ul></div>
<div class="container">
 <div class="left">
  <div class="lanmu"><h3>新闻中心</h3><ul><li class="on"><a href="/channel/list.jsp?channelId=21">工作动态</a></li><li><a href="/channel/list.jsp?channelId=22">通知公告</a></li><li><a href="/channel/list.jsp?channelId=30">媒体关注</a></li></ul></div>
  <div class="lanmu"><h3>通知公告</h3><ul class="tzgg">
{side}
  </ul></div>
 </div>
 <div class="right">
  <div class="location">当前位置：<a href="/index.jsp">首页</a> &gt; <a href="/channel/list.jsp?channelId=21">工作动态</a></div>
  <ul class="list">
{rows}
  </ul>
  <div class="page">共236条 <a href="/channel/list.jsp?channelId=21&amp;pageNo=0">首页</a> <a href="/channel/list.jsp?channelId=21&amp;pageNo=1">上一页</a> <a href="/channel/list.jsp?channelId=21&amp;pageNo=0">1</a> <a href="/channel/list.jsp?channelId=21&amp;pageNo=1">2</a> <span class="active">3</span> <a href="/channel/list.jsp?channelId=21&amp;pageNo=3">4</a> <a href="/channel/list.jsp?channelId=21&amp;pageNo=4">5</a> <a href="/channel/list.jsp?channelId=21&amp;pageNo=3">下一页</a> <a href="/channel/list.jsp?channelId=21&amp;pageNo=11">尾页</a> 共12页</div>
 </div>
</div>
<div class="footer">主办单位：檀湖县人力资源和社会保障局 地址：檀湖县振兴路26号 咨询电话：12333<br />版权所有 檀湖县人力资源和社会保障局 浙ICP备12044556号 网站标识码：3311990012</div>
</body>
</html>
""".replace(
    "{rows}",
    _rows(
        PAGE_ZERO_ROWS,
        '   <li><a href="{h}" target="_blank" title="{t}">{t}</a><span class="date">[{d}]</span></li>',
    ),
).replace(
    "{side}",
    _side(
        (
            ("/channel/content.jsp?channelId=22&contentId=19004", "2023年檀湖县事业单位公开招聘笔试公告", "2023-05-04"),
            (
                "/channel/content.jsp?channelId=22&contentId=18977",
                "关于申报2023年度县级技能大师工作室的通知",
                "2023-04-26",
            ),
            ("/channel/content.jsp?channelId=22&contentId=18950", "2023年度社会保险缴费基数申报公告", "2023-04-18"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 4. a pager of glyphs alone, no word and no count: « ‹ (unlinked on page 1) 1 2 3 4 5 … › », where › is the
#    next page and » the last (page 16, shown by no number); a vocational school's PHP news list
# ---------------------------------------------------------------------------------------------------------------

GLYPHS_ROWS = (
    ("/news/show.php?id=2318", "我校学子在全省职业院校技能大赛中获3金5银", "2023-05-05"),
    ("/news/show.php?id=2311", "学校举行2023年校企合作洽谈会", "2023-04-27"),
    ("/news/show.php?id=2305", "汽修专业开展新能源汽车维修技术培训", "2023-04-21"),
    ("/news/show.php?id=2297", "学校召开2023年中职招生宣传工作部署会", "2023-04-14"),
    ("/news/show.php?id=2290", "电子商务专业学生参加直播助农实践活动", "2023-04-07"),
    ("/news/show.php?id=2284", "学校开展2023年春季消防应急疏散演练", "2023-03-30"),
    ("/news/show.php?id=2276", "檀湖职教中心举办第八届技能文化节", "2023-03-24"),
    ("/news/show.php?id=2270", "我校与檀湖县人民医院签订护理专业实习协议", "2023-03-16"),
    ("/news/show.php?id=2263", "学校组织教师参加省级“双师型”教师培训", "2023-03-09"),
)

GLYPHS = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>学校新闻 - 檀湖县职业教育中心</title>
<link rel="stylesheet" href="/static/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/static/css/site.css">
</head>
<body>
<div class="header"><div class="container"><a href="/"><img src="/static/img/logo.png" alt="檀湖县职业教育中心"></a></div></div>
<nav class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav">
<li><a href="/">首页</a></li><li><a href="/about/">学校概况</a></li><li class="active"><a href="/news/list.php?cid=4">学校新闻</a></li>
<li><a href="/news/list.php?cid=5">通知公告</a></li><li><a href="/news/list.php?cid=6">专业建设</a></li><li><a href="/news/list.php?cid=7">技能大赛</a></li>
<li><a href="/news/list.php?cid=8">校企合作</a></li><li><a href="/news/list.php?cid=9">招生就业</a></li><li><a href="/news/list.php?cid=10">党建思政</a></li>
</ul></div></nav>
<div class="container">
 <div class="row">
  <div class="col-md-9">
   <ol class="breadcrumb"><li><a href="/">首页</a></li><li class="active">学校新闻</li></ol>
   <ul class="list-news">
{rows}
   </ul>
   <nav class="text-center"><ul class="pagination">
    <li class="disabled"><span>&laquo;</span></li>
    <li class="disabled"><span>&lsaquo;</span></li>
    <li class="active"><span>1</span></li>
    <li><a href="list.php?cid=4&amp;page=2">2</a></li>
    <li><a href="list.php?cid=4&amp;page=3">3</a></li>
    <li><a href="list.php?cid=4&amp;page=4">4</a></li>
    <li><a href="list.php?cid=4&amp;page=5">5</a></li>
    <li class="disabled"><span>&hellip;</span></li>
    <li><a href="list.php?cid=4&amp;page=2">&rsaquo;</a></li>
    <li><a href="list.php?cid=4&amp;page=16">&raquo;</a></li>
   </ul></nav>
  </div>
  <div class="col-md-3">
   <div class="panel panel-default"><div class="panel-heading">通知公告</div><ul class="list-group">
{side}
   </ul></div>
  </div>
 </div>
</div>
<footer class="footer"><div class="container text-center">版权所有 &copy; 檀湖县职业教育中心 地址：檀湖县工业园区职教路8号 电话：0571-6880123<br>浙ICP备09077889号</div></footer>
</body>
</html>
""".replace(
    "{rows}",
    _rows(GLYPHS_ROWS, '    <li><a href="{h}" target="_blank">{t}</a><span class="pull-right">{d}</span></li>'),
).replace(
    "{side}",
    "\n".join(
        f'<li class="list-group-item"><a href="{h}">{t}</a> <small>{d}</small></li>'
        for h, t, d in (
            ("/news/show.php?id=2320", "2023年五年一贯制招生简章", "2023-05-06"),
            ("/news/show.php?id=2314", "关于2023年“五一”劳动节放假的通知", "2023-04-28"),
            ("/news/show.php?id=2300", "2023年春季学期技能等级认定报名通知", "2023-04-17"),
            ("/news/show.php?id=2281", "关于开展校园安全隐患排查的通知", "2023-03-27"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 5. a pager of <span onclick="location.href='…'"> and no <a> at all (an ASP.NET site's custom pager control):
#    首页/上一页 greyed on page 1, <span class="current">1</span>, 2 3 4 5, 下一页 and 尾页 spans, 共9页
# ---------------------------------------------------------------------------------------------------------------

ONCLICK_ROWS = (
    ("/Item/Show.aspx?id=6621&type=2", "檀湖县住建局开展建筑施工安全生产大检查", "2023-05-04"),
    ("/Item/Show.aspx?id=6608&type=2", "檀湖县2023年保障性租赁住房项目集中开工", "2023-04-26"),
    ("/Item/Show.aspx?id=6597&type=2", "县住建局召开城镇燃气安全专项整治推进会", "2023-04-19"),
    ("/Item/Show.aspx?id=6583&type=2", "檀湖县老旧小区改造工作领导小组召开第一次会议", "2023-04-11"),
    ("/Item/Show.aspx?id=6570&type=2", "县住建局组织开展物业服务质量专项检查", "2023-04-03"),
    ("/Item/Show.aspx?id=6562&type=2", "檀湖县2023年建设工程质量安全工作会议召开", "2023-03-28"),
    ("/Item/Show.aspx?id=6551&type=2", "县住建局开展“质量月”建筑工地观摩活动", "2023-03-21"),
    ("/Item/Show.aspx?id=6540&type=2", "檀湖县城市更新三年行动计划正式发布", "2023-03-14"),
)

ONCLICK = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	工作动态_檀湖县住房和城乡建设局
</title><link href="/css/style.css" rel="stylesheet" type="text/css" /></head>
<body>
<div class="head"><img src="/images/head.jpg" alt="檀湖县住房和城乡建设局" /></div>
<div class="nav"><a href="/">首 页</a><a href="/Item/List.aspx?type=1">机构设置</a><a href="/Item/List.aspx?type=2">工作动态</a><a href="/Item/List.aspx?type=3">通知公告</a>
<a href="/Item/List.aspx?type=4">政策法规</a><a href="/Item/List.aspx?type=5">建筑市场</a><a href="/Item/List.aspx?type=6">房地产业</a><a href="/Item/List.aspx?type=7">城市建设</a>
<a href="/Item/List.aspx?type=8">办事指南</a><a href="/Item/List.aspx?type=9">信息公开</a></div>
<div class="main">
 <div class="mleft">
  <div class="ltit">通知公告</div>
  <ul class="llist">
{side}
  </ul>
  <div class="ltit">便民服务</div>
  <ul class="lserv"><li><a href="/Item/List.aspx?type=8">办事指南</a></li><li><a href="/Down/List.aspx">表格下载</a></li><li><a href="/Query/Default.aspx">资质查询</a></li></ul>
 </div>
 <div class="mright">
  <div class="rtit"><span class="pos">您现在的位置：<a href="/">首页</a> &gt; <a href="/Item/List.aspx?type=2">工作动态</a></span>工作动态</div>
  <ul class="rlist">
{rows}
  </ul>
  <div class="pager"><span class="disabled">首页</span><span class="disabled">上一页</span><span class="current">1</span><span class="num" onclick="location.href='List.aspx?type=2&amp;page=2'">2</span><span class="num" onclick="location.href='List.aspx?type=2&amp;page=3'">3</span><span class="num" onclick="location.href='List.aspx?type=2&amp;page=4'">4</span><span class="num" onclick="location.href='List.aspx?type=2&amp;page=5'">5</span><span class="btn" onclick="location.href='List.aspx?type=2&amp;page=2'">下一页</span><span class="btn" onclick="location.href='List.aspx?type=2&amp;page=9'">尾页</span><span class="info">共9页 68条</span></div>
 </div>
</div>
<div class="foot">版权所有：檀湖县住房和城乡建设局 地址：檀湖县建设路100号 邮编：311900<br />浙ICP备11066778号 技术支持：檀湖网络科技有限公司</div>
</body>
</html>
""".replace(
    "{rows}",
    _rows(ONCLICK_ROWS, '   <li><a href="{h}" target="_blank">{t}</a><em>{d}</em></li>'),
).replace(
    "{side}",
    _side(
        (
            ("/Item/Show.aspx?id=6630&type=3", "关于开展2023年度建筑业企业资质动态核查的通知", "2023-05-06"),
            ("/Item/Show.aspx?id=6612&type=3", "檀湖县2023年第一批公租房配租结果公示", "2023-04-28"),
            ("/Item/Show.aspx?id=6589&type=3", "关于公布檀湖县优质结构工程名单的通知", "2023-04-14"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 6. a pager that is a GET <form> (list.asp, a hidden classid=5 and a page box): 下一页 and 尾页 are links that
#    set the form's page <input> and submit it, 转到 [ ] 页 GO beside them; 共96条记录 页次：1/9页; old ASP, GBK
# ---------------------------------------------------------------------------------------------------------------

FORM_PAGER_ROWS = (
    ("show.asp?id=1532", "我校举行2023年春季田径运动会", "2023-04-28"),
    ("show.asp?id=1527", "七年级开展“走进檀湖古镇”研学实践活动", "2023-04-21"),
    ("show.asp?id=1521", "我校开展全民国家安全教育日主题活动", "2023-04-15"),
    ("show.asp?id=1516", "学校召开九年级学生家长会", "2023-04-13"),
    ("show.asp?id=1510", "语文组开展整本书阅读教学研讨活动", "2023-04-07"),
    ("show.asp?id=1503", "学校团委组织清明祭扫烈士墓活动", "2023-04-04"),
    ("show.asp?id=1498", "我校教师在县中小学优质课评比中获佳绩", "2023-03-29"),
    ("show.asp?id=1490", "学校开展防溺水安全教育专题讲座", "2023-03-22"),
    ("show.asp?id=1484", "八年级举行物理实验操作技能竞赛", "2023-03-15"),
    ("show.asp?id=1477", "我校召开2023年春季学期开学工作会议", "2023-02-20"),
)

FORM_PAGER = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>檀湖县城关中学--学校新闻</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0" leftmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/top.jpg" width="980" height="150"></td></tr>
<tr><td class="menu" height="35" align="center"><a href="index.asp">网站首页</a> | <a href="list.asp?classid=1">学校概况</a> | <a href="list.asp?classid=5">学校新闻</a> |
<a href="list.asp?classid=6">通知公告</a> | <a href="list.asp?classid=7">教学教研</a> | <a href="list.asp?classid=8">德育之窗</a> | <a href="list.asp?classid=9">教师风采</a> |
<a href="list.asp?classid=10">学生天地</a> | <a href="list.asp?classid=11">党建工作</a> | <a href="list.asp?classid=12">校务公开</a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="230" valign="top" bgcolor="#F4F8FC">
 <table width="100%" border="0" cellspacing="0" cellpadding="0">
 <tr><td class="ltitle">通知公告</td></tr>
{side}
 </table>
</td>
<td width="10"></td>
<td valign="top">
 <table width="100%" border="0" cellspacing="0" cellpadding="0">
 <tr><td class="weizhi" height="30">当前位置：<a href="index.asp">首页</a> &gt;&gt; <a href="list.asp?classid=5">学校新闻</a></td></tr>
 </table>
 <table width="100%" border="0" cellspacing="0" cellpadding="0" class="newslist">
{rows}
 </table>
 <form name="fpage" method="get" action="list.asp" style="margin:0">
 <input type="hidden" name="classid" value="5">
 <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td align="center" height="36" class="fenye">
 共96条记录 页次：1/9页 每页12条 首页 上一页 <a href="javascript:document.fpage.page.value=2;document.fpage.submit();">下一页</a> <a href="javascript:document.fpage.page.value=9;document.fpage.submit();">尾页</a>
 转到第<input type="text" name="page" size="3" value="1">页 <input type="submit" value="GO" class="btn">
 </td></tr></table>
 </form>
</td>
</tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="bottom" align="center" height="80">版权所有：檀湖县城关中学 地址：檀湖县城关镇学前街12号 电话：0571-6871234<br>浙ICP备08012345号</td></tr>
</table>
</body>
</html>
""".replace(
    "{rows}",
    _rows(
        FORM_PAGER_ROWS,
        '<tr><td width="20" height="28" align="center"><img src="images/arrow.gif" width="7" height="7"></td>'
        '<td><a href="{h}" target="_blank">{t}</a></td><td width="90" align="center">{d}</td></tr>',
    ),
).replace(
    "{side}",
    "\n".join(
        f'<tr><td height="24" class="lrow">&middot; <a href="{h}" target="_blank">{t}</a><span>{d}</span></td></tr>'
        for h, t, d in (
            ("show.asp?id=1535", "2023年中考体育考试安排", "2023-05-05"),
            ("show.asp?id=1529", "关于“五一”放假的通知", "2023-04-26"),
            ("show.asp?id=1512", "关于期中考试安排的通知", "2023-04-10"),
            ("show.asp?id=1480", "2023年春季学期作息时间表", "2023-02-18"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 7. page 4 shown as a bare <b>4</b> (not a link) after the record count and page size in <b>s of their own:
#    共<b>87</b>条 每页<b>10</b>条 首页 上一页 1 2 3 <b>4</b> 5 … 9 下一页 尾页; an old ASP 镇政府 site, GBK
# ---------------------------------------------------------------------------------------------------------------

BOLD_CURRENT_ROWS = (
    ("news_show.asp?id=3344", "石门乡召开2022年度村级组织述职评议会", "2023-01-16"),
    ("news_show.asp?id=3339", "石门乡开展冬春火灾防控专项检查", "2023-01-12"),
    ("news_show.asp?id=3331", "石门乡走访慰问困难群众和老党员", "2023-01-09"),
    ("news_show.asp?id=3326", "石门乡举办农村实用技术培训班", "2023-01-05"),
    ("news_show.asp?id=3318", "石门乡召开安全生产工作会议", "2022-12-29"),
    ("news_show.asp?id=3312", "石门乡完成2022年度林长制考核工作", "2022-12-26"),
    ("news_show.asp?id=3305", "石门乡开展根治欠薪冬季专项行动", "2022-12-20"),
    ("news_show.asp?id=3299", "石门乡组织收看全县经济工作会议", "2022-12-15"),
    ("news_show.asp?id=3291", "石门乡召开村务监督委员会主任培训会", "2022-12-09"),
    ("news_show.asp?id=3286", "石门乡开展“宪法宣传周”普法活动", "2022-12-05"),
)

BOLD_CURRENT = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>工作动态--檀湖县石门乡人民政府</title>
<link rel="stylesheet" type="text/css" href="style.css">
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="140" background="images/banner.jpg"></td></tr>
<tr><td class="dh" height="38"><a href="index.asp">首页</a><a href="news_list.asp?lm=1">乡情概况</a><a href="news_list.asp?lm=7">工作动态</a><a href="news_list.asp?lm=8">通知公告</a>
<a href="news_list.asp?lm=9">政务公开</a><a href="news_list.asp?lm=10">党建园地</a><a href="news_list.asp?lm=11">乡村振兴</a><a href="news_list.asp?lm=12">平安石门</a>
<a href="news_list.asp?lm=13">旅游石门</a><a href="book.asp">书记信箱</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="240" valign="top">
 <table width="100%" cellpadding="0" cellspacing="0"><tr><td class="lt">通知公告</td></tr>
{side}
 </table>
</td>
<td valign="top" style="padding-left:12px">
 <table width="100%" cellpadding="0" cellspacing="0"><tr><td class="wz">当前位置：<a href="index.asp">首页</a> &gt; <a href="news_list.asp?lm=7">工作动态</a></td></tr></table>
 <table width="100%" cellpadding="0" cellspacing="0" class="list">
{rows}
 </table>
 <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" height="40" class="page">共<b>87</b>条 每页<b>10</b>条 <a href="news_list.asp?lm=7&amp;page=1">首页</a> <a href="news_list.asp?lm=7&amp;page=3">上一页</a> <a href="news_list.asp?lm=7&amp;page=1">1</a> <a href="news_list.asp?lm=7&amp;page=2">2</a> <a href="news_list.asp?lm=7&amp;page=3">3</a> <b>4</b> <a href="news_list.asp?lm=7&amp;page=5">5</a> <a href="news_list.asp?lm=7&amp;page=6">6</a> <a href="news_list.asp?lm=7&amp;page=7">7</a> <a href="news_list.asp?lm=7&amp;page=8">8</a> <a href="news_list.asp?lm=7&amp;page=9">9</a> <a href="news_list.asp?lm=7&amp;page=5">下一页</a> <a href="news_list.asp?lm=7&amp;page=9">尾页</a></td></tr></table>
</td>
</tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="bottom" align="center" height="70">主办：檀湖县石门乡人民政府 地址：檀湖县石门乡石门街1号<br>版权所有 檀湖县石门乡人民政府 浙ICP备13067890号</td></tr>
</table>
</body>
</html>
""".replace(
    "{rows}",
    _rows(
        BOLD_CURRENT_ROWS,
        '<tr><td height="27">&middot; <a href="{h}" target="_blank">{t}</a></td><td width="100" align="right">[{d}]</td></tr>',
    ),
).replace(
    "{side}",
    "\n".join(
        f'<tr><td height="25" class="lr"><a href="{h}" target="_blank">{t}</a> {d}</td></tr>'
        for h, t, d in (
            ("news_show.asp?id=3402", "石门乡2023年春耕备耕工作通知", "2023-03-02"),
            ("news_show.asp?id=3388", "关于开展2023年森林防火宣传的通告", "2023-02-21"),
            ("news_show.asp?id=3371", "石门乡2023年度村级财务公开", "2023-02-10"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 8. page 5 of a pager of 共12页 and four words alone, 首页 上页 下页 末页 (no number, no 第N页): this page is page 5
#    only by its URL (…&page=5) and its neighbours' (上页 …page=4, 下页 …page=6); a PHP 档案馆 site, GBK
# ---------------------------------------------------------------------------------------------------------------

SHORT_WORDS_ROWS = (
    ("show.php?fid=3&id=905", "檀湖县档案馆开展馆藏档案安全检查", "2022-09-27"),
    ("show.php?fid=3&id=901", "县档案馆举办“档案见证檀湖发展”图片展", "2022-09-20"),
    ("show.php?fid=3&id=896", "县档案馆完成2021年度档案接收进馆工作", "2022-09-13"),
    ("show.php?fid=3&id=890", "檀湖县召开全县档案工作业务培训会", "2022-09-06"),
    ("show.php?fid=3&id=884", "县档案馆开展国际档案日主题宣传活动", "2022-06-09"),
    ("show.php?fid=3&id=878", "县档案馆赴乡镇开展村级档案规范化指导", "2022-05-31"),
    ("show.php?fid=3&id=871", "檀湖县启动第二轮县志续修资料征集工作", "2022-05-24"),
    ("show.php?fid=3&id=866", "县档案馆完成民生档案数字化扫描项目验收", "2022-05-17"),
)

SHORT_WORDS = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>工作动态 - 檀湖县档案馆</title>
<link href="/images/default/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="top"><div class="logo"><img src="/images/default/logo.gif" alt="檀湖县档案馆" /></div>
<div class="search"><form action="/search.php" method="get"><input type="text" name="keyword" /><input type="submit" value="搜索" /></form></div></div>
<div id="nav"><a href="/">首页</a><a href="list.php?fid=1">本馆概况</a><a href="list.php?fid=3">工作动态</a><a href="list.php?fid=4">通知公告</a>
<a href="list.php?fid=5">政策法规</a><a href="list.php?fid=6">档案业务</a><a href="list.php?fid=7">馆藏精品</a><a href="list.php?fid=8">檀湖史话</a>
<a href="list.php?fid=9">查档指南</a><a href="list.php?fid=10">方志天地</a></div>
<div id="main">
 <div class="side">
  <div class="sbox"><div class="stit">栏目导航</div><ul><li><a href="list.php?fid=3">工作动态</a></li><li><a href="list.php?fid=4">通知公告</a></li><li><a href="list.php?fid=6">档案业务</a></li></ul></div>
  <div class="sbox"><div class="stit">檀湖史话</div><ul>
{side}
  </ul></div>
 </div>
 <div class="content">
  <div class="guide">您的位置：<a href="/">首页</a> -&gt; <a href="list.php?fid=3">工作动态</a></div>
  <div class="listbox"><ul>
{rows}
  </ul></div>
  <div class="page">共12页 <a href="list.php?fid=3&amp;page=1">首页</a> <a href="list.php?fid=3&amp;page=4">上页</a> <a href="list.php?fid=3&amp;page=6">下页</a> <a href="list.php?fid=3&amp;page=12">末页</a></div>
 </div>
</div>
<div id="foot">版权所有 檀湖县档案馆 地址：檀湖县府前路5号 电话：0571-6872345 浙ICP备10098765号</div>
</body>
</html>
""".replace(
    "{rows}",
    _rows(SHORT_WORDS_ROWS, '   <li><span class="time">{d}</span><a href="{h}" target="_blank">{t}</a></li>'),
).replace(
    "{side}",
    _side(
        (
            ("show.php?fid=8&id=640", "檀湖古城墙的变迁", "2021-11-03"),
            ("show.php?fid=8&id=622", "解放初期的檀湖县人民政府", "2021-07-15"),
            ("show.php?fid=8&id=605", "民国《檀湖县志》编修始末", "2021-03-22"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 9. a layui laypage box with « and » for the previous and next page (« greyed on page 1), the current page in
#    <span class="layui-laypage-curr"><em></em><em>1</em></span>, and the last page a link showing its number
#    (<a class="layui-laypage-last" title="尾页">15</a>) after …; no count, no word but the title
# ---------------------------------------------------------------------------------------------------------------

LAYPAGE_ROWS = (
    ("/article/1187.html", "檀湖县政务服务中心推出“周末不打烊”服务", "2023-05-06"),
    ("/article/1182.html", "“一件事”集成改革新增12个服务事项", "2023-04-28"),
    ("/article/1176.html", "县政务服务中心开展“窗口无否决权”专项培训", "2023-04-20"),
    ("/article/1170.html", "企业开办全流程压缩至0.5个工作日", "2023-04-12"),
    ("/article/1163.html", "檀湖县上线不动产登记“带押过户”服务", "2023-04-04"),
    ("/article/1157.html", "县政务服务中心开展“好差评”数据分析通报", "2023-03-27"),
    ("/article/1150.html", "“跨省通办”专窗服务群众超过两千人次", "2023-03-18"),
    ("/article/1144.html", "县政务服务中心召开2023年度工作会议", "2023-03-09"),
    ("/article/1139.html", "政务服务延伸至全县所有村（社区）便民服务中心", "2023-03-01"),
    ("/article/1131.html", "檀湖县12345热线一季度办件情况通报", "2023-02-21"),
)

LAYPAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>服务动态 - 檀湖县政务服务中心</title>
<link rel="stylesheet" href="/static/layui/css/layui.css">
<link rel="stylesheet" href="/static/css/web.css">
</head>
<body>
<div class="web-header"><div class="layui-container"><a href="/" class="web-logo"><img src="/static/images/logo.png" alt="檀湖县政务服务中心"></a></div></div>
<ul class="layui-nav web-nav">
<li class="layui-nav-item"><a href="/">首页</a></li><li class="layui-nav-item layui-this"><a href="/category/2.html">服务动态</a></li>
<li class="layui-nav-item"><a href="/category/3.html">通知公告</a></li><li class="layui-nav-item"><a href="/category/4.html">办事指南</a></li>
<li class="layui-nav-item"><a href="/category/5.html">政策文件</a></li><li class="layui-nav-item"><a href="/category/6.html">一件事</a></li>
<li class="layui-nav-item"><a href="/category/7.html">跨省通办</a></li><li class="layui-nav-item"><a href="/category/8.html">好差评</a></li>
<li class="layui-nav-item"><a href="/category/9.html">联系我们</a></li>
</ul>
<div class="layui-container web-main">
 <div class="layui-row layui-col-space20">
  <div class="layui-col-md8">
   <span class="layui-breadcrumb"><a href="/">首页</a><span lay-separator="">/</span><a><cite>服务动态</cite></a></span>
   <ul class="web-list">
{rows}
   </ul>
   <div id="page" class="web-page"><div class="layui-box layui-laypage layui-laypage-default" id="layui-laypage-1"><a href="javascript:;" class="layui-laypage-prev layui-disabled" data-page="0">&laquo;</a><span class="layui-laypage-curr"><em class="layui-laypage-em"></em><em>1</em></span><a href="/category/2_2.html" data-page="2">2</a><a href="/category/2_3.html" data-page="3">3</a><a href="/category/2_4.html" data-page="4">4</a><a href="/category/2_5.html" data-page="5">5</a><span class="layui-laypage-spr">&hellip;</span><a href="/category/2_15.html" class="layui-laypage-last" title="尾页" data-page="15">15</a><a href="/category/2_2.html" class="layui-laypage-next" data-page="2">&raquo;</a></div></div>
  </div>
  <div class="layui-col-md4">
   <div class="layui-card"><div class="layui-card-header">通知公告</div><div class="layui-card-body"><ul class="web-side">
{side}
   </ul></div></div>
  </div>
 </div>
</div>
<div class="web-footer"><div class="layui-container">主办：檀湖县政务服务中心 版权所有 地址：檀湖县新城大道188号 服务热线：0571-12345<br>浙ICP备18003344号-1 浙公网安备33119902000123号</div></div>
</body>
</html>
""".replace(
    "{rows}",
    _rows(LAYPAGE_ROWS, '    <li><a href="{h}" target="_blank">{t}</a><span class="web-date">{d}</span></li>'),
).replace(
    "{side}",
    _side(
        (
            ("/article/1190.html", "关于“五一”期间政务服务安排的公告", "2023-04-27"),
            ("/article/1168.html", "檀湖县政务服务事项目录（2023年版）", "2023-04-10"),
            ("/article/1141.html", "关于启用新版预约取号系统的通知", "2023-03-03"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 10. the last page of a DedeCMS list (page 7 of 7, list_5_7.html): 首页 上一页 3 4 5 6 [7] and no 下一页 or 末页,
#     共 7页66条; six rows left on it
# ---------------------------------------------------------------------------------------------------------------

LAST_PAGE_ROWS = (
    ("/a/xxgk/tzgg/2021/0915/306.html", "关于2021年中秋节放假安排的通知", "2021-09-15"),
    ("/a/xxgk/tzgg/2021/0901/301.html", "2021年秋季学期开学须知", "2021-09-01"),
    ("/a/xxgk/tzgg/2021/0705/296.html", "关于2021年暑假放假及安全教育的通知", "2021-07-05"),
    ("/a/xxgk/tzgg/2021/0608/290.html", "2021年端午节放假通知", "2021-06-08"),
    ("/a/xxgk/tzgg/2021/0427/284.html", "关于2021年“五一”劳动节放假安排的通知", "2021-04-27"),
    ("/a/xxgk/tzgg/2021/0329/279.html", "檀湖县实验小学网站开通公告", "2021-03-29"),
)

LAST_PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>通知公告_檀湖县实验小学</title>
<meta name="keywords" content="檀湖县实验小学,通知公告" />
<link href="/templets/thsx/css/style.css" rel="stylesheet" media="screen" type="text/css" />
</head>
<body>
<div class="header"><div class="w"><a href="/"><img src="/templets/thsx/images/logo.png" alt="檀湖县实验小学" /></a></div></div>
<div class="nav"><ul class="w"><li><a href="/">首页</a></li><li><a href="/a/xxgk/">学校概况</a></li><li><a href="/a/xwdt/">新闻动态</a></li>
<li><a href="/a/xxgk/tzgg/">通知公告</a></li><li><a href="/a/dyyd/">德育园地</a></li><li><a href="/a/jxky/">教学科研</a></li><li><a href="/a/jsfc/">教师风采</a></li>
<li><a href="/a/xsyd/">学生园地</a></li><li><a href="/a/jxhd/">家校互动</a></li><li><a href="/a/djgz/">党建工作</a></li></ul></div>
<div class="w main">
 <div class="l">
  <div class="lm"><h2>学校概况</h2><ul><li><a href="/a/xxgk/xxjj/">学校简介</a></li><li class="thisclass"><a href="/a/xxgk/tzgg/">通知公告</a></li><li><a href="/a/xxgk/ldbz/">领导班子</a></li><li><a href="/a/xxgk/xxry/">学校荣誉</a></li></ul></div>
  <div class="lm"><h2>最新文章</h2><ul class="new">
{side}
  </ul></div>
 </div>
 <div class="r">
  <div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/a/xxgk/'>学校概况</a> > <a href='/a/xxgk/tzgg/'>通知公告</a> > </div>
  <ul class="list">
{rows}
  </ul>
  <div class="dede_pages"><ul class="pagelist">
<li><a href='list_5_1.html'>首页</a></li>
<li><a href='list_5_6.html'>上一页</a></li>
<li><a href='list_5_3.html'>3</a></li>
<li><a href='list_5_4.html'>4</a></li>
<li><a href='list_5_5.html'>5</a></li>
<li><a href='list_5_6.html'>6</a></li>
<li class="thisclass"><a>7</a></li>
<li><span class="pageinfo">共 <strong>7</strong>页<strong>66</strong>条</span></li>
</ul></div>
 </div>
</div>
<div class="footer">Copyright &copy; 2021-2023 檀湖县实验小学 版权所有 地址：檀湖县文昌路6号<br />浙ICP备21008899号-1</div>
</body>
</html>
""".replace(
    "{rows}",
    _rows(LAST_PAGE_ROWS, '   <li><a href="{h}" target="_blank">{t}</a><span class="date">{d}</span></li>'),
).replace(
    "{side}",
    _side(
        (
            ("/a/xwdt/2023/0508/812.html", "我校举行第十二届校园艺术节", "2023-05-08"),
            ("/a/xxgk/tzgg/2023/0426/806.html", "关于2023年“五一”放假的通知", "2023-04-26"),
            ("/a/xwdt/2023/0421/801.html", "一年级开展“快乐读书吧”活动", "2023-04-21"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 11. eight rows of the column under the breadcrumb and above its pager (共13条 第1/2页), beside a 最新动态 box of
#     twelve rows of the whole site written in the very same <li><a><span>2023-05-06</span> markup (a longer,
#     dated group of links that is not the list)
# ---------------------------------------------------------------------------------------------------------------

FEWER_ROWS = (
    ("/xxgk/fdzdgknr/ghjh/202305/t20230505_1290.html", "檀湖县2023年国民经济和社会发展计划", "2023-05-05"),
    ("/xxgk/fdzdgknr/ghjh/202304/t20230418_1266.html", "檀湖县“十四五”生态环境保护规划", "2023-04-18"),
    ("/xxgk/fdzdgknr/ghjh/202303/t20230321_1231.html", "檀湖县2023年重大建设项目计划", "2023-03-21"),
    ("/xxgk/fdzdgknr/ghjh/202302/t20230228_1198.html", "檀湖县综合交通运输发展“十四五”规划", "2023-02-28"),
    ("/xxgk/fdzdgknr/ghjh/202301/t20230117_1160.html", "檀湖县2022年国民经济和社会发展计划执行情况", "2023-01-17"),
    ("/xxgk/fdzdgknr/ghjh/202212/t20221209_1127.html", "檀湖县国土空间总体规划草案公示", "2022-12-09"),
    ("/xxgk/fdzdgknr/ghjh/202211/t20221115_1098.html", "檀湖县乡村振兴战略规划", "2022-11-15"),
    ("/xxgk/fdzdgknr/ghjh/202210/t20221020_1071.html", "檀湖县教育事业发展“十四五”规划", "2022-10-20"),
)

FEWER_LATEST = (
    ("/xwzx/zwdt/202305/t20230508_1301.html", "县政府召开第十二次常务会议", "2023-05-08"),
    ("/xwzx/bmdt/202305/t20230508_1299.html", "县发改局开展重点项目“三服务”走访", "2023-05-08"),
    ("/xxgk/tzgg/202305/t20230506_1296.html", "关于公开征求《檀湖县养老服务设施布局规划》意见的公告", "2023-05-06"),
    ("/xwzx/xzdt/202305/t20230506_1294.html", "石门乡开展汛前地质灾害隐患排查", "2023-05-06"),
    ("/xwzx/zwdt/202305/t20230505_1291.html", "县领导调研重点工程建设进展情况", "2023-05-05"),
    ("/xwzx/bmdt/202305/t20230504_1288.html", "县交通运输局开展“五一”道路运输安全检查", "2023-05-04"),
    ("/xxgk/tzgg/202304/t20230428_1282.html", "檀湖县2023年“五一”假期旅游安全提示", "2023-04-28"),
    ("/xwzx/zwdt/202304/t20230427_1279.html", "檀湖县召开优化营商环境工作推进会", "2023-04-27"),
    ("/xwzx/xzdt/202304/t20230426_1276.html", "城东街道开展社区邻里节活动", "2023-04-26"),
    ("/xwzx/bmdt/202304/t20230425_1273.html", "县卫健局开展爱国卫生月集中行动", "2023-04-25"),
    ("/xwzx/zwdt/202304/t20230424_1270.html", "檀湖县召开2023年一季度安全生产形势分析会", "2023-04-24"),
    ("/xwzx/bmdt/202304/t20230421_1268.html", "县市场监管局开展计量器具专项检查", "2023-04-21"),
)

FEWER = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="SiteName" content="檀湖县人民政府">
<meta name="ColumnName" content="规划计划">
<title>规划计划 - 檀湖县人民政府</title>
<link rel="stylesheet" href="/images/xxgk.css">
</head>
<body>
<div class="top"><div class="w1200"><img src="/images/logo_gov.png" alt="檀湖县人民政府"></div></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/xxgk/">政府信息公开</a></li>
<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjth/">走进檀湖</a></li><li><a href="/ztzl/">专题专栏</a></li></ul></div>
<div class="w1200 main">
 <div class="left">
  <div class="xxgk-menu"><h3>法定主动公开内容</h3><ul>
  <li><a href="/xxgk/fdzdgknr/jgzn/">机构职能</a></li><li><a href="/xxgk/fdzdgknr/zcwj/">政策文件</a></li><li class="on"><a href="/xxgk/fdzdgknr/ghjh/">规划计划</a></li>
  <li><a href="/xxgk/fdzdgknr/czzj/">财政资金</a></li><li><a href="/xxgk/fdzdgknr/rsxx/">人事信息</a></li><li><a href="/xxgk/fdzdgknr/tjxx/">统计信息</a></li>
  </ul></div>
 </div>
 <div class="center">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; <a href="/xxgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="/xxgk/fdzdgknr/ghjh/">规划计划</a></div>
  <div class="col-list">
  <ul class="news-list">
{rows}
  </ul>
  </div>
  <div class="page">共13条 第1/2页 首页 上一页 <a href="/xxgk/fdzdgknr/ghjh/index_1.html">下一页</a> <a href="/xxgk/fdzdgknr/ghjh/index_1.html">尾页</a></div>
 </div>
 <div class="right">
  <div class="side-box"><div class="side-t">最新动态</div>
  <ul class="news-list">
{latest}
  </ul></div>
 </div>
</div>
<div class="foot"><div class="w1200">主办：檀湖县人民政府办公室 承办：檀湖县大数据发展中心 版权所有<br>网站标识码：3311990001 浙ICP备05012399号 浙公网安备33119902000001号</div></div>
</body>
</html>
""".replace(
    "{rows}",
    _rows(FEWER_ROWS, '   <li><a href="{h}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>'),
).replace(
    "{latest}",
    _rows(FEWER_LATEST, '   <li><a href="{h}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>'),
)

# ---------------------------------------------------------------------------------------------------------------
# 12. the column's 置顶 rows and its plain rows as two lists of the same markup (<ul class="list"><li><a><span>)
#     in two wrappers, <div class="top-list"> of three (older: pinned) over <div class="normal-list"> of nine;
#     both are the column's rows; a school's 通知公告, list-12-2.html pager
# ---------------------------------------------------------------------------------------------------------------

TWO_LISTS_TOP = (
    ("/html/tzgg/2023/0215/2051.html", "檀湖县第一中学2023年春季学期校历", "2023-02-15"),
    ("/html/tzgg/2023/0110/2017.html", "关于规范学生使用手机的管理规定", "2023-01-10"),
    ("/html/tzgg/2022/0901/1893.html", "檀湖县第一中学学生一日常规", "2022-09-01"),
)

TWO_LISTS_NORMAL = (
    ("/html/tzgg/2023/0508/2188.html", "关于2023年高考考点封闭管理的通知", "2023-05-08"),
    ("/html/tzgg/2023/0505/2181.html", "关于举行第二届校园科技节的通知", "2023-05-05"),
    ("/html/tzgg/2023/0426/2169.html", "关于2023年“五一”劳动节放假安排的通知", "2023-04-26"),
    ("/html/tzgg/2023/0421/2160.html", "关于高二年级学业水平考试考务安排的通知", "2023-04-21"),
    ("/html/tzgg/2023/0414/2152.html", "关于开展2023年春季学生体质健康测试的通知", "2023-04-14"),
    ("/html/tzgg/2023/0407/2141.html", "关于召开高三年级家长会的通知", "2023-04-07"),
    ("/html/tzgg/2023/0331/2133.html", "关于2023年清明节放假安排的通知", "2023-03-31"),
    ("/html/tzgg/2023/0324/2122.html", "关于评选2022学年“三好学生”的通知", "2023-03-24"),
    ("/html/tzgg/2023/0317/2110.html", "关于开展学雷锋志愿服务月活动的通知", "2023-03-17"),
)

TWO_LISTS = (
    """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>通知公告-檀湖县第一中学</title>
<link rel="stylesheet" href="/statics/css/thyz.css">
</head>
<body>
<div class="head"><div class="wrap"><a href="/"><img src="/statics/images/logo.png" alt="檀湖县第一中学"></a></div></div>
<div class="menu"><ul class="wrap"><li><a href="/">首页</a></li><li><a href="/html/xxgk/">学校概况</a></li><li><a href="/html/xwzx/">新闻中心</a></li>
<li class="cur"><a href="/html/tzgg/">通知公告</a></li><li><a href="/html/jxky/">教学科研</a></li><li><a href="/html/dygz/">德育工作</a></li><li><a href="/html/twhd/">团委活动</a></li>
<li><a href="/html/gkzl/">高考专栏</a></li><li><a href="/html/xyfc/">校园风采</a></li><li><a href="/html/djyd/">党建园地</a></li></ul></div>
<div class="wrap main">
 <div class="side">
  <div class="side-box"><h3>新闻中心</h3><ul class="side-news">
{side}
  </ul></div>
  <div class="side-box"><h3>快速通道</h3><ul class="quick"><li><a href="/html/xzxx/">校长信箱</a></li><li><a href="/html/xzzx/">下载中心</a></li><li><a href="http://jyj.tanhu.example.gov.cn/" target="_blank">县教育局</a></li></ul></div>
 </div>
 <div class="content">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/html/tzgg/">通知公告</a></div>
  <div class="top-list">
   <ul class="list">
{top}
   </ul>
  </div>
  <div class="normal-list">
   <ul class="list">
{rows}
   </ul>
  </div>
  <div class="pages"><span>共 63 条</span><a href="/html/tzgg/">首页</a><a href="/html/tzgg/">上一页</a><span class="cur">1</span><a href="/html/tzgg/list-12-2.html">2</a><a href="/html/tzgg/list-12-3.html">3</a><a href="/html/tzgg/list-12-4.html">4</a><a href="/html/tzgg/list-12-5.html">5</a><a href="/html/tzgg/list-12-6.html">6</a><a href="/html/tzgg/list-12-7.html">7</a><a href="/html/tzgg/list-12-2.html">下一页</a><a href="/html/tzgg/list-12-7.html">尾页</a></div>
 </div>
</div>
<div class="foot">Copyright &copy; 2023 檀湖县第一中学 版权所有 地址：檀湖县学府路2号 电话：0571-6873456<br>浙ICP备07023456号-1</div>
</body>
</html>
""".replace(
        "{top}",
        _rows(
            TWO_LISTS_TOP,
            '    <li><i class="zd">顶</i><a href="{h}" target="_blank">{t}</a><span class="date">{d}</span></li>',
        ),
    )
    .replace(
        "{rows}",
        _rows(TWO_LISTS_NORMAL, '    <li><a href="{h}" target="_blank">{t}</a><span class="date">{d}</span></li>'),
    )
    .replace(
        "{side}",
        _side(
            (
                ("/html/xwzx/2023/0506/2185.html", "我校学子在省青少年科技创新大赛中获佳绩", "2023-05-06"),
                ("/html/xwzx/2023/0428/2173.html", "高三年级举行“决胜高考”主题班会", "2023-04-28"),
                ("/html/xwzx/2023/0420/2158.html", "学校开展教学开放周活动", "2023-04-20"),
                ("/html/xwzx/2023/0412/2148.html", "我校举行2023年春季运动会", "2023-04-12"),
            )
        ),
    )
)

# ---------------------------------------------------------------------------------------------------------------
# 13. an old ASP <table> list, GBK: each row an arrow gif, a 【置顶】 image before two rows' links (<img
#     src="images/zhiding.gif" alt="【置顶】">, older than the rows under them), the link, and the date in a <td>
#     of its own (2023-5-6); a 共<font>45</font>篇 第1页/共3页 pager
# ---------------------------------------------------------------------------------------------------------------

TABLE_TOP_ROWS = (
    ("ShowNews.asp?id=612", "檀湖县卫生健康局2023年政府信息公开工作要点", "2023-01-16"),
    ("ShowNews.asp?id=598", "檀湖县卫生健康系统行风建设投诉电话", "2022-12-30"),
    ("ShowNews.asp?id=671", "县卫健局开展“世界家庭医生日”宣传活动", "2023-05-19"),
    ("ShowNews.asp?id=668", "檀湖县2023年适龄女生HPV疫苗免费接种工作启动", "2023-05-12"),
    ("ShowNews.asp?id=664", "县卫健局召开2023年卫生健康工作会议", "2023-05-06"),
    ("ShowNews.asp?id=659", "檀湖县开展2023年全民营养周宣传活动", "2023-04-27"),
    ("ShowNews.asp?id=655", "县人民医院胸痛中心通过国家级认证", "2023-04-20"),
    ("ShowNews.asp?id=650", "县卫健局组织开展医疗机构消防安全检查", "2023-04-13"),
    ("ShowNews.asp?id=646", "檀湖县启动第35个爱国卫生月活动", "2023-04-06"),
    ("ShowNews.asp?id=640", "县疾控中心开展结核病防治宣传进校园活动", "2023-03-24"),
)

TABLE_TOP = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>檀湖县卫生健康局-工作动态</title>
<link href="css.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/top.jpg" width="990" height="130"></td></tr>
<tr><td height="36" class="nav" align="center"><a href="index.asp">首页</a> | <a href="News.asp?BigClass=1">机构概况</a> | <a href="News.asp?BigClass=2">工作动态</a> |
<a href="News.asp?BigClass=3">通知公告</a> | <a href="News.asp?BigClass=4">政策法规</a> | <a href="News.asp?BigClass=5">医政管理</a> | <a href="News.asp?BigClass=6">疾病防控</a> |
<a href="News.asp?BigClass=7">妇幼健康</a> | <a href="News.asp?BigClass=8">健康教育</a> | <a href="News.asp?BigClass=9">办事指南</a></td></tr>
</table>
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="240" valign="top" class="left">
 <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="left_t">健康教育</td></tr>
{side}
 </table>
</td>
<td valign="top" class="right">
 <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="32" class="right_t">您的位置：<a href="index.asp">首页</a> &gt;&gt; <a href="News.asp?BigClass=2">工作动态</a></td></tr></table>
 <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
{rows}
 </table>
 <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="40" align="center">共<font color="red">45</font>篇 第1页/共3页 首页 上一页 <a href="News.asp?BigClass=2&amp;page=2">下一页</a> <a href="News.asp?BigClass=2&amp;page=3">尾页</a></td></tr></table>
</td>
</tr>
</table>
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="80" align="center" class="bottom">主办单位：檀湖县卫生健康局 地址：檀湖县健康路9号 电话：0571-6874567<br>版权所有 檀湖县卫生健康局 浙ICP备06034567号</td></tr>
</table>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        '<tr><td width="20" height="28"><img src="images/arrow.gif" width="9" height="9"></td><td>'
        + ('<img src="images/zhiding.gif" alt="【置顶】" align="absmiddle" border="0"> ' if i < 2 else "")
        + f'<a href="{h}" target="_blank">{t}</a></td><td width="85" align="right" class="hui">'
        + "-".join(str(int(x)) for x in d.split("-"))
        + '</td></tr>\n<tr><td colspan="3" height="1" background="images/line.gif"></td></tr>'
        for i, (h, t, d) in enumerate(TABLE_TOP_ROWS)
    ),
).replace(
    "{side}",
    "\n".join(
        f'<tr><td height="26" class="left_r"><a href="{h}" target="_blank">{t}</a>&nbsp;<font color="#999999">{d}</font></td></tr>'
        for h, t, d in (
            ("ShowNews.asp?id=669", "夏季食品安全小知识", "2023-5-15"),
            ("ShowNews.asp?id=653", "春季传染病预防指南", "2023-4-18"),
            ("ShowNews.asp?id=631", "科学就医 合理用药", "2023-3-10"),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 14. a 图片新闻 table of three pictures to a <tr>: each <td> a picture link, then a caption link to the same
#     article and its date (old ASP picture system, GBK); nine pictures in three <tr>s, a 共 47 张 第1页/共6页 pager
# ---------------------------------------------------------------------------------------------------------------

PICTURE_ROWS = (
    ("ShowPic.asp?id=388", "石门乡万亩杜鹃花盛开", "2023-05-02"),
    ("ShowPic.asp?id=386", "檀湖古镇夜景", "2023-04-28"),
    ("ShowPic.asp?id=383", "春茶开采季", "2023-04-15"),
    ("ShowPic.asp?id=380", "檀湖湿地公园白鹭翩飞", "2023-04-08"),
    ("ShowPic.asp?id=377", "城东新区建设掠影", "2023-03-30"),
    ("ShowPic.asp?id=374", "油菜花海迎客来", "2023-03-22"),
    ("ShowPic.asp?id=371", "元宵灯会精彩纷呈", "2023-02-06"),
    ("ShowPic.asp?id=368", "雪后檀湖", "2023-01-18"),
    ("ShowPic.asp?id=365", "新春送福进万家", "2023-01-12"),
)

PICTURE = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>图片新闻 - 檀湖县文化和广电旅游体育局</title>
<link href="style.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/banner.jpg" width="980" height="140"></td></tr>
<tr><td height="36" class="menu" align="center"><a href="index.asp">首页</a> | <a href="NewsList.asp?cid=1">本局概况</a> | <a href="NewsList.asp?cid=2">工作动态</a> |
<a href="NewsList.asp?cid=3">通知公告</a> | <a href="PicList.asp?cid=9">图片新闻</a> | <a href="NewsList.asp?cid=4">文化遗产</a> | <a href="NewsList.asp?cid=5">旅游资讯</a> |
<a href="NewsList.asp?cid=6">全民健身</a> | <a href="NewsList.asp?cid=7">广电管理</a> | <a href="NewsList.asp?cid=8">政务公开</a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="230" valign="top">
 <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="lt">工作动态</td></tr>
{side}
 </table>
</td>
<td valign="top" style="padding-left:10px">
 <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="30" class="wz">当前位置：<a href="index.asp">首页</a> &gt; <a href="PicList.asp?cid=9">图片新闻</a></td></tr></table>
 <table width="100%" border="0" cellspacing="8" cellpadding="0" class="piclist">
{rows}
 </table>
 <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="36" align="center">共 47 张 第1页/共6页 首页 上一页 <a href="PicList.asp?cid=9&amp;page=2">下一页</a> <a href="PicList.asp?cid=9&amp;page=6">尾页</a></td></tr></table>
</td>
</tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="80" align="center" class="foot">主办：檀湖县文化和广电旅游体育局 地址：檀湖县文化路15号<br>版权所有 檀湖县文化和广电旅游体育局 浙ICP备09034521号</td></tr>
</table>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        "<tr>"
        + "".join(
            f'<td width="33%" align="center" valign="top"><a href="{h}" target="_blank"><img src="UploadPic/{h[-3:]}.jpg"'
            f' width="200" height="140" border="0"></a><br><a href="{h}" target="_blank">{t}</a><br>'
            f'<font color="#999999">{d}</font></td>'
            for h, t, d in PICTURE_ROWS[k : k + 3]
        )
        + "</tr>"
        for k in range(0, len(PICTURE_ROWS), 3)
    ),
).replace(
    "{side}",
    "\n".join(
        f'<tr><td height="26" class="lr">&middot; <a href="{h}" target="_blank">{t}</a> <font color="#999999">{d}</font></td></tr>'
        for h, t, d in (
            ("NewsShow.asp?id=1720", "檀湖县2023年文化惠民工程启动", "2023-05-04"),
            ("NewsShow.asp?id=1711", "县文广旅体局开展文物安全大检查", "2023-04-25"),
            ("NewsShow.asp?id=1703", "全县乡村旅游发展现场会召开", "2023-04-17"),
            ("NewsShow.asp?id=1695", "檀湖县第三届全民健身运动会开幕", "2023-04-09"),
        )
    ),
)


CASES = [
    ListCase(
        "trap4-path-segment-pages-page-2",
        "https://www.thxw.example.cn/news/bendi/p2.html",
        PATH_PAGE,
        PATH_PAGE_ROWS,
        (2, 26, "https://www.thxw.example.cn/news/bendi/p3.html"),
    ),
    ListCase(
        "trap4-wordpress-page-path-cat-query",
        "https://jky.thsz.example.edu.cn/?cat=3",
        WP_CAT,
        WP_CAT_ROWS,
        (1, 9, "https://jky.thsz.example.edu.cn/page/2/?cat=3"),
    ),
    ListCase(
        "trap4-pageno-counting-from-zero",
        "http://rsj.tanhu.example.gov.cn/channel/list.jsp?channelId=21&pageNo=2",
        PAGE_ZERO,
        PAGE_ZERO_ROWS,
        (3, 12, "http://rsj.tanhu.example.gov.cn/channel/list.jsp?channelId=21&pageNo=3"),
    ),
    ListCase(
        "trap4-glyph-only-pager-raquo-last",
        "http://www.thzj.example.cn/news/list.php?cid=4",
        GLYPHS,
        GLYPHS_ROWS,
        (1, 16, "http://www.thzj.example.cn/news/list.php?cid=4&page=2"),
    ),
    ListCase(
        "trap4-span-onclick-pager",
        "http://zjj.tanhu.example.gov.cn/Item/List.aspx?type=2",
        ONCLICK,
        ONCLICK_ROWS,
        (1, 9, "http://zjj.tanhu.example.gov.cn/Item/List.aspx?type=2&page=2"),
    ),
    ListCase(
        "trap4-get-form-pager-gbk",
        "http://www.thcgzx.example.cn/list.asp?classid=5",
        FORM_PAGER,
        FORM_PAGER_ROWS,
        (1, 9, "http://www.thcgzx.example.cn/list.asp?classid=5&page=2"),
        gbk=True,
    ),
    ListCase(
        "trap4-bold-current-after-bold-counts-gbk",
        "http://www.shimen.tanhu.example.gov.cn/news_list.asp?lm=7&page=4",
        BOLD_CURRENT,
        BOLD_CURRENT_ROWS,
        (4, 9, "http://www.shimen.tanhu.example.gov.cn/news_list.asp?lm=7&page=5"),
        gbk=True,
    ),
    ListCase(
        "trap4-four-short-words-page-5-gbk",
        "http://daj.tanhu.example.gov.cn/list.php?fid=3&page=5",
        SHORT_WORDS,
        SHORT_WORDS_ROWS,
        (5, 12, "http://daj.tanhu.example.gov.cn/list.php?fid=3&page=6"),
        gbk=True,
    ),
    ListCase(
        "trap4-laypage-laquo-raquo",
        "http://zwfw.tanhu.example.gov.cn/category/2.html",
        LAYPAGE,
        LAYPAGE_ROWS,
        (1, 15, "http://zwfw.tanhu.example.gov.cn/category/2_2.html"),
    ),
    ListCase(
        "trap4-last-page-no-next",
        "http://www.thsx.example.cn/a/xxgk/tzgg/list_5_7.html",
        LAST_PAGE,
        LAST_PAGE_ROWS,
        (7, 7, None),
    ),
    ListCase(
        "trap4-fewer-rows-than-latest-box",
        "http://www.tanhu.example.gov.cn/xxgk/fdzdgknr/ghjh/",
        FEWER,
        FEWER_ROWS,
        (1, 2, "http://www.tanhu.example.gov.cn/xxgk/fdzdgknr/ghjh/index_1.html"),
    ),
    ListCase(
        "trap4-top-and-normal-lists-same-markup",
        "http://www.thyz.example.cn/html/tzgg/",
        TWO_LISTS,
        TWO_LISTS_TOP + TWO_LISTS_NORMAL,
        (1, 7, "http://www.thyz.example.cn/html/tzgg/list-12-2.html"),
    ),
    ListCase(
        "trap4-table-top-image-date-cell-gbk",
        "http://wjj.tanhu.example.gov.cn/News.asp?BigClass=2",
        TABLE_TOP,
        TABLE_TOP_ROWS,
        (1, 3, "http://wjj.tanhu.example.gov.cn/News.asp?BigClass=2&page=2"),
        gbk=True,
    ),
    ListCase(
        "trap4-picture-table-three-per-row-gbk",
        "http://wgly.tanhu.example.gov.cn/PicList.asp?cid=9",
        PICTURE,
        PICTURE_ROWS,
        (1, 6, "http://wgly.tanhu.example.gov.cn/PicList.asp?cid=9&page=2"),
        gbk=True,
    ),
]
