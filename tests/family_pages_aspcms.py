"""Article pages of the Chinese ASP/PHP content systems of 2003-2012 that school and county sites ran, one
hand-written page per system: 动网新闻 (DvNews shownews.asp), 新云 NewAsp (a generated Article/Html page), 风讯
FoosunCMS 4 (a generated static page), 科汛 KesionCMS V7 (Item/Show.asp?m=1&d=), 老Y文章管理系统, 5UCMS, 乔客 Joekoe
(news_view.asp), 动易 PowerEasy 2006 (Article/ShowArticle.asp?ArticleID=), an EmpireCMS (帝国 ECMS)-like PHP
article page, and a generic ASP 校园网站管理系统 (ShowNews.asp?id=). Mostly table layouts, <font> tags and GBK bytes,
with the era's info lines (作者：佚名 文章来源：本站原创 点击数 更新时间; 发布人 发布时间 阅读：<script src=count.asp>次).

Every page is written by hand after the family's public template markup; no page is copied from a real site, and
names, hosts and numbers are made up (tests/test_article_families.py checks every field of each)."""

from family_page import Page

# (1) 动网新闻系统 (DvNews 3.x) shownews.asp?newsid= of a county middle school (GBK): a table layout, the title in
# td.newstitle as <font size="4"><b>, one grey row 作者：佚名　来源：…　发布时间：2005-4-12 9:15:07　浏览：<script
# src="newscount.asp">次, the body in td#fontzoom.newscontent, 【字体：大 中 小】【发表评论】【打印此文】【关闭窗口】,
# 上一条/下一条, 相关新闻 with dates, 网友评论 with their own times, a 最新新闻 column with dates
DVNEWS_SHOWNEWS = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>海溪中学-新闻中心-我校召开2005年春季田径运动会</title>
<link href="css/news.css" rel="stylesheet" type="text/css">
<script language="javascript">
function fontZoom(size){document.getElementById('fontzoom').style.fontSize=size+'px';}
</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/news_top.jpg" width="760" height="90" border="0"></td></tr>
<tr><td height="25" bgcolor="#336699" align="center"><font color="#FFFFFF"><a href="../index.asp"><font color="#FFFFFF">学校首页</font></a> | <a href="index.asp"><font color="#FFFFFF">新闻中心</font></a> | <a href="newslist.asp?classid=1"><font color="#FFFFFF">校园新闻</font></a> | <a href="newslist.asp?classid=2"><font color="#FFFFFF">教育动态</font></a> | <a href="newslist.asp?classid=3"><font color="#FFFFFF">通知公告</font></a> | <a href="../bbs/index.asp"><font color="#FFFFFF">校园论坛</font></a></font></td></tr>
<tr><td height="24">&nbsp;您现在的位置：<a href="index.asp">新闻中心</a> &gt;&gt; <a href="newslist.asp?classid=1">校园新闻</a> &gt;&gt; 新闻正文</td></tr>
</table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="180" valign="top" bgcolor="#F2F6FB">
 <table width="100%" border="0" cellspacing="0" cellpadding="3">
 <tr><td height="24" bgcolor="#C9DBEF"><b>&nbsp;最新新闻</b></td></tr>
 <tr><td style="line-height:170%">
 ·<a href="shownews.asp?newsid=1236">初二年级举行英语演讲比赛</a> <font color="#999999">[4-11]</font><br>
 ·<a href="shownews.asp?newsid=1233">我校召开家长委员会会议</a> <font color="#999999">[4-8]</font><br>
 ·<a href="shownews.asp?newsid=1229">清明节组织学生祭扫烈士墓</a> <font color="#999999">[4-5]</font><br>
 ·<a href="shownews.asp?newsid=1225">县教研室来校开展教学视导</a> <font color="#999999">[3-30]</font>
 </td></tr>
 <tr><td height="24" bgcolor="#C9DBEF"><b>&nbsp;新闻搜索</b></td></tr>
 <tr><td><form action="search.asp" method="post"><input name="keyword" size="14"> <input type="submit" value="搜索"></form></td></tr>
 </table>
</td>
<td width="580" valign="top">
 <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
 <tr><td height="45" align="center" class="newstitle"><font size="4" color="#003366"><b>我校召开2005年春季田径运动会</b></font></td></tr>
 <tr><td height="22" align="center" bgcolor="#F0F0F0"><font color="#666666">作者：佚名　来源：学校体育组　发布时间：2005-4-12 9:15:07　浏览：<script language="javascript" src="newscount.asp?newsid=1234"></script>次</font></td></tr>
 <tr><td height="8"></td></tr>
 <tr><td id="fontzoom" class="newscontent" style="font-size:14px;line-height:180%">
 <p>　　4月9日至10日，我校2005年春季田径运动会在学校田径场举行。全校三个年级36个班级的800余名运动员参加了比赛。</p>
 <p>　　本届运动会共设男女田径项目28项，另设拔河、跳长绳等集体项目4项。开幕式上，各班代表队依次入场，精神饱满、步伐整齐，展示了良好的精神风貌。</p>
 <p>　　比赛过程中，运动员们奋勇拼搏，赛出了风格和水平。初三（2）班陈浩同学以11秒9的成绩打破了保持六年的男子100米校纪录，初二（5）班女子4×100米接力队也刷新了校纪录。</p>
 <p>　　经过两天的激烈角逐，初三（2）班、初二（5）班和初一（3）班分获各年级团体总分第一名，另有12个班级获得“体育道德风尚奖”。</p>
 <p>　　校长在闭幕式上讲话，希望同学们把运动会上顽强拼搏的精神带到学习中去，坚持每天锻炼一小时，以健康的体魄迎接学习的挑战。</p>
 </td></tr>
 <tr><td height="30" align="right">【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】【<a href="review.asp?newsid=1234">发表评论</a>】【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
 <tr><td height="24">上一条：<a href="shownews.asp?newsid=1232">我校教师在县优质课评比中获佳绩</a><br>下一条：<a href="shownews.asp?newsid=1236">初二年级举行英语演讲比赛</a></td></tr>
 </table>
 <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
 <tr><td height="24" bgcolor="#E6EEF7"><b>&nbsp;相关新闻</b></td></tr>
 <tr><td style="line-height:170%">
 ·<a href="shownews.asp?newsid=1102">我校举行2004年秋季田径运动会</a> (2004-10-21)<br>
 ·<a href="shownews.asp?newsid=1011">我校学生在县中学生运动会上获团体第二名</a> (2004-5-18)
 </td></tr>
 <tr><td height="24" bgcolor="#E6EEF7"><b>&nbsp;网友评论</b>（共2条，只显示最新2条）</td></tr>
 <tr><td style="line-height:170%">
 <font color="#336699">网友：初二五班</font>　评论时间：2005-4-12 12:30:41<br>接力赛打破校纪录，全班都沸腾了！<br>
 <font color="#336699">网友：校友小林</font>　评论时间：2005-4-12 20:05:17<br>怀念当年在田径场上奔跑的日子。
 </td></tr>
 </table>
