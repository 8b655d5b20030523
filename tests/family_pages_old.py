"""Article pages of 2003-2012 era markup and awkward shapes: a GBK page that declares no charset, an untitled
Dreamweaver page, one big layout table, page 1 of a three-page article, broken tag soup, a <pre> body, a print
view, a traditional-Chinese notice in UTF-8, a page dated only by its URL and <title>, and a frameset's content
page. Written by hand after each family's public template markup, names, hosts and numbers made up
(tests/test_article_families.py checks every field of each)."""

from family_page import Page

# (1) a 2004 ASP news system (NewsView.asp?ID=) served as GBK with NO charset anywhere (no meta, no header
# charset): <title> is "site--title", the title a bold <font> cell, one grey line 作者/来源/发布时间/浏览次数, the
# body as <p> in a td, 【打印本页】【关闭窗口】, 上一篇/下一篇 and a 热点新闻 column with dates
ASP2004_NO_CHARSET = """<html>
<head>
<title>江北教育信息网--区教育局召开2004年中小学安全工作会议</title>
<link rel="stylesheet" href="../css/style.css" type="text/css">
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="../images/top.jpg" width="760" height="100"></td></tr>
<tr><td height="26" background="../images/nav_bg.gif" align="center"><a href="../index.asp">首页</a> | <a href="NewsList.asp?BigClass=教育动态">教育动态</a> | <a href="NewsList.asp?BigClass=通知公告">通知公告</a> | <a href="NewsList.asp?BigClass=教学研究">教学研究</a> | <a href="NewsList.asp?BigClass=政策法规">政策法规</a> | <a href="../bbs/">教育论坛</a></td></tr>
<tr><td height="24" bgcolor="#F3F3F3">&nbsp;当前位置：<a href="../index.asp">首页</a> &gt;&gt; <a href="NewsList.asp?BigClass=教育动态">教育动态</a> &gt;&gt; 正文</td></tr>
</table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="560" valign="top">
 <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
 <tr><td height="40" align="center"><b><font size="3" color="#990000">区教育局召开2004年中小学安全工作会议</font></b></td></tr>
 <tr><td height="22" align="center" bgcolor="#F0F0F0"><font color="#666666">作者：佚名　来源：区教育局办公室　发布时间：2004-3-16 9:42:18　浏览次数：<font color="red">312</font></font></td></tr>
 <tr><td height="10"></td></tr>
 <tr><td class="content" style="line-height:180%">
 <p>　　3月15日下午，区教育局在区行政中心三楼会议室召开2004年全区中小学安全工作会议，各中小学、幼儿园校（园）长和分管安全工作的负责人共120余人参加会议。</p>
 <p>　　会议通报了2003年全区学校安全工作情况。去年全区学校未发生重大安全责任事故，但个别学校仍存在校舍年久失修、消防器材过期等隐患。</p>
 <p>　　会议对今年的学校安全工作作了部署，要求各校进一步落实安全工作责任制，校长是学校安全工作第一责任人，要层层签订安全责任书。</p>
 <p>　　会议强调，各校要在3月底前完成一次校舍、食堂、宿舍和消防设施的全面排查，建立隐患整改台账，做到发现一处、整改一处。</p>
 <p>　　区教育局副局长周建平在会上作了讲话，要求各校把安全教育纳入课程计划，每学期至少组织两次应急疏散演练。</p>
 </td></tr>
 <tr><td height="30" align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
 <tr><td height="24">上一篇：<a href="NewsView.asp?ID=1522">我区举行中小学生春季田径运动会</a><br>下一篇：<a href="NewsView.asp?ID=1524">区教研室开展初三复习研讨活动</a></td></tr>
 </table>
</td>
<td width="200" valign="top" bgcolor="#F7F7F7">
 <table width="100%" border="0" cellpadding="0" cellspacing="0">
 <tr><td height="26" background="../images/title_bg.gif"><b>&nbsp;热点新闻</b></td></tr>
 <tr><td style="line-height:160%">·<a href="NewsView.asp?ID=1519">全区教师普通话测试工作启动</a> (2004-3-10)<br>·<a href="NewsView.asp?ID=1516">我区三所学校通过省示范验收</a> (2004-3-5)<br>·<a href="NewsView.asp?ID=1510">寒假期间校舍维修工程全部完工</a> (2004-2-20)</td></tr>
 </table>
</td>
</tr>
</table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#E0E0E0">
<tr><td height="50" align="center">版权所有：江北区教育局　地址：江北区人民路88号　电话：0574-87650000<br>浙ICP备04001234号　技术支持：江北区教育信息中心</td></tr>
</table>
</body>
</html>
"""

