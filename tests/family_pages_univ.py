"""Article pages of Chinese university and college portals, 2008-2023 (main 新闻网, 学院 sub-sites, 教务处 and 研究生院
notices, 信息公开 pages, a 校报 e-paper, a mobile template): written by hand after each family's public template markup,
names, hosts and numbers made up (tests/test_article_families.py checks every field of each).

Families: a 博达 (VSB) 2018 responsive 学院 sub-site whose 撰稿/摄影/三审 credits stand after the body, a 教务处 site on
a PHP 站群 dated only "发布日期：2021年03月05日" with an 附件下载 list, a 2012 VSB 研究生院 table page (td.titlestyle123)
with a Word-pasted MsoNormal body, a Drupal 7 bilingual 国际处 page dated "Mar 5, 2021", a university 信息公开网 page
with its 索取号/产生日期/发布日期 目录 table, a 校报 数字报 page (ASP.NET, image-map 版面, the issue day only in the
masthead), an 帝国CMS 学院 page whose body is one paragraph and a pdf.js <iframe>, a mobile m. 新闻网 template whose
<h1> is the site's name, a 2008 ASP.NET page of <span id="lblTitle">/<span id="lblDate">/<span id="lblContent"> in
GBK, and a 方正翔宇 (Founder) 新闻网 page with its <!--enpproperty--> comment and <!--enpcontent--> marks."""

from family_page import Page


def links(names, href="/{i}.htm", item='<li><a href="{href}">{n}</a></li>', start=1):
    return "".join(item.format(href=href.format(i=start + i), n=n) for i, n in enumerate(names))


def dated(rows, href="/info/{i}.htm", item='<li><a href="{href}" title="{t}">{t}</a><span>{d}</span></li>', start=100):
    return "".join(item.format(href=href.format(i=start + i), t=t, d=d) for i, (t, d) in enumerate(rows))


# (1) 博达 (VSB) 2018 responsive template of a 学院 sub-site: vsbscreen.min.js, the title in h2 of div.nr-title (no
# <h1>: the college's name is in the header's h1 logo), div.nr-info of spans 发布时间：2021年04月16日 16:20 / 发布者
# (who posted it, not a source) / 点击 (_showDynClicks), the body in form _newscontent_fromname > div#vsb_content >
# div.v_news_content with vsbcontent_img photos and a caption, then OUTSIDE it a p.nr-zz of credits
# "撰稿：… 摄影：… 初审：… 复审：… 终审：…" (三审三校), 上一条/下一条, 相关新闻 with dates, a left sub-menu
VSB_XUEYUAN_CREDITS = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />
<title>学院举行2021年大学生创新创业训练计划项目中期检查-宁江工业大学机械工程学院</title>
<meta name="keywords" content="宁江工业大学机械工程学院" />
<meta name="description" content="4月15日下午，学院在实验楼B201会议室举行2021年大学生创新创业训练计划项目中期检查。" />
<link type="text/css" href="../../style/common.css" rel="stylesheet" />
<link type="text/css" href="../../style/nr.css" rel="stylesheet" />
<script type="text/javascript" src="../../js/jquery.min.js"></script>
<script language="javascript" src="/system/resource/js/dynclicks.js"></script><script language="javascript" src="/system/resource/js/ajax.js"></script>
</head>
<body>
<div class="top"><div class="w1200"><h1 class="logo"><a href="../../index.htm"><img src="../../images/logo.png" alt="宁江工业大学机械工程学院" />宁江工业大学机械工程学院</a></h1>
<div class="top-r"><a href="http://www.njgy.example.edu.cn/" target="_blank">学校首页</a> | <a href="http://en.jxxy.njgy.example.edu.cn/">English</a>
<form action="../../ssjgy.jsp?wbtreeid=1001" method="post" name="a185565a"><input type="text" name="showkeycode" placeholder="请输入关键词" /><input type="submit" value="搜索" /></form></div></div></div>
<div class="nav"><ul class="w1200">
<li><a href="../../index.htm">学院首页</a></li>{links(["学院概况", "师资队伍", "本科教学", "研究生教育", "科学研究", "党建工作", "学生工作", "招生就业", "校友之家"], href="../../{i}.htm", start=1011)}
</ul></div>
<div class="nbanner"><img src="../../images/nbanner.jpg" /></div>
<div class="w1200 main clearfix">
<div class="left"><div class="lm-name">新闻中心</div><ul class="lm-list">
<li class="on"><a href="../../xwzx/xyxw.htm">学院新闻</a></li><li><a href="../../xwzx/tzgg.htm">通知公告</a></li><li><a href="../../xwzx/xshd.htm">学术活动</a></li><li><a href="../../xwzx/mtbd.htm">媒体报道</a></li></ul></div>
<div class="right">
<div class="dqwz"><span>学院新闻</span><div class="wz">当前位置：<a href="../../index.htm">首页</a>&gt;&gt;<a href="../../xwzx.htm">新闻中心</a>&gt;&gt;<a href="../../xwzx/xyxw.htm">学院新闻</a>&gt;&gt;正文</div></div>
<script language="javascript" src="/system/resource/js/vsbscreen.min.js" id="_vsbscreen" devices="pc|pad|mobile"></script>
<form name="_newscontent_fromname">
<div class="nr-title"><h2>学院举行2021年大学生创新创业训练计划项目中期检查</h2></div>
<div class="nr-info"><span>发布时间：2021年04月16日 16:20</span><span>发布者：机械学院</span><span>点击：<script>_showDynClicks("wbnews", 1712345678, 4518)</script></span></div>
<div id="vsb_content"><div class="v_news_content">
<p style="text-indent:2em;">4月15日下午，学院在实验楼B201会议室举行2021年大学生创新创业训练计划项目中期检查。学院教学副院长、专家组成员及36个项目团队的负责人参加检查。</p>
<p class="vsbcontent_img" style="text-align:center;"><img width="600" src="/__local/8/3C/2A/F1D2E3C4B5A6978812345678ABC_9D8E7F6A_1A2B3.jpg" vsbhref="vurl" vurl="/_vsl/8E3C2AF1D2E3C4B5A6978812345678ABC/9D8E7F6A/1A2B3" vheight="" vwidth="600" orisrc="/__local/8/3C/2A/F1D2E3C4B5A6978812345678ABC_9D8E7F6A_1A2B3.jpg" class="img_vsb_content" /></p>
<p style="text-align:center;">检查现场</p>
<p style="text-indent:2em;">各项目团队依次汇报了项目研究进展、阶段性成果、经费使用情况及下一步工作计划，专家组逐一进行点评，并就实验方案设计、样机加工和论文撰写等提出改进建议。</p>
<p style="text-indent:2em;">经专家组评议，32个项目通过中期检查，4个项目需限期整改，整改情况将于5月20日前复查。</p>
<p style="text-indent:2em;">教学副院长在总结时希望各团队珍惜训练机会，把课堂所学用于解决工程实际问题，力争在今年的“挑战杯”等学科竞赛中取得佳绩。</p>
</div></div>
<div id="div_vote_id"></div>
<p class="nr-zz">撰稿：刘思远　摄影：陈俊杰　初审：黄丽　复审：王建国　终审：周海涛</p>
<div class="nr-fy"><p>上一条：<a href="4519.htm">学院召开2021年学生工作会议</a></p><p>下一条：<a href="4517.htm">我院教师在全国机械创新设计大赛中获一等奖</a></p></div>
</form>
<div class="nr-xg"><h3>相关新闻</h3><ul>
{dated([("学院举行2020年大学生创新创业训练计划项目结题答辩", "2020-11-27"), ("学院召开大学生科技创新工作推进会", "2021-03-12")], href="../../info/1032/{i}.htm", start=4380)}
</ul></div>
</div>
</div>
<div class="foot"><div class="w1200"><p>地址：宁江市江北区工大路88号　邮编：315212　电话：0574-87610000</p>
<p>版权所有 &copy; 宁江工业大学机械工程学院　<a href="https://beian.miit.example.cn/" target="_blank">浙ICP备05002345号</a></p></div></div>
</body>
</html>
"""

# (2) a 教务处 site on a PHP 高校站群 (show/id/NNN.html): the title in h3.show-title, the date ONLY as the line
# div.show-date "发布日期：2021年03月05日" (no time, no 来源, no counter), the body in div.show-content carrying
# deadlines of other days (3月12日前, 3月15日至19日) and a signature, then OUTSIDE it div.show-attach of 附件下载 links,
# 上一篇/下一篇, a left 通知公告 sub-menu and a 最新通知 list with dates
JWC_NOTICE_ATTACH = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>关于做好2021年春季学期开学补考工作的通知 - 宁江海洋大学教务处</title>
<link rel="stylesheet" href="/static/jwc/css/style.css">
<script src="/static/jwc/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="header"><div class="container"><div class="logo"><a href="/"><img src="/static/jwc/images/logo.png" alt="宁江海洋大学教务处"></a></div>
<div class="quick"><a href="http://www.njhy.example.edu.cn/">学校主页</a><a href="http://jwxt.njhy.example.edu.cn/" target="_blank">教务管理系统</a><a href="/list/id/40.html">办事指南</a></div></div></div>
<div class="menu"><div class="container"><ul><li><a href="/">首页</a></li>{links(["机构设置", "通知公告", "教学运行", "考试管理", "学籍管理", "实践教学", "教学研究", "质量监控", "下载中心"], href="/list/id/{i}.html", start=31)}</ul></div></div>
<div class="container page clearfix">
<div class="side"><h2>通知公告</h2><ul>{links(["教学运行", "考试通知", "学籍通知", "实践教学", "教学研究"], href="/list/id/{i}.html", start=51)}</ul>
<div class="side-news"><h3>最新通知</h3><ul>
{dated([("关于2021年上半年全国大学英语四、六级考试报名的通知", "2021-03-04"), ("2021年春季学期教材发放安排", "2021-03-02"), ("关于开展2021年春季学期期初教学检查的通知", "2021-03-01")], href="/show/id/{i}.html", start=2311)}
</ul></div></div>
<div class="main">
<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/list/id/32.html">通知公告</a> &gt; <a href="/list/id/52.html">考试通知</a></div>
<div class="show">
<h3 class="show-title">关于做好2021年春季学期开学补考工作的通知</h3>
<div class="show-date">发布日期：2021年03月05日</div>
<div class="show-content">
<p>各学院：</p>
<p style="text-indent:2em">根据学校教学工作安排，2021年春季学期开学补考定于第3周（2021年3月15日至19日）进行，现将有关事项通知如下：</p>
<p style="text-indent:2em">一、补考对象：2020-2021学年第一学期课程考核不及格且符合补考条件的学生。</p>
<p style="text-indent:2em">二、各学院须于3月12日前在教务管理系统中完成补考名单核对，并将补考安排表报送教务处考试中心。</p>
<p style="text-indent:2em">三、补考试卷由开课学院负责命题、印制和保管，试卷难度应与正常考试相当。</p>
<p style="text-indent:2em">四、学生须携带学生证和身份证参加补考，无故缺考者按旷考处理。</p>
<p style="text-indent:2em">联系人：吴老师，电话：0580-2265123。</p>
<p style="text-align:right">教务处</p>
<p style="text-align:right">2021年3月5日</p>
</div>
<div class="show-attach"><h4>附件下载：</h4><ul>
<li><a href="/uploads/file/20210305/20210305101523_41235.xlsx" target="_blank">附件1：2021年春季学期开学补考安排表.xlsx</a></li>
<li><a href="/uploads/file/20210305/20210305101531_77821.docx" target="_blank">附件2：补考考场规则.docx</a></li>
</ul></div>
<div class="show-page"><p>上一篇：<a href="/show/id/2312.html">2021年春季学期教材发放安排</a></p><p>下一篇：<a href="/show/id/2316.html">关于2021年春季学期学生重修报名的通知</a></p></div>
</div>
</div>
</div>
<div class="footer"><div class="container"><p>宁江海洋大学教务处 版权所有　地址：宁江市定海区海院路1号　电话：0580-2265000</p>
<p><a href="https://beian.miit.example.cn/" target="_blank">浙ICP备05003456号-2</a></p></div></div>
</body>
</html>
"""

