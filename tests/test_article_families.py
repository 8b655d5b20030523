"""Article pages of markup families the extractor was not tuned to, one hand-written page per template variant:

1. Chinese news portals of 2003-2012 (table layouts, GBK-era markup, 【字体：大 中 小】【打印】【关闭】, 相关新闻 lists);
2. forums (Discuz! X2.5/X3.2 and 7.2 thread pages): the body is the first post, never the replies;
3. blogs (Sina blog, WordPress themes with comments and widgets);
4. TRS / Hanweb (大汉) government portals (<meta name="ArticleTitle">, 信息公开 metadata tables, 来源 written by a
   script);
5. university portals (VSB/博达 and Sudy WebPlus with their three dated side lists);
6. odd date forms inside such pages: 2021/3/5, full-width digits, 2021.03.05, 二〇二一年三月二日 signatures and
   deadlines (截止, 前) that are not the publish date.

Every page is written by hand after the family's public template markup; no page is copied from a real site, and
names, hosts and numbers are made up. Each page states what a reader sees on it: its title, the day it was
published, its 来源 (None where the page names none), the first and last paragraphs of its body, and text of the
page's chrome that must not be in the body. One test per field, so a gap shows as the field it costs. More families
of each kind are in tests/family_pages_*.py and are checked here the same way."""

import functools

import family_pages_aspcms
import family_pages_blogcms
import family_pages_edu
import family_pages_gov
import family_pages_gov2
import family_pages_gov3
import family_pages_misc3
import family_pages_modern
import family_pages_news
import family_pages_odd
import family_pages_old
import family_pages_portals
import family_pages_public
import family_pages_regional
import family_pages_school2
import family_pages_social
import family_pages_social2
import family_pages_traps
import family_pages_traps3
import family_pages_traps4
import family_pages_traps5
import family_pages_univ
import family_pages_wechat
import family_pages_xwgk
import pytest
from family_page import CHROME, Page

from jiangbei_crawler.extract.article import parse_article
from jiangbei_crawler.extract.classify import classify

# ---------------------------------------------------------------------------------------------------------------
# 1. Chinese news portals, 2003-2012
# ---------------------------------------------------------------------------------------------------------------

# a portal of 2003: the title only in <title> and a <font><b> cell, the date line names the source without a label
# (a linked agency name after the date), the body in <font id="zoom">
NEWS_2003_FONT = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>教育部部署2003年普通高校毕业生就业工作_新闻中心_新浪网</title>
<style type="text/css">
td,p{font-size:12px} .f24{font-size:24px} .f14{font-size:14px} .l17{line-height:170%}
</style>
<script language="javascript">
function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }
</script>
</head>
<body bgcolor="#ffffff" topmargin="5" leftmargin="0">
<table width="750" border="0" cellspacing="0" cellpadding="0" align="center">
<tr>
<td width="150"><a href="http://www.sina.example.cn/"><img src="/images/sina_logo2.gif" width="143" height="40" border="0" alt="新浪网"></a></td>
<td width="600" align="right"><a href="/">新闻中心</a> | <a href="/china/">国内新闻</a> | <a href="/world/">国际新闻</a> | <a href="/society/">社会新闻</a> | <a href="/news1000/">滚动新闻</a> | <a href="/photo/">图片</a></td>
</tr>
</table>
<table width="750" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td height="24">&nbsp;<a href="/">新闻中心</a> &gt; <a href="/china/">国内新闻</a> &gt; 正文</td></tr>
</table>
<table width="750" border="0" cellspacing="0" cellpadding="0" align="center">
<tr>
<td width="560" valign="top">
 <table width="560" border="0" cellspacing="0" cellpadding="0">
 <tr><td height="40" align="center"><font class="f24" color="#05006C"><b>教育部部署2003年普通高校毕业生就业工作</b></font></td></tr>
 <tr><td align="center" height="20"><font color="#A20010">http://news.sina.example.cn 2003年03月05日10:20 <a href="http://www.xinhuanet.example.cn/" target="_blank">新华网</a></font></td></tr>
 <tr><td><hr size="1" color="#CCCCCC"></td></tr>
 <tr><td class="l17"><font id="zoom" class="f14">
<p>　　新华网北京3月5日电（记者 张华）教育部今天在京召开2003年全国普通高校毕业生就业工作会议，对今年毕业生就业工作作出全面部署。</p>
<p>　　据介绍，今年全国普通高校毕业生总数为212万人，比去年增加67万人，增幅达46%，就业形势十分严峻。</p>
<p>　　会议要求，各地各高校要把毕业生就业工作作为一项重要任务，实行“一把手”工程，建立健全就业指导和服务机构，切实做到机构、人员、经费三到位。</p>
<p>　　会议强调，要积极鼓励和引导毕业生到西部地区、基层单位和艰苦行业就业，对到县以下基层单位就业的毕业生，可先就业后落户。</p>
<p>　　教育部有关负责人表示，将于近期开通全国大学生就业信息网，为毕业生和用人单位提供及时、便捷的信息服务。</p>
 </font></td></tr>
 <tr><td align="right" height="30">【<a href="/comment/?id=933123">评论</a>】【<a href="/recommend/?id=933123">推荐</a>】【字号 <a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】【<a href="#" onclick="window.print();return false;">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
 </table>
 <table width="560" border="0" cellspacing="0" cellpadding="0">
 <tr><td height="24" bgcolor="#EEF3FA"><b>&nbsp;相关新闻</b></td></tr>
 <tr><td class="f14" style="line-height:180%">
 &middot;<a href="/c/2003-03-03/1520932001.shtml" target="_blank">北京高校毕业生供需见面会吸引万余人</a> <font color="#666666">(2003-03-03 15:20)</font><br>
 &middot;<a href="/c/2003-02-27/0912931502.shtml" target="_blank">人事部出台措施鼓励毕业生到基层工作</a> <font color="#666666">(2003-02-27 09:12)</font><br>
 &middot;<a href="/c/2003-02-20/1745930877.shtml" target="_blank">专家谈大学生择业观念转变</a> <font color="#666666">(2003-02-20 17:45)</font><br>
 </td></tr>
 </table>
 <table width="560" border="0" cellspacing="0" cellpadding="0">
 <tr><td height="30"><form action="/search/" method="get">新闻查询 <input name="q" size="20"> <input type="submit" value="搜索"></form></td></tr>
 </table>
</td>
<td width="190" valign="top">
 <table width="180" border="0" cellspacing="0" cellpadding="0" align="right">
 <tr><td height="24" bgcolor="#EEF3FA"><b>&nbsp;新闻排行</b></td></tr>
 <tr><td style="line-height:160%">1.<a href="/c/1.shtml">两会代表委员抵京报到</a><br>2.<a href="/c/2.shtml">春运客流今日达到高峰</a><br>3.<a href="/c/3.shtml">全国大部地区气温回升</a><br>4.<a href="/c/4.shtml">上海发布今年城市建设计划</a></td></tr>
 </table>
</td>
</tr>
</table>
<table width="750" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td align="center" height="60"><a href="/about/">新浪简介</a> | <a href="/about/en/">About Sina</a> | <a href="/ads/">广告服务</a> | <a href="/contact/">联系我们</a> | <a href="/job/">招聘信息</a> | <a href="/lawfirm/">网站律师</a> | <a href="/register/">会员注册</a> | <a href="/help/">产品答疑</a><br>
Copyright &copy; 1996 - 2003 SINA Inc. All Rights Reserved<br>版权所有 新浪网 京ICP证000007</td></tr>
</table>
</body>
</html>
"""

# a provincial portal of 2008: <h1>, a date line "2008-03-05 10:20:33　来源: 人民网　作者：", the body in a div the
# known container names do not cover, 相关新闻 with dates and a comment form after it
NEWS_2008_INFO = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>全国人大代表热议义务教育均衡发展-新闻中心-浙东在线</title>
<meta name="keywords" content="义务教育,均衡发展,两会" />
<link href="/css/article.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="top"><a href="/"><img src="/images/logo.gif" alt="浙东在线" /></a>
<div class="topnav"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/finance/">财经</a> | <a href="/edu/">教育</a> | <a href="/travel/">旅游</a> | <a href="/bbs/">论坛</a> | <a href="/blog/">博客</a></div></div>
<div id="banner"><script type="text/javascript" src="/ad/top_banner.js"></script></div>
<div class="dh">您的位置：<a href="/">浙东在线</a> &gt;&gt; <a href="/news/">新闻中心</a> &gt;&gt; <a href="/news/guonei/">国内新闻</a></div>
<div id="main">
<div id="left">
<h1>全国人大代表热议义务教育均衡发展</h1>
<div class="info">2008-03-05 10:20:33　来源: 人民网　作者：　</div>
<div class="artCon">
<p>　　人民网北京3月5日电　十一届全国人大一次会议今天上午开幕。在随后的代表团分组审议中，义务教育均衡发展成为代表们热议的话题。</p>
<p>　　来自浙江的一位人大代表说，近年来农村义务教育经费保障机制改革成效明显，学生全部免除了学杂费，但城乡之间在师资和办学条件上仍有不小差距。</p>
<p>　　另一位来自西部地区的代表建议，应当加大对农村学校教师的补助力度，建立城镇教师到农村学校任教的制度，让优秀教师“下得去、留得住”。</p>
<p>　　代表们普遍认为，推进义务教育均衡发展，关键在于合理配置教育资源，逐步缩小区域、城乡和校际之间的差距。</p>
</div>
<div class="tool">【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="xgxw">
<h3>相关新闻</h3>
<ul>
<li><a href="/news/guonei/200803/t20080304_100234.htm">政协委员建议提高农村教师待遇</a> <span>(2008-03-04)</span></li>
<li><a href="/news/guonei/200803/t20080303_100102.htm">温家宝：让每个孩子都能上得起学</a> <span>(2008-03-03)</span></li>
<li><a href="/news/guonei/200802/t20080228_099876.htm">我省今年将新建农村寄宿制学校30所</a> <span>(2008-02-28)</span></li>
</ul>
</div>
<div class="pl">
<h3>网友评论</h3>
<p class="pl_note">发表评论请遵守国家法律法规，评论仅代表网友个人观点。</p>
<form action="/comment/post.asp" method="post"><textarea name="content" rows="5" cols="60"></textarea><br />
用户名：<input name="user" /> <input type="submit" value="发表评论" /></form>
</div>
</div>
<div id="right">
<div class="box"><h3>图片新闻</h3><a href="/photo/1.htm"><img src="/photo/1.jpg" /></a><p>代表委员抵京报到</p></div>
<div class="box"><h3>热点排行</h3><ol><li><a href="/n/1.htm">我省两会代表团抵京</a></li><li><a href="/n/2.htm">今年物价调控目标确定</a></li><li><a href="/n/3.htm">春季招聘会本周开幕</a></li></ol></div>
</div>
</div>
<div id="footer"><a href="/about/">关于我们</a> | <a href="/ad/">广告服务</a> | <a href="/contact/">联系方式</a><br />
浙东在线新闻网站 版权所有 Copyright &copy; 2008 All Rights Reserved 浙ICP备05001234号</div>
</body>
</html>
"""

# a portal of 2011: spans of a title bar on their own source lines, the body in a container of the portal's own
# name, related news and a comment list after it
NEWS_2011_BAR = """<!DOCTYPE html>
<html>
<head>
<meta charset="gb2312">
<title>教育部：今年将新建改扩建农村学校食堂一万所_新闻_环宇网</title>
<meta name="keywords" content="教育部,农村学校,食堂">
<script src="/js/common.js"></script>
</head>
<body>
<div id="Header">
 <div class="logo"><a href="/"><img src="/images/logo.png" alt="环宇网"></a></div>
 <div class="nav"><a href="/">首页</a> <a href="/china/">国内</a> <a href="/world/">国际</a> <a href="/society/">社会</a> <a href="/edu/">教育</a> <a href="/comment/">评论</a></div>
</div>
<div id="C-Main-Article">
 <div class="crumbs"><a href="/">环宇网</a> &gt; <a href="/">新闻</a> &gt; <a href="/china/">国内新闻</a> &gt; 正文</div>
 <div class="hd">
  <h1>教育部：今年将新建改扩建农村学校食堂一万所</h1>
  <div class="tit-bar">
   <span class="color-a-0"><a href="/china/">国内新闻</a></span>
   <span class="color-a-1">来源：<a href="http://www.chinanews.example.cn/" target="_blank">中国新闻网</a></span>
   <span class="article-time">2011年03月05日10:20</span>
   <span class="color-a-3"><a href="#comment">我要评论(128)</a></span>
  </div>
 </div>
 <div id="Cnt-Main-Article" bossZone="content">
  <P style="TEXT-INDENT: 2em">中新网3月5日电 据教育部网站消息，教育部今天发布通知，要求各地今年新建、改扩建农村义务教育学校食堂一万所，切实改善农村寄宿学生的就餐条件。</P>
  <P style="TEXT-INDENT: 2em">通知指出，一些地方农村学校没有食堂或者食堂条件简陋，学生只能在教室或宿舍就餐，饮食卫生和营养状况难以保证。</P>
  <P style="TEXT-INDENT: 2em">通知要求，各地要把食堂建设纳入农村义务教育学校校舍建设规划，优先安排寄宿制学校，所需资金由地方各级财政统筹解决，中央财政给予奖补。</P>
  <P style="TEXT-INDENT: 2em">通知还强调，学校食堂要坚持公益性原则，不得对外承包经营，不得以营利为目的。</P>
 </div>
 <div class="ft">
  <div class="fontsize">【字号 <a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
  <div class="editor">(责任编辑：刘洋)</div>
 </div>
 <div id="relInfo">
  <h3>相关新闻</h3>
  <ul>
   <li><a href="/a/20110303/000456.htm">财政部下达农村校舍改造专项资金</a> <span>2011-03-03</span></li>
   <li><a href="/a/20110301/000789.htm">多地启动学生营养改善计划试点</a> <span>2011-03-01</span></li>
   <li><a href="/a/20110226/000321.htm">农村寄宿制学校生活补助标准提高</a> <span>2011-02-26</span></li>
  </ul>
 </div>
 <div id="comment">
  <div class="cmtHd">网友评论 <a href="/comment/?id=000123">查看全部评论</a></div>
  <div class="cmtItem"><span class="user">环宇网友 湖南长沙</span> <span class="time">2011-03-05 11:02</span><p>终于有人关心孩子们吃饭的问题了，点个赞。</p></div>
  <div class="cmtItem"><span class="user">环宇网友 四川绵阳</span> <span class="time">2011-03-05 12:15</span><p>希望资金落实到位，别让好政策走了样。</p></div>
  <textarea id="cmtText" name="content"></textarea><button>提交评论</button>
 </div>
</div>
<div id="Footer">
 <p><a href="/about/">关于环宇</a> | <a href="/ad/">广告服务</a> | <a href="/job/">诚聘英才</a></p>
 <p>Copyright &copy; 1998 - 2011 Huanyu. All Rights Reserved 环宇公司 版权所有 粤ICP备05012345号</p>
</div>
</body>
</html>
"""