</td>
</tr>
</table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#336699">
<tr><td height="50" align="center"><font color="#FFFFFF">海溪中学 版权所有　地址：海溪县城关镇学府路1号　电话：0576-84001234<br>浙ICP备05012345号　Powered by：DvNews 3.0</font></td></tr>
</table>
</body>
</html>
"""

# (2) 新云网站管理系统 (NewAsp 3.x) of a primary school, the page generated to Article/Html/ (GBK): a table layout,
# the title in td.ArticleTitle as a red <font>, a td.ArticleInfo row 文章来源：本站原创　作者：教导处　发布时间：2007-9-3
# 点击数：<script src="GetHits.asp">, the body in td#ArticleContent, a 【关键字】 line, 上一篇文章/下一篇文章, 相关文章 and
# a 热门文章 column with dates
NEWASP_HTML = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>新学期教学工作会议召开 - 教学教研 - 溪园小学</title>
<meta name="keywords" content="教学工作会议,新学期">
<link href="../../../../style.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="../../../../images/banner.gif" width="778" height="120"></td></tr>
<tr><td colspan="3" class="menu" height="28" align="center"><a href="/">网站首页</a>　<a href="/Article/">文章中心</a>　<a href="/Soft/">下载中心</a>　<a href="/Photo/">校园风采</a>　<a href="/GuestBook/">留言本</a>　<a href="/bbs/">教师论坛</a></td></tr>
<tr><td colspan="3" class="nav" height="24">&nbsp;当前位置：<a href="/">溪园小学</a> &gt;&gt; <a href="/Article/">文章中心</a> &gt;&gt; <a href="/Article/List/List_4.html">教学教研</a> &gt;&gt; 正文</td></tr>
<tr>
<td width="200" valign="top" class="leftbg">
 <table width="100%" border="0" cellspacing="0" cellpadding="2">
 <tr><td class="lefttitle">&nbsp;热门文章</td></tr>
 <tr><td class="leftlist">
 <a href="2007/0828/2331.html">关于2007年秋季开学报到的通知</a> <font color="#999999">08-28</font><br>
 <a href="2007/0901/2339.html">一年级新生入学教育活动剪影</a> <font color="#999999">09-01</font><br>
 <a href="2007/0617/2290.html">2006学年第二学期期末质量分析</a> <font color="#999999">06-17</font>
 </td></tr>
 <tr><td class="lefttitle">&nbsp;本类推荐</td></tr>
 <tr><td class="leftlist"><a href="2007/0520/2266.html">我校承办区数学课堂教学研讨活动</a></td></tr>
 </table>
</td>
<td width="8"></td>
<td width="570" valign="top">
 <table width="100%" border="0" cellspacing="0" cellpadding="0">
 <tr><td class="ArticleTitle" height="48" align="center"><font color="#CC0000" style="font-size:20px"><b>新学期教学工作会议召开</b></font></td></tr>
 <tr><td class="ArticleInfo" height="24" align="center">文章来源：本站原创　作者：教导处　发布时间：2007-9-3　点击数：<script language="javascript" src="../../../../Article/GetHits.asp?ArticleID=2345"></script></td></tr>
 <tr><td height="1" bgcolor="#CCCCCC"></td></tr>
 <tr><td id="ArticleContent" class="ArticleContent" style="padding:10px;line-height:200%">
 <p>　　9月3日下午，学校在多媒体教室召开2007学年第一学期教学工作会议，全体任课教师参加了会议。</p>
 <p>　　会上，教导处主任总结了上学期的教学工作。上学期学校教学常规检查共进行四次，教师备课、上课、作业批改总体规范，六年级毕业班在区学业质量监测中取得较好成绩。</p>
 <p>　　教导处对本学期教学工作作了具体布置：一是继续抓好教学常规管理，实行月检查、月通报制度；二是开展“一人一课”校内公开课活动，每位教师本学期至少上一节公开课；三是加强对学习困难学生的辅导，建立学困生帮扶档案。</p>
 <p>　　分管教学的副校长在讲话中要求，全体教师要切实减轻学生过重的课业负担，严格控制家庭作业总量，一、二年级不布置书面家庭作业。</p>
 </td></tr>
 <tr><td height="26">【关键字：<a href="/Article/Search.asp?key=教学工作会议">教学工作会议</a>】</td></tr>
 <tr><td height="26" align="right">【<a href="javascript:window.print()">打印本文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
 <tr><td height="44">上一篇文章：<a href="2007/0901/2339.html">一年级新生入学教育活动剪影</a><br>下一篇文章：<a href="2007/0906/2350.html">我校开展教师节系列庆祝活动</a></td></tr>
 <tr><td class="xgwz" height="24"><b>相关文章</b></td></tr>
 <tr><td style="line-height:170%">
 <a href="2007/0212/2201.html">2006学年第二学期教学工作会议召开</a>（2007-2-12）<br>
 <a href="2006/0904/2012.html">学校召开2006学年教学工作会议</a>（2006-9-4）
 </td></tr>
 </table>
</td>
</tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">
<tr><td height="60" align="center">Copyright &copy; 2007 溪园小学 版权所有　地址：溪园区光明路12号<br>浙ICP备07023456号　Powered by NewAsp SiteManageSystem</td></tr>
</table>
</body>
</html>
"""