# (3) 博达 (VSB) of 2012, table era, of a 研究生院: the title in td.titlestyle123 (no heading tag; <title> is the
# title and the site), a row of labelled parts 发布时间：2012年03月09日 09:30 / 来源：研究生招生办公室 / 浏览次数
# (a script), the body pasted from Word: p.MsoNormal with <span style="font-family:宋体"> runs and <o:p></o:p>,
# a signature, then an 附件【】已下载 line and 【打印】【关闭】; a left menu table and a 最新通知 table with dates
VSB2012_YJSY_TITLESTYLE = """<HTML><HEAD><TITLE>关于2012年硕士研究生复试工作安排的通知-宁江农林大学研究生院</TITLE>
<META Name="keywords" Content="宁江农林大学研究生院,通知公告" />
<META content="text/html; charset=UTF-8" http-equiv="Content-Type">
<LINK href="images/style.css" type="text/css" rel="stylesheet">
<script language="javascript" src="/system/resource/js/counter.js"></script>
<script language="javascript" src="/system/resource/js/dynclicks.js"></script>
</HEAD>
<BODY leftMargin=0 topMargin=0 marginheight="0" marginwidth="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="120" background="images/top_bg.jpg"><img src="images/logo.png" alt="宁江农林大学研究生院"></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="menu"><tr>
<td><a href="index.htm">首　页</a></td><td><a href="yjsygk.htm">研究生院概况</a></td><td><a href="tzgg.htm">通知公告</a></td><td><a href="zsgz.htm">招生工作</a></td><td><a href="pygz.htm">培养工作</a></td><td><a href="xwgz.htm">学位工作</a></td><td><a href="dsdw.htm">导师队伍</a></td><td><a href="xzzq.htm">下载专区</a></td><td><a href="lxwm.htm">联系我们</a></td>
</tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="220" valign="top" class="left_bg">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="lm_name" height="40">招生工作</td></tr>
<tr><td class="lm_item"><a href="zsgz/bszs.htm">博士招生</a></td></tr><tr><td class="lm_item"><a href="zsgz/sszs.htm">硕士招生</a></td></tr><tr><td class="lm_item"><a href="zsgz/tmsszs.htm">推免生招生</a></td></tr><tr><td class="lm_item"><a href="zsgz/zsjz.htm">招生简章</a></td></tr></table>
<table width="100%" border="0" cellpadding="0" cellspacing="0" class="zxtz"><tr><td class="lm_name" height="32">最新通知</td></tr>
<tr><td><a href="info/1012/2203.htm">2012年博士研究生招生考试成绩查询</a> <span>2012-03-08</span></td></tr>
<tr><td><a href="info/1012/2199.htm">关于开展研究生学位论文抽检工作的通知</a> <span>2012-03-02</span></td></tr>
<tr><td><a href="info/1012/2188.htm">2012年研究生国家助学金发放办法</a> <span>2012-02-24</span></td></tr></table>
</td>
<td width="760" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td height="36" class="dqwz">当前位置：<a href="index.htm">首页</a> &gt;&gt; <a href="zsgz.htm">招生工作</a> &gt;&gt; <a href="zsgz/sszs.htm">硕士招生</a> &gt;&gt; 正文</td></tr></table>
<form name="form123a">
<table width="95%" border="0" align="center" cellpadding="0" cellspacing="0" class="winstyle123">
<tr><td align="center" height="50" class="titlestyle123">关于2012年硕士研究生复试工作安排的通知</td></tr>
<tr><td align="center" height="28" class="timestyle123">发布时间：2012年03月09日 09:30&nbsp;&nbsp;&nbsp;&nbsp;来源：研究生招生办公室&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<script>_showDynClicks("wbnews", 1145678901, 2210)</script></td></tr>
<tr><td height="1" bgcolor="#cccccc"></td></tr>
<tr><td class="contentstyle123"><div id="vsb_content_4">
<p class="MsoNormal" style="text-indent:21.0pt"><span style="font-family:宋体;font-size:12pt">各招生学院：</span><span lang="EN-US"><o:p></o:p></span></p>
<p class="MsoNormal" style="text-indent:24.0pt"><span style="font-family:宋体;font-size:12pt">根据教育部有关文件精神，结合我校实际，现将</span><span lang="EN-US" style="font-size:12pt">2012</span><span style="font-family:宋体;font-size:12pt">年硕士研究生复试工作安排通知如下。</span><span lang="EN-US"><o:p></o:p></span></p>
<p class="MsoNormal" style="text-indent:24.0pt"><span style="font-family:宋体;font-size:12pt">一、复试时间：各学院复试工作须在</span><span lang="EN-US" style="font-size:12pt">4</span><span style="font-family:宋体;font-size:12pt">月</span><span lang="EN-US" style="font-size:12pt">10</span><span style="font-family:宋体;font-size:12pt">日前完成。</span><span lang="EN-US"><o:p></o:p></span></p>
<p class="MsoNormal" style="text-indent:24.0pt"><span style="font-family:宋体;font-size:12pt">二、复试内容包括专业课笔试、综合面试和外语听说能力测试，复试成绩满分为</span><span lang="EN-US" style="font-size:12pt">300</span><span style="font-family:宋体;font-size:12pt">分。</span><span lang="EN-US"><o:p></o:p></span></p>
<p class="MsoNormal" style="text-indent:24.0pt"><span style="font-family:宋体;font-size:12pt">三、各学院须将复试方案于</span><span lang="EN-US" style="font-size:12pt">3</span><span style="font-family:宋体;font-size:12pt">月</span><span lang="EN-US" style="font-size:12pt">20</span><span style="font-family:宋体;font-size:12pt">日前报研究生院备案，并在学院网站公布。</span><span lang="EN-US"><o:p></o:p></span></p>
<p class="MsoNormal" align="right" style="text-align:right"><span style="font-family:宋体;font-size:12pt">研究生院</span><span lang="EN-US"><o:p></o:p></span></p>
<p class="MsoNormal" align="right" style="text-align:right"><span style="font-family:宋体;font-size:12pt">2012年3月8日</span><span lang="EN-US"><o:p></o:p></span></p>
</div><div id="div_vote_id"></div></td></tr>
<tr><td align="left" class="attachstyle123"><span class="attachstyle123">附件【<a href="/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner=1145678901&wbfileid=998877" class="attachstyle123" target="_blank">2012年硕士研究生复试分数线.xls</a>】已下载<span id="nattach998877"><script language="javascript">getClickTimes(998877,1145678901,"wbnewsfile","attach")</script></span>次</span></td></tr>
<tr><td align="right" height="30">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.opener=null;window.open('','_self');window.close();">关闭</a>】</td></tr>
</table>
</form>
</td>
</tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom"><tr><td align="center" height="80">
版权所有 &copy; 宁江农林大学研究生院　地址：宁江市临江区农林大道666号　邮编：311300<br>浙ICP备05004567号
</td></tr></table>
</BODY></HTML>
"""