# a newspaper site of 2006 in GBK: <title> is "paper--title", the title a <b> in a bare cell, the date line with
# 来源 and 【字体：大 中 小】【打印】【关闭】 on one line, the body in a Founder <founder-content> block
NEWS_2006_PAPER = """<HTML>
<HEAD>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<TITLE>甬江日报--我市今年新建改扩建中小学校舍12万平方米</TITLE>
<LINK href="/css/style.css" type=text/css rel=stylesheet>
</HEAD>
<BODY leftMargin=0 topMargin=0>
<TABLE cellSpacing=0 cellPadding=0 width=778 align=center border=0>
<TR><TD><IMG src="/images/top_banner.jpg" width=778 height=90></TD></TR>
<TR><TD class=menu height=26 align=center><A href="/">首页</A> | <A href="/nbrb/">甬江日报</A> | <A href="/wb/">甬江晚报</A> | <A href="/dsq/">东南商报</A> | <A href="/news/">新闻中心</A> | <A href="/bbs/">甬江论坛</A></TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=778 align=center border=0>
<TR>
<TD vAlign=top width=578>
 <TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>
 <TR><TD height=28>当前位置：<A href="/">首页</A> &gt; <A href="/news/">新闻中心</A> &gt; <A href="/news/city/">本地新闻</A></TD></TR>
 <TR><TD align=center height=50><B><FONT style="FONT-SIZE: 20px" color=#003399>我市今年新建改扩建中小学校舍12万平方米</FONT></B></TD></TR>
 <TR><TD align=center height=24 bgColor=#f2f2f2>2006年08月15日 09:32　来源：甬江日报　【字体：<A href="javascript:doZoom(16)">大</A> <A href="javascript:doZoom(14)">中</A> <A href="javascript:doZoom(12)">小</A>】【<A href="javascript:window.print()">打印</A>】【<A href="javascript:window.close()">关闭</A>】</TD></TR>
 <TR><TD style="PADDING: 10px; LINE-HEIGHT: 180%">
 <DIV id=ozoom style="ZOOM: 100%"><founder-content>
 <P>　　本报讯（记者 陈静 通讯员 王军）记者昨日从市教育局获悉，今年我市共安排中小学校舍新建、改扩建项目46个，总建筑面积12万平方米，总投资3.2亿元。</P>
 <P>　　这些项目中，新建学校9所，改扩建学校37所，其中农村学校项目占六成以上。目前已有31个项目开工，预计大部分项目可在秋季开学前投入使用。</P>
 <P>　　市教育局有关负责人介绍，今年的校舍建设重点向外来务工人员子女较集中的城郊结合部倾斜，新增学位约8000个。</P>
 <P>　　据了解，市教育局还将会同有关部门加强对在建项目的质量和安全监管，确保每一个项目都建成放心工程。</P>
 </founder-content></DIV>
 </TD></TR>
 <TR><TD align=right>（编辑：林晓）</TD></TR>
 </TABLE>
 <TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>
 <TR><TD class=title2 height=24>&nbsp;相关稿件</TD></TR>
 <TR><TD>
 &middot;<A href="/news/city/2006-08/10/content_120001.htm">暑期校舍安全大检查全面展开</A>&nbsp;(2006-08-10)<BR>
 &middot;<A href="/news/city/2006-08/02/content_118765.htm">外来务工人员子女入学政策出台</A>&nbsp;(2006-08-02)<BR>
 &middot;<A href="/news/city/2006-07/28/content_117654.htm">我市新增两所寄宿制初中</A>&nbsp;(2006-07-28)<BR>
 </TD></TR>
 </TABLE>
</TD>
<TD vAlign=top width=200 bgColor=#f7f7f7>
 <TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>
 <TR><TD height=24><B>&nbsp;今日要闻</B></TD></TR>
 <TR><TD>&middot;<A href="/n/1.htm">城市轨道交通规划获批</A><BR>&middot;<A href="/n/2.htm">台风“桑美”逼近沿海</A><BR>&middot;<A href="/n/3.htm">港口吞吐量再创新高</A></TD></TR>
 </TABLE>
</TD>
</TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=778 align=center border=0>
<TR><TD align=center height=60 bgColor=#eeeeee>版权所有 甬江日报报业集团 Copyright &copy; 2006<BR>未经授权禁止转载、摘编、复制或建立镜像 浙ICP备05098765号</TD></TR>
</TABLE>
</BODY>
</HTML>
"""

# ---------------------------------------------------------------------------------------------------------------
# 2. Forums
# ---------------------------------------------------------------------------------------------------------------

DISCUZ_HEAD = """<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="javascript:;" onclick="setHomepage()">设为首页</a><a href="javascript:;" onclick="addFavorite()">收藏本站</a></div><div class="y"><a id="switchwidth" href="javascript:;">切换到宽版</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="{site}"><img src="static/image/common/logo.png" alt="{site}" border="0" /></a></h2>
<form method="post" autocomplete="off" id="lsform" action="member.php?mod=logging&amp;action=login"><div class="fastlg cl"><table cellspacing="0" cellpadding="0"><tr><td><label for="ls_username">用户名</label></td><td><input type="text" name="username" id="ls_username" class="px vm" /></td><td class="fastlg_l"><label for="ls_cookietime"><input type="checkbox" name="cookietime" id="ls_cookietime" class="pc" value="2592000" />自动登录</label></td><td>&nbsp;<a href="javascript:;">找回密码</a></td></tr><tr><td><label for="ls_password">密码</label></td><td><input type="password" name="password" id="ls_password" class="px vm" /></td><td class="fastlg_l"><button type="submit" class="pn vm"><em>登录</em></button></td><td>&nbsp;<a href="member.php?mod=register" class="xi2 xw1">立即注册</a></td></tr></table></div></form></div>
<div id="nv"><ul><li class="a" id="mn_forum"><a href="forum.php" hidefocus="true">论坛<span>BBS</span></a></li><li id="mn_home"><a href="home.php" hidefocus="true">家园<span>Space</span></a></li><li id="mn_group"><a href="group.php" hidefocus="true">群组<span>Group</span></a></li><li id="mn_misc"><a href="misc.php?mod=ranklist" hidefocus="true">排行榜<span>Ranklist</span></a></li></ul></div>
<div id="scbar" class="cl"><form id="scbar_form" method="post" action="search.php?searchsubmit=yes"><input type="text" name="srchtxt" id="scbar_txt" value="请输入搜索内容" /><button type="submit" id="scbar_btn" class="pn pnc"><strong class="xi2">搜索</strong></button></form></div>
</div></div>"""

DISCUZ_FOOT = """<div id="ft" class="wp cl">
<div id="flk" class="y"><p><a href="mailto:admin@{host}">联系我们</a><span class="pipe">|</span><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><strong><a href="http://{host}/" target="_blank">{site}</a></strong> ( <a href="http://www.miibeian.example.cn/" target="_blank">浙ICP备{icp}号</a> )</p>
<p class="xs0">GMT+8, {now}<span id="debuginfo">, Processed in 0.052142 second(s), 8 queries.</span></p></div>
<div id="frt"><p>Powered by <strong><a href="http://www.discuz.example.net" target="_blank">Discuz!</a></strong> <em>{version}</em></p><p class="xs0">&copy; 2001-2012 <a href="http://www.comsenz.example.com" target="_blank">Comsenz Inc.</a></p></div>
</div>"""


def discuz_author(pid, uid, name, group, posts, threads, credits):
    """The author column of a Discuz! X post: name, avatar, counts and group."""
    return f"""<td class="pls" rowspan="2"><div id="favatar{pid}" class="pls favatar"><div class="pi"><div class="authi"><a href="space-uid-{uid}.html" target="_blank" class="xw1">{name}</a></div></div>
<div><div class="avatar"><a href="space-uid-{uid}.html" target="_blank"><img src="uc_server/avatar.php?uid={uid}&amp;size=middle" /></a></div></div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="home.php?mod=space&amp;uid={uid}&amp;do=thread&amp;type=thread&amp;view=me&amp;from=space" class="xi2">{threads}</a></p>主题</th><th><p><a href="home.php?mod=space&amp;uid={uid}&amp;do=thread&amp;type=reply&amp;view=me&amp;from=space" class="xi2">{posts}</a></p>帖子</th><td><p><a href="home.php?mod=space&amp;uid={uid}&amp;do=profile" class="xi2">{credits}</a></p>积分</td></table></div>
<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=1" target="_blank">{group}</a></em></p>
<dl class="pil cl"><dt>积分</dt><dd><a href="home.php?mod=space&amp;uid={uid}&amp;do=profile" target="_blank" class="xi2">{credits}</a></dd></dl>
</div></td>"""


def discuz_post_tail(pid):
    return f"""<tr id="_postposition{pid}"></tr>
<tr><td class="pls"></td><td class="plc" style="overflow:visible;"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;repquote={pid}">回复</a><a class="replyadd" href="javascript:;">支持 <span>0</span></a><a class="replysubtract" href="javascript:;">反对 <span>0</span></a></em><p><a href="javascript:;" id="mgc_post_{pid}" class="showmenu">使用道具</a><a href="javascript:;" onclick="showWindow('miscreport{pid}')">举报</a></p></div></div></td></tr>"""


