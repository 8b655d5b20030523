"""Article pages of government (TRS, Hanweb, Kaipu...) and school/university CMS article pages: written by hand after each family's public template markup, names, hosts and
numbers made up (tests/test_article_families.py checks every field of each)."""

from family_page import Page


def gov_head(owner, nav):
    links = "".join(f'<li><a href="/col/col{1200 + i}/index.html">{name}</a></li>' for i, name in enumerate(nav))
    return f"""<div class="header"><div class="top-bar"><span class="today"><script>document.write(new Date().toLocaleDateString());</script></span><a href="javascript:;" id="wza">无障碍</a> | <a href="javascript:;" onclick="AddFavorite()">加入收藏</a> | <a href="/m/">移动版</a></div>
<div class="logo"><a href="/"><img src="/images/logo.png" alt="{owner}" /></a><span class="site-name">{owner}</span></div>
<div class="search"><form action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键字" /><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li>{links}</ul></div>"""


def gov_foot(owner, icp, police, code):
    return f"""<div class="footer"><div class="foot-links"><a href="/sitemap/">网站地图</a> | <a href="/contact/">联系我们</a> | <a href="/statement/">网站声明</a></div>
<p>主办单位：{owner}　版权所有：{owner}　<a href="https://beian.miit.example.cn/" target="_blank">浙ICP备{icp}号</a></p>
<p><img src="/images/gongan.png" />浙公网安备 {police}号　网站标识码：{code}</p>
<p><span class="jiucuo"><script id="_jiucuo_" sitecode="{code}" src="https://zfwzgl.example.gov.cn/exposure/jiucuo.js"></script><a href="https://zfwzgl.example.gov.cn/jiucuo/">政府网站找错</a></span></p>
</div>"""


# TRS WCM of a city portal in the gov.cn layout: div.article.oneColumn.pub_border, the title in <h1> between
# <!--<$[标题名称]>begin--> marks, div.pages-date holding the bare date and a span "来源： X" (a space after the
# full-width colon), the body in div.pages_content#UCAP-CONTENT > div.TRS_Editor, an attachment paragraph and a
# signature dated the day before publication, then 打印/关闭, a share bar and 相关稿件 with dates
TRS_GOVCN_PAGES_DATE = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>宁江市教育局关于做好2021年义务教育招生入学工作的通知_通知公告_宁江市人民政府门户网站</title>
<meta name="SiteName" content="宁江市人民政府门户网站">
<meta name="SiteDomain" content="www.ningjiang.example.gov.cn">
<meta name="SiteIDCode" content="3302000001">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="宁江市教育局关于做好2021年义务教育招生入学工作的通知">
<meta name="PubDate" content="2021-03-05 16:20">
<meta name="ContentSource" content="宁江市教育局">
<meta name="Keywords" content="义务教育,招生入学">
<meta name="Description" content="为做好2021年全市义务教育招生入学工作，现就有关事项通知如下。">
<link rel="stylesheet" href="../../../images/common.css" />
</head>
<body>
{gov_head("宁江市人民政府", ["政务公开", "政务服务", "政民互动", "走进宁江"])}
<div class="BreadcrumbNav">当前位置：<a href="../../../" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../../" class="CurrChnlCls">政务公开</a>&nbsp;&gt;&nbsp;<a href="../" class="CurrChnlCls">通知公告</a></div>
<div class="article oneColumn pub_border">
<h1><!--<$[标题名称]>begin-->宁江市教育局关于做好2021年义务教育招生入学工作的通知<!--<$[标题名称]>end--></h1>
<div class="pages-date">2021-03-05 16:20<span class="font">来源： 宁江市教育局</span><span class="font index_switchsize">【字体：<span onclick="changeSize(18)">大</span> <span onclick="changeSize(16)">中</span> <span onclick="changeSize(14)">小</span>】</span></div>
<div class="pages_content" id="UCAP-CONTENT"><!--<$[信息内容]>begin--><div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0;margin-bottom:12px;line-height:2;font-family:仿宋_GB2312;font-size:16pt;}}
</style>
<p>各区（县、市）教育局，市直属各学校：</p>
<p style="text-indent:2em;">为做好2021年全市义务教育招生入学工作，保障适龄儿童少年依法接受义务教育，根据省教育厅有关文件精神，现就有关事项通知如下。</p>
<p style="text-indent:2em;">一、坚持免试就近入学。公办小学和初中严格按照学区招生，不得举行或变相举行与招生入学挂钩的考试和测评。</p>
<p style="text-indent:2em;">二、全面实行公民同招。民办义务教育学校与公办学校同步报名、同步招生，报名人数超过招生计划的，实行电脑随机录取。</p>
<p style="text-indent:2em;">三、做好随迁子女入学保障。各地要以居住证为主要依据，简化入学证明材料，确保符合条件的随迁子女应入尽入。</p>
<p style="text-indent:2em;">附件：<a href="./P020210305563412785901.pdf" target="_blank">2021年宁江市义务教育招生工作日程安排表</a></p>
<p style="text-align:right;">宁江市教育局</p>
<p style="text-align:right;">2021年3月4日</p>
</div><!--<$[信息内容]>end--></div>
<div class="pages_print"><span class="fr">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.opener=null;window.close()">关闭窗口</a>】</span>
<div class="share">分享到：<a href="javascript:;" class="share-wx">微信</a><a href="javascript:;" class="share-wb">微博</a><a href="javascript:;" class="share-qz">QQ空间</a></div></div>
<div class="related"><div class="related_title">相关稿件</div>
<ul><li><a href="../202003/t20200310_3356781.html">宁江市教育局关于做好2020年义务教育招生入学工作的通知</a><span>2020-03-10</span></li>
<li><a href="../202102/t20210222_3620044.html">2021年宁江市中小学春季开学时间确定</a><span>2021-02-22</span></li></ul></div>
</div>
{gov_foot("宁江市人民政府办公室", "05003456", "33020302000111", "3302000001")}
</body>
</html>
"""

# Kaipu (开普云) of a district portal: no <meta> of the article at all, the title in <ucaptitle> inside a div, a
# metadata line 发布时间 (2021年03月05日 09:30) / 信息来源 / 浏览量 / 字号, the body in div#zoom > div#font >
# <ucapcontent> holding a fee table, then 打印/关闭 and 上一篇/下一篇
KAIPU_UCAPCONTENT = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>江北区2021年春季学期中小学服务性收费和代收费项目公示-宁江市江北区人民政府</title>
<meta name="keywords" content="江北区人民政府,信息公开,教育收费">
<link href="/jbqrmzf/xhtml/css/article.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/jbqrmzf/xhtml/js/jquery.js"></script>
</head>
<body>
{gov_head("宁江市江北区人民政府", ["信息公开", "政务服务", "互动交流", "魅力江北"])}
<div class="location">您所在的位置：<a href="/jbqrmzf/index.shtml">首页</a> &gt; <a href="/jbqrmzf/xxgk/index.shtml">信息公开</a> &gt; <a href="/jbqrmzf/jysf/list.shtml">教育收费</a></div>
<div class="content-box">
<div class="title"><ucaptitle>江北区2021年春季学期中小学服务性收费和代收费项目公示</ucaptitle></div>
<div class="info"><span>发布时间：2021年03月05日 09:30</span><span>信息来源：江北区教育局计财科</span><span>浏览量：<em id="ucap_hits"></em></span><span class="zh">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>
<div id="zoom"><div id="font"><ucapcontent>
<p style="text-indent:2em;">根据《浙江省中小学服务性收费和代收费管理办法》有关规定，现将我区2021年春季学期中小学服务性收费和代收费项目及标准公示如下：</p>
<table border="1" cellspacing="0" cellpadding="4" width="90%" align="center">
<tr><td>类别</td><td>项目</td><td>收费标准</td><td>备注</td></tr>
<tr><td>服务性收费</td><td>午餐费</td><td>每生每天8元</td><td>按实际就餐天数结算</td></tr>
<tr><td>服务性收费</td><td>课后服务费</td><td>每生每学期600元</td><td>学生自愿参加</td></tr>
<tr><td>代收费</td><td>作业本费</td><td>每生每学期25元</td><td>学期末多退少补</td></tr>
</table>
<p style="text-indent:2em;">以上项目均坚持学生自愿原则，学校不得强制或变相强制学生参加，不得在代收费中加收任何费用，学期结束后应向学生公布收支明细。</p>
<p style="text-indent:2em;">公示期间如有疑问，请与区教育局计财科联系，联系电话：0574-87651234；监督电话：0574-87659876。</p>
</ucapcontent></div></div>
<div class="article-bottom">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="prev-next"><p>上一篇：<a href="/jbqrmzf/jysf/202102/a3f1c2d4e5b64f0a9e8d7c6b5a4f3e21.shtml">江北区2020年秋季学期教育收费检查情况通报</a></p>
<p>下一篇：<a href="/jbqrmzf/jysf/202103/b7e2d1c0a9f84e3d8c7b6a5f4e3d2c10.shtml">江北区民办幼儿园2021年保育教育费标准备案公示</a></p></div>
</div>
{gov_foot("宁江市江北区人民政府办公室", "05008821", "33020502000777", "3302050001")}
</body>
</html>
"""