# (4) a Drupal 7 bilingual site of a university's 国际合作与交流处: a 中文 | English switcher, the Chinese title in
# h1#page-title, the date ONLY as an English field value "Mar 5, 2021" (span.date-display-single, no machine
# date), a labelled field "来源 Source:" whose item is the office, the body in div.field-name-body: Chinese
# paragraphs then the English version; tags, a block of Recent News with English dates, the Drupal footer region
DRUPAL_BILINGUAL = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-hans" version="XHTML+RDFa 1.0" dir="ltr">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="/node/1286" />
<link rel="shortlink" href="/node/1286" />
<title>我校与英国北桥大学签署本科生联合培养协议 | 宁江外国语大学国际合作与交流处 Office of International Cooperation and Exchange</title>
<style type="text/css" media="all">@import url("http://io.njwy.example.edu.cn/sites/all/themes/njwy/css/style.css?q8xk2p");</style>
<script type="text/javascript" src="http://io.njwy.example.edu.cn/misc/jquery.js?v=1.4.4"></script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-1286 node-type-news i18n-zh-hans">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">跳转到主要内容</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix">
<a href="/" title="首页" rel="home" id="logo"><img src="http://io.njwy.example.edu.cn/sites/default/files/logo.png" alt="首页" /></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="首页" rel="home"><span>宁江外国语大学国际合作与交流处</span></a></strong></div><div id="site-slogan">Office of International Cooperation and Exchange</div></div>
<div class="region region-header"><div id="block-locale-language" class="block block-locale"><ul class="language-switcher-locale-url"><li class="zh-hans first active"><a href="/node/1286" class="language-link active" xml:lang="zh-hans">中文</a></li><li class="en last"><a href="/en/node/1287" class="language-link" xml:lang="en">English</a></li></ul></div></div>
</div></div>
<div id="navigation"><div class="section"><ul id="main-menu" class="links inline clearfix">
<li class="menu-218 first"><a href="/">首页 Home</a></li>{links(["机构概况 About Us", "国际交流 Exchanges", "留学生 International Students", "出国境 Going Abroad", "外籍专家 Foreign Experts", "孔子学院 Confucius Institutes", "合作伙伴 Partners", "下载 Downloads"], href="/node/{i}", item='<li class="menu-leaf"><a href="{href}">{n}</a></li>', start=11)}
</ul></div></div>
<div id="breadcrumb"><h2 class="element-invisible">您在这里</h2><div class="breadcrumb"><a href="/">首页 Home</a> » <a href="/news">新闻 News</a> » 我校与英国北桥大学签署本科生联合培养协议</div></div>
<div id="main-wrapper"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section">
<a id="main-content"></a>
<h1 class="title" id="page-title">我校与英国北桥大学签署本科生联合培养协议</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system">
<div class="content"><div id="node-1286" class="node node-news clearfix" about="/node/1286" typeof="sioc:Item foaf:Document">
<div class="content">
<div class="field field-name-field-news-date field-type-datetime field-label-hidden"><div class="field-items"><div class="field-item even"><span class="date-display-single">Mar 5, 2021</span></div></div></div>
<div class="field field-name-field-source field-type-text field-label-inline clearfix"><div class="field-label">来源 Source:&nbsp;</div><div class="field-items"><div class="field-item even">国际合作与交流处</div></div></div>
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
<p>3月4日，我校与英国北桥大学以线上方式签署本科生“2+2”联合培养协议。副校长陈卫东与北桥大学副校长Margaret Hollis分别代表两校签字。</p>
<p>根据协议，我校英语、翻译和国际商务专业学生在我校完成前两年学业后，可赴北桥大学完成后两年学习，成绩合格者可获得两校学士学位。</p>
<p>On March 4, Ningjiang International Studies University and Northbridge University (UK) signed an online agreement on a 2+2 joint undergraduate programme.</p>
<p>Students of English, Translation and International Business will spend their first two years in Ningjiang and their last two years at Northbridge, and will be awarded degrees by both universities.</p>
</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">标签 Tags:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/taxonomy/term/23">合作办学</a></div><div class="field-item odd"><a href="/taxonomy/term/31">英国</a></div></div></div>
</div>
<ul class="links inline"><li class="translation_en first last"><a href="/en/node/1287" title="Ningjiang Signs 2+2 Agreement with Northbridge University" class="translation-link" xml:lang="en">English</a></li></ul>
</div></div></div></div>
</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
<div id="block-views-news-block-1" class="block block-views"><h2>最新动态 Recent News</h2><div class="content"><div class="view view-news"><div class="view-content"><ul>
{dated([("北桥大学代表团线上访问我校", "Jan 21, 2021"), ("我校获批3个国家留学基金委创新型人才国际合作培养项目", "Dec 18, 2020"), ("2021年春季学期海外交流项目开始报名", "Feb 26, 2021")], href="/node/{i}", item='<li class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{href}">{t}</a></span></div><div class="views-field views-field-field-news-date"><div class="field-content"><span class="date-display-single">{d}</span></div></div></li>', start=1240)}
</ul></div></div></div></div>
</div></div></div>
</div></div>
<div id="footer"><div class="section"><div class="region region-footer"><div id="block-block-1" class="block block-block"><div class="content">
<p>地址：宁江市鄞江区学院路2号　Add: No. 2 Xueyuan Road, Ningjiang　电话 Tel: 0574-88220000</p>
<p>Copyright &copy; 2021 宁江外国语大学 版权所有　<a href="https://beian.miit.example.cn/">浙ICP备05005678号</a></p>
</div></div></div></div></div>
</div></div>
</body>
</html>
"""

# (5) a university 信息公开网 (xxgk.…/Detail.aspx?id=) in the 高校 catalogue shape: a 信息公开目录 tree of the ten
# 高校 categories on the left, then table.xxgk-info of 索取号 / 信息类别 / 信息名称 (the title again) / 发布机构 /
# 文号 / 产生日期 (the day the document was made, three days earlier) / 发布日期 / 公开类别 / 关键词, the title in h2,
# the body in div#xxgk-content ending with a dated signature, a 附件 line, 【打印本页】【关闭窗口】; no 来源
XXGK_UNIV_CATALOGUE = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>宁江师范大学信息公开网</title>
<link href="/xxgk/css/xxgk.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/xxgk/js/jquery.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="Detail.aspx?id=1523" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkN3qP2cXj0yYb8vS1" /></div>
<div class="head"><div class="logo"><img src="/xxgk/images/logo.png" alt="宁江师范大学信息公开网" /></div>
<div class="head-r"><a href="http://www.njsd.example.edu.cn/">学校主页</a> | <a href="/xxgk/Guide.aspx">信息公开指南</a> | <a href="/xxgk/Apply.aspx">依申请公开</a></div></div>
<div class="nav"><ul><li><a href="/xxgk/">首页</a></li>{links(["信息公开指南", "信息公开目录", "信息公开制度", "依申请公开", "信息公开年度报告", "信息公开意见箱"], href="/xxgk/Column.aspx?id={i}", start=1)}</ul></div>
<div class="main">
<div class="left"><div class="tree-title">信息公开目录</div><ul class="tree">
{links(["基本信息", "招生考试信息", "财务、资产及收费信息", "人事师资信息", "教学质量信息", "学生管理服务信息", "学风建设信息", "学位、学科信息", "对外交流与合作信息", "其他"], href="/xxgk/List.aspx?cid={i}", start=101)}
</ul></div>
<div class="right">
<div class="position">您现在的位置：<a href="/xxgk/">首页</a> &gt; <a href="/xxgk/Column.aspx?id=2">信息公开目录</a> &gt; <a href="/xxgk/List.aspx?cid=103">财务、资产及收费信息</a></div>
<table class="xxgk-info" width="100%" border="0" cellspacing="1" cellpadding="0">
<tr><th width="12%">索 取 号：</th><td width="38%">G0123-0301-2017-0058</td><th width="12%">信息类别：</th><td width="38%">财务、资产及收费信息</td></tr>
<tr><th>信息名称：</th><td colspan="3">宁江师范大学2017年部门预算公开</td></tr>
<tr><th>发布机构：</th><td>计划财务处</td><th>文　　号：</th><td>宁师大财〔2017〕12号</td></tr>
<tr><th>产生日期：</th><td>2017-06-23</td><th>发布日期：</th><td>2017-06-26</td></tr>
<tr><th>公开类别：</th><td>主动公开</td><th>关 键 词：</th><td>部门预算</td></tr>
</table>
<div class="xxgk-title"><h2>宁江师范大学2017年部门预算公开</h2></div>
<div id="xxgk-content">
<p style="text-indent:2em;">根据《高等学校信息公开办法》和省财政厅关于部门预算公开的有关要求，现将我校2017年部门预算公开如下。</p>
<p style="text-indent:2em;">一、收入预算。2017年学校收入预算总计128600万元，其中财政拨款收入76400万元，事业收入41200万元，其他收入11000万元。</p>
<p style="text-indent:2em;">二、支出预算。2017年学校支出预算总计128600万元，其中基本支出98300万元，项目支出30300万元。</p>
<p style="text-indent:2em;">三、“三公”经费预算。2017年“三公”经费预算合计186万元，比上年减少12万元。</p>
<p style="text-align:right;">宁江师范大学计划财务处</p>
<p style="text-align:right;">2017年6月23日</p>
</div>
<div class="xxgk-attach">附件：<a href="/xxgk/UploadFiles/2017/06/201706261015236.pdf" target="_blank">宁江师范大学2017年部门预算表.pdf</a></div>
<div class="xxgk-tools">【<a href="javascript:window.print();">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】</div>
</div>
</div>
<div class="foot"><p>宁江师范大学 版权所有　地址：宁江市江东区师大路1号　邮编：315100</p><p>浙ICP备05006789号　信息公开联系电话：0574-87080000</p></div>
</form>
</body>
</html>
"""

