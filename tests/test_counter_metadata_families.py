"""Visit counters and 信息公开 metadata blocks of CMS families the other tests do not cover.

Hand-written pages (every name, host and number is made up; hosts are *.example.cn). Each page has the chrome a
real one has (menu, breadcrumb, a side box, a 版权所有/ICP footer) and a body of several paragraphs.

Expectations are what a reader of the page sees, and for ``counter_url`` the address the page's own script
requests, never what the extractor happens to return:

* visits: the article's own count as shown in the HTML, as an int. A thousands comma is read away (浏览：1,234 is
  1234) and 万 is ten thousand (阅读 1.2万 is 12000: the page shows a rounded count, and 12000 is the number it
  states). A count a script writes later is not in the HTML: visits is None and counter_url names the script.
* counter_url: the absolute URL the counter script or Ajax call requests, with the query it sends (a jQuery
  ``$.ajax`` GET with ``data:{id:123}`` requests ``…/hits.do?id=123``).
* metadata: the block's label/value pairs in page order. Labels are read as a reader reads them: without the
  spaces (ASCII, U+3000 or &nbsp;) that line up a column (索　引　号 is 索引号) and without the colon; this is what
  the extractor does too (``metadata.squash``). A value's runs of whitespace read as one space. A label whose value cell is empty (文号：<td></td>) has no value
  to record, so it is not a pair; it must not take its neighbour's value either.
* published: the day of 发布日期 (the day it was published); only where the block has no publication date is it
  the day it was written (成文日期/发文日期). source is 来源/信息来源 (None without one), publisher is 发布机构.
"""

import pytest

from jiangbei_crawler.extract.article import parse_article

# --------------------------------------------------------------------------------------------------------------
# 1. visit-count idioms: (id, url, html, expected visits, expected counter_url)
# --------------------------------------------------------------------------------------------------------------

# PowerEasy SiteWeaver 6 (ASP, table layout): the info line under the title, the count in a red <font>
POWEREASY = """<html><head><meta charset="utf-8"><title>我校举行2023年春季田径运动会_江澄区实验小学</title></head>
<body><table width="980" align="center"><tr><td class="top_menu"><a href="/">网站首页</a> | <a href="/Article/ShowClass.asp?ClassID=1">学校概况</a> |
<a href="/Article/ShowClass.asp?ClassID=2">校园新闻</a> | <a href="/Article/ShowClass.asp?ClassID=3">教学教研</a> | <a href="/Article/ShowClass.asp?ClassID=4">德育天地</a></td></tr></table>
<table width="980" align="center"><tr><td width="240" valign="top" class="left_box">
<div class="left_title">最新文章</div><ul><li><a href="/Article/ShowArticle.asp?ArticleID=1198">四年级开展垃圾分类主题班会</a></li>
<li><a href="/Article/ShowArticle.asp?ArticleID=1195">我校教师参加区级课堂教学评比</a></li><li><a href="/Article/ShowArticle.asp?ArticleID=1190">家长开放日活动顺利举行</a></li></ul></td>
<td valign="top"><table width="100%"><tr><td class="main_guide">您现在的位置：<a href="/">江澄区实验小学</a> &gt;&gt; <a href="/Article/Index.asp">文章中心</a> &gt;&gt; <a href="/Article/ShowClass.asp?ClassID=2">校园新闻</a> &gt;&gt; 正文</td></tr>
<tr><td class="main_ArticleTitle">我校举行2023年春季田径运动会</td></tr>
<tr><td class="main_ArticleSubheading">作者：体育组&nbsp;&nbsp;&nbsp;&nbsp;文章来源：本站原创&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<font color="red">486</font>&nbsp;&nbsp;&nbsp;&nbsp;更新时间：2023-4-21</td></tr>
<tr><td id="fontzoom" class="main_ArticleContent"><p>4月20日上午，江澄区实验小学2023年春季田径运动会在学校操场隆重开幕。全校一千二百余名师生参加了开幕式，各班代表队精神饱满地走过主席台。</p>
<p>本届运动会共设短跑、跳远、跳绳、拔河等十四个比赛项目，既有个人项目，也有团体项目。比赛中，同学们奋力拼搏，赛出了风格，赛出了水平。</p>
<p>经过两天的角逐，五（3）班、六（1）班获得团体总分第一名，另有二十八名同学打破或平了校运会纪录。</p>
<p>校长在闭幕式上表示，学校将继续落实每天校园体育活动一小时的要求，让每一个孩子都能在运动中健康成长。</p></td></tr>
<tr><td>上一篇文章：<a href="/Article/ShowArticle.asp?ArticleID=1186">开学第一课</a><br>下一篇文章：<a href="/Article/ShowArticle.asp?ArticleID=1190">家长开放日活动顺利举行</a></td></tr></table></td></tr></table>
<table width="980" align="center"><tr><td class="Bottom">版权所有 &copy; 2023 宁川市江澄区实验小学 地址：宁川市江澄区学府路18号<br><a href="https://beian.miit.gov.cn/">浙ICP备10012345号-1</a></td></tr></table>
</body></html>"""

# 新云/NewAsp news system (ASP): a div.info line whose count is 人气：<span>88</span>
NEWASP = """<html><head><meta charset="utf-8"><title>区教研室来我校开展教学视导 - 江澄区第二中学</title></head>
<body><div id="header"><div class="logo">江澄区第二中学</div><ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/list.asp?classid=1">学校新闻</a></li>
<li><a href="/news/list.asp?classid=2">教育科研</a></li><li><a href="/news/list.asp?classid=3">学生天地</a></li><li><a href="/news/list.asp?classid=4">招生信息</a></li></ul></div>
<div id="main"><div class="location">当前位置：<a href="/">首页</a> → <a href="/news/list.asp?classid=2">教育科研</a> → 正文</div>
<div class="content_left"><h1 class="title">区教研室来我校开展教学视导</h1>
<div class="info">发布时间：2023-03-16 15:20:08 &nbsp;&nbsp;作者：教科室 &nbsp;&nbsp;来源：本站 &nbsp;&nbsp;人气：<span>88</span></div>
<div class="content" id="content"><p>3月15日，江澄区教研室一行十二人来到我校，开展为期一天的教学视导工作。视导组采取随堂听课、查阅资料、座谈交流等方式，全面了解学校教学管理情况。</p>
<p>视导组成员分学科深入课堂，共听课三十四节，并查阅了教师的教案、作业批改记录和教研组活动记录。</p>
<p>在反馈会上，视导组充分肯定了我校在课堂教学改革方面取得的成绩，同时就作业设计、分层教学等方面提出了具体建议。</p>
<p>学校将以此次视导为契机，认真梳理问题，落实整改措施，进一步提高课堂教学质量。</p></div>
<div class="prenext">上一篇：<a href="/news/show.asp?id=2301">我校召开新学期教学工作会议</a>　下一篇：<a href="/news/show.asp?id=2310">初三年级举行百日誓师大会</a></div></div>
<div class="content_right"><div class="box"><h3>热门文章</h3><ul><li><a href="/news/show.asp?id=2290">寒假作业展评活动</a></li><li><a href="/news/show.asp?id=2288">学校食堂通过复评</a></li></ul></div></div></div>
<div id="footer">Copyright &copy; 2023 江澄区第二中学 版权所有　<a href="https://beian.miit.gov.cn/">浙ICP备10023456号</a></div></body></html>"""

