"""Article pages as the raw bytes Chinese servers send, each with an encoding trap, read as the crawler reads them.

Twelve hand-written pages (made-up schools, hosts and names; no page copied from a real site), each with the
Content-Type header it is served with:

1. GBK bytes behind an IIS ``charset=utf-8`` header;
2. ``gb2312`` declared over GBK-only characters in names (镕 喆 珺 祎);
3. ``gb2312`` declared over GB18030 four-byte characters (𬀩 㛃), one of them in the title;
4. Big5 (a Hong Kong school), traditional text, 來源/發佈時間 labels, 0x5C trail bytes (許 功) and an HKSCS name (堃);
5. UTF-8 with a BOM under a contradicting ``<meta charset=gbk>``;
6. GBK bytes with no charset anywhere;
7. UTF-8 bytes declared ``gbk`` by header and meta (a CMS migrated to UTF-8 whose template kept the old meta);
8. the title written wholly as numeric entities, labels spaced with ``&nbsp;``/``&ensp;``/``&#12288;``;
9. GBK with truncated characters at two paragraph ends (an old CMS cutting text by bytes): only those bytes may go;
10. misspelled labels: ``charset=x-gbk`` header and ``<meta charset="GBK2312">``;
11. UTF-16LE with a BOM, a Word "Save as Web Page" export (``charset=unicode``);
12. GBK bytes behind an ``ISO-8859-1`` header (a server default), the page's own meta saying gb2312.

Each page states what a reader sees on it (a browser that detects the bytes' real encoding): the title, the
publish day, the 来源 (None where the page names none) and the body's first and last paragraphs. One test per
field, so a gap shows as the field it costs; and no U+FFFD anywhere but where page 9's bytes are undecodable.
"""

import functools
from dataclasses import dataclass
from urllib.parse import urlsplit

import lxml.html
import pytest

from jiangbei_crawler.extract.article import parse_article
from jiangbei_crawler.extract.encoding import decode_html


@dataclass(frozen=True)
class Case:
    id: str
    url: str
    content_type: str  # the Content-Type header as served
    body: bytes  # the response body as served
    real: str  # the encoding the bytes are really in (what a detecting browser decodes with)
    title: str
    day: str  # YYYY-MM-DD
    source: str | None
    first: str  # the body's first paragraph
    last: str  # the body's last paragraph
    bad: int = 0  # undecodable byte sequences in the body (each may cost one U+FFFD, nothing more)

    @property
    def portal(self):
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}/"


def entities(text):
    """Every non-ASCII character as a decimal numeric character reference, as some JSP/ASP CMSs write titles."""
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in text)


# ---------------------------------------------------------------------------------------------------------------
# 1. GBK bytes, IIS says utf-8 (the page's own meta says gb2312)
# ---------------------------------------------------------------------------------------------------------------

IIS_UTF8_HEADER_GBK = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>我校举行第二十七届秋季田径运动会-青溪镇中心小学</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="top"><img src="/images/banner.jpg" alt="青溪镇中心小学" width="960" height="120" /></div>
<div id="nav"><a href="/">首页</a> | <a href="/list.asp?id=1">学校概况</a> | <a href="/list.asp?id=2">校园新闻</a> | <a href="/list.asp?id=3">教学科研</a> | <a href="/list.asp?id=4">德育天地</a></div>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="weizhi">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/list.asp?id=2">校园新闻</a> &gt;&gt; 正文</td></tr>
<tr><td align="center" class="title" height="50"><strong>我校举行第二十七届秋季田径运动会</strong></td></tr>
<tr><td align="center" class="info">作者：王镕&nbsp;&nbsp;来源：体育组&nbsp;&nbsp;发布时间：2009-10-23 15:42:10&nbsp;&nbsp;点击数：<font color="red">386</font></td></tr>
<tr><td class="content" id="zoom">
<p>10月22日上午，青溪镇中心小学第二十七届秋季田径运动会在学校操场隆重开幕。</p>
<p>开幕式上，校长周喆致开幕词，希望全体运动员赛出风格、赛出水平。</p>
<p>本次运动会共设田赛、径赛十八个项目，全校六百余名学生参加了比赛。</p>
</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
<div id="footer">版权所有：青溪镇中心小学 地址：青溪镇学府路8号 备案号：浙ICP备09000000号</div>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------------------------
# 2. gb2312 declared, GBK-only characters in names (DedeCMS 5.x article template)
# ---------------------------------------------------------------------------------------------------------------