# (2) a Dreamweaver school page of 2007 (GB2312): <title> is the editor's default "无标题文档", the title only in
# <td class="title">, an info cell 发布时间/来源/阅读, the body in <td class="content">, a 相关文章 row with dates
UNTITLED_TD_TITLE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>无标题文档</title>
<link href="css/main.css" rel="stylesheet" type="text/css" />
</head>
<body>
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td><img src="images/banner.jpg" width="900" height="130" /></td>
  </tr>
  <tr>
    <td class="menu"><a href="index.asp">学校首页</a>　<a href="list.asp?cid=1">学校概况</a>　<a href="list.asp?cid=2">校园动态</a>　<a href="list.asp?cid=3">通知公告</a>　<a href="list.asp?cid=4">德育工作</a>　<a href="list.asp?cid=5">教学科研</a>　<a href="list.asp?cid=6">家校互动</a></td>
  </tr>
</table>
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td height="30" class="weizhi">您现在的位置：<a href="index.asp">学校首页</a> &gt; <a href="list.asp?cid=3">通知公告</a></td>
  </tr>
  <tr>
    <td class="title">关于2007学年第一学期家长学校开课的通知</td>
  </tr>
  <tr>
    <td class="info">发布时间：2007-9-10　来源：德育处　阅读：<span id="hits">89</span>次</td>
  </tr>
  <tr>
    <td class="content">
      <p>各位家长：</p>
      <p>　　为帮助家长掌握科学的家庭教育方法，促进家校合作，学校定于本学期开设家长学校课程，现将有关事项通知如下：</p>
      <p>　　一、开课时间：2007年9月22日（星期六）上午8:30，以后每月第四周星期六上午上课，共四次。</p>
      <p>　　二、上课地点：学校综合楼三楼报告厅。</p>
      <p>　　三、课程内容：小学生行为习惯养成、亲子沟通技巧、学习习惯培养、青春期前期心理辅导。</p>
      <p>　　请各位家长安排好时间准时参加，因故不能参加的请提前向班主任请假。</p>
      <p align="right">甬南小学德育处</p>
      <p align="right">2007年9月10日</p>
    </td>
  </tr>
  <tr>
    <td class="xgwz"><strong>相关文章：</strong><br />
      <a href="show.asp?id=412">我校家长学校被评为市级示范家长学校</a>（2007-6-18）<br />
      <a href="show.asp?id=398">2006学年第二学期家长会安排</a>（2007-3-2）</td>
  </tr>
</table>
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td class="foot">Copyright &copy; 2007 甬南小学 版权所有　地址：甬南区育英路6号　浙ICP备07012345号</td>
  </tr>