# Hanweb (大汉) template of 2021: the 信息公开 metadata as <li><span>label：</span>value</li> rows in div.xxgk-table
# (索引号, 发布机构, 成文日期 three days before 发布日期, 文号), <meta name="ContentSource" content=""> empty, so the page
# names no source (发布机构 is the issuer, not a 来源); the body in div#zoom ending with the signature
HANWEB_2021_LI = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<title>江北区教育局关于印发《2021年全区教育系统党建工作要点》的通知</title>
<meta name="SiteName" content="宁江市江北区教育局">
<meta name="SiteDomain" content="jyj.jbq.example.gov.cn">
<meta name="SiteIDCode" content="3302050012">
<meta name="ColumnName" content="党建工作">
<meta name="ArticleTitle" content="江北区教育局关于印发《2021年全区教育系统党建工作要点》的通知">
<meta name="PubDate" content="2021-03-05 10:08">
<meta name="ContentSource" content="">
<meta name="Keywords" content="">
<meta name="Author" content="">
<link rel="stylesheet" href="/module/xxgk/css/xxgk2021.css" />
</head>
<body>
{gov_head("江北区教育局", ["机构概况", "教育动态", "信息公开", "办事服务", "互动交流"])}
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1300/index.html">信息公开</a> &gt; <a href="/col/col1305/index.html">党建工作</a></div>
<div class="xxgk-content">
<div class="xxgk-table"><ul>
<li><span>索引号：</span>11330205MB1234567X/2021-01234</li>
<li><span>发布机构：</span>江北区教育局</li>
<li><span>公开方式：</span>主动公开</li>
<li><span>成文日期：</span>2021-03-02</li>
<li><span>发布日期：</span>2021-03-05</li>
<li><span>文号：</span>北教党〔2021〕3号</li>
<li><span>主题分类：</span>党建</li>
<li><span>公开范围：</span>面向社会</li>
</ul></div>
<div class="article-title">江北区教育局关于印发《2021年全区教育系统党建工作要点》的通知</div>
<div class="article-tools"><span>【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span><span>【<a href="javascript:window.print()">打印本页</a>】</span></div>
<div class="article-con" id="zoom"><!--<$[信息内容]>begin-->
<p>各中小学、幼儿园党组织，局机关各科室：</p>
<p style="text-indent:2em;">现将《2021年全区教育系统党建工作要点》印发给你们，请结合实际认真贯彻落实。</p>
<p style="text-indent:2em;">2021年是中国共产党成立100周年。全区教育系统要以党史学习教育为重点，深入推进学校党组织领导的校长负责制，持续加强基层党组织标准化规范化建设。</p>
<p style="text-indent:2em;">各学校党组织要在每季度末将党建工作推进情况报局组织人事科。</p>
<p style="text-indent:2em;">附件：2021年全区教育系统党建工作要点</p>
<p style="text-align:right;">中共宁江市江北区教育局委员会</p>
<p style="text-align:right;">2021年3月2日</p>
<!--<$[信息内容]>end--></div>
<div class="article-close">【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
{gov_foot("宁江市江北区教育局", "05012345", "33020502000123", "3302050012")}
</body>
</html>
"""

# Zhejiang 政府信息公开 page: a <table> of <th>/<td> pairs (索引号, 主题分类, 发布机构, 成文日期, 文号, 有效性, then
# 发布日期 written 2021年03月05日), the title in p.xxgk-title, 来源 with a half-width colon alone in a div under it, the
# body in div.xxgk-content ending with two issuers and the signature date; 相关信息 rows with dates after it
ZJ_XXGK_TABLE = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<title>宁江市教育局 宁江市发展和改革委员会关于调整普通高中学费标准的通知</title>
<meta name="ColumnName" content="规范性文件">
<link rel="stylesheet" href="/static/css/xxgk.css" />
</head>
<body>
{gov_head("宁江市教育局", ["教育要闻", "政府信息公开", "政务服务", "互动交流"])}
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; <a href="/xxgk/gfxwj/">规范性文件</a></div>
<div class="xxgk-main">
<table class="xxgk-info" width="100%" border="1" cellspacing="0" cellpadding="6">
<tr><th>索引号</th><td>113302000025612345/2021-00089</td><th>主题分类</th><td>教育/收费</td></tr>
<tr><th>发布机构</th><td>宁江市教育局</td><th>成文日期</th><td>2021-03-01</td></tr>
<tr><th>文号</th><td>甬江教计〔2021〕8号</td><th>有效性</th><td>有效</td></tr>
<tr><th>发布日期</th><td>2021年03月05日</td><th>公开方式</th><td>主动公开</td></tr>
</table>
<p class="xxgk-title">宁江市教育局 宁江市发展和改革委员会关于调整普通高中学费标准的通知</p>
<div class="xxgk-source">来源:宁江市教育局</div>
<div class="xxgk-content">
<p>各区（县、市）教育局、发展改革局，市直属各普通高中：</p>
<p style="text-indent:2em;">为完善非义务教育培养成本分担机制，经市人民政府同意，现就调整我市公办普通高中学费标准有关事项通知如下。</p>
<p style="text-indent:2em;">一、公办普通高中学费标准调整为每生每学期1500元，省一级特色示范高中调整为每生每学期1800元。</p>
<p style="text-indent:2em;">二、新标准自2021年秋季入学新生开始执行，在校生仍按原标准执行至毕业。</p>
<p style="text-indent:2em;">三、各地要落实好家庭经济困难学生资助政策，确保不让一个学生因家庭经济困难而失学。</p>
<p style="text-align:right;">宁江市教育局　宁江市发展和改革委员会</p>
<p style="text-align:right;">2021年3月1日</p>
</div>
<div class="xxgk-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="xxgk-related"><h4>相关信息</h4><ul>
<li><a href="/xxgk/gfxwj/202012/t20201218_9876.html">宁江市教育局关于进一步规范中小学收费管理的通知</a><span>2020-12-18</span></li>
<li><a href="/xxgk/jd/202103/t20210305_9901.html">《关于调整普通高中学费标准的通知》政策解读</a><span>2021-03-05</span></li>
</ul></div>
</div>
{gov_foot("宁江市教育局", "05054321", "33020302000456", "3302000031")}
</body>
</html>
"""

