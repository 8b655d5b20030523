"""List pages of Chinese school and government CMS families, one hand-written page per list shape:

a <table> with a header row (标题/发布日期/点击); a <dl> of <dd> rows dated [03-05] (the year only in the page's year
tabs); a calendar leaf (<span class="date"><em>19</em>2021-03</span>); link text cut with … and the whole title in
title=""; rows with a thumbnail, a summary and a 查看详情 link to the same page; rows linking their .pdf/.doc files
themselves; a 置顶 row repeated on every page; <a> cards with <h3> and <p class="date">; a Hanweb (大汉) datastore in
<script type="text/xml">; a pager that is only a <select> jump box; a pager of javascript:goPage(n) links whose URL
pattern is in a script. (An empty category whose 暂无信息 stands beside an undated side box is still read as a
hub of that box's links: not yet told apart from an undated list, so it is not among these cases.)

Each page carries the chrome of its kind (a menu of many links, a breadcrumb, a side box of 热点/推荐 links, a footer
with 版权所有/ICP) and states what a reader sees on it: its rows (URL, title, day) and its pager (this page, the last
page, the URL of the page after this one). Names, hosts and numbers are made up; no page is copied from a real
site. One test per aspect, so a gap shows as the aspect it costs. The pager forms of tests/test_pager_families.py
are not repeated here."""

import functools

import family_lists_gov
import family_lists_more
import family_lists_school
import family_lists_traps
import family_lists_traps2
import family_lists_traps3
import family_lists_traps4
import pytest
from family_page import ListCase

from jiangbei_crawler.extract.classify import classify
from jiangbei_crawler.extract.dates import to_iso
from jiangbei_crawler.extract.listing import parse_list_page

# ---------------------------------------------------------------------------------------------------------------
# 1. a <table> list with a header row (标题 / 发布日期 / 点击), GBK, a ThinkPHP pager (…/p/2.html, 1/9 页)
# ---------------------------------------------------------------------------------------------------------------

TABLE_HEADER = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>通知公告 - 鹤溪县第二中学</title>
<link href="/Public/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="header"><div class="logo"><img src="/Public/images/logo.png" alt="鹤溪县第二中学" /></div>
<ul id="nav">
<li><a href="/">网站首页</a></li><li><a href="/index.php/Article/index/cid/1.html">学校概况</a></li>
<li><a href="/index.php/Article/index/cid/2.html">新闻动态</a></li><li><a href="/index.php/Article/index/cid/3.html">校务公开</a></li>
<li><a href="/index.php/Article/index/cid/4.html">德育天地</a></li><li><a href="/index.php/Article/index/cid/5.html">教学科研</a></li>
<li><a href="/index.php/Article/index/cid/6.html">教师风采</a></li><li><a href="/index.php/Article/index/cid/7.html">学生园地</a></li>
<li><a href="/index.php/Article/index/cid/8.html">招生信息</a></li><li><a href="/index.php/Article/index/cid/9.html">党建工作</a></li>
<li><a href="/index.php/Guestbook/index.html">校长信箱</a></li>
</ul></div>
<div id="main">
<div class="left">
 <div class="lbox"><h3>热点文章</h3><ul>
 <li><a href="/index.php/Article/show/id/1520.html">我校举行2021年春季开学典礼暨表彰大会</a></li>
 <li><a href="/index.php/Article/show/id/1498.html">高三年级召开百日誓师大会</a></li>
 <li><a href="/index.php/Article/show/id/1477.html">我校学子在全省中学生物理竞赛中获佳绩</a></li>
 <li><a href="/index.php/Article/show/id/1465.html">学校开展寒假安全教育主题班会活动</a></li>
 <li><a href="/index.php/Article/show/id/1431.html">县教育局领导来校检查指导开学工作</a></li>
 </ul></div>
 <div class="lbox"><h3>推荐阅读</h3><ul>
 <li><a href="/index.php/Article/show/id/1402.html">家庭教育讲座：如何陪伴孩子度过青春期</a></li>
 <li><a href="/index.php/Article/show/id/1388.html">我校教师参加市级优质课评比喜获一等奖</a></li>
 <li><a href="/index.php/Article/show/id/1356.html">校园文化艺术节系列活动精彩纷呈</a></li>
 </ul></div>