GB2312_META_GBK_NAMES = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>区教育局表彰2015年度优秀青年教师_教育新闻_澄河区教育信息网</title>
<meta name="keywords" content="优秀青年教师,表彰" />
<meta name="description" content="6月11日，区教育局召开2015年度优秀青年教师表彰会。" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
</head>
<body class="articleview">
<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/">澄河区教育信息网</a></h1></div></div>
<div class="module blue mT10 wrapper w963"><div id="navMenu"><ul>
<li><a href='/'><span>主页</span></a></li>
<li><a href='/a/jyxw/'><span>教育新闻</span></a></li>
<li><a href='/a/tzgg/'><span>通知公告</span></a></li>
<li><a href='/a/xxgk/'><span>信息公开</span></a></li>
</ul></div></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
<div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/a/jyxw/'>教育新闻</a> > </div>
<div class="viewbox">
<div class="title"><h2>区教育局表彰2015年度优秀青年教师</h2></div>
<div class="info"><small>时间:</small>2015-06-12 09:18<small>来源:</small>区教育局 <small>作者:</small>办公室 <small>点击:</small><script src="/plus/count.php?view=yes&aid=1234&mid=1" type='text/javascript' language="javascript"></script>次</div>
<div class="intro">6月11日，区教育局召开2015年度优秀青年教师表彰会。</div>
<div class="content"><table width='100%'><tr><td>
<div id="contentMidPicAD" style="float:right; clear:both; top:0; vertical-align:top;"></div>
<p>6月11日，区教育局召开2015年度优秀青年教师表彰会。</p>
<p>李珺、张祎、刘镕、王喆等二十名教师受到表彰，局领导为获奖教师颁发了证书。</p>
<p>会议号召全区青年教师以先进为榜样，潜心教书育人。</p>
(责任编辑：办公室)
</td></tr></table></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul>
<li>上一篇：<a href='/a/jyxw/1233.html'>区中小学开展防溺水安全教育</a> </li>
<li>下一篇：<a href='/a/jyxw/1235.html'>第三届校园艺术节闭幕</a> </li>
</ul></div></div>
</div></div>
</div>
<div class="footer w960 center mt1 clear"><div class="footer_body"><p class="powered">版权所有 澄河区教育局 苏ICP备15000000号</p></div></div>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------------------------
# 3. gb2312 declared, GB18030 four-byte characters (a student's name in the title, a teacher's in the body)
# ---------------------------------------------------------------------------------------------------------------

GB2312_META_GB18030_4BYTE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>我校学生李𬀩获市青少年科技创新大赛一等奖 - 南溪第二中学</title>
<link rel="stylesheet" href="/static/css/main.css">
</head>
<body>
<div class="top"><div class="logo"><a href="/"><img src="/static/img/logo.png" alt="南溪第二中学"></a></div>
<ul class="menu"><li><a href="/">网站首页</a></li><li><a href="/news/">学校新闻</a></li><li><a href="/notice/">通知公告</a></li><li><a href="/kyjy/">科研教研</a></li></ul></div>
<div class="main">
<div class="crumbs">您现在的位置：<a href="/">首页</a> &gt; <a href="/news/">学校新闻</a></div>
<div class="article">
<h1 class="arti-title">我校学生李𬀩获市青少年科技创新大赛一等奖</h1>
<div class="arti-metas"><span>发布日期：2018-11-30</span><span>来源：科技教育处</span><span>浏览次数：<span id="hits">1024</span></span></div>
<div class="entry"><div class="read">
<p>11月28日，第三十三届市青少年科技创新大赛颁奖典礼举行。</p>
<p>我校高二（3）班李𬀩同学的作品《校园雨水回收装置》获一等奖，指导教师陈㛃获优秀指导教师称号。</p>
<p>学校将继续开展科技创新教育，培养学生的实践能力。</p>
</div></div>
<div class="arti-nav"><p>上一篇：<a href="/news/1181.html">高三年级召开期中质量分析会</a></p><p>下一篇：<a href="/news/1183.html">我校举办冬季长跑比赛</a></p></div>
</div>
</div>
<div class="foot">版权所有 &copy; 南溪第二中学 地址：南溪县文昌路16号 ICP备案：川ICP备18000000号</div>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------------------------
# 4. Big5 (a Hong Kong secondary school): 發佈時間 / 來源 labels, 許 and 功 (0x5C trail bytes), 堃 (HKSCS)
# ---------------------------------------------------------------------------------------------------------------

