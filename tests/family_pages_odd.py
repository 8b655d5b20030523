"""Article pages of disclosure pages whose body is a table, an attachment or a picture, and article pages that look like lists: written by hand after each family's public template markup, names, hosts and
numbers made up (tests/test_article_families.py checks every field of each).

Shapes: a 收费公示 whose body is mostly a fee table; a notice whose body is one 附件： line of links; a 财务公开
page whose body is one scanned image and its caption; a two-paragraph article beside three dated side lists; a
body ending on an <ol> above 上一篇/下一篇 and print links; a 党务公开 body that repeats the title as its first line;
a table-era page whose content cell stands next to twenty category links; a 招生简章 with <h3> sections and a
table; a page dated only by its URL and an unlabelled [YYYY-MM-DD]; a 信息公开 metadata box above the title."""

from family_page import Page

# (1) a 收费公示 on a DedeCMS school template (GBK): the body is an intro sentence, a fee table (序号/项目/标准/依据/
# 备注) and the school's signature, all inside Dede's <table width='100%'><tr><td> body wrapper
DEDE_FEE_TABLE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>江北区实验小学2021学年第一学期收费项目及标准公示_收费公示_江北区实验小学</title>
<meta name="keywords" content="收费公示,江北区实验小学" />
<meta name="description" content="根据上级有关文件规定，现将我校2021学年第一学期收费项目及标准公示如下" />
<link href="/templets/jbsx/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
</head>
<body>
<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/"><img src="/templets/jbsx/images/logo.gif" alt="江北区实验小学" /></a></h1></div>
<div class="toplinks"><a href="/plus/heightsearch.php" target="_blank">高级搜索</a>|<a href="/data/sitemap.html" target="_blank">网站地图</a>|<a href="/tags.php">TAG标签</a></div></div>
<div class="nav w960 center"><ul>
<li><a href="/">主页</a></li><li><a href="/a/xxgk/">学校概况</a></li><li class="thisclass"><a href="/a/xwgk/">校务公开</a></li><li><a href="/a/jxky/">教学科研</a></li><li><a href="/a/dyzl/">德育之窗</a></li><li><a href="/a/jsfc/">教师风采</a></li><li><a href="/a/xsyd/">学生园地</a></li>
</ul></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
<div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/a/xwgk/'>校务公开</a> > <a href='/a/xwgk/sfgs/'>收费公示</a> > 正文</div>
<div class="viewbox">
<div class="title"><h2>江北区实验小学2021学年第一学期收费项目及标准公示</h2></div>
<div class="info"><small>发布时间：</small>2021-09-01 08:30 <small>来源：</small>总务处 <small>作者：</small>王丽 <small>点击：</small><script src="/plus/count.php?view=yes&aid=318&mid=1" type='text/javascript' language="javascript"></script>次</div>
<div class="content">
<table width='100%'>
<tr><td>
<p>　　根据上级有关文件规定，经区教育局审核同意，现将我校2021学年第一学期收费项目及标准公示如下：</p>
<table border="1" cellspacing="0" cellpadding="4" width="620" align="center" style="border-collapse:collapse">
<tbody>
<tr><td align="center"><strong>序号</strong></td><td align="center"><strong>收费项目</strong></td><td align="center"><strong>收费标准</strong></td><td align="center"><strong>收费依据</strong></td><td align="center"><strong>备注</strong></td></tr>
<tr><td align="center">1</td><td>作业本费</td><td>一至二年级32元/生·学期；三至六年级45元/生·学期</td><td>甬价费〔2019〕18号</td><td>自愿购买，据实结算</td></tr>
<tr><td align="center">2</td><td>午餐费</td><td>每餐7元</td><td>江北教〔2020〕36号</td><td>按实际就餐天数收取</td></tr>
<tr><td align="center">3</td><td>课后服务费</td><td>每课时2元</td><td>甬教基〔2019〕62号</td><td>自愿参加</td></tr>
<tr><td align="center">4</td><td>校服费</td><td>夏装2套138元，冬装1套165元</td><td>江北教〔2018〕51号</td><td>自愿购买</td></tr>
<tr><td align="center">5</td><td>学生意外伤害保险</td><td>50元/生·年</td><td>甬教计〔2017〕88号</td><td>自愿参保，由保险公司收取</td></tr>
</tbody>
</table>
<p>　　以上收费项目均开具正式票据，学校不收取上表以外的任何费用。如有疑问，请拨打监督电话：0574-87651234。</p>
<p style="text-align:right">江北区实验小学</p>
<p style="text-align:right">2021年8月30日</p>
</td></tr>
</table>
</div>
<div class="dede_pages"><ul class="pagelist"></ul></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle">
<div class="context"><ul>
<li>上一篇：<a href='/a/xwgk/sfgs/2021/0226/301.html'>江北区实验小学2021年春季学期收费项目及标准公示</a> </li>
<li>下一篇：没有了 </li>
</ul></div>
<div class="actbox"><ul>
<li id="act-fav"><a href="/plus/stow.php?aid=318" target="_blank">收藏</a></li>
<li id="act-err"><a href="/plus/erraddsave.php?aid=318" target="_blank">挑错</a></li>
<li id="act-pus"><a href="/plus/recommend.php?aid=318" target="_blank">推荐</a></li>
<li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li>
</ul></div>
</div>
</div>
</div>
<div class="pright">
<div class="commend mt1"><dl class="tbox light"><dt class='light'><strong>推荐内容</strong></dt><dd class='light'><ul class="d4">
<li><a href="/a/xwgk/sfgs/2021/0226/301.html">江北区实验小学2021年春季学期收费项目及标准公示</a><p>根据上级有关文件规定，现将我校2021年春季学期收费项目...</p></li>
<li><a href="/a/xwgk/2021/0615/289.html">关于2021年暑假放假安排的通知</a><p>根据区教育局校历安排，我校2021年暑假...</p></li>
</ul></dd></dl></div>
</div>
</div>
<div class="footer w960 center mt1 clear">
<p class="powered">江北区实验小学 版权所有 地址：江北区育才路58号 电话：0574-87651000<br /><a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备12034567号</a></p>
</div>
</body>
</html>
"""

# (2) a SiteServer notice whose whole body is one line: 附件： and three attachment links (.pdf, .doc, .xls)
SITESERVER_ATTACHMENTS = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于公布2021学年校务公开目录的通知 - 江北区育英中学</title>
<link rel="stylesheet" type="text/css" href="/css/style.css">
<script type="text/javascript" src="/sitefiles/assets/jquery/jquery-1.9.1.min.js"></script>
</head>
<body>
<div class="top"><div class="wrap"><a class="logo" href="/"><img src="/images/logo.png" alt="江北区育英中学"></a>
<div class="top-link"><a href="javascript:;" onclick="SetHome(this,window.location)">设为首页</a> | <a href="javascript:;" onclick="AddFavorite(window.location,document.title)">加入收藏</a></div></div></div>
<div class="nav"><ul class="wrap">
<li><a href="/">首页</a></li><li><a href="/xxgk/">学校概况</a></li><li><a href="/xwzx/">新闻中心</a></li><li class="on"><a href="/xwgk/">校务公开</a></li><li><a href="/dwgk/">党务公开</a></li><li><a href="/jyjx/">教育教学</a></li><li><a href="/zsxx/">招生信息</a></li>
</ul></div>
<div class="wrap clearfix">
<div class="side">
<div class="side-title">校务公开</div>
<ul class="side-menu"><li><a href="/xwgk/xxgkml/">公开目录</a></li><li class="on"><a href="/xwgk/tzgg/">通知公告</a></li><li><a href="/xwgk/cwgk/">财务公开</a></li><li><a href="/xwgk/sfgs/">收费公示</a></li><li><a href="/xwgk/zbcg/">招标采购</a></li></ul>
</div>
<div class="main">
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/xwgk/">校务公开</a> &gt; <a href="/xwgk/tzgg/">通知公告</a> &gt; 正文</div>
<div class="article">
<h1 class="article-title">关于公布2021学年校务公开目录的通知</h1>
<div class="article-info">发布时间：2021/03/05 10:20 &nbsp;&nbsp; 浏览次数：<span><script src="/api/sys/stl/actions/analysis?siteId=1&channelId=35&contentId=2468"></script></span></div>
<div class="article-content">
<p>附件：<a href="/upload/files/2021/3/05102011.pdf">2021学年校务公开目录.pdf</a>&nbsp;&nbsp;<a href="/upload/files/2021/3/05102012.doc">校务公开工作责任分解表.doc</a>&nbsp;&nbsp;<a href="/upload/files/2021/3/05102013.xls">2021学年校务公开事项清单.xls</a></p>
</div>
<div class="article-tool">【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="article-pn">
<p>上一篇：<a href="/xwgk/tzgg/contents/35/2455.html">关于2021年寒假放假安排的通知</a></p>
<p>下一篇：<a href="/xwgk/tzgg/contents/35/2471.html">关于开展2021年春季学期家长开放日活动的通知</a></p>
</div>
</div>
</div>
</div>
<div class="footer"><div class="wrap">
<p>Copyright &copy; 2021 江北区育英中学 版权所有 &nbsp; 地址：江北区文教路102号 &nbsp; 邮编：315020</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备18056789号-1</a> &nbsp; 技术支持：SiteServer CMS</p>
</div></div>
</body>
</html>
"""