</div>
<div class="right">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/index.php/Article/index/cid/3.html">校务公开</a> &gt; 通知公告</div>
<table class="listtable" width="100%" border="0" cellspacing="0" cellpadding="0">
<tr class="listhead"><th>标题</th><th width="100">发布日期</th><th width="60">点击</th></tr>
<tr><td class="tit"><a href="/index.php/Article/show/id/1591.html" target="_blank">关于2021年清明节放假安排的通知</a></td><td>2021-03-29</td><td>35</td></tr>
<tr><td class="tit"><a href="/index.php/Article/show/id/1588.html" target="_blank">关于召开2021年春季田径运动会的通知</a></td><td>2021-03-24</td><td>58</td></tr>
<tr><td class="tit"><a href="/index.php/Article/show/id/1583.html" target="_blank">2021年高中学业水平考试报名工作安排</a></td><td>2021-03-19</td><td>126</td></tr>
<tr><td class="tit"><a href="/index.php/Article/show/id/1579.html" target="_blank">关于开展“学雷锋志愿服务月”活动的通知</a></td><td>2021-03-05</td><td>47</td></tr>
<tr><td class="tit"><a href="/index.php/Article/show/id/1574.html" target="_blank">关于做好春季传染病防控工作的通知</a></td><td>2021-03-02</td><td>89</td></tr>
<tr><td class="tit"><a href="/index.php/Article/show/id/1566.html" target="_blank">2021年春季学期教职工大会议程</a></td><td>2021-02-26</td><td>73</td></tr>
<tr><td class="tit"><a href="/index.php/Article/show/id/1560.html" target="_blank">关于2021年春季开学报到有关事项的通知</a></td><td>2021-02-20</td><td>312</td></tr>
<tr><td class="tit"><a href="/index.php/Article/show/id/1541.html" target="_blank">寒假期间校园开放时间安排</a></td><td>2021-01-28</td><td>64</td></tr>
<tr><td class="tit"><a href="/index.php/Article/show/id/1536.html" target="_blank">关于期末考试安排及寒假放假的通知</a></td><td>2021-01-18</td><td>201</td></tr>
<tr><td class="tit"><a href="/index.php/Article/show/id/1529.html" target="_blank">关于评选2020年度优秀班主任的通知</a></td><td>2021-01-11</td><td>95</td></tr>
</table>
<div class="pages"> 86 条记录 1/9 页  <a href='/index.php/Article/index/cid/12/p/2.html'>下一页</a> &nbsp;&nbsp;<span class='current'>1</span>&nbsp;<a href='/index.php/Article/index/cid/12/p/2.html'>&nbsp;2&nbsp;</a>&nbsp;<a href='/index.php/Article/index/cid/12/p/3.html'>&nbsp;3&nbsp;</a>&nbsp;<a href='/index.php/Article/index/cid/12/p/4.html'>&nbsp;4&nbsp;</a>&nbsp;<a href='/index.php/Article/index/cid/12/p/5.html'>&nbsp;5&nbsp;</a> <a href='/index.php/Article/index/cid/12/p/6.html'>下5页</a> <a href='/index.php/Article/index/cid/12/p/9.html'>最后一页</a></div>
</div>
</div>
<div id="footer"><a href="/index.php/Article/show/id/1.html">关于我们</a> | <a href="/index.php/Article/show/id/2.html">联系方式</a><br />
地址：鹤溪县城南路88号 电话：0577-5551234<br />版权所有：鹤溪县第二中学 浙ICP备12034567号</div>
</body>
</html>
"""

TABLE_HEADER_ROWS = (
    ("/index.php/Article/show/id/1591.html", "关于2021年清明节放假安排的通知", "2021-03-29"),
    ("/index.php/Article/show/id/1588.html", "关于召开2021年春季田径运动会的通知", "2021-03-24"),
    ("/index.php/Article/show/id/1583.html", "2021年高中学业水平考试报名工作安排", "2021-03-19"),
    ("/index.php/Article/show/id/1579.html", "关于开展“学雷锋志愿服务月”活动的通知", "2021-03-05"),
    ("/index.php/Article/show/id/1574.html", "关于做好春季传染病防控工作的通知", "2021-03-02"),
    ("/index.php/Article/show/id/1566.html", "2021年春季学期教职工大会议程", "2021-02-26"),
    ("/index.php/Article/show/id/1560.html", "关于2021年春季开学报到有关事项的通知", "2021-02-20"),
    ("/index.php/Article/show/id/1541.html", "寒假期间校园开放时间安排", "2021-01-28"),
    ("/index.php/Article/show/id/1536.html", "关于期末考试安排及寒假放假的通知", "2021-01-18"),
    ("/index.php/Article/show/id/1529.html", "关于评选2020年度优秀班主任的通知", "2021-01-11"),
)

# ---------------------------------------------------------------------------------------------------------------
# 2. a <dl> of <dd> rows under one <dt> heading, dated [03-19] (the year only in the page's year tabs), GBK, a JSP
#    pager of record offsets (pager.offset=20: page 2)
# ---------------------------------------------------------------------------------------------------------------

DL_SHORT_DATE = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>鹤溪县教育局--工作动态</title>
<link rel="stylesheet" href="/css/main.css" type="text/css">
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/banner.jpg" width="980" height="120"></td></tr>
<tr><td class="menu" height="36" align="center">
<a href="/index.jsp">首 页</a> | <a href="/col/list.jsp?classid=10">机构概况</a> | <a href="/col/list.jsp?classid=11">政务公开</a> |
<a href="/col/list.jsp?classid=12">工作动态</a> | <a href="/col/list.jsp?classid=13">基层信息</a> | <a href="/col/list.jsp?classid=14">政策法规</a> |
<a href="/col/list.jsp?classid=15">办事指南</a> | <a href="/col/list.jsp?classid=16">招生考试</a> | <a href="/col/list.jsp?classid=17">教育督导</a> |
<a href="/col/list.jsp?classid=18">专题专栏</a> | <a href="/interact/mailbox.jsp">局长信箱</a>
</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="230" valign="top" class="leftbg">
 <div class="lm"><div class="lm_t">热点信息</div><ul>
 <li><a href="/col/show.jsp?classid=12&id=3390">全县教育系统召开党风廉政建设工作会议</a></li>
 <li><a href="/col/show.jsp?classid=11&id=3377">鹤溪县2021年义务教育学校招生工作意见</a></li>
 <li><a href="/col/show.jsp?classid=16&id=3364">2021年中考体育考试实施细则解读</a></li>
 <li><a href="/col/show.jsp?classid=12&id=3341">县教育局开展校园安全大检查</a></li>
 <li><a href="/col/show.jsp?classid=13&id=3325">城关二小获评省级文明校园</a></li>
 </ul></div>
 <div class="lm"><div class="lm_t">友情链接</div><ul>
 <li><a href="http://jyt.example.gov.cn/" target="_blank">省教育厅</a></li>
 <li><a href="http://jyj.example-shi.gov.cn/" target="_blank">市教育局</a></li>
 </ul></div>
</td>
<td width="750" valign="top">
 <div class="weizhi">您现在的位置：<a href="/index.jsp">首页</a> &gt;&gt; <a href="/col/list.jsp?classid=12">工作动态</a></div>
 <div class="nianfen">按年份查看：<a class="on" href="/col/list.jsp?classid=12&year=2021">2021年</a> <a href="/col/list.jsp?classid=12&year=2020">2020年</a> <a href="/col/list.jsp?classid=12&year=2019">2019年</a></div>
 <dl class="newslist">
 <dt>工作动态（2021年）</dt>
 <dd><a href="show.jsp?classid=12&id=3431" title="县教育局召开2021年全县教育工作会议" target="_blank">县教育局召开2021年全县教育工作会议</a><span>[03-26]</span></dd>
 <dd><a href="show.jsp?classid=12&id=3427" title="全县中小学校长培训班在县委党校开班" target="_blank">全县中小学校长培训班在县委党校开班</a><span>[03-22]</span></dd>
 <dd><a href="show.jsp?classid=12&id=3422" title="县教育局部署春季学期学校食品安全工作" target="_blank">县教育局部署春季学期学校食品安全工作</a><span>[03-19]</span></dd>
 <dd><a href="show.jsp?classid=12&id=3418" title="城北片区学校开展教学质量联合视导" target="_blank">城北片区学校开展教学质量联合视导</a><span>[03-15]</span></dd>
 <dd><a href="show.jsp?classid=12&id=3409" title="鹤溪县举行2021年中小学生植树护绿活动" target="_blank">鹤溪县举行2021年中小学生植树护绿活动</a><span>[03-12]</span></dd>
 <dd><a href="show.jsp?classid=12&id=3401" title="县教育局召开学校安全稳定工作专题会议" target="_blank">县教育局召开学校安全稳定工作专题会议</a><span>[03-08]</span></dd>
 <dd><a href="show.jsp?classid=12&id=3396" title="全县学校春季开学工作平稳有序" target="_blank">全县学校春季开学工作平稳有序</a><span>[03-01]</span></dd>
 <dd><a href="show.jsp?classid=12&id=3388" title="县领导带队检查春季开学准备工作" target="_blank">县领导带队检查春季开学准备工作</a><span>[02-24]</span></dd>
 </dl>
 <div class="fenye">共 158 条记录 每页 20 条 第 1 页 / 共 8 页 [首页] [上一页] <a href="list.jsp?classid=12&pager.offset=20">[下一页]</a> <a href="list.jsp?classid=12&pager.offset=140">[尾页]</a></div>
</td>
</tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom">
<tr><td align="center" height="80">主办：鹤溪县教育局 地址：鹤溪县人民路12号 邮编：325999<br>
版权所有 鹤溪县教育局 浙ICP备05012345号</td></tr>
</table>
</body>
</html>
"""

DL_SHORT_DATE_ROWS = (
    ("show.jsp?classid=12&id=3431", "县教育局召开2021年全县教育工作会议", "2021-03-26"),
    ("show.jsp?classid=12&id=3427", "全县中小学校长培训班在县委党校开班", "2021-03-22"),
    ("show.jsp?classid=12&id=3422", "县教育局部署春季学期学校食品安全工作", "2021-03-19"),
    ("show.jsp?classid=12&id=3418", "城北片区学校开展教学质量联合视导", "2021-03-15"),
    ("show.jsp?classid=12&id=3409", "鹤溪县举行2021年中小学生植树护绿活动", "2021-03-12"),
    ("show.jsp?classid=12&id=3401", "县教育局召开学校安全稳定工作专题会议", "2021-03-08"),
    ("show.jsp?classid=12&id=3396", "全县学校春季开学工作平稳有序", "2021-03-01"),
    ("show.jsp?classid=12&id=3388", "县领导带队检查春季开学准备工作", "2021-02-24"),
)

# ---------------------------------------------------------------------------------------------------------------
# 3. a calendar leaf: the day big in an <em>, the year and month after it (<span class="date"><em>19</em>2021-03),
#    a PbootCMS-like pager of directory pages (/tzgg/2/)
# ---------------------------------------------------------------------------------------------------------------

CALENDAR_LEAF = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>通知公告-鹤溪实验小学</title>
<link rel="stylesheet" href="/template/default/css/style.css">
</head>
<body>
<header class="site-header">
 <div class="container"><a class="logo" href="/"><img src="/static/upload/image/logo.png" alt="鹤溪实验小学"></a>
 <nav class="mainnav"><ul>
  <li><a href="/">首页</a></li><li><a href="/xxgk/">学校概况</a></li><li><a href="/xwdt/">新闻动态</a></li>
  <li class="active"><a href="/tzgg/">通知公告</a></li><li><a href="/dyhd/">德育活动</a></li><li><a href="/jxky/">教学科研</a></li>
  <li><a href="/jszy/">教师专业</a></li><li><a href="/xszp/">学生作品</a></li><li><a href="/jxgy/">家校共育</a></li>
  <li><a href="/lxwm/">联系我们</a></li>
 </ul></nav></div>
