"""Article pages of CMS families the extractor was not tuned to, a fourth round, each carrying ONE trap that real
pages of its family have, mostly for the title and the publish day, a few for the 来源 and the body's edges;
everything else on the page is ordinary for its family (menu, breadcrumb, related rows with dates, side boxes, a
footer with 版权所有 and the ICP备 number). Written by hand after each family's public template markup; names, hosts
and numbers made up (tests/test_article_families.py checks every field of each).

Traps: (1) 万户 ezEIP school site (2019): <title> names only the column (通知公告-…), the column's own <h2> says
通知公告 too, the article's title is an <h3>; (2) a JSP 政府信息公开目录 platform (2018): a 64-character title that
<title> cuts after 30 characters with "...", the metadata table above it, no line between it and the body;
(3) 帝国CMS 7.5 学院 site (2018): the h1 holds the main title and, after a <br>, the ftitle 副标题 "——记…" that
<title> leaves off; (4) 风讯 NetCMS (.NET) district site (2010, GBK): the h1 holds the title and the 【字号：大 中 小】
control floated right; (5) a 2004 village school's FrontPage page (GBK): <title> left at FrontPage's 新建网页 1,
the title a <font size=5><b> line, the date only in the closing signature; (6) PHPCMS v9 学术报告 model (2019): the
header's first line 报告人 / 报告时间 (a week later) / 报告地点, the 发布时间 line under it; (7) 动力文章管理系统 3.x
(2003, GBK): 更新时间：03-3-5, a two-digit year as the server's locale printed it; (8) a 行政规范性文件 library
page (2019): its metadata grid lists 施行日期 before 发布日期; (9) TRS WCM 6 city 教育局 (2019): 发布日期 written by a
<script> that formats a string variable; (10) 博达 VSB English template of a university (2019): "Date: 05/03/2019"
only under the text, the side list's 28/02/2019 showing the day comes first; (11) PHPOK 5 school site (2019): the
day shown only as a calendar badge, a big 05 over 2019-03; (12) a university 新闻网 on a .NET 站群 (2018): the
source labelled 供稿部门：; (13) a county 政府门户 on a JSP 网站群 (2017): the source labelled 来源单位：; (14) 中国教育
新闻网 (2019): the body's last line is the print edition's line 《中国教育报》2019年03月05日第3版; (15) YzmCMS 5 (2020):
the CMS's 摘要 box (the first sentences cut with "...") at the head of the content block; (16) WordPress with the
知更鸟 Begin theme (2018): the theme's 赞赏 box appended inside div.single-content after the last paragraph."""

from family_page import Page

# (1) 万户 ezEIP middle-school site of 2019: <title> is "通知公告-榆川市第二中学" (the column and the school); h1.logo
# an <img>; the left column's head h2 "通知公告" (with its English "NOTICE"); the article's title an <h3> in
# div.article-tit, div.article-info 发布时间 / 发布者 / 浏览次数; the body in div.article-con signed off on two
# right-aligned lines; 上一篇/下一篇, 相关通知 with dates, a footer
EZEIP_2019_COLUMN_TITLE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>通知公告-榆川市第二中学</title>
<meta name="keywords" content="榆川市第二中学,通知公告">
<link rel="stylesheet" href="/templates/default/css/style.css">
<script src="/templates/default/js/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="w1200"><h1 class="logo"><a href="/"><img src="/upload/202001/logo.png" alt="榆川市第二中学"></a></h1>
<div class="search"><form action="/search.html" method="get"><input name="keyword" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/xxgk/">学校概况</a></li><li><a href="/xwdt/">新闻动态</a></li><li class="on"><a href="/tzgg/">通知公告</a></li><li><a href="/jyjx/">教育教学</a></li><li><a href="/dyzc/">德育之窗</a></li><li><a href="/lxwm/">联系我们</a></li></ul></div>
<div class="w1200 main clearfix">
<div class="left">
<div class="left-title"><h2>通知公告</h2><span>NOTICE</span></div>
<ul class="left-menu"><li class="on"><a href="/tzgg/">通知公告</a></li><li><a href="/xwdt/">新闻动态</a></li><li><a href="/xxgk/">学校概况</a></li></ul>
<div class="left-box"><div class="box-tit">联系我们</div><p>地址：榆川市东湖路18号</p><p>电话：0571-86300000</p></div>
</div>
<div class="right">
<div class="position"><span>当前位置：</span><a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a></div>
<div class="article">
<div class="article-tit"><h3>关于做好2019年春季学期家庭经济困难学生资助工作的通知</h3></div>
<div class="article-info"><span>发布时间：2019-03-05</span><span>发布者：校办公室</span><span>浏览次数：<script src="/ajax/hits.ashx?id=1286"></script></span></div>
<div class="article-con">
<p>各年级组、各班主任：</p>
<p style="text-indent:2em;">根据上级有关文件精神，学校将开展2019年春季学期家庭经济困难学生资助工作，现将有关事项通知如下。</p>
<p style="text-indent:2em;">一、资助对象为具有我校正式学籍、家庭经济困难的在校学生，建档立卡贫困家庭学生、低保家庭学生和特困供养学生优先资助。</p>
<p style="text-indent:2em;">二、请各班主任于3月15日前将申请表和证明材料收齐，交学校政教处资助办公室。</p>
<p style="text-indent:2em;">三、学校资助工作领导小组将对申请材料进行审核，并将拟资助名单在校内公示五个工作日。</p>
<p style="text-align:right;">榆川市第二中学政教处</p>
<p style="text-align:right;">2019年3月5日</p>
</div>
<div class="article-page"><p>上一篇：<a href="/tzgg/1281.html">关于2019年春季开学工作安排的通知</a></p><p>下一篇：<a href="/tzgg/1290.html">关于举行2019年春季田径运动会的通知</a></p></div>
</div>
<div class="related"><div class="related-tit">相关通知</div><ul>
<li><a href="/tzgg/1203.html">关于做好2018年秋季学期学生资助工作的通知</a><span>2018-09-10</span></li>
<li><a href="/tzgg/1188.html">2018年秋季学期国家助学金拟资助名单公示</a><span>2018-10-16</span></li>
</ul></div>
</div>
</div>
<div class="footer"><div class="w1200"><p>地址：榆川市东湖路18号　邮编：311100　电话：0571-86300000</p><p>Copyright &copy; 2019 榆川市第二中学 版权所有　浙ICP备10023456号　技术支持：万户网络</p></div></div>
</body>
</html>
"""

# (2) a municipal 政府信息公开目录 page of a JSP platform (2018): <title> cuts the 64-character title after 30
# characters and adds "..."; the metadata table (索引号, 发布机构, 文号, 发布日期...) stands ABOVE the title, which is a
# td.title of its own table; the body follows straight after (no info line); 打印/关闭 and 相关信息 with dates
GKML_2018_LONG_TITLE_CUT = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>榆川市教育局 榆川市财政局 榆川市人力资源和社会保障局关于...-榆川市政府信息公开</title>
<link href="/gkml/css/gkml.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/gkml/js/jquery.js"></script>
</head>
<body>
<div class="top"><h1 class="logo"><img src="/gkml/images/logo.png" alt="榆川市政府信息公开" /></h1></div>
<div class="menu"><a href="/gkml/">首页</a><a href="/gkml/zn.jsp">信息公开指南</a><a href="/gkml/ml.jsp">信息公开目录</a><a href="/gkml/nb.jsp">信息公开年报</a><a href="/gkml/ysq.jsp">依申请公开</a></div>
<div class="dqwz">当前位置：<a href="/gkml/">首页</a> &gt; <a href="/gkml/ml.jsp">信息公开目录</a> &gt; <a href="/gkml/ml.jsp?dept=jyj">市教育局</a></div>
<div class="main">
<table class="xxgk-meta" width="100%" border="0" cellspacing="1" cellpadding="6">
<tr><th>索引号</th><td>002301234/2018-00456</td><th>主题分类</th><td>教育</td></tr>
<tr><th>发布机构</th><td>榆川市教育局</td><th>文号</th><td>榆教〔2018〕118号</td></tr>
<tr><th>发布日期</th><td>2018-12-28</td><th>有效性</th><td>有效</td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="title" align="center">榆川市教育局 榆川市财政局 榆川市人力资源和社会保障局关于印发《榆川市中小学校课后服务经费保障和参与教师激励办法（试行）》的通知</td></tr>
</table>
<div class="zwnr">
<p>各区、县（市）教育局、财政局、人力社保局，市直属各学校：</p>
<p style="text-indent:2em;">为规范和推进全市中小学校课后服务工作，保障课后服务经费，调动教师参与课后服务的积极性，市教育局、市财政局、市人力社保局研究制定了《榆川市中小学校课后服务经费保障和参与教师激励办法（试行）》，现印发给你们，请认真贯彻执行。</p>
<p style="text-indent:2em;">执行中遇到的问题，请及时向市教育局基础教育处反映。</p>
<p style="text-align:right;">榆川市教育局　榆川市财政局　榆川市人力资源和社会保障局</p>
<p style="text-align:right;">2018年12月26日</p>
<p>（此件主动公开）</p>
</div>
<div class="dy"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="xgxx"><h3>相关信息</h3><ul>
<li><a href="/gkml/detail.jsp?infoid=2018112100311">榆川市教育局关于开展中小学校课后服务工作的指导意见</a><span>2018-11-21</span></li>
<li><a href="/gkml/detail.jsp?infoid=2018091400207">榆川市2018年秋季学期中小学收费项目和标准公示</a><span>2018-09-14</span></li>
</ul></div>
</div>
<div class="foot">主办：榆川市人民政府办公厅　承办：榆川市大数据发展管理局<br />版权所有：榆川市人民政府　浙ICP备05011111号　网站标识码：3301000001</div>
</body>
</html>
"""