BIG5_HK_SCHOOL = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>鯉灣中學 - 本校學生於全港中學數學比賽奪得佳績</title>
<link rel="stylesheet" type="text/css" href="/css/school.css">
</head>
<body bgcolor="#FFFFFF">
<table width="900" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2"><img src="/images/top_banner.jpg" width="900" height="110" alt="鯉灣中學"></td></tr>
<tr>
<td width="180" valign="top" class="leftmenu">
<a href="/index.htm">主頁</a><br>
<a href="/about.htm">學校簡介</a><br>
<a href="/news/index.htm">校園消息</a><br>
<a href="/parents.htm">家長專區</a><br>
<a href="/contact.htm">聯絡我們</a>
</td>
<td width="720" valign="top">
<table width="100%" class="news">
<tr><td class="path">現在位置：<a href="/index.htm">主頁</a> &gt; <a href="/news/index.htm">校園消息</a></td></tr>
<tr><td class="newstitle" align="center">本校學生於全港中學數學比賽奪得佳績</td></tr>
<tr><td class="newsinfo" align="center">發佈時間：2022-04-08&nbsp;&nbsp;&nbsp;來源：數學科&nbsp;&nbsp;&nbsp;瀏覽次數：215</td></tr>
<tr><td class="newscontent">
<p>本校中五級許同學及中四級陳同學參加第三十九屆全港中學數學比賽，成功奪得個人賽金獎及銀獎。</p>
<p>校長陳志堃先生在週會上頒發獎狀，勉勵同學繼續努力。</p>
<p>數學科將於下學期舉辦數學周，歡迎同學踴躍參加。</p>
</td></tr>
</table>
</td>
</tr>
<tr><td colspan="2" class="footer" align="center">版權所有 鯉灣中學 地址：九龍鯉灣道28號</td></tr>
</table>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------------------------
# 5. UTF-8 with a BOM, the template's meta still saying gbk
# ---------------------------------------------------------------------------------------------------------------

UTF8_BOM_META_GBK = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset=gbk>
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>关于做好2023年暑期学生安全教育工作的通知-北渚实验学校</title>
<link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
<header class="site-header"><a class="brand" href="/">北渚实验学校</a>
<nav><a href="/">首页</a><a href="/xwdt/">新闻动态</a><a href="/tzgg/">通知公告</a><a href="/djgz/">党建工作</a></nav></header>
<main class="container">
<div class="breadcrumb"><a href="/">首页</a> / <a href="/tzgg/">通知公告</a> / 正文</div>
<article class="post">
<h2 class="post-title">关于做好2023年暑期学生安全教育工作的通知</h2>
<p class="post-meta">发布时间：2023-07-05 &nbsp; 来源：安全办 &nbsp; 阅读：<span class="views">731</span></p>
<div class="post-content">
<p>各年级、各班级：</p>
<p>暑假即将来临，为切实保障学生假期安全，现就有关工作通知如下。</p>
<p>一、加强防溺水教育，做到“六不”要求。</p>
<p>二、加强交通安全教育，不乘坐无牌无证车辆。</p>
<p>北渚实验学校安全办</p>
<p>2023年7月5日</p>
</div>
</article>
</main>
<footer class="site-footer">版权所有 北渚实验学校 闽ICP备23000000号-1</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------------------------
# 6. GBK bytes, no charset in the header or the page (a FrontPage page of 2006)
# ---------------------------------------------------------------------------------------------------------------