# (6) a 校报 数字报 (ASP.NET, Article.aspx?id=&period=, 2015): the masthead "宁江理工大学报" with the issue line
# "2015年3月20日 星期五　第612期" (the ONLY date of the article: none in the URL, none beside the title), a
# 版面导航 of 第01版…第04版 with PDF links, the page picture with an image map of <area title="…">, 本版标题, then
# the article: h3.yinti (引题), h1, div.author "文/…", the body in div#articleContent (本报讯 opening); 往期回顾
XIAOBAO_EPAPER = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>宁江理工大学报数字版</title>
<link href="css/paper.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/map.js"></script>
</head>
<body>
<form name="form1" method="post" action="Article.aspx?id=3527&amp;period=612" id="form1">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTExMjM0NTY3ODlkZGXk8x1qN0s=" /></div>
<div class="masthead"><div class="paper-name"><img src="images/xbname.png" alt="宁江理工大学报" /></div>
<div class="paper-issue">2015年3月20日 星期五　第612期</div>
<div class="paper-links"><a href="Default.aspx">首页</a> | <a href="History.aspx">往期回顾</a> | <a href="http://www.njlg.example.edu.cn/">学校主页</a> | <a href="http://news.njlg.example.edu.cn/">新闻网</a></div></div>
<div class="paper-main">
<div class="paper-left">
<div class="page-nav"><h3>版面导航</h3><ul>
<li><a href="Page.aspx?period=612&amp;page=1">第01版：要闻</a> <a href="pdf/612/01.pdf">PDF</a></li>
<li><a href="Page.aspx?period=612&amp;page=2">第02版：综合新闻</a> <a href="pdf/612/02.pdf">PDF</a></li>
<li class="cur"><a href="Page.aspx?period=612&amp;page=3">第03版：校园文化</a> <a href="pdf/612/03.pdf">PDF</a></li>
<li><a href="Page.aspx?period=612&amp;page=4">第04版：副刊</a> <a href="pdf/612/04.pdf">PDF</a></li></ul></div>
<div class="page-pic"><img src="images/612/03s.jpg" usemap="#PagePicMap" width="320" border="0" />
<map name="PagePicMap">
<area shape="poly" coords="12,30,310,30,310,210,12,210" href="Article.aspx?id=3527&amp;period=612" title="我校学生话剧社原创话剧《灯塔》首演" />
<area shape="poly" coords="12,215,150,215,150,420,12,420" href="Article.aspx?id=3528&amp;period=612" title="图书馆推出“阅读马拉松”活动" />
<area shape="poly" coords="155,215,310,215,310,420,155,420" href="Article.aspx?id=3529&amp;period=612" title="春日校园" />
</map></div>
<div class="page-titles"><h3>本版标题</h3><ul>
<li><a href="Article.aspx?id=3527&amp;period=612">我校学生话剧社原创话剧《灯塔》首演</a></li>
<li><a href="Article.aspx?id=3528&amp;period=612">图书馆推出“阅读马拉松”活动</a></li>
<li><a href="Article.aspx?id=3529&amp;period=612">春日校园</a></li></ul></div>
</div>
<div class="paper-right">
<div class="art-page">第03版：校园文化</div>
<h3 class="yinti">致敬坚守海岛的灯塔工人</h3>
<h1 class="art-title">我校学生话剧社原创话剧《灯塔》首演</h1>
<div class="author">文/记者团 孙雨桐</div>
<div id="articleContent">
<p>本报讯　3月17日晚，由我校学生话剧社创作排演的原创话剧《灯塔》在大学生活动中心首演，800余名师生观看了演出。</p>
<p>该剧以一家三代灯塔工人坚守海岛的故事为主线，讲述了他们在风浪中守护航道安全的平凡与伟大。剧本由话剧社成员历时半年创作完成，其间主创团队两次登岛采访。</p>
<p>演出结束后，全场观众起立鼓掌。剧中饰演老灯塔工的机械专业学生王浩说，排练让他真正理解了“坚守”二字的分量。</p>
<p>据悉，《灯塔》将于4月参加全省大学生戏剧节展演。</p>
</div>
<div class="art-nav"><a href="Article.aspx?id=3526&amp;period=612">上一篇</a> | <a href="Page.aspx?period=612&amp;page=3">返回版面</a> | <a href="Article.aspx?id=3528&amp;period=612">下一篇</a></div>
</div>
</div>
<div class="paper-foot"><p>宁江理工大学党委宣传部主办　宁江理工大学报编辑部 版权所有</p><p>地址：宁江市北仑区理工路99号　浙ICP备05007890号</p></div>
</form>
</body>
</html>
"""

# (7) an 帝国CMS 7.5 (EmpireCMS) 学院 site, 2020: the title in h2 of div.news-show, div.news-meta "时间：2020-03-26
# 10:12:31　来源：学工办　浏览：<script src=/e/public/ViewClick/…>", the body ONE paragraph and a pdf.js viewer
# <iframe src="/pdfjs/web/viewer.html?file=…pdf"> (the document itself, no text of it on the page), then 上一篇/下一篇,
# 相关文章 with dates and a left 通知公告 column
EMPIRE_IFRAME_PDF = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>护理学院2020年硕士研究生招生复试工作细则-宁江医科大学护理学院</title>
<meta name="keywords" content="复试,硕士研究生,护理学院">
<meta name="description" content="现将《护理学院2020年硕士研究生招生复试工作细则》公布如下">
<link href="/skin/hlxy/css/style.css" rel="stylesheet" type="text/css">
</head>
<body>
<div class="header"><div class="wrap"><a class="logo" href="/"><img src="/skin/hlxy/images/logo.png" alt="宁江医科大学护理学院"></a>
<div class="search"><form name="searchform" method="post" action="/e/search/index.php"><input type="hidden" name="show" value="title"><input name="keyboard" type="text" placeholder="站内搜索"><input type="submit" value="搜索"></form></div></div></div>
<div class="nav"><div class="wrap"><ul><li><a href="/">首页</a></li>{links(["学院概况", "新闻动态", "通知公告", "师资队伍", "人才培养", "科学研究", "学生工作", "党建园地", "招生就业"], href="/{i}/", start=1)}</ul></div></div>
<div class="wrap main">
<div class="side"><h3>通知公告</h3><ul>{links(["学院通知", "研究生招生", "本科教学", "学生工作"], href="/tzgg/{i}/", start=31)}</ul>
<h3>最新通知</h3><ul>
{dated([("关于2020年春季学期延期返校期间线上教学安排的通知", "2020-03-02"), ("护理学院2020年硕士研究生复试名单公示", "2020-03-24")], href="/tzgg/yjszs/2020-03-{i}/1523.html", start=10)}
</ul></div>
<div class="content">
<div class="position">当前位置：<a href="/">首页</a>&nbsp;>&nbsp;<a href="/tzgg/">通知公告</a>&nbsp;>&nbsp;<a href="/tzgg/yjszs/">研究生招生</a></div>
<div class="news-show">
<h2>护理学院2020年硕士研究生招生复试工作细则</h2>
<div class="news-meta">时间：2020-03-26 10:12:31　来源：学工办　浏览：<script src=/e/public/ViewClick/?classid=32&id=1531&addclick=1></script>次</div>
<div class="news-body">
<p style="text-indent:2em;">现将《宁江医科大学护理学院2020年硕士研究生招生复试工作细则》公布如下，请各位考生认真阅读并按要求做好复试准备。</p>
<p><iframe src="/pdfjs/web/viewer.html?file=/d/file/tzgg/yjszs/2020-03-26/7f3a9c2e1b4d5f60a8e7.pdf" width="100%" height="900" frameborder="0" scrolling="no"></iframe></p>
</div>
<div class="news-pn"><p>上一篇：<a href="/tzgg/yjszs/2020-03-24/1528.html">护理学院2020年硕士研究生复试名单公示</a></p><p>下一篇：<a href="/tzgg/yjszs/2020-04-08/1560.html">护理学院2020年硕士研究生拟录取名单公示</a></p></div>
<div class="news-rel"><h4>相关文章</h4><ul>
{dated([("护理学院2019年硕士研究生招生复试工作细则", "2019-03-18"), ("护理学院2020年推荐免试研究生工作实施细则", "2019-09-16")], href="/tzgg/yjszs/{i}.html", start=1201)}
</ul></div>
</div>
</div>
</div>
<div class="footer"><div class="wrap"><p>宁江医科大学护理学院 版权所有　地址：宁江市江北区医大路1号　电话：0574-87350000</p><p><a href="https://beian.miit.example.cn/">浙ICP备05008901号</a>　Powered by EmpireCMS</p></div></div>
</body>
</html>
"""