# (3) 帝国CMS 7.5 学院 news page of 2018: the template prints the news model's ftitle (副标题) field inside the h1,
# after a <br>, in span.ftitle "——记…"; <title> and the related rows give the main title only; div.info 发布时间 /
# 来源 / 作者 / 点击 (the ViewClick script); the body in div#text; 相关新闻 with dates, a footer
EMPIRE_2018_FTITLE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>扎根山区讲台三十二年-教育学院-榆川师范学院</title>
<meta name="keywords" content="优秀校友,乡村教师" />
<link href="/skin/jyxy/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><div class="logo"><a href="/jyxy/"><img src="/skin/jyxy/images/logo.png" alt="榆川师范学院教育学院" /></a></div>
<div class="nav"><a href="/jyxy/">学院首页</a><a href="/jyxy/xygk/">学院概况</a><a href="/jyxy/xwdt/">新闻动态</a><a href="/jyxy/jxgl/">教学管理</a><a href="/jyxy/xsgz/">学生工作</a><a href="/jyxy/xyfc/">校友风采</a></div></div>
<div class="position">当前位置：<a href="/jyxy/">首页</a>&nbsp;&gt;&nbsp;<a href="/jyxy/xyfc/">校友风采</a>&nbsp;&gt;&nbsp;正文</div>
<div class="main">
<div class="left">
<div class="newsshow">
<h1>扎根山区讲台三十二年<br /><span class="ftitle">——记我院1986届校友、临澜县石门乡中心小学教师陈建华</span></h1>
<div class="info">发布时间：2018-09-10&nbsp;&nbsp;来源：教育学院&nbsp;&nbsp;作者：周敏&nbsp;&nbsp;点击：<script src="/e/public/ViewClick/?classid=12&amp;id=856&amp;addclick=1"></script>次</div>
<div id="text">
<p>1986年夏天，刚从榆川师范学校毕业的陈建华背着行李来到临澜县石门乡，成为当地一所村小唯一的公办教师。这一干，就是三十二年。</p>
<p>石门乡地处山区，最远的教学点离乡政府有二十多公里山路。陈建华先后在四所村小和教学点任教，教过语文、数学，也教过音乐和美术。</p>
<p>为了让山里的孩子开阔眼界，他自费订阅报刊，办起了“班级图书角”，又带着学生在校园里开辟了一块种植园，把科学课搬到了田间地头。</p>
<p>三十二年来，陈建华教过的学生有一千多人，其中不少人考上大学后又回到家乡任教。今年教师节前夕，他被评为全省“最美乡村教师”。</p>
</div>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">QQ空间</a></div>
</div>
<div class="xgxw"><h3>相关新闻</h3><ul>
<li><a href="/jyxy/xyfc/2018-06-20/830.html">我院校友王丽获全国教学成果二等奖</a><span>2018-06-20</span></li>
<li><a href="/jyxy/xwdt/2018-09-05/851.html">教育学院举行2018级新生开学典礼</a><span>2018-09-05</span></li>
</ul></div>
</div>
<div class="right"><h3>通知公告</h3><ul><li><a href="/jyxy/tzgg/2018-09-07/853.html">关于2018年教师节表彰的通知</a></li><li><a href="/jyxy/tzgg/2018-09-03/848.html">2018-2019学年第一学期教学安排</a></li></ul></div>
</div>
<div class="footer">地址：榆川市学院路1号　邮编：311300<br />Copyright &copy; 2018 榆川师范学院教育学院 版权所有　浙ICP备05066666号</div>
</body>
</html>
"""

# (4) 风讯 NetCMS (.NET) district education site of 2010, GBK: the h1 holds the title and, floated right by the CSS,
# span.zoom "【字号：大 中 小】"; div.info 发布时间 / 来源 / 点击; the body in div#fontzoom; 相关信息 with dates, a
# footer
NETCMS_2010_ZOOM_IN_H1 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>鹤洲区召开2010年中小学校安全工作会议_教育新闻_鹤洲教育网</title>
<link href="/templets/default/css/news.css" rel="stylesheet" type="text/css" />
<script type="text/javascript">
function doZoom(size){ document.getElementById('fontzoom').style.fontSize = size + 'px'; }
</script>
</head>
<body>
<div id="top"><img src="/templets/default/images/banner.jpg" width="960" height="120" alt="鹤洲教育网" /></div>
<div id="menu"><a href="/">首页</a> | <a href="/news/">教育新闻</a> | <a href="/notice/">通知公告</a> | <a href="/zwgk/">政务公开</a> | <a href="/jyky/">教研科研</a> | <a href="/xxfc/">学校风采</a></div>
<div class="location">您现在的位置：<a href="/">鹤洲教育网</a> &gt;&gt; <a href="/news/">教育新闻</a> &gt;&gt; 正文</div>
<div id="container">
<div class="left">
<div class="newsview">
<h1>鹤洲区召开2010年中小学校安全工作会议<span class="zoom">【字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</span></h1>
<div class="info">发布时间：2010-03-05 15:30&nbsp;&nbsp;来源：区教育局安全科&nbsp;&nbsp;点击：<span id="click_num">0</span></div>
<div id="fontzoom">
<p>　　3月4日下午，鹤洲区2010年中小学校安全工作会议在区教育局召开，全区各中小学、幼儿园分管安全工作的校（园）长参加会议。</p>
<p>　　会议通报了2009年全区学校安全工作情况，部署了今年校园安全隐患排查、校车安全管理和学生防溺水教育等重点工作。</p>
<p>　　会议要求，各校要落实安全工作责任制，每月至少开展一次安全隐患排查，发现问题及时整改，确保师生平安。</p>
<p>　　会上，区教育局与各校签订了2010年度学校安全工作目标责任书。</p>
</div>
<div class="tool">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="xgxx"><h3>相关信息</h3><ul>
<li><a href="/news/2010/0226/1189.html">区教育局部署春季开学安全检查</a> <span>2010-02-26</span></li>
<li><a href="/news/2009/1218/1120.html">鹤洲区开展冬季校园消防安全演练</a> <span>2009-12-18</span></li>
</ul></div>
</div>
<div class="right"><h3>通知公告</h3><ul><li><a href="/notice/2010/0303/1201.html">关于做好2010年春季学生资助工作的通知</a></li><li><a href="/notice/2010/0301/1198.html">鹤洲区2010年教研工作要点</a></li></ul></div>
</div>
<div id="footer">主办：鹤洲区教育局　地址：鹤洲区人民路66号<br />版权所有 &copy; 鹤洲区教育局　浙ICP备09034567号</div>
</body>
</html>
"""