GBK_NO_DECLARATION = """<html>
<head>
<title>六一儿童节文艺汇演圆满落幕</title>
<meta name="GENERATOR" content="Microsoft FrontPage 4.0">
</head>
<body topmargin="0" leftmargin="0">
<table border="0" width="778" cellspacing="0" cellpadding="0" align="center">
<tr><td><img border="0" src="images/top.gif" width="778" height="96"></td></tr>
<tr><td bgcolor="#3366CC" height="22"><font color="#FFFFFF">&nbsp;<a href="index.htm"><font color="#FFFFFF">首页</font></a> | <a href="news.htm"><font color="#FFFFFF">学校新闻</font></a> | <a href="teacher.htm"><font color="#FFFFFF">教师园地</font></a> | <a href="student.htm"><font color="#FFFFFF">学生天地</font></a></font></td></tr>
<tr><td align="center" height="40"><font size="4" color="#CC0000"><b>六一儿童节文艺汇演圆满落幕</b></font></td></tr>
<tr><td align="center"><font size="2" color="#666666">发表时间：2006-5-31&nbsp;&nbsp;&nbsp;作者：蒉老师</font></td></tr>
<tr><td><hr size="1" color="#C0C0C0"></td></tr>
<tr><td>
<p><font size="2">5月31日下午，我校在大礼堂举行庆六一文艺汇演。</font></p>
<p><font size="2">舞蹈、小合唱、课本剧等二十多个节目轮番上演，二年级张堃同学的独唱赢得了阵阵掌声。</font></p>
<p><font size="2">汇演结束后，校领导为获奖班级颁发了奖状。</font></p>
</td></tr>
<tr><td align="center"><font size="2">版权所有 白沙岭小学 2006</font></td></tr>
</table>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------------------------
# 7. UTF-8 bytes declared gbk by the header and the meta (a CMS moved to UTF-8, its template unchanged)
# ---------------------------------------------------------------------------------------------------------------

UTF8_DECLARED_GBK = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>我区召开2021年教育工作会议 - 临江区教育局</title>
<meta name="keywords" content="教育工作会议">
<link rel="stylesheet" href="/template/default/css/style.css">
</head>
<body>
<div class="head"><div class="logo"><img src="/template/default/images/logo.png" alt="临江区教育局"></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/jyyw/">教育要闻</a></li><li><a href="/tzgg/">通知公告</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>
<div class="wrap">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/jyyw/">教育要闻</a></div>
<div class="detail">
<h3 class="detail-title">我区召开2021年教育工作会议</h3>
<div class="detail-info">来源：区教育局办公室　　发布时间：2021-02-26　　浏览：<em>562</em>次</div>
<div class="detail-content">
<p>2月25日，临江区2021年教育工作会议召开。</p>
<p>会议总结了2020年全区教育工作，部署了新一年的重点任务。</p>
<p>区教育局局长作了题为《奋力推进教育高质量发展》的工作报告。</p>
<p>各中小学、幼儿园校（园）长参加会议。</p>
</div>
</div>
</div>
<div class="foot"><p>版权所有：临江区教育局　　备案号：赣ICP备21000000号</p></div>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------------------------
# 8. the title as numeric entities, labels spaced with &nbsp; &ensp; &#12288;, paragraphs indented with &#12288;
# ---------------------------------------------------------------------------------------------------------------

ENTITY_TITLE = "关于公布2020年区级优秀教学案例评选结果的通知"
ENTITY_TITLE_AND_SPACED_LABELS = (
    """<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>"""
    + entities(ENTITY_TITLE)
    + """</title>
</head>
<body>
<div id="header"><span class="sitename">东岙区教师发展中心</span></div>
<div id="menu"><a href="/">首页</a> <a href="/col/col12/">中心动态</a> <a href="/col/col13/">通知公告</a> <a href="/col/col14/">教研活动</a></div>
<div id="main">
<div class="dqwz">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/col/col13/">通知公告</a></div>
<div class="art">
<h1>"""
    + entities(ENTITY_TITLE)
    + """</h1>