# Discuz! X2.5: the thread type in front of the subject in <h1>, the first post's date line between the title and the
# body, three replies below, the signature after the first post, and the footer's "GMT+8, date" of the page's render
DISCUZ_X25 = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>关于2012年春季学期教材征订工作的通知 - 教务公告 - 江北实验中学论坛 - Powered by Discuz!</title>
<meta name="keywords" content="关于2012年春季学期教材征订工作的通知" />
<meta name="description" content="关于2012年春季学期教材征订工作的通知 ,江北实验中学论坛" />
<meta name="generator" content="Discuz! X2.5" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Q3a" />
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Q3a', charset = 'gbk', discuz_uid = '0', cookiepre = 'Ab3c_', cookiedomain = '', cookiepath = '/';</script>
<script src="data/cache/common.js?Q3a" type="text/javascript"></script>
</head>
<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
{DISCUZ_HEAD.format(site="江北实验中学论坛")}
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">江北实验中学论坛</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum.php?gid=1">校园资讯</a> <em>&rsaquo;</em> <a href="forum-2-1.html">教务公告</a> <em>&rsaquo;</em> <a href="thread-1001-1-1.html">关于2012年春季学期教材征订工作的通知</a></div></div>
<div id="ct" class="wp cl">
<div id="pgt" class="pgs mbm cl "><div class="pgt"></div><span class="y pgb"><a href="forum-2-1.html">返回列表</a></span><a id="newspecial" href="forum.php?mod=post&amp;action=newthread&amp;fid=2" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖" /></a><a id="post_reply" href="forum.php?mod=post&amp;action=reply&amp;fid=2&amp;tid=1001" title="回复"><img src="static/image/common/pn_reply.png" alt="回复" /></a></div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr>
<td class="pls ptm pbm"><div class="hm"><span class="xg1">查看:</span> <span class="xi1">1862</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">3</span></div></td>
<td class="plc ptm pbn vwthd"><div class="y"><a href="forum.php?mod=viewthread&amp;action=printable&amp;tid=1001" title="打印" target="_blank"><img src="static/image/common/print.png" alt="打印" class="vm" /></a><a href="forum.php?mod=redirect&amp;goto=nextoldset&amp;tid=1001" title="上一主题"><img src="static/image/common/thread-prev.png" alt="上一主题" class="vm" /></a><a href="forum.php?mod=redirect&amp;goto=nextnewset&amp;tid=1001" title="下一主题"><img src="static/image/common/thread-next.png" alt="下一主题" class="vm" /></a></div>
<h1 class="ts"><a href="forum.php?mod=forumdisplay&amp;fid=2&amp;filter=typeid&amp;typeid=3">[通知]</a>
<span id="thread_subject">关于2012年春季学期教材征订工作的通知</span></h1>
<span class="xg1"><a href="thread-1001-1-1.html" onclick="return copyThreadUrl(this, '江北实验中学论坛')">[复制链接]</a></span>
</td></tr></table>
<table cellspacing="0" cellpadding="0" class="ad"><tr><td class="pls"></td><td class="plc"></td></tr></table>
<div id="post_1001"><table id="pid1001" class="plhin" summary="pid1001" cellspacing="0" cellpadding="0"><tr>
{discuz_author(1001, 1, "jwc_admin", "管理员", 312, 86, 2451)}
<td class="plc"><div class="pi"><strong><a href="thread-1001-1-1.html" id="postnum1001" onclick="setCopy(this.href, '帖子地址复制成功');return false;">楼主</a></strong>
<div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" id="authicon1001" src="static/image/common/online_admin.gif" />
<em id="authorposton1001">发表于 2012-3-5 10:20</em>
<span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=1001&amp;page=1&amp;authorid=1" rel="nofollow">只看该作者</a></div></div></div>
<div class="pct"><style type="text/css">.pcb{{margin-right:0}}</style><div class="pcb"><div class="t_fsz">
<table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_1001">
各年级组、教研组：<br />
<br />
　　为做好2012年春季学期教材征订工作，确保开学前“课前到书、人手一册”，现将有关事项通知如下：<br />
　　一、各年级组以班级为单位统计学生用书数量，教研组统计教师用书和教学参考资料数量。<br />
　　二、统计表请于3月9日（星期五）前交教务处，逾期视为不征订。<br />
　　三、征订教辅资料须严格执行“一科一辅”规定，坚持自愿原则，不得强制或变相强制学生购买。<br />
<br />
江北实验中学教务处<br />
2012年3月5日</td></tr></table>
</div><div id="comment_1001" class="cm"></div><div id="post_rate_div_1001"></div></div></div>
</td></tr>
<tr><td class="plc plm"><div class="sign" style="max-height:100px;">教务处竭诚为全校师生服务</div></td></tr>
{discuz_post_tail(1001)}
</table></div>
<div id="post_1002"><table id="pid1002" class="plhin" summary="pid1002" cellspacing="0" cellpadding="0"><tr>
{discuz_author(1002, 35, "语文组老陈", "注册会员", 128, 12, 356)}
<td class="plc"><div class="pi"><strong><a href="thread-1001-1-1.html#pid1002" id="postnum1002">沙发</a></strong>
<div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" src="static/image/common/online_member.gif" />
<em id="authorposton1002">发表于 2012-3-5 11:02</em>
<span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=1001&amp;page=1&amp;authorid=35" rel="nofollow">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_1002">
收到，语文组已经开始统计，周四前报送。</td></tr></table></div></div></div>
</td></tr>
{discuz_post_tail(1002)}
</table></div>
<div id="post_1003"><table id="pid1003" class="plhin" summary="pid1003" cellspacing="0" cellpadding="0"><tr>
{discuz_author(1003, 48, "初二年级组", "注册会员", 57, 4, 120)}
<td class="plc"><div class="pi"><strong><a href="thread-1001-1-1.html#pid1003" id="postnum1003">板凳</a></strong>
<div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" src="static/image/common/online_member.gif" />
<em id="authorposton1003">发表于 2012-3-6 08:15</em>
<span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=1001&amp;page=1&amp;authorid=48" rel="nofollow">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_1003">
请问物理实验册是否统一征订？去年有几个班是自己购买的。</td></tr></table></div></div></div>
</td></tr>
{discuz_post_tail(1003)}
</table></div>
<div id="post_1004"><table id="pid1004" class="plhin" summary="pid1004" cellspacing="0" cellpadding="0"><tr>
{discuz_author(1004, 1, "jwc_admin", "管理员", 312, 86, 2451)}
<td class="plc"><div class="pi"><strong><a href="thread-1001-1-1.html#pid1004" id="postnum1004">地板</a></strong>
<div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" src="static/image/common/online_admin.gif" />
<em id="authorposton1004">发表于 2012-3-6 09:40</em>
<span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=1001&amp;page=1&amp;authorid=1" rel="nofollow">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_1004">
物理实验册今年统一征订，请在统计表中单列一栏。</td></tr></table></div></div></div>
</td></tr>
{discuz_post_tail(1004)}
</table></div>
<div id="postlistreply" class="pl"><div id="post_new" class="viewthread_table" style="display: none"></div></div>
</div>
<div class="pgs mtm mbm cl"><span class="pgb y"><a href="forum-2-1.html">返回列表</a></span></div>
<div id="f_pst" class="pl bm bmw"><form method="post" autocomplete="off" id="fastpostform" action="forum.php?mod=post&amp;action=reply&amp;fid=2&amp;tid=1001&amp;extra=&amp;replysubmit=yes">
<table cellspacing="0" cellpadding="0"><tr><td class="pls"></td><td class="plc"><span id="fastpostreturn"></span>
<div class="cl"><div class="area"><textarea rows="6" cols="80" name="message" id="fastpostmessage" class="pt"></textarea></div></div>
<p class="ptm pnpost"><button type="submit" name="replysubmit" id="fastpostsubmit" class="pn pnc vm" value="replysubmit"><strong>发表回复</strong></button><label for="fastpostrefresh"><input id="fastpostrefresh" type="checkbox" class="pc" />回帖后跳转到最后一页</label></p>
</td></tr></table></form></div>
</div></div>
{DISCUZ_FOOT.format(host="bbs.jbsyzx.example.cn", site="江北实验中学", icp="05012345", now="2012-3-12 15:47", version="X2.5")}
</body>
</html>
"""

# Discuz! X3.2 of a capture made days after the post: the post dates are relative ("3 天前", "前天 19:20"), the full
# date only in a span's title; the first post was edited a day later (本帖最后由 … 编辑)
DISCUZ_X32 = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>高一新生军训安排及注意事项 - 新生专区 - 甬城中学论坛 -  Powered by Discuz!</title>
<meta name="keywords" content="高一新生军训安排及注意事项" />
<meta name="generator" content="Discuz! X3.2" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2013 Comsenz Inc." />
<base href="http://bbs.yczx.example.cn/" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?xU7" />
</head>
<body id="nv_forum" class="pg_viewthread">
{DISCUZ_HEAD.format(site="甬城中学论坛")}
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">甬城中学论坛</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum.php?gid=36">新生园地</a> <em>&rsaquo;</em> <a href="forum.php?mod=forumdisplay&amp;fid=41">新生专区</a> <em>&rsaquo;</em> <a href="forum.php?mod=viewthread&amp;tid=2001">高一新生军训安排及注意事项</a></div></div>
<div id="ct" class="wp cl">
<div id="pgt" class="pgs mbm cl "><div class="pgt"></div><span class="y pgb"><a href="forum.php?mod=forumdisplay&amp;fid=41">返回列表</a></span><a id="newspecial" href="forum.php?mod=post&amp;action=newthread&amp;fid=41" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖" /></a></div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr>
<td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">3417</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">2</span></div></td>
<td class="plc ptm pbn vwthd"><div class="y"><a href="forum.php?mod=viewthread&amp;action=printable&amp;tid=2001" title="打印" target="_blank"><img src="static/image/common/print.png" alt="打印" class="vm" /></a></div>
<h1 class="ts"><span id="thread_subject">高一新生军训安排及注意事项</span></h1>
<span class="xg1"><a href="forum.php?mod=viewthread&amp;tid=2001" onclick="return copyThreadUrl(this, '甬城中学论坛')">[复制链接]</a></span>
</td></tr></table>
<div id="post_2001"><table id="pid2001" class="plhin" summary="pid2001" cellspacing="0" cellpadding="0"><tr>
{discuz_author(2001, 2, "学生处", "管理员", 512, 45, 3021)}
<td class="plc"><div class="pi"><div id="fj" class="y"><label class="z">电梯直达</label><input type="text" class="px p_fre z" size="2" id="fj_pid" /></div><strong><a href="forum.php?mod=viewthread&amp;tid=2001" id="postnum2001">楼主</a></strong>
<div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" id="authicon2001" src="static/image/common/online_admin.gif" />
<em id="authorposton2001">发表于 <span title="2016-9-12 08:41:27">3&nbsp;天前</span></em>
<span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=2001&amp;page=1&amp;authorid=2" rel="nofollow">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz">
<table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_2001">
<i class="pstatus"> 本帖最后由 学生处 于 2016-9-13 09:02 编辑 </i><br />
<br />
各位同学、家长：<br />
　　2016级高一新生军训定于9月19日至9月25日在学校操场进行，为期七天。<br />
　　军训期间，学生须穿着学校统一发放的军训服装和运动鞋，不得佩戴首饰。<br />
　　请家长为孩子准备好水杯、防晒用品和常用药品，有特殊疾病的学生请提前向班主任说明情况。<br />
　　军训期间实行全封闭管理，学生一律在校住宿，周末不离校。<br />
请大家相互转告。</td></tr></table>
</div><div id="comment_2001" class="cm"></div></div></div>
</td></tr>
{discuz_post_tail(2001)}
</table></div>
<div id="post_2002"><table id="pid2002" class="plhin" summary="pid2002" cellspacing="0" cellpadding="0"><tr>
{discuz_author(2002, 1088, "高一3班家长", "新手上路", 3, 0, 8)}
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid=2001&amp;pid=2002" id="postnum2002">沙发</a></strong>
<div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" src="static/image/common/online_member.gif" />
<em id="authorposton2002">发表于 <span title="2016-9-13 19:20:11">前天&nbsp;19:20</span></em></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_2002">
请问军训服装是开学当天发还是报到时发？</td></tr></table></div></div></div>
</td></tr>
{discuz_post_tail(2002)}
</table></div>
<div id="post_2003"><table id="pid2003" class="plhin" summary="pid2003" cellspacing="0" cellpadding="0"><tr>
{discuz_author(2003, 2, "学生处", "管理员", 512, 45, 3021)}
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid=2001&amp;pid=2003" id="postnum2003">板凳</a></strong>
<div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" src="static/image/common/online_admin.gif" />
<em id="authorposton2003">发表于 <span title="2016-9-14 21:03:45">昨天&nbsp;21:03</span></em></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_2003">
报到当天由班主任统一发放，请按尺码登记表领取。</td></tr></table></div></div></div>
</td></tr>
{discuz_post_tail(2003)}
</table></div>
</div>
<div id="f_pst" class="pl bm bmw"><form method="post" autocomplete="off" id="fastpostform" action="forum.php?mod=post&amp;action=reply&amp;fid=41&amp;tid=2001&amp;replysubmit=yes">
<table cellspacing="0" cellpadding="0"><tr><td class="pls"></td><td class="plc"><div class="area"><div class="pt hm">您需要登录后才可以回帖 <a href="member.php?mod=logging&amp;action=login" class="xi2">登录</a> | <a href="member.php?mod=register" class="xi2">立即注册</a></div></div></td></tr></table></form></div>
</div></div>
{DISCUZ_FOOT.format(host="bbs.yczx.example.cn", site="甬城中学", icp="14023456", now="2016-9-15 10:12", version="X3.2")}
</body>
</html>
"""

# Discuz! 7.2: the subject's <h1> sits inside the first post, after its date line; each author column is a <dl> of
# UID, 帖子, 积分 and 注册时间 (a reply's comes right after the first post's body)
DISCUZ_72 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>校运会男子4×100米接力决赛回顾 - 体育天地 - 甬江中学论坛 - Powered by Discuz!</title>
<meta name="generator" content="Discuz! 7.2" />
<link rel="stylesheet" type="text/css" href="forumdata/cache/style_1_common.css?lhN" />
</head>
<body onkeydown="if(event.keyCode==27) return false;">
<div id="header"><div class="wrap s_clear"><h2><a href="index.php" title="甬江中学论坛"><img src="images/default/logo.gif" alt="甬江中学论坛" border="0" /></a></h2>
<div id="umenu"><a href="logging.php?action=login">登录</a><a href="register.php" class="noborder">注册</a></div>
<div id="ad_headerbanner"></div>
<div id="menu"><ul><li class="menu_1"><a href="search.php" hidefocus="true" id="mn_search">搜索</a></li><li class="menu_2"><a href="faq.php" hidefocus="true">帮助</a></li><li class="menu_3"><a href="misc.php?action=nav" hidefocus="true">导航</a></li></ul></div></div></div>
<div id="nav"><a href="index.php">甬江中学论坛</a> &raquo; <a href="forumdisplay.php?fid=8">体育天地</a> &raquo; 校运会男子4×100米接力决赛回顾</div>
<div id="wrap" class="wrap s_clear threadfix">
<div class="forumcontrol s_clear"><table cellspacing="0" cellpadding="0"><tr><td class="modaction"></td><td><span class="pageback" id="visitedforums"><a href="forumdisplay.php?fid=8">返回列表</a></span><span class="replybtn"><a href="post.php?action=reply&amp;fid=8&amp;tid=3001">回复</a></span><span class="postbtn" id="newspecial"><a href="post.php?action=newthread&amp;fid=8">发帖</a></span></td></tr></table></div>
<div id="postlist" class="mainbox viewthread">
<div id="post_3001">
<table id="pid3001" summary="pid3001" cellspacing="0" cellpadding="0">
<tr>
<td class="postauthor" rowspan="2">
<div class="postinfo"><a target="_blank" href="space.php?uid=25" style="margin-left: 20px; font-weight: 800">体育组老周</a></div>
<div class="avatar"><a href="space.php?uid=25" target="_blank"><img src="uc_server/avatar.php?uid=25&amp;size=middle" /></a></div>
<p><em><a href="faq.php?action=grouppermission&amp;searchgroupid=3" target="_blank">版主</a></em></p>
<dl class="profile s_clear"><dt>UID</dt><dd>25&nbsp;</dd><dt>帖子</dt><dd>1036&nbsp;</dd><dt>积分</dt><dd>4280&nbsp;</dd><dt>阅读权限</dt><dd>100&nbsp;</dd><dt>注册时间</dt><dd>2008-9-1&nbsp;</dd></dl>
</td>
<td class="postcontent">
<div id="threadstamp"></div>
<div class="postinfo"><strong><a title="复制本帖链接" id="postnum3001" href="javascript:;" onclick="copyToClipboard(this.href)">楼主</a> <em>电梯直达</em></strong>
<div class="posterinfo"><div class="pagecontrol"><a href="viewthread.php?tid=3001&amp;page=1&amp;authorid=25" rel="nofollow">只看该作者</a></div>
<div class="authorinfo"><img class="authicon" id="authicon3001" src="images/common/online_moderator.gif" />
<em id="authorposton3001">发表于 2010-11-8 16:05</em></div></div></div>
<div class="defaultpost"><div id="ad_thread2_0"></div><div id="ad_thread3_0"></div><div id="ad_thread4_0"></div>
<div class="postmessage firstpost">
<div id="threadtitle"><h1>校运会男子4×100米接力决赛回顾</h1></div>
<div class="t_msgfontfix"><table cellspacing="0" cellpadding="0"><tr><td class="t_msgfont" id="postmessage_3001">在上周五下午进行的校运会男子4&times;100米接力决赛中，高二（5）班以46秒82的成绩夺得冠军，并打破了保持六年的校纪录。<br />
<br />
比赛一开始，第一棒陈宇起跑反应极快，出弯道时已领先半个身位。第二棒和第三棒交接稳定，始终保持领先。<br />
<br />
最后一棒由校田径队的王浩担任，他在最后三十米顶住了高三（2）班的冲击，率先冲过终点。<br />
<br />
赛后，同学们纷纷表示，平时坚持练习交接棒是取胜的关键。<br />
<br />
附上当天的成绩表，欢迎大家补充更多现场照片。</td></tr></table></div>
</div></div>
</td></tr>
<tr><td class="postcontent postbottom"><div class="signatures" style="max-height:200px;maxHeightIE:200px;">生命在于运动，每天锻炼一小时</div></td></tr>
<tr><td class="postauthor"></td><td class="postcontent"><div class="postactions"><div class="p_control"><a href="post.php?action=reply&amp;fid=8&amp;tid=3001&amp;repquote=3001" class="repquote">引用</a><a href="post.php?action=reply&amp;fid=8&amp;tid=3001&amp;reppost=3001" class="fastreply">回复</a><a href="javascript:;" onclick="scrollTo(0,0);">TOP</a></div></div></td></tr>
</table>
</div>
<div id="post_3002">
<table id="pid3002" summary="pid3002" cellspacing="0" cellpadding="0">
<tr>
<td class="postauthor" rowspan="2">
<div class="postinfo"><a target="_blank" href="space.php?uid=88" style="margin-left: 20px; font-weight: 800">跑道上的风</a></div>
<div class="avatar"><img src="uc_server/avatar.php?uid=88&amp;size=middle" /></div>
<p><em>初级会员</em></p>
<dl class="profile s_clear"><dt>UID</dt><dd>88&nbsp;</dd><dt>帖子</dt><dd>25&nbsp;</dd><dt>积分</dt><dd>60&nbsp;</dd><dt>阅读权限</dt><dd>10&nbsp;</dd><dt>注册时间</dt><dd>2009-3-15&nbsp;</dd></dl>
</td>
<td class="postcontent">
<div class="postinfo"><strong><a title="复制本帖链接" id="postnum3002" href="javascript:;">沙发</a></strong>
<div class="posterinfo"><div class="authorinfo"><em id="authorposton3002">发表于 2010-11-8 17:32</em></div></div></div>
<div class="defaultpost"><div class="postmessage"><div class="t_msgfontfix"><table cellspacing="0" cellpadding="0"><tr><td class="t_msgfont" id="postmessage_3002">最后一棒太精彩了，现场都沸腾了！</td></tr></table></div></div></div>
</td></tr>
<tr><td class="postcontent postbottom"></td></tr>
</table>
</div>
<div id="post_3003">
<table id="pid3003" summary="pid3003" cellspacing="0" cellpadding="0">
<tr>
<td class="postauthor" rowspan="2">
<div class="postinfo"><a target="_blank" href="space.php?uid=102" style="margin-left: 20px; font-weight: 800">高三2班</a></div>
<dl class="profile s_clear"><dt>UID</dt><dd>102&nbsp;</dd><dt>帖子</dt><dd>9&nbsp;</dd><dt>积分</dt><dd>21&nbsp;</dd><dt>注册时间</dt><dd>2010-9-6&nbsp;</dd></dl>
</td>
<td class="postcontent">
<div class="postinfo"><strong><a title="复制本帖链接" id="postnum3003" href="javascript:;">板凳</a></strong>
<div class="posterinfo"><div class="authorinfo"><em id="authorposton3003">发表于 2010-11-9 08:10</em></div></div></div>
<div class="defaultpost"><div class="postmessage"><div class="t_msgfontfix"><table cellspacing="0" cellpadding="0"><tr><td class="t_msgfont" id="postmessage_3003">明年再来，我们已经开始练交接棒了。</td></tr></table></div></div></div>
</td></tr>
</table>
</div>
</div>
<div class="forumcontrol s_clear"><table cellspacing="0" cellpadding="0"><tr><td><span class="pageback"><a href="forumdisplay.php?fid=8">返回列表</a></span></td></tr></table></div>
<form method="post" id="fastpostform" action="post.php?action=reply&amp;fid=8&amp;tid=3001&amp;replysubmit=yes"><div id="quickpost" class="box"><h4>快速回复主题</h4><textarea rows="7" cols="80" name="message" id="fastpostmessage" tabindex="4" class="txtarea"></textarea><button type="submit" name="replysubmit" id="fastpostsubmit" value="replysubmit">发表回复</button></div></form>
</div>
<div id="footer"><div class="wrap s_clear"><div id="footlinks"><p><a href="http://www.yjzx.example.cn/" target="_blank">甬江中学</a> - <a href="archiver/" target="_blank">Archiver</a> - <a href="wap/" target="_blank">WAP</a></p><p class="smalltext">GMT+8, 2010-11-20 21:35, <a href="http://www.miibeian.example.cn/" target="_blank">浙ICP备08054321号</a></p></div>
<div id="rightinfo"><p>Powered by <strong><a href="http://www.discuz.example.net" target="_blank">Discuz!</a></strong> <em>7.2</em></p><p class="smalltext">&copy; 2001-2009 <a href="http://www.comsenz.example.com" target="_blank">Comsenz Inc.</a></p></div></div></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# 3. Blogs
# ---------------------------------------------------------------------------------------------------------------