# (5) a village primary school's site of 2004 made page by page in FrontPage, GBK: <title> left at FrontPage's
# default 新建网页 1; a <font>-link navigation row; the title a centred <font size="5"><b> line; the text as <p>
# in <font size="2">, signed off with the school and the day (the page's only date); [返回首页], a 近期动态 table
# with dates, a footer with 版权所有 and the ICP备 number
FRONTPAGE_2004_NEW_PAGE_TITLE = """<html>
<head>
<meta http-equiv="Content-Language" content="zh-cn">
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>新建网页 1</title>
</head>
<body bgcolor="#F0F8FF" topmargin="5">
<div align="center">
<table border="0" width="760" cellspacing="0" cellpadding="0">
<tr><td><img border="0" src="../images/top.jpg" width="760" height="110" alt="临澜县石门乡中心小学"></td></tr>
<tr><td bgcolor="#3366CC" height="26" align="center"><font size="2" color="#FFFFFF"><a href="../index.htm"><font color="#FFFFFF">学校首页</font></a>　|　<a href="../xxjj.htm"><font color="#FFFFFF">学校简介</font></a>　|　<a href="../xxdt.htm"><font color="#FFFFFF">学校动态</font></a>　|　<a href="../jxyd.htm"><font color="#FFFFFF">教学园地</font></a>　|　<a href="../sxdt.htm"><font color="#FFFFFF">少先队</font></a>　|　<a href="../lyb.htm"><font color="#FFFFFF">留言板</font></a></font></td></tr>
</table>
<table border="0" width="760" cellspacing="0" cellpadding="8" bgcolor="#FFFFFF">
<tr><td>
<p align="center"><b><font size="5" color="#CC0000">我校举行“手拉手”城乡少先队员结对活动</font></b></p>
<hr color="#3366CC" size="1">
<font size="2">
<p>　　3月3日上午，临澜县实验小学的40名少先队员在辅导员老师的带领下来到我校，与我校四、五年级的少先队员开展“手拉手”结对活动。</p>
<p>　　活动中，城里的队员们为我校送来了课外书、文具和体育用品，两校队员一对一结成“好伙伴”，互赠了写满祝福的贺卡。</p>
<p>　　随后，两校队员一起参观了我校的种植园，又在操场上做游戏、跳绳、踢毽子，校园里充满了欢声笑语。</p>
<p>　　临别时，两校队员相约今后经常写信，互相交流学习和生活，暑假时再到县城的学校相聚。</p>
<p align="right">临澜县石门乡中心小学少先队大队部</p>
<p align="right">2004年3月5日</p>
</font>
</td></tr>
<tr><td align="center"><font size="2">[<a href="../index.htm">返回首页</a>]　[<a href="../xxdt.htm">返回学校动态</a>]</font></td></tr>
</table>
<table border="1" width="760" cellspacing="0" cellpadding="4" bordercolor="#C0C0C0" style="border-collapse: collapse">
<tr><td bgcolor="#E8F0FF"><font size="2"><b>近期动态</b></font></td></tr>
<tr><td><font size="2">·<a href="xxdt040227.htm">我校召开新学期家长会</a>（2004-2-27）<br>·<a href="xxdt040216.htm">春季开学典礼隆重举行</a>（2004-2-16）<br>·<a href="xxdt040110.htm">期末表彰大会顺利召开</a>（2004-1-10）</font></td></tr>
</table>
<table border="0" width="760" cellspacing="0" cellpadding="6">
<tr><td align="center"><font size="2" color="#666666">地址：临澜县石门乡石门村　电话：0578-8123456<br>版权所有 临澜县石门乡中心小学　浙ICP备04012345号<br>您是第 <img src="/cgi-bin/counter.exe?id=smxx" alt=""> 位访客</font></td></tr>
</table>
</div>
</body>
</html>
"""

# (6) PHPCMS v9 学院 site, its 学术报告 model (2019): under the h1 two meta lines, the model's fields first
# (报告人 / 报告时间, a week after the page went up / 报告地点), then 发布时间 / 来源 / 点击; the body in
# div.content (the talk's abstract and the speaker's bio); 上一篇/下一篇, 近期报告 with dates, a footer
PHPCMS_2019_LECTURE_TIME = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>数据驱动的偏微分方程反问题求解 - 学术报告 - 榆川大学数学与统计学院</title>
<meta name="keywords" content="学术报告,偏微分方程,反问题" />
<meta name="description" content="报告人：陈立新 教授（临澜大学）" />
<link href="/statics/css/reset.css" rel="stylesheet" type="text/css" />
<link href="/statics/css/default_blue.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/statics/js/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="logo"><a href="/"><img src="/statics/images/sxxy/logo.png" alt="榆川大学数学与统计学院" /></a></div>
<div class="nav"><a href="/">首页</a><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=6">学院概况</a><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=7">新闻动态</a><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=9">学术报告</a><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=10">本科教学</a><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=11">研究生教育</a></div></div>
<div class="main">
<div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=9">学术报告</a> &gt; 正文</div>
<div class="col-left">
<div id="Article">
<h1>数据驱动的偏微分方程反问题求解</h1>
<div class="lecture-meta">报告人：陈立新 教授（临澜大学）&nbsp;&nbsp;&nbsp;报告时间：2019年3月12日 14:30&nbsp;&nbsp;&nbsp;报告地点：理科楼A301</div>
<div class="article-meta">发布时间：2019-03-05 10:20:33&nbsp;&nbsp;&nbsp;来源：数学与统计学院&nbsp;&nbsp;&nbsp;点击：<span id="hits"></span></div>
<div class="content">
<p>报告摘要：偏微分方程反问题在医学成像、地球物理勘探和无损检测等领域有着广泛应用，但其不适定性给数值求解带来了很大困难。</p>
<p>本报告将介绍几类结合深度神经网络与经典正则化方法的反问题求解框架，讨论其收敛性分析和稳定性估计，并给出在电阻抗成像问题中的数值结果。</p>
<p>报告人简介：陈立新，临澜大学数学科学学院教授、博士生导师，主要从事偏微分方程反问题和科学计算方向的研究，主持国家自然科学基金项目多项。</p>
<p>欢迎全院师生参加！</p>
</div>
<div id="pages"><p>上一篇：<a href="/index.php?m=content&amp;c=index&amp;a=show&amp;catid=9&amp;id=412">随机微分方程的数值方法及其应用</a></p><p>下一篇：<a href="/index.php?m=content&amp;c=index&amp;a=show&amp;catid=9&amp;id=418">高维数据的稀疏统计推断</a></p></div>
</div>
</div>
<div class="col-right">
<div class="box"><h5 class="title-2">近期报告</h5><ul class="content">
<li><a href="/index.php?m=content&amp;c=index&amp;a=show&amp;catid=9&amp;id=410">图神经网络的表达能力</a><span>2019-02-27</span></li>
<li><a href="/index.php?m=content&amp;c=index&amp;a=show&amp;catid=9&amp;id=405">流体力学方程的整体适定性</a><span>2019-01-10</span></li>
</ul></div>
</div>
</div>
<div class="footer"><p>地址：榆川市大学城路8号　邮编：311500</p><p>Copyright &copy; 2019 榆川大学数学与统计学院 版权所有　浙ICP备05078901号</p></div>
</body>
</html>
"""

# (7) 动力文章管理系统 3.x school site of 2003, GBK (Article/ShowArticle.asp?ArticleID=): the info cell 作者 / 文章来源
# / 点击数 / 更新时间 "03-3-5 10:20:33", the two-digit year the server's short date format printed; the body in
# td.content; 【发表评论】【加入收藏】…, 相关文章 with dates of the same form, a footer
DONGLI_2003_SHORT_YEAR = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>临澜县第一中学--我校举行2003年“学雷锋”文明月活动启动仪式</title>
<link href="../Style.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="../Images/top_banner.jpg" width="778" height="100" alt="临澜县第一中学"></td></tr>
<tr><td height="28" background="../Images/menu_bg.gif" align="center"><a href="../Index.asp">网站首页</a> | <a href="../Article/Index.asp">文章中心</a> | <a href="../Soft/Index.asp">下载中心</a> | <a href="../Photo/Index.asp">图片中心</a> | <a href="../GuestBook/Index.asp">留言板</a> | <a href="../User/Index.asp">用户中心</a></td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="24">&nbsp;您现在的位置： <a href="../Index.asp">临澜县第一中学</a> &gt;&gt; <a href="Index.asp">文章中心</a> &gt;&gt; <a href="ShowClass.asp?ClassID=3">校园动态</a> &gt;&gt; 正文</td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="190" valign="top">
<table width="100%" border="0" cellpadding="4" cellspacing="0"><tr><td class="title_left"><b>栏目导航</b></td></tr>
<tr><td><a href="ShowClass.asp?ClassID=3">校园动态</a><br><a href="ShowClass.asp?ClassID=4">教学教研</a><br><a href="ShowClass.asp?ClassID=5">德育之窗</a><br><a href="ShowClass.asp?ClassID=6">学生园地</a></td></tr></table>
</td>
<td width="588" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td height="50" align="center" class="title_main"><font size="4"><b>我校举行2003年“学雷锋”文明月活动启动仪式</b></font></td></tr>
<tr><td height="24" align="center" class="title_info">作者：佚名&nbsp;&nbsp;&nbsp;&nbsp;文章来源：校团委&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script language="javascript" src="GetHits.asp?ArticleID=437"></script>&nbsp;&nbsp;&nbsp;&nbsp;更新时间：03-3-5 10:20:33</td></tr>
<tr><td class="content" style="line-height:180%">
<p>　　3月5日上午，我校在大操场隆重举行2003年“学雷锋”文明月活动启动仪式，全校师生2000余人参加。</p>
<p>　　仪式上，校团委书记宣读了《“学雷锋”文明月活动方案》，高一（3）班团支部代表全校团员青年发出了倡议。</p>
<p>　　据介绍，文明月期间，学校将组织团员青年到敬老院、福利院和社区开展志愿服务，并在校内开展“文明班级”评比。</p>
<p>　　校长在讲话中勉励同学们把雷锋精神落实到日常学习和生活中，从身边小事做起，争做文明学生。</p>
</td></tr>
<tr><td align="right" height="30">【<a href="../Comment/Comment.asp?ArticleID=437">发表评论</a>】【<a href="javascript:window.external.addFavorite(location.href,document.title)">加入收藏</a>】【<a href="SendMail.asp?ArticleID=437">告诉好友</a>】【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td class="title_left"><b>相关文章</b></td></tr>
<tr><td>·<a href="ShowArticle.asp?ArticleID=421">校团委召开新学期团支部书记会议</a>（03-2-24）<br>·<a href="ShowArticle.asp?ArticleID=398">我校青年志愿者慰问敬老院老人</a>（03-1-15）</td></tr>
</table>
</td>
</tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" height="60" class="footer">地址：临澜县城关镇学前路2号　电话：0578-8221234<br>Copyright &copy; 2003 临澜县第一中学 版权所有　浙ICP备03001234号</td></tr>
</table>
</body>
</html>
"""