<div class="art-info">发&nbsp;布&nbsp;时&nbsp;间：2020-09-10&emsp;&emsp;来&#12288;&#12288;源：&nbsp;区教师发展中心&ensp;&ensp;浏览次数：<span id="views">52</span></div>
<div class="art-con">
<p>&#12288;&#12288;各中小学、幼儿园：</p>
<p>&#12288;&#12288;经学校推荐、专家评审，共评出区级优秀教学案例一等奖25篇、二等奖40篇、三等奖60篇，现予公布。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;附件：2020年区级优秀教学案例获奖名单</p>
<p style="text-align:right">东岙区教师发展中心&#12288;</p>
<p style="text-align:right">2020年9月10日&ensp;</p>
</div>
</div>
</div>
<div id="footer">版权所有&nbsp;东岙区教师发展中心&nbsp;&nbsp;浙ICP备20000000号</div>
</body>
</html>
"""
)

# ---------------------------------------------------------------------------------------------------------------
# 9. GBK with truncated characters: an old CMS cut two paragraphs by bytes, leaving a lone lead byte each
# ---------------------------------------------------------------------------------------------------------------

TRUNCATED_HEAD = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>学校召开家长委员会换届选举会议--莲塘镇中学</title>
<link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0" class="top_table">
<tr><td><a href="/">网站首页</a> | <a href="/Article/ShowClass.asp?ClassID=1">学校新闻</a> | <a href="/Article/ShowClass.asp?ClassID=2">德育之窗</a> | <a href="/Article/ShowClass.asp?ClassID=3">家校共育</a></td></tr>
</table>
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="main_path">您现在的位置： <a href="/">莲塘镇中学</a> &gt;&gt; <a href="/Article/ShowClass.asp?ClassID=3">家校共育</a> &gt;&gt; 正文</td></tr>
<tr><td class="main_title_760" align="center"><b>学校召开家长委员会换届选举会议</b></td></tr>
<tr><td class="main_ArticleSubheading" align="center">作者：佚名&nbsp;&nbsp;&nbsp;&nbsp;文章来源：政教处&nbsp;&nbsp;&nbsp;&nbsp;点击数：219&nbsp;&nbsp;&nbsp;&nbsp;更新时间：2012-3-16</td></tr>
<tr><td id="fontzoom" class="main_tdbg_760">
<p>3月15日下午，学校召开家长委员会换届选举会议，各班家长代表六十余人参加。</p>
<p>会议选举产生了新一届家长委员会，家长代表围绕学生在校就餐、课后服务等问题踊跃发言，学校作了"""
TRUNCATED_MIDDLE = """</p>
<p>新一届家委会将每学期召开两次例会，协助学校做好家校沟通工作，共同关注学生的健康成长，为学生营造良好"""
TRUNCATED_TAIL = """</p>
</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
<table width="900" border="0" align="center" class="bottom_table"><tr><td align="center">版权所有 莲塘镇中学 赣ICP备12000000号</td></tr></table>
</body>
</html>
"""
# 答 (B4F0) cut after its lead byte before </p>, 的 (B5C4) cut after its lead byte before \r\n</p>
TRUNCATED_GBK = (
    TRUNCATED_HEAD.encode("gbk") + b"\xb4" + TRUNCATED_MIDDLE.encode("gbk") + b"\xb5\r\n" + TRUNCATED_TAIL.encode("gbk")
)

# ---------------------------------------------------------------------------------------------------------------
# 10. misspelled charset labels: x-gbk in the header, GBK2312 in the meta
# ---------------------------------------------------------------------------------------------------------------

MISSPELLED_LABELS = """<!DOCTYPE html>
<html>
<head>
<meta charset="GBK2312">
<title>关于表彰2016年度“最美教师”的决定_通知公告_石梁县第一中学</title>
<link rel="stylesheet" href="/css/index.css">
</head>
<body>
<div class="header"><img src="/images/logo.png" alt="石梁县第一中学"></div>
<div class="nav"><a href="/">首页</a><a href="/xxgk/">学校概况</a><a href="/tzgg/">通知公告</a><a href="/xyxw/">校园新闻</a></div>
<div class="content">
<div class="lm_title">通知公告</div>
<div class="show_title">关于表彰2016年度“最美教师”的决定</div>
<div class="show_info">发布人：admin　发布时间：2016-09-08 16:20　来源：党委办公室　阅读次数：1376</div>
<div class="show_text">
<p>各处室、各年级组：</p>
<p>为弘扬高尚师德，学校开展了2016年度“最美教师”评选活动。</p>
<p>经推荐、公示，决定授予孙祎、何珺等十名同志“最美教师”称号。</p>
<p>石梁县第一中学</p>
<p>2016年9月8日</p>
</div>
</div>
<div class="footer">版权所有 石梁县第一中学 皖ICP备16000000号</div>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------------------------
# 11. UTF-16LE with a BOM: a Word 2003 "Save as Web Page" export (charset=unicode), served as a static .htm
# ---------------------------------------------------------------------------------------------------------------

WORD_UTF16 = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=unicode">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 11">
<meta name=Originator content="Microsoft Word 11">
<title>关于举办第五届校园读书节活动的通知</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>tsg</o:Author>
  <o:Created>2017-04-10T01:12:00Z</o:Created>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	margin-bottom:.0001pt;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:"Times New Roman";}
div.Section1
	{page:Section1;
	layout-grid:15.6pt;}
-->
</style>
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=Section1 style='layout-grid:15.6pt'>

<p class=MsoNormal align=center style='text-align:center'><b><span
style='font-size:16.0pt;font-family:黑体'>关于举办第五届校园读书节活动的通知<span lang=EN-US><o:p></o:p></span></span></b></p>

<p class=MsoNormal align=center style='text-align:center'><span
style='font-family:宋体'>发布时间：<span lang=EN-US>2017-04-10</span>　来源：图书馆<span
lang=EN-US><o:p></o:p></span></span></p>

<p class=MsoNormal><span style='font-family:宋体'>各班级：<span lang=EN-US><o:p></o:p></span></span></p>

<p class=MsoNormal style='text-indent:21.0pt'><span style='font-family:宋体'>为营造书香校园氛围，学校定于<span
lang=EN-US>4</span>月<span lang=EN-US>17</span>日至<span lang=EN-US>5</span>月<span
lang=EN-US>12</span>日举办第五届校园读书节。<span lang=EN-US><o:p></o:p></span></span></p>

<p class=MsoNormal style='text-indent:21.0pt'><span style='font-family:宋体'>活动包括好书推荐、读书征文和图书漂流等内容，请各班积极组织学生参加。<span
lang=EN-US><o:p></o:p></span></span></p>

<p class=MsoNormal align=right style='text-align:right'><span
style='font-family:宋体'>西塘中学图书馆<span lang=EN-US><o:p></o:p></span></span></p>

<p class=MsoNormal align=right style='text-align:right'><span lang=EN-US>2017</span><span
style='font-family:宋体'>年<span lang=EN-US>4</span>月<span lang=EN-US>10</span>日<span
lang=EN-US><o:p></o:p></span></span></p>

</div>

</body>

</html>
"""