SINA_HEAD = """<div id="sinablogb" class="sinablogb">
<div id="sinablogHead" class="sinabloghead">
<div class="blogtoparea"><h1 id="blogname" class="blogtitle"><a href="http://blog.sina.example.cn/{user}"><span id="blognamespan">{blog}</span></a></h1>
<div id="bloglink" class="bloglink"><a href="http://blog.sina.example.cn/{user}">http://blog.sina.example.cn/{user}</a> <a class="CP_a_fuc" href="#">[<cite>订阅</cite>]</a><a class="CP_a_fuc" href="#">[<cite>手机订阅</cite>]</a></div></div>
<div class="blognav" id="blognav"><div class="blognavBg"></div><div class="blognavInfo"><span><a href="http://blog.sina.example.cn/{user}">首页</a></span><span><a href="http://blog.sina.example.cn/s/articlelist_{uid}_0_1.html">博文目录</a></span><span><a href="http://photo.blog.sina.example.cn/{user}">图片</a></span><span class="last"><a href="http://blog.sina.example.cn/s/profile_{uid}.html">关于我</a></span></div></div>
</div>"""

SINA_PROFILE = """<div id="column_1" class="SG_colW21 SG_colFirst">
<div class="SG_conn" id="module_901"><div class="SG_connHead"><span class="title">个人资料</span></div>
<div class="SG_connBody"><div class="info"><div class="info_img"><img src="http://portrait.sinaimg.example.cn/{uid}/blog/180" /></div>
<div class="info_txt"><div class="info_nm"><strong id="ownernick">{nick}</strong></div></div>
<div class="info_locate"><ul class="info_list"><li><span class="SG_txtc">博客等级：</span><span>{level}</span></li><li><span class="SG_txtc">博客积分：</span><span>{points}</span></li><li><span class="SG_txtc">博客访问：</span><span>{visits}</span></li><li><span class="SG_txtc">关注人气：</span><span>{fans}</span></li></ul></div></div></div></div>
<div class="SG_conn" id="module_3"><div class="SG_connHead"><span class="title">分类</span></div>
<div class="SG_connBody"><ul class="list_ul">{classes}</ul></div></div>
<div class="SG_conn" id="module_5"><div class="SG_connHead"><span class="title">评论</span></div>
<div class="SG_connBody"><ul class="list_ul"><li><a href="#">{cnick}</a>：{ctext}</li></ul></div></div>
</div>"""

SINA_FOOT = """<div class="sinablogfooter" id="sinablogfooter">
<p class="SG_linka"><a href="http://blog.sina.example.cn/lm/guestbook/" target="_blank">新浪BLOG意见反馈留言板</a>　欢迎批评指正</p>
<p class="SG_linka"><a href="http://corp.sina.example.cn/chn/">新浪简介</a> | <a href="http://corp.sina.example.cn/eng/">About Sina</a> | <a href="http://emarketing.sina.example.cn/">广告服务</a> | <a href="http://www.sina.example.cn/contactus.html">联系我们</a> | <a href="http://corp.sina.example.cn/chn/sina_job.html">招聘信息</a> | <a href="http://www.sina.example.cn/intro/lawfirm.shtml">网站律师</a> | <a href="http://english.sina.example.cn/">SINA English</a> | <a href="http://members.sina.example.cn/apply/">会员注册</a> | <a href="http://tech.sina.example.cn/focus/sinahelp.shtml">产品答疑</a></p>
<p class="copyright SG_linka">Copyright &copy; 1996 - {year} SINA Corporation, All Rights Reserved</p>
<p class="SG_linka">新浪公司 <a href="http://www.sina.example.cn/intro/copyright.shtml">版权所有</a></p>
</div>"""

# Sina blog (blog7, 2012): the title in <h2 class="titName SG_txta">, the date in parentheses in a span after it, tags
# and class under <h3> labels, the body in div.articalContent, then share bar, counts, prev/next and comments
SINA_BLOG_2012 = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>致即将毕业的初三学生_王晓岚_新浪博客</title>
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" />
<meta name="keywords" content="致即将毕业的初三学生_王晓岚_新浪博客,王晓岚,教育,初三,毕业" />
<meta name="description" content="致即将毕业的初三学生_王晓岚_新浪博客,王晓岚," />
<link href="http://simg.sinajs.example.cn/blog7style/css/conf/blog/article.css" type="text/css" rel="stylesheet" />
<script type="text/javascript">var $uid = "1261234567"; var $articleid = "4b1c2d3e0100abcd";</script>
</head>
<body>
{SINA_HEAD.format(user="wangxiaolan", blog="王晓岚的教育随笔", uid="1261234567")}
<div class="sinablogbody" id="sinablogbody">
{SINA_PROFILE.format(uid="1261234567", nick="王晓岚", level="12", points="1,876", visits="312,456", fans="823", classes='<li><a href="#">全部博文</a><em>(356)</em></li><li><a href="#">教学随笔</a><em>(128)</em></li><li><a href="#">班主任手记</a><em>(97)</em></li>', cnick="一路走来", ctext="王老师，我家孩子也在初三……")}
<div id="column_2" class="SG_colW73">
<div id="module_920" class="SG_conn"><div class="SG_connHead"><span class="title">正文</span><span class="edit"><span class="SG_more"><a href="#">字体大小：</a><a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></span></div>
<div class="SG_connBody"><div class="artical" id="articlebody">
<div class="articalTitle">
<h2 id="t_4b1c2d3e0100abcd" class="titName SG_txta">致即将毕业的初三学生</h2>
<span class="img1"></span>
<span class="time SG_txtc">(2012-03-05 10:20:33)</span><div class="turnBoxzz"><a href="javascript:;" class="SG_aBtn SG_aBtn_ico SG_turn"><cite><img class="SG_icon SG_icon111" src="http://simg.sinajs.example.cn/blog7style/images/common/sg_trans.gif" width="15" height="15" align="absmiddle" />转载<em class="arrow">▼</em></cite></a></div>
</div>
<div class="articalTag" id="sina_keyword_ad_area"><table><tr>
<td class="blog_tag"><script>var $tag='教育,初三,毕业';</script><h3>标签：</h3><a href="http://search.sina.example.cn/?q=教育" target="_blank">教育</a><a href="#">初三</a><a href="#">毕业</a></td>
<td class="blog_class"><h3>分类：</h3><a target="_blank" href="http://blog.sina.example.cn/s/articlelist_1261234567_2_1.html">班主任手记</a></td>
</tr></table></div>
<div id="sina_keyword_ad_area2" class="articalContent   ">
<p>亲爱的同学们：</p>
<p STYLE="text-indent:2em;">还有一百多天，你们就要走进中考考场了。这几天晚自习，看着你们埋头做题的样子，我想起了三年前你们刚进校门时的模样。</p>
<p STYLE="text-indent:2em;">那时候的你们，军训时喊口号还不齐，第一次月考有人哭着来找我。如今你们已经学会了互相讲题，学会了在失败之后重新站起来。</p>
<p>&nbsp;</p>
<p STYLE="text-indent:2em;">最后这段日子，请你们照顾好自己的身体，按时吃饭，保证睡眠。成绩固然重要，但一个健康、乐观的你，才是老师最想看到的。</p>
<p STYLE="text-indent:2em;">无论结果如何，你们都是我最骄傲的一届学生。</p>
<p STYLE="text-align:right;">永远爱你们的王老师</p>
</div>
<div class="shareUp"><div class="share SG_txtb">分享：<a href="javascript:;" title="分享到新浪微博">微博</a><a href="javascript:;">QQ空间</a><a href="javascript:;">人人网</a></div></div>
<div class="articalInfo"><div class="IL">阅读<span id="r_4b1c2d3e0100abcd" class="SG_txtb">(<span>1,523</span>)</span><em class="SG_txtb">┊</em> 评论 (<span>5</span>)<em class="SG_txtb">┊</em> 收藏(<span>0</span>)<em class="SG_txtb">┊</em>转载(<span>12</span>)<em class="SG_txtb">┊</em> 喜欢▼<em class="SG_txtb">┊</em><a href="javascript:;">打印</a><em class="SG_txtb">┊</em><a href="javascript:;">举报</a></div>
<div class="IR"><div class="IR_list">已投稿到：<a href="http://blog.sina.example.cn/lm/rank/">排行榜</a></div></div></div>
<div class="articalfrontback SG_j_linedot1 clearfix"><div><span class="SG_txtb">前一篇：</span><a href="http://blog.sina.example.cn/s/blog_4b1c2d3e0100abcc.html">写给家长的一封信</a></div><div><span class="SG_txtb">后一篇：</span><a href="http://blog.sina.example.cn/s/blog_4b1c2d3e0100abce.html">中考前最后一百天</a></div></div>
<div class="allComm"><div class="allCommTit"><div class="SG_floatL"><strong>评论</strong></div><div class="SG_floatR"><a class="CP_a_fuc" href="#post">[<cite>发评论</cite>]</a></div></div>
<ul id="article_comment_list" class="SG_cmp_revert">
<li><div class="SG_revert_Cont"><p><span class="SG_revert_Tit"><a href="#">一路走来</a></span><span class="SG_revert_Time"><em class="SG_txtc">2012-03-05 21:10</em></span></p><div class="SG_revert_Inner SG_txtb">王老师写得真好，转给孩子看了，孩子说要把这篇贴在书桌上。</div></div></li>
<li><div class="SG_revert_Cont"><p><span class="SG_revert_Tit"><a href="#">初三7班家长</a></span><span class="SG_revert_Time"><em class="SG_txtc">2012-03-06 07:45</em></span></p><div class="SG_revert_Inner SG_txtb">感谢王老师三年来的付出！</div></div></li>
</ul></div>
<div class="writeComm"><div class="allCommTit"><strong>发评论</strong></div><textarea id="commentArea" name="commentArea"></textarea><a href="javascript:;" class="SG_aBtn">发评论</a></div>
</div></div></div>
</div>
</div>
{SINA_FOOT.format(year="2012")}
</div>
</body>
</html>
"""


# WordPress, Twenty Sixteen: the date (发布于, a <time class="entry-date published">) in the entry footer after the
# body, #content the page's wrapper, comments with their own dates, a widget sidebar and the post navigation
WP_TWENTYSIXTEEN = """<!DOCTYPE html>
<html lang="zh-CN" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<title>一堂关于“倾听”的班会课 &#8211; 陈老师的教育笔记</title>
<link rel='dns-prefetch' href='//fonts.googleapis.example.com' />
<link rel="alternate" type="application/rss+xml" title="陈老师的教育笔记 &raquo; Feed" href="http://www.chenlaoshi.example.cn/feed/" />
<link rel='stylesheet' id='twentysixteen-style-css' href='http://www.chenlaoshi.example.cn/wp-content/themes/twentysixteen/style.css?ver=5.1' type='text/css' media='all' />
<link rel="canonical" href="http://www.chenlaoshi.example.cn/2019/03/05/listening-class-meeting/" />
<meta name="generator" content="WordPress 5.1" />
</head>
<body class="post-template-default single single-post postid-312 single-format-standard">
<div id="page" class="site">
<div class="site-inner">
<a class="skip-link screen-reader-text" href="#content">跳至内容</a>
<header id="masthead" class="site-header" role="banner">
<div class="site-header-main">
<div class="site-branding"><p class="site-title"><a href="http://www.chenlaoshi.example.cn/" rel="home">陈老师的教育笔记</a></p><p class="site-description">记录课堂内外的点滴</p></div>
<button id="menu-toggle" class="menu-toggle">菜单</button>
<div id="site-header-menu" class="site-header-menu"><nav id="site-navigation" class="main-navigation" role="navigation" aria-label="主菜单"><div class="menu-main-container"><ul id="menu-main" class="primary-menu"><li class="menu-item"><a href="http://www.chenlaoshi.example.cn/">首页</a></li><li class="menu-item"><a href="http://www.chenlaoshi.example.cn/category/banhui/">班会设计</a></li><li class="menu-item"><a href="http://www.chenlaoshi.example.cn/category/reading/">读书笔记</a></li><li class="menu-item"><a href="http://www.chenlaoshi.example.cn/about/">关于我</a></li></ul></div></nav></div>
</div>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main" role="main">
<article id="post-312" class="post-312 post type-post status-publish format-standard hentry category-banhui tag-qingting">
<header class="entry-header"><h1 class="entry-title">一堂关于“倾听”的班会课</h1></header>
<div class="entry-content">
<p>开学第三周，我发现班上的孩子们越来越爱“抢话”：同学发言还没说完，下面就有人举手插嘴，课堂讨论常常变成了比谁的声音大。</p>
<p>于是我设计了一节以“倾听”为主题的班会课。课前，我请六位同学准备了一个小游戏：一人描述一幅画，其他人只能听、不能提问，然后把听到的画出来。</p>
<p>结果可想而知，黑板上的六幅画几乎没有一幅和原画相像。孩子们笑成一片，笑完之后，有人小声说：“原来我们平时根本没在听。”</p>
<p>接下来，我们一起讨论了“好的倾听者是什么样的”，并把大家的想法写成了三条班级公约：看着说话的人；等别人说完再举手；复述一句再发表自己的看法。</p>
<p>一节课解决不了所有问题，但这三条公约贴在教室后墙上已经一个多月了，抢话的现象确实少了很多。</p>
</div>
<footer class="entry-footer"><span class="byline"><span class="author vcard"><img alt='' src='http://www.chenlaoshi.example.cn/avatar/49.png' class='avatar avatar-49 photo' height='49' width='49' /><span class="screen-reader-text">作者 </span> <a class="url fn n" href="http://www.chenlaoshi.example.cn/author/chen/">陈老师</a></span></span><span class="posted-on"><span class="screen-reader-text">发布于 </span><a href="http://www.chenlaoshi.example.cn/2019/03/05/listening-class-meeting/" rel="bookmark"><time class="entry-date published" datetime="2019-03-05T10:20:00+08:00">2019年3月5日</time><time class="updated" datetime="2019-04-10T08:12:45+08:00">2019年4月10日</time></a></span><span class="cat-links"><span class="screen-reader-text">分类 </span><a href="http://www.chenlaoshi.example.cn/category/banhui/" rel="category tag">班会设计</a></span><span class="tags-links"><span class="screen-reader-text">标签 </span><a href="http://www.chenlaoshi.example.cn/tag/qingting/" rel="tag">倾听</a></span></footer>
</article>
<div id="comments" class="comments-area">
<h2 class="comments-title">《一堂关于“倾听”的班会课》有2条评论</h2>
<ol class="comment-list">
<li id="comment-45" class="comment even thread-even depth-1"><article id="div-comment-45" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt='' src='http://www.chenlaoshi.example.cn/avatar/42.png' class='avatar avatar-42 photo' height='42' width='42' /><b class="fn">李老师</b> <span class="says">说道：</span></div><div class="comment-metadata"><a href="http://www.chenlaoshi.example.cn/2019/03/05/listening-class-meeting/#comment-45"><time datetime="2019-03-06T08:12:33+08:00">2019年3月6日 上午8:12</time></a></div></footer><div class="comment-content"><p>“先复述一句再发表看法”这个规则很实用，我们班也准备试试。</p></div><div class="reply"><a rel='nofollow' class='comment-reply-link' href='#comment-45'>回复</a></div></article></li>
<li id="comment-47" class="comment odd alt thread-odd depth-1"><article id="div-comment-47" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">一位家长</b> <span class="says">说道：</span></div><div class="comment-metadata"><a href="#comment-47"><time datetime="2019-03-08T21:40:02+08:00">2019年3月8日 下午9:40</time></a></div></footer><div class="comment-content"><p>孩子回家也跟我们讲了这个画画游戏，说很好玩。</p></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">发表评论 <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">取消回复</a></small></h2>
<form action="http://www.chenlaoshi.example.cn/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">电子邮件地址不会被公开。</span> 必填项已用<span class="required">*</span>标注</p><p class="comment-form-comment"><label for="comment">评论</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p><p class="comment-form-author"><label for="author">名称 <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="发表评论" /></p></form>
</div>
</div>
<nav class="navigation post-navigation" role="navigation"><h2 class="screen-reader-text">文章导航</h2><div class="nav-links"><div class="nav-previous"><a href="http://www.chenlaoshi.example.cn/2019/02/25/parents-meeting/" rel="prev"><span class="meta-nav" aria-hidden="true">上一篇</span> <span class="screen-reader-text">上一篇文章：</span> <span class="post-title">期末考试后的家长会发言稿</span></a></div><div class="nav-next"><a href="http://www.chenlaoshi.example.cn/2019/03/18/reading-week/" rel="next"><span class="meta-nav" aria-hidden="true">下一篇</span> <span class="screen-reader-text">下一篇文章：</span> <span class="post-title">读书周活动小记</span></a></div></div></nav>
</main>
</div>
<aside id="secondary" class="sidebar widget-area" role="complementary">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="http://www.chenlaoshi.example.cn/"><label><span class="screen-reader-text">搜索：</span><input type="search" class="search-field" placeholder="搜索&hellip;" value="" name="s" /></label><button type="submit" class="search-submit"><span class="screen-reader-text">搜索</span></button></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2><ul><li><a href="http://www.chenlaoshi.example.cn/2019/03/18/reading-week/">读书周活动小记</a></li><li><a href="http://www.chenlaoshi.example.cn/2019/03/05/listening-class-meeting/">一堂关于“倾听”的班会课</a></li><li><a href="http://www.chenlaoshi.example.cn/2019/02/25/parents-meeting/">期末考试后的家长会发言稿</a></li></ul></section>
<section id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">近期评论</h2><ul id="recentcomments"><li class="recentcomments"><span class="comment-author-link">一位家长</span>发表在《<a href="#comment-47">一堂关于“倾听”的班会课</a>》</li></ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">文章归档</h2><ul><li><a href='http://www.chenlaoshi.example.cn/2019/03/'>2019年三月</a></li><li><a href='http://www.chenlaoshi.example.cn/2019/02/'>2019年二月</a></li></ul></section>
<section id="meta-2" class="widget widget_meta"><h2 class="widget-title">功能</h2><ul><li><a href="http://www.chenlaoshi.example.cn/wp-login.php">登录</a></li><li><a href="http://www.chenlaoshi.example.cn/feed/">文章<abbr title="Really Simple Syndication">RSS</abbr></a></li><li><a href="https://cn.wordpress.example.org/">WordPress.org</a></li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer" role="contentinfo">
<div class="site-info"><span class="site-title"><a href="http://www.chenlaoshi.example.cn/" rel="home">陈老师的教育笔记</a></span><a href="https://cn.wordpress.example.org/" class="imprint">自豪地采用WordPress</a> <a href="http://www.beian.miit.example.cn/">浙ICP备18012345号-1</a></div>
</footer>
</div>
</div>
<script type='text/javascript' src='http://www.chenlaoshi.example.cn/wp-includes/js/wp-embed.min.js?ver=5.1'></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# 4. TRS / Hanweb (大汉) government portals
# ---------------------------------------------------------------------------------------------------------------