</table>
</body>
</html>
"""

# (3) an ASP school site of 2009 (GB2312) built as ONE big <table>: a left cell with rowspan holds the 栏目导航 and
# a 最新公告 list with dates; breadcrumb, title, info line, body, print links and 上一篇/下一篇 are each a <tr> of
# the same table, next to that cell
ONE_TABLE_ROWS = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>关于做好2009年初中毕业生学业考试报名工作的通知-甬西中学</title>
<link href="style.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0" leftmargin="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/top.gif" width="778" height="110"></td></tr>
<tr><td colspan="2" height="28" align="center" background="images/menu_bg.gif"><a href="index.asp">首页</a> | <a href="list.asp?lx=1">学校概况</a> | <a href="list.asp?lx=2">学校新闻</a> | <a href="list.asp?lx=3">通知公告</a> | <a href="list.asp?lx=4">教学天地</a> | <a href="list.asp?lx=5">学生园地</a> | <a href="list.asp?lx=6">下载中心</a></td></tr>
<tr>
<td width="190" rowspan="8" valign="top" bgcolor="#EEF5FB">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="28" class="lefttitle">&nbsp;栏目导航</td></tr>
<tr><td height="22">&nbsp;&gt; <a href="list.asp?lx=3&amp;sm=1">教务通知</a></td></tr>
<tr><td height="22">&nbsp;&gt; <a href="list.asp?lx=3&amp;sm=2">德育通知</a></td></tr>
<tr><td height="22">&nbsp;&gt; <a href="list.asp?lx=3&amp;sm=3">总务通知</a></td></tr>
<tr><td height="22">&nbsp;&gt; <a href="list.asp?lx=3&amp;sm=4">招生信息</a></td></tr>
<tr><td height="28" class="lefttitle">&nbsp;最新公告</td></tr>
<tr><td style="line-height:170%">&nbsp;<a href="show.asp?id=905">五一劳动节放假通知</a> 04-28<br>&nbsp;<a href="show.asp?id=899">期中考试安排</a> 04-15<br>&nbsp;<a href="show.asp?id=891">清明节文明祭扫倡议书</a> 04-02</td></tr>
</table>
</td>
<td height="28" class="weizhi">&nbsp;当前位置：<a href="index.asp">首页</a> &gt; <a href="list.asp?lx=3">通知公告</a> &gt; <a href="list.asp?lx=3&amp;sm=1">教务通知</a></td>
</tr>
<tr><td height="46" align="center" class="biaoti"><strong>关于做好2009年初中毕业生学业考试报名工作的通知</strong></td></tr>
<tr><td height="24" align="center" class="hui">发表日期：2009年4月20日　文章来源：教务处　浏览次数：345</td></tr>
<tr><td height="8"><hr size="1" color="#CCCCCC"></td></tr>
<tr><td class="zw" valign="top" style="padding:8px 15px;line-height:200%">
<p>初三各班主任、全体初三学生：</p>
<p>　　根据市教育局《关于2009年初中毕业生学业考试与高中招生工作的通知》精神，现将我校2009年初中毕业生学业考试报名工作安排如下：</p>
<p>　　一、报名对象：我校初三年级全体学生，以及在我校借读、具有本市户籍的应届初中毕业生。</p>
<p>　　二、报名时间：2009年4月27日至4月30日，由班主任组织学生在电脑室统一进行网上报名。</p>
<p>　　三、学生须核对本人姓名、身份证号、学籍号等信息，确认无误后在报名信息表上签字，报名结束后不得更改。</p>
<p>　　报名中遇到问题，请与教务处杨老师联系，电话：0574-87341234。</p>
</td></tr>
<tr><td height="30" align="right">【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】&nbsp;</td></tr>
<tr><td height="40">上一篇：<a href="show.asp?id=901">关于初三年级体育中考的有关安排</a><br>下一篇：<a href="show.asp?id=906">2009年五一劳动节放假通知</a></td></tr>
<tr><td colspan="2" height="60" align="center" bgcolor="#3A6EA5" class="white">甬西中学 版权所有 2009　地址：甬西区学院路15号　浙ICP备09004321号</td></tr>
</table>
</body>
</html>
"""