# (8) a municipal 行政规范性文件 library page of 2019 (a JSP 法规库 platform): h1, then the document's metadata grid,
# where 施行日期 (a month later) comes before 发布日期; the body in div.gfxwj-text ends with the issuers and the day
# it was signed; 打印/关闭, 相关文件 with dates, a footer
STATUTE_2019_EFFECTIVE_DATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>榆川市中小学校教材教辅管理办法 - 榆川市行政规范性文件库</title>
<link rel="stylesheet" href="/gfxwj/css/detail.css">
</head>
<body>
<div class="banner"><div class="w1200"><img src="/gfxwj/images/banner.png" alt="榆川市行政规范性文件库"></div></div>
<div class="nav"><div class="w1200"><a href="/gfxwj/">首页</a><a href="/gfxwj/list.jsp?type=szf">市政府文件</a><a href="/gfxwj/list.jsp?type=bm">部门文件</a><a href="/gfxwj/list.jsp?type=fz">已废止文件</a><a href="/gfxwj/search.jsp">高级检索</a></div></div>
<div class="w1200 crumb">当前位置：<a href="/gfxwj/">首页</a> &gt; <a href="/gfxwj/list.jsp?type=bm">部门文件</a> &gt; <a href="/gfxwj/list.jsp?type=bm&amp;dept=jyj">市教育局</a></div>
<div class="w1200 detail">
<h1 class="detail-title">榆川市中小学校教材教辅管理办法</h1>
<table class="detail-meta">
<tr><td class="lb">制定机关</td><td>榆川市教育局</td><td class="lb">文号</td><td>榆教规〔2019〕2号</td></tr>
<tr><td class="lb">登记编号</td><td>YCSD-2019-0006</td><td class="lb">有效性</td><td>有效</td></tr>
<tr><td class="lb">施行日期</td><td>2019-04-01</td><td class="lb">有效期至</td><td>2024-03-31</td></tr>
<tr><td class="lb">发布日期</td><td>2019-03-05</td><td class="lb">主题分类</td><td>教育</td></tr>
</table>
<div class="gfxwj-text">
<p style="text-indent:2em;">第一条　为加强全市中小学校教材和教辅材料管理，规范教材教辅的选用、征订和使用，减轻学生课业负担和家庭经济负担，根据有关规定，结合本市实际，制定本办法。</p>
<p style="text-indent:2em;">第二条　本办法适用于本市行政区域内的普通中小学校和中等职业学校。</p>
<p style="text-indent:2em;">第三条　学校选用教材应当从国家和省规定的教材目录中选用，不得选用目录以外的教材。</p>
<p style="text-indent:2em;">第四条　教辅材料实行自愿购买原则，任何学校和教师不得强制或变相强制学生购买教辅材料。</p>
<p style="text-indent:2em;">第五条　本办法自2019年4月1日起施行，有效期五年。</p>
<p style="text-align:right;">榆川市教育局</p>
<p style="text-align:right;">2019年2月27日</p>
</div>
<div class="tools"><a href="javascript:window.print();">打印本页</a> | <a href="javascript:window.close();">关闭窗口</a></div>
<div class="related"><h3>相关文件</h3><ul>
<li><a href="/gfxwj/detail.jsp?id=2018-0031">榆川市中小学校课后服务管理办法</a><span>2018-12-28</span></li>
<li><a href="/gfxwj/detail.jsp?id=2018-0022">榆川市民办学校收费管理办法</a><span>2018-09-17</span></li>
</ul></div>
</div>
<div class="footer"><div class="w1200"><p>主办：榆川市司法局　技术支持：榆川市大数据发展管理局</p><p>版权所有：榆川市人民政府　浙ICP备05011111号-3　浙公网安备 33010002000111号</p></div></div>
</body>
</html>
"""

# (9) TRS WCM 6 city education bureau of 2019: div.xxgk-info "发布日期：" then a <script> that keeps the day in a
# string and writes it as 2019年03月05日 (the template's way to format it), 来源：市教育局基础教育处; the body in
# div.TRS_Editor; 打印/关闭, 相关链接 with dates, a footer with the 网站标识码
TRS_2019_SCRIPT_DATE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>市教育局部署2019年中小学“护苗”安全教育月活动</title>
<link href="../../images/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="header"><img src="../../images/top.jpg" alt="榆川市教育局" /></div>
<div class="nav"><a href="../../">首页</a><a href="../../jyyw/">教育要闻</a><a href="../">通知公告</a><a href="../../zwgk/">政务公开</a><a href="../../bsfw/">办事服务</a><a href="../../hdjl/">互动交流</a></div>
<div class="dqwz">当前位置：<a href="../../">首页</a> &gt; <a href="../">通知公告</a></div>
<div class="main">
<div class="article">
<h1 class="art-title">市教育局部署2019年中小学“护苗”安全教育月活动</h1>
<div class="xxgk-info">发布日期：<script type="text/javascript">
var tm = "2019-03-05 10:20:00";
document.write(tm.substring(0,4) + "年" + tm.substring(5,7) + "月" + tm.substring(8,10) + "日");
</script>&nbsp;&nbsp;&nbsp;&nbsp;来源：市教育局基础教育处&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div>
<div class="art-con"><div class="TRS_Editor">
<p style="text-indent:2em;">为进一步增强中小学生安全意识和自护能力，市教育局决定在3月份组织开展2019年中小学“护苗”安全教育月活动。</p>
<p style="text-indent:2em;">活动期间，各校要围绕交通安全、防溺水、消防安全和网络安全等主题，上好安全教育课，组织一次应急疏散演练。</p>
<p style="text-indent:2em;">各区县（市）教育局要加强对活动的指导和督查，并于3月29日前将活动总结报市教育局基础教育处。</p>
</div></div>
<div class="dy">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="xglj"><h3>相关链接</h3><ul>
<li><a href="./201902/t20190222_3301122.html">市教育局部署2019年春季开学工作</a><span>2019-02-22</span></li>
<li><a href="./201812/t20181214_3289011.html">全市中小学冬季安全大检查启动</a><span>2018-12-14</span></li>
</ul></div>
</div>
</div>
<div class="footer">主办：榆川市教育局　地址：榆川市文化路100号<br />版权所有：榆川市教育局　浙ICP备05022222号　网站标识码：3301000023</div>
</body>
</html>
"""

