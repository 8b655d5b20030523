"""Article pages of CMS families the extractor was not tuned to, a fifth round, each carrying ONE trap that real
pages of its family have, mostly on K-12 school and education-bureau 校务公开 / 党务公开 / 财务公开 detail pages and
government 政务公开 pages of 2005-2024; everything else on the page is ordinary for its family (menu, breadcrumb,
related rows with dates, side boxes, a footer with 版权所有 and the ICP备 number). Written by hand after each family's
public template markup; names, hosts and numbers made up (tests/test_article_families.py checks every field of each).

Traps: (1) 逐浪 Zoomla!CMS county 教育局 财务公开 (2022): the body a 部门预算 table of numbers with one sentence and a
单位：万元 line above it and the bureau's signature under it; (2) CmsEasy 职业学校 招生计划 (2019): the plan table
pasted from Word (MsoNormalTable, a <p class=MsoNormal> in every cell); (3) a county government's 网站集约化 platform
财政预决算 page (2023): the body a pdf.js <iframe> viewer and one 附件：line; (4) a 2010 ASP school 校务公开 page (GBK):
the body an Adobe Reader ActiveX <object> with an <embed> inside and one 附件下载：line; (5) 网钛 OTCMS school 党务公开
(2021): the editor's "标题1" <h1> repeating the title at the head of the body, under the template's own <h1>; (6) a
太极 (Taiji) county portal 政策解读 (2020): the body opens on its first 公文 heading "一、起草背景" in a 黑体 span;
(7) FineCMS district 教育局 通知 (2018): the body's last line the 联系人/联系电话 line; (8) a county 政府门户 on a 云政务
站群 (2019): a 扫一扫在手机打开当前页 QR box inside the content block after the text; (9) a district 中小学校务公开平台
(2023): the 公开时间/公开形式/公开范围/责任部门 table above the title, the only place of the day; (10) 蝉知 chanzhi
school 校务公开 (2022): 发布人 and 审核人 each on a line of their own above the date line; (11) a JeeSite 4 CMS primary
school (2024): 2024年03月05日 and 星期二 in two spans of the info line; (12) S-CMS school site (2020): 来源：本站;
(13) YXcms middle school (2013): 信息来源：…中学校长室 opening the info line; (14) a 2009 ASP school site (GBK): the title
only in <title> and a <td class="title"> of nested layout tables, 浏览次数 by <script src="/count.asp?id=…">; (15) a
2006 ASP school site (GBK): the body <br><br> paragraphs in a <font> of a <td> indented with &nbsp;, the cell's last line
本文已被浏览…次; (16) a 2005 town school's hand-made ASP site (GBK): the title, the info line, an <hr> and the body's
<br> paragraphs all in one <td>."""

from family_page import Page

# (1) 逐浪 Zoomla!CMS (ASP.NET) county 教育局 of 2022, 政务公开 > 财务公开 > 部门预算: h1#title, div.n_info 发布时间 /
# 来源 / 点击 span#hits, the body in div.n_txt: one sentence, a 单位：万元 line, a 收支总表 of numbers with thousands
# commas, the bureau's signature and day; 上一篇/下一篇, 相关信息 with dates, a 财务公开 side menu, a footer
ZOOMLA_2022_BUDGET_TABLE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>青岚县教育局2022年部门预算公开_财务公开_青岚县教育局</title>
<meta name="keywords" content="部门预算,财务公开" />
<link href="/Template/qljy/style/global.css" rel="stylesheet" type="text/css" />
<script src="/JS/jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="w1200"><a href="/" class="logo"><img src="/Template/qljy/images/logo.png" alt="青岚县教育局" /></a>
<div class="top_r"><a href="/Class_1/Default.aspx">网站地图</a> | <a href="/Class_2/Default.aspx">无障碍浏览</a> | <a href="/Search/Default.aspx">站内搜索</a></div></div></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/Class_11/Default.aspx">教育动态</a></li><li class="on"><a href="/Class_12/Default.aspx">政务公开</a></li><li><a href="/Class_13/Default.aspx">办事服务</a></li><li><a href="/Class_14/Default.aspx">互动交流</a></li><li><a href="/Class_15/Default.aspx">学校风采</a></li></ul></div>
<div class="w1200 main">
<div class="side">
<div class="side_tit">政务公开</div>
<ul class="side_menu"><li><a href="/Class_121/Default.aspx">机构职能</a></li><li><a href="/Class_122/Default.aspx">政策文件</a></li><li class="on"><a href="/Class_123/Default.aspx">财务公开</a></li><li><a href="/Class_124/Default.aspx">人事信息</a></li><li><a href="/Class_125/Default.aspx">规划计划</a></li></ul>
<div class="side_box"><h4>信息公开指南</h4><p>依申请公开受理电话：0579-86120000</p></div>
</div>
<div class="content">
<div class="n_pos">当前位置：<a href="/">首页</a> &gt; <a href="/Class_12/Default.aspx">政务公开</a> &gt; <a href="/Class_123/Default.aspx">财务公开</a></div>
<div class="n_con">
<h1 id="title">青岚县教育局2022年部门预算公开</h1>
<div class="n_info">发布时间：2022-03-07 09:30　来源：计财科　点击：<span id="hits">412</span></div>
<div class="n_txt">
<p style="text-indent:2em;">根据《中华人民共和国预算法》和县财政局关于部门预算公开的工作要求，现将青岚县教育局2022年部门预算收支总表公开如下：</p>
<p style="text-align:right;">单位：万元</p>
<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse;">
<tbody>
<tr><td align="center"><b>收入项目</b></td><td align="center"><b>预算数</b></td><td align="center"><b>支出项目</b></td><td align="center"><b>预算数</b></td></tr>
<tr><td>一、一般公共预算拨款收入</td><td align="right">18,562.34</td><td>一、教育支出</td><td align="right">19,874.21</td></tr>
<tr><td>二、政府性基金预算拨款收入</td><td align="right">420.00</td><td>二、社会保障和就业支出</td><td align="right">1,236.58</td></tr>
<tr><td>三、事业收入</td><td align="right">1,865.12</td><td>三、卫生健康支出</td><td align="right">512.47</td></tr>
<tr><td>四、其他收入</td><td align="right">1,120.80</td><td>四、住房保障支出</td><td align="right">345.00</td></tr>
<tr><td align="center">本年收入合计</td><td align="right">21,968.26</td><td align="center">本年支出合计</td><td align="right">21,968.26</td></tr>
</tbody>
</table>
<p style="text-align:right;">青岚县教育局</p>
<p style="text-align:right;">2022年3月5日</p>
</div>
<div class="n_tool">【<a href="javascript:window.print();">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】</div>
<div class="n_pn"><p>上一篇：<a href="/Item/4521.aspx">青岚县教育局2021年部门决算公开</a></p><p>下一篇：<a href="/Item/4590.aspx">青岚县教育局2022年“三公”经费预算公开</a></p></div>
<div class="n_rel"><h4>相关信息</h4><ul>
<li><a href="/Item/4012.aspx">青岚县教育局2021年部门预算公开</a><span>2021-03-09</span></li>
<li><a href="/Item/4521.aspx">青岚县教育局2021年部门决算公开</a><span>2021-09-15</span></li>
</ul></div>
</div>
</div>
</div>
<div class="foot"><div class="w1200"><p>主办：青岚县教育局　地址：青岚县城关镇文教路12号　电话：0579-86120001</p><p>版权所有：青岚县教育局　浙ICP备11023456号-1　网站标识码：3307260012</p></div></div>
</body>
</html>
"""

# (2) CmsEasy 职业学校 site of 2019, 招生就业 > 招生计划: div.title h1, div.info 发布时间 / 来源 / 浏览 (the
# CmsEasy /index.php?case=archive&act=view hits script), the body in div.content: one Word-pasted sentence, a
# MsoNormalTable whose every cell holds a <p class=MsoNormal><span>, the 招生办's signature; 上一篇/下一篇, 相关文章
# with dates, a 招生热线 side box, a footer
CMSEASY_2019_WORD_TABLE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>青岚市职业教育中心2019年招生计划-青岚市职业教育中心</title>
<meta name="keywords" content="招生计划,中职招生" />
<meta name="description" content="经市教育局核准，现将我校2019年招生计划公布如下" />
<link href="/template/zzxx/skin/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="header"><div class="logo"><a href="/"><img src="/template/zzxx/skin/images/logo.png" alt="青岚市职业教育中心" /></a></div>
<div class="tel">招生热线：0579-85231234</div></div>
<div id="nav"><ul><li><a href="/">网站首页</a></li><li><a href="/list-1.html">学校概况</a></li><li><a href="/list-2.html">新闻中心</a></li><li><a href="/list-3.html">专业设置</a></li><li class="current"><a href="/list-4.html">招生就业</a></li><li><a href="/list-5.html">校企合作</a></li><li><a href="/list-6.html">党建工作</a></li></ul></div>
<div class="main">
<div class="left">
<div class="left_tit">招生就业</div>
<ul class="left_menu"><li><a href="/list-41.html">招生简章</a></li><li class="on"><a href="/list-42.html">招生计划</a></li><li><a href="/list-43.html">就业信息</a></li></ul>
<div class="left_box"><h3>招生热线</h3><p>0579-85231234</p><p>0579-85231235</p></div>
</div>
<div class="right">
<div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/list-4.html">招生就业</a> &gt; <a href="/list-42.html">招生计划</a></div>
<div class="title"><h1>青岚市职业教育中心2019年招生计划</h1></div>
<div class="info">发布时间：2019-05-21 08:45　来源：招生办　浏览：<script src="/index.php?case=archive&amp;act=view&amp;aid=318"></script>次</div>
<div class="content">
<p class="MsoNormal" style="text-indent:24.0pt;line-height:150%"><span style="font-size:12.0pt;line-height:150%;font-family:宋体">经市教育局核准，现将我校2019年招生计划公布如下：<span lang="EN-US"><o:p></o:p></span></span></p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" style="width:100.0%;border-collapse:collapse;border:none">
<tr>
<td width="28%" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-family:宋体">专业名称</span></b></p></td>
<td width="12%" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-family:宋体">学制</span></b></p></td>
<td width="16%" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-family:宋体">计划数（人）</span></b></p></td>
<td width="24%" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-family:宋体">招生对象</span></b></p></td>
<td width="20%" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-family:宋体">备注</span></b></p></td>
</tr>
<tr>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><span style="font-family:宋体">机电技术应用</span></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center"><span style="font-family:宋体">三年</span></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center"><span lang="EN-US">90</span></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><span style="font-family:宋体">应届初中毕业生</span></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><span style="font-family:宋体">中高职一体化</span></p></td>
</tr>
<tr>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><span style="font-family:宋体">计算机应用</span></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center"><span style="font-family:宋体">三年</span></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center"><span lang="EN-US">135</span></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><span style="font-family:宋体">应届初中毕业生</span></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p></td>
</tr>
<tr>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><span style="font-family:宋体">会计事务</span></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center"><span style="font-family:宋体">三年</span></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center"><span lang="EN-US">90</span></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><span style="font-family:宋体">应届初中毕业生</span></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p></td>
</tr>
<tr>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><span style="font-family:宋体">汽车运用与维修</span></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center"><span style="font-family:宋体">三年</span></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center"><span lang="EN-US">90</span></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><span style="font-family:宋体">应届初中毕业生</span></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><span style="font-family:宋体">校企合作订单班</span></p></td>
</tr>
<tr>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><span style="font-family:宋体">学前教育</span></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center"><span style="font-family:宋体">五年</span></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center"><span lang="EN-US">45</span></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><span style="font-family:宋体">应届初中毕业生</span></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><span style="font-family:宋体">五年一贯制</span></p></td>
</tr>
<tr>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-family:宋体">合计</span></b></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center"><b><span lang="EN-US">450</span></b></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p></td>
</tr>
</table>
<p class="MsoNormal" align="right" style="text-align:right;line-height:150%"><span style="font-size:12.0pt;line-height:150%;font-family:宋体">青岚市职业教育中心招生办公室<span lang="EN-US"><o:p></o:p></span></span></p>
<p class="MsoNormal" align="right" style="text-align:right;line-height:150%"><span style="font-size:12.0pt;line-height:150%;font-family:宋体">2019年5月20日<span lang="EN-US"><o:p></o:p></span></span></p>
</div>
<div class="prenext"><p>上一篇：<a href="/show-42-301-1.html">青岚市职业教育中心2019年招生简章</a></p><p>下一篇：<a href="/show-42-322-1.html">2019年中高职一体化专业招生说明</a></p></div>
<div class="relate"><h3>相关文章</h3><ul>
<li><a href="/show-42-212-1.html">青岚市职业教育中心2018年招生计划</a><span>2018-05-18</span></li>
<li><a href="/show-43-296-1.html">我校2019届毕业生就业率达98.6%</a><span>2019-04-26</span></li>
</ul></div>
</div>
</div>
<div id="footer"><p>地址：青岚市经济开发区职教路8号　邮编：321100　招生热线：0579-85231234</p><p>Copyright &copy; 2019 青岚市职业教育中心 版权所有　浙ICP备09034567号　Powered by CmsEasy</p></div>
</body>
</html>
"""

