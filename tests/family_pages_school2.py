"""Article pages of Chinese kindergarten, primary, middle and vocational school sites and of education bureaus, a
second round of K-12 families (2004-2024): written by hand after each family's public template markup, names, hosts
and numbers made up (tests/test_article_families.py checks every field of each).

Families: a kindergarten on 科汛 KesionCMS (2012, GBK, /Item/Show.asp?m=1&d=…, div.tips of 作者/来源/更新时间/点击);
a primary school's 2006 ASP 校园网 (GBK, ShowArticle.asp, a left menu of 学校概况/少先队/家校联系, 信息来源 in a td
of 文章作者/信息来源/发布时间 "2006年4月18日"/点击次数); a middle school's 2010 ASP 校园网 (div layout, 【发表评论】
【加入收藏】【告诉好友】【打印此文】【关闭窗口】 and 文章录入/责任编辑 after the body); a 职业学校 on a ThinkPHP site
(2019, /index.php/Home/News/detail/id/….html, p.time of 发布时间/作者/来源 with | separators); a county 教育局 财务公开
on an ASP.NET MVC 站群 (2022, 发布日期 | 发布机构 | 信息来源, an 附件 list of PDFs ending the body); a middle school's
收费公示 on 易优 EyouCMS (2023, a fee table with rowspan cells, 监督举报电话 after it); a primary school's 2024 招生
公告 whose 发布日期 and 来源 stand below the body in div.art-foot, with the 报名时间 and deadline dates inside the body;
a school 党务公开 page on 苏迪 WebPlus (2021, p.arti_metas of 发布者 and 发布时间, no 来源); a school's mobile m.
template (2022, a back arrow header, div.m-info, a fixed bottom tab bar); and a 2004 ASP school page in GBK with
【字体：大 中 小】【打印】【关闭】 under the body."""

from family_page import Page

