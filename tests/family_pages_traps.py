"""Article pages of CMS families the extractor was not tuned to, each carrying ONE trap that real pages of its family
have for the title, the publish day, the 来源 or the body; everything else on the page is ordinary for its family
(menu, breadcrumb, related rows with dates, a footer with 版权所有 and the ICP备 number). Written by hand after each
family's public template markup; names, hosts and numbers made up (tests/test_article_families.py checks every field
of each).

Traps: (1) 动易 SiteFactory, GBK: <title> is the site's name only, the <h1> is the logo whose alt is a greeting, the
title is in div.title (no heading tag); (2) Sudy WebPlus: the title split in two lines by a <br> inside h1.arti_title;
(3) a 2007 city portal, GBK: the h1 holds the title plus a "(图)" mark that <title> and the related rows leave off;
(4) a county 融媒体 site: the day written "2019年3月5日星期二" with the weekday glued on and no time; (5) JEECMS: the
header's day and a different 2018 day opening the body's first line (a 2018 工作总结 meeting); (6) an ASP school site,
GBK: no date anywhere but the body's closing signature 二〇一九年三月五日; (7) PbootCMS: "来源：…作者：…" with no
separator between the source and the author's label; (8) 帝国CMS, GBK: the source labelled 来源于：; (9) 科汛
KesionCMS, GBK: the source labelled 稿件来源：; (10) a county newspaper site: the body opens with a lead photo and its
caption, then 本报讯; (11) TRS WCM, GBK: the body inside two nested div.TRS_Editor, the inner holding TRS's <style>;
(12) a 2014 district site: a print version of the body hidden by display:none after the visible one."""

from family_page import Page

# (1) 动易 SiteFactory school site of 2013, GBK: <title> names only the school; div#header > h1.logo is an <a><img>
# whose alt is "青岚市实验中学欢迎您"; the article's title sits in div.title (a div, no heading), then div.property
# 发布时间 / 来源 / 作者 / 点击数, the body in div#fontzoom; 相关文章 with dates, a footer with 版权所有 and ICP备
SITEFACTORY_2013_SITENAME_TITLE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>青岚市实验中学</title>
<meta name="keywords" content="青岚市实验中学,校园新闻" />
<link href="/Skin/Default/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.pack.js"></script>
</head>
<body>
<div id="header">
<h1 class="logo"><a href="/"><img src="/Skin/Default/images/logo.jpg" width="420" height="80" alt="青岚市实验中学欢迎您" /></a></h1>
<div class="toplink"><a href="/">设为首页</a> | <a href="/">加入收藏</a></div>
</div>
<div id="menu"><ul><li><a href="/">网站首页</a></li><li><a href="/Category_1/Index.aspx">学校概况</a></li><li><a href="/Category_2/Index.aspx">校园新闻</a></li><li><a href="/Category_3/Index.aspx">教育教学</a></li><li><a href="/Category_4/Index.aspx">德育天地</a></li><li><a href="/Category_5/Index.aspx">招生信息</a></li></ul></div>
<div class="position">您现在的位置：<a href="/">青岚市实验中学</a> &gt;&gt; <a href="/Category_2/Index.aspx">校园新闻</a> &gt;&gt; 正文</div>
<div id="main">
<div class="main_left">
<div class="article">
<div class="title">我校举行2013年春季田径运动会</div>
<div class="property">发布时间：2013-04-12 09:30:00&nbsp;&nbsp;来源：校体育组&nbsp;&nbsp;作者：王海涛&nbsp;&nbsp;点击数：<span id="hits"><script src="/Common/GetHits.aspx?id=1286"></script></span></div>
<div class="content" id="fontzoom">
<p>　　4月10日至11日，我校2013年春季田径运动会在学校田径场举行，全校42个班级的1100余名运动员参加了28个项目的比赛。</p>
<p>　　开幕式上，各班方阵依次入场，校长刘建国致开幕词，勉励同学们赛出风格、赛出水平。</p>
<p>　　经过两天的激烈角逐，共有6人次打破学校纪录，高二（3）班、初二（5）班分获高中组和初中组团体总分第一名。</p>
<p>　　本届运动会还首次设立了师生接力和趣味项目，吸引了不少老师报名参加。</p>
</div>
<div class="tool">【<a href="javascript:window.print()">打印本文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="prenext">上一篇：<a href="/Item/1285.aspx">我校开展学雷锋志愿服务活动</a><br />下一篇：<a href="/Item/1287.aspx">初三年级召开中考百日誓师大会</a></div>
</div>
<div class="relate"><h3>相关文章</h3><ul>
<li><a href="/Item/1201.aspx">我校举行2012年秋季田径运动会</a> <span>2012-10-19</span></li>
<li><a href="/Item/1253.aspx">校篮球队获全市中学生篮球赛亚军</a> <span>2013-03-22</span></li>
</ul></div>
</div>
<div class="main_right"><div class="box"><h3>通知公告</h3><ul><li><a href="/Item/1280.aspx">关于清明节放假的通知</a> 2013-04-01</li><li><a href="/Item/1270.aspx">2013年春季家长会安排</a> 2013-03-15</li></ul></div></div>
</div>
<div id="footer">地址：青岚市学府路88号　邮编：315000　电话：0574-87650000<br />Copyright &copy; 2013 青岚市实验中学 版权所有　浙ICP备08012345号</div>
</body>
</html>
"""

# (2) Sudy WebPlus news site of 2016: h1.arti_title holds a long title broken in two lines by a <br> (the editor's
# line break for the layout); <title> has the whole title and the site's name; p.arti_metas of span.arti_update
# 发布时间 / span.arti_publisher 来源 / span.arti_views; the body in div.wp_articlecontent; 相关新闻 with dates
SUDY_2016_BR_TITLE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="renderer" content="webkit" />
<title>青岚理工大学第三届大学生创新创业大赛闭幕暨颁奖典礼举行-青岚理工大学新闻网</title>
<meta name="description" content="青岚理工大学第三届大学生创新创业大赛闭幕暨颁奖典礼举行" />
<link type="text/css" href="/_css/_system/system.css" rel="stylesheet" />
<link type="text/css" href="/_upload/site/1/style/1/1.css" rel="stylesheet" />
</head>
<body class="list">
<div class="wrapper header"><div class="inner">
<div class="sitelogo"><a href="/main.htm"><img src="/_upload/tpl/00/01/1/template1/images/logo.png" alt="青岚理工大学新闻网" /></a></div>
<div class="nav"><ul class="wp_nav"><li class="nav-item"><a href="/main.htm">首页</a></li><li class="nav-item"><a href="/xxyw/list.htm">学校要闻</a></li><li class="nav-item"><a href="/zhxw/list.htm">综合新闻</a></li><li class="nav-item"><a href="/xyrw/list.htm">校园人物</a></li><li class="nav-item"><a href="/mtlg/list.htm">媒体理工</a></li></ul></div>
</div></div>
<div class="wrapper" id="d-container"><div class="inner clearfix">
<div class="col_menu"><h2 class="col_menu_head">综合新闻</h2></div>
<div class="col_news">
<div class="col_metas"><div class="col_path"><span class="path_name">当前位置：</span><a href="/main.htm">首页</a><span class="possplit">&nbsp;&nbsp;</span><a href="/zhxw/list.htm">综合新闻</a></div></div>
<div class="col_news_con">
<div id="wp_news_w6">
<div class="article">
<h1 class="arti_title">青岚理工大学第三届大学生创新创业大赛<br />闭幕暨颁奖典礼举行</h1>
<p class="arti_metas"><span class="arti_update">发布时间：2016-05-20</span><span class="arti_publisher">来源：校团委</span><span class="arti_views">浏览次数：<span class="WP_VisitCount" url="/_visitcountdisplay?siteId=1&amp;type=3&amp;articleId=60412">86</span></span></p>
<div class="entry"><div class="read"><div class="wp_articlecontent">
<p style="text-indent:2em;">5月19日下午，青岚理工大学第三届大学生创新创业大赛闭幕暨颁奖典礼在学术交流中心报告厅举行，副校长周明远出席并讲话。</p>
<p style="text-indent:2em;">本届大赛自去年11月启动，共收到参赛项目312项，参与学生1400余人，经过院级初赛、校级复赛和现场决赛，评出金奖8项、银奖16项、铜奖30项。</p>
<p style="text-indent:2em;">周明远在讲话中指出，学校将进一步完善创新创业教育课程体系，加大对优秀项目的孵化支持力度。</p>
<p style="text-indent:2em;">典礼上，获奖代表分享了参赛体会，校团委宣读了优秀组织奖和优秀指导教师名单。</p>
</div></div></div>
</div>
</div>
<div class="related"><h3>相关新闻</h3><ul>
<li><a href="/2016/0512/c60a60321/page.htm">我校学子在省“挑战杯”竞赛中获佳绩</a><span class="news_meta">2016-05-12</span></li>
<li><a href="/2016/0428/c60a60105/page.htm">创新创业学院举办项目路演活动</a><span class="news_meta">2016-04-28</span></li>
</ul></div>
</div>
</div>
</div></div>
<div class="wrapper footer"><div class="inner"><p>地址：青岚市滨海大道1号　邮编：315211</p><p>Copyright &copy; 2016 青岚理工大学 版权所有　浙ICP备05009876号</p></div></div>
</body>
</html>
"""

