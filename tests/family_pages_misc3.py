"""Article pages of forums, blogs, university and institute sites, an e-paper and a personal homepage, a third
miscellaneous round: written by hand after each family's public template markup, names, hosts and numbers made up
(tests/test_article_families.py checks every field of each).

Families: Discuz!NT 3.x showtopic, LeoBBS (雷傲) X of 2004, PJBlog 3, a bokee (博客网)-style blog with the day as a
heading above the title, a 和讯 (hexun) blog of 2010, a university college page on a 金智 (Wisedu)-style .jsp 站群, a
university 新闻网 whose 来源 is 党委宣传部 with a 摄影/编辑/审核 line after the body, a 中科院-style institute page on
TRS (meta ArticleTitle, div.xl_title, 日期：), a county newspaper's 数字报 article (版面 navigation, 引题/副题, 本报记者
line), and a 2005 FrontPage personal homepage dated only at the end of its text."""

from family_page import Page

# (1) Discuz!NT 3.x showtopic-NNN.aspx (2010, UTF-8): the subject in h1 of div.mainbox.viewthread, each floor a
# table: td.postauthor with the user's dl.profile (UID, 帖子, 注册时间 with its own date), td.postcontent with
# div.postinfo (楼主/沙发/板凳 and "发表于 2010-3-5 20:41"), the text in div.t_msgfont of div.postmessage, a
# signature div; two replies, the 快速回复 box, the online list and the "Powered by Discuz!NT" footer
DISCUZNT_SHOWTOPIC = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>孩子上三年级后写字越来越潦草，大家是怎么纠正的？ - 家教心得 - 宁江家长论坛  - Powered by Discuz!NT</title>
<meta name="keywords" content="写字,三年级,家教" />
<meta name="description" content="孩子上三年级后写字越来越潦草" />
<meta name="generator" content="Discuz!NT 3.1.0" />
<meta name="author" content="Discuz!NT Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2010 Comsenz Inc." />
<link rel="stylesheet" href="templates/default/dnt.css" type="text/css" media="all" />
<script type="text/javascript">var aspxrewrite = 1; var IMGDIR = 'templates/default/images'; var forumpath = '/';</script>
</head>
<body onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div>
<div id="header"><div class="wrap s_clear"><h2><a href="index.aspx" title="宁江家长论坛"><img src="templates/default/images/logo.gif" alt="宁江家长论坛" /></a></h2>
<div id="umenu"><a href="register.aspx">注册</a><a href="login.aspx">登录</a><a href="tags.aspx">标签</a><a href="search.aspx">搜索</a><a href="onlineuser.aspx">在线</a><a href="help.aspx">帮助</a></div>
<div id="menu"><ul><li class="current"><a href="index.aspx">论坛首页</a></li><li><a href="showforum-12.aspx">家教心得</a></li><li><a href="showforum-15.aspx">升学择校</a></li><li><a href="showforum-18.aspx">亲子活动</a></li></ul></div></div></div>
<div class="wrap s_clear" id="wrap">
<div id="foruminfo"><div id="nav"><a href="index.aspx">宁江家长论坛</a> &raquo; <a href="showforum-12.aspx">家教心得</a> &raquo; <strong>孩子上三年级后写字越来越潦草，大家是怎么纠正的？</strong></div></div>
<div class="pages_btns s_clear"><div class="pages"><em>1/1</em><a href="showtopic-52341.aspx" class="current">1</a></div>
<span class="postbtn"><a href="posttopic.aspx?forumid=12">发新话题</a></span> <span class="replybtn"><a href="postreply.aspx?topicid=52341">回复</a></span></div>
<div class="mainbox viewthread">
<span class="headactions"><a href="showtopic-52341.aspx?onlyauthor=1">只看楼主</a> <a href="favorites.aspx?topicid=52341">收藏</a></span>
<h1>孩子上三年级后写字越来越潦草，大家是怎么纠正的？</h1>
<table cellspacing="0" cellpadding="0" summary="帖子" id="pid400123">
<tbody><tr>
<td class="postauthor" rowspan="2">
<div class="poster"><span><a href="userinfo-3318.aspx" target="_blank">叶子妈妈</a></span></div>
<div class="avatar"><img src="avatars/common/0.gif" alt="头像" /></div>
<dl class="profile s_clear"><dt>UID</dt><dd>3318</dd><dt>帖子</dt><dd>126</dd><dt>精华</dt><dd>2</dd><dt>积分</dt><dd>418</dd><dt>注册时间</dt><dd>2008-9-1</dd></dl>
</td>
<td class="postcontent">
<div class="postinfo"><em><a href="showtopic-52341.aspx#400123">楼主</a></em><span class="postdate">发表于 2010-3-5 20:41</span> | <a href="showtopic-52341.aspx?onlyauthor=1">只看该作者</a></div>
<div class="postmessage defaultpost">
<div id="message400123" class="t_msgfont">儿子今年上三年级，开学才两周，作业本上的字一天比一天潦草。一二年级的时候老师要求严，每个字都写得方方正正，现在作业多了，他就开始图快。<br />
<br />
我试过让他擦掉重写，结果是他哭我也急，一晚上的作业拖到十点多。也试过买字帖让他每天练一页，坚持了不到一个星期就不了了之。<br />
<br />
想问问各位家长，你们家孩子有没有这个阶段？是怎么纠正过来的？是该放一放等他自己慢下来，还是现在就要抓紧？</div>
</div>
<div class="signatures">孩子是看着父母的背影长大的</div>
</td>
</tr>
<tr><td class="postfooter"><div class="postactions"><a href="postreply.aspx?topicid=52341&amp;postid=400123">回复</a> <a href="report.aspx?postid=400123">报告</a> <a href="#">TOP</a></div></td></tr>
</tbody></table>
<table cellspacing="0" cellpadding="0" summary="帖子" id="pid400131">
<tbody><tr>
<td class="postauthor" rowspan="2"><div class="poster"><span><a href="userinfo-1207.aspx" target="_blank">江北小学刘老师</a></span></div>
<dl class="profile s_clear"><dt>UID</dt><dd>1207</dd><dt>帖子</dt><dd>862</dd><dt>注册时间</dt><dd>2007-5-12</dd></dl></td>
<td class="postcontent"><div class="postinfo"><em><a href="showtopic-52341.aspx#400131">沙发</a></em><span class="postdate">发表于 2010-3-5 21:06</span></div>
<div class="postmessage"><div id="message400131" class="t_msgfont">三年级作业量上来了，写快是正常的。建议先别要求每个字都漂亮，只要求作业里的生字写工整，其他的字能看清就行，一步一步来。</div></div></td>
</tr>
<tr><td class="postfooter"><div class="postactions"><a href="postreply.aspx?topicid=52341&amp;postid=400131">回复</a></div></td></tr>
</tbody></table>
<table cellspacing="0" cellpadding="0" summary="帖子" id="pid400158">
<tbody><tr>
<td class="postauthor" rowspan="2"><div class="poster"><span><a href="userinfo-4120.aspx" target="_blank">豆豆爸</a></span></div>
<dl class="profile s_clear"><dt>UID</dt><dd>4120</dd><dt>帖子</dt><dd>33</dd><dt>注册时间</dt><dd>2009-11-20</dd></dl></td>
<td class="postcontent"><div class="postinfo"><em><a href="showtopic-52341.aspx#400158">板凳</a></em><span class="postdate">发表于 2010-3-6 07:52</span></div>
<div class="postmessage"><div id="message400158" class="t_msgfont">我家也是这样，后来和孩子约定写得工整就少抄一遍，效果还不错。</div></div></td>
</tr>
<tr><td class="postfooter"><div class="postactions"><a href="postreply.aspx?topicid=52341&amp;postid=400158">回复</a></div></td></tr>
</tbody></table>
</div>
<div id="quickpost" class="box"><h4>快速回复主题</h4>
<form method="post" name="postform" id="quickpostform" action="postreply.aspx?topicid=52341"><textarea rows="7" cols="80" name="message" id="quickpostmessage"></textarea><br /><button type="submit" id="replysubmit">发表回复</button> [完成后可按 Ctrl+Enter 发布]</form></div>
<div class="box"><h4>当前在线</h4><p>共 23 人在线，其中 5 位会员，18 位游客</p></div>
</div>
<div id="footer"><div class="wrap s_clear">
<div id="footlinks"><p><a href="archiver/index.aspx">简洁版本</a> - <a href="#">联系我们</a> - <a href="http://www.miibeian.example.cn/" target="_blank">浙ICP备09023456号</a></p><p>宁江家长论坛 版权所有</p></div>
<p id="copyright">Powered by <a href="http://nt.discuz.example.net" target="_blank">Discuz!NT</a> <em>3.1.0</em> &copy; 2001-2010 <a href="http://www.comsenz.example.com" target="_blank">Comsenz Inc.</a></p>
<p id="debuginfo">Processed in 0.078125 second(s)</p>
</div></div>
</body>
</html>
"""

# (2) LeoBBS (雷傲) X of 2004 (topic.cgi, GB2312): the whole page in <table bgcolor> grids of unquoted upper-case-ish
# 2004 HTML, the subject in the thread bar after "* 帖子主题:", each post a row: the left cell the user panel (等级,
# 文章, 注册 with its own date), the right cell the post's own bold title, "发表时间: 2004/03/05 10:20pm" (slashes
# and an am/pm clock), an <hr> and the text in <font> with <br><br> lines; a reply, 快速回复, the LeoBBS footer
LEOBBS_2004 = """<html>
<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<title>宁江教师之家 -- 教学交流 -- 公开课前一晚的“磨课”心得</title>
<link rel=stylesheet type=text/css href="/non-cgi/images/leobbs.css">
</head>
<body bgcolor=#FFFFFF topmargin=5 leftmargin=5>
<table width=96% align=center cellspacing=0 cellpadding=0 border=0>
<tr><td><a href="leobbs.cgi"><img src="/non-cgi/myimages/logo.gif" border=0 alt="宁江教师之家"></a></td>
<td align=right valign=bottom><font color=#333333>[<a href="register.cgi">注册</a>] [<a href="loginout.cgi">登录</a>] [<a href="search.cgi">搜索</a>] [<a href="whosonline.cgi">在线</a>] [<a href="help.cgi">帮助</a>]</font></td></tr>
</table>
<table width=96% align=center cellspacing=1 cellpadding=4 border=0 bgcolor=#799AE1>
<tr><td bgcolor=#EEF3FE><font color=#333333>&nbsp;<img src="/non-cgi/images/closedfold.gif"> <a href="leobbs.cgi">宁江教师之家</a> → <a href="forums.cgi?forum=3">教学交流</a> → 公开课前一晚的“磨课”心得</font></td></tr>
</table>
<br>
<table width=96% align=center cellspacing=1 cellpadding=4 border=0 bgcolor=#799AE1>
<tr><td bgcolor=#4A6EB5 colspan=2><font color=#FFFFFF>* 帖子主题: <b>公开课前一晚的“磨课”心得</b></font></td>
</tr>
<tr>
<td bgcolor=#FFFFFF width=20% valign=top><font color=#000066><b>城南小学陈老师</b></font><br><img src="/non-cgi/images/avatars/noavatar.gif" width=64 height=64><br><font color=#666666>等级: 论坛游民<br>文章: 47<br>积分: 152<br>注册: 2003/11/02</font></td>
<td bgcolor=#FFFFFF width=80% valign=top>
<table width=100% cellspacing=0 cellpadding=0 border=0><tr><td><img src="/non-cgi/emot/topic.gif"> <b>公开课前一晚的“磨课”心得</b></td><td align=right><font color=#666666>发表时间: 2004/03/05 10:20pm</font></td></tr></table>
<hr size=1 color=#799AE1>
<font style="font-size:9pt;line-height:160%">明天上午要上区里的语文公开课，课题是《燕子》。今晚把教案又从头过了一遍，写几点体会，给同样要上公开课的老师参考。<br><br>
第一，开头不要绕。以前总想设计一个新奇的导入，结果三分钟过去了还没进课文。这次直接从一幅春天的图画进入，一分钟就够了。<br><br>
第二，提问要少而准。试讲的时候我一节课问了三十多个问题，学生被问得团团转。现在只留下五个主问题，每个问题都给学生足够的思考时间。<br><br>
第三，留白。最后五分钟不再讲新内容，让学生自己读一读、说一说最喜欢的句子，课堂反而更有味道。</font>
<br><br><font color=#999999>----------------------<br>读书使人充实。</font>
</td>
</tr>
<tr>
<td bgcolor=#F2F8FF width=20% valign=top><font color=#000066><b>江北实小小周</b></font><br><font color=#666666>等级: 新手上路<br>文章: 5<br>注册: 2004/02/27</font></td>
<td bgcolor=#F2F8FF width=80% valign=top>
<table width=100% cellspacing=0 cellpadding=0 border=0><tr><td><img src="/non-cgi/emot/reply.gif"> <b>回复：公开课前一晚的“磨课”心得</b></td><td align=right><font color=#666666>发表时间: 2004/03/06 08:12am</font></td></tr></table>
<hr size=1 color=#799AE1>
<font style="font-size:9pt;line-height:160%">提问少而准这一条说到点子上了，祝陈老师明天顺利！</font>
</td>
</tr>
</table>
<br>
<table width=96% align=center cellspacing=1 cellpadding=4 border=0 bgcolor=#799AE1>
<tr><td bgcolor=#EEF3FE><b>快速回复</b></td></tr>
<tr><td bgcolor=#FFFFFF><form action="post.cgi" method=post name=FORM><input type=hidden name=action value=addreply><textarea name=inpost rows=5 cols=70></textarea><br><input type=submit value="发 表 回 复"></form></td></tr>
</table>
<br>
<center><font color=#666666>宁江教师之家 版权所有 <a href="http://www.miibeian.example.cn/">浙ICP备04011223号</a><br>
Powered by <a href="http://www.leobbs.example.com/" target=_blank>LeoBBS X</a> Build 040205 &nbsp; 本页执行时间: 0.062 秒</font></center>
</body>
</html>
"""

# (3) PJBlog 3 (article.asp?id=, 2009, UTF-8): the category line with its RSS icon above the post, the title in
# h1.ContentTitle > strong, h2.ContentAuthor "作者:… 日期:2009-03-05", 字体大小 and a weather icon, the body in
# div#logPanel.Content-body, then a second Content-body of "文章来自: <a>" (the outlet, PJBlog's 来源), 引用通告
# and Tags, the count line 评论/引用/查看次数, comments with dates, a sidebar of calendar, 最新日志 and 最新评论
PJBLOG3_ARTICLE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="UTF-8" lang="UTF-8">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta http-equiv="Content-Language" content="UTF-8" />
<meta name="generator" content="PJBlog3" />
<meta name="keywords" content="班主任,家访" />
<meta name="description" content="周老师的教育笔记 - 家访路上的一个下午" />
<title>周老师的教育笔记 - 家访路上的一个下午</title>
<link rel="stylesheet" rev="stylesheet" href="skins/default/global.css" type="text/css" media="all" />
<link rel="alternate" type="application/rss+xml" href="feed.asp" title="订阅 周老师的教育笔记 所有文章" />
<script type="text/javascript" src="common/common.js"></script>
</head>
<body>
<div id="container">
<div id="header"><div id="blogname">周老师的教育笔记<div id="blogTitle">一个乡镇初中班主任的日常</div></div>
<div id="menu"><div id="Left"></div><div id="Right"></div><ul><li class="menuL"></li><li><a class="menuA" href="default.asp">首页</a></li><li><a class="menuA" href="default.asp?cateID=2">班主任手记</a></li><li><a class="menuA" href="default.asp?cateID=3">教学随笔</a></li><li><a class="menuA" href="LoadMod.asp?plugins=GuestBookForPJBlog">留言本</a></li><li><a class="menuA" href="login.asp">登录</a></li><li class="menuR"></li></ul></div></div>
<div id="mainWrapper"><div id="Tbody">
<div id="mainContent"><div id="innermainContent"><div id="mainContent-topimg"></div>
<div id="Content_ContentList" class="content-width"><a name="body" accesskey="B" href="#body"></a>
<div class="pageContent"><div style="float:right;width:180px !important;width:auto"><a href="article.asp?id=211" title="上一篇日志: 开学第一周的班会课">上一篇</a> | <a href="article.asp?id=215" title="下一篇日志: 月考之后">下一篇</a></div>
<img src="images/icons/2.gif" style="margin:0px 2px -4px 0px" alt="" /> <strong><a href="default.asp?cateID=2" title="查看所有班主任手记的日志">班主任手记</a></strong> <a href="feed.asp?cateID=2" target="_blank" title="订阅所有班主任手记的日志"><img border="0" src="images/rss.png" alt="订阅所有班主任手记的日志" /></a></div>
<div class="Content">
<div class="Content-top"><div class="ContentLeft"></div><div class="ContentRight"></div>
<h1 class="ContentTitle"><strong>家访路上的一个下午</strong></h1>
<h2 class="ContentAuthor">作者:周明远 日期:2009-03-05</h2></div>
<div class="Content-Info"><div class="InfoOther">字体大小: <a href="javascript:SetFont('12px')">小</a> <a href="javascript:SetFont('14px')">中</a> <a href="javascript:SetFont('16px')">大</a></div>
<div class="InfoAuthor"><img src="images/weather/hn2_sunny.gif" alt="" /><img src="images/weather/hn2_t_sunny.gif" alt="" /> <img src="images/level3.gif" alt="" /></div></div>
<div id="logPanel" class="Content-body">
<p>今天下午没课，我骑电动车去了班上三个住得最远的学生家里。最远的一家在山脚下，从学校出发要四十多分钟。</p>
<p>小林的爷爷奶奶见到我很拘谨，一直给我倒茶。孩子的父母都在外地打工，一年回来一次。说起孙子的成绩，奶奶只会说一句“老师你多管管他”。</p>
<p>回来的路上我一直在想，对这些孩子来说，学校也许是他们和外面世界最主要的连接。我们多问一句、多看一眼，他们感受到的可能就是全部的关心。</p>
<p>下周打算把剩下的七户也走完，再和几位任课老师商量一下，给留守的孩子们每周安排一次谈心。</p>
<br /><br /><br />
</div>
<div class="Content-body">
<img src="images/From.gif" style="margin:0px 2px -4px 0px" alt="" /><strong>文章来自:</strong> <a href="http://www.zmy.example.cn/" target="_blank">本站原创</a><br />
<img src="images/icon_trackback.gif" style="margin:4px 2px -4px 0px" alt="" /><strong>引用通告:</strong> <a href="trackback.asp?tbID=213&amp;action=view" target="_blank">查看所有引用</a> | <a href="javascript:;" title="获得引用文章的链接" onclick="getTrackbackURL(213)">我要引用此文章</a><br />
<img src="images/tag.gif" style="margin:4px 2px -4px 0px" alt="" /><strong>Tags:</strong> <a href="default.asp?tag=%E5%AE%B6%E8%AE%BF">家访</a> <a href="default.asp?tag=%E7%95%99%E5%AE%88%E5%84%BF%E7%AB%A5">留守儿童</a><br />
</div>
<div class="Content-bottom"><div class="ContentBLeft"></div><div class="ContentBRight"></div>评论: 2 | <a href="trackback.asp?tbID=213&amp;action=view" target="_blank">引用: 0</a> | 查看次数: 318</div>
</div>
<div class="comment"><div class="commenttop"><a name="comm_1024" href="javascript:addQuote('林校长','comm_1024')"><img src="images/icon_quote.gif" border="0" alt="" /></a> <b>林校长</b> <span class="commentinfo">[2009-03-05 21:14 | <a href="#" target="_blank">回复</a>]</span></div>
<div class="commentcontent">家访是最好的德育课，学校会支持你把这件事做下去。</div></div>
<div class="comment"><div class="commenttop"><b>小林的姑姑</b> <span class="commentinfo">[2009-03-06 08:40]</span></div>
<div class="commentcontent">谢谢周老师跑这么远的路，孩子回来说老师去他家了，高兴了一晚上。</div></div>
<div class="MsgHead">发表评论</div>
<form name="frm" action="blogcomm.asp" method="post"><textarea name="Message" cols="60" rows="6"></textarea><br /><input name="submit" type="submit" value="发表评论" /></form>
</div>
</div></div>
<div id="sidebar"><div id="innersidebar">
<div id="Side_Calendar" class="sidepanel"><h4 class="Ptitle">日历</h4><div class="Pcontent"><table class="Calendar"><caption><a href="default.asp?log_Year=2009&amp;log_Month=2">&lt;&lt;</a> 2009 - 3 <a href="default.asp?log_Year=2009&amp;log_Month=4">&gt;&gt;</a></caption><tr><td>1</td><td>2</td><td>3</td><td>4</td><td><a href="default.asp?log_Year=2009&amp;log_Month=3&amp;log_Day=5">5</a></td><td>6</td><td>7</td></tr></table></div></div>
<div id="Side_NewLogs" class="sidepanel"><h4 class="Ptitle">最新日志</h4><div class="Pcontent"><a class="sideA" href="article.asp?id=215" title="2009-3-12 月考之后">月考之后</a><a class="sideA" href="article.asp?id=213">家访路上的一个下午</a><a class="sideA" href="article.asp?id=211" title="2009-2-23 开学第一周的班会课">开学第一周的班会课</a></div></div>
<div id="Side_NewComms" class="sidepanel"><h4 class="Ptitle">最新评论</h4><div class="Pcontent"><a class="sideA" href="article.asp?id=213#comm_1025">谢谢周老师跑这么远的路</a></div></div>
</div></div>
</div></div>
<div id="foot"><p>Powered by <a href="http://www.pjhome.example.net" target="_blank"><strong>PJBlog3</strong></a> v3.0.6.170 Code &copy; 2007-2009 PuterJam</p><p>周老师的教育笔记 版权所有 <a href="http://www.miibeian.example.cn/">浙ICP备08034567号</a></p></div>
</div>
</body>
</html>
"""