# (10) the English site of a Chinese university on the 博达 VSB English template (2019): h2.title, no date in the
# header; under the text a credit line "Written by … Edited by … Date: 05/03/2019" (day first, as the site writes
# its dates); a Latest News side list whose 28/02/2019 shows the order; a footer in both languages
VSB_EN_2019_DAYFIRST_AFTER_BODY = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>YCU Hosts Spring Welcome Reception for International Students-Yuchuan University</title>
<meta name="keywords" content="Yuchuan University,International Students">
<link rel="stylesheet" href="/css/en_style.css">
<script type="text/javascript" src="/system/resource/js/dynclicks.js"></script>
</head>
<body>
<div class="header"><div class="w1200"><a href="/index.htm" class="logo"><img src="/images/en_logo.png" alt="Yuchuan University"></a>
<ul class="nav"><li><a href="/index.htm">Home</a></li><li><a href="/About.htm">About</a></li><li><a href="/Academics.htm">Academics</a></li><li><a href="/Admissions.htm">Admissions</a></li><li><a href="/News.htm">News</a></li><li><a href="http://www.ycu.example.edu.cn/">中文</a></li></ul></div></div>
<div class="w1200 location">Location: <a href="/index.htm">Home</a> &gt;&gt; <a href="/News.htm">News</a> &gt;&gt; Content</div>
<div class="w1200 main">
<div class="main-left">
<form name="_newscontent_fromname">
<h2 class="title">YCU Hosts Spring Welcome Reception for International Students</h2>
<div class="v_news_content">
<p>On the afternoon of March 4, Yuchuan University held its spring welcome reception for newly arrived international students at the International Exchange Center.</p>
<p>More than 120 students from 31 countries, together with teachers from the International Office and the colleges, attended the event.</p>
<p>Vice President Zhou Ming welcomed the students and encouraged them to learn about Chinese culture while pursuing their studies.</p>
<p>The reception ended with performances of Chinese calligraphy and folk music by student volunteers.</p>
</div>
<div class="credit">Written by: Li Na&nbsp;&nbsp;&nbsp;Edited by: Zhou Wei&nbsp;&nbsp;&nbsp;Date: 05/03/2019&nbsp;&nbsp;&nbsp;Clicks: <script>_showDynClicks("wbnews", 1689001234, 2345)</script></div>
</form>
</div>
<div class="main-right">
<h3>Latest News</h3>
<ul>
<li><a href="/info/1021/2340.htm">YCU Signs Cooperation Agreement with a German University</a><span>28/02/2019</span></li>
<li><a href="/info/1021/2331.htm">Winter School Program Concludes</a><span>18/01/2019</span></li>
<li><a href="/info/1021/2322.htm">International Students Celebrate the Spring Festival</a><span>02/02/2019</span></li>
</ul>
</div>
</div>
<div class="footer"><div class="w1200"><p>Address: 8 Daxuecheng Road, Yuchuan, Zhejiang, China</p><p>Copyright &copy; 2019 Yuchuan University. All Rights Reserved. 榆川大学 版权所有　浙ICP备05078901号</p></div></div>
</body>
</html>
"""

# (11) PHPOK 5 middle-school site of 2019: the article's head shows the day only as a calendar badge (span.day
# "05" over span.ym "2019-03") beside h1 and the line 作者 / 浏览; no date in the URL; the body in div.detail-content;
# 上一篇/下一篇, 相关新闻 with full dates, a footer
PHPOK_2019_DATE_BADGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>我校开展“学雷锋”志愿服务进社区活动_校园新闻_临澜县实验中学</title>
<link rel="stylesheet" href="/tpl/www/css/style.css">
<script src="/js/jquery.js"></script>
</head>
<body>
<div class="header"><div class="container"><a class="logo" href="/"><img src="/res/201901/logo.png" alt="临澜县实验中学"></a>
<ul class="menu"><li><a href="/">网站首页</a></li><li><a href="/about.html">学校概况</a></li><li class="current"><a href="/news.html">校园新闻</a></li><li><a href="/notice.html">通知公告</a></li><li><a href="/teach.html">教学科研</a></li><li><a href="/contact.html">联系我们</a></li></ul></div></div>
<div class="container">
<div class="breadcrumb">您当前的位置：<a href="/">首页</a> &raquo; <a href="/news.html">校园新闻</a> &raquo; 内容</div>
<div class="row">
<div class="main-col">
<div class="detail-head">
<div class="date-badge"><span class="day">05</span><span class="ym">2019-03</span></div>
<h1>我校开展“学雷锋”志愿服务进社区活动</h1>
<div class="detail-meta"><span>作者：校团委</span><span>浏览：<em id="hits">326</em></span></div>
</div>
<div class="detail-content">
<p>3月5日是“学雷锋纪念日”，我校团委组织80余名青年志愿者走进城南社区和县福利院，开展“学雷锋”志愿服务活动。</p>
<p>在城南社区，志愿者们分组清理了小区楼道的小广告，擦拭了健身器材，还为社区居民表演了自编的文艺节目。</p>
<p>在县福利院，志愿者们为老人们打扫房间、整理衣物，陪老人们聊天、下棋，给他们带去了温暖和欢乐。</p>
<p>校团委负责人表示，学校将把志愿服务作为德育工作的重要内容，常态化开展“学雷锋”活动。</p>
</div>
<div class="prev-next"><p>上一篇：<a href="/news/412.html">我校召开2019年春季开学工作会议</a></p><p>下一篇：<a href="/news/419.html">我校举行“三八”妇女节教职工趣味运动会</a></p></div>
<div class="related"><h4>相关新闻</h4><ul>
<li><a href="/news/398.html">我校青年志愿者开展寒假社会实践</a><span>2019-01-25</span></li>
<li><a href="/news/377.html">校团委举行新团员入团仪式</a><span>2018-12-07</span></li>
</ul></div>
</div>
<div class="side-col"><div class="side-box"><h4>通知公告</h4><ul><li><a href="/notice/415.html">关于2019年清明节放假的通知</a><span>2019-03-28</span></li><li><a href="/notice/401.html">2019年春季学期作息时间表</a><span>2019-02-15</span></li></ul></div></div>
</div>
</div>
<div class="footer"><div class="container"><p>地址：临澜县城关镇学府路1号　电话：0578-8225678</p><p>Copyright &copy; 2019 临澜县实验中学 版权所有　浙ICP备12056789号　Powered by PHPOK</p></div></div>
</body>
</html>
"""

# (12) a university 新闻网 on a .NET 站群 (news/Detail.aspx?id=) of 2018: h1.news-title, div.news-attr "发布时间：… 供稿部门：
# 外国语学院 撰稿：… 摄影：… 审核：… 浏览次数：" (the source labelled 供稿部门); the body in div.news-content; 上一条/
# 下一条, 相关新闻 with dates, a footer
DOTNET_2018_GONGGAO_BUMEN = """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>外国语学院举办第十二届英语演讲比赛-榆川大学新闻网</title>
<link href="/Content/css/news.css" rel="stylesheet" type="text/css" />
</head>
<body>
<form method="post" action="./Detail.aspx?id=8812" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" /></div>
<div class="top"><div class="w1100"><a href="/" class="logo"><img src="/Content/images/news_logo.png" alt="榆川大学新闻网" /></a>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/news/List.aspx?cid=1">榆大要闻</a></li><li><a href="/news/List.aspx?cid=2">综合新闻</a></li><li><a href="/news/List.aspx?cid=3">院部动态</a></li><li><a href="/news/List.aspx?cid=4">媒体榆大</a></li><li><a href="/news/List.aspx?cid=5">榆大人物</a></li></ul></div></div>
<div class="w1100 location">当前位置：<a href="/">首页</a> &gt; <a href="/news/List.aspx?cid=3">院部动态</a> &gt; 正文</div>
<div class="w1100 content clearfix">
<div class="left-part">
<h1 class="news-title">外国语学院举办第十二届英语演讲比赛</h1>
<div class="news-attr">发布时间：2018-11-20&nbsp;&nbsp;&nbsp;供稿部门：外国语学院&nbsp;&nbsp;&nbsp;撰稿：王晓雯&nbsp;&nbsp;&nbsp;摄影：李浩&nbsp;&nbsp;&nbsp;审核：周立&nbsp;&nbsp;&nbsp;浏览次数：<span id="lblHits">268</span></div>
<div class="news-content">
<p style="text-indent:2em;">11月16日晚，外国语学院第十二届英语演讲比赛决赛在图书馆报告厅举行，来自全校9个学院的16名选手进入决赛。</p>
<p style="text-indent:2em;">本次比赛以“Youth and the Future”为主题，分为定题演讲和即兴问答两个环节，全面考查选手的语言功底和思辨能力。</p>
<p style="text-indent:2em;">经过激烈角逐，商学院2017级学生陈思彤获得一等奖，外国语学院的两名选手获得二等奖。</p>
<p style="text-indent:2em;">获得一等奖的选手将代表学校参加全省大学生英语演讲比赛。</p>
</div>
<div class="news-turn"><p>上一条：<a href="/news/Detail.aspx?id=8805">外国语学院召开2018年学生工作会议</a></p><p>下一条：<a href="/news/Detail.aspx?id=8820">外国语学院开展“翻译进社区”志愿服务</a></p></div>
<div class="news-related"><h3>相关新闻</h3><ul>
<li><a href="/news/Detail.aspx?id=8790">外国语学院举办第五届翻译大赛</a><span>2018-11-09</span></li>
<li><a href="/news/Detail.aspx?id=8702">我校学子在全国英语写作大赛中获佳绩</a><span>2018-10-22</span></li>
</ul></div>
</div>
<div class="right-part"><h3>图片新闻</h3><ul><li><a href="/news/Detail.aspx?id=8815"><img src="/UploadFiles/2018/11/8815.jpg" alt="" />学校举行第46届田径运动会</a></li></ul>
<h3>热门新闻</h3><ul><li><a href="/news/Detail.aspx?id=8760">学校召开2018年教学工作会议</a></li><li><a href="/news/Detail.aspx?id=8741">我校新增两个国家级一流专业</a></li></ul></div>
</div>
<div class="footer"><p>榆川大学党委宣传部主办　地址：榆川市大学城路8号</p><p>Copyright &copy; 2018 榆川大学 版权所有　浙ICP备05078901号</p></div>
</form>
</body>
</html>
"""