# an ASP.NET school system: div.msgbar "发布时间 / 来源 / 查看次数：57" (查看次数: how many times it was viewed)
ASPNET_SCHOOL = """<html><head><meta charset="utf-8"><title>关于开展校园安全隐患排查的通知--江澄区职业技术学校</title></head>
<body><div class="top"><div class="menu"><a href="/Default.aspx">学校首页</a><a href="/NewsList.aspx?cid=3">通知公告</a><a href="/NewsList.aspx?cid=5">专业建设</a>
<a href="/NewsList.aspx?cid=7">实训基地</a><a href="/NewsList.aspx?cid=9">就业指导</a></div></div>
<div class="wrap"><div class="side"><div class="side_t">通知公告</div><ul><li><a href="/NewsShow.aspx?id=870">关于五一劳动节放假的通知</a><span>04-25</span></li>
<li><a href="/NewsShow.aspx?id=866">关于召开家长会的通知</a><span>04-12</span></li></ul></div>
<div class="mainbox"><div class="pos">您的位置：<a href="/Default.aspx">首页</a> &gt; <a href="/NewsList.aspx?cid=3">通知公告</a></div>
<div class="newstitle">关于开展校园安全隐患排查的通知</div>
<div class="msgbar">发布时间：2023-03-20 &nbsp; 来源：校长办公室 &nbsp; 查看次数：57</div>
<div class="newscontent" id="newscontent"><p>各处室、各专业部：</p>
<p>为切实做好校园安全工作，消除各类安全隐患，经研究，决定于3月21日至3月31日在全校范围内开展校园安全隐患排查工作。</p>
<p>一、排查范围：教学楼、实训楼、学生宿舍、食堂、体育场馆以及校园周边区域。</p>
<p>二、排查内容：消防设施、用电安全、实训设备、食品安全、校舍安全等。各部门要对照清单逐项排查，建立问题台账，明确整改时限。</p>
<p>三、工作要求：各部门负责人为第一责任人，排查结果于3月31日前报校长办公室。</p>
<p>江澄区职业技术学校</p><p>2023年3月20日</p></div></div></div>
<div class="foot">版权所有：江澄区职业技术学校　技术支持：宁川网络　<a href="https://beian.miit.gov.cn/">浙ICP备10034567号-2</a></div></body></html>"""

# WordPress with WP-PostViews: the count printed by number_format_i18n, with a thousands comma
WORDPRESS = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>我们的读书节：一本书与一座城 &#8211; 江澄书院</title></head>
<body class="post-template-default single single-post"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://blog.jcsy.example.cn/">江澄书院</a></p></div>
<nav class="main-navigation"><ul id="primary-menu"><li><a href="https://blog.jcsy.example.cn/">首页</a></li><li><a href="https://blog.jcsy.example.cn/category/reading/">读书</a></li>
<li><a href="https://blog.jcsy.example.cn/category/activity/">活动</a></li><li><a href="https://blog.jcsy.example.cn/about/">关于我们</a></li></ul></nav></header>
<div id="content" class="site-content"><div class="breadcrumbs"><a href="https://blog.jcsy.example.cn/">首页</a> &raquo; <a href="https://blog.jcsy.example.cn/category/activity/">活动</a> &raquo; 我们的读书节：一本书与一座城</div>
<main id="main"><article id="post-1532" class="post-1532 post type-post status-publish"><header class="entry-header"><h1 class="entry-title">我们的读书节：一本书与一座城</h1>
<div class="entry-meta"><span class="posted-on">发布于 <time class="entry-date published" datetime="2023-04-23T09:12:00+08:00">2023年4月23日</time></span>
<span class="byline">作者 <a href="https://blog.jcsy.example.cn/author/linqiu/">林秋</a></span><span class="post-views">浏览：1,234</span></div></header>
<div class="entry-content"><p>四月的江澄，雨水刚刚停下，书院的读书节便开幕了。今年的主题是“一本书与一座城”，我们邀请读者写下与这座城市有关的一本书。</p>
<p>两周里，我们收到了三百多封来信。有人写到少年时在旧书摊淘到的一本地方志，也有人写到父亲留下的一本航海日记。</p>
<p>开幕那天，二十位读者轮流朗读了自己的来信。读到动情处，台下不少人红了眼眶。</p>
<p>读书节期间，书院每晚开放到九点，并在庭院里设了交换书架。带一本书来，就可以换一本书走。</p></div>
<footer class="entry-footer"><span class="cat-links">分类：<a href="https://blog.jcsy.example.cn/category/activity/">活动</a></span></footer></article></main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2><ul><li><a href="https://blog.jcsy.example.cn/2023/04/16/spring-poems/">春天的诗会</a></li>
<li><a href="https://blog.jcsy.example.cn/2023/04/02/old-maps/">旧地图里的江澄</a></li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2023 江澄书院 版权所有 | <a href="https://beian.miit.gov.cn/">浙ICP备10045678号-1</a></div></footer></body></html>"""

# a news portal of 2022 (融媒体 template): the meta line 时间 / 来源 / 阅读 1.2万 (a rounded count in 万)
RONGMEITI = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>江澄区新建三所公办幼儿园今秋开园 - 江澄新闻网</title></head>
<body><div class="header"><div class="logo"><a href="https://news.jiangcheng.example.cn/">江澄新闻网</a></div><ul class="nav"><li><a href="/">首页</a></li><li><a href="/jcyw/">江澄要闻</a></li>
<li><a href="/shms/">社会民生</a></li><li><a href="/jykj/">教育科技</a></li><li><a href="/wtly/">文体旅游</a></li></ul></div>
<div class="container"><div class="crumb"><a href="/">首页</a> &gt; <a href="/jykj/">教育科技</a> &gt; 正文</div>
<div class="main"><div class="article"><h1 class="article-title">江澄区新建三所公办幼儿园今秋开园</h1>
<div class="article-meta"><span class="time">2023-05-12 08:45</span><span class="source">来源：江澄融媒</span><span class="read">阅读 1.2万</span></div>
<div class="article-content"><p>记者从区教育局获悉，江澄区今年新建的三所公办幼儿园已完成主体工程，将于今年9月正式开园，预计新增学位一千零八十个。</p>
<p>三所幼儿园分别位于城东、滨河和新港三个片区，均按照省一级幼儿园标准建设，每所设置十二个班。</p>
<p>区教育局有关负责人介绍，新园开园后，全区公办幼儿园在园幼儿占比将进一步提高，“入园难”问题将得到有效缓解。</p>
<p>目前，三所幼儿园的教师招聘和设施设备采购工作正在有序推进，招生工作将于6月启动。</p></div></div>
<div class="sidebar"><div class="box"><h3>热点排行</h3><ol><li><a href="/shms/202305/t20230510_88121.html">城东公园改造完成</a></li><li><a href="/jcyw/202305/t20230509_88102.html">区政府召开常务会议</a></li></ol></div></div></div></div>
<div class="footer">江澄新闻网 版权所有 &copy; 2023　<a href="https://beian.miit.gov.cn/">浙ICP备10056789号</a>　互联网新闻信息服务许可证：33120230001</div></body></html>"""