# (3) a county government portal on a provincial 网站集约化 platform, 2023, 政务公开 > 财政预决算: h1.xl-tit,
# div.xl-info 发布日期 / 来源 / 浏览次数 / 【字体：大 中 小】, the body in div#zoom: a pdf.js viewer <iframe
# src="/pdfjs/web/viewer.html?file=…pdf"> and one 附件：line linking the same file; 扫一扫 and 分享 below,
# 相关文件 with dates, a footer with 网站标识码
CLUSTER_2023_PDFJS = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="青岚县人民政府">
<meta name="ColumnName" content="财政预决算">
<title>青岚县财政局2023年部门预算公开 - 青岚县人民政府</title>
<link rel="stylesheet" href="/static/css/xl.css">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span>欢迎访问青岚县人民政府门户网站</span><span class="r"><a href="/wza/">无障碍</a> | <a href="/lhb/">关怀版</a> | <a href="/wap/">移动版</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/static/images/logo.png" alt="青岚县人民政府"></a>
<form class="search" action="/search/" method="get"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/col/col1101/index.html">走进青岚</a></li><li><a href="/col/col1102/index.html">新闻中心</a></li><li class="on"><a href="/col/col1103/index.html">政务公开</a></li><li><a href="/col/col1104/index.html">政务服务</a></li><li><a href="/col/col1105/index.html">互动交流</a></li></ul></div>
<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1103/index.html">政务公开</a> &gt; <a href="/col/col1231/index.html">财政预决算</a></div>
<div class="w1200 xl">
<h1 class="xl-tit">青岚县财政局2023年部门预算公开</h1>
<div class="xl-info"><span>发布日期：2023-03-10 16:05</span><span>来源：县财政局</span><span>浏览次数：<i id="hits">96</i></span><span class="zh">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span></div>
<div class="xl-con" id="zoom">
<p style="text-align:center;"><iframe src="/pdfjs/web/viewer.html?file=/attach/0/2023/03/10/b7c1e2a4d9f84c6b.pdf" width="100%" height="960" frameborder="0" scrolling="auto"></iframe></p>
<p>附件：<a href="/attach/0/2023/03/10/b7c1e2a4d9f84c6b.pdf" target="_blank">青岚县财政局2023年部门预算公开.pdf</a></p>
</div>
<div class="xl-share"><span>分享到：</span><a href="javascript:;" class="wx"></a><a href="javascript:;" class="wb"></a></div>
<div class="xl-ewm"><img src="/qrcode/t20230310_998877.png" alt=""><p>扫一扫在手机打开当前页</p></div>
<div class="xl-rel"><h3>相关文件</h3><ul>
<li><a href="/art/2023/3/9/art_1231_998801.html">青岚县教育局2023年部门预算公开</a><span>2023-03-09</span></li>
<li><a href="/art/2022/9/20/art_1231_980012.html">青岚县财政局2021年部门决算公开</a><span>2022-09-20</span></li>
</ul></div>
</div>
<div class="footer"><div class="w1200"><p>主办：青岚县人民政府办公室　承办：青岚县大数据发展中心</p><p>版权所有：青岚县人民政府　浙ICP备05021234号　浙公网安备 33072602000111号　网站标识码：3307260001</p></div></div>
</body>
</html>
"""

# (4) a 2010 ASP school site in GBK, 校务公开 > 收费公示: layout tables, the title a <font size=4><b> cell, the
# info cell 发布人 / 发布时间 / 点击 (<script src=count.asp>), the content cell td#content holding an Adobe Reader
# ActiveX <object> (its <param name=SRC> and an <embed> inside) and one 附件下载：line; 上一篇/下一篇, a 相关文章
# cell with dates, a left 校务公开 menu, a footer
ASP_2010_PDF_OBJECT = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>青岚镇中学2010学年第一学期收费公示--青岚镇中学</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/top.jpg" width="960" height="120"></td></tr>
<tr><td height="30" background="/images/nav_bg.gif" align="center"><a href="/">学校首页</a> | <a href="/list.asp?id=1">学校概况</a> | <a href="/list.asp?id=2">校园新闻</a> | <a href="/list.asp?id=3">校务公开</a> | <a href="/list.asp?id=4">教学教研</a> | <a href="/list.asp?id=5">德育园地</a> | <a href="/list.asp?id=6">家校联系</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="200" valign="top" bgcolor="#F2F7FC">
<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td height="28" background="/images/lm_bg.gif"><font color="#FFFFFF"><b>校务公开</b></font></td></tr>
<tr><td>&middot; <a href="/list.asp?id=31">学校章程</a><br>&middot; <a href="/list.asp?id=32">收费公示</a><br>&middot; <a href="/list.asp?id=33">财务公开</a><br>&middot; <a href="/list.asp?id=34">招生信息</a><br>&middot; <a href="/list.asp?id=35">学校规划</a></td></tr>
</table>
</td>
<td width="760" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td height="28">&nbsp;当前位置：<a href="/">学校首页</a> &gt;&gt; <a href="/list.asp?id=3">校务公开</a> &gt;&gt; <a href="/list.asp?id=32">收费公示</a></td></tr>
</table>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="50" align="center"><font size="4" color="#CC0000"><b>青岚镇中学2010学年第一学期收费公示</b></font></td></tr>
<tr><td height="24" align="center" bgcolor="#F5F5F5"><font color="#666666">发布人：总务处&nbsp;&nbsp;发布时间：2010-9-6&nbsp;&nbsp;点击：<script src="/count.asp?id=856"></script>次</font></td></tr>
<tr><td id="content" style="padding:10px">
<object classid="clsid:CA8A9780-280D-11CF-A24D-444553540000" width="100%" height="700" border="0">
<param name="_Version" value="65539">
<param name="SRC" value="/UploadFile/2010/9/20100906102233.pdf">
<embed src="/UploadFile/2010/9/20100906102233.pdf" width="100%" height="700" type="application/pdf"></embed>
</object>
<br>附件下载：<a href="/UploadFile/2010/9/20100906102233.pdf" target="_blank">青岚镇中学2010学年第一学期收费公示.pdf</a>
</td></tr>
<tr><td height="30" align="right">【<a href="javascript:window.print()">打印此页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td>上一篇：<a href="/show.asp?id=851">青岚镇中学2010年春季学期收费公示</a><br>下一篇：<a href="/show.asp?id=860">关于2010年秋季学期学生资助工作的通知</a></td></tr>
</table>
<table width="96%" border="0" align="center" cellpadding="3" cellspacing="0">
<tr><td height="26" bgcolor="#EAF2FB"><b>相关文章</b></td></tr>
<tr><td>&middot; <a href="/show.asp?id=851">青岚镇中学2010年春季学期收费公示</a> <font color="#999999">[2010-2-26]</font><br>&middot; <a href="/show.asp?id=790">青岚镇中学2009学年第一学期收费公示</a> <font color="#999999">[2009-9-3]</font></td></tr>
</table>
</td>
</tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="70" align="center" bgcolor="#E6EEF7">青岚镇中学 版权所有 地址：青岚县青岚镇中学路1号 电话：0579-85671234<br>浙ICP备08017654号</td></tr>
</table>
</body>
</html>
"""