</header>
<div class="banner-sub"><img src="/static/upload/image/sub-banner.jpg" alt=""></div>
<div class="container main">
 <aside class="sidebar">
  <div class="side-box"><h3>推荐阅读</h3><ul>
   <li><a href="/xwdt/96.html">我校开展“红领巾心向党”主题队日活动</a></li>
   <li><a href="/xwdt/93.html">一年级新生入学适应课程展示</a></li>
   <li><a href="/dyhd/88.html">校园读书节启动仪式隆重举行</a></li>
   <li><a href="/jxky/85.html">数学组开展“双减”背景下作业设计研讨</a></li>
   <li><a href="/xwdt/81.html">我校合唱团在市艺术节比赛中获一等奖</a></li>
  </ul></div>
 </aside>
 <section class="content">
  <div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a></div>
  <ul class="news-list">
   <li><span class="date"><em>26</em>2021-03</span><a href="/tzgg/131.html">关于2021年清明节假期安全教育的告家长书</a><p>清明节将至，为确保学生度过一个安全、文明的假期，现将有关事项告知如下……</p></li>
   <li><span class="date"><em>19</em>2021-03</span><a href="/tzgg/128.html">2021年春季学期学生综合素质评价工作安排</a><p>根据上级有关文件精神，结合我校实际，现就本学期学生综合素质评价工作作如下安排……</p></li>
   <li><span class="date"><em>12</em>2021-03</span><a href="/tzgg/125.html">关于开展校园“护绿小卫士”活动的通知</a><p>为培养学生爱绿护绿的意识，学校决定在全校开展“护绿小卫士”活动……</p></li>
   <li><span class="date"><em>05</em>2021-03</span><a href="/tzgg/122.html">学雷锋纪念日志愿服务活动方案</a><p>3月5日是学雷锋纪念日，各中队要组织队员走进社区开展志愿服务……</p></li>
   <li><span class="date"><em>25</em>2021-02</span><a href="/tzgg/118.html">2021年春季开学报到须知</a><p>新学期即将开始，请各位家长仔细阅读报到须知，按时送孩子返校……</p></li>
   <li><span class="date"><em>28</em>2021-01</span><a href="/tzgg/114.html">寒假致家长的一封信</a><p>寒假即将来临，为了让孩子们度过一个平安、快乐、有意义的假期……</p></li>
   <li><span class="date"><em>15</em>2021-01</span><a href="/tzgg/110.html">关于期末素养测评安排的通知</a><p>本学期期末素养测评将于1月20日至22日进行，具体安排如下……</p></li>
  </ul>
  <div class="pagebar">共56条 当前1/5页 <a href="/tzgg/" class="page-link">首页</a> <a href="javascript:;" class="page-link">上一页</a> <a href="/tzgg/" class="page-num page-num-current">1</a><a href="/tzgg/2/" class="page-num">2</a><a href="/tzgg/3/" class="page-num">3</a><a href="/tzgg/4/" class="page-num">4</a><a href="/tzgg/5/" class="page-num">5</a> <a href="/tzgg/2/" class="page-link">下一页</a> <a href="/tzgg/5/" class="page-link">尾页</a></div>
 </section>
</div>
<footer class="site-footer"><p><a href="/lxwm/">联系我们</a> | <a href="/sitemap.xml">网站地图</a></p>
<p>Copyright © 2021 鹤溪实验小学 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备19023456号-1</a></p></footer>
</body>
</html>
"""

CALENDAR_LEAF_ROWS = (
    ("/tzgg/131.html", "关于2021年清明节假期安全教育的告家长书", "2021-03-26"),
    ("/tzgg/128.html", "2021年春季学期学生综合素质评价工作安排", "2021-03-19"),
    ("/tzgg/125.html", "关于开展校园“护绿小卫士”活动的通知", "2021-03-12"),
    ("/tzgg/122.html", "学雷锋纪念日志愿服务活动方案", "2021-03-05"),
    ("/tzgg/118.html", "2021年春季开学报到须知", "2021-02-25"),
    ("/tzgg/114.html", "寒假致家长的一封信", "2021-01-28"),
    ("/tzgg/110.html", "关于期末素养测评安排的通知", "2021-01-15"),
)

# ---------------------------------------------------------------------------------------------------------------
# 4. link text cut with … (or ...), the whole title in title=""; a SiteServer-like pager (/channels/12_2.html)
# ---------------------------------------------------------------------------------------------------------------

TITLE_ATTR_CUT = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>通知公告_鹤溪县教育信息网</title>
<link href="/css/common.css" rel="stylesheet" />
</head>
<body>
<div class="top"><div class="wrap"><img src="/images/logo.png" alt="鹤溪县教育信息网" /><div class="search"><form action="/utils/search.html"><input name="word" /><button>搜索</button></form></div></div></div>
<div class="navbar"><div class="wrap"><ul>
<li><a href="/">首页</a></li><li><a href="/channels/10.html">教育要闻</a></li><li><a href="/channels/12.html">通知公告</a></li>
<li><a href="/channels/13.html">基层动态</a></li><li><a href="/channels/14.html">政策文件</a></li><li><a href="/channels/15.html">人事信息</a></li>
<li><a href="/channels/16.html">招生考试</a></li><li><a href="/channels/17.html">安全教育</a></li><li><a href="/channels/18.html">德育园地</a></li>
<li><a href="/channels/19.html">信息公开</a></li><li><a href="/channels/20.html">互动交流</a></li>
</ul></div></div>
<div class="wrap clearfix">
<div class="col-l">
 <div class="location">您的位置：<a href="/">首页</a> &gt; <a href="/channels/12.html">通知公告</a></div>
 <div class="listbox"><ul class="artlist">
 <li><span class="fr">2021-03-25</span><a href="/contents/12/4571.html" title="鹤溪县教育局关于开展2021年度中小学教师职称评审工作的通知" target="_blank">鹤溪县教育局关于开展2021年度中小学教师…</a></li>
 <li><span class="fr">2021-03-23</span><a href="/contents/12/4566.html" title="关于公布2020年度全县教育系统先进集体和先进个人名单的通知" target="_blank">关于公布2020年度全县教育系统先进集体和先进...</a></li>
 <li><span class="fr">2021-03-18</span><a href="/contents/12/4559.html" title="关于举办鹤溪县第十二届中小学生艺术节的通知" target="_blank">关于举办鹤溪县第十二届中小学生艺术节的通知</a></li>
 <li><span class="fr">2021-03-16</span><a href="/contents/12/4552.html" title="鹤溪县2021年公开招聘中小学幼儿园教师递补体检人员名单公示" target="_blank">鹤溪县2021年公开招聘中小学幼儿园教师递补…</a></li>
 <li><span class="fr">2021-03-11</span><a href="/contents/12/4548.html" title="关于做好2021年春季学期中小学生资助工作的通知" target="_blank">关于做好2021年春季学期中小学生资助工作的…</a></li>
 <li><span class="fr">2021-03-09</span><a href="/contents/12/4540.html" title="关于组织参加全市中小学实验教学说课比赛的通知" target="_blank">关于组织参加全市中小学实验教学说课比赛的...</a></li>
 <li><span class="fr">2021-03-04</span><a href="/contents/12/4533.html" title="关于开展2021年“开学第一课”主题教育活动的通知" target="_blank">关于开展2021年“开学第一课”主题教育活…</a></li>
 <li><span class="fr">2021-03-01</span><a href="/contents/12/4527.html" title="鹤溪县中小学课后服务工作实施办法（试行）征求意见稿" target="_blank">鹤溪县中小学课后服务工作实施办法（试行）征…</a></li>
 </ul></div>
 <div class="pagination">共 87 条 <a href="/channels/12.html">首页</a> <a href="javascript:;">上一页</a> <span class="active">1</span> <a href="/channels/12_2.html">2</a> <a href="/channels/12_3.html">3</a> <a href="/channels/12_4.html">4</a> <a href="/channels/12_2.html">下一页</a> <a href="/channels/12_9.html">末页</a></div>
</div>
<div class="col-r">
 <div class="box"><div class="box-t">热点排行</div><ul class="toplist">
 <li><em>1</em><a href="/contents/10/4498.html">全县教育工作会议召开</a></li>
 <li><em>2</em><a href="/contents/16/4487.html">2021年中考政策十问十答</a></li>
 <li><em>3</em><a href="/contents/13/4475.html">城关中学获评市级示范性家长学校</a></li>
 <li><em>4</em><a href="/contents/17/4469.html">寒假学生安全提醒</a></li>
 <li><em>5</em><a href="/contents/10/4452.html">我县召开教育系统党建工作推进会</a></li>
 </ul></div>
</div>
</div>
<div class="footer"><div class="wrap"><p><a href="/channels/21.html">关于我们</a> | <a href="/channels/22.html">网站声明</a></p>
<p>主办单位：鹤溪县教育局 版权所有 浙ICP备08054321号 浙公网安备33032902000123号</p></div></div>
</body>
</html>
"""

TITLE_ATTR_CUT_ROWS = (
    ("/contents/12/4571.html", "鹤溪县教育局关于开展2021年度中小学教师职称评审工作的通知", "2021-03-25"),
    ("/contents/12/4566.html", "关于公布2020年度全县教育系统先进集体和先进个人名单的通知", "2021-03-23"),
    ("/contents/12/4559.html", "关于举办鹤溪县第十二届中小学生艺术节的通知", "2021-03-18"),
    ("/contents/12/4552.html", "鹤溪县2021年公开招聘中小学幼儿园教师递补体检人员名单公示", "2021-03-16"),
    ("/contents/12/4548.html", "关于做好2021年春季学期中小学生资助工作的通知", "2021-03-11"),
    ("/contents/12/4540.html", "关于组织参加全市中小学实验教学说课比赛的通知", "2021-03-09"),
    ("/contents/12/4533.html", "关于开展2021年“开学第一课”主题教育活动的通知", "2021-03-04"),
    ("/contents/12/4527.html", "鹤溪县中小学课后服务工作实施办法（试行）征求意见稿", "2021-03-01"),
)