# (8) the mobile m. template of a university 新闻网 (2023): a fixed header whose <h1> holds the SITE's name beside
# 返回 and 菜单 buttons, a hidden drawer nav of all columns, the title in div.m-title (no heading tag), div.m-info of
# spans (2023-05-18 / 来源：党委宣传部 / 阅读 n), the body in div.m-content with a photo, then 相关阅读 with dates,
# a bottom bar 首页/要闻/视频/我的 and 电脑版 | 手机版 above the footer
MOBILE_XINWENWANG = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>我校在全省大学生职业规划大赛中获佳绩</title>
<link rel="stylesheet" href="/m/css/m.css?v=20230301">
<script src="/m/js/zepto.min.js"></script>
</head>
<body class="m-article-page">
<header class="m-header"><a class="m-back" href="javascript:history.back();">返回</a><h1 class="m-site">宁江科技大学新闻网</h1><a class="m-menu-btn" href="javascript:;" id="menuBtn">菜单</a></header>
<nav class="m-drawer" id="drawer" style="display:none"><ul><li><a href="/m/">首页</a></li>{links(["学校要闻", "综合新闻", "学院动态", "媒体科大", "校园人物", "视频新闻", "图片新闻", "专题报道", "科大校报"], href="/m/list/{i}.html", start=1)}</ul></nav>
<div class="m-crumb"><a href="/m/">首页</a> / <a href="/m/list/2.html">综合新闻</a></div>
<article class="m-article">
<div class="m-title">我校在全省大学生职业规划大赛中获佳绩</div>
<div class="m-info"><span class="m-date">2023-05-18</span><span class="m-from">来源：党委宣传部</span><span class="m-read">阅读 <em id="readNum">1268</em></span></div>
<div class="m-content">
<p>5月16日至17日，第十二届全省大学生职业规划大赛决赛在宁江举行。我校学生获得一等奖2项、二等奖3项，学校获优秀组织奖。</p>
<p><img src="/upload/2023/05/18/20230518093012_611.jpg" alt=""></p>
<p>本届大赛共有全省68所高校的1.2万余名学生报名参赛，分成长赛道和就业赛道进行。我校参赛选手围绕专业所长和职业目标，展示了清晰的生涯规划和扎实的实践积累。</p>
<p>学校就业指导中心自去年秋季起组织校内选拔和集中培训，邀请企业人力资源专家担任指导教师。</p>
</div>
</article>
<section class="m-related"><h3>相关阅读</h3><ul>
{dated([("我校举行2023届毕业生春季双选会", "2023-04-08"), ("学校召开2023年就业工作推进会", "2023-03-15")], href="/m/info/{i}.html", item='<li><a href="{href}"><p>{t}</p><time>{d}</time></a></li>', start=23380)}
</ul></section>
<div class="m-switch"><a href="http://news.njkj.example.edu.cn/info/1002/23456.htm">电脑版</a> | <span>手机版</span></div>
<footer class="m-footer"><p>宁江科技大学党委宣传部 版权所有</p><p>浙ICP备05009012号</p></footer>
<div class="m-tabbar"><a href="/m/">首页</a><a href="/m/list/1.html">要闻</a><a href="/m/list/6.html">视频</a><a href="/m/user/">我的</a></div>
</body>
</html>
"""

# (9) a 2008 ASP.NET 2.0 site of a university 校团委 (GBK, NewsShow.aspx?id=): __VIEWSTATE, a table layout, the title
# in <span id="lblTitle">, one centred row "发布时间：<span id="lblDate">2008-4-11 16:35:20</span>　来源：<span
# id="lblFrom">…</span>　点击：<span id="lblHits">…</span>", the body in <span id="lblContent"> as &nbsp;-indented
# <br> lines, [打印此页] [关闭窗口], a 最新动态 table with (4-8) dates and the footer
ASPNET2008_LBL = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" >
<head><title>
	宁江大学共青团网站
</title><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><link href="css/main.css" rel="stylesheet" type="text/css" /></head>
<body>
<form name="form1" method="post" action="NewsShow.aspx?id=1187" id="form1">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTcxMjM0NTY3OA9kFgICAw9kFgYCAQ8PFgIeBFRleHQFLeWbouWnlA==" />
</div>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/banner.jpg" width="778" height="130" alt="宁江大学共青团" /></td></tr>
<tr><td class="nav" height="30" align="center"><a href="Default.aspx">首页</a> | <a href="NewsList.aspx?cid=1">团情快讯</a> | <a href="NewsList.aspx?cid=2">通知公告</a> | <a href="NewsList.aspx?cid=3">组织建设</a> | <a href="NewsList.aspx?cid=4">青年志愿者</a> | <a href="NewsList.aspx?cid=5">社会实践</a> | <a href="NewsList.aspx?cid=6">学生社团</a> | <a href="NewsList.aspx?cid=7">资料下载</a></td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="200" valign="top" bgcolor="#F5F8FC">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="lefttitle">团情快讯</td></tr>
<tr><td><a href="NewsList.aspx?cid=1&amp;sid=11">校团委动态</a><br /><a href="NewsList.aspx?cid=1&amp;sid=12">基层团讯</a><br /><a href="NewsList.aspx?cid=1&amp;sid=13">青春风采</a></td></tr>
<tr><td class="lefttitle">最新动态</td></tr>
<tr><td><a href="NewsShow.aspx?id=1185">校团委召开学生干部培训会</a> (4-9)<br /><a href="NewsShow.aspx?id=1181">“五四”评优工作启动</a> (4-3)<br /><a href="NewsShow.aspx?id=1176">青年志愿者清明节走进敬老院</a> (4-3)</td></tr>
</table>
</td>
<td width="578" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="28" class="position">&nbsp;当前位置：<a href="Default.aspx">首页</a> &gt; <a href="NewsList.aspx?cid=1">团情快讯</a> &gt; 正文</td></tr>
<tr><td height="50" align="center" class="newstitle"><span id="lblTitle">我校举行第三届大学生“挑战杯”课外学术科技作品竞赛终审答辩会</span></td></tr>
<tr><td height="24" align="center" class="newsinfo">发布时间：<span id="lblDate">2008-4-11 16:35:20</span>　来源：<span id="lblFrom">校团委</span>　点击：<span id="lblHits">236</span></td></tr>
<tr><td height="1" bgcolor="#CCCCCC"></td></tr>
<tr><td class="newscontent" style="padding:10px;line-height:180%"><span id="lblContent">&nbsp;&nbsp;&nbsp;&nbsp;4月10日下午，我校第三届大学生“挑战杯”课外学术科技作品竞赛终审答辩会在图书馆学术报告厅举行。<br />&nbsp;&nbsp;&nbsp;&nbsp;本届竞赛自去年10月启动以来，共收到参赛作品186件，经各学院初评和学校复评，42件作品进入终审答辩。<br />&nbsp;&nbsp;&nbsp;&nbsp;答辩中，参赛学生通过多媒体演示、实物展示等方式介绍作品，评委就作品的创新点和应用前景进行提问。<br />&nbsp;&nbsp;&nbsp;&nbsp;最终评出特等奖3项、一等奖8项、二等奖15项，优秀作品将推荐参加全省“挑战杯”竞赛。</span></td></tr>
<tr><td height="30" align="right">[<a href="javascript:window.print()">打印此页</a>] [<a href="javascript:window.close()">关闭窗口</a>]&nbsp;</td></tr>
</table>
</td>
</tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">
<tr><td align="center" height="60">共青团宁江大学委员会 版权所有 &copy; 2008<br />地址：宁江市江北区风华路818号学生活动中心三楼　浙ICP备05000123号</td></tr>
</table>
</form>
</body>
</html>
"""