GOV_FOOTER = """<div class="footer">
<p><a href="/col/col1001/index.html">网站地图</a> | <a href="/col/col1002/index.html">联系我们</a> | <a href="/col/col1003/index.html">隐私声明</a></p>
<p>主办：{owner}　承办：{owner}信息中心　地址：{address}　电话：{phone}</p>
<p>版权所有：{owner}　<a href="http://beian.miit.example.cn/" target="_blank">浙ICP备{icp}号</a>　<img src="/images/ga.png" />浙公网安备 {police}号　网站标识码：{code}</p>
<p><script type="text/javascript" src="http://pucha.kaipuyun.example.cn/exposure/jiucuo.js"></script><span id="_ideConac"><a href="http://bszs.conac.example.cn/" target="_blank"><img src="/images/red.png" alt="党政机关" /></a></span></p>
</div>"""

GOV_HEAD = """<div class="top"><div class="top-bar"><span class="date"><script>document.write(new Date().toLocaleDateString());</script></span><a href="javascript:;" id="wza">无障碍浏览</a> | <a href="javascript:;" onclick="AddFavorite()">加入收藏</a> | <a href="/col/col1004/index.html">手机版</a></div>
<div class="logo"><a href="/"><img src="/images/logo.png" alt="{owner}" /></a></div>
<div class="search"><form action="/jsearchfront/search.do" method="get"><input type="text" name="q" value="请输入关键字" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/col/col1228/index.html">机构概况</a></li><li><a href="/col/col1229/index.html">教育动态</a></li><li><a href="/col/col1300/index.html">政务公开</a></li><li><a href="/col/col1400/index.html">办事服务</a></li><li><a href="/col/col1500/index.html">互动交流</a></li></ul></div>"""

# Hanweb (大汉) jpage article: <meta> ArticleTitle/PubDate/ContentSource, a table with the title cell, a line of
# 发布日期/信息来源/浏览次数 (a counter script) and 字号, the body in div#zoom between <!--<$[信息内容]>begin--> marks
HANWEB_ARTICLE = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>区教育局召开2020年春季开学工作部署会</title>
<meta name="SiteName" content="宁江市江北区教育局">
<meta name="SiteDomain" content="www.jbedu.example.gov.cn">
<meta name="SiteIDCode" content="3302050012">
<meta name="ColumnName" content="教育动态">
<meta name="ColumnType" content="教育动态">
<meta name="ArticleTitle" content="区教育局召开2020年春季开学工作部署会">
<meta name="PubDate" content="2020-03-05 10:20">
<meta name="ContentSource" content="区教育局办公室">
<meta name="Keywords" content="">
<meta name="Author" content="">
<meta name="Description" content="3月4日下午，区教育局召开2020年春季开学工作部署视频会议。">
<meta name="Url" content="http://www.jbedu.example.gov.cn/art/2020/3/5/art_1229_3456789.html">
<link href="/images/template/1229/style.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/script/hanweb.js"></script>
</head>
<body>
{GOV_HEAD.format(owner="江北区教育局")}
<div class="main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229/index.html">教育动态</a></div>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="main-txt">
<tr><td class="title" align="center">区教育局召开2020年春季开学工作部署会</td></tr>
<tr><td align="center" class="xxfb">发布日期：2020-03-05 10:20　信息来源：区教育局办公室　浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=1229&artid=3456789"></script>　字号：〖<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(12)">小</a>〗</td></tr>
<tr><td class="bt_content"><div id="zoom"><!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin--><meta name="ContentStart">
<p style="text-indent:2em;">3月4日下午，区教育局召开2020年春季开学工作部署视频会议，各中小学、幼儿园校（园）长在分会场参加会议。</p>
<p style="text-indent:2em;">会议通报了全区学校开学准备工作检查情况，对开学前后的校园疫情防控、师生健康监测、返校错峰安排等工作进行了具体部署。</p>
<p style="text-indent:2em;">会议要求，各校要逐项对照开学条件核验清单，做到“一校一方案”，开学前组织不少于两次全流程演练。</p>
<p style="text-indent:2em;">会议强调，各校要统筹做好线上教学与返校复学的衔接，关注学生心理健康，确保开学工作平稳有序。</p>
<meta name="ContentEnd"><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end--></div></td></tr>
<tr><td align="right" height="40">〖<a href="#" onclick="window.print();return false;">打印本页</a>〗〖<a href="javascript:window.opener=null;window.close()">关闭窗口</a>〗</td></tr>
</table>
</div>
{GOV_FOOTER.format(owner="宁江市江北区教育局", address="宁江市江北区育才路100号", phone="0574-87654321", icp="05012345", police="33020502000123", code="3302050012")}
</body>
</html>
"""

# Hanweb 信息公开 page: the metadata table (索引号, 发布机构, 成文日期, 文号…) above the title, 发布日期 under the title,
# no 来源 anywhere (the issuer is the publisher), a 前 deadline in the body and the signature date in Chinese numerals
HANWEB_XXGK = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>关于做好2020年义务教育阶段学校招生工作的通知</title>
<meta name="SiteName" content="宁江市江北区教育局">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="关于做好2020年义务教育阶段学校招生工作的通知">
<meta name="PubDate" content="2020-03-05 15:40">
<link href="/images/template/xxgk/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
{GOV_HEAD.format(owner="江北区教育局")}
<div class="main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1300/index.html">政务公开</a> &gt; <a href="/col/col1301/index.html">通知公告</a></div>
<div class="xxgk_table"><table width="100%" border="0" cellspacing="1" cellpadding="0" bgcolor="#d7d7d7">
<tr><td class="xxgk_td1" bgcolor="#f5f5f5">索 引 号：</td><td bgcolor="#ffffff">113302050029567890/2020-00123</td><td class="xxgk_td1" bgcolor="#f5f5f5">主题分类：</td><td bgcolor="#ffffff">教育</td></tr>
<tr><td class="xxgk_td1" bgcolor="#f5f5f5">发布机构：</td><td bgcolor="#ffffff">江北区教育局</td><td class="xxgk_td1" bgcolor="#f5f5f5">成文日期：</td><td bgcolor="#ffffff">2020-03-04</td></tr>
<tr><td class="xxgk_td1" bgcolor="#f5f5f5">文　　号：</td><td bgcolor="#ffffff">北教〔2020〕12号</td><td class="xxgk_td1" bgcolor="#f5f5f5">公开方式：</td><td bgcolor="#ffffff">主动公开</td></tr>
<tr><td class="xxgk_td1" bgcolor="#f5f5f5">名　　称：</td><td bgcolor="#ffffff" colspan="3">关于做好2020年义务教育阶段学校招生工作的通知</td></tr>
</table></div>
<div class="xxgk_title">关于做好2020年义务教育阶段学校招生工作的通知</div>
<div class="xxgk_info"><span>发布日期：2020-03-05</span>　<span>浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=1301&artid=3456901"></script></span>　<span>【<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div id="zoom"><!--<$[信息内容]>begin-->
<p>各街道（镇）教育办，区属各中小学：</p>
<p style="text-indent:2em;">为做好2020年我区义务教育阶段学校招生工作，根据市教育局有关文件精神，结合我区实际，现就有关事项通知如下。</p>
<p style="text-indent:2em;">一、坚持免试就近入学。公办学校严格按照划定的施教区招生，不得以任何形式组织入学考试。</p>
<p style="text-indent:2em;">二、规范民办学校招生。民办学校招生纳入审批地统一管理，与公办学校同步招生。</p>
<p style="text-indent:2em;">三、各校请于2020年3月20日前将本校招生方案报区教育局基础教育科。</p>
<p style="text-align:right;">江北区教育局</p>
<p style="text-align:right;">二〇二〇年三月四日</p>
<!--<$[信息内容]>end--></div>
<div class="xxgk_bottom">〖<a href="#" onclick="window.print();return false;">打印本页</a>〗〖<a href="javascript:window.close()">关闭窗口</a>〗</div>
</div>
{GOV_FOOTER.format(owner="宁江市江北区教育局", address="宁江市江北区育才路100号", phone="0574-87654321", icp="05012345", police="33020502000123", code="3302050012")}
</body>
</html>
"""