# (3) a KesionCMS 财务公开 page (GBK): the body is one scanned page (<img>) and a caption line under it
KESION_IMAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>江北第二中学2020年度部门决算公开-江北第二中学</title>
<meta name="keywords" content="江北第二中学,财务公开" />
<link href="/images/style.css" rel="stylesheet" type="text/css" />
<script src="/ks_inc/jquery.js" type="text/javascript"></script>
</head>
<body>
<div class="top"><div class="logo"><a href="/"><img src="/images/logo.png" alt="江北第二中学" /></a></div>
<div class="topr"><a href="#" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.jbez.example.cn');">设为首页</a> | <a href="javascript:window.external.addFavorite('http://www.jbez.example.cn','江北第二中学')">加入收藏</a></div></div>
<div class="menu"><ul><li><a href="/">网站首页</a></li><li class="line">|</li><li><a href="/html/xxgk/">学校概况</a></li><li class="line">|</li><li><a href="/html/xxxw/">学校新闻</a></li><li class="line">|</li><li><a href="/html/xwgk/">校务公开</a></li><li class="line">|</li><li><a href="/html/cwgk/">财务公开</a></li><li class="line">|</li><li><a href="/html/jyky/">教研科研</a></li></ul></div>
<div class="main">
<div class="location">您现在的位置：<a href="/">江北第二中学</a> >> <a href="/html/xwgk/">校务公开</a> >> <a href="/html/cwgk/">财务公开</a> >> 浏览文章</div>
<div class="left"><div class="leftbox"><div class="lefttitle">栏目导航</div><ul class="leftnav"><li><a href="/html/xwgk/">校务公开</a></li><li class="on"><a href="/html/cwgk/">财务公开</a></li><li><a href="/html/sfgs/">收费公示</a></li><li><a href="/html/zbcg/">招标采购</a></li></ul></div></div>
<div class="right">
<div class="artbox">
<h1 class="arttitle">江北第二中学2020年度部门决算公开</h1>
<div class="artinfo">作者：佚名&nbsp;&nbsp;信息来源：财务室&nbsp;&nbsp;发布时间：2021年01月20日&nbsp;&nbsp;点击数：<span id="ks_hits"><script src="/item/GetHits.asp?m=1&id=567"></script></span></div>
<div id="MyContent">
<p align="center"><img src="/UploadFiles/2021/1/20210120153012345.jpg" width="760" height="1075" border="0" alt="" /></p>
<p align="center">江北第二中学2020年度部门决算公开表（扫描件）</p>
</div>
<div class="prevnext">上一篇：<a href="/Item/Show.asp?m=1&d=541">江北第二中学2021年度部门预算公开</a><br />下一篇：没有了</div>
<div class="arttool">【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
</div>
</div>
<div class="foot">Copyright &copy; 2021 江北第二中学 版权所有 &nbsp;地址：江北区中马路88号 &nbsp;电话：0574-87661234<br />浙ICP备11023456号</div>
</body>
</html>
"""

# (4) a PowerEasy 2006 article (GBK) with a two-paragraph body beside three dated side lists of ten rows each
# (相关文章, 热门文章, 最新公告): thirty dated links against two paragraphs, so the page reads like a list
POWEREASY_SIDE_LISTS = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>江北镇中心小学--关于调整学校作息时间的通知</title>
<link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin=0 topmargin=0 onmousemove='HideMenu()'>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="top_tdbgall">
<tr><td class="top_top"><a href="/"><img src="/Images/logo.gif" alt="江北镇中心小学" border="0"></a></td></tr>
<tr><td class="top_Channel">|&nbsp;<a class="Channel" href="/">网站首页</a>&nbsp;|&nbsp;<a class="Channel" href="/Article/">校务公开</a>&nbsp;|&nbsp;<a class="Channel" href="/Soft/">资源下载</a>&nbsp;|&nbsp;<a class="Channel" href="/Photo/">校园风采</a>&nbsp;|&nbsp;<a class="Channel" href="/GuestBook/">留言板</a>&nbsp;|</td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="center_tdbgall">
<tr>
<td width="575" valign="top" class="main_tdbgall">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="main_title_575">&nbsp;您现在的位置：&nbsp;<a href="/">江北镇中心小学</a>&nbsp;&gt;&gt;&nbsp;<a href="/Article/Index.asp">校务公开</a>&nbsp;&gt;&gt;&nbsp;<a href="/Article/ShowClass.asp?ClassID=5">学校公告</a>&nbsp;&gt;&gt;&nbsp;正文</td></tr>
<tr><td class="main_ArticleTitle" align="center"><font size="4"><b>关于调整学校作息时间的通知</b></font></td></tr>
<tr><td class="Article_tdbgall" align="center">作者：教导处&nbsp;&nbsp;&nbsp;&nbsp;文章来源：本站&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script language="javascript" src="/Article/GetHits.asp?ArticleID=2345"></script>&nbsp;&nbsp;&nbsp;&nbsp;更新时间：2021-3-5&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:fontZoomA();" class="top_UserLogin">小</a> <a href="javascript:fontZoomB();" class="top_UserLogin">大</a>】</td></tr>
<tr><td id="fontzoom" class="main_ArticleContent">
<p>　　根据季节变化，经学校行政会研究决定，自2021年3月8日起调整学校作息时间：上午第一节课8:10开始，下午第一节课13:30开始，放学时间为16:10。</p>
<p>　　请各班主任及时通知学生和家长，家长接送孩子时请遵守校门口交通秩序，不要过早到校门口等候。</p>
</td></tr>
<tr><td align="right" class="main_tdbg_575">【<a href="/Article/Comment.asp?ArticleID=2345" target="_blank">发表评论</a>】【<a href="/Article/SendMail.asp?ArticleID=2345" target="_blank">告诉好友</a>】【<a href="/Article/Print.asp?ArticleID=2345" target="_blank">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>
<tr><td class="main_tdbg_575">上一篇文章：<a href="/Article/ShowArticle.asp?ArticleID=2338">江北镇中心小学2021年春季开学通知</a><br>下一篇文章：<a href="/Article/ShowArticle.asp?ArticleID=2351">关于开展“学雷锋”主题活动的通知</a></td></tr>
</table>
<table width="100%" border="0" cellpadding="0" cellspacing="0" class="main_title_575">
<tr><td class="main_title_575">&nbsp;<b>相关文章</b></td></tr>
<tr><td class="main_tdbg_575">
<li><a href="/Article/ShowArticle.asp?ArticleID=2290">关于2020学年第一学期作息时间的通知</a>[2020-9-1]</li>
<li><a href="/Article/ShowArticle.asp?ArticleID=2211">关于调整夏季作息时间的通知</a>[2020-5-8]</li>
<li><a href="/Article/ShowArticle.asp?ArticleID=2150">关于延迟开学期间学生居家学习安排的通知</a>[2020-2-10]</li>
<li><a href="/Article/ShowArticle.asp?ArticleID=2103">关于调整冬季作息时间的通知</a>[2019-11-4]</li>
<li><a href="/Article/ShowArticle.asp?ArticleID=2046">2019学年第一学期校历</a>[2019-8-28]</li>
<li><a href="/Article/ShowArticle.asp?ArticleID=1998">关于调整夏季作息时间的通知</a>[2019-5-6]</li>
<li><a href="/Article/ShowArticle.asp?ArticleID=1931">2019年春季学期校历</a>[2019-2-15]</li>
<li><a href="/Article/ShowArticle.asp?ArticleID=1877">关于调整冬季作息时间的通知</a>[2018-11-5]</li>
<li><a href="/Article/ShowArticle.asp?ArticleID=1820">2018学年第一学期校历</a>[2018-8-29]</li>
<li><a href="/Article/ShowArticle.asp?ArticleID=1769">关于调整夏季作息时间的通知</a>[2018-5-7]</li>
</td></tr>
</table>
</td>
<td width="5"></td>
<td width="198" valign="top" class="right_tdbgall">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="right_title">&nbsp;<b>热门文章</b></td></tr>
<tr><td class="right_tdbg">
<li><a href="/Article/ShowArticle.asp?ArticleID=2338">江北镇中心小学2021年春季开学通知</a>[2021-2-20]</li>
<li><a href="/Article/ShowArticle.asp?ArticleID=2321">2021年寒假致家长的一封信</a>[2021-1-28]</li>
<li><a href="/Article/ShowArticle.asp?ArticleID=2307">我校举行2020年冬季运动会</a>[2020-12-18]</li>
<li><a href="/Article/ShowArticle.asp?ArticleID=2299">我校学生在区书法比赛中获佳绩</a>[2020-12-2]</li>
<li><a href="/Article/ShowArticle.asp?ArticleID=2285">2020年秋季学期家长会圆满召开</a>[2020-11-20]</li>
<li><a href="/Article/ShowArticle.asp?ArticleID=2276">关于预防秋冬季传染病的温馨提示</a>[2020-11-9]</li>
<li><a href="/Article/ShowArticle.asp?ArticleID=2263">我校开展消防安全疏散演练</a>[2020-10-28]</li>
<li><a href="/Article/ShowArticle.asp?ArticleID=2254">一年级新生入学适应周活动掠影</a>[2020-9-15]</li>
<li><a href="/Article/ShowArticle.asp?ArticleID=2247">2020年教师节表彰大会隆重举行</a>[2020-9-10]</li>
<li><a href="/Article/ShowArticle.asp?ArticleID=2241">致全体家长的秋季开学告知书</a>[2020-8-30]</li>
</td></tr></table>
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="right_title">&nbsp;<b>最新公告</b></td></tr>
<tr><td class="right_tdbg">
<li><a href="/Announce.asp?ID=118">关于开展“学雷锋”主题活动的通知</a>[2021-3-5]</li>
<li><a href="/Announce.asp?ID=117">三月份学校工作安排</a>[2021-3-1]</li>
<li><a href="/Announce.asp?ID=116">2021年春季学期开学通知</a>[2021-2-20]</li>
<li><a href="/Announce.asp?ID=115">寒假安全告家长书</a>[2021-1-28]</li>
<li><a href="/Announce.asp?ID=114">关于期末考试安排的通知</a>[2021-1-15]</li>
<li><a href="/Announce.asp?ID=113">元旦放假通知</a>[2020-12-30]</li>
<li><a href="/Announce.asp?ID=112">关于开展冬季长跑活动的通知</a>[2020-12-1]</li>
<li><a href="/Announce.asp?ID=111">十一月份学校工作安排</a>[2020-11-2]</li>
<li><a href="/Announce.asp?ID=110">国庆中秋放假通知</a>[2020-9-28]</li>
<li><a href="/Announce.asp?ID=109">九月份学校工作安排</a>[2020-9-1]</li>
</td></tr></table>
</td>
</tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="Bottom_tdbgall">
<tr><td class="Bottom_Adminlogo" align="center">江北镇中心小学 版权所有 &nbsp;地址：江北镇文化路6号 &nbsp;电话：0574-87551234<br>浙ICP备09012345号</td></tr>
</table>
</body>
</html>
"""

