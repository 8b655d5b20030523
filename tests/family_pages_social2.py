"""Article pages of forum, blog and self-media article pages, a second round: written by hand after each family's public template markup, names, hosts and
numbers made up (tests/test_article_families.py checks every field of each)."""

from family_page import Page

# Discuz! X3.4 portal article (portal.php?mod=view&aid=): the title in h1.ph, one p.xg1 line holding the date,
# 发布者, 查看/评论 counts, 原作者 (the author, not a source) and 来自 (the outlet the article came from), the body in
# td#article_content, then 分享/收藏 buttons, 上一篇/下一篇, 相关阅读 with dates, the comment list and box, a
# sidebar of 热门推荐 and 最新文章, the Discuz! footer with Powered by and the ICP number
DISCUZ_X34_PORTAL = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>江北区“护学岗”家长志愿者队伍扩大到三千人 - 教育资讯 - 宁江家长网 -  Powered by Discuz!</title>
<meta name="keywords" content="江北区“护学岗”家长志愿者队伍扩大到三千人" />
<meta name="description" content="江北区“护学岗”家长志愿者队伍扩大到三千人 ,宁江家长网" />
<meta name="generator" content="Discuz! X3.4" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Xq7" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_portal_view.css?Xq7" />
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Xq7', charset = 'utf-8', discuz_uid = '0', cookiepre = 'nJ3e_2132_';</script>
</head>
<body id="nv_portal" class="pg_view" onkeydown="if(event.keyCode==27) return false;">
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="javascript:;" onclick="setHomepage('http://bbs.njjz.example.cn/');">设为首页</a><a href="http://bbs.njjz.example.cn/" onclick="addFavorite(this.href, '宁江家长网');return false;">收藏本站</a></div><div class="y"><a id="switchwidth" href="javascript:;" title="切换到宽版">切换到宽版</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="宁江家长网"><img src="static/image/common/logo.png" alt="宁江家长网" border="0" /></a></h2>
<form method="post" autocomplete="off" id="lsform" action="member.php?mod=logging&amp;action=login&amp;loginsubmit=yes&amp;infloat=yes&amp;lssubmit=yes">
<div class="fastlg cl"><table cellspacing="0" cellpadding="0"><tr><td><label for="ls_username">帐号</label></td><td><input type="text" name="username" id="ls_username" class="px vm xg1" /></td><td class="fastlg_l"><label for="ls_cookietime"><input type="checkbox" name="cookietime" id="ls_cookietime" class="pc" value="2592000" />自动登录</label></td><td>&nbsp;<a href="javascript:;" onclick="showWindow('login', 'member.php?mod=logging&action=login&viewlostpw=1')">找回密码</a></td></tr>
<tr><td><label for="ls_password">密码</label></td><td><input type="password" name="password" id="ls_password" class="px vm" /></td><td class="fastlg_l"><button type="submit" class="pn vm"><em>登录</em></button></td><td>&nbsp;<a href="member.php?mod=register" class="xi2 xw1">立即注册</a></td></tr></table></div></form>
</div>
<div id="nv"><ul><li class="a" id="mn_portal"><a href="portal.php" hidefocus="true">门户</a></li><li id="mn_forum"><a href="forum.php" hidefocus="true">论坛</a></li><li id="mn_home"><a href="home.php" hidefocus="true">家园</a></li><li id="mn_N12a7"><a href="misc.php?mod=ranklist" hidefocus="true">排行榜</a></li></ul></div>
</div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">宁江家长网</a> <em>&rsaquo;</em> <a href="portal.php">门户</a> <em>&rsaquo;</em> <a href="portal.php?mod=list&amp;catid=3">教育资讯</a> <em>&rsaquo;</em> 查看内容</div></div>
<div id="ct" class="ct2 wp cl">
<div class="mn">
<div class="bm vw">
<div class="h hm">
<h1 class="ph">江北区“护学岗”家长志愿者队伍扩大到三千人 </h1>
<p class="xg1">2019-3-5 10:20<span class="pipe">|</span> 发布者: <a href="home.php?mod=space&amp;uid=1">admin</a><span class="pipe">|</span> 查看: <em id="_viewnum">1234</em><span class="pipe">|</span> 评论: 0<span class="pipe">|</span>原作者: 郑晓岚<span class="pipe">|</span>来自: 宁江日报</p>
</div>
<div class="s"><div><strong>摘要</strong>: 新学期开学第一周，江北区各中小学校门口又多了一道“红马甲”风景线。</div></div>
<div class="d">
<table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">
<p style="text-indent: 2em;">新学期开学第一周，江北区各中小学校门口又多了一道“红马甲”风景线。记者从区教育局获悉，今年全区“护学岗”家长志愿者已扩大到三千余人，覆盖全部四十二所中小学和幼儿园。</p>
<p style="text-indent: 2em;">每天早上七点十分，家长志愿者就会准时出现在校门口和周边路口，协助交警和学校保安疏导车辆、护送学生过马路。放学时段，他们还会提醒接送家长不要在校门口长时间停车。</p>
<p style="text-indent: 2em;">江北实验小学的家长委员会主任告诉记者，学校采取“每班每周一天”的排班方式，一个学期下来每位家长只需值守两三次，“既不耽误工作，又能亲眼看看孩子上学的环境，大家都很愿意参加”。</p>
<p style="text-indent: 2em;">区教育局有关负责人表示，下一步将为志愿者统一购买意外保险，并联合交警部门开展交通疏导培训，让“护学岗”更专业、更持久。</p>
</td></tr></table>
<div class="o cl ptm pbm"><a href="home.php?mod=spacecp&amp;ac=favorite&amp;type=article&amp;id=356" id="a_favorite" class="oshr ofav">收藏</a><a href="misc.php?mod=invite&amp;action=article&amp;id=356" class="oshr oivt">邀请</a></div>
<div class="pren pbm cl"><em>上一篇：</em><a href="portal.php?mod=view&amp;aid=355">全区中小学春季开学工作会议召开</a><br /><em>下一篇：</em><a href="portal.php?mod=view&amp;aid=357">江北区公布2019年义务教育招生日程</a></div>
</div>
</div>
<div class="bm"><div class="bm_h cl"><h3>相关阅读</h3></div><div class="bm_c"><ul class="xl xl2 cl">
<li>&bull; <a href="portal.php?mod=view&amp;aid=301">寒假安全致家长的一封信</a> <span class="xg1">2019-1-18</span></li>
<li>&bull; <a href="portal.php?mod=view&amp;aid=288">家长学校冬季课程开讲</a> <span class="xg1">2018-12-7</span></li>
</ul></div></div>
<div id="comment" class="bm"><div class="bm_h cl"><a href="portal.php?mod=comment&amp;id=356&amp;idtype=aid" class="y xi2">查看全部评论</a><h3>最新评论</h3></div>
<div id="comment_ul" class="bm_c"><form id="cform" name="cform" action="portal.php?mod=portalcp&amp;ac=comment" method="post" autocomplete="off"><div class="tedt"><div class="area"><textarea name="message" rows="3" class="pt" id="message">发表评论请先登录</textarea></div></div><div class="ptn"><button type="submit" name="commentsubmit" id="commentsubmit_btn" value="true" class="pn"><strong>评论</strong></button></div></form></div></div>
</div>
<div class="sd pph">
<div class="bm"><div class="bm_h"><h2>热门推荐</h2></div><div class="bm_c"><ul class="xl xl1 cl"><li><a href="portal.php?mod=view&amp;aid=349">我区三所学校入选省级文明校园</a></li><li><a href="portal.php?mod=view&amp;aid=342">小学生课后服务收费标准公布</a></li></ul></div></div>
<div class="bm"><div class="bm_h"><h2>最新文章</h2></div><div class="bm_c"><ul class="xl xl1 cl"><li><a href="portal.php?mod=view&amp;aid=357">江北区公布2019年义务教育招生日程</a> <span class="xg1">3-6</span></li><li><a href="portal.php?mod=view&amp;aid=355">全区中小学春季开学工作会议召开</a> <span class="xg1">3-4</span></li></ul></div></div>
</div>
</div>
</div>
<div id="ft" class="wp cl">
<div id="flk" class="y"><p><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><a href="forum.php?mod=misc&amp;action=showdarkroom">小黑屋</a><span class="pipe">|</span><strong><a href="http://www.njjz.example.cn/" target="_blank">宁江家长网</a></strong> ( <a href="http://www.miitbeian.example.cn/" target="_blank">浙ICP备15023456号</a> )</p><p class="xs0">GMT+8, 2019-3-7 21:05 <span id="debuginfo">, Processed in 0.061234 second(s), 18 queries .</span></p></div>
<div id="frt"><p>Powered by <strong><a href="http://www.discuz.example.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2017 <a href="http://www.comsenz.example.com" target="_blank">Comsenz Inc.</a></p></div>
</div>
</body>
</html>
"""

# Discuz! X archiver (archiver/?tid-123.html, GBK): the barest markup of the family: #nav with the forum and
# board, the subject in <h1>, each post a p.author "<strong>user</strong> 发表于 2012-4-12 19:05" and then a bare
# <div> of <br />-separated lines, the replies the same way, 页: [1], 查看完整版本 and the Archiver footer
DISCUZ_ARCHIVER = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>四年级数学期中复习，我家是这样安排的 - 家长交流 -  宁江家长网 - Powered by Discuz! Archiver</title>
<meta name="keywords" content="四年级数学期中复习，我家是这样安排的" />
<meta name="description" content="四年级数学期中复习，我家是这样安排的  - 宁江家长网 - Discuz! Archiver" />
<meta name="generator" content="Discuz! X2.5" />
<style type="text/css">
body{margin:0 auto;width:960px;font:14px/1.6 Tahoma,Verdana,STHeiti;}
h1{margin:10px 0;font-size:18px;}
.author{margin:14px 0 4px;padding:4px 8px;background:#F2F2F2;}
.page{margin:10px 0;}
#end{margin:14px 0;padding:6px 0;border-top:1px solid #CCC;}
</style>
</head>
<body>
<div id="nav">
<a href="./">宁江家长网</a> &rsaquo; <a href="?fid-36.html">家长交流</a> &rsaquo; 四年级数学期中复习，我家是这样安排的
</div>
<div id="content">
<h1>四年级数学期中复习，我家是这样安排的</h1>
<p class="author"><strong>小满妈妈</strong> 发表于 2012-4-12 19:05</p>
<div>还有两周就期中考试了，群里好几位家长问我怎么帮孩子复习，干脆发个帖子说一说我家的做法。<br />
<br />
第一周先把课本和练习册从头翻一遍，让孩子自己把错过的题用红笔圈出来，不会的再讲，会的就跳过，不搞题海。<br />
<br />
第二周每天只做一张卷子，限时四十分钟，做完孩子自己对答案，错题抄到本子上，第二天早上再做一遍。<br />
<br />
计算题是四年级的大头，我们每天睡前练十道简便运算，一个月下来速度快了很多，粗心也少了。<br />
<br />
最后想说，复习期间别给孩子太大压力，周末照样带他出去打球，心情好了效率反而高。</div>
<p class="author"><strong>阳阳爸</strong> 发表于 2012-4-12 20:31</p>
<div>谢谢分享，错题第二天再做一遍这个方法好，我们也试试。</div>
<p class="author"><strong>江北小学王老师</strong> 发表于 2012-4-13 07:48</p>
<div>这位家长的方法很科学，特别是让孩子自己对答案、自己找错因，比家长讲十遍都管用。</div>
<div class="page">页: <strong>[1]</strong></div>
</div>
<div id="end">
查看完整版本: <a href="forum.php?mod=viewthread&amp;tid=123" target="_blank"><strong>四年级数学期中复习，我家是这样安排的</strong></a>
</div>
<br />
<center>
<div id="footer">Powered by <strong><a target="_blank" href="http://www.discuz.example.net">Discuz! Archiver</a></strong> <em>X2.5</em>&nbsp; &copy; 2001-2012 <a target="_blank" href="http://www.comsenz.example.com">Comsenz Inc.</a>
<br />
<br />
</div>
</center>
</body>
</html>
"""

