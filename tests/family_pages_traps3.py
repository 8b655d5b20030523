"""Article pages of CMS families the extractor was not tuned to, a third round, each carrying ONE trap that real
pages of its family have, mostly for the 来源 and the body, a few for the title and the publish day; everything else
on the page is ordinary for its family (menu, breadcrumb, related rows with dates, side boxes, a footer with 版权所有
and the ICP备 number). Written by hand after each family's public template markup; names, hosts and numbers made up
(tests/test_article_families.py checks every field of each).

Traps: (1) 迅睿 XunRuiCMS county 教育局 (2021): the 来源 value a bare text node run on, with no separator, into the
info line's tool links 打印 收藏 纠错; (2) a 索贝 (Sobey) county 融媒体 site (2021): "来源丨岚溪融媒", a 丨 in place of
the colon; (3) 齐博 qibo CMS v7 county portal (2015, GBK): no 来源 in the header, the body's last line
"（来源：檀溪县教育局）"; (4) a 超星 (Chaoxing) 站群 school sub-site (2022): 发布时间 / 来源 / 浏览次数 as <dl><dt>
label <dd>value pairs with no colon; (5) DTcms primary school (2020): "来源：大队部 一审：… 二审：… 三审：…" in one
text node parted by single spaces; (6) 国泰新点 Epoint county government portal (2019): the source labelled
【报送单位：…】; (7) CmsTop provincial news portal (2016): a 相关阅读 box of links inside div.article-content between
the body's paragraphs, text after it; (8) SDCMS school site (2012, GBK): the body's container ending with a
【返回上一页】 history link; (9) a 豆瓣 (Douban) 日记 page (2012): the body one text node of <br>-parted lines, the
comments below in div.content blocks; (10) Destoon 资讯 (2014): a pasted <div> left open inside div#article, which
swallows the tools, 上一篇/下一篇 and the related rows; (11) 良精南方 SouthIDC ASP site (2006, GBK): the body <br>-parted
in a <td> of nested tables that also holds the 上一篇/下一篇 lines; (12) 博客园 cnblogs (2019): the day only in the
"posted @ 2019-03-05 10:20" line under the body, comments dated later; (13) CSDN blog (2021): the header shows
"已于 2021-03-08 修改" first and "于 2021-03-05 … 首次发布" after it; (14) V2EX topic (2021): the day shown only as
"3 天前", the absolute time in the span's title attribute; (15) KingCMS school site (2008, GBK): no heading, the title
only in <title> and a centred <strong> line; (16) We7 CMS (ASP.NET, 2010): <title> names only the page kind, the
title is the value cell after a 文章标题： label cell of the article's header table."""

from family_page import Page

# (1) 迅睿 XunRuiCMS 4 county education bureau of 2021: h1.show-title, div.show-info "发布时间：… 浏览：…次 来源：县教师
# 发展中心" and, glued to the source's text node, span.show-tool of links 打印 收藏 纠错 (floated right by the CSS);
# div.show-content, 上一篇/下一篇, 相关阅读 with dates, a 通知公告 side box, a footer
XUNRUI_2021_GLUED_TOOLS = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>岚溪县举行2021年中小学青年教师基本功大赛_教育动态_岚溪县教育局</title>
<meta name="keywords" content="青年教师,基本功大赛">
<meta name="description" content="4月14日至15日，岚溪县2021年中小学青年教师基本功大赛在县实验小学和岚溪中学举行。">
<link href="/static/default/pc/css/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript">var is_mobile_cms = '';var web_dir = '/';</script>
<script src="/api/language/zh-cn/lang.js" type="text/javascript"></script>
<script src="/static/assets/js/cms.js" type="text/javascript"></script>
</head>
<body>
<div class="header"><div class="container"><a class="logo" href="/"><img src="/uploadfile/202101/logo.png" alt="岚溪县教育局"></a>
<div class="search"><form action="/index.php" method="get"><input type="hidden" name="s" value="news"><input type="hidden" name="c" value="search"><input name="keyword" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div></div>
<div class="nav"><div class="container"><ul>
<li><a href="/">网站首页</a></li><li><a href="/jygk/">教育概况</a></li><li class="on"><a href="/jydt/">教育动态</a></li><li><a href="/tzgg/">通知公告</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li>
</ul></div></div>
<div class="container">
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/jydt/">教育动态</a> &gt; 正文</div>
<div class="row">
<div class="col-main">
<div class="show-box">
<h1 class="show-title">岚溪县举行2021年中小学青年教师基本功大赛</h1>
<div class="show-info">发布时间：2021-04-16 10:20&nbsp;&nbsp;&nbsp;浏览：<span class="dr_show_hits_1832">0</span>次&nbsp;&nbsp;&nbsp;来源：县教师发展中心<span class="show-tool"><a href="javascript:window.print();">打印</a><a href="javascript:dr_favorite(1832);">收藏</a><a href="/index.php?s=jiucuo&amp;id=1832">纠错</a></span></div>
<div class="show-content">
<p>4月14日至15日，岚溪县2021年中小学青年教师基本功大赛在县实验小学和岚溪中学举行，来自全县46所中小学的132名青年教师参加了比赛。</p>
<p>本次大赛分小学组和中学组，设教学设计、课堂教学展示、粉笔字和即兴演讲四个项目，重点考查青年教师的教学基本功和课堂组织能力。</p>
<p>县教师发展中心组织各学科教研员和骨干教师担任评委，按照统一评分标准现场打分，并对每位选手的课堂逐一作了点评。</p>
<p>经过两天的角逐，共评出一等奖20名、二等奖40名、三等奖60名，一等奖获得者将推荐参加全市青年教师基本功大赛。</p>
</div>
<div class="show-page"><p>上一篇：<a href="/jydt/1831.html">岚溪县召开2021年校园安全工作会议</a></p><p>下一篇：<a href="/jydt/1835.html">县教育局开展“送教下乡”活动</a></p></div>
</div>
<div class="related"><h3>相关阅读</h3><ul>
<li><a href="/jydt/1790.html">岚溪县2020年中小学班主任基本功大赛落幕</a><span>2021-01-08</span></li>
<li><a href="/jydt/1772.html">县教师发展中心举办新教师入职培训</a><span>2020-12-18</span></li>
<li><a href="/jydt/1755.html">岚溪县开展课堂教学质量调研</a><span>2020-11-27</span></li>
</ul></div>
</div>
<div class="col-side">
<div class="side-box"><h3>通知公告</h3><ul>
<li><a href="/tzgg/1828.html">关于2021年清明节放假的通知</a><span>04-01</span></li>
<li><a href="/tzgg/1820.html">岚溪县2021年义务教育学校招生工作方案</a><span>03-26</span></li>
</ul></div>
<div class="side-box"><h3>便民服务</h3><ul><li><a href="/bsfw/xjcx/">学籍查询</a></li><li><a href="/bsfw/jszg/">教师资格认定</a></li></ul></div>
</div>
</div>
</div>
<div class="footer"><div class="container"><p>主办单位：岚溪县教育局　地址：岚溪县城关镇文昌路18号　电话：0579-86120000</p><p>版权所有：岚溪县教育局　浙ICP备12045678号-1　网站标识码：3307830011</p></div></div>
</body>
</html>
"""

# (2) a county 融媒体中心 site on 索贝 (Sobey) of 2021: h1.article-title, div.article-info of three spans
# "来源丨岚溪融媒" "编辑丨周雯" and the time; the body in div.article-content; 分享到, 推荐阅读 with dates, a footer
SOBEY_2021_SHU_SOURCE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<title>岚溪县首届中小学生科技节开幕_岚溪新闻网</title>
<meta name="keywords" content="科技节,中小学生">
<link rel="stylesheet" href="/templates/default/css/article.css">
<script src="/templates/default/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>岚溪县融媒体中心主办</span><a href="/app/">下载客户端</a></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/templates/default/images/logo.png" alt="岚溪新闻网"></a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/folder12/">岚溪要闻</a></li><li><a href="/folder13/">部门乡镇</a></li><li><a href="/folder14/">民生</a></li><li><a href="/folder15/">视频</a></li><li><a href="/folder16/">专题</a></li></ul></div></div>
<div class="w1200 location">您的位置：<a href="/">首页</a> &gt; <a href="/folder12/">岚溪要闻</a> &gt; 正文</div>
<div class="w1200 clearfix">
<div class="main-left">
<div class="article">
<h1 class="article-title">岚溪县首届中小学生科技节开幕</h1>
<div class="article-info"><span>来源丨岚溪融媒</span><span>编辑丨周雯</span><span>2021-05-18 17:36</span></div>
<div class="article-content">
<p>5月17日，岚溪县首届中小学生科技节在县青少年活动中心开幕，全县28所中小学的600余名学生带着自己的科技作品参加展示。</p>
<p>本届科技节为期一周，设科技创新作品展、机器人竞赛、航模表演和科普讲座等10余项活动，参与学生预计超过5000人次。</p>
<p>开幕式现场，县实验小学学生展示的“智能浇花系统”和岚溪二中学生制作的水火箭吸引了不少观众驻足。</p>
<p>县教育局相关负责人表示，科技节将每年举办一届，引导更多学生动手实践、爱上科学。</p>
</div>
<div class="article-share">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="qq">QQ空间</a></div>
</div>
<div class="recommend"><h3>推荐阅读</h3><ul>
<li><a href="/folder12/2021-05-14/a8c0d1e2f3.html">岚溪县青少年机器人竞赛选拔赛举行</a><span>2021-05-14</span></li>
<li><a href="/folder12/2021-05-10/b7d1e2f3a4.html">县科协开展“科普进校园”活动</a><span>2021-05-10</span></li>
<li><a href="/folder13/2021-05-06/c6e2f3a4b5.html">溪口镇中心小学建成校园气象站</a><span>2021-05-06</span></li>
</ul></div>
</div>
<div class="main-right">
<div class="box"><h3>热点排行</h3><ol><li><a href="/folder14/2021-05-17/d5f3a4b5c6.html">城区新增三条公交线路</a></li><li><a href="/folder12/2021-05-16/e4a4b5c6d7.html">岚溪县召开春季农业生产推进会</a></li></ol></div>
<div class="box app"><h3>岚溪新闻客户端</h3><img src="/templates/default/images/app_qr.png" alt="扫码下载"><p>扫码下载岚溪新闻客户端</p></div>
</div>
</div>
<div class="footer"><div class="w1200"><p>岚溪县融媒体中心 版权所有　未经授权禁止转载</p><p>浙ICP备19012345号-1　互联网新闻信息服务许可证：33120200015</p></div></div>
</body>
</html>
"""