# (5) DedeCMS's default article template (UTF-8): a body that ends on a numbered list <ol>, then 上一篇/下一篇 and
# the actbox (收藏 挑错 推荐 打印) and a 【打印本页】【关闭窗口】 line
DEDE_OL_PREVNEXT = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>关于加强学生在校期间手机管理的规定_校务公开_江北职业高级中学</title>
<meta name="keywords" content="手机管理" />
<meta name="description" content="为保护学生视力，营造良好的学习环境，经学校行政会研究，现就学生在校期间手机管理作如下规定" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
</head>
<body class="articleview">
<div class="header_top"><div class="w960 center"><span id="time" class="time">织梦CMS - 轻松建站从此开始！</span><div class="toplinks"><a href="/plus/heightsearch.php" target="_blank">高级搜索</a>|<a href="/data/sitemap.html" target="_blank">网站地图</a>|<a href="/tags.php">TAG标签</a><a href="/data/rssmap.html" class="rss">RSS订阅</a></div></div></div>
<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/"><img src="/templets/default/images/logo.gif" height="54" width="216" alt="江北职业高级中学"/></a></h1></div></div>
<div class="module blue mT10 wrapper w963"><div id="navMenu"><ul>
<li><a href='/'><span>主页</span></a></li><li><a href='/a/xxgk/' rel='dropmenu1'><span>学校概况</span></a></li><li><a href='/a/xwgk/' rel='dropmenu2'><span>校务公开</span></a></li><li><a href='/a/zyjs/' rel='dropmenu3'><span>专业建设</span></a></li><li><a href='/a/xsgz/'><span>学生工作</span></a></li><li><a href='/a/zsjy/'><span>招生就业</span></a></li>
</ul></div></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
<div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/a/xwgk/'>校务公开</a> > </div>
<div class="viewbox">
<div class="title"><h2>关于加强学生在校期间手机管理的规定</h2></div>
<div class="info"><small>时间:</small>2021-04-12 09:15<small>来源:</small>政教处 <small>作者:</small>admin <small>点击:</small><script src="/plus/count.php?view=yes&aid=456&mid=1" type='text/javascript' language="javascript"></script>次</div>
<div class="content">
<table width='100%'>
<tr><td>
<p>为保护学生视力，营造良好的学习环境，经学校行政会研究，现就学生在校期间手机管理作如下规定：</p>
<ol>
<li>学生原则上不得将手机带入校园；确有需要的，须由家长提出书面申请，经班主任同意后方可带入。</li>
<li>经同意带入校园的手机，学生进校后须关机并交班主任统一保管，离校时领回。</li>
<li>学生在校期间需要与家长联系的，可使用各班教室和宿舍楼的亲情电话。</li>
<li>学生在校期间私自使用手机的，由班主任暂时保管，并通知家长到校领回。</li>
<li>本规定自2021年4月19日起执行，由政教处负责解释。</li>
</ol>
</td></tr>
</table>
</div>
<div class="dede_pages"><ul class="pagelist"></ul></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle">
<div class="context"><ul>
<li>上一篇：<a href='/a/xwgk/2021/0408/455.html'>关于2021年清明节放假安排的通知</a> </li>
<li>下一篇：<a href='/a/xwgk/2021/0416/459.html'>江北职业高级中学2021年春季运动会秩序册</a> </li>
</ul></div>
<div class="actbox"><ul>
<li id="act-fav"><a href="/plus/stow.php?aid=456" target="_blank">收藏</a></li>
<li id="act-err"><a href="/plus/erraddsave.php?aid=456" target="_blank">挑错</a></li>
<li id="act-pus"><a href="/plus/recommend.php?aid=456" target="_blank">推荐</a></li>
<li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li>
</ul></div>
</div>
<div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
</div>
<div class="pright">
<div class="infos_userinfo"><dl class="tbox"><dt><strong>栏目列表</strong></dt><dd><ul class="d6"><li><a href='/a/xwgk/xxgkml/'>公开目录</a></li><li><a href='/a/xwgk/tzgg/'>通知公告</a></li><li><a href='/a/xwgk/cwgk/'>财务公开</a></li></ul></dd></dl></div>
<div class="hot mt1"><dl class="tbox light"><dt class='light'><strong>热点内容</strong></dt><dd class='light'><ul class="c1 ico2">
<li><a href="/a/xwgk/2021/0408/455.html">关于2021年清明节放假安排的通知</a></li>
<li><a href="/a/zsjy/2021/0322/441.html">2021年学生顶岗实习双选会举行</a></li>
<li><a href="/a/xsgz/2021/0310/432.html">我校开展“学雷锋”志愿服务活动</a></li>
</ul></dd></dl></div>
</div>
</div>
<div class="footer w960 center mt1 clear">
<div class="footer_left"></div>
<div class="footer_body"><p class="powered">Powered by <a href="http://www.dedecms.com" title="织梦CMS" target="_blank"><strong>DedeCMS</strong></a> &copy; 2004-2021 江北职业高级中学 版权所有</p>
<div class="copyright">Copyright &copy; 2021 江北职业高级中学 <a href="https://beian.miit.gov.cn/">浙ICP备13045678号</a></div></div>
<div class="footer_right"></div>
</div>
</body>
</html>
"""

# (6) a VSB/博达 党务公开 article: the body opens by repeating the title (a centred bold line) and closes on the
# branch's signature and date
VSB_PARTY_TITLE_REPEAT = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>中共江北中学支部委员会关于2021年上半年党费收缴情况的公示-江北中学</title>
<meta name="pageType" content="3"><meta name="pageTitle" content="中共江北中学支部委员会关于2021年上半年党费收缴情况的公示">
<meta name="description" content="根据《中国共产党章程》和党费收缴、使用和管理的有关规定，现将我校党支部2021年1月至6月党费收缴情况公示如下">
<script language="javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1023,'/content.jsp',3456,1463826735)</script>
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<div class="header"><div class="w1200"><a class="logo" href="../../index.htm"><img src="../../images/logo.png" alt="江北中学"></a>
<div class="search"><script type="text/javascript">function _nl_ys_check(){ return true; }</script><form action="../../ssjgy.jsp?wbtreeid=1001" method="post" name="a164936a" onsubmit="return _nl_ys_check()"><input type="text" name="showkeycode" id="showkeycode" placeholder="请输入关键字"><input type="submit" value="搜索"></form></div></div></div>
<div class="nav"><ul class="w1200"><li><a href="../../index.htm">首页</a></li><li><a href="../../xxgk.htm">学校概况</a></li><li><a href="../../xwzx.htm">新闻中心</a></li><li class="on"><a href="../../dwgk.htm">党务公开</a></li><li><a href="../../xwgk.htm">校务公开</a></li><li><a href="../../jyjx.htm">教育教学</a></li></ul></div>
<div class="main w1200">
<div class="main-left"><div class="lm-name">党务公开</div><ul class="lm-list"><li><a href="../../dwgk/dzbjs.htm">党支部建设</a></li><li class="on"><a href="../../dwgk/dwgs.htm">党务公示</a></li><li><a href="../../dwgk/llxx.htm">理论学习</a></li><li><a href="../../dwgk/dflz.htm">党风廉政</a></li></ul></div>
<div class="main-right">
<div class="position">当前位置：<a href="../../index.htm">首页</a>&nbsp;&gt;&nbsp;<a href="../../dwgk.htm">党务公开</a>&nbsp;&gt;&nbsp;<a href="../../dwgk/dwgs.htm">党务公示</a>&nbsp;&gt;&nbsp;正文</div>
<form name="_newscontent_fromname">
<div class="content-title"><h3>中共江北中学支部委员会关于2021年上半年党费收缴情况的公示</h3>
<p class="info"><span>发布日期：2021年06月28日</span><span>点击：<script>_showDynClicks("wbnews", 1463826735, 3456)</script></span></p></div>
<div id="vsb_content"><div class="v_news_content">
<p style="text-align: center;"><strong>中共江北中学支部委员会关于2021年上半年党费收缴情况的公示</strong></p>
<p style="text-indent: 2em;">根据《中国共产党章程》和党费收缴、使用和管理的有关规定，现将我校党支部2021年1月至6月党费收缴情况公示如下：</p>
<p style="text-indent: 2em;">一、我校党支部现有党员46名，其中在职党员39名，退休党员7名。2021年1月至6月应缴党费合计18426.50元，实缴党费18426.50元，收缴率100%。</p>
<p style="text-indent: 2em;">二、上述党费已按规定全额上缴区教育局机关党委，未截留、挪用。</p>
<p style="text-indent: 2em;">公示期为2021年6月28日至7月4日。如有疑问，请与党支部组织委员联系，联系电话：0574-87659876。</p>
<p style="text-align: right;">中共江北中学支部委员会</p>
<p style="text-align: right;">2021年6月28日</p>
</div></div>
<div id="div_vote_id"></div>
<div class="pn"><p>上一条：<a href="3421.htm">关于开展党史学习教育专题组织生活会的通知</a></p><p>下一条：<a href="3470.htm">江北中学党支部2021年“七一”表彰名单公示</a></p></div>
</form>
</div>
</div>
<div class="footer"><div class="w1200"><p>版权所有 &copy; 江北中学 &nbsp; 地址：江北区湖西路1号 &nbsp; 邮编：315033</p><p>浙ICP备10067890号 &nbsp; 浙公网安备 33020502000123号</p></div></div>
</body>
</html>
"""