# (3) a city news portal of 2007, GBK: the h1 holds the title plus the picture mark "(图)" the portal appends to
# stories with photos; <title>, the keywords meta and the related rows give the title without it; div.info
# "2007-06-02 15:30　来源：青岚晚报", the body in div#zoom with the photo; 相关新闻 with dates, 热点排行, a footer
PORTAL_2007_TU_MARK = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>青岚市首届少儿书画大赛颁奖_新闻中心_青岚新闻网</title>
<meta name="keywords" content="青岚市首届少儿书画大赛颁奖" />
<link href="/css/news2007.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="top"><a href="/"><img src="/images/logo2007.gif" alt="青岚新闻网" /></a>
<div class="nav"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/news/qlxw/">青岚新闻</a> | <a href="/news/shxw/">社会</a> | <a href="/edu/">教育</a> | <a href="/photo/">图片</a> | <a href="/bbs/">论坛</a></div></div>
<div class="weizhi">当前位置：<a href="/">青岚新闻网</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/news/qlxw/">青岚新闻</a></div>
<div id="content">
<div class="left">
<h1>青岚市首届少儿书画大赛颁奖(图)</h1>
<div class="info">2007-06-02 15:30　来源：青岚晚报　编辑：郑丽</div>
<div id="zoom">
<p align="center"><img src="/news/UploadFiles/200706/20070602153011.jpg" border="0" /></p>
<p>　　6月1日上午，青岚市首届少儿书画大赛颁奖仪式在市青少年宫举行，120名获奖小选手领取了证书和奖品。</p>
<p>　　本次大赛由市文联、市教育局联合主办，自3月启动以来，共收到全市中小学生和幼儿园小朋友的参赛作品3800余件。</p>
<p>　　评委会从中评出一等奖20名、二等奖40名、三等奖60名，获奖作品将在市青少年宫展出一个月。</p>
</div>
<div class="tool">【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="xgxw"><h3>相关新闻</h3><ul>
<li><a href="/news/qlxw/200705/20070528_118223.htm">少儿书画大赛评审工作结束</a> (2007-05-28)</li>
<li><a href="/news/qlxw/200703/20070312_112045.htm">我市启动首届少儿书画大赛</a> (2007-03-12)</li>
</ul></div>
</div>
<div class="right"><h3>热点排行</h3><ol><li><a href="/news/qlxw/200706/20070601_118501.htm">六一儿童节各地活动丰富多彩</a></li><li><a href="/news/shxw/200706/20070602_118560.htm">市区部分路段今起实行单向通行</a></li></ol></div>
</div>
<div id="footer"><a href="/about/">关于我们</a> | <a href="/ad/">广告服务</a> | <a href="/contact/">联系我们</a><br />青岚新闻网 版权所有 &copy; 2007　浙ICP备06023456号</div>
</body>
</html>
"""

# (4) a county 融媒体 news site of 2019: div.article-info "2019年3月5日星期二" (the weekday glued to the day, no time)
# beside 来源 and 编辑; no date in the URL; the body in div.article-content; 相关阅读 with dates, a footer
COUNTY_2019_WEEKDAY_GLUED = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>云溪县开展“学雷锋”志愿服务进社区活动_云溪新闻网</title>
<meta name="keywords" content="学雷锋,志愿服务">
<link rel="stylesheet" href="/static/css/article.css">
</head>
<body>
<div class="header"><div class="w1100"><a class="logo" href="/"><img src="/static/images/logo.png" alt="云溪新闻网"></a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/html/yxxw/">云溪新闻</a></li><li><a href="/html/xzdt/">乡镇动态</a></li><li><a href="/html/bmdt/">部门动态</a></li><li><a href="/html/sp/">视频</a></li><li><a href="/html/ztzl/">专题专栏</a></li></ul></div></div>
<div class="w1100 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/html/yxxw/">云溪新闻</a> &gt; 正文</div>
<div class="w1100 main clearfix">
<div class="main-left">
<h1 class="article-title">云溪县开展“学雷锋”志愿服务进社区活动</h1>
<div class="article-info"><span class="time">2019年3月5日星期二</span><span class="source">来源：云溪县融媒体中心</span><span class="editor">编辑：许晴</span></div>
<div class="article-content">
<p>3月5日是第56个“学雷锋纪念日”，云溪县团县委组织全县200余名青年志愿者走进城区8个社区，开展义务理发、家电维修、健康义诊等志愿服务。</p>
<p>在城东社区，志愿者们摆开摊位，为居民免费测量血压、修理小家电，不少老人早早就来排队。</p>
<p>团县委有关负责人表示，今年将把“学雷锋”志愿服务常态化，每月组织一次进社区活动。</p>
</div>
<div class="article-share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></div>
<div class="related"><h3>相关阅读</h3><ul>
<li><a href="/html/yxxw/4498.html">县妇联开展“三八”节系列活动</a><span>2019-03-01</span></li>
<li><a href="/html/yxxw/4470.html">云溪县召开2019年共青团工作会议</a><span>2019-02-22</span></li>
</ul></div>
</div>
<div class="main-right"><h3>热点排行</h3><ul><li><a href="/html/yxxw/4510.html">县城新增两处公共停车场</a></li><li><a href="/html/xzdt/4507.html">溪口镇春耕备耕忙</a></li></ul></div>
</div>
<div class="footer"><p>主办：云溪县融媒体中心　地址：云溪县人民路12号</p><p>云溪新闻网 版权所有　浙ICP备18034567号-1</p></div>
</body>
</html>
"""