# dvbbs 8 (dispbbs.asp?boardid=&id=, GBK): a table layout, the subject in the thread header row after 主题：, each
# post a table of its own: the left cell the user panel (等级, 帖子, 注册 with its own date), the right cell the post
# title, the content in span#textstyle_N, a signature after a dashed line, and the post-time row "发表于: 2008-11-3
# 8:30:12" under it; replies, a 快速回复 form, 论坛跳转 and the Dvbbs footer
DVBBS_8 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>初三毕业班家长会发言稿（班主任） -- 家校共育 -- 宁江教育论坛</title>
<meta name="keywords" content="宁江教育论坛,动网论坛" />
<link rel="stylesheet" type="text/css" href="skins/default/style.css" />
<script src="inc/main.js" type="text/javascript"></script>
</head>
<body>
<table cellspacing="1" cellpadding="3" align="center" class="tableborder1">
<tr><td class="tablebody1"><a href="index.asp"><img src="skins/default/logo.gif" border="0" alt="宁江教育论坛" /></a></td>
<td class="tablebody1" align="right"><a href="reg.asp">注册</a> | <a href="login.asp">登录</a> | <a href="search.asp">搜索</a> | <a href="boardhelp.asp">帮助</a> | <a href="index.asp?action=online">在线</a></td></tr>
</table>
<table cellspacing="1" cellpadding="3" align="center" class="tableborder1">
<tr><td class="tablebody2"><img src="skins/default/nav.gif" alt="" /> <a href="index.asp">宁江教育论坛</a> &rarr; <a href="list.asp?boardid=12">家校共育</a> &rarr; 浏览：初三毕业班家长会发言稿（班主任）</td></tr>
</table>
<table cellspacing="1" cellpadding="3" align="center" class="tableborder1">
<tr><th class="tabletitle1" align="left">主题：<b>初三毕业班家长会发言稿（班主任）</b></th><th class="tabletitle1" align="right"><a href="post.asp?action=new&amp;boardid=12">发新帖</a> <a href="post.asp?action=re&amp;boardid=12&amp;replyid=3456&amp;id=3456">回复</a></th></tr>
</table>
<table cellspacing="1" cellpadding="3" align="center" class="tableborder1" style="table-layout:fixed;word-break:break-all">
<tr>
<td class="tablebody1" valign="top" width="175" rowspan="2">
<b>江北中学李老师</b><br /><img src="images/userface/image3.gif" width="60" height="60" alt="" /><br />
等级：版主<br />帖子：862<br />积分：3410<br />注册：2006-5-12 14:02:37
</td>
<td class="tablebody1" valign="top">
<a name="1"></a><div style="float:right">楼主</div>
<img src="skins/default/topicface/face1.gif" alt="" /> <b>初三毕业班家长会发言稿（班主任）</b>
<hr size="1" />
<span id="textstyle_1" style="font-size:9pt">各位家长：晚上好！首先感谢大家在百忙之中来参加这次家长会。离中考只有两百天了，今天想和大家谈谈孩子们最后这段时间的学习和生活。<br /><br />
一是作息。初三学生普遍睡得晚，但睡眠不足会直接影响第二天的课堂效率，请家长督促孩子在十一点前休息。<br /><br />
二是沟通。这个年龄的孩子自尊心强，考得不好时最需要的是理解，而不是责备。多问一句“需要我帮什么”，比说十句大道理有用。<br /><br />
三是配合。学校每周会把周测成绩发到家长群，请大家关注的是孩子自己和自己比，有没有进步，不要和别人家的孩子比。<br /><br />
最后，让我们携起手来，陪孩子们走好初中最后一程。谢谢大家！</span>
<br /><br />
<div class="signature">----------------------------------------------<br />教育是一棵树摇动另一棵树，一朵云推动另一朵云。</div>
</td>
</tr>
<tr><td class="tablebody1" valign="bottom"><img src="skins/default/posttime.gif" alt="" /> 发表于: 2008-11-3 8:30:12 &nbsp; <a href="post.asp?action=re&amp;boardid=12&amp;replyid=3456&amp;id=3456">回复</a> | <a href="editpost.asp?boardid=12&amp;replyid=3456&amp;id=3456">编辑</a> | <a href="report.asp?boardid=12&amp;id=3456">举报</a></td></tr>
</table>
<table cellspacing="1" cellpadding="3" align="center" class="tableborder1" style="table-layout:fixed;word-break:break-all">
<tr>
<td class="tablebody2" valign="top" width="175" rowspan="2"><b>王嘉怡妈妈</b><br />等级：新手上路<br />帖子：12<br />注册：2008-9-1 20:11:05</td>
<td class="tablebody2" valign="top"><a name="2"></a><div style="float:right">第2楼</div>
<span id="textstyle_2" style="font-size:9pt">李老师讲得太好了，尤其是自己和自己比这一条，我要抄下来贴在家里。</span></td>
</tr>
<tr><td class="tablebody2" valign="bottom"><img src="skins/default/posttime.gif" alt="" /> 发表于: 2008-11-3 21:16:40</td></tr>
</table>
<table cellspacing="1" cellpadding="3" align="center" class="tableborder1">
<tr><th class="tabletitle1" align="left">快速回复：初三毕业班家长会发言稿（班主任）</th></tr>
<tr><td class="tablebody1"><form action="savepost.asp?action=sre&amp;boardid=12" method="post" name="fastpost"><textarea name="body" cols="80" rows="6"></textarea><br /><input type="submit" value="发表回复" /> （按 Ctrl+Enter 直接发表）</form></td></tr>
</table>
<table cellspacing="1" cellpadding="3" align="center" class="tableborder1">
<tr><td class="tablebody2" align="right">论坛跳转：<select name="jump"><option value="12">家校共育</option><option value="8">教学交流</option><option value="3">校园生活</option></select></td></tr>
</table>
<table cellspacing="0" cellpadding="3" align="center">
<tr><td align="center" class="footer">宁江教育论坛 版权所有 <a href="http://www.miibeian.example.cn/">浙ICP备08012345号</a><br />
Powered By <a href="http://www.dvbbs.example.net/" target="_blank">Dvbbs Version 8.2.0</a><br />
执行时间：62.5毫秒。查询数据库7次。</td></tr>
</table>
</body>
</html>
"""

# phpBB 3.1 prosilver with the Chinese language pack: the subject in h2.topic-title, each post a div.post with
# p.author "由 <strong>user</strong> » 2015年 3月 5日 10:20", the text in div.content, a div.signature, the user
# panel dl.postprofile with 注册 and 帖子; replies, the 快速回复 box, 谁在线, the phpBB footer and the translator's
# credit
PHPBB3_ZH = """<!DOCTYPE html>
<html dir="ltr" lang="zh-cmn-hans">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>分享：高一物理“先学后教”一个学期的尝试 - 宁江中学教师论坛</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=12" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">
<div id="wrap">
<div id="page-header">
<div class="headerbar" role="banner"><div class="inner"><div id="site-description"><a id="logo" class="logo" href="./index.php" title="首页"><span class="site_logo"></span></a><h1>宁江中学教师论坛</h1><p>教研、备课与班级管理</p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="搜索关键字" class="inputbox search tiny" size="20" value="" placeholder="搜索…" /><button class="button icon-button search-icon" type="submit" title="搜索">搜索</button></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="linklist bulletin" role="menubar"><li><a href="/app.php/help/faq" rel="help" title="常见问题" role="menuitem">常见问题</a></li><li class="rightside"><a href="./ucp.php?mode=login" title="登录" accesskey="x" role="menuitem">登录</a></li><li class="rightside"><a href="./ucp.php?mode=register" role="menuitem">注册</a></li></ul>
<ul id="nav-breadcrumbs" class="linklist navlinks" role="menubar"><li class="small-icon icon-home breadcrumbs"><span class="crumb"><a href="./index.php" accesskey="h">首页</a></span><span class="crumb"><a href="./viewforum.php?f=3">教学研讨</a></span></li></ul></div></div>
</div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?f=3&amp;t=512">分享：高一物理“先学后教”一个学期的尝试</a></h2>
<div class="action-bar top"><div class="buttons"><a href="./posting.php?mode=reply&amp;f=3&amp;t=512" class="button icon-button reply-icon" title="发表回复"><span>发表回复</span></a></div><div class="pagination">3 帖子 &bull; 第 <strong>1</strong> 页 (共 <strong>1</strong> 页)</div></div>
<div id="p2841" class="post has-profile bg2">
<div class="inner">
<dl class="postprofile" id="profile2841"><dt class="has-profile-rank"><a href="./memberlist.php?mode=viewprofile&amp;u=57" class="username">沈一舟</a></dt><dd class="profile-rank">版主</dd><dd class="profile-posts"><strong>帖子:</strong> 318</dd><dd class="profile-joined"><strong>注册:</strong> 2012年 9月 1日 08:30</dd></dl>
<div class="postbody"><div id="post_content2841">
<h3 class="first"><a href="#p2841">分享：高一物理“先学后教”一个学期的尝试</a></h3>
<p class="author"><a href="./viewtopic.php?p=2841#p2841"><span class="imageset icon_post_target" title="帖子">帖子</span></a>由 <strong><a href="./memberlist.php?mode=viewprofile&amp;u=57" class="username">沈一舟</a></strong> &raquo; 2015年 3月 5日 10:20</p>
<div class="content">上学期我在两个平行班试行了“先学后教”：每节新课前发一张导学单，学生在晚自习用二十分钟自学课本，课上先交流问题再讲解。<br /><br />
一个学期下来，最明显的变化是课堂提问多了。以前讲完一节课问“有没有问题”，底下一片安静；现在学生带着导学单上的疑问来，讨论常常停不下来。<br /><br />
也有困难。基础弱的学生自学效率低，导学单上一半题目空着。后来我把导学单分成必做和选做两部分，必做题只考查最基本的概念，情况好了很多。<br /><br />
期末两个试验班的平均分比对照班高了四分多，但我觉得分数不是最重要的，学生学会了自己读书，这才是最大的收获。<br /><br />
导学单的模板我整理好了，需要的老师可以站内信找我。</div>
<div id="sig2841" class="signature">物理是一门关于“为什么”的学问。</div>
</div></div>
<div class="back2top"><a href="#top" class="top" title="回到顶部">回到顶部</a></div>
</div></div>
<hr class="divider" />
<div id="p2843" class="post has-profile bg1">
<div class="inner">
<dl class="postprofile" id="profile2843"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=88" class="username">周蔓</a></dt><dd class="profile-posts"><strong>帖子:</strong> 41</dd><dd class="profile-joined"><strong>注册:</strong> 2014年 2月 20日 19:02</dd></dl>
<div class="postbody"><div id="post_content2843">
<h3><a href="#p2843">Re: 分享：高一物理“先学后教”一个学期的尝试</a></h3>
<p class="author"><a href="./viewtopic.php?p=2843#p2843"><span class="imageset icon_post_target" title="帖子">帖子</span></a>由 <strong><a href="./memberlist.php?mode=viewprofile&amp;u=88" class="username">周蔓</a></strong> &raquo; 2015年 3月 6日 21:47</p>
<div class="content">必做和选做分开这个办法很实用，我们化学组也想借鉴，已发站内信。</div>
</div></div>
</div></div>
<hr class="divider" />
<form method="post" action="./posting.php?mode=reply&amp;f=3&amp;t=512" id="qr_postform"><div class="panel"><div class="inner"><h2 class="quickreply-title">快速回复</h2><fieldset class="fields1"><dl><dt><label for="subject">标题:</label></dt><dd><input type="text" name="subject" id="subject" size="45" maxlength="124" value="Re: 分享：高一物理“先学后教”一个学期的尝试" class="inputbox autowidth" /></dd></dl><div id="message-box"><textarea style="height: 9em;" name="message" rows="7" cols="76" class="inputbox"></textarea></div><input type="submit" accesskey="s" name="post" value="发表" class="button1" /></fieldset></div></div></form>
<div class="stat-block online-list"><h3>在线用户</h3><p>正在浏览此版面的用户：没有注册用户 和 2 访客</p></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo">
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer linklist" role="menubar"><li class="small-icon icon-home breadcrumbs"><span class="crumb"><a href="./index.php">首页</a></span></li><li class="rightside">所有时间均为 <span title="UTC+8">UTC+08:00</span></li><li class="rightside"><a href="./ucp.php?mode=delete_cookies">删除所有论坛 cookies</a></li></ul></div></div>
<div class="copyright">Powered by <a href="https://www.phpbb.example.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited<br />简体中文语言：<a href="http://www.phpbbchina.example.com/">phpBB 中文</a><br />宁江中学 版权所有</div>
</div>
</div>
</body>
</html>
"""

# a forum on NetEase's 网易论坛 template (2010, GBK): the 网易 top bar, the board path, the subject in h1#threadTitle
# with 点击/回复 counts beside it, each post a div.tie-item: an info line "楼主 user 发表于: 2010-09-10 21:10" then
# div.tie-content, a signature div, 支持/反对 buttons; replies numbered 沙发/板凳, the 快速回复 editor, a sidebar of
# 热门帖子 and 本版精华, the 网易公司版权所有 footer
NETEASE_BBS_2010 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>孩子上初中后不爱说话了，怎么和他沟通？_亲子教育_网易论坛</title>
<meta name="keywords" content="亲子教育,初中,沟通" />
<link href="http://img1.cache.netease.example.com/bbs/css/tie2010.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="ntes-nav"><div class="ntes-nav-main"><a href="http://www.163.example.com/">网易首页</a> | <a href="http://news.163.example.com/">新闻</a> | <a href="http://edu.163.example.com/">教育</a> | <a href="http://bbs.163.example.com/">论坛</a> | <a href="http://blog.163.example.com/">博客</a><span class="ntes-nav-login"><a href="http://reg.163.example.com/login.jsp">登录</a> <a href="http://reg.163.example.com/reg/reg0.jsp">注册免费邮箱</a></span></div></div>
<div class="bbs-header"><a href="http://bbs.163.example.com/"><img src="http://img1.cache.netease.example.com/bbs/img/logo.gif" alt="网易论坛" /></a></div>
<div class="bbs-crumb">当前位置：<a href="http://bbs.163.example.com/">网易论坛</a> &gt; <a href="http://bbs.edu.163.example.com/">教育</a> &gt; <a href="http://bbs.edu.163.example.com/list/qinzi.html">亲子教育</a></div>
<div class="bbs-body clearfix">
<div class="bbs-main">
<div class="tie-hd clearfix"><h1 id="threadTitle">孩子上初中后不爱说话了，怎么和他沟通？</h1><span class="tie-stat">点击：8231 &nbsp;回复：46</span></div>
<div class="tie-item" id="post_1">
<div class="tie-author"><a href="http://bbs.163.example.com/user/lanlanma">蓝蓝妈</a><br />积分：215<br />发帖：37</div>
<div class="tie-main">
<div class="tie-info"><span class="tie-floor">楼主</span> <a href="http://bbs.163.example.com/user/lanlanma">蓝蓝妈</a> 发表于: 2010-09-10 21:10 <a href="#">只看楼主</a></div>
<div class="tie-content">
<p>儿子今年刚上初一，开学才两周，我明显感觉他变了。以前放学回来叽叽喳喳说个不停，现在进门就回房间，问什么都是“还行”“没什么”。</p>
<p>昨天晚饭时我问他新同学怎么样，他突然说了一句“你能不能别老问”，然后放下碗就走了。我当时又生气又难过。</p>
<p>后来孩子爸爸提醒我，是不是问得太多、太像审问了。想想也是，我每天一见面就是作业写完没有、老师讲了什么、考了多少分。</p>
<p>这几天我试着换个方式，不主动问学校的事，只是周末陪他去打了一次羽毛球。回来的路上，他居然主动说起班上有个同学特别会讲笑话。</p>
<p>想请教各位过来人，孩子到了青春期，家长该怎么拿捏这个度？</p>
</div>
<div class="tie-sign">签名：陪伴是最长情的告白</div>
<div class="tie-act"><a href="#">支持(12)</a> <a href="#">反对(0)</a> <a href="#">回复</a> <a href="#">举报</a></div>
</div>
</div>
<div class="tie-item" id="post_2">
<div class="tie-author"><a href="#">初二老班</a></div>
<div class="tie-main">
<div class="tie-info"><span class="tie-floor">沙发</span> <a href="#">初二老班</a> 发表于: 2010-09-10 22:03</div>
<div class="tie-content"><p>做了十年班主任说一句：少问结果，多听过程。孩子愿意说的时候放下手机认真听，比什么技巧都管用。</p></div>
</div>
</div>
<div class="tie-item" id="post_3">
<div class="tie-author"><a href="#">浩浩爸爸</a></div>
<div class="tie-main">
<div class="tie-info"><span class="tie-floor">板凳</span> <a href="#">浩浩爸爸</a> 发表于: 2010-09-11 07:35</div>
<div class="tie-content"><p>同感，我家的也是，运动的时候最愿意聊天。</p></div>
</div>
</div>
<div class="tie-reply"><h3>快速回复</h3><form action="http://bbs.163.example.com/bbs/reply.do" method="post"><textarea name="content" rows="6" cols="70"></textarea><br /><input type="submit" value="发表回复" /> 请遵守《网易论坛管理条例》</form></div>
</div>
<div class="bbs-side">
<div class="side-box"><h3>热门帖子</h3><ul><li><a href="#">小升初择校，你们都怎么选的？</a></li><li><a href="#">孩子沉迷网络游戏怎么办</a></li><li><a href="#">分享：我家的暑假阅读计划</a></li></ul></div>
<div class="side-box"><h3>本版精华</h3><ul><li><a href="#">青春期孩子家长必读十条</a> 09-02</li><li><a href="#">初一新生适应期经验汇总</a> 08-30</li></ul></div>
</div>
</div>
<div class="ntes-footer"><a href="http://corp.163.example.com/">About NetEase</a> - <a href="http://corp.163.example.com/gb/about/overview.html">公司简介</a> - <a href="http://corp.163.example.com/gb/contactus.html">联系方法</a> - <a href="http://gb.corp.163.example.com/gb/legal.html">相关法律</a><br />网易公司版权所有 &copy;1997-2010</div>
</body>
</html>
"""