# (13) a county government portal on a JSP 网站群 of 2017 (部门动态): h1, div.info "来源单位：县教育局　发布时间：
# … 浏览次数：" (the source labelled 来源单位); the body in div#zoom; 【打印】【关闭】, 相关信息 with dates, a 政务
# 服务 side box, a footer with the 网站标识码
JSP_2017_LAIYUAN_DANWEI = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>县教育局开展2017年春季学校食堂食品安全检查_部门动态_临澜县人民政府</title>
<link href="/site/tpl/css/article.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><div class="w1000"><img src="/site/tpl/images/banner.jpg" alt="临澜县人民政府" /></div></div>
<div class="menu"><div class="w1000"><a href="/">首页</a><a href="/col/zwdt/">政务动态</a><a href="/col/zwgk/">政务公开</a><a href="/col/bsfw/">办事服务</a><a href="/col/hdjl/">互动交流</a><a href="/col/llgk/">临澜概况</a></div></div>
<div class="w1000 location">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/zwdt/">政务动态</a> &gt; <a href="/col/zwdt/bmdt/">部门动态</a></div>
<div class="w1000 main">
<div class="art-main">
<h1>县教育局开展2017年春季学校食堂食品安全检查</h1>
<div class="info">来源单位：县教育局　　发布时间：2017-03-15 09:30　　浏览次数：<span id="visits">0</span></div>
<div id="zoom">
<p>　　3月13日至14日，县教育局会同县市场监管局，对全县中小学校、幼儿园食堂开展春季开学食品安全专项检查。</p>
<p>　　检查组深入食堂操作间和仓库，重点检查食品原料进货查验、食品留样、餐用具清洗消毒和从业人员健康管理等情况。</p>
<p>　　对检查中发现的部分食堂台账记录不规范、个别冷藏设备温度不达标等问题，检查组当场提出整改要求，限期一周内整改到位。</p>
<p>　　县教育局要求各校严格落实食品安全校长负责制和陪餐制度，切实保障师生饮食安全。</p>
</div>
<div class="tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="xgxx"><h3>相关信息</h3><ul>
<li><a href="/art/2017/3/6/art_1234_56001.html">县教育局召开2017年教育工作会议</a><span>2017-03-06</span></li>
<li><a href="/art/2017/2/20/art_1234_55812.html">全县中小学开展春季开学安全大检查</a><span>2017-02-20</span></li>
</ul></div>
</div>
<div class="art-side"><h3>政务服务</h3><ul><li><a href="/col/bsfw/jy/">教育服务</a></li><li><a href="/col/bsfw/sb/">社保服务</a></li><li><a href="/col/bsfw/yl/">医疗服务</a></li></ul></div>
</div>
<div class="footer">主办：临澜县人民政府办公室　承办：临澜县大数据中心<br />版权所有：临澜县人民政府　浙ICP备05033333号　网站标识码：3311270001</div>
</body>
</html>
"""

# (14) 中国教育新闻网 (jyb) of 2019: div.xl_title > h1 and div.xl_text of 来源 / 作者 / 发布时间; the body in
# div.xl_text_con > div.TRS_Editor, its last line the print edition's line 《中国教育报》2019年03月05日第3版 (kept as
# the page shows it: a credit inside the text's container is the text's, as the desk credits of other families
# are); 责任编辑 after the container, 相关新闻 with dates, a footer
JYB_2019_PRINT_EDITION = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>榆川：乡村学校“小而优”有了新路径 - 中国教育新闻网</title>
<meta name="keywords" content="乡村学校,小规模学校" />
<link rel="stylesheet" href="/css/xl.css" />
</head>
<body>
<div class="top"><div class="w1200"><a href="/" class="logo"><img src="/images/logo.png" alt="中国教育新闻网" /></a>
<div class="nav"><a href="/">首页</a><a href="/zgjyb/">中国教育报</a><a href="/jyzck/">政策</a><a href="/difang/">地方</a><a href="/xiaoxue/">基础教育</a><a href="/gaojiao/">高教</a><a href="/zhijiao/">职教</a></div></div></div>
<div class="w1200 dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/difang/">地方</a> &gt; 正文</div>
<div class="w1200 xl_main">
<div class="xl_left">
<div class="xl_title"><h1>榆川：乡村学校“小而优”有了新路径</h1>
<div class="xl_text"><span>来源：中国教育新闻网-中国教育报</span><span>作者：本报记者 张立</span><span>发布时间：2019-03-05 08:30</span></div></div>
<div class="xl_text_con"><div class="TRS_Editor">
<p>“学生少了，但老师的心思一点没少。”走进榆川市临澜县石门乡中心小学，校长王建平告诉记者，全校只有86名学生，却开设了书法、科学实验、山地足球等12门特色课程。</p>
<p>近年来，榆川市针对乡村小规模学校师资少、课程开不齐等问题，推行城乡学校“共同体”建设，每所城区优质学校结对帮扶两到三所乡村学校。</p>
<p>通过同步课堂和教师走教，乡村学校的学生可以与城里孩子一起上音乐、美术和英语课，城区骨干教师每周到结对学校上课、听课。</p>
<p>目前，全市已组建城乡教育共同体52个，覆盖乡村学校148所，乡村学校学生流失的势头得到了有效遏制。</p>
<p>《中国教育报》2019年03月05日第3版</p>
</div></div>
<div class="xl_editor">责任编辑：刘琳</div>
<div class="xl_xgxw"><h3>相关新闻</h3><ul>
<li><a href="/difang/201902/t20190226_215678.html">多地探索乡村小规模学校发展新模式</a><span>2019-02-26</span></li>
<li><a href="/difang/201901/t20190118_213456.html">让乡村教师“留得住、教得好”</a><span>2019-01-18</span></li>
</ul></div>
</div>
<div class="xl_right"><h3>热点排行</h3><ol><li><a href="/xiaoxue/201903/t20190304_216001.html">两会代表委员热议课后服务</a></li><li><a href="/gaojiao/201903/t20190303_215990.html">高校“双一流”建设推进会召开</a></li></ol></div>
</div>
<div class="footer"><p>中国教育新闻网 版权所有，未经书面授权禁止使用</p><p>Copyright &copy; 2019 www.jyb.example.cn All Rights Reserved　京ICP备05012345号</p></div>
</body>
</html>
"""