# (1) a kindergarten on 科汛 KesionCMS (2012) in GBK: the 幼儿园 banner, a nav of 园所概况 / 园所动态 / 保育保健 /
# 家园共育, div.location, div.title > h1, div.tips "作者：大二班 王老师　来源：保教处　更新时间：2012-3-8　点击：
# <script src="/item/GetHits.asp?…">", the body in div#MyContent with two photos, then 【打印】【关闭】, div.prev_next
# and a 相关文章 list with dates; the 联系我们 footer
KINDERGARTEN_KESION_GBK = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>我园开展“学雷锋·做文明小公民”主题活动-园所动态-云岫县实验幼儿园</title>
<meta name="keywords" content="学雷锋,主题活动,幼儿园" />
<link href="/skin/yey/style.css" rel="stylesheet" type="text/css" />
<script src="/ks_inc/jquery.js" type="text/javascript"></script>
<script src="/ks_inc/common.js" type="text/javascript"></script>
</head>
<body>
<div class="top"><div class="logo"><img src="/skin/yey/images/logo.gif" alt="云岫县实验幼儿园" /></div><div class="toplink"><a href="#" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.yxsyyey.example.cn');">设为首页</a> | <a href="javascript:window.external.addFavorite('http://www.yxsyyey.example.cn','云岫县实验幼儿园')">加入收藏</a></div></div>
<div class="menu"><ul><li><a href="/">网站首页</a></li><li><a href="/Item/list.asp?id=1">园所概况</a></li><li><a href="/Item/list.asp?id=2">园所动态</a></li><li><a href="/Item/list.asp?id=3">保育保健</a></li><li><a href="/Item/list.asp?id=4">家园共育</a></li><li><a href="/Item/list.asp?id=5">幼儿作品</a></li><li><a href="/Item/list.asp?id=6">招生信息</a></li></ul></div>
<div class="main">
<div class="left"><div class="lbox"><div class="ltitle">园所动态</div><ul>
<li><a href="/Item/Show.asp?m=1&amp;d=512">我园召开新学期家长会</a><span>2012-2-20</span></li>
<li><a href="/Item/Show.asp?m=1&amp;d=506">元宵节“猜灯谜、做汤圆”亲子活动</a><span>2012-2-6</span></li></ul></div>
<div class="lbox"><div class="ltitle">联系我们</div><p>园址：云岫县城关镇育才路5号</p><p>电话：0598-86330012</p></div></div>
<div class="right">
<div class="location">您现在的位置：<a href="/">云岫县实验幼儿园</a> &gt;&gt; <a href="/Item/list.asp?id=2">园所动态</a> &gt;&gt; 浏览文章</div>
<div class="title"><h1>我园开展“学雷锋·做文明小公民”主题活动</h1></div>
<div class="tips">作者：大二班 王老师　来源：保教处　更新时间：2012-3-8　点击：<script src="/item/GetHits.asp?Action=Count&amp;GetFlag=0&amp;m=1&amp;ID=518"></script>次</div>
<div class="content" id="MyContent">
<p>　　3月5日是学雷锋纪念日。为了让孩子们从小了解雷锋叔叔的故事，学习乐于助人的好品质，本周我园开展了“学雷锋·做文明小公民”系列主题活动。</p>
<p>　　各班老师通过讲故事、看动画、唱儿歌等形式，向孩子们介绍雷锋叔叔助人为乐的事迹。大班的小朋友还围绕“我身边的小雷锋”进行了讨论。</p>
<p align="center"><img src="/UploadFiles/2012/3/201203081015301.jpg" border="0" /></p>
<p>　　活动期间，孩子们在老师的带领下为幼儿园擦拭玩具、整理图书，中班和大班的小朋友还走进附近社区，为环卫工人送去了自己制作的感谢卡。</p>
<p align="center"><img src="/UploadFiles/2012/3/201203081015302.jpg" border="0" /></p>
<p>　　通过此次活动，孩子们懂得了帮助别人是一件快乐的事情，也养成了从身边小事做起、争做文明小公民的好习惯。</p>
</div>
<div class="tool">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="prev_next">上一篇：<a href="/Item/Show.asp?m=1&amp;d=512">我园召开新学期家长会</a><br />下一篇：<a href="/Item/Show.asp?m=1&amp;d=523">大班幼儿参观小学活动</a></div>
<div class="about"><div class="about_t">相关文章</div><ul><li><a href="/Item/Show.asp?m=1&amp;d=402">我园开展“三八”妇女节感恩活动</a> (2011-3-8)</li><li><a href="/Item/Show.asp?m=1&amp;d=389">小班开展“我是环保小卫士”活动</a> (2011-2-28)</li></ul></div>
</div>
</div>
<div class="foot">云岫县实验幼儿园 版权所有 Copyright &copy; 2012<br />地址：云岫县城关镇育才路5号　电话：0598-86330012　澜ICP备10003316号　Powered by KesionCMS</div>
</body>
</html>
"""

# (2) a primary school's 2006 ASP 校园网 in GBK (ShowArticle.asp?ArticleID=): one big table of a left menu (学校概况,
# 校园新闻, 教学教研, 德育之窗, 少先队, 家校联系) and a 站内公告 marquee beside the article cell; the title in a td of
# <font size="4"><b>, one td "文章作者：王红梅　　信息来源：教导处　　发布时间：2006年4月18日　　点击次数：<font
# color=red>236</font>", the body in td#ArticleContent as <br>-separated lines in one <p>; 上一篇文章/下一篇文章
# and a 相关文章 table, the school's footer
PRIMARY_ASP_2006_GBK = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>城关第二小学--我校举行第三届“书香校园”读书节开幕式</title>
<link href="Skin/Skin1/style.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0" leftmargin="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="Skin/Skin1/top.jpg" width="760" height="110"></td></tr>
<tr><td height="28" background="Skin/Skin1/menu_bg.gif" align="center"><a href="Index.asp">网站首页</a> | <a href="Article_Class.asp?ClassID=1">学校概况</a> | <a href="Article_Class.asp?ClassID=2">校园新闻</a> | <a href="Article_Class.asp?ClassID=3">教学教研</a> | <a href="Article_Class.asp?ClassID=4">德育之窗</a> | <a href="Article_Class.asp?ClassID=5">少先队</a> | <a href="Article_Class.asp?ClassID=6">家校联系</a> | <a href="GuestBook.asp">留言板</a></td></tr>
</table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr>
<td width="180" valign="top" bgcolor="#EEF6FF">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="lefttitle">站内公告</td></tr>
<tr><td><marquee direction="up" scrollamount="1" height="80">欢迎访问城关第二小学校园网！本站已开通家校联系栏目，请各位家长踊跃留言。</marquee></td></tr>
<tr><td class="lefttitle">栏目导航</td></tr>
<tr><td>&middot; <a href="Article_Class.asp?ClassID=2">校园新闻</a><br>&middot; <a href="Article_Class.asp?ClassID=3">教学教研</a><br>&middot; <a href="Article_Class.asp?ClassID=5">少先队</a><br>&middot; <a href="Article_Class.asp?ClassID=6">家校联系</a></td></tr>
<tr><td class="lefttitle">用户登录</td></tr>
<tr><td><form action="User_ChkLogin.asp" method="post">用户名：<input name="UserName" size="10"><br>密　码：<input type="password" name="UserPassword" size="10"><br><input type="submit" value="登录"></form></td></tr>
</table>
</td>
<td width="580" valign="top" style="padding:10px;">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="24">您现在的位置：<a href="Index.asp">城关第二小学</a> &gt;&gt; <a href="Article_Class.asp?ClassID=2">校园新闻</a> &gt;&gt; 正文</td></tr>
<tr><td height="40" align="center"><font size="4" color="#0033CC"><b>我校举行第三届“书香校园”读书节开幕式</b></font></td></tr>
<tr><td height="22" align="center" style="border-bottom:1px dotted #999999;">文章作者：王红梅　　信息来源：教导处　　发布时间：2006年4月18日　　点击次数：<font color="red">236</font></td></tr>
<tr><td id="ArticleContent" style="font-size:14px;line-height:180%;padding-top:10px;"><p>　　4月17日下午，我校在操场隆重举行第三届“书香校园”读书节开幕式，全校1200余名师生参加。<br>　　开幕式上，校长作了动员讲话，希望同学们多读书、读好书，让读书成为一种习惯。五年级学生代表向全校同学发出了“每天阅读半小时”的倡议。<br>　　本届读书节为期一个月，将陆续开展好书推荐、读书小报评比、故事大王比赛和“书香家庭”评选等活动。<br>　　开幕式后，各班还举行了图书漂流活动，同学们纷纷把自己喜爱的图书带到班级与同学分享。</p></td></tr>
<tr><td height="26" align="right">【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td height="22">上一篇文章：<a href="ShowArticle.asp?ArticleID=351">我校开展春季安全教育周活动</a></td></tr>
<tr><td height="22">下一篇文章：<a href="ShowArticle.asp?ArticleID=360">一年级家长开放日活动圆满结束</a></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" style="margin-top:10px;">
<tr><td class="xgwz">相关文章</td></tr>
<tr><td>&middot; <a href="ShowArticle.asp?ArticleID=212">我校第二届读书节圆满闭幕</a> [2005-5-20]<br>&middot; <a href="ShowArticle.asp?ArticleID=340">三（2）班开展“我爱读书”主题班会</a> [2006-3-30]</td></tr>
</table>
</td>
</tr>
</table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="50" align="center" bgcolor="#DDEEFF">城关第二小学 版权所有　地址：云岫县城关镇东门街12号　电话：0598-86311020<br>站长：信息技术组　澜ICP备06001234号</td></tr></table>
</body>
</html>
"""

PRIMARY_ASP_2006_FIRST = "4月17日下午，我校在操场隆重举行第三届“书香校园”读书节开幕式，全校1200余名师生参加。"
PRIMARY_ASP_2006_LAST = "开幕式后，各班还举行了图书漂流活动，同学们纷纷把自己喜爱的图书带到班级与同学分享。"