# a 南威-style district 教育局 site: div.detail-title, a line "发布日期 2021-03-05" (no colon) / 文章来源 / 阅读次数;
# the body opens with the red-head 文号 line and the title again in bold, and ends with the issuer and a
# signature date two days before publication; 上一篇/下一篇 and a footer after it
NANWEI_REDHEAD = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>关于开展2021年春季中小学校园安全隐患排查整治工作的通知 - 江北区教育局</title>
<link rel="stylesheet" href="/static/nw/css/detail.css" />
</head>
<body>
{gov_head("江北区教育局", ["首页推荐", "通知公告", "教育动态", "政策文件", "办事指南"])}
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a> &gt; 正文</div>
<div class="detail-wrap">
<div class="detail-title">关于开展2021年春季中小学校园安全隐患排查整治工作的通知</div>
<div class="detail-info"><span>发布日期 2021-03-05</span><span>文章来源：江北区教育局办公室</span><span>阅读次数：<i id="readCount">0</i></span></div>
<div class="detail-content">
<p style="text-align:center;">北教〔2021〕15号</p>
<p style="text-align:center;"><strong>关于开展2021年春季中小学校园安全隐患排查整治工作的通知</strong></p>
<p>各中小学、幼儿园，各民办培训机构：</p>
<p style="text-indent:2em;">为切实做好新学期校园安全工作，防范和遏制各类安全事故发生，区教育局决定在全区开展春季校园安全隐患排查整治工作。</p>
<p style="text-indent:2em;">一、排查范围：校舍、消防设施、食堂、校车、实验室危险化学品及校园周边环境。</p>
<p style="text-indent:2em;">二、工作要求：各校要建立隐患台账，明确整改责任人和整改时限，整改情况于3月26日前报区教育局安全科。</p>
<p style="text-align:right;">江北区教育局</p>
<p style="text-align:right;">2021年3月3日</p>
</div>
<div class="detail-page"><p>上一篇：<a href="/tzgg/2021-03-01/4521.html">关于做好2021年春季学期开学工作的通知</a></p><p>下一篇：<a href="/tzgg/2021-03-08/4533.html">关于举办全区中小学安全管理干部培训班的通知</a></p></div>
</div>
{gov_foot("宁江市江北区教育局", "05012345", "33020502000123", "3302050012")}
</body>
</html>
"""

# DedeCMS school site in GBK, default article_article.htm: the title in div.title > h2, div.info of
# <small>时间:</small>2021-03-05 10:12 <small>来源:</small>未知 <small>作者:</small>admin <small>点击:</small> (a
# count.php script), the body in div.content > table > td, a ---分隔线--- box, 上一篇/下一篇 and 收藏/挑错/推荐/打印
DEDE_SCHOOL = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>关于2021年春季学期学生返校工作的通知_学校通知_宁江市江北实验中学</title>
<meta name="keywords" content="返校,春季学期" />
<meta name="description" content="根据上级教育部门的统一部署，结合我校实际，现将2021年春季学期学生返校工作安排通知如下。" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
</head>
<body class="articleview">
<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/"><img src="/templets/default/images/logo.gif" alt="宁江市江北实验中学" /></a></h1></div></div>
<div class="module blue mT10 wrapper w963"><div id="navMenu"><ul><li><a href='/'><span>主页</span></a></li><li><a href='/xxgk/'><span>学校概况</span></a></li><li><a href='/xxtz/'><span>学校通知</span></a></li><li><a href='/jxky/'><span>教学科研</span></a></li><li><a href='/dyzc/'><span>德育之窗</span></a></li></ul></div></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
<div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/xxtz/'>学校通知</a> > </div>
<div class="viewbox">
<div class="title"><h2>关于2021年春季学期学生返校工作的通知</h2></div>
<div class="info"><small>时间:</small>2021-03-05 10:12<small>来源:</small>未知 <small>作者:</small>admin <small>点击:</small><script src="/plus/count.php?view=yes&aid=12&mid=1" type='text/javascript' language="javascript"></script>次</div>
<div class="content"><table width='100%'><tr><td>
<div id="contentMidPicAD" style="float:right; clear:both; top:0; vertical-align:top;"></div>
<p>各位家长、同学们：</p>
<p>　　根据上级教育部门的统一部署，结合我校实际，现将2021年春季学期学生返校工作安排通知如下。</p>
<p>　　一、返校时间：初一、初二年级3月7日下午1:30前返校，初三年级3月7日上午9:00前返校。</p>
<p>　　二、返校要求：学生须带齐寒假作业和教材，住校生自带被褥等生活用品，家长送至校门口，不进入校园。</p>
<p>　　三、3月8日起正式上课，当天午餐由学校食堂统一供应。</p>
<p>　　宁江市江北实验中学政教处</p>
</td></tr></table></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle">
<div class="context"><ul><li>上一篇：<a href='/xxtz/2021/0226/11.html'>关于2021年寒假社会实践作业评比结果的公示</a> </li><li>下一篇：<a href='/xxtz/2021/0308/13.html'>关于举行2021年春季开学典礼的通知</a> </li></ul></div>
<div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=12" target="_blank">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid=12&title=" target="_blank">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid=12" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div>
</div>
</div>
</div>
<div class="pright"><div class="commend mt1"><dl class="tbox light"><dt class='light'><strong>推荐内容</strong></dt><dd class='light'><ul class="d4">
<li><a href="/xxtz/2021/0222/9.html">我校召开2021年春季学期教职工大会</a><p>2月22日下午，我校在报告厅召开新学期教职工大会。</p></li>
<li><a href="/dyzc/2021/0301/10.html">学雷锋志愿服务活动启动</a><p>3月1日，校团委启动学雷锋志愿服务月活动。</p></li>
</ul></dd></dl></div></div>
</div>
<div class="footer w960 center mt1 clear"><div class="footer_left"></div><div class="footer_body"><p class="powered">Powered by <a href="http://www.dedecms.example.cn" title="DedeCMS">DedeCMS</a> &copy; 2004-2021</p>
<div class="copyright">Copyright &copy; 2021 宁江市江北实验中学 版权所有 浙ICP备12034567号<br />地址：宁江市江北区育才路56号 电话：0574-87630000</div></div></div>
</body>
</html>
"""