# (5) JEECMS district education site of 2019: div.msgbar "发布日期：2019-01-04　来源：区教育局办公室　浏览次数："; the
# body's first line opens with another day, 2018年12月28日 (the 2018 工作总结 meeting it reports); 相关信息 with dates
JEECMS_2019_BODY_2018_DAY = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>区教育局召开2018年度工作总结暨表彰大会 - 青岚市滨江区教育局</title>
<link href="/r/cms/www/default/css/style.css" rel="stylesheet" type="text/css" />
<script src="/r/cms/jquery.js" type="text/javascript"></script>
</head>
<body>
<div class="top"><div class="logo"><img src="/r/cms/www/default/img/logo.png" alt="青岚市滨江区教育局" /></div></div>
<div class="menu"><ul><li><a href="/">首页</a></li><li><a href="/jyxw/index.jhtml">教育新闻</a></li><li><a href="/tzgg/index.jhtml">通知公告</a></li><li><a href="/zwgk/index.jhtml">政务公开</a></li><li><a href="/bszn/index.jhtml">办事指南</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/jyxw/index.jhtml">教育新闻</a> &gt; 正文</div>
<div class="main">
<div class="contentbox">
<h2 class="con_title">区教育局召开2018年度工作总结暨表彰大会</h2>
<div class="msgbar">发布日期：2019-01-04　来源：区教育局办公室　浏览次数：<span id="views"></span></div>
<div class="con_text" id="zoom">
<p style="text-indent:2em;">2018年12月28日下午，区教育局召开2018年度工作总结暨表彰大会，全区各中小学、幼儿园校（园）长和局机关全体干部参加会议。</p>
<p style="text-indent:2em;">会议回顾了一年来全区教育工作取得的成绩：新建改扩建学校6所，新增学位4200个，义务教育优质均衡发展通过省级评估。</p>
<p style="text-indent:2em;">会上表彰了2018年度先进学校和优秀教育工作者，3位校长作了交流发言。</p>
<p style="text-indent:2em;">局长陈志华对2019年工作作了部署，要求各校抓好教育教学质量，办好人民满意的教育。</p>
</div>
<div class="print">【<a href="javascript:window.print();">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】</div>
</div>
<div class="xgxx"><h3>相关信息</h3><ul>
<li><a href="/jyxw/1518.jhtml">区教育局召开2018年度党风廉政建设会议</a><span>2018-12-20</span></li>
<li><a href="/jyxw/1502.jhtml">全区中小学期末考试工作会议召开</a><span>2018-12-14</span></li>
</ul></div>
</div>
<div class="foot">主办单位：青岚市滨江区教育局　地址：滨江区江南大道208号<br />版权所有 &copy; 青岚市滨江区教育局　浙ICP备10045678号</div>
</body>
</html>
"""

# (6) an ASP school site of 2019, GBK (NewsView.asp?id=): the info line names only 来源 and a click counter, no date
# in the URL or beside the title; the body in td.newscontent ends with the office and the signature day written
# 二〇一九年三月五日 (the only day of the notice); 相关通知 with dates of other days, a footer
ASP_2019_SIGNATURE_ONLY = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>关于2019年春季学期学生体质健康测试的通知-青岚市第一中学</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0" leftmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/banner.jpg" width="980" height="150" alt="青岚市第一中学"></td></tr>
<tr><td class="menu" height="36"><a href="/">学校首页</a>　<a href="/NewsList.asp?cid=1">学校新闻</a>　<a href="/NewsList.asp?cid=2">通知公告</a>　<a href="/NewsList.asp?cid=3">教学教研</a>　<a href="/NewsList.asp?cid=4">德育之窗</a>　<a href="/NewsList.asp?cid=5">联系我们</a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="30" class="weizhi">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/NewsList.asp?cid=2">通知公告</a></td></tr>
<tr><td height="50" align="center" class="newstitle">关于2019年春季学期学生体质健康测试的通知</td></tr>
<tr><td height="26" align="center" class="newsinfo">来源：教务处　点击：<script src="/inc/hits.asp?id=873"></script>次</td></tr>
<tr><td class="newscontent">
<p>各年级、各班级：</p>
<p>　　根据上级教育部门的要求，学校将于3月中旬开展2019年春季学期学生体质健康测试，现将有关事项通知如下。</p>
<p>　　一、测试项目：身高、体重、肺活量、50米跑、坐位体前屈、立定跳远、引体向上（男）、仰卧起坐（女）。</p>
<p>　　二、各班主任要提前做好学生的组织和安全教育工作，测试当天学生须穿运动服、运动鞋。</p>
<p>　　三、因病不能参加测试的学生，须凭医院证明向体育组申请免测。</p>
<p align="right">青岚市第一中学教务处</p>
<p align="right">二〇一九年三月五日</p>
</td></tr>
<tr><td align="right" height="30">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="xgtz"><b>相关通知</b><br>
&middot;<a href="/NewsView.asp?id=861">关于寒假返校报到的通知</a> [2019-02-18]<br>
&middot;<a href="/NewsView.asp?id=850">2019年寒假安全工作告家长书</a> [2019-01-22]<br>
</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" class="footer" height="60">地址：青岚市解放路66号　电话：0574-87310000<br>Copyright &copy; 2019 青岚市第一中学 版权所有　浙ICP备09056789号</td></tr>
</table>
</body>
</html>
"""