# (3) 齐博 qibo CMS v7 county portal of 2015, GBK (bencandy.php?fid=&id=): table-framed div.MainTable, div.title,
# div.about "发布时间：… 浏览：…次" with no 来源; the body in div.content_word#post1, whose last line is
# "（来源：檀溪县教育局）"; 上一篇/下一篇, 相关文章 with dates, a 最新文章 side box, a footer
QIBO_2015_SOURCE_LAST_LINE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>檀溪县中小学生暑期安全教育活动启动-教育之窗-檀溪在线</title>
<meta name="keywords" content="暑期安全,安全教育" />
<link rel="stylesheet" type="text/css" href="/images/default/style.css" />
<script type="text/javascript" src="/images/default/inc.js"></script>
</head>
<body>
<div class="wrap">
<div class="top"><div class="logo"><a href="/"><img src="/images/default/logo.gif" alt="檀溪在线" /></a></div>
<div class="toplink"><a href="/do/login.php">登录</a> | <a href="/do/reg.php">注册</a> | <a href="/do/search.php">搜索</a></div></div>
<div class="menu"><a href="/">首页</a><a href="/list.php?fid=10">檀溪新闻</a><a href="/list.php?fid=11">乡镇动态</a><a href="/list.php?fid=12">教育之窗</a><a href="/list.php?fid=13">民生服务</a><a href="/list.php?fid=14">旅游檀溪</a></div>
<div class="guide">您现在的位置：<a href="/">檀溪在线</a> -&gt; <a href="/list.php?fid=12">教育之窗</a> -&gt; 内容</div>
<div class="MainTable">
<div class="Main">
<div class="title">檀溪县中小学生暑期安全教育活动启动</div>
<div class="about">发布时间：2015-06-26 09:45:12　浏览：<span id="hits"><script type="text/javascript" src="/do/job.php?job=hits&amp;fid=12&amp;id=3456"></script></span>次</div>
<div class="content_word" id="post1">
<p>　　6月25日，檀溪县教育局在县第一中学召开中小学生暑期安全教育活动启动会，全县各中小学分管安全工作的负责人参加会议。</p>
<p>　　会议通报了今年上半年全县校园安全工作情况，对暑期防溺水、交通安全、消防安全和食品安全教育作了具体部署。</p>
<p>　　会议要求，各校要在放假前上好安全教育“最后一课”，通过家长会、告家长书和“家校通”平台，提醒家长切实履行监护责任。</p>
<p>　　暑假期间，县教育局还将联合公安、水利等部门对重点水域开展巡查，并安排专人值班，确保学生度过一个平安的假期。</p>
<p>　　（来源：檀溪县教育局）</p>
</div>
<div class="page_updown">上一篇：<a href="/bencandy.php?fid=12&amp;id=3449">檀溪县2015年中考顺利结束</a><br />下一篇：<a href="/bencandy.php?fid=12&amp;id=3461">县实验小学开展“六一”文艺汇演</a></div>
</div>
<div class="Main about_list"><div class="head">相关文章</div><ul>
<li><a href="/bencandy.php?fid=12&amp;id=3302">檀溪县开展校园周边环境专项整治</a> 2015-05-20</li>
<li><a href="/bencandy.php?fid=12&amp;id=3187">全县中小学开展防溺水安全教育</a> 2015-04-28</li>
</ul></div>
</div>
<div class="Side"><div class="head">最新文章</div><ul>
<li><a href="/bencandy.php?fid=10&amp;id=3462">檀溪县召开防汛工作会议</a></li>
<li><a href="/bencandy.php?fid=11&amp;id=3460">桐坞乡杨梅节开幕</a></li>
</ul></div>
<div class="foot">檀溪在线 版权所有 &copy; 2015　联系电话：0598-2331234　闽ICP备13004567号<br />Powered by qibosoft V7.0</div>
</div>
</body>
</html>
"""

# (4) a 超星 (Chaoxing) 站群 middle-school sub-site of 2022: h2.detail-title, div.detail-info of three <dl> whose
# <dt> labels 发布时间 / 来源 / 浏览次数 carry no colon (the theme draws an icon); div.detail-content; 上一篇 /
# 下一篇, a left sub-menu, 相关新闻 with dates, a footer
CHAOXING_2022_DL_SOURCE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>青岚市第二中学召开2022年春季学期学生干部培训会-青岚市第二中学</title>
<link rel="stylesheet" href="/static/site/css/common.css">
<link rel="stylesheet" href="/static/site/css/detail.css">
<script src="/static/site/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="header"><div class="inner"><a class="logo" href="/"><img src="/static/site/images/logo.png" alt="青岚市第二中学"></a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xxgk/">学校概况</a></li><li class="cur"><a href="/xwzx/">新闻中心</a></li><li><a href="/dyzc/">德育之窗</a></li><li><a href="/jxky/">教学科研</a></li><li><a href="/dqgz/">党群工作</a></li></ul></div></div>
<div class="inner clearfix">
<div class="sub-menu"><h3>新闻中心</h3><ul><li><a href="/xwzx/xxyw/">学校要闻</a></li><li class="cur"><a href="/xwzx/xydt/">校园动态</a></li><li><a href="/xwzx/tzgg/">通知公告</a></li></ul></div>
<div class="sub-main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/xydt/">校园动态</a></div>
<div class="detail">
<h2 class="detail-title">青岚市第二中学召开2022年春季学期学生干部培训会</h2>
<div class="detail-info">
<dl><dt><i class="icon-time"></i>发布时间</dt><dd>2022-03-05</dd></dl>
<dl><dt><i class="icon-source"></i>来源</dt><dd>学生处</dd></dl>
<dl><dt><i class="icon-eye"></i>浏览次数</dt><dd><span id="readCount">286</span></dd></dl>
</div>
<div class="detail-content">
<p style="text-indent:2em;">3月4日下午，青岚市第二中学2022年春季学期学生干部培训会在学术报告厅举行，校学生会、团委和各班班委共240余名学生干部参加培训。</p>
<p style="text-indent:2em;">学生处主任陈立群以“做有担当的学生干部”为题作了专题讲座，结合往届学生干部的成长故事，讲解了学生干部的职责和工作方法。</p>
<p style="text-indent:2em;">校学生会主席、高二（4）班林语彤分享了组织校园活动的经验，并就新学期学生会的工作计划作了介绍。</p>
<p style="text-indent:2em;">培训会最后，全体学生干部进行了集体宣誓，表示将在学习和工作中发挥表率作用，为同学们做好服务。</p>
</div>
<div class="detail-page"><p>上一篇：<a href="/xwzx/xydt/5612.html">我校举行2022年春季开学典礼</a></p><p>下一篇：<a href="/xwzx/xydt/5630.html">高三年级召开高考百日誓师大会</a></p></div>
</div>
<div class="related"><h3>相关新闻</h3><ul>
<li><a href="/xwzx/xydt/5431.html">校学生会举行换届选举</a><span>2021-11-19</span></li>
<li><a href="/xwzx/xydt/5388.html">我校开展“文明班级”评比活动</a><span>2021-10-29</span></li>
</ul></div>
</div>
</div>
<div class="footer"><div class="inner"><p>地址：青岚市新华路56号　邮编：315100　电话：0574-88120000</p><p>Copyright &copy; 2022 青岚市第二中学 版权所有　浙ICP备10023456号-1　技术支持：超星集团</p></div></div>
</body>
</html>
"""

# (5) DTcms primary school site of 2020 (ASP.NET, /news/show-1286.html): h2.art-title, div.art-meta one text node
# "发布时间：… 来源：大队部 一审：… 二审：… 三审：… 浏览：…次" parted by single spaces (the 三审三校 names the school
# must show); div.art-body; 上一篇/下一篇, 相关资讯 with dates, a 校园公告 side box, a footer
DTCMS_2020_REVIEW_NAMES = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>青岚市实验小学开展“红领巾讲解员”培训活动 - 校园新闻 - 青岚市实验小学</title>
<meta name="keywords" content="红领巾讲解员,少先队" />
<link rel="stylesheet" type="text/css" href="/templates/main/css/style.css" />
<script type="text/javascript" src="/scripts/jquery/jquery-1.11.2.min.js"></script>
<script type="text/javascript" src="/templates/main/js/common.js"></script>
</head>
<body>
<div class="header"><div class="section"><div class="logo"><a href="/"><img src="/templates/main/images/logo.png" alt="青岚市实验小学" /></a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/content/xxgk.html">学校概况</a></li><li class="selected"><a href="/news/xyxw.html">校园新闻</a></li><li><a href="/news/dyhd.html">德育活动</a></li><li><a href="/news/jxky.html">教学科研</a></li><li><a href="/news/jxhd.html">家校互动</a></li></ul></div></div></div>
<div class="section">
<div class="location"><span>当前位置：</span><a href="/">首页</a> &gt; <a href="/news/xyxw.html">校园新闻</a> &gt; 正文</div>
<div class="wrapper clearfix">
<div class="left-690">
<div class="article">
<h2 class="art-title">青岚市实验小学开展“红领巾讲解员”培训活动</h2>
<div class="art-meta">发布时间：2020-11-20 16:05 来源：大队部 一审：陈晓燕 二审：王建明 三审：徐立新 浏览：<span id="click"><script type="text/javascript" src="/tools/submit_ajax.ashx?action=view_article_click&amp;id=1286&amp;click=1"></script></span>次</div>
<div class="art-body">
<p style="text-indent:2em;">为进一步丰富红色教育形式，11月18日至19日，青岚市实验小学少先队大队部组织开展“红领巾讲解员”培训活动，来自三至六年级的40名少先队员参加培训。</p>
<p style="text-indent:2em;">培训邀请了青岚市革命纪念馆的专职讲解员为队员们授课，从讲解稿的撰写、语言表达、仪态礼仪等方面进行了细致指导。</p>
<p style="text-indent:2em;">在实践环节，队员们分组来到学校校史馆，结合展板内容轮流试讲，讲解员老师逐一点评，帮助大家改进。</p>
<p style="text-indent:2em;">经过培训考核，共有32名队员获得“红领巾讲解员”证书，他们将在校史馆和市革命纪念馆开展志愿讲解服务。</p>
</div>
<div class="art-prev"><p>上一篇：<a href="/news/show-1281.html">我校举行2020年秋季运动会</a></p><p>下一篇：<a href="/news/show-1290.html">一年级新生入队仪式举行</a></p></div>
</div>
<div class="related"><h3>相关资讯</h3><ul>
<li><a href="/news/show-1254.html">少先队大队委员换届选举产生新一届大队委</a><span>2020-10-16</span></li>
<li><a href="/news/show-1233.html">我校开展“红领巾心向党”主题队日活动</a><span>2020-09-30</span></li>
</ul></div>
</div>
<div class="right-280"><div class="side-box"><h3>校园公告</h3><ul>
<li><a href="/news/show-1288.html">关于冬季作息时间调整的通知</a><span>11-19</span></li>
<li><a href="/news/show-1270.html">2020学年第一学期家长会安排</a><span>11-06</span></li>
</ul></div></div>
</div>
</div>
<div class="footer"><div class="section"><p>地址：青岚市解放路120号　电话：0574-87330000</p><p>版权所有 &copy; 青岚市实验小学　浙ICP备09034567号</p></div></div>
</body>
</html>
"""

# (6) 国泰新点 (Epoint) county government portal of 2019 (/…/20190612/<guid>.html): h2.ewb-article-tt,
# div.ewb-article-sources "【报送单位：县教育局】【发布时间：2019-06-12】【浏览次数：】【字体：大 中 小】", the body in
# div.ewb-article-info#mainContent; 【打印本页】【关闭窗口】, 相关信息 with dates, a footer with 网站标识码
EPOINT_2019_BAOSONG = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>岚溪县教育局开展2019年中考考务人员培训</title>
<meta name="ArticleTitle" content="岚溪县教育局开展2019年中考考务人员培训">
<meta name="PubDate" content="2019-06-12 15:30">
<link rel="stylesheet" href="/lxxzf/css/common.css">
<link rel="stylesheet" href="/lxxzf/css/article.css">
<script src="/lxxzf/js/lib/jquery.min.js"></script>
</head>
<body>
<div class="ewb-header"><div class="ewb-container"><a class="ewb-logo" href="/"><img src="/lxxzf/images/logo.png" alt="岚溪县人民政府"></a>
<div class="ewb-top-link"><a href="javascript:;">无障碍浏览</a> | <a href="javascript:;">长者模式</a></div></div></div>
<div class="ewb-nav"><div class="ewb-container"><ul><li><a href="/">首页</a></li><li><a href="/lxxzf/zwdt/">政务动态</a></li><li><a href="/lxxzf/zfxxgk/">政府信息公开</a></li><li><a href="/lxxzf/zwfw/">政务服务</a></li><li><a href="/lxxzf/hdjl/">互动交流</a></li><li><a href="/lxxzf/zjlx/">走进岚溪</a></li></ul></div></div>
<div class="ewb-container">
<div class="ewb-location">当前位置：<a href="/">首页</a> &gt; <a href="/lxxzf/zwdt/">政务动态</a> &gt; <a href="/lxxzf/bmdt/">部门动态</a></div>
<div class="ewb-article">
<h2 class="ewb-article-tt">岚溪县教育局开展2019年中考考务人员培训</h2>
<div class="ewb-article-sources"><p>【报送单位：<span>县教育局</span>】【发布时间：2019-06-12】【浏览次数：<span id="infoViewCount"></span>】【字体：<a href="javascript:doZoom(18);">大</a> <a href="javascript:doZoom(16);">中</a> <a href="javascript:doZoom(14);">小</a>】</p></div>
<div class="ewb-article-info" id="mainContent">
<p style="text-indent:2em;">6月11日，岚溪县教育局在县委党校报告厅举行2019年中考考务人员培训会，全县6个考点的主考、副主考、监考员和保密员共420余人参加培训。</p>
<p style="text-indent:2em;">培训会上，县教育局考试中心负责人解读了今年中考的考务工作规定，并结合往年考试中出现的典型问题，对试卷保管、考场管理和违纪处理等环节作了详细讲解。</p>
<p style="text-indent:2em;">会议要求，全体考务人员要严格遵守考试纪律，熟练掌握考务操作流程，确保今年中考安全、平稳、有序进行。</p>
<p style="text-indent:2em;">今年全县共有3826名考生报名参加中考，考试将于6月18日至20日举行。</p>
</div>
<div class="ewb-article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="ewb-related"><h4>相关信息</h4><ul>
<li><a href="/lxxzf/bmdt/20190605/4e2a1c9b-7d3f-4b8e-9a1c-2b3d4e5f6a7b.html">县教育局召开中考安全保障工作协调会</a><span>2019-06-05</span></li>
<li><a href="/lxxzf/bmdt/20190528/5f3b2dac-8e4a-4c9f-8b2d-3c4e5f6a7b8c.html">岚溪县2019年中考体育考试结束</a><span>2019-05-28</span></li>
</ul></div>
</div>
<div class="ewb-footer"><div class="ewb-container"><p>主办：岚溪县人民政府办公室　承办：岚溪县大数据发展中心</p><p>版权所有：岚溪县人民政府　浙ICP备05012377号　浙公网安备 33078302000111号　网站标识码：3307830001</p></div></div>
</body>
</html>
"""