# ---------------------------------------------------------------------------------------------------------------
# 5. rows with a thumbnail, a summary paragraph and a 查看详情 link to the same page; pages index.html, 2.html…
# ---------------------------------------------------------------------------------------------------------------

THUMB_SUMMARY = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>校园新闻 - 鹤溪职业技术学校</title>
</head>
<body>
<div class="head"><div class="w1200"><a href="/" class="logo"><img src="/skin/images/logo.png" alt="鹤溪职业技术学校"></a></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">学校首页</a></li><li><a href="/html/xxgk/">学校概况</a></li><li><a href="/html/xyxw/">校园新闻</a></li>
<li><a href="/html/tzgg/">通知公告</a></li><li><a href="/html/zyjs/">专业建设</a></li><li><a href="/html/jxgl/">教学管理</a></li>
<li><a href="/html/xsgz/">学生工作</a></li><li><a href="/html/zsjy/">招生就业</a></li><li><a href="/html/xqhz/">校企合作</a></li>
<li><a href="/html/djgz/">党建工作</a></li>
</ul></div>
<div class="w1200 clearfix">
<div class="sub-left">
 <div class="sub-menu"><h2>新闻中心</h2><ul><li class="on"><a href="/html/xyxw/">校园新闻</a></li><li><a href="/html/tzgg/">通知公告</a></li><li><a href="/html/mtbd/">媒体报道</a></li></ul></div>
 <div class="hot"><h2>热点新闻</h2><ul>
  <li><a href="/html/xyxw/2021/0302/2288.html">我校召开2021年春季学期工作部署会</a></li>
  <li><a href="/html/xyxw/2021/0226/2275.html">学校组织开展新学期校园安全隐患排查</a></li>
  <li><a href="/html/mtbd/2021/0219/2263.html">市电视台报道我校校企合作育人成果</a></li>
  <li><a href="/html/xyxw/2021/0120/2240.html">我校学生在省职业技能大赛中获一等奖</a></li>
 </ul></div>
</div>
<div class="sub-right">
 <div class="sub-pos">当前位置：<a href="/">首页</a> &gt; <a href="/html/xwzx/">新闻中心</a> &gt; 校园新闻</div>
 <ul class="pic-list">
  <li class="clearfix">
   <div class="pic"><a href="/html/xyxw/2021/0326/2331.html"><img src="/uploadfile/2021/0326/20210326093012581.jpg" width="220" height="150" alt="技能节"></a></div>
   <div class="info"><h3><a href="/html/xyxw/2021/0326/2331.html">我校第十届职业技能节圆满落幕</a></h3>
   <p>3月25日下午，我校第十届职业技能节闭幕式在学校体育馆举行，本届技能节共设置比赛项目二十余项……</p>
   <div class="bottom"><span class="time">2021-03-26</span><a class="more" href="/html/xyxw/2021/0326/2331.html">查看详情</a></div></div>
  </li>
  <li class="clearfix">
   <div class="pic"><a href="/html/xyxw/2021/0322/2324.html"><img src="/uploadfile/2021/0322/20210322151144206.jpg" width="220" height="150" alt="企业"></a></div>
   <div class="info"><h3><a href="/html/xyxw/2021/0322/2324.html">汽修专业师生赴合作企业开展岗位实践</a></h3>
   <p>为深化产教融合，3月20日，汽车运用与维修专业二十余名师生走进合作企业，开展为期一周的岗位实践……</p>
   <div class="bottom"><span class="time">2021-03-22</span><a class="more" href="/html/xyxw/2021/0322/2324.html">查看详情</a></div></div>
  </li>
  <li class="clearfix">
   <div class="pic"><a href="/html/xyxw/2021/0317/2316.html"><img src="/uploadfile/2021/0317/20210317102530917.jpg" width="220" height="150" alt="讲座"></a></div>
   <div class="info"><h3><a href="/html/xyxw/2021/0317/2316.html">消防安全知识讲座走进校园</a></h3>
   <p>3月16日，县消防救援大队宣传员来到我校，为全体高一学生带来了一堂生动的消防安全知识讲座……</p>
   <div class="bottom"><span class="time">2021-03-17</span><a class="more" href="/html/xyxw/2021/0317/2316.html">查看详情</a></div></div>
  </li>
  <li class="clearfix">
   <div class="pic"><a href="/html/xyxw/2021/0311/2305.html"><img src="/uploadfile/2021/0311/20210311084510233.jpg" width="220" height="150" alt="植树"></a></div>
   <div class="info"><h3><a href="/html/xyxw/2021/0311/2305.html">植此青绿 共建美丽校园</a></h3>
   <p>3月11日，学校团委组织各班团员代表在校园东侧开展植树活动，共栽下香樟、桂花等树苗六十余株……</p>
   <div class="bottom"><span class="time">2021-03-11</span><a class="more" href="/html/xyxw/2021/0311/2305.html">查看详情</a></div></div>
  </li>
  <li class="clearfix">
   <div class="pic"><a href="/html/xyxw/2021/0305/2297.html"><img src="/uploadfile/2021/0305/20210305160218765.jpg" width="220" height="150" alt="雷锋"></a></div>
   <div class="info"><h3><a href="/html/xyxw/2021/0305/2297.html">学雷锋志愿服务队走进敬老院</a></h3>
   <p>3月5日，我校学雷锋志愿服务队三十余名队员来到县社会福利中心，为老人们打扫卫生、表演节目……</p>
   <div class="bottom"><span class="time">2021-03-05</span><a class="more" href="/html/xyxw/2021/0305/2297.html">查看详情</a></div></div>
  </li>
 </ul>
 <div class="pages">共 6 页 <a href="/html/xyxw/index.html">首页</a> <span class="cur">1</span> <a href="/html/xyxw/2.html">2</a> <a href="/html/xyxw/3.html">3</a> <a href="/html/xyxw/4.html">4</a> <a href="/html/xyxw/2.html">下一页</a> <a href="/html/xyxw/6.html">尾页</a></div>