# (7) a hand-made ASP site of the table-layout era (GBK): the content is a <td> next to a left cell of twenty
# category links; the body is <br>-separated lines indented with &nbsp;, not paragraphs
ASP_LEFT_MENU_CELL = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>江北镇中学</title>
<link href="css/css.css" rel="stylesheet" type="text/css">
<script language="JavaScript">
function fontZoom(size){ document.getElementById('fontzoom').style.fontSize=size+'px'; }
</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/banner.jpg" width="778" height="120"></td></tr>
<tr><td height="28" background="images/navbg.gif" align="center" class="nav"><a href="index.asp">首 页</a> | <a href="news_list.asp?lb=1">学校概况</a> | <a href="news_list.asp?lb=2">校园新闻</a> | <a href="news_list.asp?lb=5">校务公开</a> | <a href="news_list.asp?lb=9">教学教研</a> | <a href="news_list.asp?lb=14">德育天地</a> | <a href="book.asp">留言簿</a></td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="180" valign="top" bgcolor="#E8F0F8">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="30" background="images/left_title.gif" class="white"><b>&nbsp;栏目导航</b></td></tr>
<tr><td height="24">&nbsp;<img src="images/dot.gif"> <a href="news_list.asp?lb=1">学校简介</a></td></tr>
<tr><td height="24">&nbsp;<img src="images/dot.gif"> <a href="news_list.asp?lb=2">校园新闻</a></td></tr>
<tr><td height="24">&nbsp;<img src="images/dot.gif"> <a href="news_list.asp?lb=3">通知公告</a></td></tr>
<tr><td height="24">&nbsp;<img src="images/dot.gif"> <a href="news_list.asp?lb=4">领导班子</a></td></tr>
<tr><td height="24">&nbsp;<img src="images/dot.gif"> <a href="news_list.asp?lb=5">校务公开</a></td></tr>
<tr><td height="24">&nbsp;<img src="images/dot.gif"> <a href="news_list.asp?lb=6">党务公开</a></td></tr>
<tr><td height="24">&nbsp;<img src="images/dot.gif"> <a href="news_list.asp?lb=7">财务公开</a></td></tr>
<tr><td height="24">&nbsp;<img src="images/dot.gif"> <a href="news_list.asp?lb=8">收费公示</a></td></tr>
<tr><td height="24">&nbsp;<img src="images/dot.gif"> <a href="news_list.asp?lb=9">教学教研</a></td></tr>
<tr><td height="24">&nbsp;<img src="images/dot.gif"> <a href="news_list.asp?lb=10">课题研究</a></td></tr>
<tr><td height="24">&nbsp;<img src="images/dot.gif"> <a href="news_list.asp?lb=11">教师风采</a></td></tr>
<tr><td height="24">&nbsp;<img src="images/dot.gif"> <a href="news_list.asp?lb=12">学生作品</a></td></tr>
<tr><td height="24">&nbsp;<img src="images/dot.gif"> <a href="news_list.asp?lb=13">班级风采</a></td></tr>
<tr><td height="24">&nbsp;<img src="images/dot.gif"> <a href="news_list.asp?lb=14">德育天地</a></td></tr>
<tr><td height="24">&nbsp;<img src="images/dot.gif"> <a href="news_list.asp?lb=15">安全教育</a></td></tr>
<tr><td height="24">&nbsp;<img src="images/dot.gif"> <a href="news_list.asp?lb=16">心理健康</a></td></tr>
<tr><td height="24">&nbsp;<img src="images/dot.gif"> <a href="news_list.asp?lb=17">家校联系</a></td></tr>
<tr><td height="24">&nbsp;<img src="images/dot.gif"> <a href="news_list.asp?lb=18">招生信息</a></td></tr>
<tr><td height="24">&nbsp;<img src="images/dot.gif"> <a href="news_list.asp?lb=19">资料下载</a></td></tr>
<tr><td height="24">&nbsp;<img src="images/dot.gif"> <a href="news_list.asp?lb=20">校友之家</a></td></tr>
</table>
</td>
<td width="10">&nbsp;</td>
<td width="588" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="28" class="dh">当前位置：<a href="index.asp">首页</a> &gt; <a href="news_list.asp?lb=5">校务公开</a> &gt; 正文</td></tr>
<tr><td height="40" align="center" class="bt"><font color="#CC0000" size="4"><b>江北镇中学2021年春季学期校务委员会会议纪要</b></font></td></tr>
<tr><td height="24" align="center" class="hui">日期：2021-3-9&nbsp;&nbsp;&nbsp;来源：校长室&nbsp;&nbsp;&nbsp;阅读：256 次</td></tr>
<tr><td><hr size="1" noshade color="#CCCCCC"></td></tr>
<tr><td id="fontzoom" class="nr" style="line-height:180%">
&nbsp;&nbsp;&nbsp;&nbsp;2021年3月8日下午，学校在二楼会议室召开2021年春季学期第一次校务委员会会议，校务委员会全体成员出席，会议由校长陈建国主持。<br>
&nbsp;&nbsp;&nbsp;&nbsp;会议听取了教导处关于本学期教学工作计划的汇报，审议通过了《江北镇中学教师绩效考核实施细则（修订稿）》。<br>
&nbsp;&nbsp;&nbsp;&nbsp;会议研究了食堂从业人员招聘、校舍维修两项事宜，决定由总务处按规定程序办理，并在校务公开栏公示结果。<br>
&nbsp;&nbsp;&nbsp;&nbsp;会议要求，各处室要认真落实会议决定，本学期重大事项须提交校务委员会集体研究。<br>
<br>
<p align="right">江北镇中学校长室<br>2021年3月9日</p>
</td></tr>
<tr><td height="30" align="center">【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
</table>
</td>
</tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#336699">
<tr><td height="60" align="center" class="white">江北镇中学 版权所有 &copy; 2008-2021 &nbsp; 地址：江北镇镇中路12号 &nbsp; 电话：0574-87552233<br>浙ICP备08004567号 &nbsp; <a href="admin/login.asp" class="white">管理登录</a></td></tr>
</table>
</body>
</html>
"""

# (8) a PageAdmin 招生简章: <h3> section headings inside the body, a plan table under the first, a registration
# window (报名时间) that is not the publish date, and the office's signature
PAGEADMIN_ENROLMENT = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>江北区实验中学2021年初一新生招生简章-招生信息-江北区实验中学</title>
<link href="/skins/jbsy/style.css" rel="stylesheet" type="text/css" />
<script src="/e/js/jquery.js" type="text/javascript"></script>
<script src="/e/js/public.js" type="text/javascript"></script>
</head>
<body>
<div class="page_style lanmupage page_l72">
<div class="top_box"><div class="top_box_inner"><div class="logo"><a href="/"><img src="/skins/jbsy/images/logo.png" border="0"></a></div>
<div class="menu_box" id="Menu"><ul>
<li class="menu_style_homepage" id="MenuItem61" name="MenuItem"><a href="/" class="menu">网站首页</a></li>
<li class="menu_style" id="MenuItem62" name="MenuItem"><a href="/xxgk/" class="menu">学校概况</a></li>
<li class="menu_style" id="MenuItem63" name="MenuItem"><a href="/xwzx/" class="menu">新闻中心</a></li>
<li class="menu_style" id="MenuItem64" name="MenuItem"><a href="/xwgk/" class="menu">校务公开</a></li>
<li class="menu_style menu_current" id="MenuItem72" name="MenuItem"><a href="/zsxx/" class="menu">招生信息</a></li>
</ul></div></div></div>
<div class="main_box main_box_style"><div class="main_box_inner">
<div class="main_box_left"><div id="Nav_72" class="nav_box"><div class="nav_title">招生信息</div><div class="nav_menu"><ul><li class=nav_menu_current><a href="/zsxx/zsjz/">招生简章</a></li><li><a href="/zsxx/zszc/">招生政策</a></li><li><a href="/zsxx/lqcx/">录取查询</a></li></ul></div></div></div>
<div class="main_box_right">
<div class="current_location current_location_201" id="current_location"><ul><li class="current_location_1">当前位置：<a href="/">首页</a> &gt; <a href="/zsxx/">招生信息</a> &gt; <a href="/zsxx/zsjz/">招生简章</a></li><li class="current_location_2">招生简章</li></ul></div>
<div class="sublanmu_box sublanmu_box_201" id="sublanmu_box">
<div class="sublanmu_content" id="sublanmu_content">
<div class="articleinfor" id="articleinfor">
<ul>
<li class="title"><h1>江北区实验中学2021年初一新生招生简章
</h1></li>
<li class="info">
发布时间：2021/5/20 9:30:00&nbsp;&nbsp;
&nbsp;作者：招生办&nbsp;&nbsp;
&nbsp;来源：招生办&nbsp;&nbsp;
&nbsp;浏览次数：<span id="clicks"></span>
</li>
</ul>
<div class="content" id="Content">
<p>根据《江北区2021年义务教育阶段学校招生工作实施意见》，结合我校实际，现将2021年初一新生招生有关事项公布如下：</p>
<h3>一、招生计划</h3>
<table border="1" cellspacing="0" cellpadding="5" width="90%" align="center">
<tr><th>班级类型</th><th>班级数</th><th>计划人数</th><th>招生范围</th></tr>
<tr><td>普通班</td><td>10</td><td>450</td><td>学区内小学毕业生</td></tr>
<tr><td>科技特色班</td><td>2</td><td>90</td><td>全区小学毕业生</td></tr>
</table>
<h3>二、报名条件</h3>
<p>具有江北区户籍或父母在江北区就业居住、符合条件的2021届小学毕业生。</p>
<h3>三、报名时间与方式</h3>
<p>报名时间为2021年6月1日至6月10日，家长通过“江北区义务教育招生平台”网上报名，逾期不再受理。</p>
<h3>四、咨询方式</h3>
<p>咨询电话：0574-87663456（工作日8:30-16:30），咨询地址：学校行政楼一楼招生办公室。</p>
<p style="text-align:right">江北区实验中学招生办公室</p>
<p style="text-align:right">2021年5月20日</p>
</div>
</div>
<script type="text/javascript">Get_Info("article","1234")</script>
<ul class="sublanmu_pn">
<li>上一篇：<a href="/zsxx/zsjz/2020-05-18/1102.html">江北区实验中学2020年初一新生招生简章</a></li>
<li>下一篇：<a href="/zsxx/zsjz/2021-06-20/1267.html">江北区实验中学2021年初一新生录取名单公示</a></li>
</ul>
</div>
</div>
</div>
</div><div class="clear main_box_inner_bottom"></div></div>
<div class="bottom_box"><div class="bottom_inner"><p>Copyright &copy; 2021 江北区实验中学 版权所有 &nbsp; 浙ICP备15012345号</p><p>地址：江北区环城北路99号 &nbsp; 技术支持：PageAdmin</p></div></div>
</div>
</body>
</html>
"""