# (7) PbootCMS company-style district site of 2020: div.news-info "来源：云溪区教育局作者：张晓东" (the template writes
# {source} and 作者：{author} with no separator), then 发布时间 and 浏览; the body in div.news-content; 上一篇/下一篇,
# 相关文章 with dates, a footer
PBOOT_2020_SOURCE_AUTHOR_GLUED = """<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>云溪区开展秋季学期校园食品安全专项检查-云溪区中小学生综合实践基地</title>
<link rel="stylesheet" href="/template/default/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/template/default/css/aoyun.css">
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-light bg-light"><div class="container"><a class="navbar-brand" href="/"><img src="/static/upload/image/20200601/logo.png" alt="云溪区中小学生综合实践基地"></a>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">首页</a></li><li class="nav-item"><a class="nav-link" href="/?aboutus/">基地简介</a></li><li class="nav-item"><a class="nav-link" href="/?article/">新闻动态</a></li><li class="nav-item"><a class="nav-link" href="/?case/">课程展示</a></li><li class="nav-item"><a class="nav-link" href="/?contact/">联系我们</a></li></ul></div></nav>
<div class="container pages"><div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/?article/">新闻动态</a></div>
<h2 class="text-center fs-sm-28 fs-20 mt-3">云溪区开展秋季学期校园食品安全专项检查</h2>
<div class="text-center border-bottom text-secondary pb-2 mb-3 news-info">来源：云溪区教育局作者：张晓东&nbsp;&nbsp;&nbsp;&nbsp;发布时间：2020-09-10&nbsp;&nbsp;&nbsp;&nbsp;浏览：<span>126</span>次</div>
<div class="news-content">
<p>9月8日至9日，云溪区教育局会同区市场监管局，对全区32所中小学、幼儿园的食堂开展秋季学期食品安全专项检查。</p>
<p>检查组重点查看了食品原料采购索证索票、食品留样、餐具消毒和从业人员健康证明等情况，对发现的问题当场反馈、限期整改。</p>
<p>区教育局要求各校严格落实校领导陪餐制度，确保师生“舌尖上的安全”。</p>
</div>
<div class="text-secondary lh-2 mt-3"><p>上一篇：<a href="/?article/258.html">基地举办新学期教师培训</a></p><p>下一篇：<a href="/?article/262.html">秋季研学课程开始预约</a></p></div>
<div class="related"><h5>相关文章</h5><ul>
<li><a href="/?article/251.html">区教育局部署秋季开学疫情防控工作</a><span>2020-08-25</span></li>
<li><a href="/?article/244.html">暑期校园安全隐患大排查启动</a><span>2020-07-16</span></li>
</ul></div>
</div>
<div class="footer mt-3 pt-5 border-top text-secondary bg-light"><div class="container"><p>地址：云溪区学园路9号　电话：0574-86120000</p><p>Copyright &copy; 2020 云溪区中小学生综合实践基地 版权所有　<a href="http://beian.miit.gov.example.cn/">浙ICP备20012345号</a></p></div></div>
</body>
</html>
"""