# (15) YzmCMS 5 county 教育局 site of 2020: h1 and div.article_info of 发布时间 / 来源 / 浏览; div.article_content
# opens with the template's 摘要 box (div.article_desc: the description field, the body's first sentences cut with
# "...") before the text; 上一篇/下一篇, 相关文章 with dates, a footer
YZMCMS_2020_SUMMARY_IN_CONTENT = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>县教育局举办2020年中小学心理健康教育教师培训班_教育动态_鹤洲县教育局</title>
<meta name="description" content="10月22日至23日，县教育局在县教师发展中心举办2020年中小学心理健康教育教师培训班，全县各中小学的心理健康教育专兼职教师...">
<link rel="stylesheet" href="/common/static/css/yzm.css">
</head>
<body>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/uploads/202001/logo.png" alt="鹤洲县教育局"></a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/jygk/">教育概况</a></li><li class="current"><a href="/jydt/">教育动态</a></li><li><a href="/tzgg/">通知公告</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div></div>
<div class="w1200 crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/jydt/">教育动态</a> &gt; 正文</div>
<div class="w1200 main">
<div class="left">
<div class="article">
<h1 class="article_title">县教育局举办2020年中小学心理健康教育教师培训班</h1>
<div class="article_info">发布时间：2020-10-24 09:15&nbsp;&nbsp;来源：县教师发展中心&nbsp;&nbsp;浏览：<span id="hits">0</span>次</div>
<div class="article_content">
<div class="article_desc"><strong>摘要：</strong>10月22日至23日，县教育局在县教师发展中心举办2020年中小学心理健康教育教师培训班，全县各中小学的心理健康教育专兼职教师...</div>
<p>10月22日至23日，县教育局在县教师发展中心举办2020年中小学心理健康教育教师培训班，全县各中小学的心理健康教育专兼职教师共90余人参加培训。</p>
<p>培训邀请了省内高校心理学专家和一线名师授课，内容包括学生常见心理问题的识别与干预、心理辅导活动课设计和家校协同育人等。</p>
<p>培训采取专题讲座、案例研讨和现场观摩相结合的方式，学员们还分组设计了心理辅导活动课并进行了展示。</p>
<p>县教育局要求，各校要配齐配强心理健康教育教师，开齐开足心理健康教育课程，切实关注学生心理健康。</p>
</div>
<div class="article_page"><p>上一篇：<a href="/jydt/620.html">鹤洲县举行2020年中小学生运动会</a></p><p>下一篇：<a href="/jydt/628.html">县教育局开展秋季学期教学视导</a></p></div>
</div>
<div class="related"><h3>相关文章</h3><ul>
<li><a href="/jydt/598.html">县教育局举办新任班主任培训班</a><span>2020-09-18</span></li>
<li><a href="/jydt/571.html">鹤洲县开展中小学生心理健康筛查</a><span>2020-08-27</span></li>
</ul></div>
</div>
<div class="right"><div class="side-box"><h3>通知公告</h3><ul><li><a href="/tzgg/619.html">关于开展2020年教师资格认定工作的通知</a></li><li><a href="/tzgg/605.html">鹤洲县2020年秋季学期校车线路公示</a></li></ul></div></div>
</div>
<div class="footer"><div class="w1200"><p>主办：鹤洲县教育局　地址：鹤洲县府前路9号</p><p>版权所有：鹤洲县教育局　浙ICP备15012345号　Powered by YzmCMS</p></div></div>
</body>
</html>
"""

# (16) a teacher's blog on WordPress with the 知更鸟 Begin theme (2018): h1.entry-title, span.date and the 分类/阅读
# line in the header; div.single-content holds the text and, appended by the theme inside it, div.dashang "如果觉得
# 我的文章对您有用，请随意赞赏。" with its 赏 button; the tags, 上一篇/下一篇, 相关文章, comments, a footer
BEGIN_2018_DASHANG_IN_CONTENT = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>带班第十年，我学会了“慢下来” | 周老师的教育随笔</title>
<link rel="stylesheet" href="https://www.zhoulaoshi.example.cn/wp-content/themes/begin/style.css" type="text/css" media="all">
</head>
<body class="post-template-default single single-post postid-1288">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header"><div class="logo-site"><a href="https://www.zhoulaoshi.example.cn/" rel="home">周老师的教育随笔</a></div>
<nav id="site-nav" class="main-nav"><ul id="menu-nav" class="down-menu"><li><a href="https://www.zhoulaoshi.example.cn/">首页</a></li><li><a href="https://www.zhoulaoshi.example.cn/category/banzhuren/">班主任手记</a></li><li><a href="https://www.zhoulaoshi.example.cn/category/ketang/">课堂内外</a></li><li><a href="https://www.zhoulaoshi.example.cn/category/dushu/">读书笔记</a></li><li><a href="https://www.zhoulaoshi.example.cn/about/">关于我</a></li></ul></nav></header>
<nav class="bread">现在位置： <a href="https://www.zhoulaoshi.example.cn/">首页</a> &gt; <a href="https://www.zhoulaoshi.example.cn/category/banzhuren/">班主任手记</a> &gt; 正文</nav>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-1288" class="post-1288 post type-post status-publish format-standard">
<header class="entry-header"><h1 class="entry-title">带班第十年，我学会了“慢下来”</h1></header>
<div class="begin-single-meta"><span class="my-date"><i class="be be-schedule"></i> 2018年11月12日</span><span class="meta-cat">分类：<a href="https://www.zhoulaoshi.example.cn/category/banzhuren/">班主任手记</a></span><span class="views">阅读 1,206</span></div>
<div class="entry-content">
<div class="single-content">
<p>今年是我当班主任的第十年。回头看，前几年的我总是很“急”：学生作业没交齐急，纪律评比扣了分急，月考排名掉了更急。</p>
<p>急的结果是，我说得越来越多，学生听进去的却越来越少。有一次班会课上，一个平时很安静的女生小声说：“老师，您能不能等我们把话说完？”</p>
<p>那句话让我想了很久。从那以后，我开始试着“慢下来”：每周留出一节班会课让学生自己主持，遇到问题先听学生讲，再说自己的想法。</p>
<p>慢下来以后，我发现班里的事情并没有变少，但学生们愿意主动来找我聊天了，很多矛盾在萌芽时就被化解了。</p>
<p>教育是慢的艺术。带班十年，这大概是我最想告诉新班主任的一句话。</p>
<div class="dashang"><p>如果觉得我的文章对您有用，请随意赞赏。您的支持将鼓励我继续创作！</p><a class="dashang-btn" href="javascript:;">赏</a></div>
</div>
</div>
<footer class="single-footer"><div class="single-tag">标签：<a href="https://www.zhoulaoshi.example.cn/tag/banzhuren/" rel="tag">班主任</a> <a href="https://www.zhoulaoshi.example.cn/tag/banhui/" rel="tag">班会课</a></div></footer>
</article>
<nav class="nav-single"><a href="https://www.zhoulaoshi.example.cn/1276.html" rel="prev">上一篇：期中考试后，我给家长写了一封信</a> <a href="https://www.zhoulaoshi.example.cn/1295.html" rel="next">下一篇：和学生一起读《草房子》</a></nav>
<div id="related-img"><h3>相关文章</h3><ul>
<li><a href="https://www.zhoulaoshi.example.cn/1201.html">班会课，让学生做主角</a><span>2018-06-20</span></li>
<li><a href="https://www.zhoulaoshi.example.cn/1150.html">写给第一次当班主任的自己</a><span>2018-03-09</span></li>
</ul></div>
<div id="comments" class="comments-area"><h3 class="comments-title">2条评论</h3><ol class="comment-list">
<li class="comment"><div class="comment-author">李老师</div><div class="comment-meta">2018年11月13日 08:20</div><p>“等我们把话说完”，这句话也提醒了我。</p></li>
<li class="comment"><div class="comment-author">小陈</div><div class="comment-meta">2018年11月14日 21:05</div><p>周老师，我是您2012届的学生，那时候的您确实很急，哈哈。</p></li>
</ol></div>
</main>
</div>
<div id="sidebar" class="widget-area"><aside class="widget"><h3 class="widget-title">最新文章</h3><ul><li><a href="https://www.zhoulaoshi.example.cn/1295.html">和学生一起读《草房子》</a></li><li><a href="https://www.zhoulaoshi.example.cn/1276.html">期中考试后，我给家长写了一封信</a></li></ul></aside></div>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">Copyright &copy; 周老师的教育随笔 版权所有　浙ICP备17045678号-1　Theme by Begin</div></footer>
</div>
</body>
</html>
"""