# (4) a bokee (博客网)-style blog of 2009 (GB2312): the entries grouped under a day heading, so the date stands ABOVE
# the title as "2009年3月5日 星期四" in h2.date, the title in h3.title, the body in div.content, and the line under it
# "作者：… 发表于 10:20 | 阅读全文(96) | 回复(2) | 引用通告 | 编辑" holds only the clock; comments with full dates,
# a sidebar of 日历, 最新日志 (dated), 最新回复 and 博客统计, the bokee footer
BOKEE_DAY_HEADING = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>春天里的一节科学课 - 小溪流的博客 - 博客网</title>
<link href="http://blogstyle.bokee.example.com/css/sky/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="bokeeTop"><a href="http://www.bokee.example.com/">博客网首页</a> | <a href="http://blog.bokee.example.com/">博客</a> | <a href="http://reg.bokee.example.com/">注册</a> | <a href="http://login.bokee.example.com/">登录</a></div>
<div id="header"><h1 id="blogname"><a href="http://xiaoxiliu.bokee.example.com/">小溪流的博客</a></h1><div id="blogdesc">一个小学科学老师的课堂内外</div>
<div id="nav"><a href="http://xiaoxiliu.bokee.example.com/">首页</a> | <a href="http://xiaoxiliu.bokee.example.com/index.html?cat=1">课堂手记</a> | <a href="http://xiaoxiliu.bokee.example.com/index.html?cat=2">生活随笔</a> | <a href="http://xiaoxiliu.bokee.example.com/guestbook.html">留言</a></div></div>
<div id="main">
<div id="content">
<div class="diary">
<h2 class="date">2009年3月5日 星期四</h2>
<div class="article">
<h3 class="title"><a href="http://xiaoxiliu.bokee.example.com/6123457.html">春天里的一节科学课</a></h3>
<div class="content">
<p>惊蛰刚过，校园里的柳树冒出了嫩芽。今天的科学课我没有在教室里上，而是带着三年级的孩子们去操场边找春天。</p>
<p>每个小组发一个放大镜和一张记录单，要求找到三种正在发生变化的植物，画下来，再写一句自己的发现。</p>
<p>孩子们的记录五花八门：有人发现迎春花是先开花后长叶，有人蹲在地上数蚂蚁，还有一个小组认真地量了柳芽有几毫米长。</p>
<p>下课铃响的时候，好几个孩子还舍不得回教室。我想，科学课最重要的，也许就是让他们保持这份好奇。</p>
</div>
<div class="info">作者：小溪流 发表于 10:20 | <a href="http://xiaoxiliu.bokee.example.com/6123457.html">阅读全文(96)</a> | <a href="http://xiaoxiliu.bokee.example.com/6123457.html#comment">回复(2)</a> | <a href="#">引用通告</a> | <a href="#">编辑</a></div>
</div>
</div>
<div id="comment"><h4>回复</h4>
<div class="cmt"><div class="cmtinfo">回复：春天里的一节科学课 <span>2009-3-5 19:32</span> 豆豆妈妈</div><div class="cmtbody">孩子回家一直在说柳芽有八毫米，原来是科学课上量的！</div></div>
<div class="cmt"><div class="cmtinfo">回复：春天里的一节科学课 <span>2009-3-6 12:05</span> 同行老李</div><div class="cmtbody">带孩子出去上课要有组织，你的记录单设计得好。</div></div>
<form action="/comment.do" method="post"><p>发表回复</p><textarea name="body" rows="5" cols="60"></textarea><br /><input type="submit" value="提交" /></form>
</div>
</div>
<div id="sidebar">
<div class="box"><h4>日历</h4><table class="calendar"><caption>2009年3月</caption><tr><td>1</td><td>2</td><td>3</td><td>4</td><td><a href="#">5</a></td><td>6</td><td>7</td></tr></table></div>
<div class="box"><h4>最新日志</h4><ul><li><a href="http://xiaoxiliu.bokee.example.com/6130221.html">给种子安个家</a> <span>2009-3-12</span></li><li><a href="http://xiaoxiliu.bokee.example.com/6123457.html">春天里的一节科学课</a> <span>2009-3-5</span></li><li><a href="http://xiaoxiliu.bokee.example.com/6109876.html">寒假读书笔记</a> <span>2009-2-16</span></li></ul></div>
<div class="box"><h4>最新回复</h4><ul><li><a href="#">豆豆妈妈：孩子回家一直在说</a></li></ul></div>
<div class="box"><h4>博客统计</h4><ul><li>日志：86篇</li><li>回复：213条</li><li>访问：12456次</li><li>开通：2006-4-18</li></ul></div>
</div>
</div>
<div id="footer">Powered by <a href="http://www.bokee.example.com/">Bokee.com</a> 博客网 版权所有 &copy; 2002-2009 <a href="http://www.miibeian.example.cn/">京ICP证030123号</a></div>
</body>
</html>
"""

# (5) a 和讯 (hexun) blog of 2010 (GBK): the blog's name in the header, the title a link in span.ArticleTitleText of
# div.ArticleTitle with "[原创 2010-03-05 10:20:33]" after it on the same line, 分类 and 字号 under it, the body in
# div#BlogArticleDetail.ArticleBlogText, then 标签, the line "阅读(123) | 评论(4) | 收藏 | 分享", prev/next, comments
# with dates and a sidebar of 博主信息, 文章分类 and 最新文章
HEXUN_BLOG_2010 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>给孩子零花钱，我家的“三个罐子” - 财商小课堂 - 和讯博客</title>
<meta name="keywords" content="零花钱,财商教育" />
<link href="http://blog.hexun.example.com/inc/style/default.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="hxtop"><a href="http://www.hexun.example.com/">和讯首页</a> | <a href="http://blog.hexun.example.com/">和讯博客</a> | <a href="http://reg.hexun.example.com/">注册</a> | <a href="http://login.hexun.example.com/">登录</a></div>
<div id="blogHeader"><div class="BlogName"><a href="http://caishangxiaoketang.blog.hexun.example.com/">财商小课堂</a></div><div class="BlogUrl">http://caishangxiaoketang.blog.hexun.example.com</div>
<div class="BlogNav"><a href="http://caishangxiaoketang.blog.hexun.example.com/">首页</a> <a href="http://caishangxiaoketang.blog.hexun.example.com/p1/default.html">文章</a> <a href="http://caishangxiaoketang.photo.hexun.example.com/">相册</a> <a href="http://caishangxiaoketang.blog.hexun.example.com/guestbook.html">留言</a></div></div>
<div id="BlogMain">
<div id="BlogLeft">
<div class="Article">
<div class="ArticleTitle"><span class="ArticleTitleText"><a href="http://caishangxiaoketang.blog.hexun.example.com/45123789_d.html">给孩子零花钱，我家的“三个罐子”</a></span>&nbsp;&nbsp;[原创 2010-03-05 10:20:33]</div>
<div class="ArticleInfo">分类：<a href="http://caishangxiaoketang.blog.hexun.example.com/p1/c1234.html">亲子财商</a>&nbsp;&nbsp;字号：<a href="javascript:fontsize(16)">大</a> <a href="javascript:fontsize(14)">中</a> <a href="javascript:fontsize(12)">小</a></div>
<div class="ArticleBlogText" id="BlogArticleDetail">
<p>女儿上二年级以后，开始对钱感兴趣了。去超市总要问这个多少钱、那个多少钱，看到喜欢的文具就想买。</p>
<p>我和她爸爸商量以后，决定每周给她十元零花钱，同时给她准备了三个透明的罐子，分别贴上“花”“存”“送”三个字。</p>
<p>每周日拿到零花钱，她要自己决定怎么分：想买的小东西从“花”罐里出，想买贵一点的东西就从“存”罐里慢慢攒，“送”罐里的钱用来给家人买礼物或者捐给班里的图书角。</p>
<p>实行了一个学期，她攒钱买了一套自己喜欢的绘本，也学会了在超市里比较价格。零花钱不在多少，关键是让孩子自己做决定，也自己承担决定的结果。</p>
</div>
<div class="ArticleTag">标签：<a href="#">零花钱</a> <a href="#">财商教育</a></div>
<div class="ArticleCount">阅读(<span id="articleClickCount">123</span>) | 评论(<span id="articleCommentCount">4</span>) | <a href="#">收藏</a> | <a href="#">分享</a></div>
<div class="ArticlePN">上一篇：<a href="http://caishangxiaoketang.blog.hexun.example.com/44987612_d.html">压岁钱该不该交给孩子管？</a><br />下一篇：<a href="http://caishangxiaoketang.blog.hexun.example.com/45201133_d.html">带孩子逛一次菜市场</a></div>
</div>
<div class="ArticleComment"><h4>评论</h4>
<div class="CommentItem"><div class="CommentTitle">宁江老妈 <span>2010-03-05 12:47:10</span></div><div class="CommentText">三个罐子的办法好，看得见摸得着，孩子容易理解。</div></div>
<div class="CommentItem"><div class="CommentTitle">理财师小何 <span>2010-03-06 09:02:55</span></div><div class="CommentText">“送”这个罐子设计得特别好，财商里也要有分享。</div></div>
</div>
</div>
<div id="BlogRight">
<div class="box"><h4>博主信息</h4><p>财商小课堂</p><p>访问量：56789</p><p>开博时间：2008-06-12</p></div>
<div class="box"><h4>文章分类</h4><ul><li><a href="#">亲子财商(37)</a></li><li><a href="#">读书笔记(12)</a></li></ul></div>
<div class="box"><h4>最新文章</h4><ul><li><a href="#">带孩子逛一次菜市场</a> 2010-03-12</li><li><a href="#">压岁钱该不该交给孩子管？</a> 2010-02-20</li></ul></div>
</div>
</div>
<div id="hxfooter"><a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">联系方式</a><br />Copyright &copy; 和讯网 北京和讯在线信息咨询服务有限公司 All Rights Reserved 版权所有 <a href="http://www.miibeian.example.cn/">京ICP证010123号</a></div>
</body>
</html>
"""