# (5) 网钛 OTCMS school site of 2021, 党建工作 > 党务公开: the template's h1.newsTitle, div.newsInfo 发布时间 / 来源 /
# 阅读, the body in div#newsContent opening with the editor's "标题1" paragraph: an <h1> that repeats the title, then
# the text and the branch's signature; 上一篇/下一篇, 相关文章 with dates, a 党建专栏 side box, a footer
OTCMS_2021_EDITOR_H1 = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>中共青岚市第二中学支部委员会关于2021年度党员民主评议结果的公示_青岚市第二中学</title>
<meta name="keywords" content="党务公开,民主评议" />
<link rel="stylesheet" href="/template/def_white/style.css" type="text/css" />
<script type="text/javascript" src="/js/inc/jquery.min.js"></script>
</head>
<body>
<div class="topBox"><div class="logo"><a href="/"><img src="/upFiles/infoImg/logo.png" alt="青岚市第二中学" /></a></div>
<div class="topMenu"><a href="/">首页</a><a href="/news/?list_1.html">学校概况</a><a href="/news/?list_2.html">校园动态</a><a href="/news/?list_3.html">党建工作</a><a href="/news/?list_4.html">教育教学</a><a href="/news/?list_5.html">校务公开</a></div></div>
<div class="mainBox">
<div class="leftBox">
<div class="itemBox"><div class="itemTitle">党建工作</div><ul><li><a href="/news/?list_31.html">支部动态</a></li><li><a href="/news/?list_32.html">党务公开</a></li><li><a href="/news/?list_33.html">学习园地</a></li></ul></div>
<div class="itemBox"><div class="itemTitle">党建专栏</div><ul><li><a href="/news/?1501.html">学习贯彻党的十九届六中全会精神</a></li><li><a href="/news/?1488.html">党史学习教育专题</a></li></ul></div>
</div>
<div class="rightBox">
<div class="navMode">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/news/?list_3.html">党建工作</a> &gt;&gt; <a href="/news/?list_32.html">党务公开</a></div>
<div class="newsBox">
<h1 class="newsTitle">中共青岚市第二中学支部委员会关于2021年度党员民主评议结果的公示</h1>
<div class="newsInfo">发布时间：2022-01-14 10:26:31　来源：学校党支部　阅读：<span id="readNum">238</span></div>
<div id="newsContent" class="newsContent">
<h1 style="text-align:center;">中共青岚市第二中学支部委员会关于2021年度党员民主评议结果的公示</h1>
<p style="text-indent:2em;">根据上级党组织关于开展2021年度民主评议党员工作的部署，我校党支部于2022年1月上旬组织开展了民主评议党员工作。</p>
<p style="text-indent:2em;">经个人自评、党员互评、民主测评和支部委员会综合评定，全校48名党员中，评定为优秀等次的12名，合格等次的36名，无基本合格和不合格等次。</p>
<p style="text-indent:2em;">公示期为2022年1月14日至1月20日。公示期间如有异议，请以书面形式向学校党支部反映。</p>
<p style="text-align:right;">中共青岚市第二中学支部委员会</p>
<p style="text-align:right;">2022年1月14日</p>
</div>
<div class="newsPN"><p>上一篇：<a href="/news/?1512.html">我校党支部召开2021年度组织生活会</a></p><p>下一篇：<a href="/news/?1530.html">关于2022年第一季度党费收缴情况的公示</a></p></div>
<div class="newsRel"><div class="relTitle">相关文章</div><ul>
<li><a href="/news/?1402.html">中共青岚市第二中学支部委员会关于2020年度党员民主评议结果的公示</a><span>2021-01-18</span></li>
<li><a href="/news/?1512.html">我校党支部召开2021年度组织生活会</a><span>2022-01-10</span></li>
</ul></div>
</div>
</div>
</div>
<div class="bottomBox"><p>地址：青岚市滨江路66号　电话：0579-85300000</p><p>Copyright &copy; 2022 青岚市第二中学 版权所有　<a href="https://beian.miit.gov.cn/">浙ICP备12045678号</a></p></div>
</body>
</html>
"""

# (6) a 太极 (Taiji) county government portal of 2020, 政务公开 > 政策解读: div.article_title h2, div.article_attr
# 发布时间 / 信息来源 / 浏览次数, the body in div.article_body in 公文 format: first-level headings in a 黑体 span
# (一、起草背景 opening the text), (一)… items; 相关文件 and 原文链接, a footer
TAIJI_2020_GONGWEN_HEADING = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="ArticleSource" content="青岚县人民政府办公室">
<title>《青岚县推进基层政务公开标准化规范化工作实施方案》政策解读_政策解读_青岚县人民政府</title>
<link rel="stylesheet" type="text/css" href="/images/2020/css/article.css">
</head>
<body>
<div class="top"><div class="wrap"><span class="date" id="today"></span><span class="links"><a href="/">网站首页</a> | <a href="/wza/">无障碍</a> | <a href="/m/">手机版</a></span></div></div>
<div class="banner"><div class="wrap"><img src="/images/2020/banner.png" alt="青岚县人民政府"></div></div>
<div class="menu"><ul class="wrap"><li><a href="/">首页</a></li><li><a href="/zjql/">走进青岚</a></li><li><a href="/xwzx/">新闻中心</a></li><li class="cur"><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/gzhd/">公众互动</a></li></ul></div>
<div class="wrap location">当前位置：<a href="/">首页</a> &raquo; <a href="/zwgk/">政务公开</a> &raquo; <a href="/zwgk/zcjd/">政策解读</a></div>
<div class="wrap article">
<div class="article_title"><h2>《青岚县推进基层政务公开标准化规范化工作实施方案》政策解读</h2></div>
<div class="article_attr">发布时间：2020-06-18 15:40　信息来源：县政府办公室　浏览次数：<span id="clicks">187</span>　【<a href="javascript:window.print();">打印</a>】</div>
<div class="article_body">
<p style="text-indent:2em;"><span style="font-family:黑体;">一、起草背景</span></p>
<p style="text-indent:2em;">为贯彻落实国务院办公厅关于全面推进基层政务公开标准化规范化工作的部署要求，进一步提升我县基层政务公开工作水平，县政府办公室起草了《青岚县推进基层政务公开标准化规范化工作实施方案》。</p>
<p style="text-indent:2em;"><span style="font-family:黑体;">二、主要内容</span></p>
<p style="text-indent:2em;">《实施方案》共分为工作目标、重点任务和保障措施三个部分。</p>
<p style="text-indent:2em;"><span style="font-family:楷体;">（一）工作目标。</span>到2020年底，编制完成县乡两级26个试点领域的政务公开事项标准目录，基本建立政务公开标准体系。</p>
<p style="text-indent:2em;"><span style="font-family:楷体;">（二）重点任务。</span>包括梳理公开事项、完善公开制度、优化公开平台、加强政策解读和回应关切等五项任务。</p>
<p style="text-indent:2em;"><span style="font-family:黑体;">三、保障措施</span></p>
<p style="text-indent:2em;">各乡镇人民政府、县政府各部门要明确分管领导和工作人员，将政务公开标准化规范化工作纳入年度绩效考核。</p>
</div>
<div class="article_rel"><h4>相关文件</h4><ul>
<li><a href="/zwgk/zfwj/202006/t20200616_1245678.html">青岚县人民政府办公室关于印发《青岚县推进基层政务公开标准化规范化工作实施方案》的通知</a><span>2020-06-16</span></li>
</ul><p class="yw">原文链接：<a href="/zwgk/zfwj/202006/t20200616_1245678.html">青政办发〔2020〕21号</a></p></div>
<div class="article_other"><h4>其他解读</h4><ul>
<li><a href="/zwgk/zcjd/202005/t20200520_1239012.html">《青岚县2020年政务公开工作要点》解读</a><span>2020-05-20</span></li>
</ul></div>
</div>
<div class="footer"><div class="wrap"><p>主办单位：青岚县人民政府办公室　技术支持：太极计算机股份有限公司</p><p>版权所有：青岚县人民政府　浙ICP备05021234号　网站标识码：3307260001</p></div></div>
</body>
</html>
"""