</div>
</div>
<div class="foot"><div class="w1200">地址：鹤溪县职教路1号 电话：0577-5559876<br>Copyright © 鹤溪职业技术学校 版权所有 浙ICP备10076543号</div></div>
</body>
</html>
"""

THUMB_SUMMARY_ROWS = (
    ("/html/xyxw/2021/0326/2331.html", "我校第十届职业技能节圆满落幕", "2021-03-26"),
    ("/html/xyxw/2021/0322/2324.html", "汽修专业师生赴合作企业开展岗位实践", "2021-03-22"),
    ("/html/xyxw/2021/0317/2316.html", "消防安全知识讲座走进校园", "2021-03-17"),
    ("/html/xyxw/2021/0311/2305.html", "植此青绿 共建美丽校园", "2021-03-11"),
    ("/html/xyxw/2021/0305/2297.html", "学雷锋志愿服务队走进敬老院", "2021-03-05"),
)

# ---------------------------------------------------------------------------------------------------------------
# 6. a 信息公开 list whose rows link their .pdf/.doc/.xls files themselves, each dated; a side box of dated news
# ---------------------------------------------------------------------------------------------------------------

DOCUMENT_ROWS = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>财务公开 - 信息公开 - 鹤溪县城关中学</title>
</head>
<body>
<div class="header"><img src="/images/top.jpg" alt="鹤溪县城关中学"></div>
<div class="menu"><a href="/">首页</a> <a href="/xxgk/">信息公开</a> <a href="/xxgk/jgsz/index.htm">机构设置</a> <a href="/xxgk/gzzd/index.htm">规章制度</a>
<a href="/xxgk/cwgk/index.htm">财务公开</a> <a href="/xxgk/sfgs/index.htm">收费公示</a> <a href="/xxgk/zsxx/index.htm">招生信息</a>
<a href="/xxgk/rsxx/index.htm">人事信息</a> <a href="/xxgk/zdgk/index.htm">重大事项</a> <a href="/xxgk/ysqgk/index.htm">依申请公开</a></div>
<div class="main">
<div class="xxgk-left">
 <h2>信息公开目录</h2>
 <ul><li><a href="/xxgk/jgsz/index.htm">机构设置</a></li><li><a href="/xxgk/gzzd/index.htm">规章制度</a></li><li class="on"><a href="/xxgk/cwgk/index.htm">财务公开</a></li>
 <li><a href="/xxgk/sfgs/index.htm">收费公示</a></li><li><a href="/xxgk/zsxx/index.htm">招生信息</a></li><li><a href="/xxgk/zdgk/index.htm">重大事项</a></li></ul>
 <h2>最新动态</h2>
 <ul class="zxdt">
  <li><a href="/xwzx/2021/0325/1876.htm">学校召开教代会审议预算方案</a> <span>03-25</span></li>
  <li><a href="/xwzx/2021/0318/1862.htm">我校开展财经纪律专题学习</a> <span>03-18</span></li>
  <li><a href="/xwzx/2021/0310/1850.htm">县审计局来校开展专项审计</a> <span>03-10</span></li>
 </ul>
</div>
<div class="xxgk-right">
 <div class="path">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 财务公开</div>
 <ul class="filelist">
  <li><img src="/images/pdf.gif" width="16" height="16"><a href="/uploadfile/xxgk/2021/cwsz_202103.pdf" target="_blank">2021年3月财务收支情况公示表</a><span class="date">2021-03-31</span></li>
  <li><img src="/images/xls.gif" width="16" height="16"><a href="/uploadfile/xxgk/2021/ys_2021.xls" target="_blank">鹤溪县城关中学2021年部门预算公开</a><span class="date">2021-03-15</span></li>
  <li><img src="/images/pdf.gif" width="16" height="16"><a href="/uploadfile/xxgk/2021/cwsz_202102.pdf" target="_blank">2021年2月财务收支情况公示表</a><span class="date">2021-02-28</span></li>
  <li><img src="/images/doc.gif" width="16" height="16"><a href="/uploadfile/xxgk/2021/sfgs_2021spring.doc" target="_blank">2021年春季学期收费项目及标准公示</a><span class="date">2021-02-20</span></li>
  <li><img src="/images/pdf.gif" width="16" height="16"><a href="/uploadfile/xxgk/2021/cwsz_202101.pdf" target="_blank">2021年1月财务收支情况公示表</a><span class="date">2021-01-31</span></li>
  <li><img src="/images/doc.gif" width="16" height="16"><a href="/uploadfile/xxgk/2021/sgjf_2020.doc" target="_blank">2020年度“三公”经费支出情况说明</a><span class="date">2021-01-22</span></li>
 </ul>
 <div class="page">共 3 页 当前第 1 页 <a href="index.htm">首页</a> <a href="javascript:void(0)">上一页</a> [1] <a href="index_2.htm">[2]</a> <a href="index_3.htm">[3]</a> <a href="index_2.htm">下一页</a> <a href="index_3.htm">尾页</a></div>
</div>
</div>
<div class="footer">学校地址：鹤溪县城关镇学府路6号　联系电话：0577-5553210<br>版权所有 © 鹤溪县城关中学　浙ICP备11098765号</div>
</body>
</html>
"""

DOCUMENT_ROWS_ROWS = (
    ("/uploadfile/xxgk/2021/cwsz_202103.pdf", "2021年3月财务收支情况公示表", "2021-03-31"),
    ("/uploadfile/xxgk/2021/ys_2021.xls", "鹤溪县城关中学2021年部门预算公开", "2021-03-15"),
    ("/uploadfile/xxgk/2021/cwsz_202102.pdf", "2021年2月财务收支情况公示表", "2021-02-28"),
    ("/uploadfile/xxgk/2021/sfgs_2021spring.doc", "2021年春季学期收费项目及标准公示", "2021-02-20"),
    ("/uploadfile/xxgk/2021/cwsz_202101.pdf", "2021年1月财务收支情况公示表", "2021-01-31"),
    ("/uploadfile/xxgk/2021/sgjf_2020.doc", "2020年度“三公”经费支出情况说明", "2021-01-22"),
)

# ---------------------------------------------------------------------------------------------------------------
# 7. page 2 of a list whose 置顶 row is repeated on every page; a PHPCMS-like pager (list-12-2.html, 58条)
# ---------------------------------------------------------------------------------------------------------------

TOP_ROW = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>通知公告 - 鹤溪县第一中学</title>
</head>
<body>
<div class="header"><div class="logo"><a href="/"><img src="/statics/images/logo.png" alt="鹤溪县第一中学" /></a></div>
<div class="nav"><a href="/">首页</a><a href="/html/xxgk/">学校概况</a><a href="/html/xwzx/">新闻中心</a><a href="/html/tzgg/">通知公告</a>
<a href="/html/jxky/">教学科研</a><a href="/html/dyzx/">德育之窗</a><a href="/html/twgz/">团委工作</a><a href="/html/jsfc/">教师风采</a>
<a href="/html/xyfc/">校园风采</a><a href="/html/zsks/">招生考试</a><a href="/html/xygz/">校友工作</a></div></div>
<div class="main clearfix">
<div class="col-left">
 <div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/html/tzgg/">通知公告</a> &gt; 列表</div>
 <ul class="list lh24 f14">
  <li class="top"><span class="rt">2021-02-18</span><b class="zd">[置顶]</b> <a href="/html/tzgg/2021/0218/1001.html" target="_blank">鹤溪县第一中学2021年春季学期校历</a></li>
  <li><span class="rt">2021-01-14</span>·<a href="/html/tzgg/2021/0114/986.html" target="_blank">关于2020学年第一学期期末考试安排的通知</a></li>
  <li><span class="rt">2021-01-08</span>·<a href="/html/tzgg/2021/0108/981.html" target="_blank">关于评选校级“三好学生”“优秀学生干部”的通知</a></li>
  <li><span class="rt">2020-12-30</span>·<a href="/html/tzgg/2020/1230/975.html" target="_blank">2021年元旦放假安排</a></li>
  <li><span class="rt">2020-12-24</span>·<a href="/html/tzgg/2020/1224/970.html" target="_blank">关于开展冬季校园消防安全演练的通知</a></li>
  <li><span class="rt">2020-12-17</span>·<a href="/html/tzgg/2020/1217/962.html" target="_blank">高二年级学业水平考试考务安排</a></li>
  <li><span class="rt">2020-12-10</span>·<a href="/html/tzgg/2020/1210/958.html" target="_blank">关于举办第二十届校园科技节的通知</a></li>
  <li><span class="rt">2020-12-03</span>·<a href="/html/tzgg/2020/1203/951.html" target="_blank">关于组织教师参加信息技术能力提升培训的通知</a></li>
 </ul>
 <div id="pages" class="text-c"><a class="a1">58条</a> <a href="/html/tzgg/list-12-1.html" class="a1">上一页</a> <a href="/html/tzgg/list-12-1.html">1</a> <span>2</span> <a href="/html/tzgg/list-12-3.html">3</a> <a href="/html/tzgg/list-12-4.html">4</a> <a href="/html/tzgg/list-12-3.html" class="a1">下一页</a></div>
</div>
<div class="col-auto">
 <div class="box"><h5 class="title-2">推荐文章</h5><ul class="content digg">
  <li><a href="/html/xwzx/2021/0305/1012.html" target="_blank">我校举行学雷锋主题升旗仪式</a></li>
  <li><a href="/html/xwzx/2021/0226/1008.html" target="_blank">高三年级召开学考总结暨选考动员会</a></li>
  <li><a href="/html/jxky/2021/0222/1005.html" target="_blank">语文组开展整本书阅读教学研讨活动</a></li>
  <li><a href="/html/xwzx/2021/0120/990.html" target="_blank">我校学子获全国中学生英语能力竞赛一等奖</a></li>
 </ul></div>