# EmpireCMS 7.5: 浏览次数 in <span id="hits"> written by the ViewClick script (document.write)
EMPIRE = """<html><head><meta charset="utf-8"><title>我校学子在市中小学生书法比赛中获佳绩_江澄区滨河小学</title></head>
<body><div class="top"><div class="nav"><a href="/">首页</a><a href="/xxgk/">学校概况</a><a href="/xwdt/">新闻动态</a><a href="/jxky/">教学科研</a><a href="/xsfc/">学生风采</a></div></div>
<div class="wrap"><div class="position">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/xsfc/">学生风采</a></div>
<div class="left"><div class="show"><h1>我校学子在市中小学生书法比赛中获佳绩</h1>
<div class="info">时间：2023-05-08 16:30:21 &nbsp;来源：本站 &nbsp;作者：艺术组 &nbsp;浏览次数：<span id="hits"><script src="/e/public/ViewClick/?classid=2&amp;id=123&amp;addclick=1"></script></span></div>
<div class="text"><p>近日，宁川市第十五届中小学生书法比赛结果揭晓，我校共有九名学生获奖，其中一等奖两名、二等奖三名、三等奖四名。</p>
<p>本次比赛分软笔和硬笔两个组别，全市共有两千余名学生参赛。我校选送的作品以楷书和隶书为主，笔法扎实，章法规整。</p>
<p>近年来，学校坚持开设书法课程，每周安排一节书法课，并成立了书法社团，聘请本地书法家定期来校指导。</p>
<p>学校将继续推进书法教育，让学生在一笔一画中感受传统文化之美。</p></div>
<div class="page">上一篇：<a href="/xsfc/122.html">合唱团参加区艺术节展演</a> 下一篇：<a href="/xsfc/124.html">科技节作品展</a></div></div></div>
<div class="right"><div class="box"><h3>新闻动态</h3><ul><li><a href="/xwdt/120.html">校园开放日</a></li><li><a href="/xwdt/119.html">教师节表彰大会</a></li></ul></div></div></div>
<div class="footer">版权所有 &copy; 江澄区滨河小学 <a href="https://beian.miit.gov.cn/">浙ICP备10067890号-1</a> Powered by EmpireCMS</div></body></html>"""

# DedeCMS 5.7 article_article.htm: 点击：<script src="/plus/count.php?view=yes&aid=…&mid=…"> 次
DEDE = """<html><head><meta charset="utf-8"><title>七年级开展研学旅行活动_新闻中心_江澄区新港中学</title></head>
<body><div class="header"><div class="top">江澄区新港中学</div><div class="module blue mT10 wrapper w963"><div id="navMenu"><ul><li><a href="/">主页</a></li>
<li><a href="/a/xinwenzhongxin/">新闻中心</a></li><li><a href="/a/jiaoxuejiaoyan/">教学教研</a></li><li><a href="/a/deyuchu/">德育处</a></li></ul></div></div></div>
<div class="w960 center clear mt1"><div class="pleft"><div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/a/xinwenzhongxin/">新闻中心</a> &gt; </div>
<div class="viewbox"><div class="title"><h2>七年级开展研学旅行活动</h2></div>
<div class="info"><small>时间:</small>2023-04-14 10:12<small>来源:</small>政教处 <small>作者:</small>王立 <small>点击:</small><script src="/plus/count.php?view=yes&amp;aid=123&amp;mid=1" type="text/javascript" language="javascript"></script>次</div>
<div class="content"><table width="100%"><tr><td><p>4月13日，我校七年级六百余名师生走出校园，前往宁川市农业科技园开展以“走进田野、体验农耕”为主题的研学旅行活动。</p>
<p>在科技园里，同学们参观了智能温室和无土栽培基地，听技术人员讲解现代农业知识，还分组体验了插秧和采摘。</p>
<p>午餐后，各班以小组为单位完成了研学任务单，并在园区广场进行了成果汇报。</p>
<p>此次研学旅行让同学们在实践中增长了见识，也增进了同学之间的友谊。</p></td></tr></table></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul><li>上一篇：<a href="/a/xinwenzhongxin/2023/0410/121.html">清明节祭英烈活动</a></li><li>下一篇：<a href="/a/xinwenzhongxin/2023/0418/125.html">春季运动会</a></li></ul></div></div></div></div>
<div class="pright"><div class="commend"><dl class="tbox"><dt><strong>推荐内容</strong></dt><dd><ul><li><a href="/a/jiaoxuejiaoyan/2023/0402/118.html">校级公开课周</a></li></ul></dd></dl></div></div></div>
<div class="footer w960 center mt1 clear"><p>Copyright &copy; 2023 江澄区新港中学 版权所有 <a href="https://beian.miit.gov.cn/">浙ICP备10078901号</a></p></div></body></html>"""

# PHPCMS v9 show.html: 点击：<span id="hits"></span>, filled by $.getJSON('/api.php?op=count&id=…&modelid=…')
PHPCMS = """<html><head><meta charset="utf-8"><title>我校召开2023届高三备考推进会 - 校园动态 - 江澄区滨海高级中学</title>
<script type="text/javascript" src="/statics/js/jquery.min.js"></script></head>
<body><div class="header"><div class="logo">江澄区滨海高级中学</div><div class="nav"><a href="/">网站首页</a><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=6">校园动态</a>
<a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=7">教学教研</a><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=8">招生就业</a></div></div>
<div class="main"><div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=6">校园动态</a> &gt;  正文</div>
<div class="col-left"><div id="Article"><h1>我校召开2023届高三备考推进会<br /><span>2023-04-03 17:05:41&nbsp;&nbsp;&nbsp;来源：教务处&nbsp;&nbsp;&nbsp;点击：<span id="hits"></span></span></h1>
<div class="content"><p>4月3日下午，我校在报告厅召开2023届高三备考推进会，全体高三教师参加会议。</p>
<p>会上，年级组长分析了近期联考成绩，指出了各学科存在的薄弱环节，并提出了下一阶段的复习安排。</p>
<p>各备课组长分别就本学科的二轮复习计划作了交流发言，重点介绍了专题复习和限时训练的做法。</p>
<p>校长要求全体高三教师精准施策、因材施教，关注每一名学生的心理状态，为高考做好充分准备。</p></div></div>
<div class="related"><h5>相关热词搜索：<a href="/index.php?m=search&amp;q=高三">高三</a></h5></div></div>
<div class="col-right"><div class="box"><h5>点击排行</h5><ul><li><a href="/index.php?m=content&amp;c=index&amp;a=show&amp;catid=6&amp;id=118">高二研学活动</a></li></ul></div></div></div>
<script type="text/javascript">$.getJSON('/api.php?op=count&id=123&modelid=1', function(data){ $('#hits').html(data.views); });</script>
<div class="footer"><p>版权所有 &copy; 江澄区滨海高级中学　<a href="https://beian.miit.gov.cn/">浙ICP备10089012号-3</a></p></div></body></html>"""