# (7) CmsTop provincial news portal of 2016 (/2016/0523/2873456.shtml): h1, div.article-infos of span.date,
# span.source 来源：<a>青岚日报</a>, span.editor; div.article-content holding, between its third and fourth
# paragraphs, an inline div.xgyd box "相关阅读" of three links; 编辑 line, 相关新闻 with dates, a footer
CMSTOP_2016_INLINE_READ = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>青岚省今年将为农村学校建设“数字教室”3000间_教育_青岚在线</title>
<meta name="keywords" content="数字教室,农村学校,教育信息化">
<meta name="description" content="记者从省教育厅获悉，今年我省将为农村中小学建设“数字教室”3000间。">
<link rel="stylesheet" href="http://img.qlol.example.cn/templates/qlol/css/article.css">
<script src="http://img.qlol.example.cn/js/jquery.js"></script>
<script src="http://img.qlol.example.cn/js/cmstop.js"></script>
</head>
<body>
<div class="topbar"><div class="w1000"><a href="http://www.qlol.example.cn/">青岚在线首页</a> <a href="http://news.qlol.example.cn/">新闻</a> <a href="http://edu.qlol.example.cn/">教育</a> <a href="http://finance.qlol.example.cn/">财经</a> <a href="http://travel.qlol.example.cn/">旅游</a> <a href="http://bbs.qlol.example.cn/">论坛</a></div></div>
<div class="header w1000"><a href="http://www.qlol.example.cn/"><img src="http://img.qlol.example.cn/templates/qlol/images/logo.png" alt="青岚在线"></a></div>
<div class="w1000 crumb"><a href="http://www.qlol.example.cn/">首页</a> &gt; <a href="http://news.qlol.example.cn/">新闻中心</a> &gt; <a href="http://news.qlol.example.cn/edu/">教育</a> &gt; 正文</div>
<div class="w1000 clearfix">
<div class="col-l">
<div class="article">
<h1>青岚省今年将为农村学校建设“数字教室”3000间</h1>
<div class="article-infos"><span class="date">2016-05-23 08:12</span><span class="source">来源：<a href="http://qlrb.example.cn/" target="_blank">青岚日报</a></span><span class="editor">编辑：许佳</span></div>
<div class="article-content fontSizeSmall BSHARE_POP">
<p>　　记者从省教育厅获悉，今年我省将投入专项资金4.2亿元，为农村中小学建设“数字教室”3000间，覆盖全省62个县（市、区）的1200余所学校。</p>
<p>　　据介绍，“数字教室”将配备交互式电子白板、录播设备和高速网络，农村学校的学生可以通过同步课堂，与城区学校的学生一起上课。</p>
<p>　　省教育厅有关负责人表示，近年来我省农村学校的信息化基础设施明显改善，但与城区学校相比，在优质课程资源方面仍有较大差距。</p>
<div class="xgyd"><p class="xgyd-tit">相关阅读</p><ul>
<li><a href="http://news.qlol.example.cn/2016/0418/2861123.shtml">我省启动教育信息化三年行动计划</a></li>
<li><a href="http://news.qlol.example.cn/2016/0322/2850987.shtml">去年全省新增“班班通”教室1.5万间</a></li>
<li><a href="http://news.qlol.example.cn/2016/0301/2843321.shtml">城乡学校结对开展同步课堂</a></li>
</ul></div>
<p>　　根据计划，今年的“数字教室”建设将优先安排山区、海岛和革命老区的学校，9月底前完成设备安装和调试。</p>
<p>　　省教育厅还将组织开展农村教师信息技术应用能力培训，确保新建的“数字教室”建得好、用得起来。</p>
</div>
<div class="article-editor">（责任编辑：许佳）</div>
</div>
<div class="related"><h3>相关新闻</h3><ul>
<li><a href="http://news.qlol.example.cn/2016/0519/2871234.shtml">全省中小学教师信息技术培训启动</a><span>2016-05-19</span></li>
<li><a href="http://news.qlol.example.cn/2016/0512/2868812.shtml">青岚农村学校将实现宽带网络全覆盖</a><span>2016-05-12</span></li>
</ul></div>
</div>
<div class="col-r"><div class="box"><h3>排行榜</h3><ol><li><a href="http://news.qlol.example.cn/2016/0522/2872901.shtml">今年高考报名人数公布</a></li><li><a href="http://news.qlol.example.cn/2016/0521/2872655.shtml">省城地铁2号线试运行</a></li></ol></div></div>
</div>
<div class="footer w1000"><p><a href="http://www.qlol.example.cn/about/">关于我们</a> | <a href="http://www.qlol.example.cn/ad/">广告服务</a> | <a href="http://www.qlol.example.cn/contact/">联系方式</a></p><p>青岚在线 版权所有 Copyright &copy; 2016　浙ICP备05044321号　互联网新闻信息服务许可证 3312006003</p></div>
</body>
</html>
"""

# (8) SDCMS school site of 2012, GBK (show.asp?id=): div.show_title h1, div.show_info 作者/来源/发布时间/点击; the body
# in div.show_content, whose last block is a right-aligned 【返回上一页】 link (javascript:history.go(-1)); 上一篇 /
# 下一篇, 相关文章 with dates, a footer
SDCMS_2012_BACK_LINK = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>桐湾中学举行第二十届校园文化艺术节闭幕式_校园动态_桐湾中学</title>
<meta name="keywords" content="校园文化艺术节" />
<link href="/skins/default/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/lib/js/jquery.js"></script>
</head>
<body>
<div class="top"><div class="logo"><a href="/"><img src="/skins/default/images/logo.jpg" alt="桐湾中学" /></a></div></div>
<div class="menu"><ul><li><a href="/">首页</a></li><li><a href="/list.asp?classid=1">学校概况</a></li><li><a href="/list.asp?classid=2">校园动态</a></li><li><a href="/list.asp?classid=3">教学教研</a></li><li><a href="/list.asp?classid=4">德育园地</a></li><li><a href="/list.asp?classid=5">招生信息</a></li></ul></div>
<div class="main">
<div class="left">
<div class="title_bar"><span>当前位置：<a href="/">首页</a> &gt;&gt; <a href="/list.asp?classid=2">校园动态</a></span></div>
<div class="show_title"><h1>桐湾中学举行第二十届校园文化艺术节闭幕式</h1></div>
<div class="show_info">作者：团委　来源：校团委　发布时间：2012-11-09　点击：<script type="text/javascript" src="/inc/hits.asp?id=562"></script>次</div>
<div class="show_content">
<p>　　11月8日下午，桐湾中学第二十届校园文化艺术节闭幕式暨文艺汇演在学校大礼堂举行，全校师生1800余人观看了演出。</p>
<p>　　本届艺术节历时一个月，先后开展了书法绘画、摄影、手工制作、校园歌手大赛和课本剧表演等12项比赛，共有900余名学生参加。</p>
<p>　　闭幕式上，学校为获奖班级和个人颁发了奖状，初二（3）班等6个班级获“优秀组织奖”。</p>
<p>　　文艺汇演中，合唱、舞蹈、小品和器乐演奏等16个节目轮番上演，展示了同学们的艺术才华和青春风采。</p>
<p align="right"><a href="javascript:history.go(-1);">【返回上一页】</a></p>
</div>
<div class="show_page">上一篇：<a href="/show.asp?id=558">我校召开期中考试质量分析会</a><br />下一篇：<a href="/show.asp?id=565">初三年级举行家长会</a></div>
<div class="show_about"><h3>相关文章</h3><ul>
<li><a href="/show.asp?id=497">第十九届校园文化艺术节落下帷幕</a><span>2011-11-10</span></li>
<li><a href="/show.asp?id=541">校园歌手大赛决赛举行</a><span>2012-10-26</span></li>
</ul></div>
</div>
<div class="right"><div class="box"><h3>通知公告</h3><ul><li><a href="/show.asp?id=560">关于召开冬季运动会的通知</a></li><li><a href="/show.asp?id=549">期中考试安排</a></li></ul></div></div>
</div>
<div class="foot">地址：桐湾县学府路3号　电话：0571-64200000<br />Copyright &copy; 2012 桐湾中学 版权所有　浙ICP备08067890号　Powered by SDCMS</div>
</body>
</html>
"""