# 小木虫 (muchong) on its later template (2017, GBK): the 学术 top bar and login form, the subject in an h1 of the
# thread table's header, each floor a table: a user cell (金币, 帖子, 在线) and a post cell with the 楼层 line
# "发表于: 2017-06-18 22:41", the text in div.t_fsz, the 相关版块跳转 bar, a signature, 回帖置顶/引用 links; replies,
# 简单回复 textarea, 小木虫论坛 footer with ICP and 公安备案
MUCHONG_2017 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>青年教师评职称，教研论文到底怎么写？说说我的三点体会 - 教育教学 - 小木虫 - 学术 科研 互动社区</title>
<meta name="keywords" content="教研论文,职称,青年教师" />
<link rel="stylesheet" type="text/css" href="/bbs/images/css/xmc_main.css" />
</head>
<body>
<div class="xmc_topbar"><div class="xmc_wrap"><a href="http://muchong.example.com/bbs/">小木虫论坛</a> | <a href="http://muchong.example.com/bbs/index.php?gid=472">教育教学</a> | <a href="http://muchong.example.com/bbs/search.php">搜索</a>
<form class="xmc_login" action="/bbs/logging.php?action=login" method="post">用户名 <input name="username" size="10" /> 密码 <input name="password" type="password" size="10" /> <input type="submit" value="登录" /> <a href="/bbs/register.php">注册</a></form></div></div>
<div class="xmc_wrap xmc_nav">小木虫论坛 &raquo; <a href="/bbs/index.php?gid=472">教育教学</a> &raquo; <a href="/bbs/forumdisplay.php?fid=335">教师发展</a> &raquo; 青年教师评职称，教研论文到底怎么写？说说我的三点体会</div>
<div class="xmc_wrap">
<table class="xmc_line_lr" cellspacing="0" cellpadding="0" width="100%">
<tr><td class="xmc_ft_title" colspan="2"><h1>青年教师评职称，教研论文到底怎么写？说说我的三点体会</h1><span class="xmc_gray">查看: 2017 | 回复: 23</span></td></tr>
</table>
<table class="xmc_line_lr plmc" cellspacing="0" cellpadding="0" width="100%" id="pid1">
<tr>
<td class="pls_user" valign="top" width="160"><a href="/bbs/space.php?uid=60321" class="xmc_b">松间明月</a><br />金币: 1642.5<br />帖子: 903<br />在线: 512.3小时<br />虫号: 60321</td>
<td class="pls_mid" valign="top">
<div class="xmc_lr_floor"><span class="xmc_gray">1楼</span> 发表于: 2017-06-18 22:41 <a href="/bbs/viewthread.php?tid=11023456&amp;authorid=60321">只看该作者</a></div>
<div class="t_fsz">
<div class="t_msgfont">
今年评上了中级，前后写了四篇教研论文，投出去三篇，发表了两篇。看到版里不少年轻老师在问论文怎么写，说说我的体会，供大家参考。<br />
<br />
第一，题目要小。刚开始我总想写“论核心素养背景下的语文教学改革”这种大题目，写了一万字也说不清楚。后来改成“初一记叙文开头的三种训练方法”，反而写得扎实。<br />
<br />
第二，材料来自自己的课堂。编辑最看重的是真实的教学案例和学生作品，前后测的数据哪怕只有一个班，也比空谈理论有说服力。<br />
<br />
第三，多请教研员和老教师看稿。我的第二篇论文就是区教研员逐段帮我改过的，结构调整之后很快就被录用了。<br />
<br />
写论文其实是逼着自己反思教学的过程，就算不为评职称，也值得坚持。
</div>
</div>
<div class="xmc_sign">-----------------------------------<br />教而不研则浅，研而不教则空</div>
<div class="xmc_lr_act"><a href="#">回帖置顶</a> <a href="#">引用</a> <a href="#">回复</a> <a href="#">举报</a></div>
</td>
</tr>
</table>
<table class="xmc_line_lr plmc" cellspacing="0" cellpadding="0" width="100%" id="pid2">
<tr>
<td class="pls_user" valign="top" width="160"><a href="/bbs/space.php?uid=77815" class="xmc_b">粉笔头儿</a><br />金币: 86<br />帖子: 54</td>
<td class="pls_mid" valign="top">
<div class="xmc_lr_floor"><span class="xmc_gray">2楼</span> 发表于: 2017-06-19 08:12</div>
<div class="t_fsz"><div class="t_msgfont">题目要小这一条太对了，我去年就栽在题目太大上，感谢分享！</div></div>
</td>
</tr>
</table>
<div class="xmc_reply"><h3>简单回复</h3><form action="/bbs/post.php?action=reply&amp;tid=11023456" method="post"><textarea name="message" rows="5" cols="80"></textarea><br /><input type="submit" value="发表回复" /> 回帖请遵守版规，灌水将被扣除金币</form></div>
</div>
<div class="xmc_wrap xmc_foot">小木虫论坛 - 学术科研互动平台<br />Copyright &copy; 2001-2017 muchong.example.com 版权所有 <a href="http://www.miitbeian.example.cn/">粤ICP备10201234号</a> 粤公网安备 44010602001234号</div>
</body>
</html>
"""

# Emlog 5 (a theme that wraps the echo_log.php output in div.echo_log): the blog name in the header's h1, the post
# title in h2 inside div.echo_log, p.date "作者：admin 发布于：2014-9-1 星期一 分类：班级日志", the content as bare
# <p>s after it, p.tag, div.nextlog, the comment list with dates, the comment form; a sidebar of 最新日志, 标签,
# 最新评论 and 存档, the footer "Powered by emlog" and ICP number
EMLOG_5 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>开学第一天，给三（2）班的孩子们 - 叶老师的班级日志</title>
<meta name="keywords" content="开学,班级日志" />
<meta name="description" content="九月一日，新学期开始了。" />
<meta name="generator" content="emlog" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="http://www.yelaoshi.example.cn/rss.php" />
<link href="http://www.yelaoshi.example.cn/content/templates/default/main.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="wrap">
<div id="header"><h1><a href="http://www.yelaoshi.example.cn/">叶老师的班级日志</a></h1><h3>记录和孩子们在一起的日子</h3></div>
<div id="nav"><ul class="bar"><li class="item common"><a href="http://www.yelaoshi.example.cn/">首页</a></li><li class="item common"><a href="http://www.yelaoshi.example.cn/t/">微语</a></li><li class="item common"><a href="http://www.yelaoshi.example.cn/admin/">登录</a></li></ul></div>
<div id="content">
<div id="contentleft">
<div class="echo_log">
<h2>开学第一天，给三（2）班的孩子们</h2>
<p class="date">作者：<a href="http://www.yelaoshi.example.cn/author/1" title="叶青禾">叶青禾</a> 发布于：2014-9-1 星期一 分类：<a href="http://www.yelaoshi.example.cn/sort/banji">班级日志</a></p>
<p>九月一日，新学期开始了。早上七点半我就站在教室门口，看着你们一个个背着新书包走进来，有的晒黑了，有的长高了，还有的换了新发型。</p>
<p>这个暑假，很多同学完成了自己的小目标：有人读完了十本书，有人学会了游泳，还有人每天帮妈妈做一道菜。老师为你们骄傲。</p>
<p>三年级是一个新的台阶，我们要开始写作文，要学习用钢笔，数学也会越来越有挑战。不过别担心，只要每天进步一点点，就一定能做到。</p>
<p>今天放学前我们一起定下了班级公约：上课专心听，作业按时交，同学互相帮。希望一年以后，我们都能骄傲地说，我们做到了。</p>
<p class="tag">标签: <a href="http://www.yelaoshi.example.cn/tag/开学">开学</a> <a href="http://www.yelaoshi.example.cn/tag/班级公约">班级公约</a></p>
<div class="nextlog">&laquo; <a href="http://www.yelaoshi.example.cn/post-86.html">暑假里的读书单</a> | <a href="http://www.yelaoshi.example.cn/post-88.html">第一次钢笔字练习</a>&raquo;</div>
<div id="comments"><a name="comments"></a><p class="comment-header"><b>评论:</b></p>
<div class="comment" id="comment-201"><div class="comment-info"><b>乐乐妈妈</b><br /><span class="comment-time">2014-09-01 20:15</span><div class="comment-content">乐乐回家说最喜欢叶老师了，谢谢老师！</div></div></div>
<div class="comment" id="comment-202"><div class="comment-info"><b>子涵爸爸</b><br /><span class="comment-time">2014-09-02 07:40</span><div class="comment-content">班级公约很好，我们在家也贴一份。</div></div></div>
</div>
<div id="comment-place"><div class="comment-post" id="comment-post"><p class="comment-header"><b>发表评论：</b></p><form method="post" name="commentform" action="http://www.yelaoshi.example.cn/index.php?action=addcom" id="commentform"><p><input type="text" name="comname" maxlength="49" value="" size="22" tabindex="1" /><label for="author"><small>昵称</small></label></p><p><textarea name="comment" id="comment" rows="10" tabindex="4"></textarea></p><p><input type="submit" id="comment_submit" value="发表评论" tabindex="6" /></p></form></div></div>
</div>
</div>
<ul id="sidebar">
<li><h3><span>最新日志</span></h3><ul id="newlog"><li><a href="http://www.yelaoshi.example.cn/post-88.html">第一次钢笔字练习</a></li><li><a href="http://www.yelaoshi.example.cn/post-86.html">暑假里的读书单</a></li></ul></li>
<li><h3><span>标签</span></h3><ul id="blogtags"><li><span style="font-size:14pt;"><a href="#">开学</a></span> <span style="font-size:10pt;"><a href="#">读书</a></span> <span style="font-size:12pt;"><a href="#">家校沟通</a></span></li></ul></li>
<li><h3><span>最新评论</span></h3><ul id="newcomment"><li id="comment">子涵爸爸 <br /><a href="#comment-202">班级公约很好，我们在家也贴一份。</a></li></ul></li>
<li><h3><span>存档</span></h3><ul id="record"><li><a href="http://www.yelaoshi.example.cn/record/201409">2014年9月(3)</a></li><li><a href="http://www.yelaoshi.example.cn/record/201408">2014年8月(5)</a></li></ul></li>
</ul>
</div>
<div id="footerbar">&copy;2014 叶老师的班级日志 版权所有 <a href="http://www.miibeian.example.cn" target="_blank">浙ICP备14012345号-1</a> Powered by <a href="http://www.emlog.example.net" title="emlog 5.3.1">emlog</a></div>
</div>
</body>
</html>
"""