# ---------------------------------------------------------------------------------------------------------------
# 12. GBK bytes behind a server's default ISO-8859-1 header (the page's own meta says gb2312)
# ---------------------------------------------------------------------------------------------------------------

LATIN1_HEADER_GBK = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>2008年春季学期开学工作检查情况通报</title>
<style type="text/css">body{font-size:12px} .bt{font-size:18px;font-weight:bold}</style>
</head>
<body>
<div align="center">
<table width="760" border="0" cellpadding="0" cellspacing="0">
<tr><td height="80" background="/img/head.jpg">&nbsp;</td></tr>
<tr><td height="25"><a href="/">首页</a> - <a href="/news/">新闻中心</a> - <a href="/jwgl/">教务管理</a> - <a href="/zsks/">招生考试</a></td></tr>
<tr><td height="45" align="center" class="bt">2008年春季学期开学工作检查情况通报</td></tr>
<tr><td align="center">来源：教务处　　时间：2008-03-05　　浏览：<span id="hit">93</span></td></tr>
<tr><td class="nr">
<p>3月3日至4日，学校组织检查组对各年级开学工作进行了全面检查。</p>
<p>从检查情况看，各年级开学准备充分，教学秩序井然，师生精神饱满。</p>
<p>希望各年级保持良好势头，扎实做好本学期各项工作。</p>
</td></tr>
<tr><td align="center" height="40">版权所有 红岩职业中学 渝ICP备08000000号</td></tr>
</table>
</div>
</body>
</html>
"""

CASES = [
    Case(
        "iis-utf8-header-over-gbk",
        "http://www.qxzx.example.cn/show.asp?id=386",
        "text/html; charset=utf-8",
        IIS_UTF8_HEADER_GBK.encode("gbk"),
        "gb18030",
        "我校举行第二十七届秋季田径运动会",
        "2009-10-23",
        "体育组",
        "10月22日上午，青溪镇中心小学第二十七届秋季田径运动会在学校操场隆重开幕。",
        "本次运动会共设田赛、径赛十八个项目，全校六百余名学生参加了比赛。",
    ),
    Case(
        "gb2312-meta-gbk-only-names",
        "http://jyj.chenghe.example.cn/a/jyxw/1234.html",
        "text/html",
        GB2312_META_GBK_NAMES.encode("gbk"),
        "gb18030",
        "区教育局表彰2015年度优秀青年教师",
        "2015-06-12",
        "区教育局",
        "6月11日，区教育局召开2015年度优秀青年教师表彰会。",
        "(责任编辑：办公室)",  # DedeCMS writes the editor line inside the content box, where a reader sees it
    ),
    Case(
        "gb2312-declared-gb18030-four-byte",
        "http://www.nxez.example.cn/news/1182.html",
        "text/html; charset=GB2312",
        GB2312_META_GB18030_4BYTE.encode("gb18030"),
        "gb18030",
        "我校学生李𬀩获市青少年科技创新大赛一等奖",
        "2018-11-30",
        "科技教育处",
        "11月28日，第三十三届市青少年科技创新大赛颁奖典礼举行。",
        "学校将继续开展科技创新教育，培养学生的实践能力。",
    ),
    Case(
        "big5-hong-kong-school",
        "http://www.leiwan-ss.example.hk/news/20220408.htm",
        "text/html; charset=big5",
        BIG5_HK_SCHOOL.encode("big5hkscs"),
        "big5hkscs",
        "本校學生於全港中學數學比賽奪得佳績",
        "2022-04-08",
        "數學科",
        "本校中五級許同學及中四級陳同學參加第三十九屆全港中學數學比賽，成功奪得個人賽金獎及銀獎。",
        "數學科將於下學期舉辦數學周，歡迎同學踴躍參加。",
    ),
    Case(
        "utf8-bom-meta-gbk",
        "https://www.bzsy.example.cn/tzgg/2023/0705/512.html",
        "text/html",
        UTF8_BOM_META_GBK.encode("utf-8-sig"),
        "utf-8-sig",
        "关于做好2023年暑期学生安全教育工作的通知",
        "2023-07-05",
        "安全办",
        "各年级、各班级：",
        "2023年7月5日",
    ),
    Case(
        "gbk-no-declaration",
        "http://www.bslxx.example.cn/news/2006053101.htm",
        "text/html",
        GBK_NO_DECLARATION.encode("gbk"),
        "gb18030",
        "六一儿童节文艺汇演圆满落幕",
        "2006-05-31",
        None,
        "5月31日下午，我校在大礼堂举行庆六一文艺汇演。",
        "汇演结束后，校领导为获奖班级颁发了奖状。",
    ),
    Case(
        "utf8-declared-gbk",
        "https://jyj.linjiang.example.cn/jyyw/2021/0226/2301.html",
        "text/html; charset=gbk",
        UTF8_DECLARED_GBK.encode("utf-8"),
        "utf-8",
        "我区召开2021年教育工作会议",
        "2021-02-26",
        "区教育局办公室",
        "2月25日，临江区2021年教育工作会议召开。",
        "各中小学、幼儿园校（园）长参加会议。",
    ),
    Case(
        "entity-title-spaced-labels",
        "http://jsfz.dongao.example.cn/art/2020/9/10/art_13_4471.html",
        "text/html; charset=utf-8",
        ENTITY_TITLE_AND_SPACED_LABELS.encode("utf-8"),
        "utf-8",
        ENTITY_TITLE,
        "2020-09-10",
        "区教师发展中心",
        "各中小学、幼儿园：",
        "2020年9月10日",
    ),
    Case(
        "gbk-truncated-characters",
        "http://www.ltzx.example.cn/Article/ShowArticle.asp?ArticleID=219",
        "text/html; charset=gb2312",
        TRUNCATED_GBK,
        "gb18030",
        "学校召开家长委员会换届选举会议",
        "2012-03-16",
        "政教处",
        "3月15日下午，学校召开家长委员会换届选举会议，各班家长代表六十余人参加。",
        "新一届家委会将每学期召开两次例会，协助学校做好家校沟通工作，共同关注学生的健康成长，为学生营造良好",
        bad=2,
    ),
    Case(
        "misspelled-x-gbk-gbk2312",
        "http://www.slyz.example.cn/tzgg/show-1376.html",
        "text/html; charset=x-gbk",
        MISSPELLED_LABELS.encode("gbk"),
        "gb18030",
        "关于表彰2016年度“最美教师”的决定",
        "2016-09-08",
        "党委办公室",
        "各处室、各年级组：",
        "2016年9月8日",
    ),
    Case(
        "utf16le-bom-word-export",
        "http://www.xtzx.example.cn/tsg/dushujie5.htm",
        "text/html",
        WORD_UTF16.encode("utf-16"),  # Python writes the BOM and little-endian, as Word on Windows does
        "utf-16",
        "关于举办第五届校园读书节活动的通知",
        "2017-04-10",
        "图书馆",
        "各班级：",
        "2017年4月10日",
    ),
    Case(
        "latin1-header-over-gbk",
        "http://www.hyzz.example.cn/news/show.php?id=93",
        "text/html; charset=ISO-8859-1",
        LATIN1_HEADER_GBK.encode("gbk"),
        "gb18030",
        "2008年春季学期开学工作检查情况通报",
        "2008-03-05",
        "教务处",
        "3月3日至4日，学校组织检查组对各年级开学工作进行了全面检查。",
        "希望各年级保持良好势头，扎实做好本学期各项工作。",
    ),
]
IDS = [c.id for c in CASES]
BY_ID = {c.id: c for c in CASES}
assert len(BY_ID) == len(CASES) == 12
assert WORD_UTF16.encode("utf-16")[:2] == b"\xff\xfe"


@functools.cache
def decoded(case_id):
    c = BY_ID[case_id]
    return decode_html(c.body, c.content_type)


@functools.cache
def read(case_id):
    c = BY_ID[case_id]
    return parse_article(decoded(case_id).text, c.url, c.portal)


def seen(case_id):
    """The page's text as a detecting browser decodes it (an undecodable byte shows as one U+FFFD)."""
    c = BY_ID[case_id]
    return c.body.decode(c.real, errors="replace").lstrip("\ufeff")