# (7) FineCMS district 教育局 of 2018, 通知公告: h2.news-title, div.news-attr 时间 / 来源 / 浏览 (the FineCMS hits
# api script), the body in div.news-body: the notice's addressees, two numbered items, a 报送 deadline and a last line
# 联系人：…　联系电话：…; 上一篇/下一篇, 最新通知 with dates, a footer
FINECMS_2018_CONTACT_LAST = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于组织开展2018年中小学生科技创新大赛的通知 - 通知公告 - 青岚市滨江区教育局</title>
<meta name="keywords" content="科技创新大赛,通知公告">
<link href="/statics/default/css/style.css" rel="stylesheet" type="text/css">
<script src="/statics/js/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="wrap"><a class="logo" href="/"><img src="/statics/default/images/logo.png" alt="青岚市滨江区教育局"></a></div></div>
<div class="nav"><ul class="wrap"><li><a href="/">首页</a></li><li><a href="/jyxw/">教育新闻</a></li><li class="active"><a href="/tzgg/">通知公告</a></li><li><a href="/zcwj/">政策文件</a></li><li><a href="/xxgk/">信息公开</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
<div class="wrap main">
<div class="main-l">
<div class="crumbs">您的位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a> &gt; 正文</div>
<div class="news-show">
<h2 class="news-title">关于组织开展2018年中小学生科技创新大赛的通知</h2>
<div class="news-attr"><span>时间：2018-04-02 11:18</span><span>来源：区教研室</span><span>浏览：<script src="/index.php?c=api&amp;m=hits&amp;id=2145"></script></span></div>
<div class="news-body">
<p>各中小学：</p>
<p style="text-indent:2em;">为激发青少年的创新热情，培养学生的科学素养和实践能力，区教育局决定组织开展2018年滨江区中小学生科技创新大赛，现将有关事项通知如下。</p>
<p style="text-indent:2em;">一、大赛分小学组、初中组和高中组，设科技创新成果、科幻画和青少年科技实践活动三个项目。</p>
<p style="text-indent:2em;">二、每校每个项目推荐作品不超过5件，作品须为学生本人在教师指导下独立完成。</p>
<p style="text-indent:2em;">请各校于4月20日前将参赛作品汇总表电子稿发送至区教研室邮箱。</p>
<p style="text-indent:2em;">联系人：周老师　　联系电话：0579-87659012</p>
</div>
<div class="news-pn"><p>上一篇：<a href="/tzgg/2138.html">关于做好2018年清明节期间学生安全教育工作的通知</a></p><p>下一篇：<a href="/tzgg/2160.html">关于举办2018年中小学生田径运动会的通知</a></p></div>
</div>
</div>
<div class="main-r">
<div class="box"><h3>最新通知</h3><ul>
<li><a href="/tzgg/2160.html">关于举办2018年中小学生田径运动会的通知</a><span>04-08</span></li>
<li><a href="/tzgg/2138.html">关于做好2018年清明节期间学生安全教育工作的通知</a><span>03-30</span></li>
</ul></div>
<div class="box"><h3>办事服务</h3><ul><li><a href="/bsfw/jszg/">教师资格认定</a></li><li><a href="/bsfw/xjzy/">学籍转移</a></li></ul></div>
</div>
</div>
<div class="footer"><div class="wrap"><p>主办：青岚市滨江区教育局　地址：滨江区江南大道208号　电话：0579-87650000</p><p>Copyright &copy; 2018 版权所有　浙ICP备10045678号　Powered by FineCMS</p></div></div>
</body>
</html>
"""

# (8) a county government portal on a 云政务 站群 of 2019, 政务公开 > 通知公告: h1.zw-title, div.zw-info 发布日期 /
# 信息来源 / 【打印】【关闭】, the body's paragraphs right in div.zw-con, which also holds (floated right after the
# text) the QR box of the page's address and its line 扫一扫在手机打开当前页; 相关链接 with dates, a footer
CLOUDGOV_2019_QR_IN_CONTENT = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于2019年度县级森林防火专项资金分配情况的公示-青岚县人民政府</title>
<link rel="stylesheet" href="/res/css/common.css">
<link rel="stylesheet" href="/res/css/detail.css">
</head>
<body>
<div class="g-top"><div class="w1200"><span>今天是：<span id="nowDate"></span></span><span class="fr"><a href="/wza/">无障碍浏览</a> | <a href="/m/">手机版</a></span></div></div>
<div class="g-head"><div class="w1200"><a href="/"><img src="/res/images/logo.png" alt="青岚县人民政府"></a></div></div>
<div class="g-nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/qlgk/">青岚概况</a></li><li><a href="/xwzx/">新闻中心</a></li><li class="on"><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="w1200 g-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a></div>
<div class="w1200 g-detail">
<h1 class="zw-title">关于2019年度县级森林防火专项资金分配情况的公示</h1>
<div class="zw-info">发布日期：2019-08-12　信息来源：县林业局　【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="zw-con">
<p style="text-indent:2em;">根据《青岚县森林防火专项资金管理办法》，经县林业局党组会议研究，现将2019年度县级森林防火专项资金分配情况公示如下。</p>
<p style="text-indent:2em;">本年度县级森林防火专项资金共计286万元，其中用于各乡镇专业扑火队建设126万元，防火道路和隔离带维护98万元，防火宣传和监测设备购置62万元。</p>
<p style="text-indent:2em;">公示时间为2019年8月12日至8月18日。如有异议，请在公示期内以书面形式向县林业局反映，监督电话：0579-85112345。</p>
<div class="zw-ewm" style="float:right;text-align:center;"><img src="/qrcode/zwgk/tzgg/201908/t20190812_556677.png" width="100" height="100" alt=""><p>扫一扫在手机打开当前页</p></div>
</div>
<div class="zw-rel"><h3>相关链接</h3><ul>
<li><a href="/zwgk/tzgg/201808/t20180815_441122.html">关于2018年度县级森林防火专项资金分配情况的公示</a><span>2018-08-15</span></li>
<li><a href="/zwgk/tzgg/201907/t20190726_553201.html">青岚县2019年度林业补助资金分配方案</a><span>2019-07-26</span></li>
</ul></div>
</div>
<div class="g-foot"><div class="w1200"><p>主办：青岚县人民政府办公室　地址：青岚县城关镇人民路1号</p><p>版权所有：青岚县人民政府　浙ICP备05021234号　网站标识码：3307260001</p></div></div>
</body>
</html>
"""