# (9) a 豆瓣 (Douban) 日记 of 2012: div.note-header h1, a.note-author and span.pub-date (no label); the body
# div.note#link-report one text node of lines parted by <br/><br/>; 喜欢/推荐, the comments, each a
# div.comment-item > div.content, the author's other 日记 with dates in the aside, a footer
DOUBAN_2012_BR_NOTE = """<!DOCTYPE html>
<html lang="zh-cmn-Hans">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>在乡村小学支教的第一个学期</title>
<meta name="keywords" content="青岚小鱼,在乡村小学支教的第一个学期,日记">
<link href="http://img3.douban.example.com/css/packed_douban.css" rel="stylesheet" type="text/css">
<link href="http://img3.douban.example.com/css/note/packed_note.css" rel="stylesheet" type="text/css">
<script src="http://img3.douban.example.com/js/packed_jquery.min.js"></script>
</head>
<body>
<div id="db-global-nav" class="global-nav"><div class="bd"><div class="top-nav-info"><a href="http://www.douban.example.com/accounts/login">登录</a> <a href="http://www.douban.example.com/accounts/register">注册</a></div>
<div class="global-nav-items"><ul><li><a href="http://www.douban.example.com/">豆瓣</a></li><li><a href="http://book.douban.example.com/">读书</a></li><li><a href="http://movie.douban.example.com/">电影</a></li><li><a href="http://music.douban.example.com/">音乐</a></li><li><a href="http://www.douban.example.com/location/">同城</a></li><li><a href="http://www.douban.example.com/group/">小组</a></li></ul></div></div></div>
<div id="wrapper">
<div id="content">
<div class="grid-16-8 clearfix">
<div class="article">
<div class="note-container" id="note-201234567">
<div class="note-header note-header-container">
<h1>在乡村小学支教的第一个学期</h1>
<div><a href="http://www.douban.example.com/people/qlxiaoyu/" class="note-author">青岚小鱼</a> <span class="pub-date">2012-01-15 21:36:08</span></div>
</div>
<div class="note" id="link-report">去年九月，我来到岚溪县最北边的桐坞乡中心小学支教，教四年级的语文和全校的音乐。<br/><br/>学校一共只有六个班、一百多个孩子，一半以上是留守儿童，平时跟着爷爷奶奶生活，很多孩子一年只能见到父母一次。<br/><br/>刚来的时候，孩子们上课很少举手，回答问题声音小得几乎听不见。我就每天午饭后教他们唱一首歌，慢慢地，课堂上敢说话的孩子越来越多了。<br/><br/>期末的时候，班上的小雨偷偷塞给我一张纸条，上面写着：“老师，你下学期还来吗？”我把这张纸条夹在了备课本里。<br/><br/>寒假回家，我最想念的还是那间漏风的教室，和窗外那一片金黄的油菜花田。</div>
<div class="note-ft"><span class="fav-num"><a href="http://www.douban.example.com/note/201234567/#sep">86人喜欢</a></span> <a class="btn-fav" href="javascript:;">喜欢</a> <a class="lnk-sharing" href="javascript:;">推荐</a></div>
</div>
<div id="comments" class="comment-list">
<h2>回应</h2>
<div class="comment-item" id="c1"><div class="pic"><a href="http://www.douban.example.com/people/lanfeng/"><img src="http://img3.douban.example.com/icon/u1234.jpg" alt="岚风"></a></div>
<div class="content report-comment"><div class="author"><a href="http://www.douban.example.com/people/lanfeng/">岚风</a> 2012-01-15 22:10:45</div><p>看到纸条那段眼眶湿了，支教老师辛苦了。</p></div></div>
<div class="comment-item" id="c2"><div class="pic"><a href="http://www.douban.example.com/people/songxi/"><img src="http://img3.douban.example.com/icon/u5678.jpg" alt="松溪"></a></div>
<div class="content report-comment"><div class="author"><a href="http://www.douban.example.com/people/songxi/">松溪</a> 2012-01-16 08:02:11</div><p>下学期还去吗？想了解一下支教报名的渠道。</p></div></div>
<div class="comment-form"><form action="http://www.douban.example.com/note/201234567/add_comment" method="post"><textarea name="rv_comment" rows="5"></textarea><input type="submit" value="加上去"></form></div>
</div>
</div>
<div class="aside">
<h2>青岚小鱼的日记 &middot;&middot;&middot;</h2>
<ul class="note-list">
<li><a href="http://www.douban.example.com/note/198765432/">出发去桐坞乡之前</a> <span class="pl">2011-08-30</span></li>
<li><a href="http://www.douban.example.com/note/196543210/">毕业旅行的最后一站</a> <span class="pl">2011-07-12</span></li>
</ul>
</div>
</div>
</div>
<div id="footer"><span class="fleft gray-link">&copy; 2005－2012 douban.example.com, all rights reserved 版权所有 京ICP备11012345号</span><span class="fright"><a href="http://www.douban.example.com/about">关于豆瓣</a> &middot; <a href="http://www.douban.example.com/jobs">在豆瓣工作</a> &middot; <a href="http://www.douban.example.com/help/">帮助中心</a></span></div>
</div>
</body>
</html>
"""

# (10) Destoon 资讯 of an 教育装备 trade site, 2014 (news/201403/05/8123.html): h1.title#title, div.info 发布日期 /
# 来源 / 作者 / 浏览次数; div#article.content holding a photo in a pasted <div style="text-align:center"> the editor
# never closed, so the tree keeps div#article open: the tools, 上一篇/下一篇 and the 相关新闻 rows end up inside it
DESTOON_2014_UNCLOSED = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html;charset=UTF-8"/>
<title>青岚市教育装备中心组织中小学实验室安全专项检查_行业资讯_中国教育装备在线</title>
<meta name="keywords" content="实验室安全,教育装备"/>
<link rel="stylesheet" type="text/css" href="http://www.jyzb.example.cn/skin/default/style.css"/>
<script type="text/javascript" src="http://www.jyzb.example.cn/lang/zh-cn/lang.js"></script>
<script type="text/javascript" src="http://www.jyzb.example.cn/file/script/config.js"></script>
</head>
<body>
<div class="head" id="head"><div class="head_m"><div class="head_r"><a href="http://www.jyzb.example.cn/member/login.php">登录</a> | <a href="http://www.jyzb.example.cn/member/register.php">注册</a></div>
<div class="head_l"><a href="http://www.jyzb.example.cn/"><img src="http://www.jyzb.example.cn/skin/default/image/logo.gif" alt="中国教育装备在线"/></a></div></div></div>
<div class="menu"><ul><li><a href="http://www.jyzb.example.cn/"><span>首页</span></a></li><li><a href="http://www.jyzb.example.cn/sell/"><span>供应</span></a></li><li><a href="http://www.jyzb.example.cn/buy/"><span>求购</span></a></li><li class="menuon"><a href="http://www.jyzb.example.cn/news/"><span>资讯</span></a></li><li><a href="http://www.jyzb.example.cn/company/"><span>企业库</span></a></li><li><a href="http://www.jyzb.example.cn/exhibit/"><span>展会</span></a></li></ul></div>
<div class="m">
<div class="nav"><a href="http://www.jyzb.example.cn/">首页</a> <i>&gt;</i> <a href="http://www.jyzb.example.cn/news/">资讯</a> <i>&gt;</i> <a href="http://www.jyzb.example.cn/news/list-12.html">行业资讯</a></div>
<div class="left_box">
<h1 class="title" id="title">青岚市教育装备中心组织中小学实验室安全专项检查</h1>
<div class="info"><span class="f_r"><img src="http://www.jyzb.example.cn/skin/default/image/zoomin.gif" width="16" height="16" title="放大字体" onclick="fontZoom('+', 'article');"/></span>发布日期：2014-03-05&nbsp;&nbsp;来源：青岚市教育装备中心&nbsp;&nbsp;作者：陆平&nbsp;&nbsp;浏览次数：<span id="hits">352</span></div>
<div class="content" id="article">
<p>　　为切实做好新学期中小学实验室安全工作，3月3日至4日，青岚市教育装备中心组织专家对全市38所中小学的理化生实验室开展了安全专项检查。</p>
<div style="text-align:center;"><img src="http://www.jyzb.example.cn/file/upload/201403/05/10-20-33-12-1.jpg" alt="" width="500" height="333"/></p>
<p>　　检查组重点查看了危险化学品的采购、储存和使用台账，实验室通风、消防和应急处置设施的配备情况，并随机抽查了部分实验员的安全操作。</p>
<p>　　从检查情况看，大部分学校能够做到危险化学品双人双锁管理，但也有少数学校存在台账登记不及时、过期试剂未按规定处置等问题。</p>
<p>　　对检查中发现的问题，检查组当场反馈并下发了整改通知书，要求相关学校在3月20日前整改到位并书面报告。</p>
</div>
<div class="b10">&nbsp;</div>
<div class="tool">[ <a href="http://www.jyzb.example.cn/news/search.php">资讯搜索</a> ]&nbsp; [ <a href="javascript:SendFav();">加入收藏</a> ]&nbsp; [ <a href="javascript:Print();">打印本文</a> ]&nbsp; [ <a href="javascript:window.close()">关闭窗口</a> ]</div>
<div class="np">上一篇：<a href="http://www.jyzb.example.cn/news/201403/04/8118.html">多地启动中小学标准化实验室建设</a><br/>下一篇：<a href="http://www.jyzb.example.cn/news/201403/06/8130.html">第65届中国教育装备展示会将于4月开幕</a></div>
<div class="box_head"><strong>相关新闻</strong></div>
<div class="box_body"><ul>
<li><span class="f_r">2014-02-26</span><a href="http://www.jyzb.example.cn/news/201402/26/8051.html">中小学实验室危险化学品管理规范出台</a></li>
<li><span class="f_r">2014-02-18</span><a href="http://www.jyzb.example.cn/news/201402/18/7996.html">校园实验室安全事故警示录</a></li>
<li><span class="f_r">2014-01-23</span><a href="http://www.jyzb.example.cn/news/201401/23/7902.html">教育装备行业2013年回顾</a></li>
</ul></div>
</div>
<div class="m_r"><div class="box_head"><strong>热点资讯</strong></div><div class="box_body"><ul><li><a href="http://www.jyzb.example.cn/news/201403/03/8105.html">2014年教育装备采购趋势分析</a></li><li><a href="http://www.jyzb.example.cn/news/201402/28/8077.html">智慧教室建设标准征求意见</a></li></ul></div></div>
</div>
<div class="foot"><a href="http://www.jyzb.example.cn/about/index.html">关于我们</a> | <a href="http://www.jyzb.example.cn/about/contact.html">联系方式</a> | <a href="http://www.jyzb.example.cn/about/agreement.html">使用协议</a><br/>(c)2014 中国教育装备在线 版权所有　京ICP备12067890号</div>
</body>
</html>
"""

# (11) a 良精南方 (SouthIDC) ASP site of a vocational school, 2006, GBK (NewsView.asp?ID=): nested layout tables; a
# title cell, a 发布时间/来源/浏览次数 cell; the body <br>-parted in one <td> that also holds, after it, the
# 上一篇：/下一篇： lines; a left 新闻分类 box, a footer
SOUTHIDC_2006_TD_PREVNEXT = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>青岚职业技术学校--我校学生在全市职业院校技能大赛中获佳绩</title>
<link href="Css/Style.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="Images/top_banner.jpg" width="900" height="120" alt="青岚职业技术学校"></td></tr>
<tr><td height="32" background="Images/menu_bg.gif" align="center" class="menu"><a href="Index.asp">网站首页</a> | <a href="About.asp">学校简介</a> | <a href="News.asp">新闻动态</a> | <a href="Zhuanye.asp">专业设置</a> | <a href="Zhaosheng.asp">招生就业</a> | <a href="Message.asp">在线留言</a> | <a href="Contact.asp">联系我们</a></td></tr>
</table>
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="200" valign="top" bgcolor="#F2F7FC">
 <table width="190" border="0" align="center" cellpadding="0" cellspacing="0">
 <tr><td height="30" class="left_title">新闻分类</td></tr>
 <tr><td height="24">&middot; <a href="News.asp?BigClassName=学校新闻">学校新闻</a></td></tr>
 <tr><td height="24">&middot; <a href="News.asp?BigClassName=通知公告">通知公告</a></td></tr>
 <tr><td height="24">&middot; <a href="News.asp?BigClassName=技能竞赛">技能竞赛</a></td></tr>
 <tr><td height="30" class="left_title">联系方式</td></tr>
 <tr><td style="line-height:20px">地址：青岚市职教路9号<br>电话：0574-88990000</td></tr>
 </table>
</td>
<td width="700" valign="top">
 <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
 <tr><td height="30" class="dh">当前位置：<a href="Index.asp">首页</a> &gt;&gt; <a href="News.asp">新闻动态</a> &gt;&gt; 新闻内容</td></tr>
 </table>
 <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
 <tr><td height="40" align="center"><font style="font-size:16px" color="#003399"><b>我校学生在全市职业院校技能大赛中获佳绩</b></font></td></tr>
 <tr><td height="24" align="center" bgcolor="#F5F5F5">发布时间：2006-5-22　　来源：招生就业处　　浏览次数：<font color="red">156</font></td></tr>
 <tr><td style="line-height:180%;padding:10px">　　5月19日至20日，2006年青岚市职业院校技能大赛在市职教中心举行，我校选派的18名选手参加了数控车工、电子装配、计算机应用和烹饪四个项目的比赛。<br><br>　　经过理论考试和实际操作两个环节的激烈角逐，我校学生共获得一等奖3个、二等奖5个、三等奖6个，学校获团体总分第二名。<br><br>　　其中，数控专业的王志强同学以理论和实操双第一的成绩获得数控车工项目一等奖，并将代表青岚市参加全省比赛。<br><br>　　近年来，学校坚持以赛促教、以赛促学，每学期都举办校级技能节，让学生在比赛中提高技能水平。<br><br>上一篇：<a href="NewsView.asp?ID=215">我校召开2006届毕业生就业推介会</a><br>下一篇：<a href="NewsView.asp?ID=221">关于做好2006年招生宣传工作的通知</a></td></tr>
 </table>
</td>
</tr>
</table>
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="60" align="center" bgcolor="#2A5CAA" style="color:#FFFFFF">青岚职业技术学校 版权所有　地址：青岚市职教路9号　浙ICP备05098765号<br>技术支持：良精软件</td></tr>
</table>
</body>
</html>
"""