# (9) a TRS school page whose publish day is only in the URL (t20210305_) and in an unlabelled, list-row-like
# [2021-03-05] under the title; the 来源 slot is printed empty; a 最新通知 box carries later dates
TRS_DATE_UNLABELLED = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于2021年春季学期学生体质健康测试安排的通知</title>
<meta name="SiteName" content="江北大学附属中学">
<meta name="ColumnName" content="通知公告">
<link href="../../../images/public.css" rel="stylesheet" type="text/css">
</head>
<body>
<div class="head"><div class="w1000"><a href="../../../" class="logo"><img src="../../../images/logo.png" alt="江北大学附属中学"></a></div></div>
<div class="menu"><ul class="w1000"><li><a href="../../../">首页</a></li><li><a href="../../../xxgk/">学校概况</a></li><li><a href="../../../xwdt/">新闻动态</a></li><li><a href="../../">信息公开</a></li><li><a href="../../../jxky/">教学科研</a></li><li><a href="../../../zsjy/">招生就业</a></li></ul></div>
<div class="w1000 clearfix">
<div class="bread">当前位置：<a href="../../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../../" title="信息公开" class="CurrChnlCls">信息公开</a>&nbsp;&gt;&nbsp;<a href="../" title="通知公告" class="CurrChnlCls">通知公告</a></div>
<div class="xl_left">
<div class="xl_title">关于2021年春季学期学生体质健康测试安排的通知</div>
<div class="xl_sj"><span>[2021-03-05]</span><span>来源：</span><span>【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</span></div>
<div class="xl_con">
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{margin-top:0;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor DIV,.TRS_Editor TD,.TRS_Editor TH,.TRS_Editor SPAN{line-height:1.8;font-family:宋体;font-size:12pt;}
</style>
<div class="Custom_UnionStyle">
<p>各年级、各班级：</p>
<p>根据《国家学生体质健康标准》要求，学校定于2021年3月15日至3月26日开展本学期学生体质健康测试，现将有关事项通知如下。</p>
<p>一、测试项目：身高、体重、肺活量、50米跑、坐位体前屈、立定跳远、引体向上（男）、仰卧起坐（女）、1000米跑（男）、800米跑（女）。</p>
<p>二、测试安排：各年级测试时间另见体育组课表，测试期间请学生穿运动服和运动鞋。</p>
<p>三、因病不能参加测试的学生，须凭医院证明向体育组申请免测。</p>
<p>体育组</p>
<p>2021年3月5日</p>
</div></div>
</div>
</div>
<div class="xl_right">
<div class="xl_right_tit">最新通知</div>
<ul>
<li><a href="../202103/t20210312_112301.html">关于2021年清明节放假安排的通知</a><span>[2021-03-12]</span></li>
<li><a href="../202103/t20210309_112287.html">关于开展学生近视防控宣传月活动的通知</a><span>[2021-03-09]</span></li>
<li><a href="../202103/t20210308_112270.html">关于举办2021年校园科技节的通知</a><span>[2021-03-08]</span></li>
<li><a href="../202103/t20210301_112195.html">2021年春季学期校历</a><span>[2021-03-01]</span></li>
<li><a href="../202102/t20210222_112150.html">关于2021年春季学期开学工作的通知</a><span>[2021-02-22]</span></li>
</ul>
</div>
</div>
<div class="foot"><p>版权所有：江北大学附属中学 &nbsp; 地址：江北区风华路818号</p><p>浙ICP备05001234号 &nbsp; 浙公网安备33020502000456号</p></div>
</body>
</html>
"""

# (10) a Hanweb 信息公开 page whose metadata box (<ul><li><span>label</span>value</li>) stands above the title:
# 索引号, 发布机构 (not a 来源), 成文日期 (two days before), 发布日期, 文号
HANWEB_XXGK_LI_BOX = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>江北区教育局关于公布2021年区级“满意学校”名单的通知</title>
<meta name="SiteName" content="江北区教育局">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="信息公开">
<link href="/module/xxgk/css/style.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/module/jslib/jquery/jquery.js"></script>
</head>
<body>
<div id="top"><div class="top_in"><a href="/"><img src="/picture/0/logo.png" alt="江北区教育局" /></a></div></div>
<div id="nav"><ul><li><a href="/">首页</a></li><li><a href="/col/col1530/index.html">机构概况</a></li><li><a href="/col/col1531/index.html">政务动态</a></li><li><a href="/col/col1534/index.html">信息公开</a></li><li><a href="/col/col1540/index.html">办事服务</a></li><li><a href="/col/col1545/index.html">互动交流</a></li></ul></div>
<div class="main">
<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1534/index.html">信息公开</a> &gt; <a href="/col/col1536/index.html">通知公告</a></div>
<div class="xxgk_box">
<ul class="xxgk_info">
<li><span>索 引 号：</span>11330205002567890X/2021-00045</li>
<li><span>主题分类：</span>教育</li>
<li><span>发布机构：</span>江北区教育局</li>
<li><span>成文日期：</span>2021-03-03</li>
<li><span>发布日期：</span>2021-03-05</li>
<li><span>文　　号：</span>北教〔2021〕15号</li>
<li><span>公开方式：</span>主动公开</li>
<li><span>有 效 性：</span>有效</li>
</ul>
</div>
<div class="article">
<div class="title">江北区教育局关于公布2021年区级“满意学校”名单的通知</div>
<div class="bt_content" id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
<p>各中小学、幼儿园：</p>
<p>根据《江北区“满意学校”创建工作方案》，经学校申报、实地考评和社会公示，确定江北区实验中学等12所学校为2021年区级“满意学校”，现予公布。</p>
<p>希望受表彰的学校珍惜荣誉，再接再厉；各校要以先进为榜样，持续提升办学水平和群众满意度。</p>
<p>附件：2021年区级“满意学校”名单</p>
<p style="text-align:right">江北区教育局</p>
<p style="text-align:right">2021年3月3日</p>
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
</div>
<div class="tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
</div>
<div id="footer"><p>主办单位：江北区教育局 &nbsp; 版权所有 &nbsp; 网站标识码：3302050012</p><p>浙ICP备12009876号 &nbsp; 浙公网安备33020502000789号</p></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# What each page shows
# ---------------------------------------------------------------------------------------------------------------

PAGES: list[Page] = [
    Page(
        "odd-dede-fee-table-gbk",
        "http://www.jbsyxx.example.cn/a/xwgk/sfgs/2021/0901/318.html",
        DEDE_FEE_TABLE,
        "江北区实验小学2021学年第一学期收费项目及标准公示",
        "2021-09-01",
        "总务处",
        "根据上级有关文件规定，经区教育局审核同意，现将我校2021学年第一学期收费项目及标准公示如下：",
        "2021年8月30日",
        ("上一篇", "江北区实验小学2021年春季学期收费项目及标准公示", "推荐内容", "分隔线", "挑错", "高级搜索"),
        gbk=True,
    ),
    Page(
        "odd-siteserver-attachments-only",
        "http://www.jbyy.example.cn/xwgk/tzgg/contents/35/2468.html",
        SITESERVER_ATTACHMENTS,
        "关于公布2021学年校务公开目录的通知",
        "2021-03-05",
        None,
        "附件：",  # the body is that one line: 附件： then the three links
        "2021学年校务公开事项清单.xls",
        ("上一篇", "关于2021年寒假放假安排的通知", "【字体", "【打印】", "收费公示", "浏览次数", "技术支持"),
    ),
    Page(
        "odd-kesion-scan-image-gbk",
        "http://www.jbez.example.cn/Item/Show.asp?m=1&d=567",
        KESION_IMAGE,
        "江北第二中学2020年度部门决算公开",
        "2021-01-20",
        "财务室",
        "江北第二中学2020年度部门决算公开表（扫描件）",  # the picture carries no text: the caption is all a reader reads
        "江北第二中学2020年度部门决算公开表（扫描件）",
        ("上一篇", "江北第二中学2021年度部门预算公开", "打印此文", "栏目导航", "收费公示", "点击数"),
        gbk=True,
    ),
    Page(
        "odd-powereasy-three-side-lists-gbk",
        "http://www.jbzxx.example.cn/Article/ShowArticle.asp?ArticleID=2345",
        POWEREASY_SIDE_LISTS,
        "关于调整学校作息时间的通知",
        "2021-03-05",
        "本站",
        "根据季节变化，经学校行政会研究决定，自2021年3月8日起调整学校作息时间：上午第一节课8:10开始，下午第一节课13:30开始，放学时间为16:10。",
        "请各班主任及时通知学生和家长，家长接送孩子时请遵守校门口交通秩序，不要过早到校门口等候。",
        (
            "相关文章",
            "热门文章",
            "最新公告",
            "关于调整夏季作息时间的通知",
            "三月份学校工作安排",
            "我校举行2020年冬季运动会",
            "发表评论",
            "上一篇文章",
        ),
        gbk=True,
    ),
    Page(
        "odd-dede-ol-prevnext-print",
        "http://www.jbzg.example.cn/a/xwgk/2021/0412/456.html",
        DEDE_OL_PREVNEXT,
        "关于加强学生在校期间手机管理的规定",
        "2021-04-12",
        "政教处",
        "为保护学生视力，营造良好的学习环境，经学校行政会研究，现就学生在校期间手机管理作如下规定：",
        "本规定自2021年4月19日起执行，由政教处负责解释。",  # the body ends on the list's last item
        ("上一篇", "关于2021年清明节放假安排的通知", "收藏", "挑错", "打印", "分隔线", "热点内容", "Powered by"),
    ),
    Page(
        "odd-vsb-party-title-repeated",
        "http://www.jbzx.example.cn/info/1023/3456.htm",
        VSB_PARTY_TITLE_REPEAT,
        "中共江北中学支部委员会关于2021年上半年党费收缴情况的公示",
        "2021-06-28",
        None,
        "中共江北中学支部委员会关于2021年上半年党费收缴情况的公示",  # the body's own first line, kept
        "2021年6月28日",
        ("上一条", "关于开展党史学习教育专题组织生活会的通知", "点击", "党风廉政", "浙公网安备"),
    ),
    Page(
        "odd-asp-left-menu-cell-gbk",
        "http://www.jbzzx.example.cn/news_view.asp?id=789",
        ASP_LEFT_MENU_CELL,
        "江北镇中学2021年春季学期校务委员会会议纪要",
        "2021-03-09",
        "校长室",
        "2021年3月8日下午，学校在二楼会议室召开2021年春季学期第一次校务委员会会议，校务委员会全体成员出席，会议由校长陈建国主持。",
        "2021年3月9日",
        ("栏目导航", "学校简介", "校友之家", "阅读：256", "【字体", "管理登录"),
        gbk=True,
    ),
    Page(
        "odd-pageadmin-enrolment-h3-table",
        "http://www.jbsyzx.example.cn/zsxx/zsjz/2021-05-20/1234.html",
        PAGEADMIN_ENROLMENT,
        "江北区实验中学2021年初一新生招生简章",
        "2021-05-20",
        "招生办",
        "根据《江北区2021年义务教育阶段学校招生工作实施意见》，结合我校实际，现将2021年初一新生招生有关事项公布如下：",
        "2021年5月20日",
        ("上一篇", "江北区实验中学2020年初一新生招生简章", "浏览次数", "录取查询", "技术支持"),
    ),
    Page(
        "odd-trs-date-only-url-and-row",
        "http://www.jbfz.example.cn/xxgk/tzgg/202103/t20210305_112233.html",
        TRS_DATE_UNLABELLED,
        "关于2021年春季学期学生体质健康测试安排的通知",
        "2021-03-05",
        "",  # the 来源 slot is printed empty: kept as shown, empty, since no value follows
        "各年级、各班级：",
        "2021年3月5日",
        (
            "最新通知",
            "关于2021年清明节放假安排的通知",
            "[2021-03-05]",
            "来源：",
            "【打印】",
            "TRS_Editor",
            "浙公网安备",
        ),
    ),
    Page(
        "odd-hanweb-xxgk-li-box",
        "http://www.jbedu.example.cn/art/2021/3/5/art_1536_889900.html",
        HANWEB_XXGK_LI_BOX,
        "江北区教育局关于公布2021年区级“满意学校”名单的通知",
        "2021-03-05",
        None,  # only a 发布机构, which is not a 来源
        "各中小学、幼儿园：",
        "2021年3月3日",
        ("索引号", "索 引 号", "发布机构", "北教〔2021〕15号", "主动公开", "打印本页", "网站标识码"),
    ),
]