# (6) a university college site on a 金智 (Wisedu)-style .jsp 站群 (content.jsp?id=): the header prints the day it
# was served ("今天是2020年3月9日 星期一") as static text, a 学院新闻/通知公告 column menu and a 通知公告 list with dates
# on the left, the title in h2 of div.title-show, div.article-bar of spans (作者 / 来源：化学化工学院 / 发布时间：
# 2020-03-05 09:12 / 阅读：(em filled by script)), the body in div.article-con ending with the 审稿人 line inside it,
# then 附件下载, 【打印本页】【关闭窗口】 and the 站群's footer with 技术支持
WISEDU_ZHANQUN = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>我院召开2020年春季学期线上教学工作推进会-宁江大学化学化工学院</title>
<link rel="stylesheet" href="/_css/zq_common.css">
<link rel="stylesheet" href="/_sitegray/_sitegray_d.css">
<script src="/_js/jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="w1200"><span class="today">今天是2020年3月9日 星期一</span><div class="toplink"><a href="http://www.njdx.example.edu.cn/" target="_blank">学校主页</a> | <a href="/en/">English</a> | <a href="http://portal.njdx.example.edu.cn/">信息门户</a></div></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/logo.png" alt="宁江大学化学化工学院"></a>
<div class="search"><form action="/search.jsp" method="get"><input type="text" name="keyword" value="请输入关键字"><input type="submit" value="搜索"></form></div></div></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/list.jsp?columnId=1001">学院概况</a></li><li><a href="/list.jsp?columnId=1012">新闻动态</a></li><li><a href="/list.jsp?columnId=1020">人才培养</a></li><li><a href="/list.jsp?columnId=1030">科学研究</a></li><li><a href="/list.jsp?columnId=1040">党建工作</a></li><li><a href="/list.jsp?columnId=1050">招生就业</a></li></ul></div>
<div class="main w1200">
<div class="main-left">
<div class="left-menu"><h3>新闻动态</h3><ul><li class="on"><a href="/list.jsp?columnId=1012">学院新闻</a></li><li><a href="/list.jsp?columnId=1013">通知公告</a></li><li><a href="/list.jsp?columnId=1014">学术报告</a></li></ul></div>
<div class="left-list"><h3>通知公告</h3><ul>
<li><a href="/content.jsp?id=3462&amp;columnId=1013">关于2020届毕业论文线上答辩的通知</a><span>2020-03-06</span></li>
<li><a href="/content.jsp?id=3449&amp;columnId=1013">研究生返校前健康信息填报说明</a><span>2020-03-02</span></li>
<li><a href="/content.jsp?id=3437&amp;columnId=1013">春季学期本科课程线上开课安排</a><span>2020-02-24</span></li>
</ul></div>
</div>
<div class="main-right">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/list.jsp?columnId=1012">新闻动态</a> &gt; <a href="/list.jsp?columnId=1012">学院新闻</a></div>
<div class="article-show">
<div class="title-show"><h2>我院召开2020年春季学期线上教学工作推进会</h2></div>
<div class="article-bar"><span>作者：宋佳琪</span><span>来源：化学化工学院</span><span>发布时间：2020-03-05 09:12</span><span>阅读：<em id="readcount"></em></span></div>
<script>$.get("/system/resource/count.jsp?id=3456", function(d){ $("#readcount").text(d); });</script>
<div class="article-con">
<p style="text-indent:2em;">3月4日下午，化学化工学院通过腾讯会议召开2020年春季学期线上教学工作推进会。学院领导班子成员、各系主任、实验中心负责人及全体任课教师共八十余人参加会议。</p>
<p style="text-indent:2em;">会上，教学副院长通报了开学第一周线上教学运行情况：全院本学期开设的64门本科课程已全部按计划开课，学生平均到课率达到98.6%。</p>
<p style="text-indent:2em;">针对实验课程无法线下开展的问题，实验中心介绍了虚拟仿真实验平台的使用方案，并提出返校后集中补做关键实验的安排。</p>
<p style="text-indent:2em;">院长在总结讲话中要求，各系要加强线上课堂的过程性考核，关注网络条件困难的学生，确保“停课不停教、停课不停学”落到实处。</p>
<p style="text-align:right;">审稿人：陆文涛</p>
</div>
<div class="attach">附件下载：<a href="/system/_content/download.jsp?urltype=news.DownloadAttachUrl&amp;wbfileid=88123">线上教学运行情况统计表.xlsx</a></div>
<div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="prev-next"><p>上一篇：<a href="/content.jsp?id=3441&amp;columnId=1012">学院党委召开疫情防控专题会议</a></p><p>下一篇：<a href="/content.jsp?id=3470&amp;columnId=1012">我院教师在线指导毕业设计</a></p></div>
</div>
</div>
</div>
<div class="footer"><div class="w1200"><p>版权所有：宁江大学化学化工学院　地址：宁江市大学城学府路88号　邮编：315000</p><p><a href="http://beian.miit.example.cn/">浙ICP备05001234号</a>　技术支持：金智教育</p></div></div>
</body>
</html>
"""

# (7) a university 新闻网 (2019): the masthead with the paper-like 新闻网 logo and 综合新闻/校园动态/媒体聚焦 menus,
# h1.detail-title, div.detail-info "来源：党委宣传部　作者：… 　发布时间：2019-11-08　点击数：" (a counter span), the body in
# div.detail-content with a photo and its caption paragraph, then, outside the body in div.detail-editor, ONE line
# "摄影：…　编辑：…　审核：…" of credits; 上一篇/下一篇, a 热点新闻 column with dates and the footer
XINWENWANG_DANGWEI = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>学校举行第三届“青年教师教学创新大赛”决赛-宁江师范学院新闻网</title>
<meta name="keywords" content="教学创新大赛,青年教师">
<link rel="stylesheet" href="/css/news.css">
</head>
<body>
<div class="header"><div class="wrap"><a class="logo" href="/"><img src="/images/xww_logo.png" alt="宁江师范学院新闻网"></a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zhxw/">综合新闻</a></li><li><a href="/xydt/">校园动态</a></li><li><a href="/mtjj/">媒体聚焦</a></li><li><a href="/rwfc/">人物风采</a></li><li><a href="/ysxy/">影像师院</a></li></ul></div></div>
<div class="wrap clearfix">
<div class="crumb">您的位置：<a href="/">首页</a> &gt; <a href="/zhxw/">综合新闻</a> &gt; 正文</div>
<div class="left">
<div class="detail">
<h1 class="detail-title">学校举行第三届“青年教师教学创新大赛”决赛</h1>
<div class="detail-info">来源：党委宣传部　作者：孙晓楠　郭一鸣　发布时间：2019-11-08　点击数：<span id="hits">1568</span></div>
<div class="detail-content">
<p>11月7日，学校第三届“青年教师教学创新大赛”决赛在图书馆报告厅举行。经过学院初赛和学校复赛选拔，来自十二个学院的十八名青年教师进入决赛。</p>
<p style="text-align:center;"><img src="/uploads/2019/11/08/jscx01.jpg" alt="" width="600"></p>
<p style="text-align:center;">决赛现场</p>
<p>决赛分为教学设计展示、课堂教学和教学反思三个环节。参赛教师围绕课程思政、混合式教学、项目化学习等主题，展示了各具特色的教学创新成果。</p>
<p>评委由校内外教学名师和督导专家组成。经过激烈角逐，文学院陈思远等三位老师获得一等奖，另有六位老师分获二、三等奖。</p>
<p>副校长在点评时指出，青年教师是学校教学改革的生力军，希望大家以赛促教、以赛促研，把创新理念真正落到日常课堂中。</p>
</div>
<div class="detail-editor">摄影：许晨　编辑：韩雪　审核：周立新</div>
<div class="detail-page"><p>上一篇：<a href="/zhxw/2019/1106/c2301a45612.html">学校召开第四季度安全稳定工作会议</a></p><p>下一篇：<a href="/zhxw/2019/1111/c2301a45688.html">我校学子在全国大学生英语竞赛中获佳绩</a></p></div>
</div>
</div>
<div class="right">
<div class="hot"><h3>热点新闻</h3><ul>
<li><a href="/zhxw/2019/1105/c2301a45590.html">我校新增两个国家级一流本科专业建设点</a><span>11-05</span></li>
<li><a href="/zhxw/2019/1101/c2301a45531.html">学校举行2019年教职工运动会</a><span>11-01</span></li>
<li><a href="/zhxw/2019/1028/c2301a45487.html">校领导走访慰问离退休老同志</a><span>10-28</span></li>
</ul></div>
</div>
</div>
<div class="footer"><p>宁江师范学院党委宣传部主办　版权所有 &copy; 宁江师范学院</p><p>地址：宁江市文苑路12号　<a href="http://beian.miit.example.cn/">浙ICP备05006789号</a></p></div>
</body>
</html>
"""