# (3) a middle school's 2010 ASP 校园网 (NewsView.asp?id=, UTF-8, div layout): div.newstitle, div.newsinfo
# "发布时间：2010-10-15 16:42:10　来源：政教处　作者：刘俊　浏览：<span id="hits">" ; the body in div.newscontent,
# then div.newsfoot "文章录入：admin　责任编辑：admin", 【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】,
# 上一篇文章/下一篇文章, a 网友评论 box with one comment and a 最新文章 side list
MIDDLE_ASP_2010 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>我校举行2010年秋季田径运动会 - 云岫县第一中学</title>
<link href="css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="top"><div class="logo"><img src="images/yz_logo.gif" alt="云岫县第一中学" /></div><div class="motto">厚德 博学 求实 创新</div></div>
<div id="menu"><a href="index.asp">首页</a><a href="NewsList.asp?cid=1">学校概况</a><a href="NewsList.asp?cid=2">校园动态</a><a href="NewsList.asp?cid=3">教学科研</a><a href="NewsList.asp?cid=4">德育园地</a><a href="NewsList.asp?cid=5">团委学生会</a><a href="NewsList.asp?cid=6">高考专栏</a><a href="NewsList.asp?cid=7">校友风采</a></div>
<div id="main">
<div id="left">
<div class="position">您的位置：<a href="index.asp">首页</a> &gt; <a href="NewsList.asp?cid=2">校园动态</a> &gt; 正文</div>
<div class="newstitle">我校举行2010年秋季田径运动会</div>
<div class="newsinfo">发布时间：2010-10-15 16:42:10　来源：政教处　作者：刘俊　浏览：<span id="hits">0</span><script type="text/javascript" src="hits.asp?id=2083"></script></div>
<div class="newscontent">
<p>　　10月13日至14日，我校2010年秋季田径运动会在学校田径场举行。全校48个班级的1300余名运动员参加了31个项目的角逐。</p>
<p>　　开幕式上，各班代表队精神饱满、步伐整齐地通过主席台，接受全校师生检阅。校长致开幕词，勉励运动员赛出风格、赛出水平。</p>
<p>　　比赛中，运动员们奋勇拼搏，共有3人4次打破学校纪录，其中高二（5）班李浩同学以11秒62的成绩打破了保持8年的男子100米校纪录。</p>
<p>　　经过两天的激烈角逐，高三（2）班、高二（5）班和高一（8）班分获年级团体总分第一名，另有12个班级获得“体育道德风尚奖”。</p>
</div>
<div class="newsfoot">文章录入：admin　　责任编辑：admin</div>
<div class="newsbtn">【<a href="Comment.asp?id=2083">发表评论</a>】【<a href="javascript:window.external.addFavorite(location.href,document.title)">加入收藏</a>】【<a href="SendMail.asp?id=2083">告诉好友</a>】【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="prenext">上一篇文章：<a href="NewsView.asp?id=2077">我校召开高三年级期中质量分析会</a><br />下一篇文章：<a href="NewsView.asp?id=2091">我校举办第十二届校园科技节</a></div>
<div class="comment"><div class="comment_t">网友评论</div><div class="comment_item"><span class="cname">高一学生</span> 发表于 2010-10-16 12:30<p>运动会太精彩了，为运动员们点赞！</p></div></div>
</div>
<div id="right"><div class="rbox"><div class="rtitle">最新文章</div><ul>
<li><a href="NewsView.asp?id=2091">我校举办第十二届校园科技节</a></li><li><a href="NewsView.asp?id=2077">我校召开高三年级期中质量分析会</a></li><li><a href="NewsView.asp?id=2068">国庆长假安全致家长的一封信</a></li></ul></div></div>
</div>
<div id="footer">Copyright &copy; 2010 云岫县第一中学 版权所有<br />地址：云岫县城关镇学府路1号　电话：0598-86315566　澜ICP备09012233号</div>
</body>
</html>
"""

# (4) a 职业学校 on a ThinkPHP site (2019): /index.php/Home/News/detail/id/2318.html, a red header with 招生热线,
# a nav of 学校概况 / 专业设置 / 招生就业 / 校企合作, div.news_detail > h3, p.time "发布时间：2019-11-20 15:06 |
# 作者：汽修专业部 | 来源：教务处 | 浏览量：862", the body in div.news_content of prose paragraphs and a photo,
# then a 上一篇/下一篇 div and a 招生热线 box
VOCATIONAL_THINKPHP = """<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>我校学子在省职业院校技能大赛中获3金5银 - 云岫县职业技术学校</title>
<meta name="keywords" content="技能大赛,职业学校,云岫职校">
<link rel="stylesheet" href="/Public/Home/css/bootstrap.min.css">
<link rel="stylesheet" href="/Public/Home/css/main.css">
</head>
<body>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/Public/Home/images/logo.png" alt="云岫县职业技术学校"></a><div class="hotline">招生热线：0598-86337788</div></div></header>
<nav class="navbar"><div class="container"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/index.php/Home/About/index.html">学校概况</a></li><li><a href="/index.php/Home/News/index/cid/2.html">新闻动态</a></li><li><a href="/index.php/Home/Major/index.html">专业设置</a></li><li><a href="/index.php/Home/Zsjy/index.html">招生就业</a></li><li><a href="/index.php/Home/Xqhz/index.html">校企合作</a></li><li><a href="/index.php/Home/Contact/index.html">联系我们</a></li></ul></div></nav>
<div class="container">
<ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/index.php/Home/News/index/cid/2.html">新闻动态</a></li><li class="active">学校新闻</li></ol>
<div class="row">
<div class="col-md-9">
<div class="news_detail">
<h3>我校学子在省职业院校技能大赛中获3金5银</h3>
<p class="time">发布时间：2019-11-20 15:06 | 作者：汽修专业部 | 来源：教务处 | 浏览量：862</p>
<div class="news_content">
<p>近日，2019年全省职业院校技能大赛（中职组）落下帷幕。我校选派的21名选手参加了汽车运用与维修、电子电路装调与应用、电子商务技能等9个赛项的比赛，共获得一等奖3个、二等奖5个、三等奖4个，获奖数量创历年新高。</p>
<p style="text-align:center"><img src="/Uploads/2019-11-20/5dd4e6a1b2c3d.jpg" alt=""></p>
<p>其中，汽修专业部陈志强、吴凯同学在汽车机电维修赛项中表现突出，双双获得一等奖，并取得代表全省参加国赛选拔的资格。</p>
<p>近年来，我校坚持以赛促教、以赛促学，把技能大赛训练与日常专业教学紧密结合，建立了校、市、省三级竞赛选拔机制，学生专业技能水平明显提升。</p>
<p>下一步，学校将认真总结参赛经验，加强实训基地建设和“双师型”教师队伍培养，推动专业建设再上新台阶。</p>
</div>
<div class="news_page"><p>上一篇：<a href="/index.php/Home/News/detail/id/2310.html">我校举行2019级新生军训汇报表演</a></p><p>下一篇：<a href="/index.php/Home/News/detail/id/2325.html">市人社局来校开展职业技能等级认定工作</a></p></div>
</div>
</div>
<div class="col-md-3"><div class="side_box"><h4>招生热线</h4><p>招生办：0598-86337788</p><p>QQ咨询：12345678</p></div>
<div class="side_box"><h4>热门专业</h4><ul><li><a href="/index.php/Home/Major/detail/id/3.html">汽车运用与维修</a></li><li><a href="/index.php/Home/Major/detail/id/5.html">电子商务</a></li></ul></div></div>
</div>
</div>
<footer class="footer"><div class="container"><p>Copyright &copy; 2019 云岫县职业技术学校 版权所有　地址：云岫县经济开发区职教路1号</p><p><a href="https://beian.miit.example.cn/" target="_blank">澜ICP备16008899号-1</a></p></div></footer>
</body>
</html>
"""

# (5) a county 教育局 财务公开 on an ASP.NET MVC 站群 (2022): /Article/Detail/51208, a 教育局 header, the 校务公开 /
# 财务公开 column path, div.article-header > h1, div.article-attr "发布日期：2022-01-28 | 发布机构：云岫县教育局 |
# 信息来源：计划财务股 | 阅读：<span id="readCount">", the body in div.article-body with 一、二、三 sections and an
# 附件： list of two PDFs as <ul> items at its end; 打印/关闭, 上一篇/下一篇, a 财务公开 side list
EDU_BUREAU_CAIWU_ATTACH = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>云岫县教育局2022年部门预算公开 - 财务公开 - 云岫县教育局</title>
<link rel="stylesheet" href="/Content/site.css" />
<script src="/Scripts/jquery-3.4.1.min.js"></script>
</head>
<body>
<div class="site-head"><div class="container"><a href="/"><img src="/Content/images/jyj_logo.png" alt="云岫县教育局" /></a><form class="search" action="/Search" method="get"><input name="kw" placeholder="站内搜索" /><button type="submit">搜索</button></form></div></div>
<div class="site-nav"><ul class="container"><li><a href="/">首页</a></li><li><a href="/Column/1">教育要闻</a></li><li><a href="/Column/2">通知公告</a></li><li><a href="/Column/3">校务公开</a></li><li><a href="/Column/4">政策法规</a></li><li><a href="/Column/5">办事指南</a></li><li><a href="/Column/6">学校风采</a></li></ul></div>
<div class="container page">
<div class="side"><div class="side-t">校务公开</div><ul class="side-menu"><li><a href="/Column/31">财务公开</a></li><li><a href="/Column/32">收费公示</a></li><li><a href="/Column/33">招生信息</a></li><li><a href="/Column/34">人事信息</a></li></ul>
<div class="side-t">财务公开</div><ul class="side-list"><li><a href="/Article/Detail/48813">云岫县教育局2020年度部门决算公开</a><span>2021-09-10</span></li><li><a href="/Article/Detail/45127">云岫县教育局2021年部门预算公开</a><span>2021-02-05</span></li></ul></div>
<div class="content">
<div class="breadcrumb">当前位置：<a href="/">首页</a> / <a href="/Column/3">校务公开</a> / <a href="/Column/31">财务公开</a></div>
<div class="article-header"><h1>云岫县教育局2022年部门预算公开</h1>
<div class="article-attr">发布日期：2022-01-28 | 发布机构：云岫县教育局 | 信息来源：计划财务股 | 阅读：<span id="readCount"></span></div></div>
<div class="article-body">
<p style="text-indent:2em;">根据《中华人民共和国预算法》和县财政局关于做好2022年部门预算公开工作的要求，现将云岫县教育局2022年部门预算公开如下。</p>
<p style="text-indent:2em;"><strong>一、部门主要职责</strong></p>
<p style="text-indent:2em;">贯彻执行国家和省、市教育工作方针政策，统筹管理全县学前教育、义务教育、普通高中教育和职业教育，负责全县教育经费的统筹管理。</p>
<p style="text-indent:2em;"><strong>二、收支预算总体情况</strong></p>
<p style="text-indent:2em;">2022年部门收入预算52386.7万元，其中一般公共预算拨款49812.3万元；支出预算52386.7万元，其中基本支出38740.5万元，项目支出13646.2万元。</p>
<p style="text-indent:2em;"><strong>三、“三公”经费预算情况</strong></p>
<p style="text-indent:2em;">2022年“三公”经费预算18.6万元，比上年减少2.4万元，主要是压减公务接待和公务用车运行维护费。</p>
<p style="text-indent:2em;">附件：</p>
<ul class="attach"><li><a href="/Upload/File/2022/01/28/yxjyj2022bmys-1.pdf">1.云岫县教育局2022年部门预算公开表.pdf</a></li><li><a href="/Upload/File/2022/01/28/yxjyj2022bmys-2.pdf">2.云岫县教育局2022年部门预算情况说明.pdf</a></li></ul>
</div>
<div class="article-tool"><a href="javascript:window.print();">打印本页</a> <a href="javascript:window.close();">关闭窗口</a></div>
<div class="article-prenext"><p>上一篇：<a href="/Article/Detail/51107">云岫县教育局2021年第四季度财务收支情况公示</a></p><p>下一篇：<a href="/Article/Detail/51322">云岫县第一中学2022年部门预算公开</a></p></div>
</div>
</div>
<div class="site-foot"><div class="container"><p>主办单位：云岫县教育局　地址：云岫县城关镇文教路3号　电话：0598-86312200</p><p>云岫县教育局 版权所有　澜ICP备12006688号　澜公网安备 61102502000399号</p></div></div>
</body>
</html>
"""