# (10) a university 新闻网 on 方正翔宇 (Founder Xiangyu) CMS (content_NNNN.htm, 2016): an <!--enpproperty …-->
# comment in the head holding <date>, <author>, <title> and <siteid>, the title in td.bt, a line "2016-11-08 15:32
# 来源：本站原创 作者：… 编辑：…" where the 来源 is the literal "本站原创", the body between <!--enpcontent--> and
# <!--/enpcontent--> marks in td.content_txt, a photo table with its caption inside them, 相关新闻 and 热点排行
# columns with dates
FOUNDER_ENPCONTENT = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>宁江财经大学新闻网</title>
<!--enpproperty <articleid>20611</articleid><date>2016-11-08 15:32:40.0</date><author>林晓</author><title>我校举办第二届“财经与数据科学”国际学术研讨会</title><keyword>学术研讨会,数据科学</keyword><subtitle></subtitle><introtitle></introtitle><siteid>3</siteid><nodeid>11</nodeid><nodename>学校要闻</nodename><nodesearchname></nodesearchname>/enpproperty-->
<!--enpproperty <date>2016-11-08 15:32:40.0</date><author>林晓</author><title>我校举办第二届“财经与数据科学”国际学术研讨会</title>/enpproperty-->
<link href="/images/news2016.css" rel="stylesheet" type="text/css" />
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
<tr><td width="420"><a href="/"><img src="/images/logo.png" alt="宁江财经大学新闻网" border="0" /></a></td>
<td align="right"><a href="http://www.njcj.example.edu.cn/" target="_blank">学校首页</a> | <a href="/node_31.htm">校报</a> | <a href="/node_41.htm">投稿须知</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="menu"><tr><td>
<a href="/">首页</a>{links(["学校要闻", "综合新闻", "学院动态", "媒体财大", "校园人物", "图片新闻", "视频财大", "专题报道"], href="/node_{i}.htm", item=' | <a href="{href}">{n}</a>', start=11)}
</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="30" class="dqwz">您当前的位置：<a href="/" class="daohang">首页</a> &gt; <a href="/node_11.htm" class="daohang">学校要闻</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="700" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td align="center" class="bt">我校举办第二届“财经与数据科学”国际学术研讨会</td></tr>
<tr><td align="center" class="xx">2016-11-08 15:32　来源：本站原创　作者：林晓　编辑：高洁</td></tr>
<tr><td class="content_txt">
<!--enpcontent--><p>11月5日至6日，我校举办第二届“财经与数据科学”国际学术研讨会。来自美国、英国、新加坡等国家和地区以及国内30余所高校的120余位专家学者参加会议。</p>
<table align="center" border="0" width="560"><tr><td><img src="/images/2016-11/08/a6f1e2d3-4c5b-6a79-8812-34567890abcd.jpg" width="560" border="0" /></td></tr><tr><td align="center">研讨会现场</td></tr></table>
<p>研讨会设置大数据与金融风险、机器学习与经济预测、数字经济与公共治理三个分论坛，与会学者围绕数据驱动的经济研究方法展开深入交流。</p>
<p>副校长在开幕式上致辞时表示，学校将以此次研讨会为契机，加强与海内外学术机构的合作，推动财经学科与数据科学的交叉融合。</p>
<p>本次会议由学校统计与数学学院、经济学院联合承办。</p><!--/enpcontent-->
</td></tr>
</table>
<div class="xgxw"><h3>相关新闻</h3><ul>
{dated([("我校举办首届“财经与数据科学”国际学术研讨会", "2015-10-26"), ("统计与数学学院与新加坡两所高校签署合作协议", "2016-09-14")], href="/content/{i}.htm", item='<li><a href="{href}">{t}</a>　{d}</li>', start=19870)}
</ul></div>
</td>
<td width="20"></td>
<td width="280" valign="top">
<div class="rdph"><h3>热点排行</h3><ul>
{dated([("我校获批2项国家社科基金重大项目", "2016-11-02"), ("学校召开第十一次团代会", "2016-10-28"), ("我校学子在全国大学生统计建模大赛中获一等奖", "2016-10-20")], href="/content/{i}.htm", start=20580)}
</ul></div>
</td>
</tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot"><tr><td align="center" height="70">
宁江财经大学党委宣传部 版权所有　投稿信箱：xcb@njcj.example.edu.cn<br />地址：宁江市海曙区财经路18号　浙ICP备05001357号
</td></tr></table>
</body>
</html>
"""

PAGES: list[Page] = [
    Page(
        "univ_vsb_xueyuan_credits_after_body",
        "http://jxxy.njgy.example.edu.cn/info/1032/4518.htm",
        VSB_XUEYUAN_CREDITS,
        "学院举行2021年大学生创新创业训练计划项目中期检查",
        "2021-04-16",
        None,
        "4月15日下午，学院在实验楼B201会议室举行2021年大学生创新创业训练计划项目中期检查。学院教学副院长、专家组成员及36个项目团队的负责人参加检查。",
        "教学副院长在总结时希望各团队珍惜训练机会，把课堂所学用于解决工程实际问题，力争在今年的“挑战杯”等学科竞赛中取得佳绩。",
        ("撰稿：", "终审：", "发布者", "上一条", "学院召开大学生科技创新工作推进会", "工大路88号"),
    ),
    Page(
        "univ_jwc_fabu_riqi_attachments",
        "http://jwc.njhy.example.edu.cn/show/id/2315.html",
        JWC_NOTICE_ATTACH,
        "关于做好2021年春季学期开学补考工作的通知",
        "2021-03-05",
        None,
        "各学院：",
        "2021年3月5日",
        ("附件下载", "补考考场规则.docx", "上一篇", "2021年春季学期教材发放安排", "办事指南"),
    ),
    Page(
        "univ_vsb2012_yjsy_titlestyle_msonormal",
        "http://yjsy.njnl.example.edu.cn/info/1012/2210.htm",
        VSB2012_YJSY_TITLESTYLE,
        "关于2012年硕士研究生复试工作安排的通知",
        "2012-03-09",
        "研究生招生办公室",
        "各招生学院：",
        "2012年3月8日",
        ("浏览次数", "已下载", "打印", "2012年研究生国家助学金发放办法", "推免生招生", "邮编"),
    ),
    Page(
        "univ_drupal_bilingual_english_date",
        "http://io.njwy.example.edu.cn/node/1286",
        DRUPAL_BILINGUAL,
        "我校与英国北桥大学签署本科生联合培养协议",
        "2021-03-05",
        "国际合作与交流处",
        "3月4日，我校与英国北桥大学以线上方式签署本科生“2+2”联合培养协议。副校长陈卫东与北桥大学副校长Margaret Hollis分别代表两校签字。",
        "Students of English, Translation and International Business will spend their first two years in Ningjiang and their last two years at Northbridge, and will be awarded degrees by both universities.",
        ("Tags", "合作办学", "Recent News", "北桥大学代表团线上访问我校", "Xueyuan Road"),
    ),
    Page(
        "univ_xxgk_suoquhao_chansheng_riqi",
        "http://xxgk.njsd.example.edu.cn/xxgk/Detail.aspx?id=1523",
        XXGK_UNIV_CATALOGUE,
        "宁江师范大学2017年部门预算公开",
        "2017-06-26",
        None,
        "根据《高等学校信息公开办法》和省财政厅关于部门预算公开的有关要求，现将我校2017年部门预算公开如下。",
        "2017年6月23日",
        ("索 取 号", "G0123-0301-2017-0058", "主动公开", "学风建设信息", "打印本页", "部门预算表.pdf"),
    ),
    Page(
        "univ_xiaobao_epaper_issue_day_only",
        "http://xb.njlg.example.edu.cn/Article.aspx?id=3527&period=612",
        XIAOBAO_EPAPER,
        "我校学生话剧社原创话剧《灯塔》首演",
        "2015-03-20",
        None,
        "本报讯 3月17日晚，由我校学生话剧社创作排演的原创话剧《灯塔》在大学生活动中心首演，800余名师生观看了演出。",
        "据悉，《灯塔》将于4月参加全省大学生戏剧节展演。",
        ("版面导航", "第01版", "本版标题", "图书馆推出“阅读马拉松”活动", "返回版面", "第612期"),
    ),
    Page(
        "univ_empire_iframe_pdf_one_paragraph",
        "http://hlxy.njyk.example.edu.cn/tzgg/yjszs/2020-03-26/1531.html",
        EMPIRE_IFRAME_PDF,
        "护理学院2020年硕士研究生招生复试工作细则",
        "2020-03-26",
        "学工办",
        "现将《宁江医科大学护理学院2020年硕士研究生招生复试工作细则》公布如下，请各位考生认真阅读并按要求做好复试准备。",
        "现将《宁江医科大学护理学院2020年硕士研究生招生复试工作细则》公布如下，请各位考生认真阅读并按要求做好复试准备。",
        ("浏览：", "上一篇", "相关文章", "护理学院2019年硕士研究生招生复试工作细则", "Powered by"),
    ),
    Page(
        "univ_mobile_m_h1_is_site_name",
        "http://m.news.njkj.example.edu.cn/m/info/23456.html",
        MOBILE_XINWENWANG,
        "我校在全省大学生职业规划大赛中获佳绩",
        "2023-05-18",
        "党委宣传部",
        "5月16日至17日，第十二届全省大学生职业规划大赛决赛在宁江举行。我校学生获得一等奖2项、二等奖3项，学校获优秀组织奖。",
        "学校就业指导中心自去年秋季起组织校内选拔和集中培训，邀请企业人力资源专家担任指导教师。",
        ("阅读", "相关阅读", "我校举行2023届毕业生春季双选会", "电脑版", "返回", "菜单"),
    ),
    Page(
        "univ_aspnet2008_lbltitle_gbk",
        "http://tw.njdx.example.edu.cn/NewsShow.aspx?id=1187",
        ASPNET2008_LBL,
        "我校举行第三届大学生“挑战杯”课外学术科技作品竞赛终审答辩会",
        "2008-04-11",
        "校团委",
        "4月10日下午，我校第三届大学生“挑战杯”课外学术科技作品竞赛终审答辩会在图书馆学术报告厅举行。",
        "最终评出特等奖3项、一等奖8项、二等奖15项，优秀作品将推荐参加全省“挑战杯”竞赛。",
        ("点击：", "打印此页", "校团委召开学生干部培训会", "青年志愿者", "学生活动中心三楼"),
        gbk=True,
    ),
    Page(
        "univ_founder_xiangyu_enpcontent",
        "http://news.njcj.example.edu.cn/content/20611.htm",
        FOUNDER_ENPCONTENT,
        "我校举办第二届“财经与数据科学”国际学术研讨会",
        "2016-11-08",
        "本站原创",
        "11月5日至6日，我校举办第二届“财经与数据科学”国际学术研讨会。来自美国、英国、新加坡等国家和地区以及国内30余所高校的120余位专家学者参加会议。",
        "本次会议由学校统计与数学学院、经济学院联合承办。",
        ("编辑：", "相关新闻", "热点排行", "我校获批2项国家社科基金重大项目", "投稿信箱"),
    ),
]