# (3) 风讯 FoosunCMS 4.0 of a district 教育网, a generated static page /html/jyxw/2010-3/5/NNN.html (GBK): a div
# layout, div.news_title, div.news_info "发布时间：2010-3-5 10:20:33  来源：<a>区教研室</a>  作者：  浏览：<span
# id="Click_…"> 次" filled by Click.asp, the body in div#news_content of <p style="text-indent:2em">, 【收藏】【打印】,
# 上一条/下一条, 相关新闻 with dates, an 图片新闻 and 点击排行 side
FOOSUN_STATIC = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>区教研室举行初中科学实验教学专题研讨活动_教育新闻_江川区教育网</title>
<meta name="keywords" content="科学,实验教学,研讨" />
<link href="/Templets/css/style.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/FS_Inc/Prototype.js"></script>
</head>
<body>
<div id="header"><div class="logo"><img src="/Templets/images/logo.jpg" alt="江川区教育网" /></div>
<div class="menu"><a href="/">首页</a><a href="/html/jyxw/">教育新闻</a><a href="/html/tzgg/">通知公告</a><a href="/html/zcfg/">政策法规</a><a href="/html/jyky/">教育科研</a><a href="/html/xxgk/">信息公开</a><a href="/html/bszn/">办事指南</a></div></div>
<div class="weizhi">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/html/jyxw/">教育新闻</a> &gt;&gt; 正文</div>
<div id="container">
<div id="left">
<div class="news_title">区教研室举行初中科学实验教学专题研讨活动</div>
<div class="news_info">发布时间：2010-3-5 10:20:33&nbsp;&nbsp;来源：<a href="http://jys.jcjy.example.cn/" target="_blank">区教研室</a>&nbsp;&nbsp;作者：&nbsp;&nbsp;浏览：<span id="Click_1823"></span> 次<script language="javascript" src="/Click.asp?id=1823&amp;type=NS"></script></div>
<div id="news_content">
<p style="text-indent:2em">3月4日，区教研室在江川中学举行初中科学实验教学专题研讨活动，全区各初中学校科学教研组长和骨干教师60余人参加。</p>
<p style="text-indent:2em">活动中，江川中学和城东中学的两位教师分别执教了《探究影响滑动摩擦力大小的因素》和《酸碱指示剂的变色》两节实验课。两节课都注重让学生动手操作、观察记录、分析结论，课堂气氛活跃。</p>
<p style="text-indent:2em">课后，与会教师围绕“如何在实验教学中培养学生的科学探究能力”进行了交流研讨。大家认为，实验教学不能以演示代替分组实验，更不能以讲实验代替做实验。</p>
<p style="text-indent:2em">区教研室科学教研员在总结时指出，各校要配齐配足实验器材，开足开齐学生分组实验，今年下半年区里将对各校实验开出率进行专项检查。</p>
</div>
<div class="news_tool">【<a href="javascript:window.external.addFavorite(location.href,document.title)">收藏本页</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="news_pn">上一条：<a href="/html/jyxw/2010-3/3/20100303154511234.html">全区中小学开学工作检查结束</a><br />下一条：<a href="/html/jyxw/2010-3/8/20100308091205678.html">区教育局召开2010年党风廉政建设工作会议</a></div>
<div class="xgxw"><h3>相关新闻</h3>
<ul>
<li><a href="/html/jyxw/2009-11/20/20091120143022101.html">全区小学科学教师实验技能竞赛举行</a> <span>2009-11-20</span></li>
<li><a href="/html/jyxw/2009-10/15/20091015100133098.html">区初中科学中心组开展送教下乡活动</a> <span>2009-10-15</span></li>
</ul></div>
</div>
<div id="right">
<div class="box"><h3>图片新闻</h3><a href="/html/jyxw/2010-3/1/20100301083000001.html"><img src="/UploadFiles/2010/3/201003010830.jpg" width="200" /></a><p>开学第一课</p></div>
<div class="box"><h3>点击排行</h3><ul>
<li><a href="/html/tzgg/2010-2/26/20100226160000011.html">关于2010年春季开学工作的通知</a></li>
<li><a href="/html/tzgg/2010-2/20/20100220090000007.html">2010年区教育工作要点</a></li>
<li><a href="/html/jyxw/2010-1/28/20100128110000003.html">全区教育系统召开年度总结大会</a></li>
</ul></div>
</div>
</div>
<div id="footer">主办：江川区教育局　承办：江川区教育信息中心<br />江川区教育网 版权所有　浙ICP备06034567号　技术支持：风讯 Foosun</div>
</body>
</html>
"""

# (4) 科汛 KesionCMS V7 Item/Show.asp?m=1&d= of a middle school (GBK): a div layout, the breadcrumb, h1 in
# div.articletitle, div.articleinfo "发布时间：2011-3-8 10:20:33  作者：团委  来源：本站原创  点击数：<script
# src="/item/GetHits.asp">", the body in div#MyContent, 【字体：小 大】, 上一篇/下一篇, 相关文章, the Kesion comment
# box with two comments and their times, a 最新更新 side list with dates
KESION_SHOW = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>学雷锋志愿服务走进敬老院-校园动态-航宇中学</title>
<meta name="keywords" content="学雷锋,志愿服务,敬老院" />
<meta name="description" content="3月5日是学雷锋纪念日，我校团委组织40名青年志愿者走进城南敬老院" />
<link href="/skin/default/css/style.css" rel="stylesheet" type="text/css" />
<script src="/ks_inc/jquery.js" type="text/javascript"></script>
<script src="/ks_inc/common.js" type="text/javascript"></script>
</head>
<body>
<div class="top"><div class="logo"><a href="/"><img src="/images/logo.png" alt="航宇中学" /></a></div>
<div class="topnav"><a href="/">网站首页</a> | <a href="/xxgk/">学校概况</a> | <a href="/xydt/">校园动态</a> | <a href="/dyzl/">德育之窗</a> | <a href="/jxky/">教学科研</a> | <a href="/xsyd/">学生园地</a> | <a href="/user/">会员中心</a></div></div>
<div class="location">您现在的位置：<a href="/">航宇中学</a> &gt;&gt; <a href="/xydt/">校园动态</a> &gt;&gt; 浏览文章</div>
<div class="main">
<div class="main_left">
<div class="articletitle"><h1>学雷锋志愿服务走进敬老院</h1></div>
<div class="articleinfo">发布时间：2011-3-8 10:20:33&nbsp;&nbsp;作者：团委&nbsp;&nbsp;来源：本站原创&nbsp;&nbsp;点击数：<script type="text/javascript" src="/item/GetHits.asp?m=1&amp;d=2876"></script>&nbsp;&nbsp;【字体：<a href="javascript:ContentSize(16)">大</a> <a href="javascript:ContentSize(14)">中</a> <a href="javascript:ContentSize(12)">小</a>】</div>
<div class="content" id="MyContent">
<p>　　3月5日是学雷锋纪念日，我校团委组织40名青年志愿者走进城南敬老院，开展“学雷锋、献爱心”志愿服务活动。</p>
<p>　　志愿者们分成打扫组、陪伴组和表演组。打扫组的同学为老人们擦窗户、扫地、整理床铺；陪伴组的同学陪老人聊天、读报、剪指甲；表演组的同学为老人们表演了合唱、快板和小品。</p>
<p>　　今年86岁的王奶奶拉着同学们的手说：“你们来了，这里就热闹了，比过年还高兴。”</p>
<p>　　参加活动的高一（4）班李欣同学说，以前总觉得学雷锋离自己很远，今天才知道，为身边的人做一点小事，就是在学雷锋。</p>
<p>　　据悉，我校团委与城南敬老院已结对六年，每月都组织志愿者到敬老院开展服务活动。</p>
</div>
<div class="articletool">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="prevnext">上一篇：<a href="/Item/Show.asp?m=1&amp;d=2871">高三年级召开百日誓师大会</a><br />下一篇：<a href="/Item/Show.asp?m=1&amp;d=2880">我校举行春季消防疏散演练</a></div>
<div class="about"><h3>相关文章</h3><ul>
<li><a href="/Item/Show.asp?m=1&amp;d=2541">团委组织志愿者开展环保宣传</a> 2010-6-5</li>
<li><a href="/Item/Show.asp?m=1&amp;d=2305">我校青年志愿者被评为市优秀志愿服务集体</a> 2010-3-10</li>
</ul></div>
<div class="comment"><h3>网友评论</h3>
<div class="commentlist">
<p class="cmt_user">游客 发表于 2011-3-8 13:02:11</p><p class="cmt_txt">同学们好样的，为你们点赞！</p>
<p class="cmt_user">高一4班家长 发表于 2011-3-9 8:45:30</p><p class="cmt_txt">孩子回家说了一晚上，很有意义的活动。</p>
</div>
<form action="/plus/Comment.asp?action=WriteSave" method="post"><textarea name="Content" rows="5" cols="60"></textarea><br />
用户名：<input name="AnounName" /> 验证码：<input name="Verifycode" size="5" /> <input type="submit" value="发表评论" /></form>
</div>
</div>
<div class="main_right">
<div class="rbox"><h3>最新更新</h3><ul>
<li><a href="/Item/Show.asp?m=1&amp;d=2880">我校举行春季消防疏散演练</a><span>03-10</span></li>
<li><a href="/Item/Show.asp?m=1&amp;d=2871">高三年级召开百日誓师大会</a><span>03-03</span></li>
<li><a href="/Item/Show.asp?m=1&amp;d=2866">2011年春季开学典礼举行</a><span>02-21</span></li>
</ul></div>
<div class="rbox"><h3>推荐文章</h3><ul><li><a href="/Item/Show.asp?m=1&amp;d=2750">我校在市科技创新大赛中获佳绩</a></li></ul></div>
</div>
</div>
<div class="foot">Copyright &copy; 2011 航宇中学 版权所有<br />地址：航宇市城南路66号　浙ICP备08045678号　Powered by KesionCMS V7.0</div>
</body>
</html>
"""