</div>
</div>
<div class="footer"><p class="info">Copyright © 2021 鹤溪县第一中学 版权所有<br />浙ICP备09087654号</p></div>
</body>
</html>
"""

TOP_ROW_ROWS = (
    ("/html/tzgg/2021/0218/1001.html", "鹤溪县第一中学2021年春季学期校历", "2021-02-18"),
    ("/html/tzgg/2021/0114/986.html", "关于2020学年第一学期期末考试安排的通知", "2021-01-14"),
    ("/html/tzgg/2021/0108/981.html", "关于评选校级“三好学生”“优秀学生干部”的通知", "2021-01-08"),
    ("/html/tzgg/2020/1230/975.html", "2021年元旦放假安排", "2020-12-30"),
    ("/html/tzgg/2020/1224/970.html", "关于开展冬季校园消防安全演练的通知", "2020-12-24"),
    ("/html/tzgg/2020/1217/962.html", "高二年级学业水平考试考务安排", "2020-12-17"),
    ("/html/tzgg/2020/1210/958.html", "关于举办第二十届校园科技节的通知", "2020-12-10"),
    ("/html/tzgg/2020/1203/951.html", "关于组织教师参加信息技术能力提升培训的通知", "2020-12-03"),
)

# ---------------------------------------------------------------------------------------------------------------
# 8. <a> cards holding an <h3> and a <p class="date"> (2021.03.24); a WordPress-like pager (/page/2/, 下一页 »)
# ---------------------------------------------------------------------------------------------------------------

CARDS = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>学院新闻 – 鹤溪师范学院教育学院</title>
</head>
<body class="archive category">
<header id="masthead" class="site-header">
 <div class="site-branding"><a href="/" rel="home"><img src="/wp-content/uploads/2020/09/logo.png" alt="鹤溪师范学院教育学院"></a></div>
 <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
  <li><a href="/">首页</a></li><li><a href="/about/">学院概况</a></li><li class="current-menu-item"><a href="/news/">学院新闻</a></li>
  <li><a href="/notice/">通知公告</a></li><li><a href="/teachers/">师资队伍</a></li><li><a href="/undergraduate/">本科教学</a></li>
  <li><a href="/graduate/">研究生教育</a></li><li><a href="/research/">科学研究</a></li><li><a href="/students/">学生工作</a></li>
  <li><a href="/party/">党建思政</a></li><li><a href="/contact/">联系我们</a></li>
 </ul></nav>
</header>
<div class="page-banner"><h1 class="page-title">学院新闻</h1>
 <div class="breadcrumbs"><a href="/">首页</a> / <span>学院新闻</span></div></div>
<div id="content" class="site-content">
 <main id="main" class="site-main">
  <div class="news-cards">
   <a class="card" href="/news/1458.html"><div class="thumb"><img src="/wp-content/uploads/2021/03/seminar.jpg" alt=""></div><h3>学院举办基础教育课程改革专题研讨会</h3><p class="date">2021.03.24</p><p class="excerpt">3月23日，学院邀请省内多位基础教育专家，围绕新课程方案实施开展专题研讨……</p></a>
   <a class="card" href="/news/1452.html"><div class="thumb"><img src="/wp-content/uploads/2021/03/practice.jpg" alt=""></div><h3>2018级师范生教育实习动员大会召开</h3><p class="date">2021.03.17</p><p class="excerpt">为做好本学期教育实习工作，学院召开2018级师范生教育实习动员大会……</p></a>
   <a class="card" href="/news/1447.html"><div class="thumb"><img src="/wp-content/uploads/2021/03/contest.jpg" alt=""></div><h3>我院学生在省师范生教学技能竞赛中获佳绩</h3><p class="date">2021.03.10</p><p class="excerpt">在日前结束的全省师范生教学技能竞赛中，我院三名学生分获一、二等奖……</p></a>
   <a class="card" href="/news/1441.html"><div class="thumb"><img src="/wp-content/uploads/2021/03/visit.jpg" alt=""></div><h3>学院领导走访实习基地学校</h3><p class="date">2021.03.04</p><p class="excerpt">3月3日，学院党政领导一行走访城区三所实习基地学校，就深化合作进行交流……</p></a>
   <a class="card" href="/news/1436.html"><div class="thumb"><img src="/wp-content/uploads/2021/02/meeting.jpg" alt=""></div><h3>学院召开新学期全体教职工大会</h3><p class="date">2021.02.26</p><p class="excerpt">2月25日下午，学院召开新学期全体教职工大会，部署本学期重点工作……</p></a>
   <a class="card" href="/news/1429.html"><div class="thumb"><img src="/wp-content/uploads/2021/01/award.jpg" alt=""></div><h3>学院教师获评省高校优秀教学团队</h3><p class="date">2021.01.20</p><p class="excerpt">近日，省教育厅公布高校优秀教学团队名单，我院小学教育专业教学团队入选……</p></a>
  </div>
  <nav class="navigation pagination" role="navigation"><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span>
  <a class="page-numbers" href="/news/page/2/">2</a> <a class="page-numbers" href="/news/page/3/">3</a> <span class="page-numbers dots">…</span>
  <a class="page-numbers" href="/news/page/7/">7</a> <a class="next page-numbers" href="/news/page/2/">下一页 »</a></div></nav>
 </main>
 <aside id="secondary" class="widget-area">
  <section class="widget"><h2 class="widget-title">热门文章</h2><ul>
   <li><a href="/news/1390.html">学院2020年度工作总结大会召开</a></li>
   <li><a href="/notice/1402.html">关于2021年研究生复试工作安排的通知</a></li>
   <li><a href="/news/1377.html">我院获批省一流本科专业建设点</a></li>
   <li><a href="/news/1365.html">学院开展教师教学能力提升工作坊</a></li>
  </ul></section>
 </aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">地址：鹤溪市学院路100号 邮编：325000<br>版权所有 © 2021 鹤溪师范学院教育学院 浙ICP备05067890号</div></footer>
</body>
</html>
"""

CARDS_ROWS = (
    ("/news/1458.html", "学院举办基础教育课程改革专题研讨会", "2021-03-24"),
    ("/news/1452.html", "2018级师范生教育实习动员大会召开", "2021-03-17"),
    ("/news/1447.html", "我院学生在省师范生教学技能竞赛中获佳绩", "2021-03-10"),
    ("/news/1441.html", "学院领导走访实习基地学校", "2021-03-04"),
    ("/news/1436.html", "学院召开新学期全体教职工大会", "2021-02-26"),
    ("/news/1429.html", "学院教师获评省高校优秀教学团队", "2021-01-20"),
)

# ---------------------------------------------------------------------------------------------------------------
# 9. a Hanweb (大汉) column: its records in a <script type="text/xml"> datastore, all on this one page
# ---------------------------------------------------------------------------------------------------------------

HANWEB_RECORDS = (
    ("/art/2021/3/30/art_1229_58812.html", "鹤溪县2021年农村义务教育学生营养改善计划实施方案", "2021-03-30"),
    ("/art/2021/3/24/art_1229_58745.html", "关于2021年县级机关事业单位公开选调工作人员的公告", "2021-03-24"),
    ("/art/2021/3/18/art_1229_58690.html", "鹤溪县人民政府关于调整部分行政审批事项的通知", "2021-03-18"),
    ("/art/2021/3/11/art_1229_58603.html", "鹤溪县2021年春季森林防火工作方案", "2021-03-11"),
    ("/art/2021/3/5/art_1229_58544.html", "关于印发鹤溪县优化营商环境十条措施的通知", "2021-03-05"),
    ("/art/2021/2/26/art_1229_58470.html", "鹤溪县2020年国民经济和社会发展统计公报", "2021-02-26"),
    ("/art/2021/2/9/art_1229_58391.html", "关于做好2021年春节期间安全生产工作的通知", "2021-02-09"),
    ("/art/2021/1/28/art_1229_58322.html", "鹤溪县人民政府2020年政府信息公开工作年度报告", "2021-01-28"),
    ("/art/2021/1/15/art_1229_58260.html", "关于公布鹤溪县第三批县级非物质文化遗产代表性项目名录的通知", "2021-01-15"),
)

HANWEB = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>鹤溪县人民政府 通知公告</title>
<meta name="SiteName" content="鹤溪县人民政府">
<meta name="ColumnName" content="通知公告">
<script language="javascript" src="/script/0/1902281431331547.js"></script>
</head>
<body>
<div class="top"><img src="/picture/0/logo_hx.png" alt="鹤溪县人民政府"></div>
<div class="dh"><table width="1000" align="center"><tr>
<td><a href="/">首页</a></td><td><a href="/col/col1201/index.html">政务动态</a></td><td><a href="/col/col1202/index.html">政府信息公开</a></td>
<td><a href="/col/col1203/index.html">政务服务</a></td><td><a href="/col/col1204/index.html">政民互动</a></td><td><a href="/col/col1205/index.html">走进鹤溪</a></td>
<td><a href="/col/col1206/index.html">专题专栏</a></td><td><a href="/col/col1229/index.html">通知公告</a></td><td><a href="/col/col1230/index.html">部门动态</a></td>
<td><a href="/col/col1231/index.html">乡镇动态</a></td><td><a href="/col/col1232/index.html">图片新闻</a></td>
</tr></table></div>
<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="250" valign="top" class="bt_left">
 <table width="100%"><tr><td class="bt_title">热点关注</td></tr>
 <tr><td><a href="/art/2021/3/29/art_1201_58801.html" target="_blank">县委常委会召开会议研究部署一季度重点工作</a></td></tr>
 <tr><td><a href="/art/2021/3/26/art_1201_58777.html" target="_blank">我县召开全县优化营商环境推进大会</a></td></tr>
 <tr><td><a href="/art/2021/3/22/art_1201_58721.html" target="_blank">县领导调研乡村振兴示范带建设情况</a></td></tr>
 <tr><td><a href="/art/2021/3/17/art_1201_58682.html" target="_blank">全县春季植树造林工作全面铺开</a></td></tr>
 <tr><td><a href="/art/2021/3/12/art_1201_58620.html" target="_blank">我县开展安全生产大检查专项行动</a></td></tr>
 </table>