# Z-Blog PHP default theme (2016): the site name in #BlogTitle, h4.post-date "2016-03-05" above h2.post-title, the
# body in div.post-body, h5.post-tags, h6.post-footer with 作者/分类/浏览/评论, the comment list (ul.msg with its own
# "发布于 2016-3-6 20:11:00"), the 发表评论 form, a sidebar of 最近发表, 标签列表 (tag cloud), 最新留言 and 文章归档,
# the footer with the ICP number and Powered By Z-BlogPHP
ZBLOG_PHP = """<!DOCTYPE html>
<html xml:lang="zh-Hans" lang="zh-Hans">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="generator" content="Z-BlogPHP 1.4 Deeplue" />
<title>作业少了，孩子的时间去哪儿了？-小语老师的教育手记</title>
<link rel="stylesheet" rev="stylesheet" href="http://www.xiaoyu.example.cn/zb_users/theme/default/style/default.css" type="text/css" media="all"/>
<script src="http://www.xiaoyu.example.cn/zb_system/script/jquery-1.8.3.min.js" type="text/javascript"></script>
</head>
<body class="single article">
<div id="divAll">
<div id="divPage">
<div id="divMiddle">
<div id="divTop"><h1 id="BlogTitle"><a href="http://www.xiaoyu.example.cn/">小语老师的教育手记</a></h1><h3 id="BlogSubTitle">一个小学语文老师的日常</h3></div>
<div id="divNavBar"><hr/><ul><li><a href="http://www.xiaoyu.example.cn/">首页</a></li><li><a href="http://www.xiaoyu.example.cn/tags.php">标签</a></li><li><a href="http://www.xiaoyu.example.cn/guestbook.html">留言本</a></li><li><a href="http://www.xiaoyu.example.cn/zb_system/login.php">登录</a></li></ul><hr/></div>
<div id="divMain">
<div class="post single">
<h4 class="post-date">2016-03-05</h4>
<h2 class="post-title">作业少了，孩子的时间去哪儿了？</h2>
<div class="post-body"><p>这学期学校落实减负要求，一二年级不留书面作业，三年级以上每天书面作业控制在一小时以内。开学一周，我在班级群里收到最多的问题是：作业少了，孩子放学后该干什么？</p>
<p>我做了一个小调查，全班四十二个孩子，有十几个放学后基本在看电视或者玩平板，还有几个被家长送去了更多的培训班。这两种情况都让我有些担心。</p>
<p>减负减掉的是重复机械的练习，不是孩子成长的时间。我给家长们提了三个建议：每天固定半小时亲子阅读，每周做一次家务，周末至少有一次户外活动。</p>
<p>上周五，一个孩子兴奋地告诉我，他和爸爸一起把家里的阳台改成了小菜园。我想，这就是作业之外最好的功课。</p></div>
<h5 class="post-tags">Tags: <a href="http://www.xiaoyu.example.cn/tags-12.html">减负</a> <a href="http://www.xiaoyu.example.cn/tags-8.html">亲子阅读</a></h5>
<h6 class="post-footer">作者:小语老师 | 分类:<a href="http://www.xiaoyu.example.cn/category-2.html">家校共育</a> | 浏览:<span>536</span> | 评论:2</h6>
</div>
<ul class="msg msghead"><li class="tbname">评论列表:</li></ul>
<ul class="msg" id="cmt31"><li class="msgname"><span class="commentname">阳台菜园的爸爸</span><br/><small>&nbsp;发布于&nbsp;2016-3-6 20:11:00&nbsp;&nbsp;<span class="revertcomment"><a href="#comment">回复该评论</a></span></small></li><li class="msgarticle">没想到老师把我们的小菜园写进来了，孩子很开心！</li></ul>
<ul class="msg" id="cmt32"><li class="msgname"><span class="commentname">米粒妈妈</span><br/><small>&nbsp;发布于&nbsp;2016-3-7 09:02:41&nbsp;&nbsp;<span class="revertcomment"><a href="#comment">回复该评论</a></span></small></li><li class="msgarticle">每周一次家务，我们从洗碗开始。</li></ul>
<ul class="msg" id="comment"><li class="tbname">发表评论:</li><li class="msgarticle"><form id="frmSumbit" target="_self" method="post" action="http://www.xiaoyu.example.cn/zb_system/cmd.php?act=cmt&amp;postid=31"><p><input type="text" name="inpName" id="inpName" class="text" value="访客" size="28" tabindex="1" /> <label for="inpName">名称(*)</label></p><p><textarea name="txaArticle" id="txaArticle" class="text" cols="50" rows="4" tabindex="5"></textarea></p><p><input name="sumbit" type="submit" tabindex="6" value="提交" class="button" /></p></form></li></ul>
</div>
<div id="divSidebar">
<dl class="function" id="divPrevious"><dt class="function_t">最近发表</dt><dd class="function_c"><ul><li><a href="http://www.xiaoyu.example.cn/post/32.html">一年级拼音的三个小游戏</a></li><li><a href="http://www.xiaoyu.example.cn/post/31.html">作业少了，孩子的时间去哪儿了？</a></li></ul></dd></dl>
<dl class="function" id="divTags"><dt class="function_t">标签列表</dt><dd class="function_c"><ul><li><a href="#">减负</a><span class="tag-count"> (3)</span></li><li><a href="#">亲子阅读</a><span class="tag-count"> (9)</span></li><li><a href="#">作文</a><span class="tag-count"> (6)</span></li></ul></dd></dl>
<dl class="function" id="divComments"><dt class="function_t">最新留言</dt><dd class="function_c"><ul><li><a href="#cmt32">每周一次家务，我们从洗碗开始。</a></li></ul></dd></dl>
<dl class="function" id="divArchives"><dt class="function_t">文章归档</dt><dd class="function_c"><ul><li><a href="#">2016年3月 (4)</a></li><li><a href="#">2016年2月 (2)</a></li></ul></dd></dl>
</div>
<div id="divBottom"><h4 id="BlogCopyRight">Copyright 小语老师的教育手记 版权所有 <a href="http://www.miitbeian.example.cn/">苏ICP备16003456号</a></h4><h5 id="BlogPowerBy">Powered By <a href="http://www.zblogcn.example.com/" title="Z-BlogPHP" target="_blank">Z-BlogPHP</a></h5></div>
<div class="clear"></div>
</div>
</div>
</div>
</body>
</html>
"""