# (5) 老Y文章管理系统 v2.5 of a town primary school, a generated page /Html/xxdt/NNN.html (GBK): tables, the title
# in td.mtitle, the era's info row "作者：admin　文章来源：网络　点击数：<script src=/inc/hits.asp>　更新时间：2009-4-13"
# (网络 names no one), the body in td.mcontent, 上一篇/下一篇, 相关文章, 文章评论 (暂无评论) and a 最新文章 list
LAOY_ARTICLE = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>春季传染病预防小常识 - 卫生保健 - 金竹小学</title>
<link href="/Templates/Default/css.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/Templates/Default/images/top.jpg" width="900" height="140"></td></tr>
<tr><td class="daohang" height="30"><a href="/">首 页</a> <a href="/Html/xxdt/">学校动态</a> <a href="/Html/tzgg/">通知公告</a> <a href="/Html/wsbj/">卫生保健</a> <a href="/Html/jszj/">教师之家</a> <a href="/Html/xszp/">学生作品</a> <a href="/GuestBook/">留言板</a></td></tr>
</table>
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr>
<td width="660" valign="top">
 <table width="100%" border="0" cellspacing="0" cellpadding="0">
 <tr><td class="weizhi" height="28">&nbsp;您现在的位置：<a href="/">金竹小学</a> &gt;&gt; <a href="/Html/wsbj/">卫生保健</a> &gt;&gt; 正文</td></tr>
 <tr><td class="mtitle" align="center" height="50"><font style="font-size:18px;font-weight:bold">春季传染病预防小常识</font></td></tr>
 <tr><td align="center" height="24" class="mdate">作者：admin　文章来源：网络　点击数：<script src=/inc/hits.asp?id=567></script>　更新时间：2009-4-13</td></tr>
 <tr><td class="mcontent" style="padding:10px 20px;line-height:190%">
 <p>　　春季气温变化大，细菌、病毒等微生物开始繁殖，是流感、水痘、腮腺炎、手足口病等传染病的高发季节。学校人员集中，更要做好预防工作。</p>
 <p>　　一、勤洗手。饭前便后、外出回家后都要用肥皂或洗手液在流动水下洗手，洗手时间不少于20秒。</p>
 <p>　　二、常通风。教室和家里每天要开窗通风，每次不少于30分钟，保持室内空气新鲜。</p>
 <p>　　三、多锻炼。积极参加体育锻炼，多到户外呼吸新鲜空气，增强身体抵抗力。</p>
 <p>　　四、早就医。如出现发热、咳嗽、皮疹等症状，要及时就医，并告知班主任，在家休息，不带病上课。</p>
 </td></tr>
 <tr><td height="30" align="right">【<a href="javascript:window.print();">打印此页</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>
 <tr><td height="44">上一篇：<a href="/Html/wsbj/551.html">小学生正确用眼的几点建议</a><br>下一篇：<a href="/Html/wsbj/571.html">如何预防学生近视</a></td></tr>
 <tr><td class="xgtitle" height="24">&nbsp;相关文章</td></tr>
 <tr><td style="line-height:170%">
 ·<a href="/Html/wsbj/498.html">冬季流感的预防措施</a>　2008-12-2<br>
 ·<a href="/Html/wsbj/455.html">秋季腹泻防治知识</a>　2008-10-10
 </td></tr>
 <tr><td class="xgtitle" height="24">&nbsp;文章评论</td></tr>
 <tr><td>暂无评论　<a href="/Comment.asp?id=567">我要评论</a></td></tr>
 </table>
</td>
<td width="10"></td>
<td width="230" valign="top" bgcolor="#F5F9F0">
 <table width="100%" border="0" cellspacing="0" cellpadding="2">
 <tr><td class="rtitle">&nbsp;最新文章</td></tr>
 <tr><td style="line-height:170%">
 <a href="/Html/xxdt/566.html">我校举行清明节经典诵读活动</a> 04-10<br>
 <a href="/Html/tzgg/565.html">关于开展春季家访活动的通知</a> 04-07<br>
 <a href="/Html/xxdt/562.html">三年级开展春游踏青活动</a> 04-02
 </td></tr>
 </table>
</td>
</tr>
</table>
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom">
<tr><td height="60" align="center">金竹小学 版权所有　地址：金竹镇中心街18号　电话：0577-66001234<br>浙ICP备09012345号　Powered by 老Y文章管理系统</td></tr>
</table>
</body>
</html>
"""

# (6) 5UCMS 1.x of a county newspaper's 教育 channel, /html/jiaoyu/2010/1116/NNN.html (UTF-8): a div layout,
# h1 in div.content_title, div.content_info "时间：2010-11-16　来源：宁江日报　作者：记者 周宁　点击：<span id="hits">",
# the body in div.content_txt, a 分享 bar, 上一篇/下一篇, 相关内容 with dates, a 热门 list and the 5UCMS footer
UCMS5_CONTENT = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>县城新建两所幼儿园明年秋季招生_教育_宁江新闻网</title>
<meta name="keywords" content="幼儿园,学前教育" />
<link rel="stylesheet" type="text/css" href="/skin/default/style.css" />
<script type="text/javascript" src="/inc/js/5u.js"></script>
</head>
<body>
<div class="header"><div class="logo"><a href="/"><img src="/skin/default/images/logo.gif" alt="宁江新闻网" /></a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/html/shizheng/">时政</a></li><li><a href="/html/shehui/">社会</a></li><li><a href="/html/jiaoyu/">教育</a></li><li><a href="/html/wenhua/">文化</a></li><li><a href="/html/xiangzhen/">乡镇</a></li></ul></div></div>
<div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/html/jiaoyu/">教育</a> &gt; 正文</div>
<div class="wrap">
<div class="left">
<div class="content_title"><h1>县城新建两所幼儿园明年秋季招生</h1></div>
<div class="content_info">时间：2010-11-16　来源：宁江日报　作者：记者 周宁　点击：<span id="hits">0</span><script type="text/javascript">get_hits(3312);</script></div>
<div class="content_txt">
<p>　　本报讯 县城东区和滨江新区两所公办幼儿园主体工程日前已全部结顶，预计明年7月底前完成装修和设备配置，9月起正式招生。</p>
<p>　　据县教育局介绍，两所幼儿园均按省一级幼儿园标准建设，每所设12个班，可提供学位360个，总投资4800万元。</p>
<p>　　近年来，随着县城人口增加，公办幼儿园“入园难”问题比较突出。今年县城公办幼儿园报名人数超过招生计划近一倍，不少家长通宵排队报名。</p>
<p>　　县教育局表示，到2012年，县城还将新建和改扩建公办幼儿园三所，基本满足县城适龄儿童就近入园的需求。</p>
</div>
<div class="share">分享到：<a href="javascript:;">新浪微博</a> <a href="javascript:;">腾讯微博</a> <a href="javascript:;">人人网</a> <a href="javascript:;">QQ空间</a></div>
<div class="prenext"><p>上一篇：<a href="/html/jiaoyu/2010/1115/3305.html">全县中小学开展冬季消防安全教育</a></p><p>下一篇：<a href="/html/jiaoyu/2010/1117/3318.html">县实验小学获评省书香校园</a></p></div>
<div class="related"><h3>相关内容</h3><ul>
<li><span>2010-09-02</span><a href="/html/jiaoyu/2010/0902/2980.html">县城公办幼儿园报名人数超计划</a></li>
<li><span>2010-06-18</span><a href="/html/jiaoyu/2010/0618/2751.html">我县出台学前教育三年行动计划</a></li>
</ul></div>
</div>
<div class="right">
<div class="rbox"><h3>热门点击</h3><ol>
<li><a href="/html/shehui/2010/1114/3290.html">城区部分路段本周六起临时交通管制</a></li>
<li><a href="/html/shizheng/2010/1112/3271.html">县政府召开第42次常务会议</a></li>
<li><a href="/html/jiaoyu/2010/1110/3260.html">县中学生篮球联赛落幕</a></li>
</ol></div>
</div>
</div>
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ad/">广告服务</a></p>
<p>宁江新闻网 版权所有 未经书面授权禁止转载　浙ICP备10056789号　Powered by 5UCMS</p></div>
</body>
</html>
"""