# (6) a middle school's 收费公示 on 易优 EyouCMS (2023): the school's responsive header, div.article > h1.article-title,
# div.article-meta of <span>来源：总务处</span><span>发布时间：2023-08-28</span><span>浏览：<script src=
# "/index.php?m=api&c=Ajax&a=arcclick…">, the body in div.article-content: a lead paragraph, a fee table whose 代收费
# rows share a rowspan cell, a note and the 监督举报电话 paragraph; a tag row, 上一篇/下一篇 and a 通知公告 side list
FEE_EYOU_ROWSPAN = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>临溪市实验中学2023年秋季学期收费公示_通知公告_临溪市实验中学</title>
<meta name="keywords" content="收费公示,秋季学期" />
<link href="/template/pc/skin/css/style.css" rel="stylesheet" media="screen" type="text/css" />
</head>
<body>
<div class="header"><div class="wrap"><a href="/" class="logo"><img src="/uploads/allimg/20230301/logo.png" alt="临溪市实验中学" /></a><div class="head-r">校长信箱：xz@lxsyzx.example.cn</div></div></div>
<div class="menu"><ul class="wrap"><li><a href="/">网站首页</a></li><li><a href="/xxgk/">学校概况</a></li><li><a href="/xwdt/">新闻动态</a></li><li><a href="/tzgg/">通知公告</a></li><li><a href="/jxky/">教学科研</a></li><li><a href="/dyhd/">德育活动</a></li><li><a href="/xwgk/">校务公开</a></li></ul></div>
<div class="wrap main">
<div class="crumb">当前位置：<a href='/'>首页</a> &gt; <a href='/tzgg/'>通知公告</a> &gt;</div>
<div class="main-l">
<div class="article">
<h1 class="article-title">临溪市实验中学2023年秋季学期收费公示</h1>
<div class="article-meta"><span>来源：总务处</span><span>发布时间：2023-08-28</span><span>浏览：<script src="/index.php?m=api&amp;c=Ajax&amp;a=arcclick&amp;type=view&amp;aids=386" type="text/javascript"></script></span></div>
<div class="article-content">
<p style="text-indent:2em;">根据省发展改革委、省财政厅、省教育厅有关规定，现将我校2023年秋季学期收费项目和标准公示如下：</p>
<table border="1" cellspacing="0" cellpadding="5" width="100%" style="border-collapse:collapse;">
<tr><th>类别</th><th>收费项目</th><th>收费标准</th><th>收费依据</th></tr>
<tr><td>行政事业性收费</td><td>住宿费</td><td>400元/生·学期</td><td>澜发改价格〔2021〕112号</td></tr>
<tr><td rowspan="2">代收费</td><td>作业本费</td><td>初一35元/生·学期</td><td rowspan="2">澜教财〔2022〕58号</td></tr>
<tr><td>伙食费</td><td>按实结算，每生每餐不超过8元</td></tr>
</table>
<p style="text-indent:2em;">除上述项目外，学校不得以任何名义向学生收取其他费用。代收费坚持学生自愿原则，学期结束后据实结算、多退少补。</p>
<p style="text-indent:2em;">监督举报电话：市教育局 0598-86200000；市发展改革委（价格举报）12345。</p>
</div>
<div class="article-tags">标签：<a href="/tags/12.html">收费公示</a> <a href="/tags/15.html">校务公开</a></div>
<div class="article-pn"><p>上一篇：<a href="/tzgg/380.html">临溪市实验中学2023年秋季开学通知</a></p><p>下一篇：<a href="/tzgg/391.html">关于开展2023年家庭经济困难学生认定工作的通知</a></p></div>
</div>
</div>
<div class="main-r"><div class="side"><h3>通知公告</h3><ul><li><a href="/tzgg/380.html">临溪市实验中学2023年秋季开学通知</a><span>2023-08-25</span></li><li><a href="/tzgg/372.html">2023年暑假安全告家长书</a><span>2023-07-06</span></li></ul></div></div>
</div>
<div class="footer"><div class="wrap">Copyright &copy; 2023 临溪市实验中学 版权所有　地址：临溪市城东区学院路18号　<a href="https://beian.miit.example.cn/" rel="nofollow">澜ICP备20007788号-1</a></div></div>
</body>
</html>
"""

# (7) a primary school's 2024 一年级招生公告: h1.art-title and no date above the body; the body in div.art-body gives
# 报名时间 (2024年7月1日至7月5日) and a 材料审核截止 deadline (2024年7月10日) in its text; the 发布日期 / 来源 /
# 阅读 line stands below the body in div.art-foot, then a 分享 bar, 上一篇/下一篇 and a footer with 招生咨询电话
ZHAOSHENG_FOOT_DATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>溪东区实验小学2024年一年级新生招生公告-溪东区实验小学</title>
<link rel="stylesheet" href="/static/css/common.css" />
<link rel="stylesheet" href="//at.alicdn.example.cn/t/font_2024_iconfont.css" />
</head>
<body>
<header class="hd"><div class="inner"><a class="logo" href="/"><img src="/static/img/logo.svg" alt="溪东区实验小学" /></a><nav><a href="/">首页</a><a href="/about/">学校概况</a><a href="/news/">校园新闻</a><a href="/notice/">通知公告</a><a href="/zsxx/">招生信息</a><a href="/dj/">党建工作</a><a href="/jxgy/">家校共育</a></nav></div></header>
<div class="inner crumbs"><i class="iconfont icon-home"></i><a href="/">首页</a><span>/</span><a href="/zsxx/">招生信息</a><span>/</span><em>正文</em></div>
<main class="inner art">
<h1 class="art-title">溪东区实验小学2024年一年级新生招生公告</h1>
<div class="art-body">
<p>根据《临溪市溪东区2024年义务教育招生入学工作实施方案》，结合我校实际，现将2024年一年级新生招生工作有关事项公告如下。</p>
<p><strong>一、招生对象</strong></p>
<p>2017年9月1日至2018年8月31日出生、户籍和实际居住地均在我校施教区内的适龄儿童。</p>
<p><strong>二、报名时间和方式</strong></p>
<p>报名时间：2024年7月1日至7月5日，家长登录“溪东区义务教育招生平台”进行网上报名，逾期不再受理。</p>
<p><strong>三、材料审核</strong></p>
<p>学校将于2024年7月10日前完成报名材料审核，审核结果通过招生平台反馈，请家长及时查询。</p>
<p>招生咨询电话：0598-86231357（工作日8:30-17:00）。</p>
</div>
<div class="art-foot"><span><i class="iconfont icon-time"></i>发布日期：2024-06-20</span><span><i class="iconfont icon-from"></i>来源：学校教务处</span><span><i class="iconfont icon-eye"></i>阅读：2861</span></div>
<div class="art-share">分享到：<a class="i-wx" href="javascript:;" title="微信"></a><a class="i-qq" href="javascript:;" title="QQ"></a></div>
<div class="art-pn"><a href="/zsxx/2024/0612/118.html">上一篇：2024年溪东区实验小学施教区范围公告</a><a href="/zsxx/2024/0628/126.html">下一篇：2024年一年级新生报名常见问题解答</a></div>
</main>
<footer class="ft"><div class="inner"><p>溪东区实验小学 版权所有　地址：临溪市溪东区实验路7号</p><p>澜ICP备19004455号-2　澜公网安备 61010202000456号</p></div></footer>
</body>
</html>
"""