# (8) 帝国CMS news site of 2017, GBK: div.info "发布时间：2017-06-12 10:20:33　来源于：青岚晚报　编辑：林晓" (the
# source under the label 来源于：); the body in div#text; 相关新闻 with dates, a footer
EMPIRE_2017_LAIYUANYU = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>青岚市中考考点今起开放考场 考生可提前熟悉环境_教育新闻_青岚教育在线</title>
<meta name="keywords" content="中考,考点,考场" />
<link href="/skin/default/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="header"><div class="logo"><a href="/"><img src="/skin/default/images/logo.gif" alt="青岚教育在线" /></a></div>
<div class="nav"><a href="/">首页</a><a href="/news/">教育新闻</a><a href="/zhongkao/">中考</a><a href="/gaokao/">高考</a><a href="/xiaoshengchu/">小升初</a><a href="/jiazhang/">家长课堂</a></div></div>
<div class="position">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/news/">教育新闻</a>&nbsp;&gt;&nbsp;正文</div>
<div class="main">
<div class="left">
<div class="title_info"><h1>青岚市中考考点今起开放考场 考生可提前熟悉环境</h1>
<div class="info">发布时间：2017-06-12 10:20:33　来源于：青岚晚报　编辑：林晓　点击：<script src="/e/public/ViewClick/?classid=3&amp;id=2210&amp;addclick=1"></script></div></div>
<div id="text">
<p>　　记者从市教育考试院获悉，今年全市中考共设21个考点，各考点从今天起至6月14日向考生开放，考生可凭准考证进入考点查看考场位置。</p>
<p>　　市教育考试院提醒，考生看考场时不得进入考场教室，要注意考点周边交通情况，合理安排考试当天的出行时间。</p>
<p>　　今年中考于6月15日至17日举行，全市报名考生共2.6万人。</p>
</div>
<div class="share">分享到：<a href="javascript:;">QQ空间</a> <a href="javascript:;">新浪微博</a></div>
<div class="xgxw"><h3>相关新闻</h3><ul>
<li><a href="/news/2017-06-08/2195.html">中考期间考点周边实行交通管制</a><span>2017-06-08</span></li>
<li><a href="/news/2017-05-26/2150.html">今年中考体育成绩公布</a><span>2017-05-26</span></li>
</ul></div>
</div>
<div class="right"><h3>点击排行</h3><ul><li><a href="/zhongkao/2017-06-01/2170.html">2017年中考志愿填报指南</a></li><li><a href="/gaokao/2017-06-10/2205.html">高考语文作文题出炉</a></li></ul></div>
</div>
<div class="footer">关于我们 | 广告服务 | 联系方式<br />青岚教育在线 版权所有 &copy; 2017　浙ICP备15067890号</div>
</body>
</html>
"""

# (9) 科汛 KesionCMS school site of 2012, GBK: div.articleinfo "稿件来源：校团委　作者：陈莉　发布时间：2012-10-16
# 14:22　阅读：" (the source labelled 稿件来源：); the body in div#MyContent; 相关文章 with dates, a footer
KESION_2012_GAOJIAN = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>我校团委举办“青春喜迎十八大”主题演讲比赛-青岚职业技术学校</title>
<link href="/images/style.css" type="text/css" rel="stylesheet" />
</head>
<body>
<div id="top"><img src="/images/top.jpg" alt="青岚职业技术学校" /></div>
<div id="nav"><a href="/">网站首页</a> | <a href="/html/xxgk/">学校概况</a> | <a href="/html/xwdt/">新闻动态</a> | <a href="/html/zsjy/">招生就业</a> | <a href="/html/jxgl/">教学管理</a> | <a href="/html/twgz/">团委工作</a></div>
<div id="location">您现在的位置：<a href="/">青岚职业技术学校</a> &gt;&gt; <a href="/html/twgz/">团委工作</a> &gt;&gt; 浏览文章</div>
<div id="container">
<div class="articletitle"><h2>我校团委举办“青春喜迎十八大”主题演讲比赛</h2></div>
<div class="articleinfo">稿件来源：校团委　作者：陈莉　发布时间：2012-10-16 14:22　阅读：<script src="/plus/Hits.asp?channelid=1&amp;infoid=736"></script>次</div>
<div id="MyContent">
<p>　　10月15日下午，校团委在学校报告厅举办“青春喜迎十八大”主题演讲比赛，来自各专业部的18名选手参加了比赛。</p>
<p>　　选手们围绕家乡变化、职业理想和青春责任等话题，用真挚的语言抒发了新时代职校学生的爱国情怀。</p>
<p>　　经过评委打分，机电专业部的周晓婷获得一等奖，另有2人获二等奖、3人获三等奖。</p>
</div>
<div class="tool">【<a href="javascript:window.print();">打印本文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</div>
<div class="xgwz"><h3>相关文章</h3><ul>
<li><a href="/html/twgz/201209/720.html">新学期团干部培训班开班</a>（2012-09-20）</li>
<li><a href="/html/twgz/201205/655.html">我校举行“五四”表彰大会</a>（2012-05-04）</li>
</ul></div>
</div>
<div id="footer">地址：青岚市职教路5号　联系电话：0574-87220000<br />版权所有：青岚职业技术学校　浙ICP备11023456号</div>
</body>
</html>
"""