# (7) 乔客 Joekoe CMS 3.x news_view.asp?id= of a county teachers' school (GBK): tables with <font>, the title in
# td.news_topic, a row "发布：admin　时间：2006-11-8　来源：县教育局人事科　阅读：<font color=red>", the body in
# td.news_content, 【评论】【收藏】【打印】, a 相关评论 list and 相关新闻 with dates, the Joekoe footer
JOEKOE_NEWS_VIEW = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>乔溪县教师进修学校 - 新闻中心 - 县2006年新教师岗前培训结束</title>
<link rel="stylesheet" type="text/css" href="images/style/default/style.css">
</head>
<body topmargin="0">
<table border="0" width="770" cellspacing="0" cellpadding="0" align="center">
<tr><td height="80"><img src="images/logo.gif" border="0"></td></tr>
<tr><td height="26" class="menu_bg" align="center"><a href="index.asp">首页</a> | <a href="news.asp">新闻中心</a> | <a href="article.asp">教学资源</a> | <a href="down.asp">软件下载</a> | <a href="forum.asp">交流论坛</a> | <a href="gbook.asp">留言本</a> | <a href="user_main.asp">用户中心</a></td></tr>
<tr><td height="24">&nbsp;<img src="images/icon_home.gif" border="0"> 您现在的位置：<a href="index.asp">首页</a> -&gt; <a href="news.asp">新闻中心</a> -&gt; <a href="news_list.asp?c_id=3">培训动态</a></td></tr>
</table>
<table border="0" width="770" cellspacing="0" cellpadding="0" align="center">
<tr>
<td width="570" valign="top">
 <table border="0" width="98%" cellspacing="1" cellpadding="4" bgcolor="#CCCCCC">
 <tr><td bgcolor="#FFFFFF" align="center" class="news_topic" height="40"><font class="big" color="#0000CC"><b>县2006年新教师岗前培训结束</b></font></td></tr>
 <tr><td bgcolor="#F7F7F7" align="center">发布：admin　时间：2006-11-8　来源：县教育局人事科　阅读：<font color="red">218</font></td></tr>
 <tr><td bgcolor="#FFFFFF" class="news_content" style="line-height:180%">
 <font class="htd">　　11月6日至8日，县2006年新录用教师岗前培训在县教师进修学校举行，今年新录用的92名中小学、幼儿园教师参加了为期三天的集中培训。<br><br>
 　　培训内容包括教师职业道德、教育政策法规、班主任工作、课堂教学基本功等。县教育局领导、进修学校教师和部分名优教师担任授课教师。<br><br>
 　　培训期间，新教师们还分组到县实验小学和城关中学观摩了课堂教学，并与学校的青年教师进行了座谈交流。<br><br>
 　　培训结束时进行了考核，考核合格者颁发岗前培训合格证书，作为新教师转正定级的依据之一。</font>
 </td></tr>
 <tr><td bgcolor="#FFFFFF" align="right">【<a href="news_review.asp?id=345">评论</a>】【<a href="user_fav.asp?action=add&amp;id=345">收藏</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
 </table>
 <table border="0" width="98%" cellspacing="0" cellpadding="3">
 <tr><td class="bar" height="24"><b>相关评论</b></td></tr>
 <tr><td>新教师小吴 于 2006-11-9 19:22 说：三天收获很大，特别是班主任工作那一讲。</td></tr>
 <tr><td class="bar" height="24"><b>相关新闻</b></td></tr>
 <tr><td style="line-height:170%">
 ·<a href="news_view.asp?id=301">县2006年教师招聘考试成绩公布</a> <font class="gray">(2006-8-2)</font><br>
 ·<a href="news_view.asp?id=220">县2005年新教师岗前培训圆满结束</a> <font class="gray">(2005-11-10)</font>
 </td></tr>
 </table>
</td>
<td width="200" valign="top">
 <table border="0" width="100%" cellspacing="0" cellpadding="3">
 <tr><td class="bar" height="24"><b>最新新闻</b></td></tr>
 <tr><td style="line-height:170%">
 ·<a href="news_view.asp?id=344">全县小学数学骨干教师研修班开班</a> [11-6]<br>
 ·<a href="news_view.asp?id=341">县中小学教师继续教育学分登记通知</a> [11-1]<br>
 ·<a href="news_view.asp?id=338">名师送教下乡走进北山片</a> [10-27]
 </td></tr>
 </table>