# (8) a school 党务公开 page on 苏迪 WebPlus (2021): /2021/0701/c1234a56789/page.htm, div.col_news_head column title,
# h1.arti_title, p.arti_metas of span.arti_publisher 发布者：党总支 / span.arti_update 发布时间：2021-07-01 /
# span.arti_views 浏览次数 (span.WP_VisitCount) and no 来源 at all; the body in div.entry > div.read >
# div.wp_articlecontent; the sudy footer, a 党务公开 side column (div.col_menu) of sub-columns
DANGWU_SUDY = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit" />
<title>中共临溪市第三中学总支部委员会关于开展“七一”系列活动的通知</title>
<meta name="description" content="为庆祝中国共产党成立100周年，经党总支研究，决定开展“七一”系列活动。" />
<link type="text/css" href="/_css/_system/system.css" rel="stylesheet"/>
<link type="text/css" href="/_upload/site/1/style/1/1.css" rel="stylesheet"/>
<link type="text/css" href="/_css/tpl2/system.css" rel="stylesheet" />
<script type="text/javascript" src="/_js/jquery.min.js" sudy-wp-context="" sudy-wp-siteId="12"></script>
</head>
<body class="list">
<div class="wrapper header"><div class="inner"><div class="head-left"><a href="/main.htm" class="logo"><img border="0" src="/_upload/tpl/00/1c/28/template28/images/logo.png" /></a></div>
<div class="head-right"><div class="navbar"><ul class="wp-menu"><li class="menu-item"><a class="menu-link" href="/main.htm">首页</a></li><li class="menu-item"><a class="menu-link" href="/xxgk/list.htm">学校概况</a></li><li class="menu-item"><a class="menu-link" href="/xwzx/list.htm">新闻中心</a></li><li class="menu-item"><a class="menu-link" href="/djgz/list.htm">党建工作</a></li><li class="menu-item"><a class="menu-link" href="/dwgk/list.htm">党务公开</a></li><li class="menu-item"><a class="menu-link" href="/jyjx/list.htm">教育教学</a></li></ul></div></div></div></div>
<div class="wrapper" id="d-container"><div class="inner clearfix">
<div class="col_menu"><div class="col_menu_head"><h3 class="col_name"><span class="col_name_text">党务公开</span></h3></div>
<div class="col_menu_con"><ul class="wp_listcolumn"><li class="wp_column"><a href="/dwgk/zzjs/list.htm"><span class="column-name">组织建设</span></a></li><li class="wp_column"><a href="/dwgk/dygl/list.htm"><span class="column-name">党员管理</span></a></li><li class="wp_column"><a href="/dwgk/dfsj/list.htm"><span class="column-name">党费收缴</span></a></li></ul></div></div>
<div class="col_news"><div class="col_news_box">
<div class="col_news_head"><ul class="col_metas clearfix"><li class="col_title"><h2>党务公开</h2></li><li class="col_path"><span class="path_name">当前位置：</span><a href="/main.htm">首页</a><span class='possplit'>&nbsp;&nbsp;</span><a href="/dwgk/list.htm">党务公开</a></li></ul></div>
<div class="col_news_con"><div id="d-container"><div class="infobox">
<div class="article">
<h1 class="arti_title">中共临溪市第三中学总支部委员会关于开展“七一”系列活动的通知</h1>
<p class="arti_metas"><span class="arti_publisher">发布者：党总支</span><span class="arti_update">发布时间：2021-07-01</span><span class="arti_views">浏览次数：<span class="WP_VisitCount" url="/_visitcountdisplay?siteId=12&amp;type=3&amp;articleId=56789">103</span></span></p>
<div class="entry"><div class="read"><div class='wp_articlecontent'>
<p style="text-indent:2em;">各党支部、全体党员：</p>
<p style="text-indent:2em;">为庆祝中国共产党成立100周年，深入推进党史学习教育，经党总支研究，决定在全校党员中开展“七一”系列活动。</p>
<p style="text-indent:2em;">一、7月1日上午组织全体党员集中收看庆祝中国共产党成立100周年大会直播，各支部随后开展专题学习讨论。</p>
<p style="text-indent:2em;">二、7月上旬开展“光荣在党50年”纪念章颁发仪式，走访慰问老党员和生活困难党员。</p>
<p style="text-indent:2em;">三、7月中旬各支部召开专题组织生活会，每名党员结合工作实际谈认识、找差距、明方向。</p>
<p style="text-align:right;">中共临溪市第三中学总支部委员会</p>
<p style="text-align:right;">2021年6月28日</p>
</div></div></div>
</div>
</div></div></div>
</div></div>
</div></div>
<div class="wrapper footer"><div class="inner"><div class="foot-left">地址：临溪市城北区育英路22号　邮编：353001　电话：0598-86117733</div><div class="foot-right">Copyright &copy; 2021 临溪市第三中学 版权所有　澜ICP备11006655号</div></div></div>
</body>
</html>
"""

# (9) a middle school's mobile m. template (2022): a viewport page, header.m-head with a back arrow and the school's
# name, div.m-article > h2.m-title, div.m-info of <span>2022-09-10 16:20</span><span>来源：德育处</span><span>阅读
# 1208</span>, the body in div.m-content, then 相关推荐 cards with dates and a fixed bottom tab bar (首页 / 栏目 / 电话 /
# 顶部); the short footer with 版权所有 and ICP
MOBILE_M_SCHOOL = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />
<meta name="format-detection" content="telephone=no" />
<title>我校隆重庆祝第38个教师节-临溪市第五中学手机版</title>
<link rel="stylesheet" href="/m/css/m.css" />
<link rel="canonical" href="http://www.lxwz.example.cn/xwdt/2022/0910/2251.html" />
</head>
<body>
<header class="m-head"><a class="m-back" href="javascript:history.back();">&lt;</a><span class="m-sitename">临溪市第五中学</span><a class="m-menu-btn" href="javascript:;" onclick="toggleMenu()">☰</a></header>
<nav class="m-menu" style="display:none"><a href="/m/">首页</a><a href="/m/list/1.html">学校概况</a><a href="/m/list/2.html">新闻动态</a><a href="/m/list/3.html">通知公告</a><a href="/m/list/4.html">德育天地</a></nav>
<div class="m-article">
<h2 class="m-title">我校隆重庆祝第38个教师节</h2>
<div class="m-info"><span>2022-09-10 16:20</span><span>来源：德育处</span><span>阅读 1208</span></div>
<div class="m-content">
<p>9月9日下午，我校在学术报告厅隆重举行庆祝第38个教师节暨表彰大会，全体教职工参加。</p>
<p>大会表彰了2021—2022学年度优秀教师、优秀班主任和教学质量先进个人共46人，并为从教30年的12位教师颁发了荣誉证书。</p>
<p>学生代表向老师们献上鲜花和亲手制作的贺卡，表达对老师的感恩之情。青年教师代表在发言中表示，将以老教师为榜样，做学生成长的引路人。</p>
<p>校长在讲话中向全体教职工致以节日的问候，希望大家坚守教育初心，潜心教书育人，努力办好人民满意的教育。</p>
</div>
</div>
<div class="m-related"><h3>相关推荐</h3>
<a class="m-card" href="/m/show/2240.html"><p>我校召开2022年秋季开学工作会议</p><span>2022-08-29</span></a>
<a class="m-card" href="/m/show/2233.html"><p>新生入学教育暨军训开营仪式举行</p><span>2022-08-22</span></a></div>
<div class="m-foot">临溪市第五中学 版权所有<br />澜ICP备14003366号</div>
<div class="m-tabbar"><a href="/m/">首页</a><a href="/m/list/2.html">栏目</a><a href="tel:059886118899">电话</a><a href="#top">顶部</a></div>
</body>
</html>
"""