# (12) 博客园 (cnblogs) post of 2019: h1.postTitle > a#cb_post_title_url; div#cnblogs_post_body; under it the
# category and tag lines, 好文要顶/关注我/收藏该文, « 上一篇 / » 下一篇, and div.postDesc "posted @ 2019-03-05 10:20
# 青岚小鱼 阅读(…) 评论(…) 编辑 收藏": the only day of the post; the comments below are dated 2019-03-06 and later;
# the side column's calendar and 随笔档案, a footer
CNBLOGS_2019_POSTED_AT = """<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="referrer" content="origin" />
<title>班主任手记：一次关于手机使用的班会 - 青岚小鱼 - 博客园</title>
<link type="text/css" rel="stylesheet" href="/bundles/blog-common.min.css" />
<link id="MainCss" type="text/css" rel="stylesheet" href="/skins/lessismoreright/bundle-lessismoreright.min.css" />
<script>var currentBlogId = 412345; var currentBlogApp = 'qlxiaoyu'; var isLogined = false;</script>
<script src="/bundles/blog-common.min.js" type="text/javascript"></script>
</head>
<body>
<div id="top_nav" class="navbar"><nav id="nav_main" class="navbar-main"><ul id="nav_left" class="navbar-list navbar-left"><li class="navbar-branding"><a href="https://www.cnblogs.example.com/">博客园</a></li><li><a href="https://www.cnblogs.example.com/">首页</a></li><li><a href="https://news.cnblogs.example.com/">新闻</a></li><li><a href="https://q.cnblogs.example.com/">博问</a></li><li><a href="https://ing.cnblogs.example.com/">闪存</a></li></ul></nav></div>
<div id="home">
<div id="header"><div id="blogTitle"><h1><a id="Header1_HeaderTitle" class="headermaintitle HeaderMainTitle" href="https://www.cnblogs.example.com/qlxiaoyu/">青岚小鱼</a></h1><h2>一个乡村中学老师的教育笔记</h2></div>
<div id="navigator"><ul id="navList"><li><a class="menu" href="https://www.cnblogs.example.com/">博客园</a></li><li><a class="menu" href="https://www.cnblogs.example.com/qlxiaoyu/">首页</a></li><li><a class="menu" href="https://i.cnblogs.example.com/EditPosts.aspx?opt=1">新随笔</a></li><li><a class="menu" href="https://msg.cnblogs.example.com/send/qlxiaoyu">联系</a></li><li><a class="menu" href="https://www.cnblogs.example.com/qlxiaoyu/rss/">订阅</a></li></ul></div></div>
<div id="main">
<div id="mainContent">
<div class="forFlow">
<div id="post_detail">
<div id="topics">
<div class="post">
<h1 class="postTitle"><a id="cb_post_title_url" class="postTitle2 vertical-middle" href="https://www.cnblogs.example.com/qlxiaoyu/p/10478123.html"><span>班主任手记：一次关于手机使用的班会</span></a></h1>
<div class="clear"></div>
<div class="postBody">
<div id="cnblogs_post_body" class="blogpost-body">
<p>开学第一周，班上就有三位家长打电话给我，说孩子周末在家玩手机到深夜，第二天起不来床。</p>
<p>我没有急着定规矩，而是在周五的班会课上请同学们分组讨论：手机给我们带来了什么，又拿走了什么？</p>
<p>讨论比我想象的热烈。有的同学说手机可以查资料、听英语，有的同学坦白自己一拿起手机就停不下来，还有同学说爸爸妈妈自己也天天看手机。</p>
<p>最后，全班一起定了三条约定：周一到周五手机交给家长保管；周末每天使用不超过两个小时；在家里吃饭的时候，全家人都不看手机。</p>
<p>一个月过去了，约定执行得并不完美，但班上迟到的同学明显少了，这让我相信，规矩由孩子们自己定，比老师定更管用。</p>
</div>
<div id="MySignature"></div>
<div class="clear"></div>
<div id="blog_post_info_block">
<div id="BlogPostCategory">分类: <a href="https://www.cnblogs.example.com/qlxiaoyu/category/1401234.html" target="_blank">班主任工作</a></div>
<div id="EntryTag">标签: <a href="https://www.cnblogs.example.com/qlxiaoyu/tag/班会/">班会</a>, <a href="https://www.cnblogs.example.com/qlxiaoyu/tag/手机管理/">手机管理</a></div>
<div id="blog_post_info"><div id="green_channel"><a href="javascript:void(0);" id="green_channel_digg">好文要顶</a> <a id="green_channel_follow" href="javascript:void(0);">关注我</a> <a id="green_channel_favorite" href="javascript:void(0);">收藏该文</a></div>
<div id="author_profile"><div id="author_profile_detail" class="author_profile_info"><a href="https://www.cnblogs.example.com/qlxiaoyu/">青岚小鱼</a><br/><a href="https://www.cnblogs.example.com/qlxiaoyu/followees/">关注 - 12</a><br/><a href="https://www.cnblogs.example.com/qlxiaoyu/followers/">粉丝 - 36</a></div></div></div>
<div id="post_next_prev"><a href="https://www.cnblogs.example.com/qlxiaoyu/p/10412345.html" class="p_n_p_prefix">&laquo; </a> 上一篇： <a href="https://www.cnblogs.example.com/qlxiaoyu/p/10412345.html" title="发布于 2019-02-20 21:15">寒假家访记：走进五个留守孩子的家</a><br/><a href="https://www.cnblogs.example.com/qlxiaoyu/p/10512345.html" class="p_n_p_prefix">&raquo; </a> 下一篇： <a href="https://www.cnblogs.example.com/qlxiaoyu/p/10512345.html" title="发布于 2019-03-12 20:40">一堂没有讲完的语文课</a></div>
</div>
</div>
<div class="postDesc">posted @ <span id="post-date">2019-03-05 10:20</span>&nbsp; <a href="https://www.cnblogs.example.com/qlxiaoyu/">青岚小鱼</a>&nbsp; 阅读(<span id="post_view_count">1234</span>)&nbsp; 评论(<span id="post_comment_count">2</span>)&nbsp; <a href="https://i.cnblogs.example.com/EditPosts.aspx?postid=10478123" rel="nofollow">编辑</a>&nbsp; <a href="javascript:void(0)" onclick="AddToWz(10478123);return false;">收藏</a></div>
</div>
</div>
</div>
<div id="blog-comments-placeholder">
<div class="feedback_area_title">评论列表</div>
<div class="feedbackItem"><div class="feedbackListSubtitle"><a href="#4198765" class="layer">#1楼</a> <span class="comment_date">2019-03-06 08:12</span> <a id="a_comment_author_4198765" href="https://www.cnblogs.example.com/lanfeng/">岚风老师</a></div>
<div class="feedbackCon"><div id="comment_body_4198765" class="blog_comment_body">让孩子自己定规矩这个办法好，我们班下周也试试。</div></div></div>
<div class="feedbackItem"><div class="feedbackListSubtitle"><a href="#4199012" class="layer">#2楼</a> <span class="comment_date">2019-03-07 21:45</span> <a id="a_comment_author_4199012" href="https://www.cnblogs.example.com/txjy/">檀溪教育</a></div>
<div class="feedbackCon"><div id="comment_body_4199012" class="blog_comment_body">第三条约定特别好，家长也要以身作则。</div></div></div>
</div>
<div id="comment_form" class="commentform"><div id="divCommentShow"></div><p>登录后才能发表评论，立即 <a href="https://account.cnblogs.example.com/signin">登录</a> 或 <a href="https://account.cnblogs.example.com/signup">注册</a></p></div>
</div>
</div>
<div id="sideBar">
<div id="sideBarMain">
<div id="profile_block">昵称： <a href="https://home.cnblogs.example.com/u/qlxiaoyu/">青岚小鱼</a><br/>园龄： <a href="https://home.cnblogs.example.com/u/qlxiaoyu/" title="入园时间：2016-09-01">2年6个月</a><br/>粉丝： 36<br/>关注： 12</div>
<div id="blog-calendar"><table class="Cal"><tr><td colspan="7">2019年3月</td></tr><tr><td>日</td><td>一</td><td>二</td><td>三</td><td>四</td><td>五</td><td>六</td></tr><tr><td>24</td><td>25</td><td>26</td><td>27</td><td>28</td><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td><td><a href="https://www.cnblogs.example.com/qlxiaoyu/archive/2019/03/05.html">5</a></td><td>6</td><td>7</td><td>8</td><td>9</td></tr></table></div>
<div class="catListPostArchive"><h3>随笔档案</h3><ul><li><a href="https://www.cnblogs.example.com/qlxiaoyu/archive/2019/03.html">2019年3月(2)</a></li><li><a href="https://www.cnblogs.example.com/qlxiaoyu/archive/2019/02.html">2019年2月(3)</a></li></ul></div>
<div class="catListComment"><h3>最新评论</h3><ul><li><a href="https://www.cnblogs.example.com/qlxiaoyu/p/10478123.html#4199012">1. Re:班主任手记：一次关于手机使用的班会</a></li></ul></div>
</div>
</div>
</div>
<div id="footer">Copyright &copy; 2019 青岚小鱼 版权所有<br/><span id="poweredby">Powered by .NET Core on Kubernetes</span>　沪ICP备09004260号</div>
</div>
</body>
</html>
"""