# (9) a district 中小学校务公开平台 (Spring Boot, 2023), one school's 校务公开 item: the disclosure table
# (公开时间 2023年03月06日 / 公开形式 / 公开范围 / 责任部门) above h2.gk-title, no date line under the title; the body in
# div.gk-content signed a few days before; 其他公开事项 with dates, the platform's school menu, a footer
XWGK_2023_TABLE_ABOVE_TITLE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>滨江区实验小学2023年学生装采购结果公示 - 滨江区中小学校务公开平台</title>
<link rel="stylesheet" href="/static/xwgk/css/detail.css">
<script src="/static/js/jquery-3.6.0.min.js"></script>
</head>
<body>
<div class="hd"><div class="w1200"><a href="/"><img src="/static/xwgk/img/logo.png" alt="滨江区中小学校务公开平台"></a><span class="school">滨江区实验小学</span></div></div>
<div class="nav"><ul class="w1200"><li><a href="/school/1023/index">学校首页</a></li><li><a href="/school/1023/list?cat=1">学校概况</a></li><li><a href="/school/1023/list?cat=2">招生信息</a></li><li class="on"><a href="/school/1023/list?cat=3">收费公示</a></li><li><a href="/school/1023/list?cat=4">财务公开</a></li><li><a href="/school/1023/list?cat=5">后勤服务</a></li></ul></div>
<div class="w1200 pos">当前位置：<a href="/school/1023/index">学校首页</a> &gt; <a href="/school/1023/list?cat=3">收费公示</a> &gt; 详情</div>
<div class="w1200 gk-detail">
<table class="gk-meta">
<tr><th>公开时间</th><td>2023年03月06日</td><th>公开形式</th><td>网站公开</td></tr>
<tr><th>公开范围</th><td>社会公众</td><th>责任部门</th><td>总务处</td></tr>
</table>
<h2 class="gk-title">滨江区实验小学2023年学生装采购结果公示</h2>
<div class="gk-content">
<p style="text-indent:2em;">根据《青岚市中小学生学生装管理办法》，经学校家长委员会参与评审，我校2023年学生装采购项目已完成遴选，现将结果公示如下：</p>
<p style="text-indent:2em;">中选供应商：青岚市锦程服饰有限公司；夏装每套68元，秋装每套96元，冬装每套158元，家长自愿选购。</p>
<p style="text-indent:2em;">公示期为5个工作日。如有异议，请在公示期内向学校总务处或区教育局计财科反映。</p>
<p style="text-align:right;">滨江区实验小学</p>
<p style="text-align:right;">2023年3月3日</p>
</div>
<div class="gk-other"><h4>其他公开事项</h4><ul>
<li><a href="/school/1023/detail?id=88120">滨江区实验小学2023年春季学期收费项目公示</a><span>2023-02-10</span></li>
<li><a href="/school/1023/detail?id=87455">滨江区实验小学2022年学生装采购结果公示</a><span>2022-03-08</span></li>
</ul></div>
</div>
<div class="ft"><div class="w1200"><p>主办：青岚市滨江区教育局　技术支持：青岚市教育技术中心</p><p>版权所有 &copy; 滨江区教育局　浙ICP备10045678号-3</p></div></div>
</body>
</html>
"""

# (10) 蝉知 chanzhi school site of 2022, 校务公开: the article's header of h1 and dl.dl-inline of icon dd's; the 校务公开
# module's 发布人 and 审核人 each a line of their own above the 发布时间 line, no 来源; the body in
# section.article-content; 上一篇/下一篇, a 最新公开 side block with dates, a footer
CHANZHI_2022_PUBLISHER_REVIEWER = """<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>关于2022年暑期学生宿舍维修改造工程的公示 - 校务公开 - 青岚市第一中学</title>
<meta name="keywords" content="校务公开">
<link rel="stylesheet" href="/theme/default/default/all.css" type="text/css" media="screen">
<script src="/js/all.js"></script>
</head>
<body>
<div class="page-container">
<header id="header" class="clearfix"><div id="headNav"><div class="wrapper"><nav><a href="/user-login.html">登录</a> <a href="/user-register.html">注册</a></nav></div></div>
<div id="headTitle"><div class="wrapper"><div id="siteLogo"><a href="/"><img src="/data/upload/202009/logo.png" alt="青岚市第一中学"></a></div></div></div></header>
<nav id="navbar" class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav"><li><a href="/">首页</a></li><li><a href="/article-c1.html">学校概况</a></li><li><a href="/article-c2.html">校园新闻</a></li><li class="active"><a href="/article-c3.html">校务公开</a></li><li><a href="/article-c4.html">教育教学</a></li><li><a href="/article-c5.html">联系我们</a></li></ul></div></nav>
<div class="page-wrapper"><div class="page-content">
<ul class="breadcrumb"><li><span class="breadcrumb-title">当前位置：</span><a href="/">首页</a></li><li><a href="/article-c3.html">校务公开</a></li></ul>
<div class="row blocks">
<div class="col-md-9 col-main">
<div class="article" id="article">
<header>
<h1>关于2022年暑期学生宿舍维修改造工程的公示</h1>
<div class="xwgk-people"><p>发布人：李敏</p><p>审核人：王建国</p></div>
<dl class="dl-inline">
<dd data-toggle="tooltip" data-placement="top" data-original-title="发布时间：2022-06-20 16:20"><i class="icon-time"></i> 发布时间：2022-06-20 16:20</dd>
<dd data-toggle="tooltip" data-placement="top" data-original-title="阅读：326"><i class="icon-eye-open"></i> 326</dd>
</dl>
</header>
<section class="article-content">
<p>根据学校2022年度基建维修计划，经校长办公会研究决定，利用暑期对学生宿舍1号楼、2号楼进行维修改造。</p>
<p>工程内容包括卫生间防水、门窗更换和线路改造，预算金额48.6万元，资金来源为市级财政专项资金。</p>
<p>工程通过青岚市公共资源交易中心公开招标，中标单位为青岚市建安建筑工程有限公司，中标价45.92万元，工期50天。</p>
<p>公示期为2022年6月20日至6月26日，监督电话：0579-85200123。</p>
</section>
<footer><ul class="pager pager-justify"><li class="previous"><a href="/article-3-1198.html">上一篇：青岚市第一中学2022年春季学期收费公示</a></li><li class="next"><a href="/article-3-1214.html">下一篇：关于2022年秋季学期教材征订的公示</a></li></ul></footer>
</div>
</div>
<div class="col-md-3 col-side"><div class="panel panel-block"><div class="panel-heading"><strong>最新公开</strong></div><div class="panel-body"><ul class="ul-list">
<li><a href="/article-3-1214.html">关于2022年秋季学期教材征订的公示</a><span class="pull-right">2022-06-28</span></li>
<li><a href="/article-3-1198.html">青岚市第一中学2022年春季学期收费公示</a><span class="pull-right">2022-02-14</span></li>
</ul></div></div></div>
</div>
</div></div>
<footer id="footer" class="clearfix"><div class="wrapper"><div id="footNav"><a href="/sitemap.html">站点地图</a></div><span id="copyright">&copy; 2022 青岚市第一中学 版权所有</span> <span id="icpInfo"><a href="https://beian.miit.gov.cn/">浙ICP备13056789号</a></span> <span id="powerby">由 蝉知企业门户系统 驱动</span></div></footer>
</div>
</body>
</html>
"""

# (11) a JeeSite 4 CMS primary school site of 2024 (/f/view-…html): h3.article-title, div.article-info of span
# "发布时间：" / span.date "2024年03月05日" / span.week "星期二" / 来源 / 浏览 em#hits, the body in
# div.article-content; 上一篇/下一篇, 最新动态 with dates, a footer
JEESITE_2024_WEEKDAY_SPAN = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>我校开展“学雷锋 树新风”主题实践活动 - 青岚市滨江区育才小学</title>
<link rel="stylesheet" href="/static/cms/themes/school/css/style.css?v=4.5">
</head>
<body>
<div class="header"><div class="container"><a href="/f/index.html" class="logo"><img src="/userfiles/fileupload/202309/logo.png" alt="青岚市滨江区育才小学"></a>
<ul class="nav"><li><a href="/f/index.html">首页</a></li><li><a href="/f/list-1001.html">学校概况</a></li><li class="active"><a href="/f/list-1002.html">校园动态</a></li><li><a href="/f/list-1003.html">德育天地</a></li><li><a href="/f/list-1004.html">教学教研</a></li><li><a href="/f/list-1005.html">校务公开</a></li></ul></div></div>
<div class="container main">
<ol class="breadcrumb"><li><a href="/f/index.html">首页</a></li><li><a href="/f/list-1002.html">校园动态</a></li><li class="active">正文</li></ol>
<div class="row">
<div class="col-md-9">
<div class="article">
<h3 class="article-title">我校开展“学雷锋 树新风”主题实践活动</h3>
<div class="article-info"><span>发布时间：</span><span class="date">2024年03月05日</span> <span class="week">星期二</span>　<span>来源：大队部</span>　<span>浏览：<em id="hits">208</em></span></div>
<div class="article-content">
<p style="text-indent:2em;">3月5日是第61个“学雷锋纪念日”。当天，我校以“学雷锋 树新风”为主题，组织全校1200余名学生开展了形式多样的实践活动。</p>
<p style="text-indent:2em;">低年级学生在班级里听雷锋故事、学唱《学习雷锋好榜样》；中高年级学生走出校门，到附近社区开展垃圾分类宣传和楼道清扫。</p>
<p style="text-indent:2em;">学校大队部还评选出本学期第一批“雷锋式好少年”20名，并在升旗仪式上进行了表彰。</p>
</div>
<div class="article-pn"><p>上一篇：<a href="/f/view-1002-9a3c71.html">我校召开2024年春季学期开学工作会议</a></p><p>下一篇：<a href="/f/view-1002-9a4d20.html">四年级开展“植树节”护绿活动</a></p></div>
</div>
</div>
<div class="col-md-3">
<div class="side-box"><h4>最新动态</h4><ul>
<li><a href="/f/view-1002-9a4d20.html">四年级开展“植树节”护绿活动</a><span>2024-03-12</span></li>
<li><a href="/f/view-1002-9a3c71.html">我校召开2024年春季学期开学工作会议</a><span>2024-02-23</span></li>
</ul></div>
</div>
</div>
</div>
<div class="footer"><div class="container"><p>地址：青岚市滨江区育才路9号　电话：0579-87661234</p><p>Copyright &copy; 2024 青岚市滨江区育才小学 版权所有　浙ICP备14023456号-1</p></div></div>
</body>
</html>
"""