def explain(case_id):
    d, page = decoded(case_id), read(case_id)
    return f"decoded as {d.encoding} (lossy={d.lossy}), rungs {page.extraction}"


def clean(text):
    """Text without U+FFFD: what case 9's undecodable bytes may cost, and nothing else."""
    return text.replace("\ufffd", "")


@pytest.mark.parametrize("case_id", IDS)
def test_title(case_id):
    assert read(case_id).title == BY_ID[case_id].title, explain(case_id)


@pytest.mark.parametrize("case_id", IDS)
def test_day(case_id):
    assert (read(case_id).published or "")[:10] == BY_ID[case_id].day, explain(case_id)


@pytest.mark.parametrize("case_id", IDS)
def test_source(case_id):
    assert read(case_id).source == BY_ID[case_id].source, explain(case_id)


@pytest.mark.parametrize("case_id", IDS)
def test_first_paragraph(case_id):
    lines = read(case_id).body_lines
    assert lines and clean(lines[0]) == BY_ID[case_id].first, f"{explain(case_id)}; body starts {lines[:2]!r}"


@pytest.mark.parametrize("case_id", IDS)
def test_last_paragraph(case_id):
    lines = read(case_id).body_lines
    assert lines and clean(lines[-1]) == BY_ID[case_id].last, f"{explain(case_id)}; body ends {lines[-2:]!r}"