</td>
</tr>
</table>
<table border="0" width="770" cellspacing="0" cellpadding="0" align="center">
<tr><td height="50" align="center" class="bottom">乔溪县教师进修学校 版权所有 浙ICP备06078901号<br>Powered by: Joekoe CMS 3.0</td></tr>
</table>
</body>
</html>
"""

# (8) 动易 PowerEasy 2006 Article/ShowArticle.asp?ArticleID= of a primary school (GBK): the 2006 default skin's
# tables, td.main_ArticleTitle then a 副标题 cell td.main_ArticleSubheading, the info row "作者：佚名 文章来源：…
# 点击数：<script src=GetHits.asp> 更新时间：2008-3-5", the body in td#fontzoom.main_ArticleContent, 【字体：小 大】,
# 文章录入/责任编辑, 上一篇文章/下一篇文章, 【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】, 网友评论 with
# the era's disclaimer, 相关文章 with dates
POWEREASY2006_ARTICLE = """<html>
<head>
<title>学校召开三八妇女节座谈会 - 溪东小学</title>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<link href="../Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript" src="../js/menu.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table class="top_tdbgall" cellspacing="0" cellpadding="0" width="760" align="center" border="0">
<tr><td class="top_top" height="88"><img src="../Skin/blue/top_logo.gif" width="220" height="88"></td></tr>
<tr class="top_nav_menu"><td height="22" align="center">|&nbsp;<a class="Channel" href="../Index.asp">网站首页</a>&nbsp;|&nbsp;<a class="Channel" href="../Article/Index.asp">文章中心</a>&nbsp;|&nbsp;<a class="Channel" href="../Soft/Index.asp">下载中心</a>&nbsp;|&nbsp;<a class="Channel" href="../Photo/Index.asp">图片中心</a>&nbsp;|&nbsp;<a class="Channel" href="../GuestBook/Index.asp">留言板</a>&nbsp;|</td></tr>
</table>
<table class="center_tdbgall" cellspacing="0" cellpadding="0" width="760" align="center" border="0">
<tr><td class="main_shadow"></td></tr>
<tr><td class="main_title_760" height="24">&nbsp;您现在的位置：&nbsp;<a class="LinkPath" href="../">溪东小学</a>&nbsp;&gt;&gt;&nbsp;<a class="LinkPath" href="../Article/Index.asp">文章中心</a>&nbsp;&gt;&gt;&nbsp;<a class="LinkPath" href="../Article/ShowClass.asp?ClassID=5">校园新闻</a>&nbsp;&gt;&gt;&nbsp;正文</td></tr>
<tr><td valign="top">
 <table cellspacing="0" cellpadding="0" width="100%" border="0">
 <tr><td class="main_ArticleTitle" align="center" height="50"><font style="font-size:18px"><b>学校召开三八妇女节座谈会</b></font></td></tr>
 <tr><td class="main_ArticleSubheading" align="center">——暨表彰2007年度“巾帼建功”先进个人</td></tr>
 <tr><td class="Article_tdbgall" align="center" height="24">作者：佚名&nbsp;&nbsp;&nbsp;&nbsp;文章来源：校工会&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script language="javascript" src="../Article/GetHits.asp?ArticleID=1562"></script>&nbsp;&nbsp;&nbsp;&nbsp;更新时间：2008-3-5&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a class="top_UserLogin" href="javascript:fontZoomA();">小</a> <a class="top_UserLogin" href="javascript:fontZoomB();">大</a>】</td></tr>
 <tr><td height="1" bgcolor="#C0C0C0"></td></tr>
 <tr><td id="fontzoom" class="main_ArticleContent" style="word-break:break-all" height="200" valign="top">
 <p>　　3月5日下午，学校工会召开庆“三八”国际劳动妇女节座谈会，全体女教职工参加了座谈。</p>
 <p>　　座谈会上，校长代表学校向全体女教职工致以节日的问候，并对她们一年来在教育教学工作中的辛勤付出表示感谢。</p>
 <p>　　会议表彰了2007年度“巾帼建功”先进个人8名。受表彰的教师代表发言，讲述了自己在班主任工作和课堂教学中的点滴体会。</p>
 <p>　　座谈中，女教师们围绕如何兼顾工作与家庭、如何保持身心健康等话题畅所欲言，气氛轻松热烈。</p>
 <p>　　会后，校工会为每位女教职工发放了节日慰问品。</p>
 </td></tr>
 <tr><td align="right" height="24">文章录入：xdxx&nbsp;&nbsp;&nbsp;&nbsp;责任编辑：xdxx&nbsp;</td></tr>
 <tr><td height="44"><li>上一篇文章： <a class="LinkPrevArticle" href="../Article/ShowArticle.asp?ArticleID=1559">我校开展“学雷锋”系列活动</a></li><li>下一篇文章： <a class="LinkNextArticle" href="../Article/ShowArticle.asp?ArticleID=1565">三年级举行古诗词背诵比赛</a></li></td></tr>
 <tr><td align="right" height="26">【<a href="../Article/Comment.asp?ArticleID=1562" target="_blank">发表评论</a>】【<a href="../User/User_Favorite.asp?Action=Add&amp;ChannelID=1&amp;InfoID=1562" target="_blank">加入收藏</a>】【<a href="../Article/SendMail.asp?ArticleID=1562" target="_blank">告诉好友</a>】【<a href="../Article/Print.asp?ArticleID=1562" target="_blank">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>
 </table>
 <table cellspacing="0" cellpadding="0" width="100%" border="0">
 <tr><td class="main_title_575" height="24">&nbsp;<b>网友评论：</b>（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）</td></tr>
 <tr><td class="main_tdbg_575">没有任何评论</td></tr>
 <tr><td class="main_title_575" height="24">&nbsp;<b>相关文章</b></td></tr>
 <tr><td class="main_tdbg_575" style="line-height:170%">
 <li><a href="../Article/ShowArticle.asp?ArticleID=1301">学校工会举行庆三八趣味运动会</a>&nbsp;&nbsp;[2007-3-8]</li>
 <li><a href="../Article/ShowArticle.asp?ArticleID=1098">我校两位女教师获评区优秀班主任</a>&nbsp;&nbsp;[2006-9-10]</li>
 </td></tr>
 </table>
</td></tr>
</table>
<table class="Bottom_tdbgall" cellspacing="0" cellpadding="0" width="760" align="center" border="0">
<tr><td class="Bottom_Adminlogo" align="center" height="60">| <a href="../Announce.asp">网站公告</a> | <a href="../FriendSite/Index.asp">友情链接</a> | <a href="../Copyright.asp">版权申明</a> | <a href="../Admin/Admin_Index.asp">管理登录</a> |<br>溪东小学 版权所有 Copyright &copy; 2006-2008　浙ICP备06089012号</td></tr>
</table>
</body>
</html>
"""

# (9) an EmpireCMS (帝国 ECMS 6.x)-like PHP article page of a county 教育信息网, /news/tzgg/2012-05-10/NNN.html (GBK):
# div layout, h1 in div.title, div.info "发布时间：2012-05-10 15:42:18　来源：县招生考试中心　作者：　点击：<script
# src="/e/public/ViewClick/?classid=&id=&addclick=1">", the body in div#text, then 附件 and a 分享 line,
# 上一篇/下一篇, 相关信息 with dates, a 最新公告 side list and the footer
ECMS_ARTICLE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>关于做好2012年普通高中学业水平考试考务工作的通知 - 通知公告 - 方塘县教育信息网</title>
<meta name="keywords" content="学业水平考试,考务" />
<meta name="description" content="各普通高中：2012年普通高中学业水平考试定于6月16日至17日举行" />
<link href="/skin/default/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="header"><div class="logo"><img src="/skin/default/images/logo.gif" alt="方塘县教育信息网" /></div>
<div class="nav"><a href="/">首页</a> <a href="/news/jyxw/">教育新闻</a> <a href="/news/tzgg/">通知公告</a> <a href="/news/zsks/">招生考试</a> <a href="/news/zcwj/">政策文件</a> <a href="/e/tool/gbook/?bid=1">局长信箱</a></div></div>
<div class="position">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/news/">新闻中心</a>&nbsp;&gt;&nbsp;<a href="/news/tzgg/">通知公告</a></div>
<div class="container">
<div class="main">
<div class="title"><h1>关于做好2012年普通高中学业水平考试考务工作的通知</h1></div>
<div class="info">发布时间：2012-05-10 15:42:18　来源：县招生考试中心　作者：　点击：<script src="/e/public/ViewClick/?classid=12&amp;id=1487&amp;addclick=1"></script></div>
<div id="text">
<p>各普通高中：</p>
<p>　　2012年普通高中学业水平考试定于6月16日至17日举行。为确保考试安全顺利进行，现就做好考务工作的有关事项通知如下：</p>
<p>　　一、各校要成立由校长任组长的考务工作领导小组，明确分工，落实责任。</p>
<p>　　二、各考点要在6月10日前完成考场布置，检查标准化考场视频监控设备运行情况，确保考试期间正常使用。</p>
<p>　　三、监考人员须参加县招生考试中心组织的考务培训，未经培训的人员不得担任监考工作。</p>
<p>　　四、各校要加强对考生的考试纪律和诚信教育，考试期间严禁携带手机等通讯工具进入考场。</p>
<p align="right">方塘县招生考试中心</p>
<p align="right">2012年5月10日</p>
</div>
<div class="attach">附件：<a href="/d/file/news/tzgg/2012-05-10/kwgz.doc">2012年学业水平考试考务工作日程安排.doc</a></div>
<div class="share">分享到：<a href="javascript:;">QQ空间</a> <a href="javascript:;">新浪微博</a>　【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="prenext">上一篇：<a href="/news/tzgg/2012-05-07/1480.html">关于开展2012年中小学生暑期安全教育的通知</a><br />下一篇：<a href="/news/tzgg/2012-05-14/1492.html">关于公布2012年县级优秀教研组名单的通知</a></div>
<div class="xgxx"><h3>相关信息</h3><ul>
<li><a href="/news/tzgg/2011-05-12/1203.html">关于做好2011年普通高中学业水平考试考务工作的通知</a><span>2011-05-12</span></li>
<li><a href="/news/zsks/2012-04-20/1455.html">2012年学业水平考试报名工作结束</a><span>2012-04-20</span></li>
</ul></div>
</div>
<div class="side">
<div class="sbox"><h3>最新公告</h3><ul>
<li><a href="/news/tzgg/2012-05-14/1492.html">关于公布2012年县级优秀教研组名单的通知</a> 05-14</li>
<li><a href="/news/tzgg/2012-05-07/1480.html">关于开展2012年中小学生暑期安全教育的通知</a> 05-07</li>
<li><a href="/news/tzgg/2012-04-28/1471.html">五一劳动节放假安排</a> 04-28</li>
</ul></div>
</div>
</div>
<div class="footer">方塘县教育局 版权所有　地址：方塘县人民路100号　邮编：315000<br />浙ICP备11023456号　技术支持：县教育技术中心</div>
</body>
</html>
"""