# (8) a 中科院-style research institute on TRS WCM (2019): <meta name="ArticleTitle">, PubDate and ContentSource in
# the head, the institute's header with 中国科学院 logo and an English name, the title in div.xl_title > h1, the line
# div.xl_sx of "<span>日期：2019-03-05</span>" and "<span>来源：综合办公室</span>" beside 【字号：大 中 小】 and 打印,
# the body in div.xl_content > div.TRS_Editor with TRS's own <style> inside and a captioned photo; 相关新闻 with dates
CAS_INSTITUTE_TRS = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="ArticleTitle" content="宁江湿地研究所与地方中学共建科普教育基地" />
<meta name="PubDate" content="2019-03-05 16:48" />
<meta name="ContentSource" content="综合办公室" />
<meta name="ColumnName" content="综合新闻" />
<title>宁江湿地研究所与地方中学共建科普教育基地----中国科学院宁江湿地研究所</title>
<link href="../../images/xl_style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><div class="top_c"><a href="http://www.cas.example.cn/" target="_blank">中国科学院</a> | <a href="../../../">English</a> | <a href="../../../../sy/">所内网</a> | <a href="mailto:office@nwi.example.cn">联系我们</a></div></div>
<div class="header"><div class="logo"><a href="../../../"><img src="../../../images/logo.png" alt="中国科学院宁江湿地研究所 Ningjiang Institute of Wetland Research, CAS" /></a></div>
<div class="nav"><ul><li><a href="../../../">首页</a></li><li><a href="../../../jgsz/">机构设置</a></li><li><a href="../../../kyjz/">科研进展</a></li><li><a href="../../">新闻动态</a></li><li><a href="../../../rcjy/">人才教育</a></li><li><a href="../../../kxcb/">科学传播</a></li><li><a href="../../../dqwh/">党群文化</a></li></ul></div></div>
<div class="xl_main">
<div class="xl_dqwz">当前位置：<a href="../../../" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../../" class="CurrChnlCls">新闻动态</a>&nbsp;&gt;&nbsp;<a href="../" class="CurrChnlCls">综合新闻</a></div>
<div class="xl_title"><h1>宁江湿地研究所与地方中学共建科普教育基地</h1></div>
<div class="xl_sx"><span>日期：2019-03-05</span>　<span>来源：综合办公室</span>　<span class="zh">【字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</span>　<span><a href="javascript:window.print()">打印</a></span></div>
<div class="xl_content">
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{margin-top:0;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}
.TRS_Editor DIV,.TRS_Editor TD,.TRS_Editor TH,.TRS_Editor SPAN{line-height:1.8;font-family:宋体;font-size:12pt;}
</style>
<p>3月4日，中国科学院宁江湿地研究所与宁江市第二中学签署协议，共建“湿地生态科普教育基地”。研究所所长、学校校长分别代表双方签字，并为基地揭牌。</p>
<p>根据协议，研究所将每学期为该校开设四次湿地生态专题讲座，开放野外观测站和标本馆供学生参观学习，并选派青年科研人员担任学生研究性学习的指导老师。</p>
<p style="text-align:center"><img src="./W020190305512345678901.jpg" oldsrc="W020190305512345678901.jpg" /></p>
<p style="text-align:center">签约仪式现场</p>
<p>学校将依托基地开设“湿地里的科学”校本课程，组织学生开展水鸟观测、水质监测等实践活动，培养学生的科学兴趣和探究能力。</p>
<p>近年来，研究所积极履行科学传播职责，已与周边七所中小学建立科普合作关系，累计接待中小学生参观学习一万余人次。</p>
</div>
</div>
<div class="xl_xgxw"><h3>相关新闻</h3><ul>
<li><a href="../201902/t20190222_5241234.html">研究所举办2019年“世界湿地日”公众开放活动</a><span>2019-02-22</span></li>
<li><a href="../201901/t20190110_5230987.html">研究所召开2018年度科学传播工作总结会</a><span>2019-01-10</span></li>
</ul></div>
</div>
<div class="footer"><p>版权所有 &copy; 中国科学院宁江湿地研究所　<a href="http://beian.miit.example.cn/" target="_blank">京ICP备05002857号-3</a></p><p>地址：宁江市湖滨路1号　邮编：315100　电话：0574-8765xxxx</p></div>
</body>
</html>
"""

# (9) a county newspaper's 数字报 (2019, a "pc" e-paper template, not Founder's <founder-*> tags): the masthead
# with the paper's name and the issue day "2019年03月05日 星期二", a 版面导航 of 第A01版…第A04版 and PDF下载, a
# 本版标题 list, the article block with the page label "第A03版：综合" above it, h3.yt (引题), h1 and h2.ft (副题),
# the byline p.author "本报记者 … 通讯员 …" apart from the text, the body in div#ozoom; 上一篇/下一篇/返回目录
EPAPER_COUNTY = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>宁溪报数字报-三十二个村的“共享菜园”摘了头茬菜</title>
<link href="../../../../static/css/paper.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="paper-top"><div class="w1000"><a href="../../../../index.html"><img src="../../../../static/images/paperlogo.png" alt="宁溪报" /></a>
<span class="paper-date">2019年03月05日 星期二</span>
<span class="paper-links"><a href="http://www.nxnews.example.cn/" target="_blank">宁溪新闻网</a> | <a href="../../../../period.html">往期回顾</a></span></div></div>
<div class="w1000 clearfix">
<div class="paper-left">
<div class="bm-nav"><h3>版面导航</h3><ul>
<li><a href="../../../layout/201903/05/node_A01.html">第A01版：要闻</a> <a href="../../../../pdf/201903/05/A01.pdf">PDF下载</a></li>
<li><a href="../../../layout/201903/05/node_A02.html">第A02版：要闻</a> <a href="../../../../pdf/201903/05/A02.pdf">PDF下载</a></li>
<li class="on"><a href="../../../layout/201903/05/node_A03.html">第A03版：综合</a> <a href="../../../../pdf/201903/05/A03.pdf">PDF下载</a></li>
<li><a href="../../../layout/201903/05/node_A04.html">第A04版：溪畔</a> <a href="../../../../pdf/201903/05/A04.pdf">PDF下载</a></li>
</ul></div>
<div class="title-nav"><h3>本版标题</h3><ul>
<li><a href="content_56788.html">县人民医院远程会诊覆盖全部乡镇卫生院</a></li>
<li class="on"><a href="content_56789.html">三十二个村的“共享菜园”摘了头茬菜</a></li>
<li><a href="content_56790.html">城关中学开展“春季防溺水”主题教育</a></li>
</ul></div>
</div>
<div class="paper-right">
<div class="article-bm">第A03版：综合</div>
<div class="article">
<h3 class="yt">闲置地变“菜篮子” 老人有了“好营生”</h3>
<h1>三十二个村的“共享菜园”摘了头茬菜</h1>
<h2 class="ft">——我县推进农村闲置土地综合利用见闻</h2>
<p class="author">本报记者 韩冬　通讯员 郑璐</p>
<div id="ozoom">
<p>　　3月3日一早，溪口镇上林村的“共享菜园”里热闹起来。七十二岁的村民王大伯提着竹篮，把刚割下的韭菜一把把码整齐，“这是今年头茬菜，最嫩。”</p>
<p>　　去年秋天，村里把房前屋后的二十多处闲置地块统一平整，分成小块菜地，由村里的老人认领耕种。收获的蔬菜一部分自家吃，一部分由村里统一送到镇上的农贸市场销售。</p>
<p>　　“以前这些地长满杂草，还有人乱倒垃圾，现在成了村里最好看的地方。”上林村党支部书记说，菜园开垦以后，村里的环境好了，老人们也多了一份收入。</p>
<p>　　据了解，我县已有三十二个村建起“共享菜园”，盘活闲置土地一百二十余亩。县农业农村局表示，今年将在总结经验的基础上，再推广到五十个村。</p>
</div>
<div class="article-pn"><a href="content_56788.html">上一篇</a> | <a href="../../../layout/201903/05/node_A03.html">返回目录</a> | <a href="content_56790.html">下一篇</a></div>
</div>
</div>
</div>
<div class="paper-foot">宁溪报社 版权所有　未经书面授权禁止转载　<a href="http://beian.miit.example.cn/">浙ICP备06012345号</a><br />地址：宁溪县城关镇府前路5号　新闻热线：0574-6512xxxx</div>
</body>
</html>
"""