# (4) page 1 of a three-page article on a 2009 ASP article system (GB2312): the pager "第1页 第2页 第3页 下一页"
# is the last line inside the same content cell as the text (page 1 ends mid-article, on a section's paragraph);
# 来源：网络 names no one
MULTIPAGE_1_OF_3 = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>甬东中学2009年暑期教师校本培训工作总结 - 甬东中学</title>
<link href="/skin/default.css" rel="stylesheet" type="text/css">
<script language="javascript">function ContentSize(size){ document.getElementById('MyContent').style.fontSize=size+'px'; }</script>
</head>
<body>
<div id="header"><img src="/skin/logo.jpg" alt="甬东中学"></div>
<div id="menu"><a href="/">网站首页</a> <a href="/Article/ShowClass.asp?ClassID=1">学校概况</a> <a href="/Article/ShowClass.asp?ClassID=2">学校新闻</a> <a href="/Article/ShowClass.asp?ClassID=7">教师发展</a> <a href="/Article/ShowClass.asp?ClassID=9">教育科研</a> <a href="/Soft/">资源下载</a></div>
<div id="main">
<div class="path">您现在的位置： <a href="/">甬东中学</a> &gt;&gt; <a href="/Article/ShowClass.asp?ClassID=7">教师发展</a> &gt;&gt; 正文</div>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="article">
<tr><td class="article_title" align="center"><h2>甬东中学2009年暑期教师校本培训工作总结</h2></td></tr>
<tr><td class="article_info" align="center">作者：教科室　来源：网络　更新时间：2009-9-2 16:05:47　点击数：<span id="hits">218</span>　【字体：<a href="javascript:ContentSize(16)">大</a> <a href="javascript:ContentSize(14)">中</a> <a href="javascript:ContentSize(12)">小</a>】</td></tr>
<tr><td class="article_content" id="MyContent">
<p>　　今年暑期，我校按照区教育局关于教师全员培训的统一部署，于8月17日至8月28日组织全体教师开展了为期两周的校本培训。现将培训工作总结如下。</p>
<p>　　一、精心组织，确保培训有序开展</p>
<p>　　学校成立了由校长任组长的校本培训领导小组，制订了培训方案，明确了培训内容、形式和考核办法。教科室负责日常管理，各教研组长协助做好签到和过程记录。</p>
<p>　　培训期间，全校126名教师全部参训，出勤率达到99%以上，因病请假的两位教师已在开学后完成补训。</p>
<p>　　二、内容丰富，突出实效</p>
<p>　　本次培训共安排专题讲座六场、课例研讨十二场，内容涵盖新课程理念、有效教学策略、班主任工作艺术和教师心理健康等方面，邀请了市区两级教研员和兄弟学校的骨干教师来校授课。</p>
<p align="center" class="pages">第1页　<a href="/Article/ShowArticle.asp?ArticleID=2345&amp;ArticlePage=2">第2页</a>　<a href="/Article/ShowArticle.asp?ArticleID=2345&amp;ArticlePage=3">第3页</a>　<a href="/Article/ShowArticle.asp?ArticleID=2345&amp;ArticlePage=2">下一页</a></p>
</td></tr>
<tr><td class="article_tool" align="right">【<a href="/Article/SendMail.asp?ArticleID=2345">告诉好友</a>】【<a href="/Article/Print.asp?ArticleID=2345">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>
<tr><td class="article_nav">上一篇文章：<a href="/Article/ShowArticle.asp?ArticleID=2339">我校召开2009学年第一学期开学工作会议</a><br>下一篇文章：<a href="/Article/ShowArticle.asp?ArticleID=2351">教科室组织青年教师汇报课活动</a></td></tr>
</table>
<div class="related"><b>相关文章</b><ul>
<li><a href="/Article/ShowArticle.asp?ArticleID=2101">甬东中学2009年寒假教师培训工作总结</a> [2009-2-20]</li>
<li><a href="/Article/ShowArticle.asp?ArticleID=1987">2008年暑期校本培训方案</a> [2008-7-10]</li>
</ul></div>
</div>
<div id="footer">甬东中学 版权所有 Copyright &copy; 2009　浙ICP备08054321号</div>
</body>
</html>
"""

# (5) tag soup of 2006 (GB2312): mixed-case tags, unquoted attributes, a <FONT> opened in the title cell and closed
# in the info cell, unclosed <P>, a stray </div> after the header, the body's desk credit （责任编辑：…） as its last
# line inside the body cell
BROKEN_TAG_SOUP = """<HTML>
<HEAD>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<TITLE>甬北中学食堂从业人员健康体检工作完成-甬北中学</TITLE>
<LINK href=css/style.css rel=stylesheet type=text/css>
</HEAD>
<BODY leftMargin=0 topMargin=0 bgColor=#ffffff>
<DIV id=top><IMG src=images/top.jpg width=760 height=100></DIV></DIV>
<div id=nav><A href=index.asp>首页</A> | <a href=news.asp?type=1>学校新闻</a> | <A HREF=news.asp?type=2>后勤服务</A> | <a href=news.asp?type=3>校务公开</a> | <A href=guestbook.asp>留言板</A></div>
<TABLE width=760 align=center border=0 cellPadding=0 cellSpacing=0>
<TR><td height=26>当前位置：<A href=index.asp>首页</A> &gt; <a href=news.asp?type=2>后勤服务</a></TD></TR>
<TR><TD align=center height=40><FONT color=#ff0000 size=4><B>甬北中学食堂从业人员健康体检工作完成</B></TD></TR>
<TR><td align=center height=22>信息来源：总务处　更新时间：2006-5-8 10:21:33　浏览：<B>76</B></FONT></td></TR>
<TR><TD class=content style="LINE-HEIGHT: 180%">
<P>　　为保障师生饮食安全，根据区卫生局和区教育局的要求，学校于5月6日组织食堂全体从业人员到区疾病预防控制中心进行了年度健康体检。
<P>　　本次参加体检的食堂从业人员共18人，体检项目包括胸透、肝功能、肠道带菌检查等，体检结果全部合格，均已办理健康证明。
<p>　　总务处同时对食堂从业人员进行了食品卫生知识培训，重点讲解了食品采购索证、生熟分开、餐具消毒和留样制度等内容。
<P>　　学校要求食堂严格执行晨检制度，凡有发热、腹泻、皮肤化脓性感染等症状的人员，一律暂停上岗。
<P>（责任编辑：王敏）
</TD></TR>
<TR><TD align=right height=30>【<A href="javascript:window.print()">打印</A>】【<a href=javascript:window.close()>关闭</a>】</TD></TR>
<TR><TD>上一篇：<A href=shownews.asp?id=301>学校开展春季消防安全演练</A><BR>下一篇：<a href=shownews.asp?id=305>校园绿化改造工程开工</a></TD></TR>
</TABLE></div>
<TABLE width=760 align=center border=0><TR><TD align=center bgColor=#e6e6e6 height=50>甬北中学 版权所有 2006<BR>浙ICP备06011223号</TD></TR></TABLE>
</BODY>
</HTML>
"""

# (6) a 2005 district 教育局 notice (GB2312) whose body is a <pre> inside a td: plain text pasted from a word
# processor, indented with spaces, the signature pushed right with spaces; the 来源 label printed with nothing after
PRE_BODY_EMPTY_SOURCE = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>甬南区教育局关于开展2005年冬季中小学生长跑活动的通知</title>
<style type="text/css">pre{font-family:宋体;font-size:14px;line-height:170%;white-space:pre-wrap}</style>
</head>
<body>
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td><img src="/images/jyj_top.jpg" width="760" height="90" alt="甬南区教育局"></td></tr>
<tr><td class="nav" align="center"><a href="/">首页</a> | <a href="/jyzx/">教育资讯</a> | <a href="/tzgg/">通知公告</a> | <a href="/zcfg/">政策法规</a> | <a href="/bszn/">办事指南</a></td></tr>
</table>
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td height="26">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a></td></tr>
<tr><td align="center" height="46" class="tit"><strong>甬南区教育局关于开展2005年冬季中小学生长跑活动的通知</strong></td></tr>
<tr><td align="center" height="22" class="date">发布日期：2005-11-02　来源：　</td></tr>
<tr><td class="nr">
<pre>
各中小学：
    为贯彻落实《学校体育工作条例》，增强学生体质，经研究，决定在全区中小学开展2005年冬季长跑活动。现将有关事项通知如下：
    一、活动时间：2005年11月7日至2006年1月20日。
    二、活动要求：小学三年级以上学生每天跑步不少于1000米，初中学生不少于1500米，可结合大课间活动进行。
    三、各校要做好学生健康状况排查，对有心脏病等不宜剧烈运动的学生，应安排适当的替代活动。
    四、请各校于11月15日前将活动方案报区教育局体卫艺科。
                                                  甬南区教育局
                                               2005年11月1日
</pre>
</td></tr>
<tr><td align="center" height="30">[<a href="javascript:window.print()">打印本页</a>] [<a href="javascript:window.close()">关闭窗口</a>]</td></tr>
</table>
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td align="center" class="foot">版权所有：甬南区教育局　备案号：浙ICP备05023456号</td></tr>
</table>
</body>
</html>
"""