# PHPCMS v9 show.html in GBK: the date line is a <span> inside the <h1> after a <br /> (date, 来源：本校, 评论 and 点击
# counters), the body in div#Article > div.content, 相关热词搜索, 上一篇/下一篇 after it, a comment iframe and the
# channel's ranking boxes in the right column
PHPCMS_V9 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<meta http-equiv="X-UA-Compatible" content="IE=7" />
<title>我校举行2021年春季田径运动会 - 校园新闻 - 宁江市第二中学</title>
<meta name="keywords" content="田径运动会">
<meta name="description" content="3月4日至5日，我校第三十八届田径运动会在学校田径场举行。">
<link href="http://www.nj2z.example.cn/statics/css/reset.css" rel="stylesheet" type="text/css" />
<link href="http://www.nj2z.example.cn/statics/css/default_blue.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="body-top"><div class="content"><a href="http://www.nj2z.example.cn/index.php?m=member&c=index&a=login">登录</a> | <a href="http://www.nj2z.example.cn/index.php?m=member&c=index&a=register">注册</a></div></div>
<div class="header"><div class="logo"><a href="http://www.nj2z.example.cn/"><img src="http://www.nj2z.example.cn/statics/images/logo.png" alt="宁江市第二中学" /></a></div>
<div class="nav-bar"><map><ul class="nav-site"><li><a href="http://www.nj2z.example.cn"><span>首页</span></a></li><li class="line">|</li><li><a href="http://www.nj2z.example.cn/xyxw/"><span>校园新闻</span></a></li><li class="line">|</li><li><a href="http://www.nj2z.example.cn/tzgg/"><span>通知公告</span></a></li><li class="line">|</li><li><a href="http://www.nj2z.example.cn/jyjx/"><span>教育教学</span></a></li></ul></map></div></div>
<div class="main">
<div class="col-left">
<div class="crumbs"><a href="http://www.nj2z.example.cn">首页</a><span> &gt; </span><a href="http://www.nj2z.example.cn/xyxw/">校园新闻</a> &gt;  正文</div>
<div id="Article">
<h1>我校举行2021年春季田径运动会<br />
<span>2021-03-05 16:45:21&nbsp;&nbsp;&nbsp;来源：本校&nbsp;&nbsp;&nbsp;评论：<a href="#comment_iframe" id="comment">0</a> 点击：<span id="hits"></span></span></h1>
<div class="content">
<p>　　3月4日至5日，我校第三十八届田径运动会在学校田径场举行，全校36个班级的1200余名运动员参加了24个项目的角逐。</p>
<p>　　开幕式上，各班方阵精神饱满、口号响亮，依次通过主席台接受检阅。校长在致辞中勉励同学们赛出风格、赛出水平。</p>
<p>　　两天的比赛中，高二（3）班张一鸣以11秒6的成绩打破男子100米校纪录，高一年级4x100米接力比赛更是扣人心弦。</p>
<p>　　经过激烈角逐，高二（3）班、高一（5）班、高三（1）班分获团体总分前三名，另有8个班级获得“体育道德风尚奖”。</p>
</div>
<div id="pages" class="text-c"></div>
<p style="margin-bottom:10px"><strong>相关热词搜索：</strong><a href="http://www.nj2z.example.cn/index.php?m=content&c=tag&a=lists&tag=运动会" class="blue">运动会</a></p>
<p class="f14"><strong>上一篇：</strong><a href="http://www.nj2z.example.cn/xyxw/2021/0301/345.html">我校开展“学雷锋”主题团日活动</a><br />
<strong>下一篇：</strong><a href="http://www.nj2z.example.cn/xyxw/2021/0308/349.html">三八妇女节女教师趣味活动举行</a></p>
</div>
<div class="bk15"></div>
<div class="box"><h5>延伸阅读</h5><ul class="list lh24 f14"><li>·<a href="http://www.nj2z.example.cn/xyxw/2020/1016/301.html">我校举行2020年秋季田径运动会</a><span>(2020-10-16)</span></li></ul></div>
<div class="bk10"></div>
<div class="comment"><h4>网友评论</h4><iframe src="http://www.nj2z.example.cn/index.php?m=comment&c=index&a=init&commentid=content_9-347-1&iframe=1" width="100%" height="100%" id="comment_iframe" frameborder="0" scrolling="no"></iframe></div>
<div class="box"><div class="fl">【<a href="javascript:;" onclick="add_favorite('我校举行2021年春季田径运动会');">收藏</a>】【<a href="javascript:window.print();">打印</a>】【<a href="javascript:window.close();">关闭</a>】</div></div>
</div>
<div class="col-auto">
<div class="box"><h5 class="title-2">频道总排行</h5><ul class="content digg"><li><a href="http://www.nj2z.example.cn/xyxw/2021/0222/330.html" target="_blank">我校召开新学期全体教师大会</a></li><li><a href="http://www.nj2z.example.cn/xyxw/2021/0115/322.html" target="_blank">高三年级召开百日誓师大会</a></li></ul></div>
<div class="box"><h5 class="title-2">频道本月排行</h5><ul class="content rank"><li><span>(562)</span><a href="http://www.nj2z.example.cn/xyxw/2021/0301/345.html">我校开展“学雷锋”主题团日活动</a></li></ul></div>
</div>
</div>
<div class="footer"><p class="info"><a href="http://www.nj2z.example.cn/about/">关于我们</a> | <a href="http://www.nj2z.example.cn/contact/">联系我们</a><br />
Copyright &copy; 2021 宁江市第二中学 版权所有 浙ICP备09087654号 技术支持：PHPCMS</p></div>
</body>
</html>
"""

# an ASP school site of 2008 in GBK (ShowArticle.asp, table layout): the title in a bold cell, the line under it
# 作者/文章来源/点击数 (a GetHits.asp script), the date only AFTER the body in "文章录入：X　责任编辑：Y　更新时间：2008-3-5",
# then 上一篇文章/下一篇文章, 【发表评论】【打印此文】【关闭窗口】 and 相关文章 with dates
ASP_2008 = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>宁江市江北区庄桥中学--关于收取2008年春季学期学生课本费的通知</title>
<link href="../Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="../Skin/Ocean/top_banner.jpg" width="778" height="120" alt="宁江市江北区庄桥中学"></td></tr>
<tr><td class="menu_bg" height="28" align="center"><a href="../Index.asp">网站首页</a> | <a href="../Article/Index.asp">学校新闻</a> | <a href="../Article/ShowClass.asp?ClassID=3">通知公告</a> | <a href="../Article/ShowClass.asp?ClassID=5">教学研究</a> | <a href="../Soft/Index.asp">资源下载</a> | <a href="../GuestBook/Index.asp">留言板</a></td></tr></table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="24">&nbsp;您现在的位置：&nbsp;<a href="../Index.asp">庄桥中学</a>&nbsp;&gt;&gt;&nbsp;<a href="Index.asp">文章中心</a>&nbsp;&gt;&gt;&nbsp;<a href="ShowClass.asp?ClassID=3">通知公告</a>&nbsp;&gt;&gt;&nbsp;正文</td></tr></table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="border">
<tr><td height="50" align="center"><font style="font-size:16px"><b>关于收取2008年春季学期学生课本费的通知</b></font></td></tr>
<tr><td height="24" align="center">作者：教务处　　文章来源：本站原创　　点击数：<script language="javascript" src="GetHits.asp?ArticleID=356"></script>　　【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(12)">小</a>】</td></tr>
<tr><td height="1" bgcolor="#CCCCCC"></td></tr>
<tr><td id="fontzoom" style="padding:10px 20px;line-height:180%">
<p>各位家长：</p>
<p>　　根据市物价局、市教育局有关文件规定，本学期学生课本费按实际征订教材的价格收取，多退少补。</p>
<p>　　初一年级每生125.6元，初二年级每生138.2元，初三年级每生142.8元。作业本费每生每学期20元。</p>
<p>　　享受“两免一补”政策的学生免收课本费，由班主任统一登记后报学校总务处。</p>
<p>　　请家长于3月10日前将费用交给班主任，学校统一开具省财政厅监制的收费票据。</p>
</td></tr>
<tr><td height="24" align="right">文章录入：王建国　　　　责任编辑：李晓梅　　　　更新时间：2008-3-5&nbsp;</td></tr>
<tr><td height="24"><li>上一篇文章： <a href="ShowArticle.asp?ArticleID=355">关于2008年寒假学生安全工作的通知</a></li><li>下一篇文章： <a href="ShowArticle.asp?ArticleID=357">庄桥中学2008年春季学期校历</a></li></td></tr>
<tr><td height="24" align="right">【<a href="../Comment.asp?ArticleID=356" target="_blank">发表评论</a>】【<a href="javascript:window.external.addFavorite(location.href,document.title)">加入收藏</a>】【<a href="../SendMail.asp?ArticleID=356" target="_blank">告诉好友</a>】【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="border"><tr><td class="title_main">&nbsp;相关文章</td></tr>
<tr><td><li><a href="ShowArticle.asp?ArticleID=301">关于收取2007年秋季学期学生课本费的通知</a> (2007-8-28)</li><li><a href="ShowArticle.asp?ArticleID=288">庄桥中学“两免一补”学生名单公示</a> (2007-6-12)</li></td></tr>
<tr><td class="title_main">&nbsp;网友评论：（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）</td></tr><tr><td>没有任何评论</td></tr></table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td align="center" class="bottom_bg" height="60">
宁江市江北区庄桥中学 版权所有 地址：庄桥镇中心路8号 电话：0574-87500000<br>浙ICP备06001234号 建议使用1024*768分辨率浏览</td></tr></table>
</body>
</html>
"""