# (10) a 2005 personal homepage made in FrontPage (GB2312, no CSS): a marquee of welcome, a row of <font> links
# (首页 | 我的文章 | 相册 | 留言板), the article in a centred table: the title a <font face=黑体 size=5>, "文/…" under
# it, the text as <p> in <font face=宋体 size=2> with full-width indents, the date only at the END as the
# right-aligned line （2005年3月5日）; [返回] [顶部], a visitor counter and "本页最后更新：2005年4月2日" in the footer
HOMEPAGE_2005 = """<html>
<head>
<meta http-equiv="Content-Language" content="zh-cn">
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>林晓舟的个人主页--我的文章--父亲的自行车</title>
</head>
<body bgcolor="#FFFFF0" topmargin="8">
<div align="center">
<marquee scrollamount="3" width="760"><font color="#FF6600" face="宋体" size="2">欢迎光临林晓舟的个人主页！这里有我的文章、照片和一些小收藏，欢迎留言交流！</font></marquee>
<table border="0" width="760" cellspacing="0" cellpadding="4" bgcolor="#CCE6FF">
<tr><td align="center"><font face="宋体" size="2"><a href="../index.htm">首页</a> | <a href="index.htm">我的文章</a> | <a href="../photo/index.htm">相册</a> | <a href="../links.htm">友情链接</a> | <a href="http://www.ftpnet.example.cn/gbook.asp?user=linxz">留言板</a></font></td></tr>
</table>
<table border="1" width="760" cellspacing="0" cellpadding="12" bordercolor="#99CCFF" bordercolorlight="#99CCFF" bordercolordark="#FFFFFF">
<tr><td>
<p align="center"><font face="黑体" size="5" color="#003399">父亲的自行车</font></p>
<p align="center"><font face="宋体" size="2" color="#666666">文/林晓舟</font></p>
<p><font face="宋体" size="2">　　家里的储藏室里，一直放着一辆老式的“永久”牌自行车。车把上的漆早已掉光，车铃也不响了，可父亲一直舍不得卖掉。</font></p>
<p><font face="宋体" size="2">　　小时候，这辆车是我们家最值钱的东西。父亲每天骑着它去十里外的工厂上班，风里来雨里去，一骑就是二十年。</font></p>
<p><font face="宋体" size="2">　　我上小学的时候，父亲在车的横梁上绑了一个小座椅，每天早上先送我到学校，再掉头去上班。冬天的早晨风很大，他总是让我把手缩进他的大衣口袋里。</font></p>
<p><font face="宋体" size="2">　　后来我到城里读书、工作，很少回家。前几天打电话，母亲说父亲又把那辆车推出来擦了一遍。我忽然很想回去，再坐一次那个小座椅。</font></p>
<p align="right"><font face="宋体" size="2">（2005年3月5日）</font></p>
<p align="center"><font face="宋体" size="2">[<a href="index.htm">返回</a>] [<a href="#top">顶部</a>]</font></p>
</td></tr>
</table>
<br>
<font face="宋体" size="2" color="#666666">您是第 <img src="http://count.ftpnet.example.cn/count.asp?id=linxz" border="0"> 位访客　本页最后更新：2005年4月2日<br>
版权所有 &copy; 2003-2005 林晓舟　建议使用IE6.0、800×600分辨率浏览　<a href="http://www.miibeian.example.cn/">浙ICP备05003344号</a></font>
</div>
</body>
</html>
"""