# Jianshu-like post page (2018): h1.title, the author card with 关注 button and a meta row: span.publish-time
# "2018.03.05 10:20*" (the asterisk: edited; the tooltip names the later edit day), 字数/阅读/评论/喜欢, the body in
# div.show-content, the notebook name and © 著作权归作者所有 after it, 赞赏, comments with "2018.03.05 12:41" dates,
# 推荐阅读, the ICP footer
JIANSHU_2018 = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0,user-scalable=no">
<title>陪娃写作业三年，我终于学会了闭嘴 - 简书</title>
<meta name="description" content="女儿上一年级的时候，我是那种坐在旁边寸步不离的家长。">
<meta property="og:type" content="article">
<meta property="og:title" content="陪娃写作业三年，我终于学会了闭嘴">
<link rel="stylesheet" media="all" href="//cdn2.jianshu.example.io/assets/web-7e2f5a.css" />
</head>
<body lang="zh-CN" class="reader-black-font">
<nav class="navbar navbar-default navbar-fixed-top" role="navigation"><div class="width-limit"><a class="logo" href="/"><img src="//cdn2.jianshu.example.io/assets/web/logo.png" alt="Logo" /></a><a class="btn write-btn" target="_blank" href="/writer#/">写文章</a><a class="btn sign-up" href="/sign_up">注册</a><a class="btn log-in" href="/sign_in">登录</a>
<div class="container"><ul class="nav navbar-nav"><li class="tab"><a href="/"><span class="menu-text">首页</span></a></li><li class="tab"><a href="/apps?utm_medium=desktop&amp;utm_source=navbar-apps"><span class="menu-text">下载App</span></a></li><li class="search"><form target="_blank" action="/search" accept-charset="UTF-8" method="get"><input type="text" name="q" id="q" placeholder="搜索" class="search-input" /></form></li></ul></div></div></nav>
<div class="note">
<div class="post">
<div class="article">
<h1 class="title">陪娃写作业三年，我终于学会了闭嘴</h1>
<div class="author">
<a class="avatar" href="/u/3f2a9c81d7e4"><img src="//upload.jianshu.example.io/users/upload_avatars/1234567/a1b2.jpg?imageMogr2/auto-orient/strip|imageView2/1/w/96/h/96" alt="96" /></a>
<div class="info">
<span class="name"><a href="/u/3f2a9c81d7e4">禾苗妈的碎碎念</a></span>
<a class="btn btn-success follow"><i class="iconfont ic-follow"></i><span>关注</span></a>
<div class="meta">
<span class="jsd-meta"><i class="iconfont ic-paid1"></i> 1.2</span>
<span class="publish-time" data-toggle="tooltip" data-placement="bottom" title="最后编辑于 2018.03.07 09:12">2018.03.05 10:20*</span>
<span class="wordage">字数 1386</span>
<span class="views-count">阅读 2531</span>
<span class="comments-count">评论 18</span>
<span class="likes-count">喜欢 96</span>
</div>
</div>
</div>
<div data-note-content class="show-content">
<div class="show-content-free">
<p>女儿上一年级的时候，我是那种坐在旁边寸步不离的家长。她写错一个字我就指出来，坐姿不对我就提醒，一晚上作业下来，两个人都精疲力尽。</p>
<p>二年级下学期的一次家长会上，班主任说了一句话让我印象很深：“孩子写作业的时候，家长最好的位置是在隔壁房间。”</p>
<p>回家后我试着照做。第一周简直是煎熬，明明看见她在发呆，我也忍着不进去。作业质量确实下降了，老师的评语从“优”变成了“良”。</p>
<div class="image-package"><div class="image-container"><img data-original-src="//upload-images.jianshu.example.io/upload_images/1234567-9f8e.jpg" /></div><div class="image-caption">女儿自己做的作业计划表</div></div>
<p>但到了第三周，变化出现了。她开始自己列计划，先做哪门后做哪门，遇到不会的题会先空着，全部做完再来问我。</p>
<p>现在女儿四年级了，作业基本不用我操心。回头想想，我当初的“陪”，其实是把她的责任揽到了自己身上。学会闭嘴，才是家长真正的功课。</p>
</div>
</div>
</div>
<div class="show-foot"><a class="notebook" href="/nb/20345678"><i class="iconfont ic-search-notebook"></i><span>家庭教育</span></a><div class="copyright" data-toggle="tooltip" data-html="true" data-original-title="转载请联系作者获得授权，并标注“简书作者”。">© 著作权归作者所有</div><div class="modal-wrap"><a id="report-modal">举报文章</a></div></div>
</div>
<div class="support-author"><p>小礼物走一走，来简书关注我</p><div class="btn btn-pay">赞赏支持</div></div>
<div id="comment-list" class="comment-list">
<div class="normal-comment-list"><div class="top-title"><span>18条评论</span></div>
<div class="comment"><div class="author"><a href="/u/8c1d" class="name">豆豆爸</a><div class="meta"><span>2楼 · 2018.03.05 12:41</span></div></div><div class="comment-wrap"><p>“家长最好的位置是在隔壁房间”，说得太好了。</p></div></div>
<div class="comment"><div class="author"><a href="/u/5b7e" class="name">北方的桃</a><div class="meta"><span>3楼 · 2018.03.06 08:05</span></div></div><div class="comment-wrap"><p>正在经历第一周的煎熬，看到这篇有信心了。</p></div></div>
</div></div>
</div>
<div class="note-bottom"><div class="js-included-collections"><h3>推荐阅读</h3><ul><li><a href="/p/1a2b3c">一年级新生家长必看：入学前要做的五件事</a></li><li><a href="/p/4d5e6f">我家孩子的寒假作息表</a></li></ul></div></div>
<footer class="container"><div class="row"><div class="col-xs-17 main"><a target="_blank" href="/c/jppzD2">关于简书</a><em> · </em><a target="_blank" href="/contact">联系我们</a><em> · </em><a target="_blank" href="/p/bfc2e5a7b4e7">帮助中心</a><div class="icp">&copy;2012-2018 上海佰集信息科技有限公司 / 简书 / 沪ICP备11018329号-5 /</div></div></div></footer>
</body>
</html>
"""

# QQ空间 log page of 2012 (the blog iframe's static copy): the space owner's name and 个人中心/相册 tabs, the title
# in h3.blog_tit_detail, the info row "2012年03月05日 10:20 | 阅读(268) | 评论(2) | 分类：教育心得", the body in
# #blogDetailDiv whose first line is the reprint note "转载自 中国教育新闻网" (the outlet the text came from),
# then 转载/分享, 上一篇/下一篇, 好友评论 with dates and the Tencent footer
QZONE_BLOG_REPRINT_2012 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>小学生每天睡够十小时，家长能做些什么 [转] - 桃李不言的QQ空间</title>
<link rel="stylesheet" type="text/css" href="http://qzonestyle.gtimg.example.cn/qzone_v6/blog_detail.css" />
</head>
<body class="blog_detail_body">
<div class="head_wrap"><div class="head_title"><a href="http://user.qzone.example.com/35617890">桃李不言</a><span class="c_tx3">http://user.qzone.example.com/35617890</span></div>
<ul class="head_nav"><li><a href="http://user.qzone.example.com/35617890/main">主页</a></li><li class="cur"><a href="http://user.qzone.example.com/35617890/2">日志</a></li><li><a href="http://user.qzone.example.com/35617890/4">相册</a></li><li><a href="http://user.qzone.example.com/35617890/334">留言板</a></li><li><a href="http://user.qzone.example.com/35617890/1">个人档</a></li></ul></div>
<div class="blog_wrap">
<div class="blog_main">
<div class="blog_tit_wrap">
<h3 class="blog_tit_detail">小学生每天睡够十小时，家长能做些什么 <span class="c_tx3">[转]</span></h3>
<div class="blog_info c_tx3"><span class="blog_time">2012年03月05日 10:20</span> | 阅读(268) | 评论(2) | 分类：<a href="http://user.qzone.example.com/35617890/2?cate=3">教育心得</a></div>
</div>
<div id="blogDetailDiv" class="blog_details_20120222">
<p>转载自 中国教育新闻网</p>
<p>　　小学生每天睡眠时间应达到十小时，这是国家早有规定的要求。但记者近日在多所小学调查发现，能睡够十小时的孩子不到三成。</p>
<p>　　调查显示，作业多并不是唯一原因。不少孩子晚上看电视、玩游戏到九点以后，一些家长自己睡得晚，孩子也跟着熬夜。</p>
<p>　　专家建议，家长首先要以身作则，晚上九点后家里尽量保持安静，关掉电视和手机；其次要帮孩子养成固定的作息，周末也不宜相差太多。</p>
<p>　　此外，睡前半小时可以安排亲子阅读或者聊聊学校里的事，帮助孩子放松下来，更容易入睡。</p>
</div>
<div class="blog_act c_tx3"><a href="#">转载</a> | <a href="#">分享</a> | <a href="#">举报</a></div>
<div class="blog_nav c_tx3"><span>上一篇：<a href="http://user.qzone.example.com/35617890/blog/1330650000">班里的“读书角”开张了</a></span> <span>下一篇：<a href="http://user.qzone.example.com/35617890/blog/1331100000">三月学雷锋，我们去敬老院</a></span></div>
<div class="blog_comment"><h4>好友评论</h4>
<ul><li><a href="#">晴天小猪</a> <span class="c_tx3">2012年03月05日 19:42</span><p>转走了，我家孩子总要十点才睡。</p></li>
<li><a href="#">木子李</a> <span class="c_tx3">2012年03月06日 07:11</span><p>以身作则最难，家长先放下手机。</p></li></ul>
<div class="comment_box"><textarea>发表评论</textarea><button>发表</button></div></div>
</div>
<div class="blog_side"><div class="mod"><h4>日志分类</h4><ul><li><a href="#">教育心得(27)</a></li><li><a href="#">班级点滴(41)</a></li></ul></div><div class="mod"><h4>最新日志</h4><ul><li><a href="#">三月学雷锋，我们去敬老院</a></li><li><a href="#">班里的“读书角”开张了</a></li></ul></div></div>
</div>
<div class="footer c_tx3"><a href="http://www.tencent.example.com/">关于腾讯</a> | <a href="http://www.qq.example.com/contract.shtml">服务条款</a> | <a href="http://service.qq.example.com/">客服中心</a><br />Copyright &copy; 2005 - 2012 Tencent. All Rights Reserved. 腾讯公司 版权所有</div>
</body>
</html>
"""