# (10) a generic ASP 校园网站管理系统 ShowNews.asp?id= (GBK): a <table> page with a left 通知公告 column (dated
# rows), the title in td.newstitle, one row "发布人：admin　发布时间：2008-10-20 10:20:33　阅读：<script
# src="count.asp?id=12"></script>次" (no 来源), the body in td.newscontent, 【打印】【关闭】 and a 返回 link
SCHOOL_SHOWNEWS = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>青禾中学--我校举行第五届校园科技节</title>
<link href="css/css.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="800" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/top_banner.jpg" width="800" height="130"></td></tr>
<tr><td height="30" background="images/menu_bg.gif" align="center"><a href="index.asp" class="menu">学校首页</a> | <a href="NewsList.asp?lb=1" class="menu">学校新闻</a> | <a href="NewsList.asp?lb=2" class="menu">通知公告</a> | <a href="NewsList.asp?lb=3" class="menu">德育天地</a> | <a href="NewsList.asp?lb=4" class="menu">教学教研</a> | <a href="NewsList.asp?lb=5" class="menu">学生风采</a> | <a href="Guest.asp" class="menu">校长信箱</a></td></tr>
</table>
<table width="800" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr>
<td width="200" valign="top" bgcolor="#EAF4E4">
 <table width="100%" border="0" cellspacing="0" cellpadding="0">
 <tr><td height="28" background="images/left_title.gif"><b>&nbsp;通知公告</b></td></tr>
 <tr><td style="line-height:170%;padding:5px">
 <a href="ShowNews.asp?id=11">关于国庆节放假的通知</a><br><font color="#999999">2008-9-26</font><br>
 <a href="ShowNews.asp?id=9">2008学年第一学期校历</a><br><font color="#999999">2008-9-1</font><br>
 <a href="ShowNews.asp?id=7">初一新生军训安排</a><br><font color="#999999">2008-8-25</font>
 </td></tr>
 <tr><td height="28" background="images/left_title.gif"><b>&nbsp;友情链接</b></td></tr>
 <tr><td style="padding:5px"><a href="http://www.qhjy.example.cn/">青禾县教育局</a><br><a href="http://www.qhyz.example.cn/">青禾县第一中学</a></td></tr>
 </table>
</td>
<td width="600" valign="top">
 <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
 <tr><td height="28" class="weizhi">当前位置：<a href="index.asp">首页</a> &gt;&gt; <a href="NewsList.asp?lb=1">学校新闻</a></td></tr>
 <tr><td height="46" align="center" class="newstitle"><font color="#006600" size="4"><b>我校举行第五届校园科技节</b></font></td></tr>
 <tr><td height="24" align="center"><font color="#808080">发布人：admin　发布时间：2008-10-20 10:20:33　阅读：<script src="count.asp?id=12"></script>次</font></td></tr>
 <tr><td height="1" bgcolor="#99CC99"></td></tr>
 <tr><td class="newscontent" style="padding:10px;line-height:200%">
 　　10月15日至17日，我校举行第五届校园科技节。本届科技节以“爱科学、学科学、用科学”为主题，共开展了七项活动。<br>
 　　科技节期间，学校组织了航模制作、鸡蛋撞地球、水火箭发射、科技小论文评比、科幻画展览、趣味科学知识竞赛和科普讲座等活动，参与学生达1200余人次。<br>
 　　其中，水火箭发射比赛最受同学们欢迎。比赛当天，操场上一枚枚自制的水火箭腾空而起，初二（3）班的水火箭飞行距离达到了96米，获得一等奖。<br>
 　　市科技馆的专家应邀为同学们作了题为《身边的物理》的科普讲座，用一个个有趣的小实验吸引了同学们的注意力。<br>
 　　闭幕式上，学校对在各项活动中获奖的86名同学进行了表彰。
 </td></tr>
 <tr><td height="30" align="right">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】【<a href="javascript:history.back()">返回</a>】</td></tr>
 </table>