</td>
<td width="750" valign="top">
 <table width="100%"><tr><td class="bt_position">您当前所在位置：<a href="/">首页</a> &gt; <a href="/col/col1229/index.html">通知公告</a></td></tr></table>
 <div id="4521"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=1&path=/&columnid=1229&unitid=4521&webname=%E9%B9%A4%E6%BA%AA%E5%8E%BF%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C&permissiontype=0"></a>]]></nextgroup>
<recordset>
{records}
</recordset>
</datastore></script></div>
 <script>var unitobj=new splitpage('unitobj',4521,9,15,3,'/module/web/jpage/dataproxy.jsp','');</script>
</td>
</tr></table>
<div class="bottom"><table width="1000" align="center"><tr><td align="center">
<a href="/col/col1240/index.html">网站地图</a> | <a href="/col/col1241/index.html">联系我们</a><br>
主办：鹤溪县人民政府办公室 版权所有 网站标识码：3303990001 浙ICP备05099999号 浙公网安备 33039902000456号</td></tr></table></div>
</body>
</html>
""".replace(
    "{records}",
    "\n".join(
        f"<record><![CDATA[\n<table width='100%' border='0' cellspacing='0' cellpadding='0'><tr><td width='15'>"
        f"<img src='/images/dot.gif'></td><td><a href='{href}' title='{title}' target='_blank'>{title}</a></td>"
        f"<td width='90' class='bt_time'>[{day}]</td></tr></table>]]></record>"
        for href, title, day in HANWEB_RECORDS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 10. a pager that is only a <select onchange="location.href=this.value"> of 第N页 options (no count, no links)
# ---------------------------------------------------------------------------------------------------------------

SELECT_ONLY = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>政策文件-鹤溪县教育局</title>
</head>
<body>
<div class="g-hd"><div class="logo"><img src="/images/jyj_logo.png" alt="鹤溪县教育局"></div>
<ul class="g-nav">
<li><a href="/">首页</a></li><li><a href="/jyxw/index.shtml">教育新闻</a></li><li><a href="/tzgg/index.shtml">通知公告</a></li>
<li><a href="/zcwj/index.shtml">政策文件</a></li><li><a href="/xxgk/index.shtml">信息公开</a></li><li><a href="/bszn/index.shtml">办事指南</a></li>
<li><a href="/zsks/index.shtml">招生考试</a></li><li><a href="/jsdw/index.shtml">教师队伍</a></li><li><a href="/aqjy/index.shtml">安全教育</a></li>
<li><a href="/hdjl/index.shtml">互动交流</a></li>
</ul></div>
<div class="g-bd">
 <div class="m-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zcwj/index.shtml">政策文件</a></div>
 <div class="m-list">
  <ul>
   <li><a href="/zcwj/202103/t20210329_318842.shtml" target="_blank">鹤溪县教育局关于印发《2021年全县教育工作要点》的通知</a><span>2021-03-29</span></li>
   <li><a href="/zcwj/202103/t20210322_318790.shtml" target="_blank">关于进一步加强中小学生作业管理的实施意见</a><span>2021-03-22</span></li>
   <li><a href="/zcwj/202103/t20210315_318731.shtml" target="_blank">鹤溪县中小学校园欺凌防治工作方案</a><span>2021-03-15</span></li>
   <li><a href="/zcwj/202103/t20210308_318675.shtml" target="_blank">关于印发《鹤溪县中小学教师交流轮岗实施办法》的通知</a><span>2021-03-08</span></li>
   <li><a href="/zcwj/202102/t20210224_318602.shtml" target="_blank">鹤溪县2021年学前教育发展提升行动计划</a><span>2021-02-24</span></li>
   <li><a href="/zcwj/202102/t20210203_318544.shtml" target="_blank">关于做好2021年寒假期间学生安全教育工作的通知</a><span>2021-02-03</span></li>
   <li><a href="/zcwj/202101/t20210119_318480.shtml" target="_blank">鹤溪县教育系统2021年安全生产工作要点</a><span>2021-01-19</span></li>
  </ul>
  <div class="m-page">跳转至 <select onchange="location.href=this.value"><option value="index.shtml" selected>第1页</option><option value="index_2.shtml">第2页</option><option value="index_3.shtml">第3页</option><option value="index_4.shtml">第4页</option><option value="index_5.shtml">第5页</option><option value="index_6.shtml">第6页</option></select></div>
 </div>
 <div class="m-side">
  <h3>推荐信息</h3>
  <ul>
   <li><a href="/jyxw/202103/t20210326_318825.shtml">全县教育系统党史学习教育动员大会召开</a></li>
   <li><a href="/tzgg/202103/t20210319_318760.shtml">2021年鹤溪县义务教育招生政策问答</a></li>
   <li><a href="/jyxw/202103/t20210312_318710.shtml">县教育局开展春季开学督导检查</a></li>
   <li><a href="/xxgk/202102/t20210226_318615.shtml">鹤溪县教育局2020年度法治政府建设情况报告</a></li>
  </ul>
 </div>
</div>
<div class="g-ft">鹤溪县教育局 版权所有 地址：鹤溪县人民路12号<br>浙ICP备05012345号-2</div>
</body>
</html>
"""

SELECT_ONLY_ROWS = (
    ("/zcwj/202103/t20210329_318842.shtml", "鹤溪县教育局关于印发《2021年全县教育工作要点》的通知", "2021-03-29"),
    ("/zcwj/202103/t20210322_318790.shtml", "关于进一步加强中小学生作业管理的实施意见", "2021-03-22"),
    ("/zcwj/202103/t20210315_318731.shtml", "鹤溪县中小学校园欺凌防治工作方案", "2021-03-15"),
    ("/zcwj/202103/t20210308_318675.shtml", "关于印发《鹤溪县中小学教师交流轮岗实施办法》的通知", "2021-03-08"),
    ("/zcwj/202102/t20210224_318602.shtml", "鹤溪县2021年学前教育发展提升行动计划", "2021-02-24"),
    ("/zcwj/202102/t20210203_318544.shtml", "关于做好2021年寒假期间学生安全教育工作的通知", "2021-02-03"),
    ("/zcwj/202101/t20210119_318480.shtml", "鹤溪县教育系统2021年安全生产工作要点", "2021-01-19"),
)

# ---------------------------------------------------------------------------------------------------------------
# 11. a pager of javascript:goPage(n) links; the URL pattern only in the page's script
# ---------------------------------------------------------------------------------------------------------------

GOPAGE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>学校新闻--鹤溪县青溪中学</title>
<script type="text/javascript">
function goPage(n){location.href='list_'+n+'.html'}
</script>
</head>
<body>
<div id="top"><div class="logo"><img src="/images/qxzx_logo.png" alt="鹤溪县青溪中学"></div></div>
<div id="menu"><ul>
<li><a href="/index.html">网站首页</a></li><li><a href="/xxgk/list_1.html">学校概况</a></li><li><a href="/xxxw/list_1.html">学校新闻</a></li>
<li><a href="/tzgg/list_1.html">通知公告</a></li><li><a href="/jyjx/list_1.html">教育教学</a></li><li><a href="/dyjy/list_1.html">德育教育</a></li>
<li><a href="/jsyd/list_1.html">教师园地</a></li><li><a href="/xsyd/list_1.html">学生园地</a></li><li><a href="/djgz/list_1.html">党建工作</a></li>
<li><a href="/xxgk2/list_1.html">信息公开</a></li>
</ul></div>
<div id="content">
 <div class="left-part">
  <div class="part-t">本站推荐</div>
  <ul class="part-c">
   <li><a href="/xxxw/2021/0319/2110.html">我校召开2021年中考备考推进会</a></li>
   <li><a href="/xxxw/2021/0302/2087.html">青溪中学举行新学期开学典礼</a></li>
   <li><a href="/jyjx/2021/0225/2079.html">英语组开展读写结合课堂教学研讨</a></li>
   <li><a href="/dyjy/2021/0115/2041.html">我校开展“平安寒假”主题教育活动</a></li>
  </ul>
 </div>
 <div class="right-part">
  <div class="cur-pos">当前位置：<a href="/index.html">首页</a> &gt;&gt; <a href="/xxxw/list_1.html">学校新闻</a></div>
  <ul class="newslist">
   <li><a href="/xxxw/2021/0329/2125.html">我校举行2021年春季田径运动会</a><span>2021-03-29</span></li>
   <li><a href="/xxxw/2021/0326/2121.html">九年级学生参加县中考体育模拟测试</a><span>2021-03-26</span></li>
   <li><a href="/xxxw/2021/0323/2117.html">学校开展防溺水安全教育专题讲座</a><span>2021-03-23</span></li>
   <li><a href="/xxxw/2021/0319/2110.html">我校召开2021年中考备考推进会</a><span>2021-03-19</span></li>
   <li><a href="/xxxw/2021/0316/2106.html">七年级开展“书香班级”读书交流活动</a><span>2021-03-16</span></li>
   <li><a href="/xxxw/2021/0312/2099.html">师生共植“青春林” 绿化美化校园</a><span>2021-03-12</span></li>
   <li><a href="/xxxw/2021/0309/2094.html">我校举办“巾帼心向党”三八节座谈会</a><span>2021-03-09</span></li>
   <li><a href="/xxxw/2021/0305/2090.html">学雷锋志愿者走进青溪社区</a><span>2021-03-05</span></li>
  </ul>
  <div class="pagebox">共7页 <a href="javascript:goPage(1)">首页</a> <a href="javascript:goPage(1)">上一页</a> <span class="cur">1</span> <a href="javascript:goPage(2)">2</a> <a href="javascript:goPage(3)">3</a> <a href="javascript:goPage(4)">4</a> <a href="javascript:goPage(2)">下一页</a> <a href="javascript:goPage(7)">尾页</a></div>
 </div>