# a Java school CMS (Spring MVC, .do URLs): 阅读量：<span id="views"></span> filled by $.ajax({url, data:{id}})
JQUERY_AJAX = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>2023年教师资格认定工作安排-江澄区教师发展中心</title>
<script src="/static/js/jquery-1.12.4.min.js"></script></head>
<body><div class="head"><div class="banner">江澄区教师发展中心</div><ul class="menu"><li><a href="/index.do">首页</a></li><li><a href="/news/list.do?cid=11">通知公告</a></li>
<li><a href="/news/list.do?cid=12">教师培训</a></li><li><a href="/news/list.do?cid=13">教学研究</a></li></ul></div>
<div class="body"><div class="location">当前位置：<a href="/index.do">首页</a> &gt; <a href="/news/list.do?cid=11">通知公告</a></div>
<div class="detail"><h2 class="d-title">2023年教师资格认定工作安排</h2>
<p class="d-info">发布日期：2023-03-28 &nbsp;&nbsp;发布单位：人事科 &nbsp;&nbsp;阅读量：<span id="views"></span></p>
<div class="d-content"><p>根据省教育厅有关文件精神，现将我区2023年中小学教师资格认定工作安排通知如下。</p>
<p>一、认定对象：户籍、居住证或人事关系在本区，且取得教师资格考试合格证明的人员。</p>
<p>二、申请时间：春季为4月10日至4月21日，秋季另行通知。申请人须在规定时间内通过网上系统提交申请。</p>
<p>三、现场确认：申请人按预约时间携带相关材料到区政务服务中心教育窗口办理现场确认。</p>
<p>咨询电话：0574-00000000。</p></div></div>
<div class="aside"><h4>通知公告</h4><ul><li><a href="/news/detail.do?id=119">暑期教师培训报名</a></li><li><a href="/news/detail.do?id=117">名师工作室评选</a></li></ul></div></div>
<script>
$(function () {
  $.ajax({url: '/news/hits.do', data: {id: 123}, dataType: 'json', success: function (d) { $('#views').text(d.hits); }});
});
</script>
<div class="foot">版权所有 江澄区教师发展中心　<a href="https://beian.miit.gov.cn/">浙ICP备10090123号</a></div></body></html>"""

# 大汉 (Hanweb) JCMS article: 访问量：<script src="/module/visitcount/articlehits.jsp?colid=…&artid=…">
HANWEB = """<html><head><meta charset="utf-8"><title>江澄区教育局 部门动态 区教育局召开校园食品安全工作会议</title>
<meta name="ArticleTitle" content="区教育局召开校园食品安全工作会议"></head>
<body><div class="top"><div class="banner">江澄区教育局</div><div class="nav"><a href="/index.html">首页</a><a href="/col/col10/index.html">机构概况</a>
<a href="/col/col12/index.html">部门动态</a><a href="/col/col14/index.html">政务公开</a><a href="/col/col16/index.html">办事服务</a></div></div>
<table width="1000" align="center"><tr><td class="bt_link">当前位置：<a href="/index.html">首页</a> &gt; <a href="/col/col12/index.html">部门动态</a></td></tr>
<tr><td><table width="100%"><tr><td class="title" align="center">区教育局召开校园食品安全工作会议</td></tr>
<tr><td align="center" class="bt_content">发布日期：2023-05-10 &nbsp;&nbsp;信息来源：区教育局 &nbsp;&nbsp;访问量：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=12&amp;artid=345"></script> &nbsp;&nbsp;【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</td></tr>
<tr><td><div id="zoom"><p>5月9日，区教育局召开全区校园食品安全工作会议，各中小学、幼儿园分管负责人和食堂管理员参加会议。</p>
<p>会议通报了今年以来校园食品安全检查情况，对检查中发现的原料进货查验不规范、留样记录不完整等问题进行了点评。</p>
<p>会议要求，各学校要严格落实校长陪餐制度和食品安全总监制度，加强食堂从业人员培训，确保师生饮食安全。</p>
<p>会上，区市场监管局有关负责人就学校食堂“互联网+明厨亮灶”建设作了专题辅导。</p></div></td></tr>
<tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table></td></tr></table>
<div class="bottom">主办：宁川市江澄区教育局　版权所有　<a href="https://beian.miit.gov.cn/">浙ICP备10101234号</a>　网站标识码：3302000099</div></body></html>"""

# a Vue 2 page of a 2021 school site: the template is in the HTML, the count {{ views }} is never filled there
VUE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>我校获评市级文明校园 | 江澄区新城小学</title>
<link href="/static/css/app.8c1f2a.css" rel="stylesheet"></head>
<body><div id="app"><header class="site-head"><div class="logo">江澄区新城小学</div><nav><a href="/">首页</a><a href="/news">学校新闻</a><a href="/notice">通知公告</a><a href="/party">党建工作</a></nav></header>
<div class="bread">当前位置：<a href="/">首页</a> / <a href="/news">学校新闻</a> / 详情</div>
<section class="detail"><h1 class="detail-title">我校获评市级文明校园</h1>
<div class="detail-meta"><span>发布时间：2023-01-16</span><span>来源：党政办</span><span>阅读 {{ views }}</span></div>
<div class="detail-body"><p>近日，宁川市精神文明建设委员会公布了新一轮市级文明校园名单，我校榜上有名。</p>
<p>近年来，学校坚持立德树人，将社会主义核心价值观融入教育教学全过程，开展了“新城好少年”评选、志愿服务进社区等系列活动。</p>
<p>学校还持续改善办学条件，建成了校史馆、科创中心和开放式图书角，校园环境整洁优美。</p>
<p>学校将以此为新的起点，巩固创建成果，持续推进文明校园建设。</p></div></section>
<aside class="side"><h3>最新通知</h3><ul><li><a href="/notice/56">寒假致家长的一封信</a></li><li><a href="/notice/55">期末家长会安排</a></li></ul></aside>
<footer>版权所有 &copy; 2021-2023 江澄区新城小学　<a href="https://beian.miit.gov.cn/">浙ICP备10112345号-1</a></footer></div>
<script src="/static/js/vendor.4b7d9e.js"></script><script src="/static/js/app.2e6c0d.js"></script></body></html>"""