PAGES: list[Page] = [
    Page(
        "discuz-x34-portal-laizi-line",
        "http://bbs.njjz.example.cn/portal.php?mod=view&aid=356",
        DISCUZ_X34_PORTAL,
        "江北区“护学岗”家长志愿者队伍扩大到三千人",
        "2019-03-05",
        "宁江日报",
        "新学期开学第一周，江北区各中小学校门口又多了一道“红马甲”风景线。记者从区教育局获悉，今年全区“护学岗”家长志愿者已扩大到三千余人，覆盖全部四十二所中小学和幼儿园。",
        "区教育局有关负责人表示，下一步将为志愿者统一购买意外保险，并联合交警部门开展交通疏导培训，让“护学岗”更专业、更持久。",
        (
            "发布者",
            "原作者",
            "摘要",
            "收藏",
            "上一篇",
            "寒假安全致家长的一封信",
            "热门推荐",
            "最新文章",
            "发表评论请先登录",
            "Powered by",
            "自动登录",
        ),
    ),
    Page(
        "discuz-archiver-bare-posts",
        "http://bbs.njjz.example.cn/archiver/?tid-123.html",
        DISCUZ_ARCHIVER,
        "四年级数学期中复习，我家是这样安排的",
        "2012-04-12",
        None,
        "还有两周就期中考试了，群里好几位家长问我怎么帮孩子复习，干脆发个帖子说一说我家的做法。",
        "最后想说，复习期间别给孩子太大压力，周末照样带他出去打球，心情好了效率反而高。",
        ("小满妈妈", "发表于", "谢谢分享", "这位家长的方法很科学", "页: ", "查看完整版本", "Discuz! Archiver"),
        gbk=True,
    ),
    Page(
        "dvbbs8-table-posts-register-date",
        "http://bbs.njedu.example.cn/dispbbs.asp?boardid=12&id=3456",
        DVBBS_8,
        "初三毕业班家长会发言稿（班主任）",
        "2008-11-03",
        None,
        # the post repeats its subject as its first line: kept, as a first line that repeats the title always is
        "初三毕业班家长会发言稿（班主任）",
        "最后，让我们携起手来，陪孩子们走好初中最后一程。谢谢大家！",
        (
            "等级：",
            "注册：",
            "楼主",
            "教育是一棵树摇动另一棵树",
            "发表于",
            "李老师讲得太好了",
            "快速回复",
            "论坛跳转",
            "Powered By",
            "执行时间",
        ),
        gbk=True,
    ),
    Page(
        "phpbb3-zh-author-line",
        "http://bbs.njzx.example.cn/viewtopic.php?f=3&t=512",
        PHPBB3_ZH,
        "分享：高一物理“先学后教”一个学期的尝试",
        "2015-03-05",
        None,
        "上学期我在两个平行班试行了“先学后教”：每节新课前发一张导学单，学生在晚自习用二十分钟自学课本，课上先交流问题再讲解。",
        "导学单的模板我整理好了，需要的老师可以站内信找我。",
        (
            "由 沈一舟",
            "注册:",
            "物理是一门关于“为什么”的学问",
            "回到顶部",
            "必做和选做分开这个办法很实用",
            "快速回复",
            "在线用户",
            "Powered by",
            "简体中文语言",
        ),
    ),
    Page(
        "netease-bbs-tie-item",
        "http://bbs.edu.163.example.com/bbs/qinzi/187654321.html",
        NETEASE_BBS_2010,
        "孩子上初中后不爱说话了，怎么和他沟通？",
        "2010-09-10",
        None,
        "儿子今年刚上初一，开学才两周，我明显感觉他变了。以前放学回来叽叽喳喳说个不停，现在进门就回房间，问什么都是“还行”“没什么”。",
        "想请教各位过来人，孩子到了青春期，家长该怎么拿捏这个度？",
        (
            "点击：",
            "楼主",
            "只看楼主",
            "陪伴是最长情的告白",
            "支持(12)",
            "少问结果，多听过程",
            "运动的时候最愿意聊天",
            "快速回复",
            "热门帖子",
            "本版精华",
            "网易公司版权所有",
        ),
        gbk=True,
    ),
    Page(
        "muchong-floor-table",
        "http://muchong.example.com/bbs/viewthread.php?tid=11023456",
        MUCHONG_2017,
        "青年教师评职称，教研论文到底怎么写？说说我的三点体会",
        "2017-06-18",
        None,
        "今年评上了中级，前后写了四篇教研论文，投出去三篇，发表了两篇。看到版里不少年轻老师在问论文怎么写，说说我的体会，供大家参考。",
        "写论文其实是逼着自己反思教学的过程，就算不为评职称，也值得坚持。",
        (
            "金币",
            "1楼",
            "只看该作者",
            "教而不研则浅",
            "回帖置顶",
            "题目要小这一条太对了",
            "简单回复",
            "公网安备",
        ),
        gbk=True,
    ),
    Page(
        "emlog-echo-log-date-line",
        "http://www.yelaoshi.example.cn/post-87.html",
        EMLOG_5,
        "开学第一天，给三（2）班的孩子们",
        "2014-09-01",
        None,
        "九月一日，新学期开始了。早上七点半我就站在教室门口，看着你们一个个背着新书包走进来，有的晒黑了，有的长高了，还有的换了新发型。",
        "今天放学前我们一起定下了班级公约：上课专心听，作业按时交，同学互相帮。希望一年以后，我们都能骄傲地说，我们做到了。",
        (
            "作者：",
            "发布于",
            "标签:",
            "暑假里的读书单",
            "乐乐回家说最喜欢叶老师了",
            "发表评论",
            "最新日志",
            "存档",
            "Powered by",
        ),
    ),
    Page(
        "zblog-php-date-above-title",
        "http://www.xiaoyu.example.cn/post/31.html",
        ZBLOG_PHP,
        "作业少了，孩子的时间去哪儿了？",
        "2016-03-05",
        None,
        "这学期学校落实减负要求，一二年级不留书面作业，三年级以上每天书面作业控制在一小时以内。开学一周，我在班级群里收到最多的问题是：作业少了，孩子放学后该干什么？",
        "上周五，一个孩子兴奋地告诉我，他和爸爸一起把家里的阳台改成了小菜园。我想，这就是作业之外最好的功课。",
        (
            "Tags:",
            "浏览:",
            "评论列表",
            "没想到老师把我们的小菜园写进来了",
            "回复该评论",
            "最近发表",
            "标签列表",
            "文章归档",
            "Powered By",
        ),
    ),
    Page(
        "jianshu-publish-time-star",
        "https://www.jianshu.example.com/p/7c4e2b9a1f30",
        JIANSHU_2018,
        "陪娃写作业三年，我终于学会了闭嘴",
        "2018-03-05",
        None,
        "女儿上一年级的时候，我是那种坐在旁边寸步不离的家长。她写错一个字我就指出来，坐姿不对我就提醒，一晚上作业下来，两个人都精疲力尽。",
        "现在女儿四年级了，作业基本不用我操心。回头想想，我当初的“陪”，其实是把她的责任揽到了自己身上。学会闭嘴，才是家长真正的功课。",
        (
            "关注",
            "字数",
            "著作权归作者所有",
            "举报文章",
            "赞赏支持",
            "家长最好的位置是在隔壁房间”，说得太好了",
            "推荐阅读",
            "下载App",
        ),
    ),
    Page(
        "qzone-blog-reprint-line",
        "http://user.qzone.example.com/35617890/blog/1330914000",
        QZONE_BLOG_REPRINT_2012,
        "小学生每天睡够十小时，家长能做些什么",
        "2012-03-05",
        "中国教育新闻网",
        "小学生每天睡眠时间应达到十小时，这是国家早有规定的要求。但记者近日在多所小学调查发现，能睡够十小时的孩子不到三成。",
        "此外，睡前半小时可以安排亲子阅读或者聊聊学校里的事，帮助孩子放松下来，更容易入睡。",
        ("转载自", "阅读(268)", "分类：", "上一篇", "好友评论", "转走了", "日志分类", "Tencent"),
    ),
]