# (7) the print view (print.asp?id=) of a 2008 school site (GB2312): no navigation at all, only the title, one
# line 来源/时间, the body, a line with the article's address and [打印本页] [关闭窗口]
PRINT_VIEW = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>关于做好2008年秋季家庭经济困难学生资助工作的通知</title>
<style type="text/css">body{margin:10px} td{font-size:14px;line-height:180%} .t{font-size:20px;font-weight:bold}</style>
</head>
<body>
<table width="640" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" class="t">关于做好2008年秋季家庭经济困难学生资助工作的通知</td></tr>
<tr><td align="center"><font color="#666666">来源：市教育局　时间：2008-10-15</font></td></tr>
<tr><td><hr size="1" noshade></td></tr>
<tr><td>
<p>各县（市）区教育局，市直属各学校：</p>
<p>　　为切实做好我市家庭经济困难学生资助工作，确保国家资助政策落到实处，现就有关事项通知如下：</p>
<p>　　一、各校要认真做好家庭经济困难学生的认定工作，坚持公开、公平、公正的原则，认定结果须在校内公示5个工作日。</p>
<p>　　二、资助资金实行专账管理，任何单位和个人不得截留、挤占和挪用。</p>
<p>　　三、各地各校要于2008年11月10日前将资助名单和资金发放情况报市教育局学生资助管理中心。</p>
</td></tr>
<tr><td><hr size="1" noshade></td></tr>
<tr><td align="center"><font color="#999999">本文地址：http://www.ybxx.example.cn/show.asp?id=678</font><br>[<a href="javascript:window.print()">打印本页</a>] [<a href="javascript:window.close()">关闭窗口</a>]</td></tr>
</table>
</body>
</html>
"""

# (8) a Hong Kong secondary school's notice of 2010 in traditional characters, served as UTF-8: labels 發佈日期 and
# 來源 in a <p class="info">, the body in div.notice_content ending with the principal's name and a date in
# 二零一零年 numerals, a reply slip deadline (三月十二日前) in the body; 版權所有 written 版權所有
HK_TRADITIONAL = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-HK">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>東灣浸信會中學 - 學校通告 - 有關2010年復活節假期安排的通告</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="wrapper">
<div id="header"><img src="/images/school_logo.gif" alt="東灣浸信會中學" /><span class="en">Tung Wan Baptist Secondary School</span></div>
<div id="menu"><a href="/index.php">首頁</a> | <a href="/about.php">學校簡介</a> | <a href="/notice.php">學校通告</a> | <a href="/parents.php">家長專區</a> | <a href="/activity.php">活動花絮</a> | <a href="/contact.php">聯絡我們</a> | <a href="/en/">English</a></div>
<div id="content">
<div class="breadcrumb">現在位置：<a href="/index.php">首頁</a> &gt; <a href="/notice.php">學校通告</a> &gt; 通告內容</div>
<h2 class="notice_title">有關2010年復活節假期安排的通告</h2>
<p class="info">通告編號：2009-10/047　發佈日期：2010-03-05　來源：校務處</p>
<div class="notice_content">
<p>敬啟者：</p>
<p>本校復活節假期由2010年4月1日（星期四）至4月10日（星期六），學生須於4月12日（星期一）返校上課。</p>
<p>假期期間，圖書館將於4月6日及4月8日上午九時至中午十二時開放，供中五及中七同學溫習之用。</p>
<p>中五級補課時間表已另行派發，請家長督促子女準時出席。</p>
<p>請家長填妥下列回條，並於三月十二日（星期五）前交回班主任。</p>
<p>此致</p>
<p>各位家長</p>
<p>校長　陳志明　謹啟</p>
<p>二零一零年三月五日</p>
</div>
<div class="attach">附件：<a href="/upload/notice/2010/047_reply.doc">回條下載</a></div>
<div class="back"><a href="/notice.php">返回通告列表</a>　<a href="javascript:window.print()">列印</a></div>
<div class="other"><h4>其他通告</h4><ul>
<li><a href="/notice.php?id=046">中一自行分配學位申請安排</a> (2010-02-26)</li>
<li><a href="/notice.php?id=045">農曆新年假期安排</a> (2010-02-05)</li>
</ul></div>
</div>
<div id="footer">版權所有 &copy; 2010 東灣浸信會中學　地址：香港新界東灣道18號　電話：2600 0000</div>
</div>
</body>
</html>
"""