# (13) a CSDN blog post of 2021 (article/details/114389265): h1.title-article#articleContentId; div.bar-content of
# the nickname, span.time "已于 2021-03-08 09:12:45 修改" (the last edit), 阅读 and 收藏 counts, and after them
# div.up-time "于 2021-03-05 10:20:33 首次发布" (the day it was published); 分类专栏 / 文章标签; the body in
# div#content_views; 点赞/收藏, 相关推荐 with dates, the blogger's box in the aside, a footer
CSDN_2021_MODIFIED_FIRST = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<link rel="canonical" href="https://blog.csdn.example.net/qlcoder/article/details/114389265">
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="referrer" content="always">
<title>用Python批量整理学生成绩表的几个小技巧_青岚码农的博客-CSDN博客</title>
<meta name="keywords" content="Python,Excel,成绩表">
<meta name="description" content="期末考试结束后，教务处要把全年级二十个班的成绩表合并成一张总表。">
<link rel="stylesheet" type="text/css" href="https://csdnimg.example.cn/release/blogv2/dist/pc/css/detail_enter.min.css">
<script src="https://csdnimg.example.cn/public/common/libs/jquery/jquery-1.9.1.min.js" type="text/javascript"></script>
</head>
<body class="nodata">
<div id="csdn-toolbar"><div class="toolbar-inside"><a href="https://www.csdn.example.net/">CSDN</a> <a href="https://blog.csdn.example.net/">博客</a> <a href="https://download.csdn.example.net/">下载</a> <a href="https://edu.csdn.example.net/">学习</a> <a href="https://bbs.csdn.example.net/">社区</a> <a href="https://passport.csdn.example.net/login">登录</a></div></div>
<div class="main_father clearfix d-flex justify-content-center">
<div class="container clearfix" id="mainBox">
<main>
<div class="blog-content-box">
<div class="article-header-box">
<div class="article-header">
<div class="article-title-box"><h1 class="title-article" id="articleContentId">用Python批量整理学生成绩表的几个小技巧</h1></div>
<div class="article-info-box">
<div class="article-bar-top">
<img class="article-type-img" src="https://csdnimg.example.cn/release/blogv2/dist/pc/img/original.png" alt="">
<div class="bar-content">
<a class="follow-nickName" href="https://blog.csdn.example.net/qlcoder" target="_blank" rel="noopener">青岚码农</a>
<img class="article-time-img" src="https://csdnimg.example.cn/release/blogv2/dist/pc/img/newUpTime2.png" alt="">
<span class="time">已于&nbsp;2021-03-08 09:12:45&nbsp;修改</span>
<img class="article-read-img" src="https://csdnimg.example.cn/release/blogv2/dist/pc/img/articleReadEyes2.png" alt="">
<span class="read-count">2316</span>
<a id="blog_detail_zk_collection" class="un-collection" data-report-click='{"mod":"popu_823","spm":"1001.2101.3001.4232"}'><span class="get-collection">收藏</span><span class="get-collection">38</span></a>
<div class="up-time"><span>于&nbsp;2021-03-05 10:20:33&nbsp;首次发布</span></div>
</div>
</div>
<div class="blog-tags-box">
<div class="tags-box artic-tag-box"><span class="label">分类专栏：</span><a class="tag-link" href="https://blog.csdn.example.net/qlcoder/category_10912345.html" target="_blank" rel="noopener">Python办公自动化</a>
<span class="label">文章标签：</span><a class="tag-link" href="https://so.csdn.example.net/so/search/s.do?q=python" target="_blank" rel="noopener">python</a><a class="tag-link" href="https://so.csdn.example.net/so/search/s.do?q=excel" target="_blank" rel="noopener">excel</a></div>
</div>
</div>
</div>
</div>
<article class="baidu_pl">
<div id="article_content" class="article_content clearfix">
<div id="content_views" class="markdown_views prism-atom-one-light">
<p>期末考试结束后，教务处要把全年级二十个班的成绩表合并成一张总表，再按总分排出名次。以前靠复制粘贴要忙一个下午，这学期我试着用Python来做。</p>
<p>第一步是读取文件夹里所有班级的Excel文件。用pandas的read_excel逐个读入，再用concat拼接起来，二十个文件几秒钟就合并好了。</p>
<pre><code class="prism language-python">import glob
import pandas as pd
frames = [pd.read_excel(f) for f in glob.glob("成绩/*.xlsx")]
total = pd.concat(frames, ignore_index=True)
</code></pre>
<p>第二步是处理缺考和空白。有的班主任把缺考写成“缺”，有的留空，我统一替换成空值，计算总分时不把它们算作零分。</p>
<p>最后按总分降序排名，用rank函数的min方法处理并列名次，再把结果写回一个新的Excel文件，交给教务处审核。</p>
<p>整个脚本不到五十行，以后每次考试只要把新的成绩表放进文件夹，运行一次就可以了。</p>
</div>
</div>
</article>
<div class="more-toolbox-new"><ul class="toolbox-list"><li class="tool-item"><a class="tool-item-href"><span class="count">点赞 26</span></a></li><li class="tool-item"><a class="tool-item-href"><span class="count">收藏 38</span></a></li><li class="tool-item"><a class="tool-item-href"><span class="count">分享</span></a></li></ul></div>
</div>
<div class="recommend-box insert-baidu-box recommend-box-style">
<div class="recommend-item-box type_blog"><div class="content-box"><a href="https://blog.csdn.example.net/lanxi_dev/article/details/113276543"><div class="title">Python读取多个Excel文件并合并</div></a><div class="info-box"><span class="date">2021-02-01</span></div></div></div>
<div class="recommend-item-box type_blog"><div class="content-box"><a href="https://blog.csdn.example.net/txjs/article/details/112098765"><div class="title">pandas处理成绩排名的并列问题</div></a><div class="info-box"><span class="date">2021-01-12</span></div></div></div>
</div>
</main>
<aside class="blog_container_aside">
<div id="asideProfile" class="aside-box"><div class="profile-intro"><a href="https://blog.csdn.example.net/qlcoder">青岚码农</a><p>码龄6年</p></div><dl class="text-center"><dt>原创</dt><dd>48</dd></dl><dl class="text-center"><dt>粉丝</dt><dd>326</dd></dl></div>
<div id="asideNewArticle" class="aside-box"><h3 class="aside-title">最新文章</h3><ul><li><a href="https://blog.csdn.example.net/qlcoder/article/details/115012345">用Python生成家长会通知单</a></li><li><a href="https://blog.csdn.example.net/qlcoder/article/details/114567890">Excel数据透视表统计各科均分</a></li></ul></div>
</aside>
</div>
</div>
<div id="footer"><p>关于我们 招贤纳士 广告服务 开发助手 400-660-0108 kefu@csdn.example.net 在线客服</p><p>京ICP备19004658号　版权所有 &copy; 1999-2021 北京创新乐知网络技术有限公司</p></div>
</body>
</html>
"""

# (14) a V2EX topic of 2021 (/t/760123): div.header with the node path, h1, small.gray "作者 · <span title="2021-03-05
# 10:20:33 +08:00">3 天前</span> · 1024 次点击"; the post in div.topic_content > div.markdown_body; the replies each
# with span.ago titled by their own time; the side boxes, a footer
V2EX_2021_RELATIVE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta name="Content-Type" content="text/html;charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>中学老师想转行做教育软件，有没有过来人给点建议？ - V2EX</title>
<meta property="og:title" content="中学老师想转行做教育软件，有没有过来人给点建议？">
<meta property="og:url" content="https://www.v2ex.example.com/t/760123">
<link rel="stylesheet" type="text/css" media="screen" href="/static/css/basic.css">
<script src="/static/js/jquery.min.js" type="text/javascript"></script>
</head>
<body>
<div id="Top"><div class="content"><a href="/" name="top" title="way to explore"><div id="Logo"></div></a>
<div id="search-container"><input id="search" type="text" maxlength="128" autocomplete="off" tabindex="1"></div>
<div class="tools"><a href="/" class="top">首页</a> <a href="/signup" class="top">注册</a> <a href="/signin" class="top">登录</a></div></div></div>
<div id="Wrapper"><div class="content">
<div id="Rightbar">
<div class="box"><div class="cell"><strong>V2EX = way to explore</strong><div class="sep5"></div><span class="fade">V2EX 是一个关于分享和探索的地方</span></div><div class="inner"><a href="/signup" class="super normal button">现在注册</a></div></div>
<div class="box"><div class="cell"><span class="fade">今日热议主题</span></div>
<div class="cell"><a href="/t/760456">2021 年了，大家的显示器都是多大的？</a></div>
<div class="cell"><a href="/t/760389">远程办公一年的一些感受</a></div></div>
</div>
<div id="Main">
<div class="box" style="border-bottom: 0px;">
<div class="header"><div class="fr"><a href="/member/qlteacher"><img src="/avatar/large/qlteacher.png" class="avatar" border="0" align="default" alt="qlteacher"></a></div>
<a href="/">V2EX</a> <span class="chevron">&nbsp;›&nbsp;</span> <a href="/go/career">职场话题</a>
<div class="sep10"></div>
<h1>中学老师想转行做教育软件，有没有过来人给点建议？</h1>
<div id="topic_760123_votes" class="votes"><a href="javascript:" class="vote">▲</a> &nbsp;<a href="javascript:" class="vote">▼</a></div> &nbsp;
<small class="gray"><a href="/member/qlteacher">qlteacher</a> · <span title="2021-03-05 10:20:33 +08:00">3 天前</span> · 1024 次点击</small>
</div>
<div class="cell">
<div class="topic_content"><div class="markdown_body">
<p>本人在一所县城中学教了八年数学，这两年一直在自学编程，业余时间给学校写过排课和成绩分析的小工具，同事们用得还不错。</p>
<p>最近有一家做教育软件的公司问我有没有兴趣去做产品，工资比现在高一些，但要离开老家去杭州。</p>
<p>我比较犹豫的是：一线教学经验在这类公司到底有多大用处？三十多岁转行，会不会过几年就被淘汰？</p>
<p>想听听做过教育行业产品或者有类似转行经历的朋友的看法，先谢谢大家了。</p>
</div></div>
</div>
<div class="topic_buttons"><a href="#;" class="tb">加入收藏</a> &nbsp;<a href="#;" class="tb">Tweet</a> &nbsp;<a href="#;" class="tb">忽略主题</a></div>
</div>
<div class="sep20"></div>
<div class="box">
<div class="cell"><span class="gray">12 条回复 &nbsp;<strong class="snow">•</strong> &nbsp;2021-03-08 16:02:45 +08:00</span></div>
<div id="r_10234567" class="cell"><table cellpadding="0" cellspacing="0" border="0" width="100%"><tr><td width="48" valign="top" align="center"><img src="/avatar/normal/songxi.png" class="avatar" border="0" alt="songxi"></td><td width="10" valign="top"></td><td width="auto" valign="top" align="left"><strong><a href="/member/songxi" class="dark">songxi</a></strong>&nbsp; &nbsp;<span class="ago" title="2021-03-05 10:41:12 +08:00">3 天前</span><div class="sep5"></div><div class="reply_content">做过三年教育产品，一线老师懂用户，这是很多产品经理没有的优势。</div></td></tr></table></div>
<div id="r_10234612" class="cell"><table cellpadding="0" cellspacing="0" border="0" width="100%"><tr><td width="48" valign="top" align="center"><img src="/avatar/normal/lanfeng.png" class="avatar" border="0" alt="lanfeng"></td><td width="10" valign="top"></td><td width="auto" valign="top" align="left"><strong><a href="/member/lanfeng" class="dark">lanfeng</a></strong>&nbsp; &nbsp;<span class="ago" title="2021-03-05 11:03:55 +08:00">3 天前</span><div class="sep5"></div><div class="reply_content">建议先问清楚公司的业务是面向学校还是面向家长，差别很大。</div></td></tr></table></div>
</div>
</div>
</div></div>
<div id="Bottom"><div class="content"><div class="inner"><strong><a href="/about" class="dark">关于</a> &nbsp; <a href="/faq" class="dark">FAQ</a> &nbsp; <a href="/help" class="dark">帮助文档</a></strong><div class="sep10"></div>创意工作者们的社区 · World is powered by solitude<div class="sep10"></div>V2EX 版权所有　沪ICP备16043287号-1</div></div></div>
</body>
</html>
"""