@pytest.mark.parametrize("case_id", IDS)
def test_decoded_text_is_what_the_browser_shows(case_id):
    """Every character the page shows is kept: the decoded text is the bytes read in their real encoding."""
    text = decoded(case_id).text.lstrip("\ufeff")
    assert text == seen(case_id), f"{explain(case_id)}; starts {text[:120]!r}"


@pytest.mark.parametrize("case_id", IDS)
def test_no_replacement_character_where_the_bytes_decode(case_id):
    c, d, page = BY_ID[case_id], decoded(case_id), read(case_id)
    assert d.text.count("\ufffd") <= c.bad, explain(case_id)
    fields = [page.title or "", page.source or "", *page.body_lines]
    assert sum(f.count("\ufffd") for f in fields) <= c.bad, explain(case_id)


@pytest.mark.parametrize("case_id", [c.id for c in CASES if not c.bad])
def test_valid_bytes_are_not_lossy(case_id):
    assert decoded(case_id).lossy is False, explain(case_id)


def test_truncated_bytes_are_lossy_and_cost_only_themselves():
    c = BY_ID["gbk-truncated-characters"]
    d = decoded(c.id)
    assert d.lossy is True, explain(c.id)
    assert clean(d.text) == clean(seen(c.id)), explain(c.id)
    lines = read(c.id).body_lines
    assert "学校作了" in lines[1] and clean(lines[1]).endswith("学校作了"), lines


def test_the_pages_hold_what_they_are_said_to():
    """The expectations are the pages' own text, as a browser decoding the real encoding shows it."""
    for c in CASES:
        shown = " ".join(clean(lxml.html.fromstring(seen(c.id)).text_content()).split())
        for value in (c.title, c.first, c.last, c.source or "", c.day[:4]):
            assert value in shown, (c.id, value)