# (10) a county newspaper's site of 2018: h1, div.info "2018-05-16 08:30　来源：云溪日报"; div.article-body opens
# with a centred lead photo and its caption line (记者 … 摄), then the 本报讯 paragraph; 相关新闻 with dates, a footer
COUNTY_2018_LEAD_PHOTO = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>云溪县第二实验小学新建科学实验室投入使用-云溪新闻网</title>
<link rel="stylesheet" href="/css/show.css">
</head>
<body>
<div class="top-nav"><div class="wrap"><a href="/" class="logo"><img src="/images/logo.png" alt="云溪新闻网"></a><a href="/">首页</a><a href="/yxxw/">云溪新闻</a><a href="/jyws/">教育卫生</a><a href="/shms/">社会民生</a><a href="/szb/">数字报</a></div></div>
<div class="wrap crumbs">您的位置：<a href="/">首页</a> &gt; <a href="/jyws/">教育卫生</a> &gt; 正文</div>
<div class="wrap article">
<h1>云溪县第二实验小学新建科学实验室投入使用</h1>
<div class="info">2018-05-16 08:30　来源：云溪日报　作者：陈洁</div>
<div class="article-body">
<p style="text-align:center"><img src="/uploads/2018/05/16/1526431802.jpg" alt=""></p>
<p style="text-align:center">云溪县第二实验小学学生在新建的科学实验室里上课。 记者 陈洁 摄</p>
<p>　　本报讯（记者 陈洁）近日，云溪县第二实验小学新建的3间科学实验室正式投入使用，全校1600余名学生可以在实验室里完成课本上的全部分组实验。</p>
<p>　　新实验室配备了学生实验桌、数字显微镜和气象观测设备，总投资约85万元。</p>
<p>　　该校科学教研组组长吴敏说，以前很多实验只能由老师演示，现在每个学生都能亲自动手操作。</p>
</div>
<div class="xgxw"><h3>相关新闻</h3><ul>
<li><a href="/jyws/2018-05/10/content_88231.htm">县教育局部署中小学实验室建设</a><span>2018-05-10</span></li>
<li><a href="/jyws/2018-04/26/content_87902.htm">乡村学校配上“录播教室”</a><span>2018-04-26</span></li>
</ul></div>
</div>
<div class="footer"><p>云溪日报社主办　云溪新闻网 版权所有</p><p>浙ICP备13045678号　互联网新闻信息服务许可证33120180012</p></div>
</body>
</html>
"""

# (11) TRS WCM district government site of 2015, GBK: the body in div.zw > div.TRS_Editor > div.TRS_Editor (the
# editor pasted a TRS document into another), the inner one opening with TRS's <style> rules; div.xxxx "发布时间：
# 2015-07-08　来源：区教育局"; 相关链接 with dates, a footer with the 网站标识码
TRS_2015_NESTED = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>滨江区2015年暑期中小学生安全教育工作部署会召开</title>
<meta name="ArticleTitle" content="滨江区2015年暑期中小学生安全教育工作部署会召开" />
<link href="../../images/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="head"><img src="../../images/banner.jpg" alt="青岚市滨江区人民政府" /></div>
<div class="nav"><a href="../../">首页</a><a href="../../zwdt/">政务动态</a><a href="../../zwgk/">政务公开</a><a href="../../bsfw/">办事服务</a><a href="../../hdjl/">互动交流</a></div>
<div class="wz">当前位置：<a href="../../">首页</a> &gt; <a href="../">政务动态</a> &gt; <a href="./">部门动态</a></div>
<div class="content">
<h1 class="bt">滨江区2015年暑期中小学生安全教育工作部署会召开</h1>
<div class="xxxx">发布时间：2015-07-08　来源：区教育局　字号：【<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div>
<div class="zw"><div class="TRS_Editor"><div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{margin-top:0px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor DIV,.TRS_Editor TD,.TRS_Editor TH,.TRS_Editor SPAN,.TRS_Editor LI{line-height:2;font-family:宋体;font-size:12pt;}
</style>
<p style="text-indent:2em">7月7日，滨江区教育局召开2015年暑期中小学生安全教育工作部署会，全区各中小学分管安全工作的校领导参加会议。</p>
<p style="text-indent:2em">会议通报了上半年全区校园安全工作情况，分析了暑期学生溺水、交通和网络安全等方面的风险。</p>
<p style="text-indent:2em">会议要求，各校要在放假前上好“安全教育最后一课”，通过家长会和告家长书，落实家长的监护责任。</p>
</div></div></div>
<div class="dy">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="xglj"><h3>相关链接</h3><ul>
<li><a href="./201507/t20150702_1201345.html">区教育局开展防溺水专项检查</a><span>2015-07-02</span></li>
<li><a href="./201506/t20150619_1198765.html">全区中小学期末安全检查启动</a><span>2015-06-19</span></li>
</ul></div>
</div>
<div class="foot">主办：青岚市滨江区人民政府办公室　网站标识码：3302030001<br />版权所有：青岚市滨江区人民政府　浙ICP备05034567号</div>
</body>
</html>
"""