# (15) KingCMS school site of 2008, GBK: no heading on the page (the logo an image); <title> names the article and the
# school; the article box opens with a centred <p><strong> title line, then p.k_info 发布时间/作者/点击; the body
# in div.k_content; 上一篇/下一篇, 相关文章 with dates, a 最新公告 side box, a footer
KINGCMS_2008_STRONG_TITLE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>青岚二中举行“书香校园”读书节启动仪式 - 青岚市第二中学</title>
<meta name="keywords" content="读书节,书香校园" />
<link href="/king_template/default/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/king_inc/js/king.js"></script>
</head>
<body>
<div id="k_top"><a href="/"><img src="/king_template/default/images/logo.gif" width="380" height="70" alt="" /></a>
<span class="k_toplink"><a href="/">设为首页</a> | <a href="/">加入收藏</a></span></div>
<div id="k_nav"><a href="/">首　页</a><a href="/xxgk/">学校概况</a><a href="/news/">校园新闻</a><a href="/jxky/">教学科研</a><a href="/dyzc/">德育之窗</a><a href="/xszy/">学生作品</a></div>
<div id="k_main">
<div class="k_left">
<div class="k_path">您的位置：<a href="/">首页</a> &gt;&gt; <a href="/news/">校园新闻</a> &gt;&gt; 浏览文章</div>
<div class="k_article">
<p align="center"><strong>青岚二中举行“书香校园”读书节启动仪式</strong></p>
<p align="center" class="k_info">发布时间：2008-04-12　作者：校团委　点击：<script type="text/javascript" src="/king_inc/hits.asp?id=356"></script>次</p>
<div class="k_content">
<p>　　4月11日上午，青岚二中“书香校园”读书节启动仪式在学校操场举行，全校师生共1600余人参加。</p>
<p>　　本届读书节以“与经典同行，与好书为友”为主题，为期两个月，将开展好书推荐、读书征文、演讲比赛和班级图书角评比等活动。</p>
<p>　　启动仪式上，校长周文涛向全校学生发出“每天阅读半小时”的倡议，学生代表初二（1）班林晓雨作了发言。</p>
<p>　　学校图书馆今年新购图书5000余册，读书节期间将延长开放时间，并在各楼层设立开放式书架，方便学生借阅。</p>
</div>
<div class="k_page">上一篇：<a href="/news/352.html">我校召开2008年春季田径运动会</a><br />下一篇：<a href="/news/360.html">初三年级举行中考百日誓师大会</a></div>
</div>
<div class="k_about"><b>相关文章</b><ul>
<li><a href="/news/298.html">2007年读书节总结表彰大会召开</a> (2007-06-15)</li>
<li><a href="/news/331.html">校图书馆开展“好书推荐”活动</a> (2008-03-07)</li>
</ul></div>
</div>
<div class="k_right"><div class="k_box"><b>最新公告</b><ul><li><a href="/news/355.html">关于清明节放假的通知</a></li><li><a href="/news/349.html">2008年春季家长会安排</a></li></ul></div></div>
</div>
<div id="k_foot">地址：青岚市新华路56号　电话：0574-88120000<br />Copyright &copy; 2008 青岚市第二中学 版权所有　浙ICP备06045678号　Powered by KingCMS</div>
</body>
</html>
"""

# (16) We7 CMS (ASP.NET) district 文化广电局 site of 2010: <title> "文章详情 - 松岚区文化广电新闻出版局" only; the article's
# header is table.article-head of label and value cells: 文章标题： / the title, 发布时间： / the day, 信息来源： / the
# source, 浏览次数; the body in div.article-body; 【打印】【关闭】, 相关文章 with dates, a footer
WE7_2010_TITLE_CELL = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>文章详情 - 松岚区文化广电新闻出版局</title>
<link href="/Widgets/Themes/default/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/Scripts/jQuery/jquery-1.4.2.min.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="/xwdt/a7f3c2d1-4b5e-4f6a-9c8d-1e2f3a4b5c6d.html" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" /></div>
<div id="header"><div class="logo"><img src="/_data/logo.jpg" alt="松岚区文化广电新闻出版局" /></div>
<div class="menu"><ul><li><a href="/">首页</a></li><li><a href="/jggk/">机构概况</a></li><li><a href="/xwdt/">新闻动态</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/whcy/">文化产业</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div></div>
<div id="main">
<div class="sitemap">当前位置：<a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a> &gt; 文章详情</div>
<div class="article">
<table class="article-head" width="100%" border="0" cellspacing="1" cellpadding="4">
<tr><td class="lbl" width="90">文章标题：</td><td class="val" colspan="3">松岚区“文化下乡”惠民演出走进12个行政村</td></tr>
<tr><td class="lbl">发布时间：</td><td class="val">2010-07-16</td><td class="lbl" width="90">信息来源：</td><td class="val">区文化馆</td></tr>
<tr><td class="lbl">浏览次数：</td><td class="val" colspan="3"><span id="ctl00_hits">218</span></td></tr>
</table>
<div class="article-body">
<p>　　7月上旬以来，松岚区文化广电新闻出版局组织区文化馆、区越剧团等文艺团体，开展“文化下乡”惠民演出活动，先后走进12个行政村。</p>
<p>　　每场演出都安排了越剧折子戏、歌舞、小品和快板等节目，不少节目由文化馆创作员根据当地的好人好事改编而成，群众看得津津有味。</p>
<p>　　演出间隙，工作人员还向村民发放了科普读物和文化活动宣传资料，并为村文化礼堂赠送了音响设备。</p>
<p>　　据统计，此次“文化下乡”活动共演出14场，观众达8000余人次。</p>
</div>
<div class="article-tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="article-related"><h4>相关文章</h4><ul>
<li><a href="/xwdt/6b1a2c3d-5e4f-4a7b-8c9d-0e1f2a3b4c5d.html">区文化馆举办暑期少儿舞蹈培训班</a> [2010-07-09]</li>
<li><a href="/xwdt/7c2b3d4e-6f5a-4b8c-9d0e-1f2a3b4c5d6e.html">松岚区农家书屋实现行政村全覆盖</a> [2010-06-25]</li>
</ul></div>
</div>
</div>
<div id="footer">主办：松岚区文化广电新闻出版局　地址：松岚区文化路8号<br />版权所有 &copy; 2010 松岚区文化广电新闻出版局　浙ICP备10011223号　Powered by We7</div>
</form>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------------------------
# What each page shows
# ---------------------------------------------------------------------------------------------------------------

PAGES = [
    Page(
        "ftrap3-2021-xunrui-source-glued-tools",
        "http://jyj.lanxi.example.gov.cn/jydt/1832.html",
        XUNRUI_2021_GLUED_TOOLS,
        "岚溪县举行2021年中小学青年教师基本功大赛",
        "2021-04-16",
        "县教师发展中心",  # 来源：县教师发展中心 run on into 打印收藏纠错, the tool links' texts
        "4月14日至15日，岚溪县2021年中小学青年教师基本功大赛在县实验小学和岚溪中学举行，来自全县46所中小学的132名青年教师参加了比赛。",
        "经过两天的角逐，共评出一等奖20名、二等奖40名、三等奖60名，一等奖获得者将推荐参加全市青年教师基本功大赛。",
        ("上一篇", "校园安全工作会议", "班主任基本功大赛落幕", "学籍查询", "纠错", "网站标识码"),
    ),
    Page(
        "ftrap3-2021-sobey-source-shu",
        "http://www.lxrm.example.cn/folder12/2021-05-18/f3a4b5c6d7.html",
        SOBEY_2021_SHU_SOURCE,
        "岚溪县首届中小学生科技节开幕",
        "2021-05-18",
        "岚溪融媒",  # 来源丨岚溪融媒: the 丨 stands where the colon would
        "5月17日，岚溪县首届中小学生科技节在县青少年活动中心开幕，全县28所中小学的600余名学生带着自己的科技作品参加展示。",
        "县教育局相关负责人表示，科技节将每年举办一届，引导更多学生动手实践、爱上科学。",
        ("分享到", "机器人竞赛选拔赛", "城区新增三条公交线路", "扫码下载", "编辑丨周雯", "许可证"),
    ),
    Page(
        "ftrap3-2015-qibo-source-last-line-gbk",
        "http://www.tanxi.example.cn/bencandy.php?fid=12&id=3456",
        QIBO_2015_SOURCE_LAST_LINE,
        "檀溪县中小学生暑期安全教育活动启动",
        "2015-06-26",
        "檀溪县教育局",  # only the body's last line names it: （来源：檀溪县教育局）
        "6月25日，檀溪县教育局在县第一中学召开中小学生暑期安全教育活动启动会，全县各中小学分管安全工作的负责人参加会议。",
        # the source line closes the text's container: kept as shown, like real sites' (责编：…) lines
        "（来源：檀溪县教育局）",
        ("上一篇", "2015年中考顺利结束", "校园周边环境专项整治", "防汛工作会议", "Powered by"),
        gbk=True,
    ),
    Page(
        "ftrap3-2022-chaoxing-dl-source-no-colon",
        "http://www.qlez.example.cn/xwzx/xydt/5621.html",
        CHAOXING_2022_DL_SOURCE,
        "青岚市第二中学召开2022年春季学期学生干部培训会",
        "2022-03-05",
        "学生处",  # <dt>来源</dt><dd>学生处</dd>: the label with no colon
        "3月4日下午，青岚市第二中学2022年春季学期学生干部培训会在学术报告厅举行，校学生会、团委和各班班委共240余名学生干部参加培训。",
        "培训会最后，全体学生干部进行了集体宣誓，表示将在学习和工作中发挥表率作用，为同学们做好服务。",
        ("浏览次数", "上一篇", "春季开学典礼", "校学生会举行换届选举", "校园动态", "技术支持"),
    ),
    Page(
        "ftrap3-2020-dtcms-source-review-names",
        "http://www.qlsx.example.cn/news/show-1286.html",
        DTCMS_2020_REVIEW_NAMES,
        "青岚市实验小学开展“红领巾讲解员”培训活动",
        "2020-11-20",
        "大队部",  # 来源：大队部 一审：陈晓燕 二审：… 三审：…, single spaces between them
        "为进一步丰富红色教育形式，11月18日至19日，青岚市实验小学少先队大队部组织开展“红领巾讲解员”培训活动，来自三至六年级的40名少先队员参加培训。",
        "经过培训考核，共有32名队员获得“红领巾讲解员”证书，他们将在校史馆和市革命纪念馆开展志愿讲解服务。",
        ("一审", "三审：徐立新", "上一篇", "大队委员换届选举", "冬季作息时间调整"),
    ),
    Page(
        "ftrap3-2019-epoint-baosong-danwei",
        "http://www.lxx.example.gov.cn/lxxzf/bmdt/20190612/8d2e4f6a-1b3c-4d5e-9f7a-2c4e6a8b0d1f.html",
        EPOINT_2019_BAOSONG,
        "岚溪县教育局开展2019年中考考务人员培训",
        "2019-06-12",
        "县教育局",  # 【报送单位：县教育局】: the unit that sent the piece in, the portal's 来源
        "6月11日，岚溪县教育局在县委党校报告厅举行2019年中考考务人员培训会，全县6个考点的主考、副主考、监考员和保密员共420余人参加培训。",
        "今年全县共有3826名考生报名参加中考，考试将于6月18日至20日举行。",
        ("报送单位", "打印本页", "中考安全保障工作协调会", "中考体育考试结束", "网站标识码"),
    ),
    Page(
        "ftrap3-2016-cmstop-inline-related-box",
        "http://news.qlol.example.cn/2016/0523/2873456.shtml",
        CMSTOP_2016_INLINE_READ,
        "青岚省今年将为农村学校建设“数字教室”3000间",
        "2016-05-23",
        "青岚日报",
        "记者从省教育厅获悉，今年我省将投入专项资金4.2亿元，为农村中小学建设“数字教室”3000间，覆盖全省62个县（市、区）的1200余所学校。",
        # the text goes on after the inline 相关阅读 box
        "省教育厅还将组织开展农村教师信息技术应用能力培训，确保新建的“数字教室”建得好、用得起来。",
        ("相关阅读", "教育信息化三年行动计划", "班班通", "城乡学校结对开展同步课堂", "宽带网络全覆盖", "排行榜"),
    ),
    Page(
        "ftrap3-2012-sdcms-back-link-gbk",
        "http://www.twzx.example.cn/show.asp?id=562",
        SDCMS_2012_BACK_LINK,
        "桐湾中学举行第二十届校园文化艺术节闭幕式",
        "2012-11-09",
        "校团委",
        "11月8日下午，桐湾中学第二十届校园文化艺术节闭幕式暨文艺汇演在学校大礼堂举行，全校师生1800余人观看了演出。",
        "文艺汇演中，合唱、舞蹈、小品和器乐演奏等16个节目轮番上演，展示了同学们的艺术才华和青春风采。",
        ("返回上一页", "上一篇", "期中考试质量分析会", "校园歌手大赛决赛举行", "Powered by"),
        gbk=True,
    ),
    Page(
        "ftrap3-2012-douban-note-br-lines",
        "http://www.douban.example.com/note/201234567/",
        DOUBAN_2012_BR_NOTE,
        "在乡村小学支教的第一个学期",
        "2012-01-15",
        None,
        "去年九月，我来到岚溪县最北边的桐坞乡中心小学支教，教四年级的语文和全校的音乐。",
        "寒假回家，我最想念的还是那间漏风的教室，和窗外那一片金黄的油菜花田。",
        ("86人喜欢", "看到纸条那段眼眶湿了", "支教报名的渠道", "出发去桐坞乡之前", "加上去", "关于豆瓣"),
    ),
    Page(
        "ftrap3-2014-destoon-unclosed-pasted-div",
        "http://www.jyzb.example.cn/news/201403/05/8123.html",
        DESTOON_2014_UNCLOSED,
        "青岚市教育装备中心组织中小学实验室安全专项检查",
        "2014-03-05",
        "青岚市教育装备中心",
        "为切实做好新学期中小学实验室安全工作，3月3日至4日，青岚市教育装备中心组织专家对全市38所中小学的理化生实验室开展了安全专项检查。",
        "对检查中发现的问题，检查组当场反馈并下发了整改通知书，要求相关学校在3月20日前整改到位并书面报告。",
        (
            "资讯搜索",
            "打印本文",
            "上一篇",
            "标准化实验室建设",
            "危险化学品管理规范出台",
            "教育装备行业2013年回顾",
            "关于我们",
        ),
    ),
    Page(
        "ftrap3-2006-southidc-td-prevnext-gbk",
        "http://www.qlzj.example.cn/NewsView.asp?ID=218",
        SOUTHIDC_2006_TD_PREVNEXT,
        "我校学生在全市职业院校技能大赛中获佳绩",
        "2006-05-22",
        "招生就业处",
        "5月19日至20日，2006年青岚市职业院校技能大赛在市职教中心举行，我校选派的18名选手参加了数控车工、电子装配、计算机应用和烹饪四个项目的比赛。",
        "近年来，学校坚持以赛促教、以赛促学，每学期都举办校级技能节，让学生在比赛中提高技能水平。",
        ("上一篇", "下一篇", "毕业生就业推介会", "招生宣传工作", "新闻分类", "技术支持"),
        gbk=True,
    ),
    Page(
        "ftrap3-2019-cnblogs-posted-at",
        "https://www.cnblogs.example.com/qlxiaoyu/p/10478123.html",
        CNBLOGS_2019_POSTED_AT,
        "班主任手记：一次关于手机使用的班会",
        "2019-03-05",  # posted @ 2019-03-05 10:20, under the body
        None,
        "开学第一周，班上就有三位家长打电话给我，说孩子周末在家玩手机到深夜，第二天起不来床。",
        "一个月过去了，约定执行得并不完美，但班上迟到的同学明显少了，这让我相信，规矩由孩子们自己定，比老师定更管用。",
        ("班主任工作", "好文要顶", "寒假家访记", "posted @", "让孩子自己定规矩", "随笔档案", "Powered by"),
    ),
    Page(
        "ftrap3-2021-csdn-modified-before-published",
        "https://blog.csdn.example.net/qlcoder/article/details/114389265",
        CSDN_2021_MODIFIED_FIRST,
        "用Python批量整理学生成绩表的几个小技巧",
        "2021-03-05",  # 于 2021-03-05 10:20:33 首次发布; 已于 2021-03-08 修改 is the last edit
        None,
        "期末考试结束后，教务处要把全年级二十个班的成绩表合并成一张总表，再按总分排出名次。以前靠复制粘贴要忙一个下午，这学期我试着用Python来做。",
        "整个脚本不到五十行，以后每次考试只要把新的成绩表放进文件夹，运行一次就可以了。",
        ("首次发布", "文章标签", "点赞 26", "Python读取多个Excel文件并合并", "码龄6年", "招贤纳士"),
    ),
    Page(
        "ftrap3-2021-v2ex-relative-day",
        "https://www.v2ex.example.com/t/760123",
        V2EX_2021_RELATIVE,
        "中学老师想转行做教育软件，有没有过来人给点建议？",
        "2021-03-05",  # <span title="2021-03-05 10:20:33 +08:00">3 天前</span>
        None,
        "本人在一所县城中学教了八年数学，这两年一直在自学编程，业余时间给学校写过排课和成绩分析的小工具，同事们用得还不错。",
        "想听听做过教育行业产品或者有类似转行经历的朋友的看法，先谢谢大家了。",
        ("1024 次点击", "一线老师懂用户", "面向学校还是面向家长", "加入收藏", "今日热议主题", "远程办公一年"),
    ),
    Page(
        "ftrap3-2008-kingcms-strong-title-gbk",
        "http://www.qlez.example.cn/news/356.html",
        KINGCMS_2008_STRONG_TITLE,
        "青岚二中举行“书香校园”读书节启动仪式",
        "2008-04-12",
        None,
        "4月11日上午，青岚二中“书香校园”读书节启动仪式在学校操场举行，全校师生共1600余人参加。",
        "学校图书馆今年新购图书5000余册，读书节期间将延长开放时间，并在各楼层设立开放式书架，方便学生借阅。",
        ("作者：校团委", "上一篇", "中考百日誓师大会", "读书节总结表彰大会", "清明节放假", "Powered by"),
        gbk=True,
    ),
    Page(
        "ftrap3-2010-we7-title-in-label-cell",
        "http://www.slwgx.example.gov.cn/xwdt/a7f3c2d1-4b5e-4f6a-9c8d-1e2f3a4b5c6d.html",
        WE7_2010_TITLE_CELL,
        "松岚区“文化下乡”惠民演出走进12个行政村",
        "2010-07-16",
        "区文化馆",
        "7月上旬以来，松岚区文化广电新闻出版局组织区文化馆、区越剧团等文艺团体，开展“文化下乡”惠民演出活动，先后走进12个行政村。",
        "据统计，此次“文化下乡”活动共演出14场，观众达8000余人次。",
        ("文章标题", "浏览次数", "【打印】", "暑期少儿舞蹈培训班", "农家书屋", "Powered by"),
    ),
]