</td>
</tr>
</table>
<table width="800" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#339933">
<tr><td height="56" align="center"><font color="#FFFFFF">青禾中学 版权所有　地址：青禾县育才路28号　联系电话：0570-88001234<br>浙ICP备08067890号　校园网站管理系统 V3.0</font></td></tr>
</table>
</body>
</html>
"""

PAGES: list[Page] = [
    Page(
        "aspcms-dvnews-shownews-gbk",
        "http://www.hxzx.example.cn/news/shownews.asp?newsid=1234",
        DVNEWS_SHOWNEWS,
        "我校召开2005年春季田径运动会",
        "2005-04-12",
        "学校体育组",
        "4月9日至10日，我校2005年春季田径运动会在学校田径场举行。全校三个年级36个班级的800余名运动员参加了比赛。",
        "校长在闭幕式上讲话，希望同学们把运动会上顽强拼搏的精神带到学习中去，坚持每天锻炼一小时，以健康的体魄迎接学习的挑战。",
        (
            "发表评论",
            "打印此文",
            "我校教师在县优质课评比中获佳绩",
            "我校举行2004年秋季田径运动会",
            "接力赛打破校纪录",
            "评论时间",
            "初二年级举行英语演讲比赛",
            "新闻搜索",
            "DvNews",
        ),
        gbk=True,
    ),
    Page(
        "aspcms-newasp-html-gbk",
        "http://www.xyxx.example.cn/Article/Html/2007/0903/2345.html",
        NEWASP_HTML,
        "新学期教学工作会议召开",
        "2007-09-03",
        "本站原创",
        "9月3日下午，学校在多媒体教室召开2007学年第一学期教学工作会议，全体任课教师参加了会议。",
        "分管教学的副校长在讲话中要求，全体教师要切实减轻学生过重的课业负担，严格控制家庭作业总量，一、二年级不布置书面家庭作业。",
        (
            "关键字",
            "打印本文",
            "上一篇文章",
            "我校开展教师节系列庆祝活动",
            "学校召开2006学年教学工作会议",
            "热门文章",
            "关于2007年秋季开学报到的通知",
            "文章来源",
        ),
        gbk=True,
    ),
    Page(
        "aspcms-foosun-static-gbk",
        "http://www.jcjy.example.cn/html/jyxw/2010-3/5/20100305102033527.html",
        FOOSUN_STATIC,
        "区教研室举行初中科学实验教学专题研讨活动",
        "2010-03-05",
        "区教研室",
        "3月4日，区教研室在江川中学举行初中科学实验教学专题研讨活动，全区各初中学校科学教研组长和骨干教师60余人参加。",
        "区教研室科学教研员在总结时指出，各校要配齐配足实验器材，开足开齐学生分组实验，今年下半年区里将对各校实验开出率进行专项检查。",
        (
            "收藏本页",
            "全区中小学开学工作检查结束",
            "全区小学科学教师实验技能竞赛举行",
            "图片新闻",
            "开学第一课",
            "点击排行",
            "技术支持",
        ),
        gbk=True,
    ),
    Page(
        "aspcms-kesion-show-gbk",
        "http://www.hyzx.example.cn/Item/Show.asp?m=1&d=2876",
        KESION_SHOW,
        "学雷锋志愿服务走进敬老院",
        "2011-03-08",
        "本站原创",
        "3月5日是学雷锋纪念日，我校团委组织40名青年志愿者走进城南敬老院，开展“学雷锋、献爱心”志愿服务活动。",
        "据悉，我校团委与城南敬老院已结对六年，每月都组织志愿者到敬老院开展服务活动。",
        (
            "字体：",
            "点击数",
            "高三年级召开百日誓师大会",
            "团委组织志愿者开展环保宣传",
            "同学们好样的",
            "发表于",
            "验证码",
            "最新更新",
            "KesionCMS",
        ),
        gbk=True,
    ),
    Page(
        "aspcms-laoy-article-gbk",
        "http://www.jzxx.example.cn/Html/wsbj/567.html",
        LAOY_ARTICLE,
        "春季传染病预防小常识",
        "2009-04-13",
        None,  # 文章来源：网络 names no one
        "春季气温变化大，细菌、病毒等微生物开始繁殖，是流感、水痘、腮腺炎、手足口病等传染病的高发季节。学校人员集中，更要做好预防工作。",
        "四、早就医。如出现发热、咳嗽、皮疹等症状，要及时就医，并告知班主任，在家休息，不带病上课。",
        (
            "更新时间",
            "打印此页",
            "小学生正确用眼的几点建议",
            "冬季流感的预防措施",
            "暂无评论",
            "我校举行清明节经典诵读活动",
            "老Y",
        ),
        gbk=True,
    ),
    Page(
        "aspcms-5ucms-content-utf8",
        "http://www.njxw.example.cn/html/jiaoyu/2010/1116/3312.html",
        UCMS5_CONTENT,
        "县城新建两所幼儿园明年秋季招生",
        "2010-11-16",
        "宁江日报",
        "本报讯 县城东区和滨江新区两所公办幼儿园主体工程日前已全部结顶，预计明年7月底前完成装修和设备配置，9月起正式招生。",
        "县教育局表示，到2012年，县城还将新建和改扩建公办幼儿园三所，基本满足县城适龄儿童就近入园的需求。",
        (
            "分享到",
            "新浪微博",
            "全县中小学开展冬季消防安全教育",
            "县城公办幼儿园报名人数超计划",
            "热门点击",
            "城区部分路段本周六起临时交通管制",
            "未经书面授权禁止转载",
        ),
    ),
    Page(
        "aspcms-joekoe-news-view-gbk",
        "http://www.qxjx.example.cn/news_view.asp?id=345",
        JOEKOE_NEWS_VIEW,
        "县2006年新教师岗前培训结束",
        "2006-11-08",
        "县教育局人事科",
        "11月6日至8日，县2006年新录用教师岗前培训在县教师进修学校举行，今年新录用的92名中小学、幼儿园教师参加了为期三天的集中培训。",
        "培训结束时进行了考核，考核合格者颁发岗前培训合格证书，作为新教师转正定级的依据之一。",
        (
            "发布：admin",
            "收藏",
            "相关评论",
            "三天收获很大",
            "县2005年新教师岗前培训圆满结束",
            "全县小学数学骨干教师研修班开班",
            "Joekoe",
        ),
        gbk=True,
    ),
    Page(
        "aspcms-powereasy2006-subheading-gbk",
        "http://www.xdxx.example.cn/Article/ShowArticle.asp?ArticleID=1562",
        POWEREASY2006_ARTICLE,
        "学校召开三八妇女节座谈会",
        "2008-03-05",
        "校工会",
        "3月5日下午，学校工会召开庆“三八”国际劳动妇女节座谈会，全体女教职工参加了座谈。",
        "会后，校工会为每位女教职工发放了节日慰问品。",
        (
            "文章录入",
            "责任编辑",
            "上一篇文章",
            "我校开展“学雷锋”系列活动",
            "告诉好友",
            "网友评论",
            "没有任何评论",
            "学校工会举行庆三八趣味运动会",
            "管理登录",
        ),
        gbk=True,
    ),
    Page(
        "aspcms-ecms-article-gbk",
        "http://www.ftjy.example.cn/news/tzgg/2012-05-10/1487.html",
        ECMS_ARTICLE,
        "关于做好2012年普通高中学业水平考试考务工作的通知",
        "2012-05-10",
        "县招生考试中心",
        "各普通高中：",
        "2012年5月10日",
        (
            "附件",
            "考务工作日程安排",
            "分享到",
            "关于开展2012年中小学生暑期安全教育的通知",
            "关于做好2011年普通高中学业水平考试考务工作的通知",
            "五一劳动节放假安排",
            "技术支持",
        ),
        gbk=True,
    ),
    Page(
        "aspcms-school-shownews-gbk",
        "http://www.qhzx.example.cn/ShowNews.asp?id=12",
        SCHOOL_SHOWNEWS,
        "我校举行第五届校园科技节",
        "2008-10-20",
        None,  # only 发布人 (the account that posted it): no 来源
        "10月15日至17日，我校举行第五届校园科技节。本届科技节以“爱科学、学科学、用科学”为主题，共开展了七项活动。",
        "闭幕式上，学校对在各项活动中获奖的86名同学进行了表彰。",
        (
            "发布人",
            "阅读：",
            "关于国庆节放假的通知",
            "友情链接",
            "青禾县第一中学",
            "返回",
            "校园网站管理系统",
        ),
        gbk=True,
    ),
]