# a district 集群 school site of ASP.NET (ViewNews.aspx) in GBK: <title> is "school--title", div.newstitle, div.newsinfo
# "发布人：X　发布时间：2021-3-5 8:45:12　点击数：<span id=hits>" (no source: 发布人 is who typed it in), the body
# in div#newscontent, [打印] [关闭], 上一篇/下一篇 and a 最新通知 box with dates
JIQUN_VIEWNEWS = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>江北区洪塘中心小学--关于缴纳2021年春季学期学生作业本费的通知</title>
<link href="/Template/School05/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<form name="form1" method="post" action="ViewNews.aspx?NewsID=3456" id="form1">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" /></div>
<div id="top"><div class="schoolname">江北区洪塘中心小学</div><div class="topnav"><a href="/Default.aspx">学校首页</a> <a href="/NewsList.aspx?ClassID=1">学校新闻</a> <a href="/NewsList.aspx?ClassID=2">通知公告</a> <a href="/NewsList.aspx?ClassID=3">教师园地</a> <a href="/NewsList.aspx?ClassID=4">学生天地</a> <a href="/NewsList.aspx?ClassID=5">家校互动</a></div></div>
<div class="weizhi">您现在的位置：<a href="/Default.aspx">首页</a> &gt;&gt; <a href="/NewsList.aspx?ClassID=2">通知公告</a> &gt;&gt; 正文</div>
<div id="main">
<div class="left">
<div class="lbox"><h3>最新通知</h3><ul>
<li><a href="ViewNews.aspx?NewsID=3451">关于2021年春季学期开学报到的通知</a><span>03-01</span></li>
<li><a href="ViewNews.aspx?NewsID=3440">寒假安全致家长的一封信</a><span>01-25</span></li>
</ul></div>
</div>
<div class="newsview">
<div class="newstitle">关于缴纳2021年春季学期学生作业本费的通知</div>
<div class="newsinfo">发布人：张老师　　发布时间：2021-3-5 8:45:12　　点击数：<span id="hits">236</span></div>
<div class="newscontent" id="newscontent">
<p>各位家长：</p>
<p>　　根据区教育局关于中小学代收费的有关规定，本学期学生作业本费按每生每学期20元收取，学期结束后多退少补。</p>
<p>　　本学期起作业本费统一通过“浙里办”教育缴费平台缴纳，学校不收取现金。</p>
<p>　　请家长于3月12日前完成缴费，家庭经济困难的学生可向班主任提出减免申请。</p>
</div>
<div class="newsfoot">[<a href="javascript:window.print()">打印</a>] [<a href="javascript:window.close()">关闭</a>]</div>
<div class="sxpage">上一篇：<a href="ViewNews.aspx?NewsID=3451">关于2021年春季学期开学报到的通知</a><br />下一篇：<a href="ViewNews.aspx?NewsID=3460">洪塘中心小学2021年春季学期校历</a></div>
</div>
</div>
<div id="foot">江北区洪塘中心小学 版权所有 浙ICP备10023456号<br />技术支持：江北区教育信息中心</div>
</form>
</body>
</html>
"""

# Sudy WebPlus of a university college: no side lists, h1.arti_title, p.arti_metas of span.arti_publisher (发布者),
# span.arti_from (稿源), span.arti_update (发布时间：2021年03月05日) and a WP_VisitCount span, the body in
# div.wp_articlecontent with a picture and its caption; 上一条/下一条 and a footer after it
SUDY_GAOYUAN = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="description" content="3月4日，机械工程学院召开2021年党建与思想政治工作会议。" />
<title>机械工程学院召开2021年党建与思想政治工作会议</title>
<link type="text/css" href="/_css/_system/system.css" rel="stylesheet"/>
<link type="text/css" href="/_upload/site/1/style/5/5.css" rel="stylesheet"/>
<script language="javascript" src="/_js/jquery.min.js" sudy-wp-context="" sudy-wp-siteId="12"></script>
</head>
<body class="list">
<div class="wrapper header" id="header"><div class="inner"><div class="head clearfix"><div class="sitelogo fl"><a href="/main.htm"><img src="/_upload/tpl/00/01/1/template1/images/logo.png" alt="宁江大学机械工程学院" /></a></div></div>
<div class="nav"><ul class="wp-menu"><li class="menu-item"><a href="/main.htm">首页</a></li><li class="menu-item"><a href="/xygk/list.htm">学院概况</a></li><li class="menu-item"><a href="/xwdt/list.htm">新闻动态</a></li><li class="menu-item"><a href="/djgz/list.htm">党建工作</a></li><li class="menu-item"><a href="/rcpy/list.htm">人才培养</a></li></ul></div></div></div>
<div class="wrapper" id="d-container"><div class="inner clearfix">
<div class="col_path"><span class="path_name">当前位置：</span><div class="col_path_box"><a href="/main.htm">首页</a><span class="possplit">&nbsp;&nbsp;</span><a href="/xwdt/list.htm">新闻动态</a></div></div>
<div class="infobox"><div class="article" frag="窗口3" portletmode="simpleArticleAttri">
<h1 class="arti_title">机械工程学院召开2021年党建与思想政治工作会议</h1>
<p class="arti_metas"><span class="arti_publisher">发布者：李婷</span><span class="arti_from">稿源：机械工程学院党委</span><span class="arti_update">发布时间：2021年03月05日</span><span class="arti_views">浏览次数：<span class="WP_VisitCount" url="/_visitcountdisplay?siteId=12&type=3&articleId=356789">0</span></span></p>
<div class="entry"><div class="read"><div class='wp_articlecontent'>
<p style="text-indent:2em;">3月4日下午，机械工程学院在行政楼报告厅召开2021年党建与思想政治工作会议，学院领导班子成员、各党支部书记和全体教职工党员参加会议。</p>
<p style="text-align:center;"><img src="/_upload/article/images/3a/5b/9c1d2e3f4a5b6c7d8e9f0a1b2c3d/4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8.jpg" width="600" original-src="/_upload/article/images/3a/5b/orig.jpg" sudyfile-attr="{'title':'会议现场.jpg'}" /></p>
<p style="text-align:center;">会议现场</p>
<p style="text-indent:2em;">会上，学院党委书记总结了2020年学院党建和思想政治工作，部署了2021年重点任务，要求各党支部以党史学习教育为主线，推动党建工作与学科建设、人才培养深度融合。</p>
<p style="text-indent:2em;">会议对2020年度先进党支部和优秀共产党员进行了表彰，三个党支部书记作了交流发言。</p>
</div></div></div>
<div class="arti-prevnext"><p>上一条：<a href="/2021/0302/c1234a356700/page.htm">学院召开新学期教学工作会议</a></p><p>下一条：<a href="/2021/0308/c1234a356811/page.htm">学院举办三八妇女节趣味运动会</a></p></div>
</div></div>
</div></div>
<div class="wrapper footer" id="footer"><div class="inner"><div class="foot clearfix"><p>地址：宁江市江北区风华路818号　邮编：315211</p><p>Copyright &copy; 2021 宁江大学机械工程学院 版权所有　浙ICP备05005678号</p></div></div></div>
</body>
</html>
"""