# (12) S-CMS school template of 2020 (/news/12/345.html): h2.news-tit, div.news-info 发布时间 / 来源：本站 / 阅读,
# the body in div.news-txt; 上一篇/下一篇, 推荐新闻 with dates, a footer
SCMS_2020_SOURCE_BENZHAN = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>我校举行2020年秋季学期教师课堂教学展示周活动-青岚市东湖中学</title>
<meta name="keywords" content="教学展示周,东湖中学">
<link rel="stylesheet" href="/template/t2/css/style.css">
</head>
<body>
<div class="head"><div class="wrap"><a href="/"><img src="/media/20200301/logo.png" alt="青岚市东湖中学"></a></div></div>
<div class="menu"><ul class="wrap"><li><a href="/">网站首页</a></li><li><a href="/about/1.html">学校简介</a></li><li class="on"><a href="/news/12.html">学校新闻</a></li><li><a href="/news/13.html">通知公告</a></li><li><a href="/news/14.html">教学科研</a></li><li><a href="/about/2.html">联系我们</a></li></ul></div>
<div class="wrap page">
<div class="page-l">
<div class="lm"><h3>学校新闻</h3><ul><li class="on"><a href="/news/12.html">学校新闻</a></li><li><a href="/news/13.html">通知公告</a></li><li><a href="/news/14.html">教学科研</a></li></ul></div>
<div class="lx"><h3>联系我们</h3><p>电话：0579-85412345</p><p>地址：青岚市东湖路101号</p></div>
</div>
<div class="page-r">
<div class="dqwz">当前位置：<a href="/">网站首页</a> &gt; <a href="/news/12.html">学校新闻</a></div>
<div class="news-detail">
<h2 class="news-tit">我校举行2020年秋季学期教师课堂教学展示周活动</h2>
<div class="news-info">发布时间：2020-11-12 10:30　来源：本站　阅读：<span id="hits">265</span>次</div>
<div class="news-txt">
<p>　　11月9日至11日，我校举行2020年秋季学期教师课堂教学展示周活动，语文、数学、英语、科学等学科的12位教师执教了展示课。</p>
<p>　　展示课紧扣“学为中心”的课堂改革主题，注重学生的合作探究和课堂表达，受到听课教师的一致好评。</p>
<p>　　每节展示课后，各教研组都及时组织了评课研讨，执教教师结合课堂实际进行了反思。</p>
<p>　　教务处负责人表示，学校将把优秀展示课的课例整理成册，供全校教师学习借鉴。</p>
</div>
<div class="news-sx"><p>上一篇：<a href="/news/12/338.html">我校召开2020年秋季学期期中考试质量分析会</a></p><p>下一篇：<a href="/news/12/351.html">我校学子在市中学生运动会上获佳绩</a></p></div>
<div class="news-tj"><h4>推荐新闻</h4><ul>
<li><a href="/news/12/301.html">我校举行2020年秋季开学典礼</a><span>2020-09-01</span></li>
<li><a href="/news/12/338.html">我校召开2020年秋季学期期中考试质量分析会</a><span>2020-11-05</span></li>
</ul></div>
</div>
</div>
</div>
<div class="foot"><div class="wrap"><p>Copyright &copy; 2020 青岚市东湖中学 版权所有　<a href="https://beian.miit.gov.cn/">浙ICP备15034567号</a></p><p>技术支持：S-CMS</p></div></div>
</body>
</html>
"""

# (13) YXcms middle school site of 2013 (/index.php?r=default/news/content&id=…): div.content_title h1, div.info
# "信息来源：…校长室　发布时间：…　点击：", the body in div.content_text; 上一篇/下一篇, 相关内容 with dates, a footer
YXCMS_2013_PRINCIPAL_OFFICE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>关于2013年秋季学期学校作息时间调整的通知-青岚市滨江区实验初级中学</title>
<meta name="keywords" content="作息时间,通知" />
<link href="/apps/default/view/default/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="top"><div class="logo"><a href="/"><img src="/public/uploads/logo.jpg" alt="青岚市滨江区实验初级中学" /></a></div></div>
<div id="nav"><ul><li><a href="/">首页</a></li><li><a href="/index.php?r=default/column/index&amp;col=xxgk">学校概况</a></li><li><a href="/index.php?r=default/column/index&amp;col=xwdt">新闻动态</a></li><li class="current"><a href="/index.php?r=default/column/index&amp;col=tzgg">通知公告</a></li><li><a href="/index.php?r=default/column/index&amp;col=jyky">教研科研</a></li></ul></div>
<div id="main">
<div class="sidebar">
<div class="sbox"><h3>通知公告</h3><ul>
<li><a href="/index.php?r=default/news/content&amp;id=512">关于2013年中秋节放假安排的通知</a> <span>09-12</span></li>
<li><a href="/index.php?r=default/news/content&amp;id=498">2013学年第一学期校历</a> <span>08-28</span></li>
</ul></div>
</div>
<div class="mainbox">
<div class="place">当前位置：<a href="/">首页</a> &gt; <a href="/index.php?r=default/column/index&amp;col=tzgg">通知公告</a></div>
<div class="content_title"><h1>关于2013年秋季学期学校作息时间调整的通知</h1></div>
<div class="info">信息来源：青岚市滨江区实验初级中学校长室　发布时间：2013-09-02 08:15　点击：<span id="hits">412</span></div>
<div class="content_text">
<p>全体师生：</p>
<p>　　根据季节变化和上级关于保障学生睡眠时间的要求，经学校行政会研究决定，自2013年9月9日起调整学校作息时间。</p>
<p>　　上午第一节课8:00开始，下午第一节课13:40开始，下午放学时间为16:50。</p>
<p>　　请各班主任及时向学生和家长做好宣传解释工作。</p>
</div>
<div class="prenext"><p>上一篇：<a href="/index.php?r=default/news/content&amp;id=498">2013学年第一学期校历</a></p><p>下一篇：<a href="/index.php?r=default/news/content&amp;id=512">关于2013年中秋节放假安排的通知</a></p></div>
<div class="related"><h3>相关内容</h3><ul>
<li><a href="/index.php?r=default/news/content&amp;id=301">关于2013年春季学期学校作息时间的通知</a> <span>2013-02-20</span></li>
</ul></div>
</div>
</div>
<div id="footer"><p>地址：青岚市滨江区学府路36号　邮编：321000</p><p>Copyright &copy; 2013 青岚市滨江区实验初级中学 版权所有　浙ICP备11056789号　Powered by YXcms</p></div>
</body>
</html>
"""