# (10) a 2004 ASP school page in GBK (Article_Show.asp?ArticleID=): one centred table, the title in a td of
# <font class="title_font">, a td "作者：校团委　来源：校团委　点击数：<script>　更新时间：2004-5-4", the body in
# td.article_content, then 【字体：大 中 小】【打印】【关闭】 in its own row under the body, 上一篇/下一篇 links and the
# 2004 footer of 版权所有 and 建议使用 IE5.0 以上
FONTSIZE_2004_GBK = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>我校举行“五四”青年节新团员入团宣誓仪式 - 云岫县第二中学</title>
<style type="text/css">
td {font-size:12px; line-height:150%}
.title_font {font-size:18px; color:#990000; font-weight:bold}
.article_content {font-size:14px; line-height:200%}
</style>
<script language="javascript">
function ContentSize(size){ document.getElementById('Content').style.fontSize = size + 'px'; }
</script>
</head>
<body bgcolor="#E8F0F8" topmargin="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td><img src="images/top2004.jpg" width="760" height="100" alt="云岫县第二中学"></td></tr>
<tr><td height="26" bgcolor="#3366CC" align="center"><a href="index.asp"><font color="#FFFFFF">首页</font></a> <font color="#FFFFFF">|</font> <a href="Article_Class.asp?ClassID=1"><font color="#FFFFFF">学校新闻</font></a> <font color="#FFFFFF">|</font> <a href="Article_Class.asp?ClassID=2"><font color="#FFFFFF">教学园地</font></a> <font color="#FFFFFF">|</font> <a href="Article_Class.asp?ClassID=3"><font color="#FFFFFF">团队活动</font></a> <font color="#FFFFFF">|</font> <a href="Article_Class.asp?ClassID=4"><font color="#FFFFFF">下载中心</font></a> <font color="#FFFFFF">|</font> <a href="GuestBook.asp"><font color="#FFFFFF">留言本</font></a></td></tr>
<tr><td height="24">&nbsp;当前位置：<a href="index.asp">网站首页</a> &gt;&gt; <a href="Article_Class.asp?ClassID=3">团队活动</a></td></tr>
<tr><td style="padding:10px 30px;">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="40" align="center"><font class="title_font">我校举行“五四”青年节新团员入团宣誓仪式</font></td></tr>
<tr><td height="22" align="center" bgcolor="#F0F0F0">作者：校团委　来源：校团委　点击数：<script language="javascript" src="Article_GetHits.asp?ArticleID=158"></script>　更新时间：2004-5-4</td></tr>
<tr><td id="Content" class="article_content" style="padding-top:10px;">
<p>　　5月4日上午，我校在学校礼堂举行纪念“五四”运动85周年暨新团员入团宣誓仪式，全校团员代表和新入团的86名同学参加。</p>
<p>　　仪式在庄严的国歌声中开始。校团委书记宣读了新团员名单，并为新团员代表佩戴团徽。在老团员代表的带领下，新团员们面对团旗庄严宣誓。</p>
<p>　　新团员代表初二（3）班赵敏同学发言，表示要以实际行动为团旗增辉，在学习和生活中起到模范带头作用。</p>
<p>　　最后，校党支部书记勉励新团员牢记誓言，努力学习，争做品学兼优的好学生。</p>
</td></tr>
<tr><td height="30" align="right">【字体：<a href="javascript:ContentSize(16)">大</a> <a href="javascript:ContentSize(14)">中</a> <a href="javascript:ContentSize(12)">小</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
<tr><td height="22">上一篇：<a href="Article_Show.asp?ArticleID=155">我校召开期中考试表彰大会</a></td></tr>
<tr><td height="22">下一篇：<a href="Article_Show.asp?ArticleID=161">初三年级召开中考动员大会</a></td></tr>
</table>
</td></tr>
<tr><td height="50" align="center" bgcolor="#DDE6F0">云岫县第二中学 版权所有 Copyright &copy; 2004<br>建议使用IE5.0以上版本、800*600分辨率浏览</td></tr>
</table>
</body>
</html>
"""

PAGES: list[Page] = [
    Page(
        id="school2-kindergarten-kesion-gbk",
        url="http://www.yxsyyey.example.cn/Item/Show.asp?m=1&d=518",
        html=KINDERGARTEN_KESION_GBK,
        title="我园开展“学雷锋·做文明小公民”主题活动",
        day="2012-03-08",
        source="保教处",
        first="3月5日是学雷锋纪念日。为了让孩子们从小了解雷锋叔叔的故事，学习乐于助人的好品质，本周我园开展了“学雷锋·做文明小公民”系列主题活动。",
        last="通过此次活动，孩子们懂得了帮助别人是一件快乐的事情，也养成了从身边小事做起、争做文明小公民的好习惯。",
        absent=(
            "作者：",
            "更新时间",
            "打印",
            "上一篇",
            "新学期家长会",
            "相关文章",
            "环保小卫士",
            "育才路5号",
            "KesionCMS",
        ),
        gbk=True,
    ),
    Page(
        id="school2-primary-asp-2006-br-gbk",
        url="http://www.cgez.example.cn/ShowArticle.asp?ArticleID=356",
        html=PRIMARY_ASP_2006_GBK,
        title="我校举行第三届“书香校园”读书节开幕式",
        day="2006-04-18",
        source="教导处",
        first=PRIMARY_ASP_2006_FIRST,
        last=PRIMARY_ASP_2006_LAST,
        absent=(
            "文章作者",
            "点击次数",
            "站内公告",
            "用户登录",
            "关闭窗口",
            "上一篇文章",
            "安全教育周",
            "第二届读书节",
            "站长",
        ),
        gbk=True,
    ),
    Page(
        id="school2-middle-asp-2010-comment",
        url="http://www.yxyz.example.cn/NewsView.asp?id=2083",
        html=MIDDLE_ASP_2010,
        title="我校举行2010年秋季田径运动会",
        day="2010-10-15",
        source="政教处",
        first="10月13日至14日，我校2010年秋季田径运动会在学校田径场举行。全校48个班级的1300余名运动员参加了31个项目的角逐。",
        last="经过两天的激烈角逐，高三（2）班、高二（5）班和高一（8）班分获年级团体总分第一名，另有12个班级获得“体育道德风尚奖”。",
        absent=(
            "作者：",
            "文章录入",
            "责任编辑",
            "发表评论",
            "告诉好友",
            "上一篇文章",
            "科技节",
            "网友评论",
            "为运动员们点赞",
        ),
    ),
    Page(
        id="school2-vocational-thinkphp-pipes",
        url="http://www.yxzz.example.cn/index.php/Home/News/detail/id/2318.html",
        html=VOCATIONAL_THINKPHP,
        title="我校学子在省职业院校技能大赛中获3金5银",
        day="2019-11-20",
        source="教务处",
        first="近日，2019年全省职业院校技能大赛（中职组）落下帷幕。我校选派的21名选手参加了汽车运用与维修、电子电路装调与应用、电子商务技能等9个赛项的比赛，共获得一等奖3个、二等奖5个、三等奖4个，获奖数量创历年新高。",
        last="下一步，学校将认真总结参赛经验，加强实训基地建设和“双师型”教师队伍培养，推动专业建设再上新台阶。",
        absent=("浏览量", "上一篇", "军训汇报表演", "招生热线", "QQ咨询", "热门专业", "职教路1号"),
    ),
    Page(
        id="school2-edu-bureau-caiwu-attach",
        url="http://jyj.yunxiu.example.gov.cn/Article/Detail/51208",
        html=EDU_BUREAU_CAIWU_ATTACH,
        title="云岫县教育局2022年部门预算公开",
        day="2022-01-28",
        source="计划财务股",
        first="根据《中华人民共和国预算法》和县财政局关于做好2022年部门预算公开工作的要求，现将云岫县教育局2022年部门预算公开如下。",
        last="2.云岫县教育局2022年部门预算情况说明.pdf",
        absent=(
            "发布机构",
            "阅读：",
            "打印本页",
            "上一篇",
            "第四季度财务收支",
            "2020年度部门决算",
            "收费公示",
            "主办单位",
        ),
    ),
    Page(
        id="school2-fee-eyou-rowspan",
        url="http://www.lxsyzx.example.cn/tzgg/386.html",
        html=FEE_EYOU_ROWSPAN,
        title="临溪市实验中学2023年秋季学期收费公示",
        day="2023-08-28",
        source="总务处",
        first="根据省发展改革委、省财政厅、省教育厅有关规定，现将我校2023年秋季学期收费项目和标准公示如下：",
        last="监督举报电话：市教育局 0598-86200000；市发展改革委（价格举报）12345。",
        absent=("浏览：", "标签：", "上一篇", "秋季开学通知", "家庭经济困难学生", "暑假安全告家长书", "校长信箱"),
    ),
    Page(
        id="school2-zhaosheng-deadline-foot-date",
        url="http://www.xdsyxx.example.cn/zsxx/2024/0620/123.html",
        html=ZHAOSHENG_FOOT_DATE,
        title="溪东区实验小学2024年一年级新生招生公告",
        day="2024-06-20",
        source="学校教务处",
        first="根据《临溪市溪东区2024年义务教育招生入学工作实施方案》，结合我校实际，现将2024年一年级新生招生工作有关事项公告如下。",
        last="招生咨询电话：0598-86231357（工作日8:30-17:00）。",
        absent=("发布日期", "阅读：", "分享到", "上一篇", "施教区范围公告", "常见问题解答", "实验路7号"),
    ),
    Page(
        id="school2-dangwu-sudy-no-source",
        url="http://www.lxsz.example.cn/2021/0701/c1234a56789/page.htm",
        html=DANGWU_SUDY,
        title="中共临溪市第三中学总支部委员会关于开展“七一”系列活动的通知",
        day="2021-07-01",
        source=None,
        first="各党支部、全体党员：",
        last="2021年6月28日",
        absent=("发布者", "浏览次数", "组织建设", "党费收缴", "当前位置", "育英路22号"),
    ),
    Page(
        id="school2-mobile-m-tabbar",
        url="http://m.lxwz.example.cn/m/show/2251.html",
        html=MOBILE_M_SCHOOL,
        title="我校隆重庆祝第38个教师节",
        day="2022-09-10",
        source="德育处",
        first="9月9日下午，我校在学术报告厅隆重举行庆祝第38个教师节暨表彰大会，全体教职工参加。",
        last="校长在讲话中向全体教职工致以节日的问候，希望大家坚守教育初心，潜心教书育人，努力办好人民满意的教育。",
        absent=("阅读", "相关推荐", "秋季开学工作会议", "军训开营仪式", "顶部", "学校概况"),
    ),
    Page(
        id="school2-2004-fontsize-gbk",
        url="http://www.yxez.example.cn/Article_Show.asp?ArticleID=158",
        html=FONTSIZE_2004_GBK,
        title="我校举行“五四”青年节新团员入团宣誓仪式",
        day="2004-05-04",
        source="校团委",
        first="5月4日上午，我校在学校礼堂举行纪念“五四”运动85周年暨新团员入团宣誓仪式，全校团员代表和新入团的86名同学参加。",
        last="最后，校党支部书记勉励新团员牢记誓言，努力学习，争做品学兼优的好学生。",
        absent=("点击数", "更新时间", "字体", "打印", "关闭", "上一篇", "期中考试表彰大会", "中考动员大会", "建议使用"),
        gbk=True,
    ),
]