PAGES: list[Page] = [
    Page(
        "trs-govcn-pages-date",
        "http://www.ningjiang.example.gov.cn/art/tzgg/202103/t20210305_3634567.html",
        TRS_GOVCN_PAGES_DATE,
        "宁江市教育局关于做好2021年义务教育招生入学工作的通知",
        "2021-03-05",
        "宁江市教育局",
        "各区（县、市）教育局，市直属各学校：",
        "2021年3月4日",
        ("字体", "打印本页", "分享到", "相关稿件", "2021年宁江市中小学春季开学时间确定", "网站标识码", "政府网站找错"),
    ),
    Page(
        "kaipu-ucapcontent",
        "http://www.jbq.example.gov.cn/jbqrmzf/jysf/202103/c4d5e6f7a8b94c0d9e1f2a3b4c5d6e7f.shtml",
        KAIPU_UCAPCONTENT,
        "江北区2021年春季学期中小学服务性收费和代收费项目公示",
        "2021-03-05",
        "江北区教育局计财科",
        "根据《浙江省中小学服务性收费和代收费管理办法》有关规定，现将我区2021年春季学期中小学服务性收费和代收费项目及标准公示如下：",
        "公示期间如有疑问，请与区教育局计财科联系，联系电话：0574-87651234；监督电话：0574-87659876。",
        ("浏览量", "字号", "打印本页", "上一篇", "江北区民办幼儿园2021年保育教育费标准备案公示", "政府网站找错"),
    ),
    Page(
        "hanweb-2021-xxgk-li",
        "http://jyj.jbq.example.gov.cn/art/2021/3/5/art_1305_4567890.html",
        HANWEB_2021_LI,
        "江北区教育局关于印发《2021年全区教育系统党建工作要点》的通知",
        "2021-03-05",
        None,
        "各中小学、幼儿园党组织，局机关各科室：",
        "2021年3月2日",
        ("索引号", "发布机构", "北教党〔2021〕3号", "公开范围", "打印本页", "关闭窗口", "网站标识码"),
    ),
    Page(
        "zj-xxgk-th-table",
        "http://jyj.ningjiang.example.gov.cn/xxgk/gfxwj/202103/t20210305_9900.html",
        ZJ_XXGK_TABLE,
        "宁江市教育局 宁江市发展和改革委员会关于调整普通高中学费标准的通知",
        "2021-03-05",
        "宁江市教育局",
        "各区（县、市）教育局、发展改革局，市直属各普通高中：",
        "2021年3月1日",
        ("索引号", "甬江教计〔2021〕8号", "有效性", "相关信息", "政策解读", "打印本页", "网站标识码"),
    ),
    Page(
        "nanwei-redhead-signature",
        "http://jyj.jbq.example.gov.cn/tzgg/2021-03-05/4527.html",
        NANWEI_REDHEAD,
        "关于开展2021年春季中小学校园安全隐患排查整治工作的通知",
        "2021-03-05",
        "江北区教育局办公室",
        "北教〔2021〕15号",
        "2021年3月3日",
        ("阅读次数", "文章来源", "上一篇", "关于举办全区中小学安全管理干部培训班的通知", "政府网站找错"),
    ),
    Page(
        "dede-school-gbk",
        "http://www.jbsyzx.example.cn/xxtz/2021/0305/12.html",
        DEDE_SCHOOL,
        "关于2021年春季学期学生返校工作的通知",
        "2021-03-05",
        None,  # 来源:未知 names no one: null, as every placeholder source
        "各位家长、同学们：",
        "宁江市江北实验中学政教处",
        ("分隔线", "上一篇", "挑错", "推荐内容", "学雷锋志愿服务活动启动", "Powered by", "点击"),
        gbk=True,
    ),
    Page(
        "phpcms-v9-h1-span-gbk",
        "http://www.nj2z.example.cn/xyxw/2021/0305/347.html",
        PHPCMS_V9,
        "我校举行2021年春季田径运动会",
        "2021-03-05",
        "本校",
        "3月4日至5日，我校第三十八届田径运动会在学校田径场举行，全校36个班级的1200余名运动员参加了24个项目的角逐。",
        "经过激烈角逐，高二（3）班、高一（5）班、高三（1）班分获团体总分前三名，另有8个班级获得“体育道德风尚奖”。",
        ("相关热词搜索", "上一篇", "延伸阅读", "网友评论", "频道总排行", "高三年级召开百日誓师大会", "评论："),
        gbk=True,
    ),
    Page(
        "asp-2008-date-after-body-gbk",
        "http://www.zqzx.example.cn/Article/ShowArticle.asp?ArticleID=356",
        ASP_2008,
        "关于收取2008年春季学期学生课本费的通知",
        "2008-03-05",
        "本站原创",
        "各位家长：",
        "请家长于3月10日前将费用交给班主任，学校统一开具省财政厅监制的收费票据。",
        (
            "文章录入",
            "责任编辑",
            "上一篇文章",
            "发表评论",
            "相关文章",
            "关于收取2007年秋季学期学生课本费的通知",
            "网友评论",
        ),
        gbk=True,
    ),
    Page(
        "jiqun-viewnews-gbk",
        "http://www.jbhtxx.example.cn/ViewNews.aspx?NewsID=3456",
        JIQUN_VIEWNEWS,
        "关于缴纳2021年春季学期学生作业本费的通知",
        "2021-03-05",
        None,
        "各位家长：",
        "请家长于3月12日前完成缴费，家庭经济困难的学生可向班主任提出减免申请。",
        ("发布人", "点击数", "[打印]", "上一篇", "最新通知", "寒假安全致家长的一封信", "技术支持"),
        gbk=True,
    ),
    Page(
        "sudy-arti-metas-gaoyuan",
        "http://jxxy.nj.example.edu.cn/2021/0305/c1234a356789/page.htm",
        SUDY_GAOYUAN,
        "机械工程学院召开2021年党建与思想政治工作会议",
        "2021-03-05",
        "机械工程学院党委",
        "3月4日下午，机械工程学院在行政楼报告厅召开2021年党建与思想政治工作会议，学院领导班子成员、各党支部书记和全体教职工党员参加会议。",
        "会议对2020年度先进党支部和优秀共产党员进行了表彰，三个党支部书记作了交流发言。",
        ("发布者", "稿源", "浏览次数", "上一条", "学院举办三八妇女节趣味运动会", "风华路818号"),
    ),
]