# (14) a 2009 ASP school site in GBK of nested layout tables: <title> "青岚县第三小学-title", the title only in a
# <td class="title"> of the third nested table, the info cell "作者：… 发布时间：2009-4-8 浏览次数：<script
# src=/count.asp?id=…>次", the body in td.content with <p> paragraphs; a 最新文章 column with dates, a footer
ASP_2009_TD_TITLE_COUNT = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>青岚县第三小学-青岚县第三小学举行2009年春季经典诵读比赛</title>
<link href="/css/css.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/banner.jpg" width="900" height="150" alt="青岚县第三小学"></td></tr>
<tr><td height="32" class="menu" align="center"><a href="/">首 页</a>&nbsp;|&nbsp;<a href="/list.asp?lb=1">学校简介</a>&nbsp;|&nbsp;<a href="/list.asp?lb=2">学校新闻</a>&nbsp;|&nbsp;<a href="/list.asp?lb=3">通知公告</a>&nbsp;|&nbsp;<a href="/list.asp?lb=4">教学园地</a>&nbsp;|&nbsp;<a href="/list.asp?lb=5">少先队</a>&nbsp;|&nbsp;<a href="/list.asp?lb=6">家长学校</a></td></tr>
</table>
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="650" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td height="28" class="weizhi">&nbsp;您现在的位置：<a href="/">首页</a> &gt; <a href="/list.asp?lb=2">学校新闻</a></td></tr>
<tr><td>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="title" height="45" align="center">青岚县第三小学举行2009年春季经典诵读比赛</td></tr>
<tr><td height="24" align="center" class="info">作者：教导处&nbsp;&nbsp;&nbsp;发布时间：2009-4-8&nbsp;&nbsp;&nbsp;浏览次数：<script language="javascript" src="/count.asp?id=367"></script>次</td></tr>
<tr><td height="1" bgcolor="#CCCCCC"></td></tr>
<tr><td class="content" style="padding:10px;line-height:180%">
<p>　　4月7日下午，我校在学校礼堂举行2009年春季经典诵读比赛，三至六年级16个班级参加了比赛。</p>
<p>　　各班选送的节目形式多样，有集体诵读、情景表演，也有配乐朗诵，《三字经》《弟子规》和唐诗宋词名篇都在比赛中一一亮相。</p>
<p>　　经过评委打分，五（2）班、四（1）班和六（3）班获得一等奖。</p>
<p>　　学校将以此次比赛为契机，把经典诵读纳入每天的晨读时间，让书香伴随学生成长。</p>
</td></tr>
<tr><td align="right" height="30">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
</td></tr>
</table>
</td>
<td width="10"></td>
<td width="240" valign="top">
<table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td height="28" class="lmtit"><b>最新文章</b></td></tr>
<tr><td>&middot; <a href="/show.asp?id=366">关于清明节放假的通知</a> <font color="#999999">(2009-4-2)</font><br>&middot; <a href="/show.asp?id=362">我校开展学雷锋活动月活动</a> <font color="#999999">(2009-3-16)</font><br>&middot; <a href="/show.asp?id=358">三年级召开家长会</a> <font color="#999999">(2009-3-6)</font></td></tr>
</table>
</td>
</tr>
</table>
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="60" align="center" class="foot">青岚县第三小学 版权所有 地址：青岚县城关镇解放路22号<br>浙ICP备07021234号</td></tr>
</table>
</body>
</html>
"""

# (15) a 2006 ASP school site in GBK: everything tables and <font>; the title a <font size=4 color=#003399><b>, the
# info line 【作者：… 来源：… 时间：…】, the body a <font> in td#fontzoom of &nbsp;-indented paragraphs parted by
# <br><br>, whose last line (in the same cell) is the counter 本文已被浏览<script>次; 相关新闻 with dates, a footer
ASP_2006_FONT_BR_COUNTER = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>青岚镇中心小学：我校召开2006年春季家长会</title>
<style>td{font-size:12px} a{color:#000;text-decoration:none}</style>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/top.gif" width="778" height="100"></td></tr>
<tr><td height="25" bgcolor="#3366CC" align="center"><a href="/"><font color="#FFFFFF">首页</font></a><font color="#FFFFFF"> | </font><a href="/class.asp?id=1"><font color="#FFFFFF">学校概况</font></a><font color="#FFFFFF"> | </font><a href="/class.asp?id=2"><font color="#FFFFFF">校园新闻</font></a><font color="#FFFFFF"> | </font><a href="/class.asp?id=3"><font color="#FFFFFF">教学教研</font></a><font color="#FFFFFF"> | </font><a href="/class.asp?id=4"><font color="#FFFFFF">家校联系</font></a></td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="180" valign="top" bgcolor="#EEF3FB">
<table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td bgcolor="#99B3E6"><font color="#FFFFFF"><b>相关新闻</b></font></td></tr>
<tr><td><a href="/shownews.asp?id=201">我校召开2005年秋季家长会</a><br><font color="#999999">2005-9-22</font></td></tr>
<tr><td><a href="/shownews.asp?id=228">一年级新生家长培训会召开</a><br><font color="#999999">2006-2-20</font></td></tr>
</table>
</td>
<td width="598" valign="top">
<table width="98%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="26"><font color="#666666">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/class.asp?id=2">校园新闻</a></font></td></tr>
<tr><td height="40" align="center"><font size="4" color="#003399"><b>我校召开2006年春季家长会</b></font></td></tr>
<tr><td height="22" align="center"><font color="#888888">【作者：教导处　来源：本站　时间：2006-3-17】</font></td></tr>
<tr><td id="fontzoom" style="line-height:200%"><font style="font-size:14px">
&nbsp;&nbsp;&nbsp;&nbsp;3月16日下午，我校召开2006年春季家长会，全校一至六年级的500余位家长参加了会议。<br><br>
&nbsp;&nbsp;&nbsp;&nbsp;会上，校长通报了学校上学期的教育教学工作情况和本学期的工作打算，并就学生安全、作业量和课外阅读等家长关心的问题作了说明。<br><br>
&nbsp;&nbsp;&nbsp;&nbsp;随后，家长们分班与班主任和任课老师进行了交流，不少家长还提出了改进学校工作的建议。<br><br>
&nbsp;&nbsp;&nbsp;&nbsp;会后，学校将对家长的意见和建议进行梳理，逐条研究落实。<br><br>
</font>
<div align="right"><font color="#999999">本文已被浏览<script src="/counter.asp?id=236"></script>次</font></div>
</td></tr>
<tr><td height="30" align="center">【<a href="javascript:window.print()">打印本文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
</td>
</tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="50" align="center" bgcolor="#3366CC"><font color="#FFFFFF">青岚镇中心小学 版权所有 &copy; 2006<br>浙ICP备05012378号</font></td></tr>
</table>
</body>
</html>
"""