# a 2019 school template: the article shows no count at all, its 相关文章 box shows each row's 阅读 count
RELATED_BOX = """<html><head><meta charset="utf-8"><title>我校开展“书香校园”读书月活动-江澄区城南小学</title></head>
<body><div class="header"><div class="logo">江澄区城南小学</div><ul class="nav"><li><a href="/">首页</a></li><li><a href="/list/1.html">学校新闻</a></li>
<li><a href="/list/2.html">德育之窗</a></li><li><a href="/list/3.html">教学天地</a></li></ul></div>
<div class="main"><div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/list/1.html">学校新闻</a></div>
<div class="news-detail"><h1>我校开展“书香校园”读书月活动</h1><div class="meta">发布时间：2023-04-25　来源：语文组</div>
<div class="news-text"><p>四月是我校的读书月。活动期间，学校开展了好书推荐、亲子共读、读书小报评比等一系列活动。</p>
<p>各班利用晨读时间开展“每日一读”，同学们轮流上台分享自己喜爱的书籍和读书心得。</p>
<p>学校图书馆延长了开放时间，并新增图书两千余册，为同学们提供了更加丰富的阅读资源。</p>
<p>读书月闭幕式上，学校表彰了五十名“阅读之星”和十个“书香班级”。</p></div></div>
<div class="related"><h3>相关文章</h3><ul><li><a href="/show/310.html">我校举行诗词大会</a><span class="read">阅读 356</span></li>
<li><a href="/show/302.html">世界读书日主题班会</a><span class="read">阅读 214</span></li><li><a href="/show/297.html">班级图书角评比</a><span class="read">阅读 178</span></li></ul></div>
<div class="side"><h3>通知公告</h3><ul><li><a href="/show/305.html">五一放假通知</a></li></ul></div></div>
<div class="footer">版权所有 &copy; 江澄区城南小学　<a href="https://beian.miit.gov.cn/">浙ICP备10123456号</a></div></body></html>"""