# TRS WCM: 来源 written by a script (document.write("来源：" + source)), so only <meta name="ContentSource"> holds it
# as text; the body in div.TRS_Editor with the style TRS puts inside it, an attachment, share bar and 相关信息 after it
TRS_SCRIPT_SOURCE = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>关于开展2020年中小学生“书香校园”读书活动的通知_通知公告_宁江市教育局</title>
<meta name="SiteName" content="宁江市教育局">
<meta name="SiteDomain" content="jyj.ningjiang.example.gov.cn">
<meta name="SiteIDCode" content="3302000031">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="关于开展2020年中小学生“书香校园”读书活动的通知">
<meta name="PubDate" content="2020-03-05 16:30">
<meta name="ContentSource" content="市教育局基础教育处">
<meta name="Keywords" content="读书活动">
<meta name="Author" content="">
<meta name="Description" content="">
<link href="../../../images/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
{GOV_HEAD.format(owner="宁江市教育局")}
<div class="dqwz">您现在的位置：<a href="../../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../../" title="政务公开" class="CurrChnlCls">政务公开</a>&nbsp;&gt;&nbsp;<a href="../" title="通知公告" class="CurrChnlCls">通知公告</a></div>
<div class="article">
<div class="article-title"><h1>关于开展2020年中小学生“书香校园”读书活动的通知</h1></div>
<div class="article-info">
<span>发布时间：2020-03-05 16:30</span>
<span><script type="text/javascript">
var source = "市教育局基础教育处";
if (source == "") {{ document.write("来源：本站"); }} else {{ document.write("来源：" + source); }}
</script></span>
<span>字号：<a href="javascript:void(0)" onclick="doZoom(18)">大</a> <a href="javascript:void(0)" onclick="doZoom(16)">中</a> <a href="javascript:void(0)" onclick="doZoom(14)">小</a></span>
<span><a href="javascript:window.print()">打印</a></span>
</div>
<div class="article-con"><div class="view TRS_UEDITOR trs_paper_default trs_word"><div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:仿宋_GB2312;font-size:16pt;}}.TRS_Editor DIV,.TRS_Editor TD,.TRS_Editor TH{{line-height:1.8;font-family:仿宋_GB2312;font-size:16pt;}}
</style>
<p>各区县（市）教育局，直属学校：</p>
<p style="text-indent:2em;">为深入推进全民阅读，营造书香校园氛围，经研究，决定在全市中小学开展2020年“书香校园”读书活动。现将有关事项通知如下。</p>
<p style="text-indent:2em;">一、活动时间：2020年3月至2020年11月。</p>
<p style="text-indent:2em;">二、活动内容：开展“好书推荐”“读书笔记展评”“亲子共读”等系列活动，各校可结合实际自行安排。</p>
<p style="text-indent:2em;">三、各地各校请于2020年10月31日前将活动总结报市教育局基础教育处。</p>
<p style="text-indent:2em;">附件：2020年“书香校园”读书活动推荐书目</p>
<p style="text-align:right;">宁江市教育局</p>
<p style="text-align:right;">2020年3月5日</p>
</div></div></div>
<div class="appendix">附件：<a href="./P020200305123456789012.docx" target="_blank">2020年“书香校园”读书活动推荐书目.docx</a></div>
<div class="article-share">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a></div>
<div class="relevant"><h3>相关信息</h3><ul><li><a href="../201904/t20190401_3012345.html">关于举办2019年中小学生读书节的通知</a><span>2019-04-01</span></li><li><a href="../201909/t20190910_3198765.html">市教育局公布第二批书香校园名单</a><span>2019-09-10</span></li></ul></div>
</div>
{GOV_FOOTER.format(owner="宁江市教育局", address="宁江市海曙区解放路18号", phone="0574-89180000", icp="05054321", police="33020302000456", code="3302000031")}
</body>
</html>
"""

# TRS WCM of a county government: <title> is only the site's name (ArticleTitle names the article), the visible
# title a bold cell without a class, a 日期 line, a 公示时间 range and an allocation table in the body
TRS_SITE_TITLE = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>宁江市鄞南区人民政府</title>
<meta name="SiteName" content="宁江市鄞南区人民政府">
<meta name="ColumnName" content="财政资金">
<meta name="ArticleTitle" content="鄞南区2019年学前教育补助资金分配情况公示">
<meta name="PubDate" content="2019-12-20 10:05">
<meta name="ContentSource" content="区教育局">
<link href="../../images/css.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="../../images/banner.jpg" width="1000" height="150"></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="menu"><tr>
<td><a href="../../">首页</a></td><td><a href="../../zwgk/">政务公开</a></td><td><a href="../../bsfw/">办事服务</a></td><td><a href="../../hdjl/">互动交流</a></td><td><a href="../../zjyn/">走进鄞南</a></td>
</tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="35" class="wz">当前位置：<a href="../../" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../" class="CurrChnlCls">政务公开</a>&nbsp;&gt;&nbsp;<a href="./" class="CurrChnlCls">财政资金</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td height="60" align="center" style="font-size:22px; font-weight:bold; color:#c00000;">鄞南区2019年学前教育补助资金分配情况公示</td></tr>
<tr><td height="30" align="center" style="border-bottom:1px dashed #ccc;">日期：2019-12-20 10:05:33　　来源：区教育局　　【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
<tr><td style="padding:20px 40px;"><div class="TRS_Editor">
<p style="text-indent:2em;">根据《宁江市学前教育补助资金管理办法》，经区教育局、区财政局审核，现将鄞南区2019年学前教育补助资金分配情况予以公示。</p>
<p style="text-indent:2em;">公示时间：2019年12月20日至2019年12月26日。公示期间如有异议，请以书面形式向区教育局反映。</p>
<table border="1" cellspacing="0" cellpadding="4" align="center">
<tr><td>序号</td><td>幼儿园</td><td>补助金额（万元）</td></tr>
<tr><td>1</td><td>鄞南区中心幼儿园</td><td>86.5</td></tr>
<tr><td>2</td><td>鄞南区实验幼儿园</td><td>72.0</td></tr>
<tr><td>3</td><td>鄞南区阳光幼儿园</td><td>41.3</td></tr>
</table>
<p style="text-indent:2em;">联系电话：0574-88123456。</p>
<p style="text-align:right;">鄞南区教育局</p>
<p style="text-align:right;">2019年12月20日</p>
</div></td></tr>
<tr><td height="40" align="center"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom"><tr><td align="center" height="80">
主办单位：宁江市鄞南区人民政府办公室　版权所有：宁江市鄞南区人民政府<br>
浙ICP备05067890号　浙公网安备 33021202000789号　网站标识码：3302120001
</td></tr></table>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------------------------
# 5. University portals (VSB / 博达, Sudy WebPlus)
# ---------------------------------------------------------------------------------------------------------------

VSB_HEAD = """<div class="header"><div class="logo"><a href="../../index.htm"><img src="../../images/logo.png" alt="{site}" /></a></div>
<div class="nav"><ul><li><a href="../../index.htm">首页</a></li>{items}</ul></div></div>"""

VSB_FOOT = """<div class="footer"><p>地址：宁江市江北区风华路818号　邮编：315211　电话：0574-87600000</p>
<p>Copyright &copy; 2021 {site} 版权所有　浙ICP备05001234号</p></div>"""

# VSB: <h1> in a title box, 发布时间/作者/点击 (a _showDynClicks script) under it, the body in .v_news_content, the
# previous and next article after it
VSB_NEWS = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>我校召开2021年春季学期工作部署会-甬江大学新闻网</title>
<meta name="keywords" content="甬江大学,新闻网" />
<meta name="description" content="3月5日上午，学校召开2021年春季学期工作部署会。" />
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><META Name="keywords" Content="甬江大学新闻网,学校要闻" />
<link rel="stylesheet" href="../../style/style.css" type="text/css" />
<script language="javascript" src="/system/resource/js/dynclicks.js"></script><script language="javascript" src="/system/resource/js/ajax.js"></script>
</head>
<body>
{VSB_HEAD.format(site="甬江大学新闻网", items='<li><a href="../../xxyw.htm">学校要闻</a></li><li><a href="../../zhxw.htm">综合新闻</a></li><li><a href="../../mtyd.htm">媒体甬大</a></li><li><a href="../../xyrw.htm">校园人物</a></li>')}
<div class="main">
<div class="left"><h2>学校要闻</h2><ul><li><a href="../../xxyw.htm">学校要闻</a></li><li><a href="../../zhxw.htm">综合新闻</a></li></ul></div>
<div class="right">
<div class="dqwz">当前位置: <a href="../../index.htm">首页</a> &gt;&gt; <a href="../../xxyw.htm">学校要闻</a> &gt;&gt; 正文</div>
<script language="javascript" src="/system/resource/js/vsbscreen.min.js" id="_vsbscreen" devices="pc|pad"></script>
<form name="_newscontent_fromname">
<div class="content-title"><h1>我校召开2021年春季学期工作部署会</h1></div>
<div class="content-info">发布时间：2021-03-05&nbsp;&nbsp;作者：党委宣传部&nbsp;&nbsp;点击：<script>_showDynClicks("wbnews", 1234567890, 23456)</script></div>
<div id="vsb_content"><div class="v_news_content">
<p class="vsbcontent_start">3月5日上午，学校在行政楼第一会议室召开2021年春季学期工作部署会，校领导、各部门和学院主要负责人参加会议。</p>
<p>会上，校长回顾了上学期学校各项工作，对本学期重点工作进行了部署，要求各单位围绕“十四五”规划开局，抓好人才培养、学科建设和科研创新。</p>
<p>党委书记强调，各单位要持续抓好校园疫情常态化防控，压实安全稳定责任，以优异成绩迎接建党一百周年。</p>
<p>会议还通报了寒假期间学校安全检查情况，各学院负责人就本单位新学期工作安排作了交流发言。</p>
<p class="vsbcontent_end">（文/党委宣传部 图/党委宣传部）</p>
</div></div>
<div id="div_vote_id"></div>
<div class="prev-next"><p>上一条：<a href="23457.htm">学校召开2021年党风廉政建设工作会议</a></p><p>下一条：<a href="23401.htm">我校在全省高校思政课教学比赛中获佳绩</a></p></div>
</form>
</div>
</div>
{VSB_FOOT.format(site="甬江大学")}
</body>
</html>
"""

# VSB of the table era: the title in td.titlestyleNNNN, the date and the author each in a span without a label, the
# body in #vsb_content_2, an attachment line and 【打印】【关闭】 after it
VSB_TABLE = """<HTML>
<HEAD>
<TITLE>关于2021年上半年全国大学英语四、六级考试报名的通知</TITLE>
<META Name="keywords" Content="甬江大学教务处,通知公告" />
<META content="text/html; charset=UTF-8" http-equiv="Content-Type">
<LINK href="images/style.css" type="text/css" rel="stylesheet">
<script language="javascript" src="/system/resource/js/counter.js"></script>
</HEAD>
<BODY leftMargin=0 topMargin=0>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="images/top.jpg" width="1000" height="140"></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nav"><tr>
<td><a href="index.jsp">首 页</a></td><td><a href="list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1001">机构设置</a></td><td><a href="list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1015">通知公告</a></td><td><a href="list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1020">教学研究</a></td><td><a href="list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1030">下载专区</a></td>
</tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="230" valign="top" class="left">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="lm_title">通知公告</td></tr>
<tr><td><a href="list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1015">教务通知</a></td></tr><tr><td><a href="list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1016">考务通知</a></td></tr></table>
</td>
<td width="770" valign="top">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="dqwz" height="32">您的位置：<a href="index.jsp">首页</a> &gt;&gt; <a href="list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1015">通知公告</a> &gt;&gt; 正文</td></tr></table>
<form name="form2345a">
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0" class="winstyle2345">
<tr><td align="center" class="titlestyle2345">关于2021年上半年全国大学英语四、六级考试报名的通知</td></tr>
<tr><td align="center" height="30"><span class="timestyle2345">2021-03-05 16:12</span>&nbsp;&nbsp;<span class="authorstyle2345">教务处</span>&nbsp;</td></tr>
<tr><td class="contentstyle2345"><div id="vsb_content_2"><p>各学院：</p>
<p>2021年上半年全国大学英语四、六级考试（笔试）定于6月12日举行，现将报名有关事项通知如下：</p>
<p>一、报名时间：2021年3月8日9:00至3月14日17:00，逾期不再补报。</p>
<p>二、报名方式：学生登录全国大学英语四、六级考试报名网站自行报名并缴费。</p>
<p>三、各学院教学秘书请于3月16日前核对本学院报名名单。</p>
<p>教务处</p>
<p>2021年3月5日</p></div>
<div id="div_vote_id"></div></td></tr>
<tr><td align="right"><span class="attachstyle2345">附件【<a href="/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner=1234&wbfileid=56789" class="attachstyle2345" target="_blank">2021年上半年四六级报名须知.docx</a>】已下载<script>getClickTimes(56789,1234,"wbnews","wbfileid")</script>次</span></td></tr>
<tr><td align="right" height="30">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.opener=null;window.open('','_self');window.close();">关闭</a>】</td></tr>
</table>
</form>
</td>
</tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom"><tr><td align="center" height="70">
版权所有 &copy; 甬江大学教务处　地址：宁江市江北区风华路818号　电话：0574-87600123<br>浙ICP备05001234号
</td></tr></table>
</BODY>
</HTML>
"""

SUDY_NAV = """<div class="wrapper header" id="header"><div class="inner"><div class="head clearfix">
<div class="sitelogo fl"><a href="/main.htm" title="返回{site}首页"><img border='0' src='/_upload/site/00/0c/12/logo.png' /></a></div>
<div class="head-right"><div class="site-lang"><a href="http://en.yj.example.edu.cn/">English</a></div><div class="searchbox"><form action="/_web/search/doSearch.do?locale=zh_CN&request_locale=zh_CN&_p=YXM9MTImdD0xJmQ9MTAmcD0xJm09TiY_" method="post" target="_blank"><input name="keyword" class="search-title" placeholder="搜索..." /><input type="submit" class="search-submit" value="" /></form></div></div>
</div>
<nav class="wp-navi"><ul class="wp-menu"><li class="menu-item i1"><a class="menu-link" href="/main.htm">网站首页</a></li><li class="menu-item i2"><a class="menu-link" href="/{col}/list.htm">{colname}</a></li><li class="menu-item i3"><a class="menu-link" href="/tzgg/list.htm">通知公告</a></li><li class="menu-item i4"><a class="menu-link" href="/xzzx/list.htm">下载中心</a></li></ul></nav>
</div></div>"""


def sudy_side_list(head, rows):
    """One of the three dated lists a WebPlus article page shows beside the article."""
    items = "".join(
        f"<li class=\"news n{i} clearfix\"><span class=\"news_title\"><a href='/2021/{day.replace('-', '')[4:]}/c1234a{345600 + i}/page.htm' target='_blank' title='{title}'>{title}</a></span><span class=\"news_meta\">{day}</span></li>"
        for i, (title, day) in enumerate(rows, 1)
    )
    return f'<div class="col_news_list"><div class="col_news_head"><h3 class="column-title">{head}</h3></div><div class="col_news_con"><ul class="news_list list2">{items}</ul></div></div>'


SUDY_SIDE = "\n".join(
    (
        sudy_side_list(
            "最新动态",
            [
                ("学校召开2021年党风廉政建设工作会议", "2021-03-04"),
                ("我校获批省级一流本科课程32门", "2021-03-02"),
                ("学校开展新学期校园安全大检查", "2021-02-28"),
                ("寒假期间校领导走访慰问坚守岗位教职工", "2021-02-10"),
            ],
        ),
        sudy_side_list(
            "通知公告",
            [
                ("关于2021年清明节放假安排的通知", "2021-03-03"),
                ("关于开展2021年度教职工体检工作的通知", "2021-03-01"),
                ("关于组织申报2021年度校级教改项目的通知", "2021-02-26"),
            ],
        ),
        sudy_side_list(
            "学术活动",
            [
                ("学术讲座：深度学习在医学影像中的应用", "2021-03-08"),
                ("学术讲座：新文科背景下的外语教育", "2021-03-10"),
                ("学术讲座：海洋经济高质量发展的路径", "2021-03-12"),
            ],
        ),
    )
)

SUDY_FOOT = """<div class="wrapper footer" id="footer"><div class="inner"><div class="foot clearfix">
<div class="foot-left">地址：宁江市江北区风华路818号　邮编：315211　电话：0574-87600000</div>
<div class="foot-right">Copyright &copy; 2021 {site} 版权所有　<a href="https://beian.miit.example.cn/" target="_blank">浙ICP备05001234号</a></div>
</div></div></div>"""