# (16) a 2005 town middle school's hand-made ASP site in GBK: the article's one <td> holds the title (<font size=4>
# <b>), a <br>, the info line in a grey <font>, an <hr> and the body's &nbsp;-indented lines parted by <br><br>;
# 最新通知 with dates in the left cell, a footer
ASP_2005_ONE_CELL = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>青岚县溪口镇中学--关于做好2005年中考报名工作的通知</title>
</head>
<body bgcolor="#F0F0F0" topmargin="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="/img/logo.jpg" width="760" height="90"></td></tr>
<tr><td colspan="2" height="24" bgcolor="#006699" align="center"><a href="/"><font color="#FFFFFF">网站首页</font></a>&nbsp;&nbsp;<a href="/news.asp?lb=1"><font color="#FFFFFF">学校新闻</font></a>&nbsp;&nbsp;<a href="/news.asp?lb=2"><font color="#FFFFFF">通知公告</font></a>&nbsp;&nbsp;<a href="/news.asp?lb=3"><font color="#FFFFFF">教学天地</font></a>&nbsp;&nbsp;<a href="/news.asp?lb=4"><font color="#FFFFFF">学生园地</font></a>&nbsp;&nbsp;<a href="/book.asp"><font color="#FFFFFF">留言板</font></a></td></tr>
<tr>
<td width="170" valign="top" bgcolor="#E8F1F8">
<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td><font color="#006699"><b>最新通知</b></font></td></tr>
<tr><td><a href="/view.asp?id=121">关于五一劳动节放假的通知</a> <font color="#999999">05-4-28</font></td></tr>
<tr><td><a href="/view.asp?id=118">初三年级第二次模拟考试安排</a> <font color="#999999">05-4-15</font></td></tr>
<tr><td><a href="/view.asp?id=112">关于开展春季运动会的通知</a> <font color="#999999">05-3-30</font></td></tr>
</table>
</td>
<td width="590" valign="top" style="padding:12px">
<font size="4" color="#CC0000"><b>关于做好2005年中考报名工作的通知</b></font><br>
<font color="#999999">发布者：教务处　发布时间：2005-5-9　阅读：<script src="/hits.asp?id=125"></script>次</font>
<hr size="1" color="#CCCCCC">
&nbsp;&nbsp;&nbsp;&nbsp;初三年级各班主任：<br><br>
&nbsp;&nbsp;&nbsp;&nbsp;根据县教育局关于2005年中考工作的安排，我校2005年中考报名工作定于5月12日至5月14日进行，现将有关事项通知如下。<br><br>
&nbsp;&nbsp;&nbsp;&nbsp;一、报名对象为我校初三年级全体学生，报名时须交近期一寸免冠照片两张。<br><br>
&nbsp;&nbsp;&nbsp;&nbsp;二、各班主任要认真核对学生的姓名、身份证号码和户籍信息，确保准确无误。<br><br>
&nbsp;&nbsp;&nbsp;&nbsp;三、报名表由班主任统一收齐，于5月14日下午交教务处。<br><br>
<div align="right">溪口镇中学教务处<br>2005年5月9日</div>
</td>
</tr>
<tr><td colspan="2" height="50" align="center" bgcolor="#006699"><font color="#FFFFFF">青岚县溪口镇中学 版权所有 联系电话：0579-85991234<br>浙ICP备05003456号</font></td></tr>
</table>
</body>
</html>
"""

PAGES = [
    Page(
        "ftrap5-2022-zoomla-budget-table",
        "http://www.qljy.example.gov.cn/Item/4567.aspx",
        ZOOMLA_2022_BUDGET_TABLE,
        "青岚县教育局2022年部门预算公开",
        "2022-03-07",
        "计财科",
        "根据《中华人民共和国预算法》和县财政局关于部门预算公开的工作要求，现将青岚县教育局2022年部门预算收支总表公开如下：",
        "2022年3月5日",  # the table of numbers is the text's middle: the signature closes the body
        ("打印本页", "2021年部门决算公开", "“三公”经费预算公开", "信息公开指南", "网站标识码", "点击"),
    ),
    Page(
        "ftrap5-2019-cmseasy-word-enrol-table",
        "http://www.qlzjzx.example.cn/show-42-318-1.html",
        CMSEASY_2019_WORD_TABLE,
        "青岚市职业教育中心2019年招生计划",
        "2019-05-21",
        "招生办",
        "经市教育局核准，现将我校2019年招生计划公布如下：",
        "2019年5月20日",
        ("上一篇", "2018年招生计划", "就业率达98.6%", "招生热线", "Powered by"),
    ),
    Page(
        "ftrap5-2023-cluster-pdfjs-iframe",
        "http://www.qinglan.example.gov.cn/art/2023/3/10/art_1231_998877.html",
        CLUSTER_2023_PDFJS,
        "青岚县财政局2023年部门预算公开",
        "2023-03-10",
        "县财政局",
        "附件：",  # the viewer shows the file, no text of it is on the page: the body is the 附件 line
        "青岚县财政局2023年部门预算公开.pdf",
        (
            "扫一扫在手机打开当前页",
            "分享到",
            "青岚县教育局2023年部门预算公开",
            "2021年部门决算公开",
            "字体",
            "网站标识码",
        ),
    ),
    Page(
        "ftrap5-2010-asp-pdf-object-gbk",
        "http://www.qlzzx.example.cn/show.asp?id=856",
        ASP_2010_PDF_OBJECT,
        "青岚镇中学2010学年第一学期收费公示",
        "2010-09-06",
        None,  # only a 发布人, which is not a 来源
        "附件下载：",  # the <object> shows the file: the body is the 附件下载 line
        "青岚镇中学2010学年第一学期收费公示.pdf",
        ("打印此页", "2010年春季学期收费公示", "2009学年第一学期收费公示", "学校章程", "发布人", "学生资助工作"),
        gbk=True,
    ),
    Page(
        "ftrap5-2021-otcms-editor-h1-repeat",
        "http://www.qlez.example.cn/news/?1521.html",
        OTCMS_2021_EDITOR_H1,
        "中共青岚市第二中学支部委员会关于2021年度党员民主评议结果的公示",
        "2022-01-14",
        "学校党支部",
        # the editor's "标题1" line repeating the title is the body's own first line: kept, as odd-vsb-party-title-
        # repeated keeps its bold one
        "中共青岚市第二中学支部委员会关于2021年度党员民主评议结果的公示",
        "2022年1月14日",
        ("上一篇", "组织生活会", "2020年度党员民主评议", "第一季度党费", "党史学习教育专题", "阅读："),
    ),
    Page(
        "ftrap5-2020-taiji-gongwen-heading-first",
        "http://www.qinglan.example.gov.cn/zwgk/zcjd/202006/t20200618_1246012.html",
        TAIJI_2020_GONGWEN_HEADING,
        "《青岚县推进基层政务公开标准化规范化工作实施方案》政策解读",
        "2020-06-18",
        "县政府办公室",
        "一、起草背景",  # the first 公文 heading is the text's first line
        "各乡镇人民政府、县政府各部门要明确分管领导和工作人员，将政务公开标准化规范化工作纳入年度绩效考核。",
        ("相关文件", "原文链接", "青政办发〔2020〕21号", "其他解读", "政务公开工作要点", "打印", "技术支持"),
    ),
    Page(
        "ftrap5-2018-finecms-contact-last-line",
        "http://www.bjjyj.example.cn/tzgg/2151.html",
        FINECMS_2018_CONTACT_LAST,
        "关于组织开展2018年中小学生科技创新大赛的通知",
        "2018-04-02",
        "区教研室",
        "各中小学：",
        "联系人：周老师 联系电话：0579-87659012",  # the notice's own last line, whom to ask: the text's
        ("上一篇", "清明节期间学生安全教育", "田径运动会", "教师资格认定", "Powered by", "浏览："),
    ),
    Page(
        "ftrap5-2019-cloudgov-qr-in-content",
        "http://www.qinglan.example.gov.cn/zwgk/tzgg/201908/t20190812_556677.html",
        CLOUDGOV_2019_QR_IN_CONTENT,
        "关于2019年度县级森林防火专项资金分配情况的公示",
        "2019-08-12",
        "县林业局",
        "根据《青岚县森林防火专项资金管理办法》，经县林业局党组会议研究，现将2019年度县级森林防火专项资金分配情况公示如下。",
        "公示时间为2019年8月12日至8月18日。如有异议，请在公示期内以书面形式向县林业局反映，监督电话：0579-85112345。",
        ("扫一扫在手机打开当前页", "相关链接", "2018年度县级森林防火", "林业补助资金分配方案", "网站标识码", "打印"),
    ),
    Page(
        "ftrap5-2023-xwgk-table-above-title",
        "http://xwgk.bjedu.example.cn/school/1023/detail?id=88342",
        XWGK_2023_TABLE_ABOVE_TITLE,
        "滨江区实验小学2023年学生装采购结果公示",
        "2023-03-06",  # the table's 公开时间, not the signature's 2023年3月3日
        None,  # 责任部门 is who answers for the disclosure, not a 来源
        "根据《青岚市中小学生学生装管理办法》，经学校家长委员会参与评审，我校2023年学生装采购项目已完成遴选，现将结果公示如下：",
        "2023年3月3日",
        ("公开时间", "公开形式", "责任部门", "社会公众", "其他公开事项", "2023年春季学期收费项目公示", "技术支持"),
    ),
    Page(
        "ftrap5-2022-chanzhi-publisher-reviewer",
        "http://www.qlyz.example.cn/article-3-1206.html",
        CHANZHI_2022_PUBLISHER_REVIEWER,
        "关于2022年暑期学生宿舍维修改造工程的公示",
        "2022-06-20",
        None,  # 发布人 and 审核人 name people, no 来源
        "根据学校2022年度基建维修计划，经校长办公会研究决定，利用暑期对学生宿舍1号楼、2号楼进行维修改造。",
        "公示期为2022年6月20日至6月26日，监督电话：0579-85200123。",
        ("发布人", "审核人", "李敏", "王建国", "上一篇", "秋季学期教材征订", "最新公开", "蝉知"),
    ),
    Page(
        "ftrap5-2024-jeesite-weekday-span",
        "http://www.bjyc.example.cn/f/view-1002-9a3f88.html",
        JEESITE_2024_WEEKDAY_SPAN,
        "我校开展“学雷锋 树新风”主题实践活动",
        "2024-03-05",  # 2024年03月05日, the weekday 星期二 in a span of its own
        "大队部",
        "3月5日是第61个“学雷锋纪念日”。当天，我校以“学雷锋 树新风”为主题，组织全校1200余名学生开展了形式多样的实践活动。",
        "学校大队部还评选出本学期第一批“雷锋式好少年”20名，并在升旗仪式上进行了表彰。",
        ("星期二", "浏览：", "上一篇", "植树节", "开学工作会议", "最新动态"),
    ),
    Page(
        "ftrap5-2020-scms-source-benzhan",
        "http://www.qldhzx.example.cn/news/12/345.html",
        SCMS_2020_SOURCE_BENZHAN,
        "我校举行2020年秋季学期教师课堂教学展示周活动",
        "2020-11-12",
        "本站",  # kept as shown
        "11月9日至11日，我校举行2020年秋季学期教师课堂教学展示周活动，语文、数学、英语、科学等学科的12位教师执教了展示课。",
        "教务处负责人表示，学校将把优秀展示课的课例整理成册，供全校教师学习借鉴。",
        ("上一篇", "期中考试质量分析会", "秋季开学典礼", "推荐新闻", "技术支持", "阅读："),
    ),
    Page(
        "ftrap5-2013-yxcms-principal-office-source",
        "http://www.bjsycz.example.cn/index.php?r=default/news/content&id=505",
        YXCMS_2013_PRINCIPAL_OFFICE,
        "关于2013年秋季学期学校作息时间调整的通知",
        "2013-09-02",
        "青岚市滨江区实验初级中学校长室",  # 信息来源：…校长室, the office that issued it
        "全体师生：",
        "请各班主任及时向学生和家长做好宣传解释工作。",
        ("上一篇", "中秋节放假安排", "2013学年第一学期校历", "春季学期学校作息时间", "Powered by", "点击："),
    ),
    Page(
        "ftrap5-2009-asp-td-title-count-gbk",
        "http://www.qlsx3.example.cn/show.asp?id=367",
        ASP_2009_TD_TITLE_COUNT,
        "青岚县第三小学举行2009年春季经典诵读比赛",  # td.title, as <title> has it after the school's name
        "2009-04-08",
        None,  # only a 作者
        "4月7日下午，我校在学校礼堂举行2009年春季经典诵读比赛，三至六年级16个班级参加了比赛。",
        "学校将以此次比赛为契机，把经典诵读纳入每天的晨读时间，让书香伴随学生成长。",
        ("浏览次数", "打印本页", "关于清明节放假的通知", "三年级召开家长会", "最新文章", "少先队"),
        gbk=True,
    ),
    Page(
        "ftrap5-2006-asp-font-br-counter-gbk",
        "http://www.qlzxxx.example.cn/shownews.asp?id=236",
        ASP_2006_FONT_BR_COUNTER,
        "我校召开2006年春季家长会",
        "2006-03-17",
        "本站",
        "3月16日下午，我校召开2006年春季家长会，全校一至六年级的500余位家长参加了会议。",
        "会后，学校将对家长的意见和建议进行梳理，逐条研究落实。",
        ("本文已被浏览", "打印本文", "2005年秋季家长会", "新生家长培训会", "作者：教导处", "家校联系"),
        gbk=True,
    ),
    Page(
        "ftrap5-2005-asp-one-cell-gbk",
        "http://www.xkzx.example.cn/view.asp?id=125",
        ASP_2005_ONE_CELL,
        "关于做好2005年中考报名工作的通知",
        "2005-05-09",
        None,  # only a 发布者
        "初三年级各班主任：",  # after the title, the info line and the <hr> in the same cell
        "2005年5月9日",
        ("发布者", "阅读：", "五一劳动节放假", "第二次模拟考试安排", "春季运动会", "留言板"),
        gbk=True,
    ),
]