# (9) a 2010 static-publishing school site (UTF-8): the publish day only in the path /news/2010/0305/123.html and in
# the <title> suffix "_2010-03-05_"; the line under the <h1> reads only 作者 and "点击：123 次"; a 最新文章 column
# with later dates
URL_TITLE_DATE_HITS = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>甬东实验学校举行2010年春季开学典礼_校园新闻_2010-03-05_甬东实验学校</title>
<meta name="keywords" content="开学典礼,甬东实验学校" />
<link rel="stylesheet" href="/templets/default/style.css" type="text/css" />
</head>
<body>
<div class="top"><a href="/"><img src="/templets/default/images/logo.png" alt="甬东实验学校" /></a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/about/">学校概况</a></li><li><a href="/news/">校园新闻</a></li><li><a href="/notice/">通知公告</a></li><li><a href="/teach/">教育教学</a></li><li><a href="/student/">学生天地</a></li></ul></div>
<div class="main">
<div class="left">
<div class="place">当前位置：<a href="/">首页</a> &gt; <a href="/news/">校园新闻</a> &gt;</div>
<div class="article">
<h1>甬东实验学校举行2010年春季开学典礼</h1>
<div class="info">作者：校办　点击：123 次</div>
<div class="text">
<p>3月5日上午，甬东实验学校全体师生在学校田径场隆重举行2010年春季开学典礼。</p>
<p>典礼在雄壮的国歌声中开始。校长李国华作了题为《做最好的自己》的讲话，他回顾了上学期学校在教育教学、校园文化建设等方面取得的成绩，对新学期提出了三点希望。</p>
<p>随后，学校对上学期获得“三好学生”“优秀学生干部”称号的86名同学进行了表彰，初二（3）班王思远同学代表受表彰学生发言。</p>
<p>教师代表张丽老师表示，全体教师将以饱满的热情投入新学期的工作，与同学们一起努力，共同进步。</p>
<p>开学典礼在全体师生的宣誓声中结束。</p>
</div>
<div class="prenext"><span>上一篇：<a href="/news/2010/0212/118.html">学校召开寒假安全教育大会</a></span><span>下一篇：<a href="/news/2010/0309/125.html">我校举行学雷锋志愿服务活动</a></span></div>
</div>
</div>
<div class="right">
<h3>最新文章</h3>
<ul>
<li><a href="/news/2010/0318/131.html">初三年级召开中考百日誓师大会</a><span>2010-03-18</span></li>
<li><a href="/news/2010/0312/128.html">学校开展植树节主题活动</a><span>2010-03-12</span></li>
<li><a href="/news/2010/0309/125.html">我校举行学雷锋志愿服务活动</a><span>2010-03-09</span></li>
</ul>
</div>
</div>
<div class="footer">Copyright &copy; 2010 甬东实验学校 版权所有　浙ICP备10003456号</div>
</body>
</html>
"""

# (10) the content frame of a 2003 FrontPage site (a <frameset> page loads main/news_show.asp in its main frame):
# <title> is the school's name, <body bgcolor>, the title a <font size="5"><b> inside <center>, one date/来源 line,
# an <hr>, the body as <p> inside a <font> in a centred table, [返回] [关闭窗口]; no navigation or footer
FRAME_CONTENT = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="GENERATOR" content="Microsoft FrontPage 4.0">
<title>甬江镇中心小学</title>
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#0000FF" vlink="#800080">
<center>
<font size="5" color="#003399"><b>我校少先队大队部开展“红领巾手拉手”捐书活动</b></font>
<br><br>
<font size="2" color="#666666">发布时间：2003年11月20日　　来源：少先队大队部　　阅读次数：56</font>
<hr width="90%" size="1" color="#999999">
</center>
<table width="90%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><font size="3">
<p>　　11月18日至19日，我校少先队大队部在全校开展了“红领巾手拉手”捐书活动，为结对的山区小学的同学们送去课外读物。</p>
<p>　　活动得到了全校少先队员的积极响应，各中队利用班会课进行了宣传，队员们纷纷拿出自己珍藏的图书和文具。</p>
<p>　　两天时间里，全校共捐献图书1360册、文具420件，其中五（2）中队捐书最多，达到156册。</p>
<p>　　大队部将对捐赠的图书进行分类整理，并附上队员们写给山区小朋友的信，于本月底统一寄出。</p>
</font></td></tr>
</table>
<center><br><a href="javascript:history.back()">[返回]</a>　<a href="javascript:window.close()">[关闭窗口]</a></center>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------------------------
# What each page shows
# ---------------------------------------------------------------------------------------------------------------

PAGES: list[Page] = [
    Page(
        "old-asp2004-no-charset-gbk",
        "http://www.jbjy.example.cn/news/NewsView.asp?ID=1523",
        ASP2004_NO_CHARSET,
        "区教育局召开2004年中小学安全工作会议",
        "2004-03-16",
        "区教育局办公室",
        "3月15日下午，区教育局在区行政中心三楼会议室召开2004年全区中小学安全工作会议，各中小学、幼儿园校（园）长和分管安全工作的负责人共120余人参加会议。",
        "区教育局副局长周建平在会上作了讲话，要求各校把安全教育纳入课程计划，每学期至少组织两次应急疏散演练。",
        ("打印本页", "我区举行中小学生春季田径运动会", "全区教师普通话测试工作启动", "热点新闻", "技术支持"),
        gbk=True,
    ),
    Page(
        "old-untitled-td-title-gbk",
        "http://www.ynxx.example.cn/show.asp?id=431",
        UNTITLED_TD_TITLE,
        "关于2007学年第一学期家长学校开课的通知",
        "2007-09-10",
        "德育处",
        "各位家长：",
        "2007年9月10日",
        ("相关文章", "我校家长学校被评为市级示范家长学校", "阅读", "您现在的位置"),
        gbk=True,
    ),
    Page(
        "old-one-table-rows-gbk",
        "http://www.yxzx.example.cn/show.asp?id=903",
        ONE_TABLE_ROWS,
        "关于做好2009年初中毕业生学业考试报名工作的通知",
        "2009-04-20",
        "教务处",
        "初三各班主任、全体初三学生：",
        "报名中遇到问题，请与教务处杨老师联系，电话：0574-87341234。",
        ("栏目导航", "最新公告", "五一劳动节放假通知", "打印此文", "关于初三年级体育中考的有关安排", "浏览次数"),
        gbk=True,
    ),
    Page(
        "old-multipage-1-of-3-gbk",
        "http://www.ydzx.example.cn/Article/ShowArticle.asp?ArticleID=2345",
        MULTIPAGE_1_OF_3,
        "甬东中学2009年暑期教师校本培训工作总结",
        "2009-09-02",
        None,  # 来源：网络 names no one
        "今年暑期，我校按照区教育局关于教师全员培训的统一部署，于8月17日至8月28日组织全体教师开展了为期两周的校本培训。现将培训工作总结如下。",
        "本次培训共安排专题讲座六场、课例研讨十二场，内容涵盖新课程理念、有效教学策略、班主任工作艺术和教师心理健康等方面，邀请了市区两级教研员和兄弟学校的骨干教师来校授课。",
        ("第1页", "第2页", "下一页", "告诉好友", "我校召开2009学年第一学期开学工作会议", "2008年暑期校本培训方案"),
        gbk=True,
    ),
    Page(
        "old-broken-tag-soup-gbk",
        "http://www.ybzx.example.cn/shownews.asp?id=303",
        BROKEN_TAG_SOUP,
        "甬北中学食堂从业人员健康体检工作完成",
        "2006-05-08",
        "总务处",
        "为保障师生饮食安全，根据区卫生局和区教育局的要求，学校于5月6日组织食堂全体从业人员到区疾病预防控制中心进行了年度健康体检。",
        "（责任编辑：王敏）",  # a desk credit inside the body cell is body
        ("信息来源", "更新时间", "学校开展春季消防安全演练", "留言板", "【打印】"),
        gbk=True,
    ),
    Page(
        "old-pre-body-empty-source-gbk",
        "http://www.ynjy.example.cn/tzgg/200511/20051102_0345.html",
        PRE_BODY_EMPTY_SOURCE,
        "甬南区教育局关于开展2005年冬季中小学生长跑活动的通知",
        "2005-11-02",
        "",  # 来源： printed with nothing after it
        "各中小学：",
        "2005年11月1日",
        ("打印本页", "发布日期", "办事指南"),
        gbk=True,
    ),
    Page(
        "old-print-view-gbk",
        "http://www.ybxx.example.cn/print.asp?id=678",
        PRINT_VIEW,
        "关于做好2008年秋季家庭经济困难学生资助工作的通知",
        "2008-10-15",
        "市教育局",
        "各县（市）区教育局，市直属各学校：",
        "三、各地各校要于2008年11月10日前将资助名单和资金发放情况报市教育局学生资助管理中心。",
        ("本文地址", "打印本页", "关闭窗口"),
        gbk=True,
    ),
    Page(
        "old-hk-traditional-utf8",
        "http://www.twbss.example.cn/notice.php?id=047",
        HK_TRADITIONAL,
        "有關2010年復活節假期安排的通告",
        "2010-03-05",
        "校務處",
        "敬啟者：",
        "二零一零年三月五日",
        ("版權所有", "其他通告", "農曆新年假期安排", "返回通告列表", "通告編號", "聯絡我們"),
    ),
    Page(
        "old-url-title-date-hits",
        "http://www.ydsy.example.cn/news/2010/0305/123.html",
        URL_TITLE_DATE_HITS,
        "甬东实验学校举行2010年春季开学典礼",
        "2010-03-05",
        None,
        "3月5日上午，甬东实验学校全体师生在学校田径场隆重举行2010年春季开学典礼。",
        "开学典礼在全体师生的宣誓声中结束。",
        ("点击：123", "最新文章", "初三年级召开中考百日誓师大会", "学校召开寒假安全教育大会"),
    ),
    Page(
        "old-frameset-content-frame-gbk",
        "http://www.yjzx.example.cn/main/news_show.asp?id=56",
        FRAME_CONTENT,
        "我校少先队大队部开展“红领巾手拉手”捐书活动",
        "2003-11-20",
        "少先队大队部",
        "11月18日至19日，我校少先队大队部在全校开展了“红领巾手拉手”捐书活动，为结对的山区小学的同学们送去课外读物。",
        "大队部将对捐赠的图书进行分类整理，并附上队员们写给山区小朋友的信，于本月底统一寄出。",
        ("阅读次数", "[返回]", "关闭窗口"),
        gbk=True,
    ),
]