# Sudy WebPlus: the column menu and three dated side lists before the article, h1.arti_title, the metadata line
# p.arti_metas (发布时间, 浏览次数 from a counter), the body in .wp_articlecontent
SUDY_ARTICLE = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="renderer" content="webkit" />
<title>学校召开新学期教学工作会议</title>
<meta name="description" content="3月5日下午，学校召开新学期教学工作会议。" />
<link type="text/css" href="/_css/_system/system.css" rel="stylesheet"/>
<link type="text/css" href="/_upload/site/1/style/12/12.css" rel="stylesheet"/>
<script language="javascript" src="/_js/jquery.min.js" sudy-wp-context="" sudy-wp-siteId="12"></script>
</head>
<body class="list">
{SUDY_NAV.format(site="甬江大学", col="xwzx", colname="新闻中心")}
<div class="wrapper" id="d-container"><div class="inner clearfix">
<div class="col_menu"><div class="col_menu_head"><h3 class="col_name"><span class="col_name_text">新闻中心</span></h3></div>
<div class="col_menu_con"><ul class="wp_listcolumn list-paddingleft-2"><li class="wp_column column-1 selected"><a href="/xxyw/list.htm" class="selected"><span class="column-name">学校要闻</span></a></li><li class="wp_column column-2"><a href="/zhxw/list.htm"><span class="column-name">综合新闻</span></a></li><li class="wp_column column-3"><a href="/mtbd/list.htm"><span class="column-name">媒体报道</span></a></li></ul></div>
{SUDY_SIDE}
</div>
<div class="col_news"><div class="col_news_box">
<div class="col_news_head"><ul class="col_path"><li class="col_path_title">当前位置：</li><li class="col_path_con"><a href="/main.htm" target="_self">首页</a><span class='possplit'>&nbsp;&nbsp;</span><a href="/xwzx/list.htm" target="_self">新闻中心</a><span class='possplit'>&nbsp;&nbsp;</span><a href="/xxyw/list.htm" target="_self">学校要闻</a></li></ul></div>
<div class="col_news_con"><div class="article" frag="窗口3" portletmode="simpleArticleAttri">
<h1 class="arti_title">学校召开新学期教学工作会议</h1>
<h2 class="arti_title2"></h2>
<p class="arti_metas"><span class="arti_update">发布时间：2021-03-05</span><span class="arti_views">浏览次数：<span class="WP_VisitCount" url="/_visitcountdisplay?siteId=12&type=3&articleId=345678">326</span></span></p>
<div class="entry"><div class="read"><div class='wp_articlecontent'>
<p style="text-indent:2em;">3月5日下午，学校在图书馆报告厅召开新学期教学工作会议，分管教学的副校长、各学院院长和教学副院长参加会议。</p>
<p style="text-indent:2em;">会议总结了上学期线上线下混合式教学的经验，分析了期末考试和学生评教中反映出的问题。</p>
<p style="text-indent:2em;">会议要求，各学院要以一流本科专业建设为抓手，加强课程思政建设，严格落实教授为本科生上课制度。</p>
<p style="text-indent:2em;">会上，三个学院分别就课程改革和实践教学作了经验交流。</p>
</div></div></div>
</div></div>
</div></div>
</div></div>
{SUDY_FOOT.format(site="甬江大学")}
</body>
</html>
"""

# Sudy WebPlus of a graduate school whose <title> is the site's name: the metadata line starts with 发布者 before
# 来源 and 发布时间, the three dated side lists after the article
SUDY_SITE_TITLE = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>甬江大学研究生院</title>
<link type="text/css" href="/_css/_system/system.css" rel="stylesheet"/>
<link type="text/css" href="/_upload/site/1/style/31/31.css" rel="stylesheet"/>
<script language="javascript" src="/_js/jquery.min.js" sudy-wp-context="" sudy-wp-siteId="31"></script>
</head>
<body class="list">
{SUDY_NAV.format(site="甬江大学研究生院", col="pygl", colname="培养管理")}
<div class="wrapper" id="d-container"><div class="inner clearfix">
<div class="col_news"><div class="col_news_box">
<div class="col_news_head"><ul class="col_path"><li class="col_path_title">当前位置：</li><li class="col_path_con"><a href="/main.htm" target="_self">首页</a><span class='possplit'>&nbsp;&nbsp;</span><a href="/pygl/list.htm" target="_self">培养管理</a></li></ul></div>
<div class="col_news_con"><div class="article" frag="窗口3">
<h1 class="arti_title">关于2021年春季学期研究生课程补退选的通知</h1>
<h2 class="arti_title2"></h2>
<p class="arti_metas"><span class="arti_publisher">发布者：研究生院</span><span class="arti_from">来源：培养办</span><span class="arti_update">发布时间：2021-03-05</span><span class="arti_views">浏览次数：<span class="WP_VisitCount" url="/_visitcountdisplay?siteId=31&type=3&articleId=345790">512</span></span></p>
<div class="entry"><div class="read"><div class='wp_articlecontent'>
<p>各学院、各位研究生：</p>
<p style="text-indent:2em;">2021年春季学期研究生课程补退选工作将于3月8日开始，现将有关事项通知如下。</p>
<p style="text-indent:2em;">一、补退选时间：2021年3月8日8:00至3月12日17:00，截止后系统关闭，不再受理。</p>
<p style="text-indent:2em;">二、研究生登录研究生管理信息系统，在“选课管理”中进行补选或退选操作。</p>
<p style="text-indent:2em;">三、因课程冲突需调整的，请于3月10日前向所在学院研究生秘书提出申请。</p>
<p style="text-align:right;">研究生院培养办</p>
<p style="text-align:right;">2021年3月5日</p>
</div></div></div>
</div></div>
</div></div>
<div class="col_menu">
{SUDY_SIDE}
</div>
</div></div>
{SUDY_FOOT.format(site="甬江大学研究生院")}
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------------------------
# 6. Odd date forms inside such pages
# ---------------------------------------------------------------------------------------------------------------

# a PowerEasy school site: 更新时间 2021/3/5 at the end of the line of 作者/文章来源/点击数, the body in #fontzoom ending
# with a signature in Chinese numerals three days earlier
POWEREASY_SLASH = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>江北中学--关于2021年春季学期校园开放日活动安排的通知</title>
<link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" class="top_tdbgall">
<tr><td width="200"><a href="/"><img src="/images/logo.gif" border="0" alt="江北中学"></a></td><td><img src="/images/banner.jpg"></td></tr>
<tr><td colspan="2" class="top_Channel">|&nbsp;<a href="/">网站首页</a>&nbsp;|&nbsp;<a href="/Article/Index.asp">学校新闻</a>&nbsp;|&nbsp;<a href="/Soft/Index.asp">资源下载</a>&nbsp;|&nbsp;<a href="/Photo/Index.asp">校园风采</a>&nbsp;|&nbsp;<a href="/GuestBook/Index.asp">留言板</a>&nbsp;|</td></tr>
</table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" class="center_tdbgall">
<tr>
<td width="180" valign="top" class="left_tdbgall">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="left_title">栏目导航</td></tr>
<tr><td class="left_tdbg1"><a href="/Article/ShowClass.asp?ClassID=2">学校动态</a><br><a href="/Article/ShowClass.asp?ClassID=3">通知公告</a><br><a href="/Article/ShowClass.asp?ClassID=4">教研活动</a></td></tr></table>
</td>
<td width="580" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0" class="border">
<tr><td class="main_title_575">您现在的位置：&nbsp;<a class="LinkPath" href="/">江北中学</a>&nbsp;&gt;&gt;&nbsp;<a class="LinkPath" href="/Article/Index.asp">学校新闻</a>&nbsp;&gt;&gt;&nbsp;<a class="LinkPath" href="/Article/ShowClass.asp?ClassID=3">通知公告</a>&nbsp;&gt;&gt;&nbsp;正文</td></tr>
<tr><td class="main_tdbg_575">
<table width="100%" border="0" cellpadding="0" cellspacing="5">
<tr><td class="main_ArticleTitle" align="center">关于2021年春季学期校园开放日活动安排的通知</td></tr>
<tr><td class="main_ArticleSubheading" align="center"></td></tr>
<tr><td align="center" class="Article_tdbgall">作者：教务处&nbsp;&nbsp;&nbsp;&nbsp;文章来源：教务处&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script language="javascript" src="/Article/GetHits.asp?ArticleID=1234"></script>&nbsp;&nbsp;&nbsp;&nbsp;更新时间：2021/3/5 14:22:10</td></tr>
<tr><td height="1" bgcolor="#CCCCCC"></td></tr>
<tr><td class="main_ArticleContent" id="fontzoom">
<p>各位家长：</p>
<p>　　为让家长更好地了解学校教育教学情况，学校定于3月12日（星期五）举行春季学期校园开放日活动。</p>
<p>　　活动当天上午8:00—11:30，家长可进入课堂随堂听课，并参观学生社团展示；下午1:30在学校报告厅召开家长座谈会。</p>
<p>　　请各位家长于3月10日前通过班主任报名，每位学生限一名家长参加，入校时请出示报名回执。</p>
<p>江北中学教务处</p>
<p>二〇二一年三月二日</p>
</td></tr>
<tr><td align="right">【<a href="/Article/Comment.asp?ArticleID=1234" target="_blank">发表评论</a>】【<a href="/Article/SendMail.asp?ArticleID=1234" target="_blank">告诉好友</a>】【<a href="/Article/Print.asp?ArticleID=1234" target="_blank">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>
<tr><td><li>上一篇文章：<a href="/Article/ShowArticle.asp?ArticleID=1233">江北中学举行2021年春季开学典礼</a></li><li>下一篇文章：<a href="/Article/ShowArticle.asp?ArticleID=1235">关于开展学雷锋志愿服务活动的通知</a></li></td></tr>
</table>
</td></tr>
</table>
<table width="100%" border="0" cellpadding="0" cellspacing="0" class="border">
<tr><td class="main_title_575">相关文章</td></tr>
<tr><td><li><a href="/Article/ShowArticle.asp?ArticleID=1108">2020年秋季学期校园开放日圆满结束</a>&nbsp;[2020-10-23]</li><li><a href="/Article/ShowArticle.asp?ArticleID=1010">致家长的一封信</a>&nbsp;[2020-09-01]</li></td></tr>
</table>
</td>
</tr>
</table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" class="Bottom_tdbgall">
<tr><td align="center" class="Bottom_Copyright">版权所有 &copy; 2021 宁江市江北中学　地址：江北区文教路1号<br>浙ICP备06012345号　技术支持：动易网络</td></tr>
</table>
</body>
</html>
"""