</div>
<div id="footer">版权所有：鹤溪县青溪中学 地址：鹤溪县青溪镇中学路2号 浙ICP备13045678号</div>
</body>
</html>
"""

GOPAGE_ROWS = (
    ("/xxxw/2021/0329/2125.html", "我校举行2021年春季田径运动会", "2021-03-29"),
    ("/xxxw/2021/0326/2121.html", "九年级学生参加县中考体育模拟测试", "2021-03-26"),
    ("/xxxw/2021/0323/2117.html", "学校开展防溺水安全教育专题讲座", "2021-03-23"),
    ("/xxxw/2021/0319/2110.html", "我校召开2021年中考备考推进会", "2021-03-19"),
    ("/xxxw/2021/0316/2106.html", "七年级开展“书香班级”读书交流活动", "2021-03-16"),
    ("/xxxw/2021/0312/2099.html", "师生共植“青春林” 绿化美化校园", "2021-03-12"),
    ("/xxxw/2021/0309/2094.html", "我校举办“巾帼心向党”三八节座谈会", "2021-03-09"),
    ("/xxxw/2021/0305/2090.html", "学雷锋志愿者走进青溪社区", "2021-03-05"),
)


CASES = [
    ListCase(
        "table-header-row-gbk",
        "http://www.hxez.example.cn/index.php/Article/index/cid/12.html",
        TABLE_HEADER,
        TABLE_HEADER_ROWS,
        (1, 9, "http://www.hxez.example.cn/index.php/Article/index/cid/12/p/2.html"),
        gbk=True,
    ),
    ListCase(
        "dl-dd-short-date-gbk",
        "http://jyj.hexi.example.gov.cn/col/list.jsp?classid=12",
        DL_SHORT_DATE,
        DL_SHORT_DATE_ROWS,
        (1, 8, "http://jyj.hexi.example.gov.cn/col/list.jsp?classid=12&pager.offset=20"),
        gbk=True,
        year_shown=False,
    ),
    ListCase(
        "calendar-date-leaf",
        "http://www.hxsyxx.example.cn/tzgg/",
        CALENDAR_LEAF,
        CALENDAR_LEAF_ROWS,
        (1, 5, "http://www.hxsyxx.example.cn/tzgg/2/"),
    ),
    ListCase(
        "title-attr-cut-text",
        "http://www.hxedu.example.cn/channels/12.html",
        TITLE_ATTR_CUT,
        TITLE_ATTR_CUT_ROWS,
        (1, 9, "http://www.hxedu.example.cn/channels/12_2.html"),
    ),
    ListCase(
        "thumbnail-summary-more-link",
        "http://www.hxzj.example.cn/html/xyxw/index.html",
        THUMB_SUMMARY,
        THUMB_SUMMARY_ROWS,
        (1, 6, "http://www.hxzj.example.cn/html/xyxw/2.html"),
    ),
    ListCase(
        "document-file-rows",
        "http://www.hxcgzx.example.cn/xxgk/cwgk/index.htm",
        DOCUMENT_ROWS,
        DOCUMENT_ROWS_ROWS,
        (1, 3, "http://www.hxcgzx.example.cn/xxgk/cwgk/index_2.htm"),
    ),
    ListCase(
        "top-row-on-page-2",
        "http://www.hxyz.example.cn/html/tzgg/list-12-2.html",
        TOP_ROW,
        TOP_ROW_ROWS,
        (2, 4, "http://www.hxyz.example.cn/html/tzgg/list-12-3.html"),
    ),
    ListCase(
        "a-cards-h3-p-date",
        "http://jyxy.hxsf.example.edu.cn/news/",
        CARDS,
        CARDS_ROWS,
        (1, 7, "http://jyxy.hxsf.example.edu.cn/news/page/2/"),
    ),
    ListCase(
        "hanweb-datastore",
        "http://www.hexi.example.gov.cn/col/col1229/index.html",
        HANWEB,
        HANWEB_RECORDS,
        (1, 1, None),
    ),
    ListCase(
        "select-jump-box-only",
        "http://jyj.hxx.example.cn/zcwj/index.shtml",
        SELECT_ONLY,
        SELECT_ONLY_ROWS,
        (1, 6, "http://jyj.hxx.example.cn/zcwj/index_2.shtml"),
    ),
    ListCase(
        "javascript-gopage",
        "http://www.qxzx.example.cn/xxxw/list_1.html",
        GOPAGE,
        GOPAGE_ROWS,
        (1, 7, "http://www.qxzx.example.cn/xxxw/list_2.html"),
    ),
]
CASES += family_lists_more.CASES
CASES += family_lists_gov.CASES
CASES += family_lists_school.CASES
CASES += family_lists_traps.CASES
CASES += family_lists_traps2.CASES
CASES += family_lists_traps3.CASES
CASES += family_lists_traps4.CASES
IDS = [c.id for c in CASES]
BY_ID = {c.id: c for c in CASES}
assert len(BY_ID) == len(CASES)


@functools.cache
def read(case_id):
    c = BY_ID[case_id]
    return parse_list_page(c.text(), c.url, c.portal)


def day(raw):
    """A row's date as the crawler files it (dates.to_iso, as an article reached from the row is dated)."""
    iso = to_iso(raw)[0] if raw else None
    return iso[:10] if iso else raw


@pytest.mark.parametrize("case_id", IDS)
def test_row_urls(case_id):
    page = read(case_id)
    assert {r.url for r in page.rows} == {u for u, _, _ in BY_ID[case_id].expected()}, [
        (r.url, r.title) for r in page.rows
    ]


@pytest.mark.parametrize("case_id", IDS)
def test_row_titles(case_id):
    got = {r.url: r.title for r in read(case_id).rows}
    want = {u: t for u, t, _ in BY_ID[case_id].expected()}
    assert {u: got.get(u) for u in want} == want


@pytest.mark.parametrize("case_id", IDS)
def test_row_dates(case_id):
    got = {r.url: r.date for r in read(case_id).rows}
    case = BY_ID[case_id]
    # a row that shows no year keeps its date as shown (03-26): no year is guessed; the article's own page dates it
    want = {u: d if case.year_shown else d[5:] for u, _, d in case.expected()}
    shown = {u: (day(got.get(u)) or "").strip("[]【】()") or None for u in want}
    assert shown == want, {u: got.get(u) for u in want}


@pytest.mark.parametrize("case_id", IDS)
def test_pager(case_id):
    pager = read(case_id).pager
    # the page after this one: by the pager's pattern up to its last page, else its 下一页 link (none after the last)
    after = (pager.url_for(pager.current + 1) if pager.current < pager.last else None) or pager.next_url
    assert (pager.current, pager.last, after) == BY_ID[case_id].pager, pager


@pytest.mark.parametrize("case_id", IDS)
def test_kind(case_id):
    c = BY_ID[case_id]
    got = classify(c.text(), c.url, c.portal)
    assert got.kind == "list", got.reason


def test_the_pages_hold_what_they_are_said_to():
    """The expectations are the pages' own text: every row's link and title is on its page."""
    for c in CASES:
        for href, title, _ in c.rows:
            assert f"href='{href}'" in c.html or f'href="{href}"' in c.html, (c.id, href)
            assert title in c.html, (c.id, title)