VISIT_CASES = [
    ("powereasy_liulan_cishu_font", "http://www.jcsyxx.example.cn/Article/ShowArticle.asp?ArticleID=1201", POWEREASY,
     486, None),
    ("newasp_renqi_span", "http://www.jcez.example.cn/news/show.asp?id=2305", NEWASP, 88, None),
    ("aspnet_chakan_cishu", "http://www.jczj.example.cn/NewsShow.aspx?id=872", ASPNET_SCHOOL, 57, None),
    ("wordpress_postviews_thousands_comma", "https://blog.jcsy.example.cn/2023/04/23/reading-festival/", WORDPRESS,
     1234, None),
    ("rongmeiti_yuedu_wan", "https://news.jiangcheng.example.cn/jykj/202305/t20230512_88130.html", RONGMEITI,
     12000, None),
    ("empirecms_viewclick_script_src", "http://www.jcbhxx.example.cn/xsfc/123.html", EMPIRE, None,
     "http://www.jcbhxx.example.cn/e/public/ViewClick/?classid=2&id=123&addclick=1"),
    ("dedecms_count_php", "http://www.jcxgzx.example.cn/a/xinwenzhongxin/2023/0414/123.html", DEDE, None,
     "http://www.jcxgzx.example.cn/plus/count.php?view=yes&aid=123&mid=1"),
    ("phpcms_getjson_api_count", "http://www.jcbhgz.example.cn/index.php?m=content&c=index&a=show&catid=6&id=123",
     PHPCMS, None, "http://www.jcbhgz.example.cn/api.php?op=count&id=123&modelid=1"),
    ("jquery_ajax_data_id", "http://www.jcjsfz.example.cn/news/detail.do?id=123", JQUERY_AJAX, None,
     "http://www.jcjsfz.example.cn/news/hits.do?id=123"),
    ("hanweb_articlehits_jsp", "http://jyj.jiangcheng.example.cn/art/2023/5/10/art_12_345.html", HANWEB, None,
     "http://jyj.jiangcheng.example.cn/module/visitcount/articlehits.jsp?colid=12&artid=345"),
    ("vue_unrendered_mustache", "https://www.jcxcxx.example.cn/news/88", VUE, None, None),
    ("related_box_counts_not_the_article", "http://www.jccnxx.example.cn/show/315.html", RELATED_BOX, None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    "url, html, visits, counter_url", [c[1:] for c in VISIT_CASES], ids=[c[0] for c in VISIT_CASES]
)
def test_visit_count_idioms(url, html, visits, counter_url):
    page = parse_article(html, url)
    assert {"visits": page.visits, "counter_url": page.counter_url} == {"visits": visits, "counter_url": counter_url}


# --------------------------------------------------------------------------------------------------------------
# 2. 信息公开 metadata layouts: (id, url, html, expected metadata, published day, source, publisher)
# --------------------------------------------------------------------------------------------------------------

GOV_BODY_A = """<p>各镇（街道）教育办，区属各学校：</p>
<p>为进一步规范义务教育阶段学校招生入学工作，根据上级有关文件精神，结合我区实际，现就2023年义务教育招生入学工作通知如下。</p>
<p>一、坚持免试就近入学。公办学校按照划定的学区招收适龄儿童少年，不得以任何形式的考试、测试选拔学生。</p>
<p>二、规范民办学校招生。民办义务教育学校招生纳入审批地统一管理，与公办学校同步招生。</p>
<p>三、加强组织保障。各学校要成立招生工作领导小组，公开招生政策、招生程序和咨询电话，主动接受社会监督。</p>"""

# TRS WCM gkml detail: table.xxgk_table, <th> labels, two pairs a row, 文号 an empty <td></td>, above the title
TRS_TH = f"""<html><head><meta charset="utf-8"><title>关于做好2023年义务教育招生入学工作的通知_江澄区人民政府</title></head>
<body><div class="header"><div class="logo">宁川市江澄区人民政府</div><ul class="nav"><li><a href="/">首页</a></li><li><a href="/col/col1/">走进江澄</a></li>
<li><a href="/col/col2/">政务动态</a></li><li><a href="/col/col3/">政府信息公开</a></li><li><a href="/col/col4/">政务服务</a></li></ul></div>
<div class="main"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col3/">政府信息公开</a> &gt; <a href="/col/col3/gkml/">公开目录</a></div>
<div class="side"><h3>公开目录</h3><ul><li><a href="/gkml/gzbg/">工作报告</a></li><li><a href="/gkml/ghjh/">规划计划</a></li><li><a href="/gkml/tzgg/">通知公告</a></li></ul></div>
<div class="con"><table class="xxgk_table" cellspacing="0" cellpadding="0">
<tr><th>索引号：</th><td>001008003012/2023-00417</td><th>主题分类：</th><td>教育</td></tr>
<tr><th>发布机构：</th><td>江澄区教育局</td><th>成文日期：</th><td>2023-05-08</td></tr>
<tr><th>文号：</th><td></td><th>发布日期：</th><td>2023-05-12</td></tr>
<tr><th>主题词：</th><td>招生　义务教育</td><th>有效性：</th><td>有效</td></tr></table>
<h1 class="xxgk_title">关于做好2023年义务教育招生入学工作的通知</h1>
<div class="TRS_Editor">{GOV_BODY_A}<p>江澄区教育局</p><p>2023年5月8日</p></div>
<div class="print">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div></div></div>
<div class="footer">主办单位：宁川市江澄区人民政府办公室　版权所有　<a href="https://beian.miit.gov.cn/">浙ICP备10134567号</a>　政府网站标识码：3302000001</div></body></html>"""

GOV_BODY_B = """<p>为加强全区农村饮用水安全管理，保障群众饮水安全，区农业农村局近日部署开展农村供水工程专项检查。</p>
<p>检查采取“四不两直”方式，重点检查水源保护、净化消毒、水质检测和运行管护等情况，覆盖全区二十六个集中供水工程。</p>
<p>对检查中发现的问题，将建立清单、限期整改，整改情况纳入年度考核。</p>
<p>下一步，区农业农村局将会同区卫生健康局加密水质抽检频次，确保农村供水水质达标。</p>"""

# 开普云 (Kaipu) 2021: a ul.xxgk-list of <li><b>label：</b><span>value</span></li>, the 主题分类 value a link, with
# 信息来源 and both 发文日期 and 发布日期
KAIPU_UL = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>区农业农村局开展农村供水工程专项检查 江澄区农业农村局</title></head>
<body><div class="topbar"><a href="/">网站首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a><a href="/bsfw/">办事服务</a></div>
<div class="wrapper"><div class="breadcrumb"><span>您所在的位置：</span><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/gzdt/">工作动态</a></div>
<div class="xxgk-box"><ul class="xxgk-list"><li><b>索引号：</b><span>11330205MB1234567X/2023-00088</span></li>
<li><b>主题分类：</b><span><a href="/zwgk/ztfl/nlsy/">农林水利</a></span></li><li><b>发布机构：</b><span>江澄区农业农村局</span></li>
<li><b>发文日期：</b><span>2023-06-01</span></li><li><b>发布日期：</b><span>2023-06-02</span></li><li><b>信息来源：</b><span>水利科</span></li></ul></div>
<div class="article"><h1 class="art-title">区农业农村局开展农村供水工程专项检查</h1><div class="art-con" id="zoom">{GOV_BODY_B}</div></div>
<div class="sidebar"><h3>相关链接</h3><ul><li><a href="https://www.nc.example.cn/">宁川市农业农村局</a></li><li><a href="https://www.jc.example.cn/">江澄区人民政府</a></li></ul></div></div>
<div class="footer">版权所有：宁川市江澄区农业农村局　<a href="https://beian.miit.gov.cn/">浙ICP备10145678号</a>　网站标识码：3302000123</div></body></html>"""

GOV_BODY_C = """<p>为做好2023年全区中小学暑期安全工作，区教育局印发《暑期学生安全告家长书》，要求各校在放假前发放到每一名学生家长手中。</p>
<p>告家长书围绕防溺水、交通安全、用电安全、网络安全等方面，提醒家长切实履行监护责任。</p>
<p>各学校要在放假前组织开展一次安全教育专题课，并通过家长群、家访等方式做好宣传。</p>
<p>暑期期间，各学校要安排教师定期与学生联系，及时了解学生假期动态。</p>"""

# 南威 2020 xxgk: div.gk-info of one <dl> a row, each dl two dt/dd pairs, dt without colons, 发布机构 a link in its dd
LINEWELL_DL = f"""<html><head><meta charset="utf-8"><title>关于印发暑期学生安全告家长书的通知-江澄区教育局</title></head>
<body><div class="head"><div class="title-img">江澄区教育局</div><div class="menu"><a href="/">首页</a><a href="/jyxw/">教育新闻</a><a href="/xxgk/">信息公开</a><a href="/bszn/">办事指南</a></div></div>
<div class="container"><div class="dqwz">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/xxgk/">信息公开</a> &gt;&gt; <a href="/xxgk/tzgg/">通知公告</a></div>
<div class="left-menu"><h3>信息公开</h3><ul><li><a href="/xxgk/zc/">政策文件</a></li><li><a href="/xxgk/tzgg/">通知公告</a></li><li><a href="/xxgk/rsxx/">人事信息</a></li></ul></div>
<div class="right-con"><h2 class="gk-title">关于印发暑期学生安全告家长书的通知</h2>
<div class="gk-info"><dl><dt>索引号</dt><dd>001008003012/2023-00502</dd><dt>信息分类</dt><dd>通知公告</dd></dl>
<dl><dt>发布机构</dt><dd><a href="/jgsz/">江澄区教育局</a></dd><dt>生成日期</dt><dd>2023-06-28</dd></dl>
<dl><dt>文号</dt><dd>江教〔2023〕41号</dd><dt>公开日期</dt><dd>2023-06-29</dd></dl></div>
<div class="gk-content">{GOV_BODY_C}</div><div class="tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div></div></div>
<div class="foot">版权所有 江澄区教育局　<a href="https://beian.miit.gov.cn/">浙ICP备10156789号-1</a></div></body></html>"""

GOV_BODY_D = """<p>近日，区卫生健康局联合区教育局对全区二十三所中小学校开展了春季传染病防控专项督查。</p>
<p>督查组重点检查了晨午检、因病缺课追踪登记、教室通风消毒和传染病疫情报告制度落实情况。</p>
<p>从督查情况看，各学校防控制度总体健全，但个别学校存在登记不及时、消毒记录不完整等问题。</p>
<p>督查组已现场反馈问题，并要求相关学校在十个工作日内完成整改。</p>"""

# a 2022 Bootstrap-style disclosure template: div.meta-grid of <div class="item"><label>label：</label><p>value</p></div>
GRID_LABEL_P = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>区卫生健康局开展学校春季传染病防控专项督查_江澄区卫生健康局</title></head>
<body><nav class="navbar"><a class="brand" href="/">江澄区卫生健康局</a><ul><li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/zfxxgk/">政府信息公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></nav>
<div class="container"><ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/zfxxgk/">政府信息公开</a></li><li class="active">法定主动公开内容</li></ol>
<div class="row"><div class="col-md-9"><div class="meta-grid">
<div class="item"><label>索引号：</label><p>11330205002123456A/2023-00031</p></div>
<div class="item"><label>组配分类：</label><p>工作动态</p></div>
<div class="item"><label>发布机构：</label><p>江澄区卫生健康局</p></div>
<div class="item"><label>成文日期：</label><p>2023-03-27</p></div>
<div class="item"><label>发布日期：</label><p>2023-03-29</p></div>
<div class="item"><label>来源：</label><p>疾控科</p></div></div>
<h1 class="page-title">区卫生健康局开展学校春季传染病防控专项督查</h1><div class="page-content">{GOV_BODY_D}</div></div>
<div class="col-md-3"><div class="panel"><div class="panel-heading">热点信息</div><ul class="list-group"><li><a href="/xwzx/123.html">健康义诊进社区</a></li><li><a href="/xwzx/120.html">无偿献血活动</a></li></ul></div></div></div></div>
<footer class="site-footer"><p>版权所有 &copy; 江澄区卫生健康局　<a href="https://beian.miit.gov.cn/">浙ICP备10167890号</a></p></footer></body></html>"""

GOV_BODY_E = """<p>根据区委、区政府工作部署，江澄区2023年城乡居民医疗保险参保缴费工作自即日起开始。</p>
<p>城乡居民可通过银行网点、手机银行或“浙里办”等渠道缴费，个人缴费标准为每人每年三百八十元。</p>
<p>低保对象、特困人员等困难群体的个人缴费部分由财政全额资助，无需个人缴纳。</p>
<p>参保人员如有疑问，可拨打区医疗保障局咨询电话或到各镇（街道）便民服务中心咨询。</p>"""

# a county xxgk system: one div.xxgk-line whose labels and values alternate as <span>s on one line
SPAN_LINE = f"""<html><head><meta charset="utf-8"><title>关于开展2023年城乡居民医保参保缴费工作的通告 - 江澄区医疗保障局</title></head>
<body><div class="header"><div class="site">江澄区医疗保障局</div><div class="nav"><a href="/">首页</a><a href="/ybxw/">医保新闻</a><a href="/zcfg/">政策法规</a><a href="/xxgk/">信息公开</a></div></div>
<div class="main"><div class="where">您现在的位置：<a href="/">首页</a> - <a href="/xxgk/">信息公开</a> - <a href="/xxgk/tzgg/">通知公告</a></div>
<div class="xxgk-line"><span class="lab">索引号：</span><span class="val">JC-YB-2023-0019</span><span class="lab">发布机构：</span><span class="val">江澄区医疗保障局</span><span class="lab">发布日期：</span><span class="val">2023-09-01</span><span class="lab">有效性：</span><span class="val">有效</span></div>
<h1>关于开展2023年城乡居民医保参保缴费工作的通告</h1><div id="content" class="content">{GOV_BODY_E}<p>江澄区医疗保障局</p><p>2023年9月1日</p></div>
<div class="side"><h4>办事指南</h4><ul><li><a href="/bszn/1.html">异地就医备案</a></li><li><a href="/bszn/2.html">门诊慢特病申请</a></li></ul></div></div>
<div class="footer">版权所有 宁川市江澄区医疗保障局　<a href="https://beian.miit.gov.cn/">浙ICP备10178901号</a></div></body></html>"""

GOV_BODY_F = """<p>为进一步加强全区建设工程施工扬尘治理，改善大气环境质量，现将有关事项通知如下。</p>
<p>一、各建设工地必须做到施工现场围挡、物料堆放覆盖、出入车辆清洗、施工现场地面硬化、拆迁工地湿法作业、渣土车辆密闭运输。</p>
<p>二、住建部门将采取日常巡查和突击检查相结合的方式，对工地扬尘治理情况进行检查。</p>
<p>三、对未落实扬尘防治措施的工地，依法责令停工整改，并纳入企业信用评价。</p>"""

# a 2012 ASP.NET xxgk table: td.label cells whose labels are spaced out with U+3000 and &nbsp; (索　引　号,
# 发&nbsp;布&nbsp;机&nbsp;构, 文　　号, 来　　源), value cells td.value, two pairs a row, under the title
SPACED_LABELS = f"""<html><head><meta charset="utf-8"><title>关于进一步加强建设工地扬尘治理的通知--江澄区住房和城乡建设局</title></head>
<body><table width="1002" align="center"><tr><td class="banner">江澄区住房和城乡建设局</td></tr><tr><td class="menu"><a href="/Default.aspx">首页</a> | <a href="/List.aspx?cid=2">工作动态</a> |
<a href="/List.aspx?cid=3">信息公开</a> | <a href="/List.aspx?cid=4">建筑市场</a></td></tr></table>
<table width="1002" align="center"><tr><td width="220" valign="top"><div class="lbox"><div class="lt">信息公开</div><a href="/List.aspx?cid=31">规划计划</a><br><a href="/List.aspx?cid=32">通知公告</a></div></td>
<td valign="top"><div class="pos">当前位置：<a href="/Default.aspx">首页</a> &gt;&gt; <a href="/List.aspx?cid=3">信息公开</a> &gt;&gt; 正文</div>
<div class="arttitle">关于进一步加强建设工地扬尘治理的通知</div>
<table class="gktable" width="100%" border="1"><tr><td class="label">索　引　号</td><td class="value">JC-ZJ-2023-00076</td><td class="label">信息分类</td><td class="value">通知公告</td></tr>
<tr><td class="label">发&nbsp;布&nbsp;机&nbsp;构</td><td class="value">江澄区住房和城乡建设局</td><td class="label">发布日期</td><td class="value">2023年07月14日</td></tr>
<tr><td class="label">文　　号</td><td class="value">江住建〔2023〕22号</td><td class="label">来　　源</td><td class="value">建管科</td></tr></table>
<div class="artcontent" id="artcontent">{GOV_BODY_F}</div></td></tr></table>
<table width="1002" align="center"><tr><td class="copyright">版权所有：江澄区住房和城乡建设局　技术支持：宁川信息技术有限公司<br><a href="https://beian.miit.gov.cn/">浙ICP备10189012号</a></td></tr></table></body></html>"""

GOV_BODY_G = """<p>为保障群众节日期间出行和生活便利，区商务局部署做好中秋、国庆期间市场保供稳价工作。</p>
<p>各大型超市、农贸市场要增加粮油、肉蛋、果蔬等生活必需品储备，确保节日期间货源充足、价格稳定。</p>
<p>区市场监管局将加强节日市场价格监测，严厉查处哄抬价格、价格欺诈等违法行为。</p>
<p>各商贸企业要落实安全生产责任，做好消防、用电等安全检查，确保节日市场平稳有序。</p>"""

# a Vue-rendered (prerendered) xxgk page: each <li> is span.name + span.colon (the colon its own span) + span.value,
# the 主题分类 value a link
SEPARATE_COLON = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>区商务局部署节日市场保供稳价工作_江澄区商务局</title></head>
<body><div class="g-header"><div class="g-logo">江澄区商务局</div><ul class="g-nav"><li><a href="/">首页</a></li><li><a href="/swdt/">商务动态</a></li><li><a href="/zfxxgk/">政府信息公开</a></li></ul></div>
<div class="g-main"><div class="g-crumb">当前位置： <a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a> &gt; <a href="/zfxxgk/gzdt/">工作动态</a></div>
<div class="g-meta"><ul><li><span class="name">索引号</span><span class="colon">：</span><span class="value">11330205MB7654321C/2023-00145</span></li>
<li><span class="name">主题分类</span><span class="colon">：</span><span class="value"><a href="/zfxxgk/ztfl/smmy/">商贸、海关、旅游</a></span></li>
<li><span class="name">发布机构</span><span class="colon">：</span><span class="value">江澄区商务局</span></li>
<li><span class="name">发布日期</span><span class="colon">：</span><span class="value">2023-09-22</span></li>
<li><span class="name">信息来源</span><span class="colon">：</span><span class="value">市场运行科</span></li></ul></div>
<h1 class="g-title">区商务局部署节日市场保供稳价工作</h1><div class="g-content">{GOV_BODY_G}</div>
<div class="g-side"><h3>专题专栏</h3><ul><li><a href="/ztzl/1/">优化营商环境</a></li><li><a href="/ztzl/2/">消费券发放</a></li></ul></div></div>
<div class="g-footer">版权所有 &copy; 宁川市江澄区商务局　<a href="https://beian.miit.gov.cn/">浙ICP备10190123号</a></div></body></html>"""

GOV_BODY_H = """<p>第一条　为规范本区公共租赁住房的分配、使用和退出管理，根据有关法律法规，结合本区实际，制定本办法。</p>
<p>第二条　本办法适用于本区行政区域内政府投资建设或者筹集的公共租赁住房的管理。</p>
<p>第三条　区住房保障部门负责本区公共租赁住房的管理工作，各镇（街道）协助做好申请受理和日常管理。</p>
<p>第四条　本办法自2023年11月1日起施行，有效期五年。</p>"""

# Zhejiang 行政规范性文件 table: "label：" td cells, 统一编号 (a label of its own), 文号 value cell empty (<td></td>),
# 成文日期 and 发布日期, after the body
NORMATIVE = f"""<html><head><meta charset="utf-8"><title>江澄区公共租赁住房管理办法_江澄区人民政府</title></head>
<body><div class="top"><div class="logo">宁川市江澄区人民政府</div><div class="nav"><a href="/">首页</a><a href="/zwdt/">政务动态</a><a href="/zfxxgk/">政府信息公开</a><a href="/hdjl/">互动交流</a></div></div>
<div class="main"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a> &gt; <a href="/zfxxgk/gfxwj/">行政规范性文件</a></div>
<h1 class="title">江澄区公共租赁住房管理办法</h1><div class="zoom" id="zoom">{GOV_BODY_H}</div>
<table class="gfxwj-info"><tr><td>统一编号：</td><td>JCDD01-2023-0007</td><td>索引号：</td><td>001008003001/2023-00631</td></tr>
<tr><td>发布机构：</td><td>江澄区人民政府办公室</td><td>文号：</td><td></td></tr>
<tr><td>成文日期：</td><td>2023-09-25</td><td>发布日期：</td><td>2023-09-30</td></tr>
<tr><td>有效性：</td><td>有效</td><td>主题分类：</td><td>城乡建设、环境保护</td></tr></table>
<div class="side"><h3>政策解读</h3><ul><li><a href="/zcjd/88.html">图解：公共租赁住房管理办法</a></li></ul></div></div>
<div class="footer">主办：宁川市江澄区人民政府办公室　版权所有　<a href="https://beian.miit.gov.cn/">浙ICP备10201234号</a></div></body></html>"""

METADATA_CASES = [
    ("trs_xxgk_table_th_empty_wenhao", "http://www.jiangcheng.example.cn/art/2023/5/12/art_1229_417.html", TRS_TH,
     {"索引号": "001008003012/2023-00417", "主题分类": "教育", "发布机构": "江澄区教育局", "成文日期": "2023-05-08",
      "发布日期": "2023-05-12", "主题词": "招生 义务教育", "有效性": "有效"},
     "2023-05-12", None, "江澄区教育局"),
    ("kaipu_ul_b_span_link_value", "http://nyncj.jiangcheng.example.cn/art/2023/6/2/art_88_1.html", KAIPU_UL,
     {"索引号": "11330205MB1234567X/2023-00088", "主题分类": "农林水利", "发布机构": "江澄区农业农村局",
      "发文日期": "2023-06-01", "发布日期": "2023-06-02", "信息来源": "水利科"},
     "2023-06-02", "水利科", "江澄区农业农村局"),
    ("linewell_dl_rows_no_colons", "http://jyj.jiangcheng.example.cn/xxgk/tzgg/202306/t20230629_502.html",
     LINEWELL_DL,
     {"索引号": "001008003012/2023-00502", "信息分类": "通知公告", "发布机构": "江澄区教育局",
      "生成日期": "2023-06-28", "文号": "江教〔2023〕41号", "公开日期": "2023-06-29"},
     "2023-06-29", None, "江澄区教育局"),
    ("bootstrap_grid_label_p", "https://wjj.jiangcheng.example.cn/zfxxgk/fdzdgknr/art_31.html", GRID_LABEL_P,
     {"索引号": "11330205002123456A/2023-00031", "组配分类": "工作动态", "发布机构": "江澄区卫生健康局",
      "成文日期": "2023-03-27", "发布日期": "2023-03-29", "来源": "疾控科"},
     "2023-03-29", "疾控科", "江澄区卫生健康局"),
    ("alternating_spans_one_line", "http://ybj.jiangcheng.example.cn/xxgk/tzgg/19.html", SPAN_LINE,
     {"索引号": "JC-YB-2023-0019", "发布机构": "江澄区医疗保障局", "发布日期": "2023-09-01", "有效性": "有效"},
     "2023-09-01", None, "江澄区医疗保障局"),
    ("aspnet_td_label_fullwidth_spaced", "http://zjj.jiangcheng.example.cn/Show.aspx?id=76", SPACED_LABELS,
     {"索引号": "JC-ZJ-2023-00076", "信息分类": "通知公告", "发布机构": "江澄区住房和城乡建设局",
      "发布日期": "2023年07月14日", "文号": "江住建〔2023〕22号", "来源": "建管科"},
     "2023-07-14", "建管科", "江澄区住房和城乡建设局"),
    ("separate_colon_span_link_value", "https://swj.jiangcheng.example.cn/zfxxgk/gzdt/145.html", SEPARATE_COLON,
     {"索引号": "11330205MB7654321C/2023-00145", "主题分类": "商贸、海关、旅游", "发布机构": "江澄区商务局",
      "发布日期": "2023-09-22", "信息来源": "市场运行科"},
     "2023-09-22", "市场运行科", "江澄区商务局"),
    ("normative_td_colon_cells_empty_wenhao_after_body",
     "http://www.jiangcheng.example.cn/art/2023/9/30/art_1230_631.html", NORMATIVE,
     {"统一编号": "JCDD01-2023-0007", "索引号": "001008003001/2023-00631", "发布机构": "江澄区人民政府办公室",
      "成文日期": "2023-09-25", "发布日期": "2023-09-30", "有效性": "有效", "主题分类": "城乡建设、环境保护"},
     "2023-09-30", None, "江澄区人民政府办公室"),
]  # fmt: skip


@pytest.mark.parametrize(
    "url, html, metadata, day, source, publisher", [c[1:] for c in METADATA_CASES], ids=[c[0] for c in METADATA_CASES]
)
def test_metadata_layouts(url, html, metadata, day, source, publisher):
    page = parse_article(html, url)
    got = {
        "metadata": page.metadata,
        "metadata_order": list(page.metadata),
        "day": (page.published or "")[:10] or None,
        "source": page.source,
        "publisher": page.publisher,
    }
    expected = {"metadata": metadata, "metadata_order": list(metadata), "day": day, "source": source,
                "publisher": publisher}  # fmt: skip
    assert got == expected