# a district portal: 发布日期 in full-width digits, 来源 after it, the body in a div no known name covers, a 截止
# deadline with its own 时间 label in the body and a signature in Chinese numerals
FULLWIDTH_DATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于开展2021年江北区中小学生艺术节比赛的通知 - 江北区教育局</title>
<link rel="stylesheet" href="/static/css/detail.css">
</head>
<body>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/static/img/logo.png" alt="江北区教育局"></a>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/jyyw/">教育要闻</a></li><li><a href="/tzgg/">通知公告</a></li><li><a href="/xxgk/">信息公开</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div></div>
<div class="w1200 location">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a></div>
<div class="w1200 detail-main">
<div class="detail-title">关于开展2021年江北区中小学生艺术节比赛的通知</div>
<div class="detail-info">发布日期：２０２１－０３－０５　　来源：区教育局　　阅读次数：<span id="hits">532</span></div>
<div class="detail-text">
<p>各中小学、幼儿园：</p>
<p>为丰富校园文化生活，展示我区学生艺术素养，区教育局决定举办2021年江北区中小学生艺术节。现将有关事项通知如下。</p>
<p>一、比赛项目：声乐、器乐、舞蹈、戏剧、朗诵、书法、绘画、摄影共八类。</p>
<p>二、报名截止时间：2021年3月19日17:00，逾期不予受理。</p>
<p>三、比赛时间：2021年4月中旬，具体安排另行通知。</p>
<p>江北区教育局</p>
<p>二〇二一年三月四日</p>
</div>
<div class="detail-attach">附件：<a href="/upload/2021/03/05/art-fest-2021.xlsx">2021年艺术节报名表.xlsx</a></div>
<div class="detail-share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a></div>
<div class="detail-prev"><p>上一篇：<a href="/tzgg/content_12344.html">关于做好2021年春季开学工作的通知</a></p><p>下一篇：<a href="/tzgg/content_12346.html">关于公布2020年度优秀教研组名单的通知</a></p></div>
</div>
<div class="footer"><p>主办：宁江市江北区教育局　地址：宁江市江北区育才路100号</p><p>版权所有 江北区教育局　浙ICP备05012345号-2　浙公网安备 33020502000123号</p></div>
</body>
</html>
"""

# a school site of a modern custom template: the date 2021.03.05 alone in a span under the title, views beside it;
# the body opens with a 截至 statistic and holds a 截止日期： deadline line; a signature in Chinese numerals
DOTTED_DATE = """<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>关于组织开展2021年“学雷锋”志愿服务月活动的通知-宁江市甬北中学</title>
<link rel="stylesheet" href="/css/common.css">
</head>
<body>
<header class="top"><div class="container"><a href="/" class="logo"><img src="/images/logo.png" alt="宁江市甬北中学"></a>
<nav class="nav"><a href="/">首页</a><a href="/xxgk/">学校概况</a><a href="/xwzx/">新闻中心</a><a href="/dtgz/">党团工作</a><a href="/jxky/">教学科研</a><a href="/lxwm/">联系我们</a></nav></div></header>
<div class="container crumbs">首页 / 党团工作 / 团委动态</div>
<div class="container news-detail">
<h2 class="news-tit">关于组织开展2021年“学雷锋”志愿服务月活动的通知</h2>
<div class="news-date"><span>2021.03.05</span><span>浏览：1024</span></div>
<div class="news-body">
<p>截至2021年2月28日，我校已有注册青年志愿者1260名，累计开展志愿服务活动86次。</p>
<p>为弘扬雷锋精神，校团委决定在3月份组织开展“学雷锋”志愿服务月活动，现将有关事项通知如下。</p>
<p>一、活动内容：社区环境清洁、敬老院慰问、校园文明劝导、图书整理等志愿服务。</p>
<p>二、各团支部以班级为单位报名，每个团支部至少认领一个服务项目。</p>
<p>截止日期：2021年3月20日</p>
<p>三、活动结束后，各团支部提交活动照片和500字以内的活动小结。</p>
<p>校团委</p>
<p>二〇二一年三月一日</p>
</div>
<div class="news-share">分享：<a href="javascript:;">微信</a><a href="javascript:;">QQ</a></div>
<div class="news-prev"><p>上一篇：<a href="/dtgz/2021/0226/1201.html">团委召开新学期团支书工作会议</a></p><p>下一篇：<a href="/dtgz/2021/0312/1215.html">我校学生志愿者走进社区敬老院</a></p></div>
</div>
<footer class="footer"><div class="container"><p>地址：宁江市甬北区学府路66号　电话：0574-86600000</p><p>Copyright &copy; 2021 宁江市甬北中学 版权所有 浙ICP备12034567号</p></div></footer>
</body>
</html>
"""

# a 信息公开 page with its metadata table between the title and the body: 成文日期 in Chinese numerals first, the
# 发布日期 after it; the body ends with the same signature date and holds a 前 deadline
CN_NUMERAL_TABLE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>甬北县教育局关于印发《甬北县中小学课后服务工作实施办法》的通知 - 甬北县人民政府</title>
<link href="/css/xxgk.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="head"><img src="/images/head.jpg" alt="甬北县人民政府" /></div>
<div class="menu"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwfw/">政务服务</a> | <a href="/hdjl/">互动交流</a> | <a href="/ybgk/">甬北概况</a></div>
<div class="wz">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/gfxwj/">规范性文件</a></div>
<div class="con">
<h1 class="con_title">甬北县教育局关于印发《甬北县中小学课后服务工作实施办法》的通知</h1>
<table class="xxgk_info" width="100%" border="1" cellspacing="0" cellpadding="6">
<tr><th>索引号</th><td>002987654/2021-01234</td><th>发布机构</th><td>甬北县教育局</td></tr>
<tr><th>文号</th><td>甬北教〔2021〕9号</td><th>成文日期</th><td>二〇二一年三月二日</td></tr>
<tr><th>发布日期</th><td>2021-03-05</td><th>有效性</th><td>有效</td></tr>
</table>
<div class="con_text">
<p>各乡镇（街道）中心学校、县属各学校：</p>
<p style="text-indent:2em;">现将《甬北县中小学课后服务工作实施办法》印发给你们，请结合实际认真贯彻执行。</p>
<p style="text-indent:2em;">各校课后服务实施方案请于2021年3月20日前报县教育局基础教育科备案。</p>
<p style="text-align:right;">甬北县教育局</p>
<p style="text-align:right;">二〇二一年三月二日</p>
<p>（此件公开发布）</p>
</div>
<div class="con_tool"><a href="javascript:window.print()">[打印本页]</a> <a href="javascript:window.close()">[关闭窗口]</a></div>
</div>
<div class="foot">主办：甬北县人民政府办公室　版权所有：甬北县人民政府　浙ICP备05076543号　网站标识码：3302260001</div>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------------------------
# What each page shows
# ---------------------------------------------------------------------------------------------------------------

PAGES = [
    # 1. news portals
    Page(
        "news2003-font-title-gbk",
        "http://news.sina.example.cn/c/2003-03-05/1020933123.shtml",
        NEWS_2003_FONT,
        "教育部部署2003年普通高校毕业生就业工作",
        "2003-03-05",
        None,  # 新华网 stands after the date with no 来源 label: the source ladder reads only labelled values
        "新华网北京3月5日电（记者 张华）教育部今天在京召开2003年全国普通高校毕业生就业工作会议，对今年毕业生就业工作作出全面部署。",
        "教育部有关负责人表示，将于近期开通全国大学生就业信息网，为毕业生和用人单位提供及时、便捷的信息服务。",
        ("北京高校毕业生供需见面会", "两会代表委员抵京报到", "新闻查询", "新浪简介", "打印"),
        gbk=True,
    ),
    Page(
        "news2008-dateline-source",
        "http://www.zjdong.example.cn/05news/system/2008/03/05/009265432.shtml",
        NEWS_2008_INFO,
        "全国人大代表热议义务教育均衡发展",
        "2008-03-05",
        "人民网",
        "人民网北京3月5日电 十一届全国人大一次会议今天上午开幕。在随后的代表团分组审议中，义务教育均衡发展成为代表们热议的话题。",
        "代表们普遍认为，推进义务教育均衡发展，关键在于合理配置教育资源，逐步缩小区域、城乡和校际之间的差距。",
        ("政协委员建议提高农村教师待遇", "发表评论请遵守", "代表委员抵京报到", "我省两会代表团抵京", "【打印】"),
    ),
    Page(
        "news2011-titlebar-comments",
        "http://news.huanyu.example.cn/a/20110305/000123.htm",
        NEWS_2011_BAR,
        "教育部：今年将新建改扩建农村学校食堂一万所",
        "2011-03-05",
        "中国新闻网",
        "中新网3月5日电 据教育部网站消息，教育部今天发布通知，要求各地今年新建、改扩建农村义务教育学校食堂一万所，切实改善农村寄宿学生的就餐条件。",
        "通知还强调，学校食堂要坚持公益性原则，不得对外承包经营，不得以营利为目的。",
        ("财政部下达农村校舍改造专项资金", "终于有人关心孩子们吃饭的问题", "希望资金落实到位", "责任编辑", "我要评论"),
    ),
    Page(
        "news2006-paper-bold-cell-gbk",
        "http://daily.yjrb.example.cn/news/city/2006-08/15/content_120345.htm",
        NEWS_2006_PAPER,
        "我市今年新建改扩建中小学校舍12万平方米",
        "2006-08-15",
        "甬江日报",
        "本报讯（记者 陈静 通讯员 王军）记者昨日从市教育局获悉，今年我市共安排中小学校舍新建、改扩建项目46个，总建筑面积12万平方米，总投资3.2亿元。",
        "据了解，市教育局还将会同有关部门加强对在建项目的质量和安全监管，确保每一个项目都建成放心工程。",
        ("暑期校舍安全大检查全面展开", "城市轨道交通规划获批", "【字体", "编辑：林晓"),
        gbk=True,
    ),
    # 2. forums
    Page(
        "discuz-x25-typed-subject",
        "http://bbs.jbsyzx.example.cn/thread-1001-1-1.html",
        DISCUZ_X25,
        "关于2012年春季学期教材征订工作的通知",
        "2012-03-05",
        None,
        "各年级组、教研组：",
        "2012年3月5日",
        (
            "收到，语文组已经开始统计",
            "物理实验册是否统一征订",
            "物理实验册今年统一征订",
            "竭诚为全校师生服务",
            "只看该作者",
            "发表回复",
            "Powered by",
            "GMT+8",
        ),
    ),
    Page(
        "discuz-x32-relative-dates",
        "http://bbs.yczx.example.cn/forum.php?mod=viewthread&tid=2001&extra=page%3D1",
        DISCUZ_X32,
        "高一新生军训安排及注意事项",
        "2016-09-12",
        None,
        "各位同学、家长：",
        "请大家相互转告。",
        ("本帖最后由", "军训服装是开学当天发", "报到当天由班主任统一发放", "只看该作者", "立即注册", "GMT+8"),
    ),
    Page(
        "discuz-72-title-in-post",
        "http://bbs.yjzx.example.cn/viewthread.php?tid=3001&extra=page%3D1",
        DISCUZ_72,
        "校运会男子4×100米接力决赛回顾",
        "2010-11-08",
        None,
        "在上周五下午进行的校运会男子4×100米接力决赛中，高二（5）班以46秒82的成绩夺得冠军，并打破了保持六年的校纪录。",
        "附上当天的成绩表，欢迎大家补充更多现场照片。",
        ("最后一棒太精彩了", "明年再来", "生命在于运动", "注册时间", "快速回复主题", "Powered by"),
    ),
    # 3. blogs
    Page(
        "sinablog2012-paren-date",
        "http://blog.sina.example.cn/s/blog_4b1c2d3e0100abcd.html",
        SINA_BLOG_2012,
        "致即将毕业的初三学生",
        "2012-03-05",
        None,
        "亲爱的同学们：",
        "永远爱你们的王老师",
        ("王老师写得真好", "感谢王老师三年来的付出", "写给家长的一封信", "博客等级", "标签", "新浪BLOG意见反馈留言板"),
    ),
    Page(
        "wordpress-twentysixteen-footer-date",
        "http://www.chenlaoshi.example.cn/2019/03/05/listening-class-meeting/",
        WP_TWENTYSIXTEEN,
        "一堂关于“倾听”的班会课",
        "2019-03-05",
        None,
        "开学第三周，我发现班上的孩子们越来越爱“抢话”：同学发言还没说完，下面就有人举手插嘴，课堂讨论常常变成了比谁的声音大。",
        "一节课解决不了所有问题，但这三条公约贴在教室后墙上已经一个多月了，抢话的现象确实少了很多。",
        (
            "这个规则很实用",
            "画画游戏，说很好玩",
            "电子邮件地址不会被公开",
            "期末考试后的家长会发言稿",
            "近期文章",
            "自豪地采用WordPress",
        ),
    ),
    # 4. TRS / Hanweb government portals
    Page(
        "hanweb-jpage-zoom",
        "http://www.jbedu.example.gov.cn/art/2020/3/5/art_1229_3456789.html",
        HANWEB_ARTICLE,
        "区教育局召开2020年春季开学工作部署会",
        "2020-03-05",
        "区教育局办公室",
        "3月4日下午，区教育局召开2020年春季开学工作部署视频会议，各中小学、幼儿园校（园）长在分会场参加会议。",
        "会议强调，各校要统筹做好线上教学与返校复学的衔接，关注学生心理健康，确保开学工作平稳有序。",
        ("打印本页", "关闭窗口", "网站标识码", "无障碍浏览"),
    ),
    Page(
        "hanweb-xxgk-metadata-table",
        "http://www.jbedu.example.gov.cn/art/2020/3/5/art_1301_3456901.html",
        HANWEB_XXGK,
        "关于做好2020年义务教育阶段学校招生工作的通知",
        "2020-03-05",
        None,
        "各街道（镇）教育办，区属各中小学：",
        "二〇二〇年三月四日",
        ("索引号", "索 引 号", "主动公开", "北教〔2020〕12号", "打印本页", "网站标识码"),
    ),
    Page(
        "trs-source-by-script",
        "http://jyj.ningjiang.example.gov.cn/zwgk/tzgg/202003/t20200305_4567890.html",
        TRS_SCRIPT_SOURCE,
        "关于开展2020年中小学生“书香校园”读书活动的通知",
        "2020-03-05",
        "市教育局基础教育处",
        "各区县（市）教育局，直属学校：",
        "2020年3月5日",
        ("TRS_Editor", "分享到", "关于举办2019年中小学生读书节的通知", "推荐书目.docx", "网站标识码"),
    ),
    Page(
        "trs-site-name-title",
        "http://www.yinnan.example.gov.cn/zwgk/czzj/201912/t20191220_3345678.html",
        TRS_SITE_TITLE,
        "鄞南区2019年学前教育补助资金分配情况公示",
        "2019-12-20",
        "区教育局",
        "根据《宁江市学前教育补助资金管理办法》，经区教育局、区财政局审核，现将鄞南区2019年学前教育补助资金分配情况予以公示。",
        "2019年12月20日",
        ("打印本页", "主办单位", "网站标识码"),
    ),
    # 5. university portals
    Page(
        "vsb-h1-dynclicks",
        "http://news.yj.example.edu.cn/info/1011/23456.htm",
        VSB_NEWS,
        "我校召开2021年春季学期工作部署会",
        "2021-03-05",
        None,
        "3月5日上午，学校在行政楼第一会议室召开2021年春季学期工作部署会，校领导、各部门和学院主要负责人参加会议。",
        "（文/党委宣传部 图/党委宣传部）",
        ("上一条", "学校召开2021年党风廉政建设工作会议", "我校在全省高校思政课教学比赛中获佳绩", "点击"),
    ),
    Page(
        "vsb-table-titlestyle",
        "http://jwc.yj.example.edu.cn/content.jsp?urltype=news.NewsContentUrl&wbtreeid=1015&wbnewsid=2345",
        VSB_TABLE,
        "关于2021年上半年全国大学英语四、六级考试报名的通知",
        "2021-03-05",
        None,
        "各学院：",
        "2021年3月5日",
        ("四六级报名须知", "已下载", "【打印】", "考务通知"),
    ),
    Page(
        "sudy-side-lists-first",
        "http://www.yj.example.edu.cn/2021/0305/c1234a345678/page.htm",
        SUDY_ARTICLE,
        "学校召开新学期教学工作会议",
        "2021-03-05",
        None,
        "3月5日下午，学校在图书馆报告厅召开新学期教学工作会议，分管教学的副校长、各学院院长和教学副院长参加会议。",
        "会上，三个学院分别就课程改革和实践教学作了经验交流。",
        ("浏览次数", "关于2021年清明节放假安排的通知", "深度学习在医学影像中的应用", "学校开展新学期校园安全大检查"),
    ),
    Page(
        "sudy-site-name-title",
        "http://yjs.yj.example.edu.cn/2021/0305/c3456a345790/page.htm",
        SUDY_SITE_TITLE,
        "关于2021年春季学期研究生课程补退选的通知",
        "2021-03-05",
        "培养办",
        "各学院、各位研究生：",
        "2021年3月5日",
        ("发布者", "浏览次数", "关于2021年清明节放假安排的通知", "海洋经济高质量发展的路径"),
    ),
    # 6. odd date forms
    Page(
        "date-slashes-cn-signature",
        "http://www.jbzx.example.cn/Article/ShowArticle.asp?ArticleID=1234",
        POWEREASY_SLASH,
        "关于2021年春季学期校园开放日活动安排的通知",
        "2021-03-05",
        "教务处",
        "各位家长：",
        "二〇二一年三月二日",
        ("发表评论", "告诉好友", "江北中学举行2021年春季开学典礼", "2020年秋季学期校园开放日圆满结束", "技术支持"),
    ),
    Page(
        "date-fullwidth-digits",
        "http://www.jbedu.example.cn/tzgg/content_12345.html",
        FULLWIDTH_DATE,
        "关于开展2021年江北区中小学生艺术节比赛的通知",
        "2021-03-05",
        "区教育局",
        "各中小学、幼儿园：",
        "二〇二一年三月四日",
        ("阅读次数", "艺术节报名表", "分享到", "关于做好2021年春季开学工作的通知", "浙公网安备"),
    ),
    Page(
        "date-dotted-beside-deadlines",
        "http://www.ybzx.example.cn/dtgz/2021/0305/1208.html",
        DOTTED_DATE,
        "关于组织开展2021年“学雷锋”志愿服务月活动的通知",
        "2021-03-05",
        None,
        "截至2021年2月28日，我校已有注册青年志愿者1260名，累计开展志愿服务活动86次。",
        "二〇二一年三月一日",
        ("浏览：1024", "团委召开新学期团支书工作会议", "我校学生志愿者走进社区敬老院", "分享："),
    ),
    Page(
        "date-cn-numeral-written-before-published",
        "http://www.yinbei.example.gov.cn/zwgk/gfxwj/content_98765.html",
        CN_NUMERAL_TABLE,
        "甬北县教育局关于印发《甬北县中小学课后服务工作实施办法》的通知",
        "2021-03-05",
        None,
        "各乡镇（街道）中心学校、县属各学校：",
        "（此件公开发布）",
        ("索引号", "甬北教〔2021〕9号", "有效性", "打印本页", "网站标识码"),
    ),
]

PAGES += family_pages_news.PAGES + family_pages_social.PAGES + family_pages_gov.PAGES + family_pages_odd.PAGES
PAGES += family_pages_edu.PAGES + family_pages_old.PAGES + family_pages_modern.PAGES + family_pages_social2.PAGES
PAGES += family_pages_gov2.PAGES
PAGES += family_pages_wechat.PAGES
PAGES += family_pages_xwgk.PAGES
PAGES += family_pages_misc3.PAGES
PAGES += family_pages_regional.PAGES
PAGES += family_pages_univ.PAGES
PAGES += family_pages_gov3.PAGES
PAGES += family_pages_portals.PAGES
PAGES += family_pages_public.PAGES
PAGES += family_pages_school2.PAGES
PAGES += family_pages_aspcms.PAGES
PAGES += family_pages_blogcms.PAGES
PAGES += family_pages_traps.PAGES
PAGES += family_pages_traps3.PAGES
PAGES += family_pages_traps4.PAGES
PAGES += family_pages_traps5.PAGES
IDS = [p.id for p in PAGES]
BY_ID = {p.id: p for p in PAGES}
assert len(BY_ID) == len(PAGES)


@functools.cache
def read(page_id):
    p = BY_ID[page_id]
    return parse_article(p.text(), p.url, p.portal)


def explain(page):
    return f"rungs {page.extraction}"


@pytest.mark.parametrize("page_id", IDS)
def test_title(page_id):
    page = read(page_id)
    assert page.title == BY_ID[page_id].title, explain(page)


@pytest.mark.parametrize("page_id", IDS)
def test_date(page_id):
    page = read(page_id)
    assert (page.published or "")[:10] == BY_ID[page_id].day, explain(page)


@pytest.mark.parametrize("page_id", IDS)
def test_source(page_id):
    page = read(page_id)
    assert page.source == BY_ID[page_id].source, explain(page)


@pytest.mark.parametrize("page_id", IDS)
def test_body(page_id):
    p, page = BY_ID[page_id], read(page_id)
    text = "\n".join(page.body_lines)
    assert text.startswith(p.first), f"{explain(page)}; body starts {text[:80]!r}"
    assert text.endswith(p.last), f"{explain(page)}; body ends {text[-80:]!r}"
    chrome = [s for s in p.absent + CHROME if s in text]
    assert not chrome, f"{explain(page)}; chrome in the body: {chrome}"


@pytest.mark.parametrize("page_id", IDS)
def test_kind(page_id):
    p = BY_ID[page_id]
    read_ = classify(p.text(), p.url, p.portal)
    assert read_.kind == "article", read_.reason


def test_the_pages_hold_what_they_are_said_to():
    """The expectations are the pages' own text: each title, first and last paragraph is on its page."""
    for p in PAGES:
        text = " ".join(p.text().replace("&times;", "×").split())
        for value in (p.title, p.first, p.last, p.source or ""):
            assert value in text, (p.id, value)