# (12) a district education site of 2014: h2.title, div.attr "发布时间：2014-09-25 15:10　来源：区教研室"; the body in
# div#artContent; after it div#printArea style="display:none" holds a print version the 打印 button copies into a
# window: the title, 打印日期, the same paragraphs again and 本文网址; 相关新闻 with dates, a footer
DISTRICT_2014_PRINT_COPY = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>滨江区举行初中语文青年教师课堂教学评比 - 青岚市滨江区教育信息网</title>
<link href="/css/main.css" rel="stylesheet" type="text/css" />
<script type="text/javascript">
function printArticle(){ var w = window.open('', 'print'); w.document.write(document.getElementById('printArea').innerHTML); w.print(); }
</script>
</head>
<body>
<div id="header"><img src="/images/logo.png" alt="青岚市滨江区教育信息网" /></div>
<div id="menu"><a href="/">首页</a><a href="/jyxw/">教育新闻</a><a href="/tzgg/">通知公告</a><a href="/jyky/">教研科研</a><a href="/xxfc/">学校风采</a></div>
<div class="locate">当前位置：<a href="/">首页</a> &gt; <a href="/jyky/">教研科研</a> &gt; 正文</div>
<div id="main">
<h2 class="title">滨江区举行初中语文青年教师课堂教学评比</h2>
<div class="attr">发布时间：2014-09-25 15:10　来源：区教研室　【<a href="javascript:printArticle()">打印</a>】</div>
<div id="artContent">
<p>　　9月23日至24日，滨江区初中语文青年教师课堂教学评比在滨江实验中学举行，全区14所初中推荐的16名青年教师参加了比赛。</p>
<p>　　参赛教师围绕八年级上册的课文进行现场授课，评委从教学设计、课堂组织和学生参与等方面进行评分。</p>
<p>　　最终评出一等奖4名、二等奖6名，一等奖获得者将代表滨江区参加全市比赛。</p>
</div>
<div id="printArea" style="display:none">
<h2>滨江区举行初中语文青年教师课堂教学评比</h2>
<p>打印日期：<span id="printDate"></span></p>
<p>　　9月23日至24日，滨江区初中语文青年教师课堂教学评比在滨江实验中学举行，全区14所初中推荐的16名青年教师参加了比赛。</p>
<p>　　参赛教师围绕八年级上册的课文进行现场授课，评委从教学设计、课堂组织和学生参与等方面进行评分。</p>
<p>　　最终评出一等奖4名、二等奖6名，一等奖获得者将代表滨江区参加全市比赛。</p>
<p>本文网址：http://www.bjjy.example.cn/jyky/2014/0925/3312.html</p>
</div>
<div class="xgxw"><h3>相关新闻</h3><ul>
<li><a href="/jyky/2014/0918/3290.html">区初中数学教研活动在江南中学举行</a><span>2014-09-18</span></li>
<li><a href="/jyky/2014/0905/3251.html">新学期全区教研工作会议召开</a><span>2014-09-05</span></li>
</ul></div>
</div>
<div id="footer">青岚市滨江区教育局主办　地址：滨江区江南大道208号<br />Copyright &copy; 2014 版权所有　浙ICP备10045678号</div>
</body>
</html>
"""

PAGES = [
    Page(
        "ftrap-2013-sitefactory-sitename-title",
        "http://www.qlsyzx.example.cn/Item/1286.aspx",
        SITEFACTORY_2013_SITENAME_TITLE,
        "我校举行2013年春季田径运动会",  # div.title: <title> is the school's name, the h1 the logo's alt
        "2013-04-12",
        "校体育组",
        "4月10日至11日，我校2013年春季田径运动会在学校田径场举行，全校42个班级的1100余名运动员参加了28个项目的比赛。",
        "本届运动会还首次设立了师生接力和趣味项目，吸引了不少老师报名参加。",
        ("打印本文", "初三年级召开中考百日誓师", "2012年秋季田径运动会", "关于清明节放假", "设为首页"),
        gbk=True,
    ),
    Page(
        "ftrap-2016-sudy-br-title",
        "http://news.qlut.example.cn/2016/0520/c60a60488/page.htm",
        SUDY_2016_BR_TITLE,
        "青岚理工大学第三届大学生创新创业大赛闭幕暨颁奖典礼举行",  # the h1's two lines joined, as <title> has it
        "2016-05-20",
        "校团委",
        "5月19日下午，青岚理工大学第三届大学生创新创业大赛闭幕暨颁奖典礼在学术交流中心报告厅举行，副校长周明远出席并讲话。",
        "典礼上，获奖代表分享了参赛体会，校团委宣读了优秀组织奖和优秀指导教师名单。",
        ("浏览次数", "挑战杯", "项目路演活动", "当前位置"),
    ),
    Page(
        "ftrap-2007-portal-tu-mark",
        "http://www.qlnews.example.cn/news/qlxw/200706/20070602_118544.htm",
        PORTAL_2007_TU_MARK,
        "青岚市首届少儿书画大赛颁奖",  # the h1 less its "(图)" mark, as <title> and the related rows give it
        "2007-06-02",
        "青岚晚报",
        "6月1日上午，青岚市首届少儿书画大赛颁奖仪式在市青少年宫举行，120名获奖小选手领取了证书和奖品。",
        "评委会从中评出一等奖20名、二等奖40名、三等奖60名，获奖作品将在市青少年宫展出一个月。",
        ("评审工作结束", "启动首届少儿书画大赛", "单向通行", "编辑：郑丽", "【打印】"),
        gbk=True,
    ),
    Page(
        "ftrap-2019-county-weekday-glued",
        "http://www.yxnews.example.cn/html/yxxw/4521.html",
        COUNTY_2019_WEEKDAY_GLUED,
        "云溪县开展“学雷锋”志愿服务进社区活动",
        "2019-03-05",  # 2019年3月5日星期二
        "云溪县融媒体中心",
        "3月5日是第56个“学雷锋纪念日”，云溪县团县委组织全县200余名青年志愿者走进城区8个社区，开展义务理发、家电维修、健康义诊等志愿服务。",
        "团县委有关负责人表示，今年将把“学雷锋”志愿服务常态化，每月组织一次进社区活动。",
        ("星期二", "编辑：许晴", "分享到", "三八", "共青团工作会议", "公共停车场"),
    ),
    Page(
        "ftrap-2019-jeecms-body-2018-day",
        "http://www.bjedu.example.cn/jyxw/1531.jhtml",
        JEECMS_2019_BODY_2018_DAY,
        "区教育局召开2018年度工作总结暨表彰大会",
        "2019-01-04",  # the 发布日期, not the 2018年12月28日 of the meeting the first line reports
        "区教育局办公室",
        "2018年12月28日下午，区教育局召开2018年度工作总结暨表彰大会，全区各中小学、幼儿园校（园）长和局机关全体干部参加会议。",
        "局长陈志华对2019年工作作了部署，要求各校抓好教育教学质量，办好人民满意的教育。",
        ("打印本页", "党风廉政建设会议", "期末考试工作会议", "浏览次数"),
    ),
    Page(
        "ftrap-2019-asp-signature-only",
        "http://www.qlyz.example.cn/NewsView.asp?id=873",
        ASP_2019_SIGNATURE_ONLY,
        "关于2019年春季学期学生体质健康测试的通知",
        "2019-03-05",  # the signature's 二〇一九年三月五日, the notice's only day
        "教务处",
        "各年级、各班级：",
        "二〇一九年三月五日",
        ("寒假返校报到", "告家长书", "【打印】", "学校首页"),
        gbk=True,
    ),
    Page(
        "ftrap-2020-pboot-source-author-glued",
        "http://www.yxsjjd.example.cn/?article/260.html",
        PBOOT_2020_SOURCE_AUTHOR_GLUED,
        "云溪区开展秋季学期校园食品安全专项检查",
        "2020-09-10",
        "云溪区教育局",  # 来源：云溪区教育局作者：张晓东 — the author's label is not part of the source
        "9月8日至9日，云溪区教育局会同区市场监管局，对全区32所中小学、幼儿园的食堂开展秋季学期食品安全专项检查。",
        "区教育局要求各校严格落实校领导陪餐制度，确保师生“舌尖上的安全”。",
        ("上一篇", "下一篇", "秋季开学疫情防控", "隐患大排查", "作者：张晓东"),
    ),
    Page(
        "ftrap-2017-empire-laiyuanyu",
        "http://www.qljyzx.example.cn/news/2017-06-12/2210.html",
        EMPIRE_2017_LAIYUANYU,
        "青岚市中考考点今起开放考场 考生可提前熟悉环境",
        "2017-06-12",
        "青岚晚报",  # 来源于：青岚晚报
        "记者从市教育考试院获悉，今年全市中考共设21个考点，各考点从今天起至6月14日向考生开放，考生可凭准考证进入考点查看考场位置。",
        "今年中考于6月15日至17日举行，全市报名考生共2.6万人。",
        ("分享到", "交通管制", "中考体育成绩", "志愿填报指南", "编辑：林晓"),
        gbk=True,
    ),
    Page(
        "ftrap-2012-kesion-gaojian-source",
        "http://www.qlzj.example.cn/html/twgz/201210/736.html",
        KESION_2012_GAOJIAN,
        "我校团委举办“青春喜迎十八大”主题演讲比赛",
        "2012-10-16",
        "校团委",  # 稿件来源：校团委
        "10月15日下午，校团委在学校报告厅举办“青春喜迎十八大”主题演讲比赛，来自各专业部的18名选手参加了比赛。",
        "经过评委打分，机电专业部的周晓婷获得一等奖，另有2人获二等奖、3人获三等奖。",
        ("打印本文", "团干部培训班", "五四", "稿件来源", "浏览文章"),
        gbk=True,
    ),
    Page(
        "ftrap-2018-county-lead-photo",
        "http://www.yxnews.example.cn/jyws/2018-05/16/content_88390.htm",
        COUNTY_2018_LEAD_PHOTO,
        "云溪县第二实验小学新建科学实验室投入使用",
        "2018-05-16",
        "云溪日报",
        # the lead photo's caption opens the body's container: kept as shown, before the 本报讯 paragraph
        "云溪县第二实验小学学生在新建的科学实验室里上课。 记者 陈洁 摄",
        "该校科学教研组组长吴敏说，以前很多实验只能由老师演示，现在每个学生都能亲自动手操作。",
        ("实验室建设", "录播教室", "数字报", "许可证"),
    ),
    Page(
        "ftrap-2015-trs-nested-editor",
        "http://www.binjiang.example.cn/zwdt/bmdt/201507/t20150708_1203456.html",
        TRS_2015_NESTED,
        "滨江区2015年暑期中小学生安全教育工作部署会召开",
        "2015-07-08",
        "区教育局",
        "7月7日，滨江区教育局召开2015年暑期中小学生安全教育工作部署会，全区各中小学分管安全工作的校领导参加会议。",
        "会议要求，各校要在放假前上好“安全教育最后一课”，通过家长会和告家长书，落实家长的监护责任。",
        (".TRS_Editor", "margin-top", "font-family", "打印本页", "防溺水专项检查", "网站标识码"),
        gbk=True,
    ),
    Page(
        "ftrap-2014-district-print-copy",
        "http://www.bjjy.example.cn/jyky/2014/0925/3312.html",
        DISTRICT_2014_PRINT_COPY,
        "滨江区举行初中语文青年教师课堂教学评比",
        "2014-09-25",
        "区教研室",
        "9月23日至24日，滨江区初中语文青年教师课堂教学评比在滨江实验中学举行，全区14所初中推荐的16名青年教师参加了比赛。",
        "最终评出一等奖4名、二等奖6名，一等奖获得者将代表滨江区参加全市比赛。",
        ("打印日期", "本文网址", "printArticle", "初中数学教研活动", "教研工作会议"),
    ),
]