PAGES = [
    Page(
        "ftrap4-2019-ezeip-column-title",
        "http://www.ycez.example.cn/tzgg/1286.html",
        EZEIP_2019_COLUMN_TITLE,
        # the h3 over the 发布时间 line: <title> and the left column's h2 name only the column 通知公告
        "关于做好2019年春季学期家庭经济困难学生资助工作的通知",
        "2019-03-05",
        None,  # 发布者：校办公室 names who put it up, not a 来源
        "各年级组、各班主任：",
        "2019年3月5日",
        ("上一篇", "2019年春季开学工作安排", "国家助学金拟资助名单", "NOTICE", "东湖路18号", "万户网络"),
    ),
    Page(
        "ftrap4-2018-gkml-long-title-cut",
        "http://www.yuchuan.example.gov.cn/gkml/detail.jsp?infoid=2018122800456",
        GKML_2018_LONG_TITLE_CUT,
        # the whole td.title: <title> cuts it after 30 characters and adds "..."
        "榆川市教育局 榆川市财政局 榆川市人力资源和社会保障局关于印发《榆川市中小学校课后服务经费保障和参与教师激励办法（试行）》的通知",
        "2018-12-28",
        None,
        "各区、县（市）教育局、财政局、人力社保局，市直属各学校：",
        "（此件主动公开）",
        ("索引号", "榆教〔2018〕118号", "打印本页", "课后服务工作的指导意见", "网站标识码"),
    ),
    Page(
        "ftrap4-2018-empire-ftitle-subtitle",
        "http://www.ycsy.example.edu.cn/jyxy/xyfc/2018-09-10/856.html",
        EMPIRE_2018_FTITLE,
        "扎根山区讲台三十二年",  # the main line, as <title> gives it; the ftitle "——记…" under it is its subtitle
        "2018-09-10",
        "教育学院",
        "1986年夏天，刚从榆川师范学校毕业的陈建华背着行李来到临澜县石门乡，成为当地一所村小唯一的公办教师。这一干，就是三十二年。",
        "三十二年来，陈建华教过的学生有一千多人，其中不少人考上大学后又回到家乡任教。今年教师节前夕，他被评为全省“最美乡村教师”。",
        ("——记我院1986届校友", "分享到", "全国教学成果二等奖", "2018级新生开学典礼", "教师节表彰的通知"),
    ),
    Page(
        "ftrap4-2010-netcms-zoom-in-h1-gbk",
        "http://www.hzjy.example.cn/news/2010/0305/1203.html",
        NETCMS_2010_ZOOM_IN_H1,
        "鹤洲区召开2010年中小学校安全工作会议",  # the h1 less the 【字号：大 中 小】 control it also holds
        "2010-03-05",
        "区教育局安全科",
        "3月4日下午，鹤洲区2010年中小学校安全工作会议在区教育局召开，全区各中小学、幼儿园分管安全工作的校（园）长参加会议。",
        "会上，区教育局与各校签订了2010年度学校安全工作目标责任书。",
        ("字号", "打印本页", "春季开学安全检查", "冬季校园消防安全演练", "春季学生资助工作"),
        gbk=True,
    ),
    Page(
        "ftrap4-2004-frontpage-new-page-title-gbk",
        "http://www.smxx.example.cn/xxdt/xxdt040305.htm",
        FRONTPAGE_2004_NEW_PAGE_TITLE,
        "我校举行“手拉手”城乡少先队员结对活动",  # the <font size=5><b> line: <title> is FrontPage's 新建网页 1
        "2004-03-05",  # the signature's day, the page's only date
        None,
        "3月3日上午，临澜县实验小学的40名少先队员在辅导员老师的带领下来到我校，与我校四、五年级的少先队员开展“手拉手”结对活动。",
        "2004年3月5日",
        ("返回首页", "新学期家长会", "期末表彰大会", "留言板", "访客"),
        gbk=True,
    ),
    Page(
        "ftrap4-2019-phpcms-lecture-time",
        "http://sxxy.ycu.example.edu.cn/index.php?m=content&c=index&a=show&catid=9&id=415",
        PHPCMS_2019_LECTURE_TIME,
        "数据驱动的偏微分方程反问题求解",
        "2019-03-05",  # 发布时间, not the 报告时间 2019年3月12日 of the model's line above it
        "数学与统计学院",
        "报告摘要：偏微分方程反问题在医学成像、地球物理勘探和无损检测等领域有着广泛应用，但其不适定性给数值求解带来了很大困难。",
        "欢迎全院师生参加！",
        ("报告地点", "理科楼A301", "随机微分方程的数值方法", "图神经网络的表达能力", "点击："),
    ),
    Page(
        "ftrap4-2003-dongli-short-year-gbk",
        "http://www.lldyz.example.cn/Article/ShowArticle.asp?ArticleID=437",
        DONGLI_2003_SHORT_YEAR,
        "我校举行2003年“学雷锋”文明月活动启动仪式",
        "2003-03-05",  # 更新时间：03-3-5 10:20:33
        "校团委",
        "3月5日上午，我校在大操场隆重举行2003年“学雷锋”文明月活动启动仪式，全校师生2000余人参加。",
        "校长在讲话中勉励同学们把雷锋精神落实到日常学习和生活中，从身边小事做起，争做文明学生。",
        ("发表评论", "告诉好友", "团支部书记会议", "慰问敬老院老人", "栏目导航", "更新时间"),
        gbk=True,
    ),
    Page(
        "ftrap4-2019-statute-effective-before-published",
        "http://www.yuchuan.example.gov.cn/gfxwj/detail.jsp?id=2019-0006",
        STATUTE_2019_EFFECTIVE_DATE,
        "榆川市中小学校教材教辅管理办法",
        "2019-03-05",  # 发布日期; the 施行日期 2019-04-01 above it is when the rules take effect
        None,  # 制定机关 names the issuer, not a 来源
        "第一条 为加强全市中小学校教材和教辅材料管理，规范教材教辅的选用、征订和使用，减轻学生课业负担和家庭经济负担，根据有关规定，结合本市实际，制定本办法。",
        "2019年2月27日",
        ("登记编号", "有效期至", "榆教规〔2019〕2号", "打印本页", "民办学校收费管理办法", "公网安备"),
    ),
    Page(
        "ftrap4-2019-trs-date-by-script",
        "http://jyj.yuchuan.example.gov.cn/tzgg/201903/t20190305_3305678.html",
        TRS_2019_SCRIPT_DATE,
        "市教育局部署2019年中小学“护苗”安全教育月活动",
        "2019-03-05",  # 发布日期：2019年03月05日 as the script writes it
        "市教育局基础教育处",
        "为进一步增强中小学生安全意识和自护能力，市教育局决定在3月份组织开展2019年中小学“护苗”安全教育月活动。",
        "各区县（市）教育局要加强对活动的指导和督查，并于3月29日前将活动总结报市教育局基础教育处。",
        ("substring", "document.write", "打印本页", "春季开学工作", "冬季安全大检查", "网站标识码"),
    ),
    Page(
        "ftrap4-2019-vsb-english-dayfirst-after-body",
        "http://en.ycu.example.edu.cn/info/1021/2345.htm",
        VSB_EN_2019_DAYFIRST_AFTER_BODY,
        "YCU Hosts Spring Welcome Reception for International Students",
        "2019-03-05",  # Date: 05/03/2019 — day first, as the side list's 28/02/2019 shows the site writes them
        None,
        "On the afternoon of March 4, Yuchuan University held its spring welcome reception for newly arrived international students at the International Exchange Center.",
        "The reception ended with performances of Chinese calligraphy and folk music by student volunteers.",
        ("Written by", "Clicks", "Cooperation Agreement", "Winter School", "Address:"),
    ),
    Page(
        "ftrap4-2019-phpok-date-badge",
        "http://www.llsyzx.example.cn/news/416.html",
        PHPOK_2019_DATE_BADGE,
        "我校开展“学雷锋”志愿服务进社区活动",
        "2019-03-05",  # the badge: 05 over 2019-03
        None,
        "3月5日是“学雷锋纪念日”，我校团委组织80余名青年志愿者走进城南社区和县福利院，开展“学雷锋”志愿服务活动。",
        "校团委负责人表示，学校将把志愿服务作为德育工作的重要内容，常态化开展“学雷锋”活动。",
        ("作者：校团委", "上一篇", "寒假社会实践", "新团员入团仪式", "清明节放假", "Powered by"),
    ),
    Page(
        "ftrap4-2018-dotnet-gonggao-bumen",
        "http://news.ycu.example.edu.cn/news/Detail.aspx?id=8812",
        DOTNET_2018_GONGGAO_BUMEN,
        "外国语学院举办第十二届英语演讲比赛",
        "2018-11-20",
        "外国语学院",  # 供稿部门：外国语学院 — the department that supplied the story
        "11月16日晚，外国语学院第十二届英语演讲比赛决赛在图书馆报告厅举行，来自全校9个学院的16名选手进入决赛。",
        "获得一等奖的选手将代表学校参加全省大学生英语演讲比赛。",
        ("撰稿：", "审核：", "上一条", "第五届翻译大赛", "第46届田径运动会", "一流专业"),
    ),
    Page(
        "ftrap4-2017-jsp-laiyuan-danwei",
        "http://www.linlan.example.gov.cn/art/2017/3/15/art_1234_56123.html",
        JSP_2017_LAIYUAN_DANWEI,
        "县教育局开展2017年春季学校食堂食品安全检查",
        "2017-03-15",
        "县教育局",  # 来源单位：县教育局
        "3月13日至14日，县教育局会同县市场监管局，对全县中小学校、幼儿园食堂开展春季开学食品安全专项检查。",
        "县教育局要求各校严格落实食品安全校长负责制和陪餐制度，切实保障师生饮食安全。",
        ("浏览次数", "【打印】", "2017年教育工作会议", "春季开学安全大检查", "社保服务", "网站标识码"),
    ),
    Page(
        "ftrap4-2019-jyb-print-edition-line",
        "http://www.jyb.example.cn/difang/201903/t20190305_216123.html",
        JYB_2019_PRINT_EDITION,
        "榆川：乡村学校“小而优”有了新路径",
        "2019-03-05",
        "中国教育新闻网-中国教育报",
        "“学生少了，但老师的心思一点没少。”走进榆川市临澜县石门乡中心小学，校长王建平告诉记者，全校只有86名学生，却开设了书法、科学实验、山地足球等12门特色课程。",
        "《中国教育报》2019年03月05日第3版",  # the print edition's line, inside the text's container
        ("责任编辑", "多地探索乡村小规模学校", "留得住、教得好", "两会代表委员热议", "未经书面授权"),
    ),
    Page(
        "ftrap4-2020-yzmcms-summary-box",
        "http://www.hzxjy.example.cn/jydt/624.html",
        YZMCMS_2020_SUMMARY_IN_CONTENT,
        "县教育局举办2020年中小学心理健康教育教师培训班",
        "2020-10-24",
        "县教师发展中心",
        # the text's first paragraph, not the 摘要 box the template prints above it (its first sentences, cut)
        "10月22日至23日，县教育局在县教师发展中心举办2020年中小学心理健康教育教师培训班，全县各中小学的心理健康教育专兼职教师共90余人参加培训。",
        "县教育局要求，各校要配齐配强心理健康教育教师，开齐开足心理健康教育课程，切实关注学生心理健康。",
        ("摘要", "专兼职教师...", "上一篇", "新任班主任培训班", "心理健康筛查", "校车线路公示", "Powered by"),
    ),
    Page(
        "ftrap4-2018-begin-dashang-in-content",
        "https://www.zhoulaoshi.example.cn/1288.html",
        BEGIN_2018_DASHANG_IN_CONTENT,
        "带班第十年，我学会了“慢下来”",
        "2018-11-12",
        None,
        "今年是我当班主任的第十年。回头看，前几年的我总是很“急”：学生作业没交齐急，纪律评比扣了分急，月考排名掉了更急。",
        "教育是慢的艺术。带班十年，这大概是我最想告诉新班主任的一句话。",
        ("赞赏", "您的支持", "标签", "上一篇", "等我们把话说完”，这句话", "2012届的学生", "最新文章", "Theme by"),
    ),
]