PAGES: list[Page] = [
    Page(
        "m3_discuznt_showtopic_floors",
        "http://bbs.njjz.example.cn/showtopic-52341.aspx",
        DISCUZNT_SHOWTOPIC,
        "孩子上三年级后写字越来越潦草，大家是怎么纠正的？",
        "2010-03-05",
        None,
        "儿子今年上三年级，开学才两周，作业本上的字一天比一天潦草。一二年级的时候老师要求严，每个字都写得方方正正，现在作业多了，他就开始图快。",
        "想问问各位家长，你们家孩子有没有这个阶段？是怎么纠正过来的？是该放一放等他自己慢下来，还是现在就要抓紧？",
        (
            "注册时间",
            "楼主",
            "发表于",
            "只看该作者",
            "孩子是看着父母的背影长大的",
            "三年级作业量上来了",
            "少抄一遍",
            "快速回复",
            "当前在线",
            "Powered by",
        ),
    ),
    Page(
        "m3_leobbs_2004_pm_clock",
        "http://bbs.njjs.example.cn/cgi-bin/topic.cgi?forum=3&topic=1187",
        LEOBBS_2004,
        "公开课前一晚的“磨课”心得",
        "2004-03-05",
        None,
        "明天上午要上区里的语文公开课，课题是《燕子》。今晚把教案又从头过了一遍，写几点体会，给同样要上公开课的老师参考。",
        "第三，留白。最后五分钟不再讲新内容，让学生自己读一读、说一说最喜欢的句子，课堂反而更有味道。",
        (
            "等级:",
            "注册:",
            "发表时间",
            "读书使人充实",
            "提问少而准这一条说到点子上了",
            "快速回复",
            "Powered by",
            "本页执行时间",
        ),
        gbk=True,
    ),
    Page(
        "m3_pjblog3_logpanel_from_line",
        "http://www.zmy.example.cn/blog/article.asp?id=213",
        PJBLOG3_ARTICLE,
        "家访路上的一个下午",
        "2009-03-05",
        # PJBlog's 文章来自 line is its 来源; here it reads 本站原创 (the blog's own writing)
        "本站原创",
        "今天下午没课，我骑电动车去了班上三个住得最远的学生家里。最远的一家在山脚下，从学校出发要四十多分钟。",
        "下周打算把剩下的七户也走完，再和几位任课老师商量一下，给留守的孩子们每周安排一次谈心。",
        (
            "作者:",
            "字体大小",
            "文章来自",
            "引用通告",
            "Tags:",
            "查看次数",
            "家访是最好的德育课",
            "发表评论",
            "最新日志",
            "开学第一周的班会课",
            "Powered by",
        ),
    ),
    Page(
        "m3_bokee_day_heading_above_title",
        "http://xiaoxiliu.bokee.example.com/6123457.html",
        BOKEE_DAY_HEADING,
        "春天里的一节科学课",
        "2009-03-05",
        None,
        "惊蛰刚过，校园里的柳树冒出了嫩芽。今天的科学课我没有在教室里上，而是带着三年级的孩子们去操场边找春天。",
        "下课铃响的时候，好几个孩子还舍不得回教室。我想，科学课最重要的，也许就是让他们保持这份好奇。",
        (
            "2009年3月5日 星期四",
            "发表于",
            "阅读全文",
            "引用通告",
            "孩子回家一直在说柳芽有八毫米",
            "记录单设计得好",
            "最新日志",
            "给种子安个家",
            "博客统计",
            "Powered by",
        ),
        gbk=True,
    ),
    Page(
        "m3_hexun_blog_date_after_title_link",
        "http://caishangxiaoketang.blog.hexun.example.com/45123789_d.html",
        HEXUN_BLOG_2010,
        "给孩子零花钱，我家的“三个罐子”",
        "2010-03-05",
        None,
        "女儿上二年级以后，开始对钱感兴趣了。去超市总要问这个多少钱、那个多少钱，看到喜欢的文具就想买。",
        "实行了一个学期，她攒钱买了一套自己喜欢的绘本，也学会了在超市里比较价格。零花钱不在多少，关键是让孩子自己做决定，也自己承担决定的结果。",
        (
            "[原创",
            "分类：",
            "字号：",
            "标签：",
            "阅读(123)",
            "上一篇",
            "三个罐子的办法好",
            "博主信息",
            "带孩子逛一次菜市场",
            "和讯首页",
        ),
        gbk=True,
    ),
    Page(
        "m3_wisedu_zhanqun_article_bar",
        "http://hxxy.njdx.example.edu.cn/content.jsp?id=3456&columnId=1012",
        WISEDU_ZHANQUN,
        "我院召开2020年春季学期线上教学工作推进会",
        "2020-03-05",
        "化学化工学院",
        "3月4日下午，化学化工学院通过腾讯会议召开2020年春季学期线上教学工作推进会。学院领导班子成员、各系主任、实验中心负责人及全体任课教师共八十余人参加会议。",
        # the desk's 审稿人 line is the last line of the text cell, as an editor's line inside the body always is
        "审稿人：陆文涛",
        (
            "今天是",
            "当前位置",
            "通知公告",
            "关于2020届毕业论文线上答辩的通知",
            "作者：",
            "发布时间",
            "附件下载",
            "打印本页",
            "上一篇",
            "技术支持",
        ),
    ),
    Page(
        "m3_xinwenwang_dangwei_credits_line",
        "http://news.njsy.example.edu.cn/zhxw/2019/1108/c2301a45650.html",
        XINWENWANG_DANGWEI,
        "学校举行第三届“青年教师教学创新大赛”决赛",
        "2019-11-08",
        "党委宣传部",
        "11月7日，学校第三届“青年教师教学创新大赛”决赛在图书馆报告厅举行。经过学院初赛和学校复赛选拔，来自十二个学院的十八名青年教师进入决赛。",
        "副校长在点评时指出，青年教师是学校教学改革的生力军，希望大家以赛促教、以赛促研，把创新理念真正落到日常课堂中。",
        (
            "来源：",
            "点击数",
            "摄影：",
            "审核：",
            "上一篇",
            "学校召开第四季度安全稳定工作会议",
            "热点新闻",
            "我校新增两个国家级一流本科专业建设点",
            "主办",
        ),
    ),
    Page(
        "m3_cas_institute_xl_title",
        "http://www.nwi.example.cn/xwdt/zhxw/201903/t20190305_5251234.html",
        CAS_INSTITUTE_TRS,
        "宁江湿地研究所与地方中学共建科普教育基地",
        "2019-03-05",
        "综合办公室",
        "3月4日，中国科学院宁江湿地研究所与宁江市第二中学签署协议，共建“湿地生态科普教育基地”。研究所所长、学校校长分别代表双方签字，并为基地揭牌。",
        "近年来，研究所积极履行科学传播职责，已与周边七所中小学建立科普合作关系，累计接待中小学生参观学习一万余人次。",
        (
            "当前位置",
            "日期：",
            "字号",
            "打印",
            ".TRS_Editor",
            "相关新闻",
            "世界湿地日",
            "所内网",
        ),
    ),
    Page(
        "m3_county_epaper_yt_ft_byline",
        "http://szb.nxnews.example.cn/pc/content/201903/05/content_56789.html",
        EPAPER_COUNTY,
        "三十二个村的“共享菜园”摘了头茬菜",
        "2019-03-05",
        None,
        "3月3日一早，溪口镇上林村的“共享菜园”里热闹起来。七十二岁的村民王大伯提着竹篮，把刚割下的韭菜一把把码整齐，“这是今年头茬菜，最嫩。”",
        "据了解，我县已有三十二个村建起“共享菜园”，盘活闲置土地一百二十余亩。县农业农村局表示，今年将在总结经验的基础上，再推广到五十个村。",
        (
            "版面导航",
            "第A01版",
            "PDF下载",
            "本版标题",
            "县人民医院远程会诊覆盖全部乡镇卫生院",
            "本报记者",
            "返回目录",
            "新闻热线",
        ),
    ),
    Page(
        "m3_homepage_2005_date_at_end",
        "http://www.ftpnet.example.cn/~linxz/wenzhang/fuqin.htm",
        HOMEPAGE_2005,
        "父亲的自行车",
        "2005-03-05",
        None,
        "家里的储藏室里，一直放着一辆老式的“永久”牌自行车。车把上的漆早已掉光，车铃也不响了，可父亲一直舍不得卖掉。",
        # the essay's own date line closes the text it dates
        "（2005年3月5日）",
        ("欢迎光临", "我的文章", "留言板", "文/林晓舟", "返回", "位访客", "最后更新"),
        gbk=True,
    ),
]
