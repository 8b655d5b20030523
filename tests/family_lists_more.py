"""More list pages of Chinese school and government CMS families, one hand-written page per list shape not in
tests/test_list_families.py or tests/test_pager_families.py:

an ASP.NET WebForms GridView whose dates are DateTime.ToString() in their own <td> (2021/3/26 9:12:33), paged by an
AspNetPager of javascript:__doPostBack links (no URL for page 2), and the same page with AspNetPager's UrlPaging
(?ClassID=5&page=2); a TRS outline whose rows' links are written by document.write (the title cut in JS) and
repeated in <noscript>; a 信息公开 <table> of 序号/标题/发布单位/发布日期 dated 2021/3/5; rows dated before their title;
a date split into a day <p> and a 2021.03 <p>; rows led by a 【栏目】 link to their category; 动易 (PowerEasy) rows
with [置顶], NEW gifs and <font color=red> titles whose title="" is 文章标题：…/作者/更新时间; a site-search result
list with <em> highlights, a summary and 发布时间：; a TRS pager written out in words (首页 上一页 下一页 尾页 共12页
第1页, page 2 is index_1.htm); an infinite-scroll list with a 加载更多 button whose data-url is page 2; a Bootstrap
card grid dated 03-26 under year tabs; a two-column page whose right column is a dated 热点排行 box.

Each page carries the chrome of its kind (menu, breadcrumb, side box, footer with 版权所有/ICP) and states what a
reader sees: its rows (URL, title, day) and its pager (this page, the last page, the URL of the page after this
one, None when no URL leads there). Names, hosts and numbers are made up; no page is copied from a real site."""

from family_page import ListCase

# ---------------------------------------------------------------------------------------------------------------
# 1. ASP.NET WebForms: a GridView (header <th>s, the date DateTime.ToString()'d in its own <td>: 2021/3/26 9:12:33)
#    and an AspNetPager of javascript:__doPostBack('ctl00$Main$Pager','2') links: page 2 is a form post, no URL
#    leads there (the reader sees page 1 of 9 and no next URL). 1b: the same page with UrlPaging, ?page=2 links.
# ---------------------------------------------------------------------------------------------------------------

ASPNET_ROWS = (
    ("NewsShow.aspx?ID=2231", "桐浦实验中学2021年春季运动会圆满闭幕", "2021-03-26"),
    ("NewsShow.aspx?ID=2228", "我校召开2021届高三二模质量分析会", "2021-03-24"),
    ("NewsShow.aspx?ID=2224", "物理组开展“大单元教学”专题教研活动", "2021-03-19"),
    ("NewsShow.aspx?ID=2219", "高一年级举行“青春心向党”主题演讲比赛", "2021-03-15"),
    ("NewsShow.aspx?ID=2215", "我校学生在市青少年科技创新大赛中获奖", "2021-03-11"),
    ("NewsShow.aspx?ID=2210", "学校组织教职工开展春季消防疏散演练", "2021-03-08"),
    ("NewsShow.aspx?ID=2204", "桐浦实验中学召开新学期家长委员会会议", "2021-03-03"),
    ("NewsShow.aspx?ID=2198", "寒假社会实践优秀成果展示活动举行", "2021-02-26"),
    ("NewsShow.aspx?ID=2190", "我校举行2021年春季学期开学典礼", "2021-02-22"),
    ("NewsShow.aspx?ID=2183", "学校党总支召开2020年度组织生活会", "2021-01-29"),
)

ASPNET_TIMES = ("9:12:33", "16:40:05", "10:03:48", "8:55:10", "15:21:09", "11:30:00", "17:02:44", "9:45:18",
                "14:10:27", "10:18:51")  # fmt: skip

ASPNET_PAGER_POSTBACK = (
    '<div id="ctl00_Main_Pager" class="paginator">'
    '<div class="pager-info">共 86 条记录，当前第 1/9 页，每页 10 条</div><div class="pager-nav">'
    '<a disabled="disabled" style="margin-right:5px;">首页</a><a disabled="disabled" style="margin-right:5px;">上一页</a>'
    '<span class="cpb" style="margin-right:5px;">1</span>'
    + "".join(
        f"<a href=\"javascript:__doPostBack('ctl00$Main$Pager','{n}')\" style=\"margin-right:5px;\">{n}</a>"
        for n in range(2, 6)
    )
    + "<a href=\"javascript:__doPostBack('ctl00$Main$Pager','6')\" style=\"margin-right:5px;\">...</a>"
    "<a href=\"javascript:__doPostBack('ctl00$Main$Pager','2')\" style=\"margin-right:5px;\">下一页</a>"
    "<a href=\"javascript:__doPostBack('ctl00$Main$Pager','9')\" style=\"margin-right:5px;\">尾页</a>"
    "</div></div>"
)

ASPNET_PAGER_URL = (
    '<div id="ctl00_Main_Pager" class="paginator">'
    '<div class="pager-info">共 86 条记录，当前第 1/9 页，每页 10 条</div><div class="pager-nav">'
    '<a disabled="disabled" style="margin-right:5px;">首页</a><a disabled="disabled" style="margin-right:5px;">上一页</a>'
    '<span class="cpb" style="margin-right:5px;">1</span>'
    + "".join(
        f'<a href="/News/NewsList.aspx?ClassID=5&amp;page={n}" style="margin-right:5px;">{n}</a>' for n in range(2, 6)
    )
    + '<a href="/News/NewsList.aspx?ClassID=5&amp;page=6" style="margin-right:5px;">...</a>'
    '<a href="/News/NewsList.aspx?ClassID=5&amp;page=2" style="margin-right:5px;">下一页</a>'
    '<a href="/News/NewsList.aspx?ClassID=5&amp;page=9" style="margin-right:5px;">尾页</a>'
    "</div></div>"
)

ASPNET = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	校园新闻 - 桐浦实验中学
</title><link href="../App_Themes/Default/style.css" type="text/css" rel="stylesheet" /></head>
<body>
<form name="aspnetForm" method="post" action="NewsList.aspx?ClassID=5" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTI3NjU0MzIxMA9kFgJmD2QWAgIDD2QWAgIBD2QWBAIBDzwrAA0BAA8WBB4LXyFEYXRhQm91bmRnHgtfIUl0ZW1Db3VudAIKZGQYAQUSY3RsMDAkTWFpbiRndk5ld3MPPCsACgEIAgFkZA==" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<div id="top"><div class="logo"><a href="/Default.aspx"><img src="/images/logo.png" alt="桐浦实验中学" /></a></div>
<ul id="menu">
<li><a href="/Default.aspx">首页</a></li><li><a href="/About/Intro.aspx">学校概况</a></li>
<li><a href="/News/NewsList.aspx?ClassID=5">校园新闻</a></li><li><a href="/News/NewsList.aspx?ClassID=6">通知公告</a></li>
<li><a href="/News/NewsList.aspx?ClassID=7">教学教研</a></li><li><a href="/News/NewsList.aspx?ClassID=8">德育之窗</a></li>
<li><a href="/News/NewsList.aspx?ClassID=9">团队活动</a></li><li><a href="/News/NewsList.aspx?ClassID=10">党建园地</a></li>
<li><a href="/Teacher/Default.aspx">教师风采</a></li><li><a href="/Student/Default.aspx">学生天地</a></li>
<li><a href="/Message/Default.aspx">校长信箱</a></li>
</ul></div>
<div id="container">
<div id="sidebar">
 <div class="sbox"><h3>新闻分类</h3><ul>
 <li class="on"><a href="/News/NewsList.aspx?ClassID=5">校园新闻</a></li><li><a href="/News/NewsList.aspx?ClassID=6">通知公告</a></li>
 <li><a href="/News/NewsList.aspx?ClassID=11">媒体报道</a></li></ul></div>
 <div class="sbox"><h3>点击排行</h3><ul>
 <li><a id="ctl00_Left_rptHot_ctl00_hlHot" href="NewsShow.aspx?ID=2150">我校2020年高考再创佳绩</a></li>
 <li><a id="ctl00_Left_rptHot_ctl01_hlHot" href="NewsShow.aspx?ID=2177">致全体家长的一封信</a></li>
 <li><a id="ctl00_Left_rptHot_ctl02_hlHot" href="NewsShow.aspx?ID=2166">学校食堂改造工程顺利完工</a></li>
 <li><a id="ctl00_Left_rptHot_ctl03_hlHot" href="NewsShow.aspx?ID=2139">初一新生军训汇报表演</a></li>
 </ul></div>
</div>
<div id="content">
 <div class="location">当前位置：<a href="/Default.aspx">首页</a> &gt; <a href="/News/NewsList.aspx?ClassID=5">校园新闻</a></div>
 <div>
	<table class="gvList" cellspacing="0" rules="all" border="1" id="ctl00_Main_gvNews" style="width:100%;border-collapse:collapse;">
		<tr class="gvHeader">
			<th scope="col">文章标题</th><th scope="col" style="width:150px;">发布时间</th><th scope="col" style="width:60px;">浏览</th>
		</tr>
{rows}
	</table>
 </div>
 {pager}
</div>
</div>
<div id="footer">Copyright &copy; 2021 桐浦实验中学 版权所有 地址：桐浦县文昌路6号 电话：0571-5550123<br />
<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备11023344号</a> 技术支持：桐浦县教育信息中心</div>
</form>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'\t\t<tr class="{"gvRow" if i % 2 == 0 else "gvAltRow"}">\n'
        f'\t\t\t<td><a id="ctl00_Main_gvNews_ctl{i + 2:02d}_hlTitle" href="{href}" target="_blank">{title}</a></td>'
        f'<td align="center">{int(day[:4])}/{int(day[5:7])}/{int(day[8:])} {ASPNET_TIMES[i]}</td>'
        f'<td align="center">{37 + 11 * i}</td>\n\t\t</tr>'
        for i, (href, title, day) in enumerate(ASPNET_ROWS)
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 2. a TRS outline: each row's link is written by document.write (the title cut to 24 characters in JS, the whole
#    title in title=""), the same link in a <noscript> beside it, the date in a <span> after; TRS createPageHTML
# ---------------------------------------------------------------------------------------------------------------

TRS_DOCWRITE_ROWS = (
    ("./202103/t20210329_4419.html", "云岭县人民政府办公室关于做好2021年清明节期间森林防火工作的通知", "2021-03-29"),
    ("./202103/t20210325_4408.html", "云岭县2021年度城乡居民基本医疗保险参保缴费工作公告", "2021-03-25"),
    ("./202103/t20210322_4397.html", "关于公开征求《云岭县城区停车管理办法（征求意见稿）》意见的公告", "2021-03-22"),
    ("./202103/t20210318_4385.html", "云岭县2021年第一批重点建设项目计划", "2021-03-18"),
    ("./202103/t20210312_4371.html", "关于开展2021年全县安全生产大排查大整治行动的通知", "2021-03-12"),
    ("./202103/t20210305_4356.html", "云岭县人民政府关于表彰2020年度先进集体和先进个人的决定", "2021-03-05"),
    ("./202102/t20210226_4340.html", "云岭县2021年春季农业生产工作要点", "2021-02-26"),
    ("./202102/t20210208_4322.html", "关于2021年春节期间烟花爆竹燃放管理的通告", "2021-02-08"),
)


def _trs_row(href, title, day):
    return f"""<li>
<script>
var t_title = "{title}";
var t_show = t_title.length > 24 ? t_title.substring(0, 24) + "…" : t_title;
document.write('<a href="{href}" target="_blank" title="' + t_title + '">' + t_show + '</a>');
</script><noscript><a href="{href}" target="_blank" title="{title}">{title}</a></noscript>
<span class="date">{day}</span>
</li>"""


TRS_DOCWRITE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="云岭县人民政府" />
<meta name="ColumnName" content="通知公告" />
<meta name="ColumnType" content="通知公告" />
<title>通知公告_云岭县人民政府</title>
<link href="../../images/style.css" rel="stylesheet" type="text/css" />
<script src="../../images/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="w1200"><a href="../../" class="logo"><img src="../../images/logo.png" alt="云岭县人民政府" /></a>
<div class="search"><form action="/was5/web/search" method="get"><input type="text" name="searchword" /><input type="submit" value="搜索" /></form></div></div></div>
<div class="nav"><ul class="w1200">
<li><a href="../../">首页</a></li><li><a href="../../zwdt/">政务动态</a></li><li class="on"><a href="../../zwgk/">政务公开</a></li>
<li><a href="../../zwfw/">政务服务</a></li><li><a href="../../hdjl/">互动交流</a></li><li><a href="../../zjyl/">走进云岭</a></li>
<li><a href="../../ztzl/">专题专栏</a></li><li><a href="../../zwgk/zcwj/">政策文件</a></li><li><a href="../../zwgk/rsxx/">人事信息</a></li>
<li><a href="../../zwgk/czxx/">财政信息</a></li>
</ul></div>
<div class="w1200 main">
 <div class="crumb">当前位置：<a href="../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../" title="政务公开" class="CurrChnlCls">政务公开</a>&nbsp;&gt;&nbsp;<a href="./" title="通知公告" class="CurrChnlCls">通知公告</a></div>
 <div class="left">
  <div class="lanmu"><h2>政务公开</h2><ul>
  <li><a href="../zcwj/">政策文件</a></li><li class="on"><a href="./">通知公告</a></li><li><a href="../rsxx/">人事信息</a></li>
  <li><a href="../czxx/">财政信息</a></li><li><a href="../jytabl/">建议提案办理</a></li>
  </ul></div>
 </div>
 <div class="right">
  <div class="list-title"><span>通知公告</span></div>
  <ul class="list">
{rows}
  </ul>
  <div class="page"><script type="text/javascript">
var currentPage = 0;//所在页从0开始
var countPage = 5//共多少页
createPageHTML(countPage, currentPage, "index", "html");
</script></div>
 </div>
</div>
<div class="footer"><div class="w1200"><p><a href="../../wzdt/">网站地图</a> | <a href="../../lxwm/">联系我们</a></p>
<p>主办：云岭县人民政府办公室 版权所有 网站标识码：5331990002 滇ICP备06001234号 滇公网安备 53319902000789号</p></div></div>
</body>
</html>
""".replace("{rows}", "\n".join(_trs_row(*row) for row in TRS_DOCWRITE_ROWS))

# ---------------------------------------------------------------------------------------------------------------
# 3. a 信息公开 <table>: a header row 序号 | 标题 | 发布单位 | 发布日期, dates 2021/3/5, GBK; a JSP pager (&pageNo=2)
# ---------------------------------------------------------------------------------------------------------------

TABLE_SEQ_ROWS = (
    ("content.jsp?catid=21&id=9134", "云岭县教育局关于2021年义务教育阶段学校招生入学工作的实施意见", "2021-03-30"),
    ("content.jsp?catid=21&id=9127", "关于开展2021年中小学教师资格定期注册工作的通知", "2021-03-24"),
    ("content.jsp?catid=21&id=9120", "云岭县2021年普通高中学业水平考试考务工作安排", "2021-03-17"),
    ("content.jsp?catid=21&id=9112", "关于做好春季学期学校卫生防疫工作的通知", "2021-03-09"),
    ("content.jsp?catid=21&id=9105", "关于举办全县中小学生田径运动会的通知", "2021-03-05"),
    ("content.jsp?catid=21&id=9098", "云岭县教育系统2021年党风廉政建设工作要点", "2021-02-25"),
    ("content.jsp?catid=21&id=9084", "关于公布2020年度县级骨干教师认定结果的通知", "2021-01-21"),
    ("content.jsp?catid=21&id=9076", "云岭县教育局2020年法治政府建设工作情况报告", "2021-01-08"),
)

TABLE_SEQ_UNITS = ("县教育局办公室", "人事股", "教研室", "体卫艺股", "体卫艺股", "纪检组", "人事股", "政策法规股")

TABLE_SEQ = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>云岭县教育局信息公开--通知公告</title>
<link href="/xxgk/css/xxgk.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/xxgk/images/xxgk_top.jpg" width="1000" height="110"></td></tr>
<tr><td class="nav" height="38">
<a href="/index.jsp">网站首页</a> | <a href="/xxgk/index.jsp">信息公开</a> | <a href="/xxgk/list.jsp?catid=20">机构职能</a> |
<a href="/xxgk/list.jsp?catid=21">通知公告</a> | <a href="/xxgk/list.jsp?catid=22">政策法规</a> | <a href="/xxgk/list.jsp?catid=23">规划计划</a> |
<a href="/xxgk/list.jsp?catid=24">人事信息</a> | <a href="/xxgk/list.jsp?catid=25">财务公开</a> | <a href="/xxgk/list.jsp?catid=26">教育统计</a> |
<a href="/xxgk/guide.jsp">公开指南</a> | <a href="/xxgk/apply.jsp">依申请公开</a>
</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="220" valign="top" class="left">
 <div class="ltit">信息公开目录</div>
 <ul class="lmenu">
 <li><a href="/xxgk/list.jsp?catid=20">机构职能</a></li><li class="cur"><a href="/xxgk/list.jsp?catid=21">通知公告</a></li>
 <li><a href="/xxgk/list.jsp?catid=22">政策法规</a></li><li><a href="/xxgk/list.jsp?catid=23">规划计划</a></li>
 <li><a href="/xxgk/list.jsp?catid=24">人事信息</a></li><li><a href="/xxgk/list.jsp?catid=25">财务公开</a></li>
 </ul>
 <div class="ltit">公开年报</div>
 <ul class="lmenu">
 <li><a href="/xxgk/content.jsp?catid=27&id=9002">2020年政府信息公开年报</a></li>
 <li><a href="/xxgk/content.jsp?catid=27&id=8610">2019年政府信息公开年报</a></li>
 </ul>
</td>
<td width="780" valign="top" class="right">
 <div class="pos">您现在的位置：<a href="/index.jsp">首页</a> &gt; <a href="/xxgk/index.jsp">信息公开</a> &gt; 通知公告</div>
 <table width="100%" border="0" cellpadding="0" cellspacing="1" class="xxgk_list">
 <tr class="head"><td width="50" align="center">序号</td><td align="center">标题</td><td width="110" align="center">发布单位</td><td width="90" align="center">发布日期</td></tr>
{rows}
 </table>
 <div class="fenye">共45条记录&nbsp;&nbsp;第1/3页&nbsp;&nbsp;<a>首页</a>&nbsp;<a>上一页</a>&nbsp;<a href="list.jsp?catid=21&pageNo=2">下一页</a>&nbsp;<a href="list.jsp?catid=21&pageNo=3">末页</a></div>
</td>
</tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center">主办单位：云岭县教育局 地址：云岭县教育路3号 联系电话：0871-5556789<br>
版权所有 云岭县教育局 滇ICP备05004321号</td></tr>
</table>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f' <tr class="{"odd" if i % 2 else "even"}"><td align="center">{i + 1}</td>'
        f'<td><a href="{href}" target="_blank" title="{title}">{title}</a></td>'
        f'<td align="center">{TABLE_SEQ_UNITS[i]}</td><td align="center">{int(day[:4])}/{int(day[5:7])}/{int(day[8:])}</td></tr>'
        for i, (href, title, day) in enumerate(TABLE_SEQ_ROWS)
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 4. the date before the title (<li><span>2021-03-26</span><a …>); a JEECMS pager (index_2.jhtml, 共7页)
# ---------------------------------------------------------------------------------------------------------------

DATE_FIRST_ROWS = (
    ("/xwzx/xxyw/2341.jhtml", "桐浦县第一中学召开2021年高考冲刺动员大会", "2021-03-26"),
    ("/xwzx/xxyw/2336.jhtml", "我校举行“学党史、颂党恩”主题诗歌朗诵会", "2021-03-23"),
    ("/xwzx/xxyw/2330.jhtml", "县教育局教研室来校开展高三复习教学视导", "2021-03-18"),
    ("/xwzx/xxyw/2327.jhtml", "学校开展“3·15”消费者权益保护知识宣传", "2021-03-15"),
    ("/xwzx/xxyw/2319.jhtml", "我校青年教师基本功大赛落下帷幕", "2021-03-10"),
    ("/xwzx/xxyw/2313.jhtml", "高二年级举行学科竞赛动员会", "2021-03-05"),
    ("/xwzx/xxyw/2306.jhtml", "新学期首次升旗仪式暨安全教育活动举行", "2021-03-01"),
    ("/xwzx/xxyw/2298.jhtml", "我校教师参加市级班主任能力大赛获一等奖", "2021-01-22"),
    ("/xwzx/xxyw/2291.jhtml", "学校召开2020学年第一学期期末总结大会", "2021-01-15"),
)

DATE_FIRST = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>学校要闻 - 桐浦县第一中学</title>
<meta name="keywords" content="桐浦县第一中学,学校要闻">
<link rel="stylesheet" href="/r/cms/www/default/css/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span>欢迎访问桐浦县第一中学网站！</span><a href="/login.jspx">登录</a></div></div>
<div class="header"><div class="wrap"><a href="/" class="logo"><img src="/r/cms/www/default/img/logo.png" alt="桐浦县第一中学"></a></div></div>
<div class="menu"><div class="wrap"><ul>
<li><a href="/">首页</a></li><li><a href="/xxgk/index.jhtml">学校概况</a></li><li class="cur"><a href="/xwzx/index.jhtml">新闻中心</a></li>
<li><a href="/jyjx/index.jhtml">教育教学</a></li><li><a href="/dyyd/index.jhtml">德育园地</a></li><li><a href="/jsfz/index.jhtml">教师发展</a></li>
<li><a href="/xsfc/index.jhtml">学生风采</a></li><li><a href="/djgz/index.jhtml">党建工作</a></li><li><a href="/zsks/index.jhtml">招生考试</a></li>
<li><a href="/xyfc/index.jhtml">校园风采</a></li><li><a href="/lxwm/index.jhtml">联系我们</a></li>
</ul></div></div>
<div class="wrap clearfix">
<div class="side">
 <div class="side-title">新闻中心</div>
 <ul class="side-nav"><li class="on"><a href="/xwzx/xxyw/index.jhtml">学校要闻</a></li><li><a href="/xwzx/tzgg/index.jhtml">通知公告</a></li><li><a href="/xwzx/mtjj/index.jhtml">媒体聚焦</a></li></ul>
 <div class="side-title">联系我们</div>
 <div class="side-contact"><p>地址：桐浦县学府路9号</p><p>电话：0571-5557788</p></div>
</div>
<div class="content">
 <div class="position">当前位置：<a href="/">首页</a> » <a href="/xwzx/index.jhtml">新闻中心</a> » <a href="/xwzx/xxyw/index.jhtml">学校要闻</a></div>
 <ul class="news-list">
{rows}
 </ul>
 <div class="pagination">共 62 条 1/7 页 <a href="/xwzx/xxyw/index.jhtml">首页</a> <a href="javascript:void(0)">上一页</a> <a href="/xwzx/xxyw/index_2.jhtml">下一页</a> <a href="/xwzx/xxyw/index_7.jhtml">尾页</a></div>
</div>
</div>
<div class="footer"><div class="wrap">版权所有 © 桐浦县第一中学 地址：桐浦县学府路9号 浙ICP备09012345号-1</div></div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'  <li><span class="time">{day}</span><a href="{href}" target="_blank" title="{title}">{title}</a></li>'
        for href, title, day in DATE_FIRST_ROWS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 5. the date split across elements: the day in one <p>, 2021.03 in the next (<div class="time"><p>26</p>
#    <p>2021.03</p></div>), a summary under each title; a PHPCMS v9 dynamic pager (a=lists&catid=12&page=2)
# ---------------------------------------------------------------------------------------------------------------

TIME_SPLIT_ROWS = (
    ("index.php?m=content&c=index&a=show&catid=12&id=566", "澄川小学开展“我是小小志愿者”学雷锋活动", "2021-03-26"),
    ("index.php?m=content&c=index&a=show&catid=12&id=561", "一年级“入学百日”成长展示活动精彩纷呈", "2021-03-22"),
    ("index.php?m=content&c=index&a=show&catid=12&id=557", "我校举行春季学期防溺水安全教育主题班会", "2021-03-17"),
    ("index.php?m=content&c=index&a=show&catid=12&id=552", "语文组开展整本书阅读教学研讨活动", "2021-03-12"),
    ("index.php?m=content&c=index&a=show&catid=12&id=548", "澄川小学举行“三八”妇女节教职工趣味活动", "2021-03-08"),
    ("index.php?m=content&c=index&a=show&catid=12&id=543", "新学期第一次家长会顺利召开", "2021-03-05"),
    ("index.php?m=content&c=index&a=show&catid=12&id=538", "开学第一天：春风十里 迎你归来", "2021-02-25"),
)

TIME_SPLIT_SUMMARIES = (
    "3月25日，学校大队部组织少先队员走进社区，开展垃圾分类宣传和公共设施清洁活动……",
    "为展示一年级新生入学以来的成长，学校举行了入学百日成长展示活动，家长代表受邀观摩……",
    "为进一步增强学生的安全意识，各班利用班会课开展防溺水安全教育……",
    "3月11日下午，语文组全体教师围绕整本书阅读开展主题研讨……",
    "在“三八”妇女节到来之际，学校工会组织全体女教职工开展趣味活动……",
    "3月4日晚，学校召开新学期第一次家长会，校长就本学期重点工作作了介绍……",
    "2月25日，澄川小学迎来了新学期开学，校园里处处洋溢着欢乐的气氛……",
)

TIME_SPLIT = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>校园动态 - 澄川小学</title>
<link href="/statics/css/clxx/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="header"><div class="w1100"><a href="/" class="logo"><img src="/statics/images/clxx/logo.png" alt="澄川小学" /></a></div></div>
<div class="nav"><div class="w1100"><ul>
<li><a href="/">首页</a></li>
<li><a href="/index.php?m=content&c=index&a=lists&catid=9">学校概况</a></li>
<li class="on"><a href="/index.php?m=content&c=index&a=lists&catid=12">校园动态</a></li>
<li><a href="/index.php?m=content&c=index&a=lists&catid=13">通知公告</a></li>
<li><a href="/index.php?m=content&c=index&a=lists&catid=14">德育天地</a></li>
<li><a href="/index.php?m=content&c=index&a=lists&catid=15">教学研究</a></li>
<li><a href="/index.php?m=content&c=index&a=lists&catid=16">少先队</a></li>
<li><a href="/index.php?m=content&c=index&a=lists&catid=17">家校共育</a></li>
<li><a href="/index.php?m=content&c=index&a=lists&catid=18">学生作品</a></li>
<li><a href="/index.php?m=content&c=index&a=lists&catid=19">联系我们</a></li>
</ul></div></div>
<div class="w1100 main clearfix">
 <div class="main-left">
  <div class="catname">校园动态</div>
  <div class="hotbox"><h3>热门阅读</h3><ul>
   <li><a href="index.php?m=content&c=index&a=show&catid=13&id=530">2021年春季开学返校须知</a></li>
   <li><a href="index.php?m=content&c=index&a=show&catid=12&id=512">我校获评市“书香校园”</a></li>
   <li><a href="index.php?m=content&c=index&a=show&catid=17&id=505">给家长的一封信：寒假安全</a></li>
  </ul></div>
 </div>
 <div class="main-right">
  <div class="crumbs"><span>当前位置：</span><a href="/">首页</a> &gt; <a href="/index.php?m=content&c=index&a=lists&catid=12">校园动态</a> &gt; 列表</div>
  <ul class="dt-list">
{rows}
  </ul>
  <div id="pages" class="text-c"><a class="a1">52条</a> <a href="index.php?m=content&c=index&a=lists&catid=12&page=1" class="a1">上一页</a> <span>1</span> <a href="index.php?m=content&c=index&a=lists&catid=12&page=2">2</a> <a href="index.php?m=content&c=index&a=lists&catid=12&page=3">3</a> <a href="index.php?m=content&c=index&a=lists&catid=12&page=4">4</a> <a href="index.php?m=content&c=index&a=lists&catid=12&page=5">5</a> <a href="index.php?m=content&c=index&a=lists&catid=12&page=6">6</a> <a href="index.php?m=content&c=index&a=lists&catid=12&page=2" class="a1">下一页</a></div>
 </div>
</div>
<div class="footer"><div class="w1100"><p>版权所有：澄川小学 地址：澄川市南湖区育才路15号 电话：0573-5552468</p>
<p><a href="https://beian.miit.gov.cn" target="_blank">浙ICP备16065432号</a></p></div></div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <li class="clearfix"><div class="time"><p>{day[8:]}</p><p>{day[:4]}.{day[5:7]}</p></div>'
        f'<div class="txt"><h4><a href="{href}" target="_blank">{title}</a></h4><p>{summary}</p></div></li>'
        for (href, title, day), summary in zip(TIME_SPLIT_ROWS, TIME_SPLIT_SUMMARIES)
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 6. each row led by a 【栏目】 link to its category, then the title link, then the date (a DedeCMS 最新信息 column
#    mixing categories); a DedeCMS dynamic pager (/plus/list.php?tid=5&PageNo=2)
# ---------------------------------------------------------------------------------------------------------------

CATEGORY_PREFIX_ROWS = (
    ("/a/xwgk/2021/0329/1288.html", "澄川中学2021年春季学期收费项目及标准公示", "2021-03-29", "/a/xwgk/", "校务公开"),
    ("/a/tzgg/2021/0326/1284.html", "关于2021年清明节放假及假期安全工作的通知", "2021-03-26", "/a/tzgg/", "通知公告"),
    ("/a/xyxw/2021/0324/1281.html", "我校举行第十八届校园科技节开幕式", "2021-03-24", "/a/xyxw/", "校园新闻"),
    ("/a/xwgk/2021/0322/1277.html", "澄川中学2020年度部门决算公开", "2021-03-22", "/a/xwgk/", "校务公开"),
    ("/a/jxky/2021/0318/1272.html", "数学组承办全市初中数学课堂教学展示活动", "2021-03-18", "/a/jxky/", "教学科研"),
    ("/a/xyxw/2021/0315/1268.html", "九年级召开中考百日冲刺家长会", "2021-03-15", "/a/xyxw/", "校园新闻"),
    ("/a/tzgg/2021/0311/1263.html", "关于开展2021年度校级课题申报工作的通知", "2021-03-11", "/a/tzgg/", "通知公告"),
    ("/a/xwgk/2021/0308/1259.html", "澄川中学2021年教职工代表大会决议公示", "2021-03-08", "/a/xwgk/", "校务公开"),
    ("/a/xyxw/2021/0303/1254.html", "新学期开学典礼暨表彰大会隆重举行", "2021-03-03", "/a/xyxw/", "校园新闻"),
)

CATEGORY_PREFIX = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>最新信息_澄川中学</title>
<meta name="keywords" content="澄川中学,最新信息" />
<link href="/templets/clzx/css/style.css" rel="stylesheet" media="screen" type="text/css" />
</head>
<body>
<div class="header"><div class="top w960"><div class="title"><h1><a href="/"><img src="/templets/clzx/images/logo.gif" alt="澄川中学" /></a></h1></div></div>
<div class="nav w960"><ul>
<li><a href="/">主页</a></li><li><a href="/a/xxgk/">学校概况</a></li><li><a href="/a/xyxw/">校园新闻</a></li><li><a href="/a/tzgg/">通知公告</a></li>
<li><a href="/a/xwgk/">校务公开</a></li><li><a href="/a/jxky/">教学科研</a></li><li><a href="/a/dyzc/">德育之窗</a></li><li><a href="/a/tjgz/">团建工作</a></li>
<li><a href="/a/jsfc/">教师风采</a></li><li class="hover"><a href="/a/zxxx/">最新信息</a></li><li><a href="/a/lxwm/">联系我们</a></li>
</ul></div></div>
<div class="w960 clear center">
 <div class="pleft">
  <div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/a/zxxx/">最新信息</a> &gt;</div>
  <div class="listbox"><ul class="e2">
{rows}
  </ul></div>
  <div class="dede_pages"><ul class="pagelist">
<li><a>首页</a></li>
<li class="thisclass"><a>1</a></li>
<li><a href="/plus/list.php?tid=5&TotalResult=154&PageNo=2">2</a></li>
<li><a href="/plus/list.php?tid=5&TotalResult=154&PageNo=3">3</a></li>
<li><a href="/plus/list.php?tid=5&TotalResult=154&PageNo=4">4</a></li>
<li><a href="/plus/list.php?tid=5&TotalResult=154&PageNo=2">下一页</a></li>
<li><a href="/plus/list.php?tid=5&TotalResult=154&PageNo=8">末页</a></li>
<li><span class="pageinfo">共 <strong>8</strong>页<strong>154</strong>条</span></li>
  </ul></div>
 </div>
 <div class="pright">
  <div class="commend"><dl class="tbox"><dt><strong>推荐内容</strong></dt><dd><ul class="d4">
   <li><a href="/a/xyxw/2021/0228/1248.html">我校被评为市文明校园</a></li>
   <li><a href="/a/jxky/2021/0120/1230.html">省级课题开题论证会在我校举行</a></li>
   <li><a href="/a/tjgz/2021/0115/1224.html">校团委开展寒假志愿服务活动</a></li>
  </ul></dd></dl></div>
 </div>
</div>
<div class="footer w960 center"><div class="link"><a href="/a/lxwm/">联系我们</a> | <a href="/data/sitemap.html">网站地图</a></div>
<p class="powered">Copyright &copy; 2008-2021 澄川中学 版权所有 浙ICP备08076543号</p></div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <li><a class="lm" href="{cat}" target="_blank">【{name}】</a><a href="{href}" class="title" target="_blank">{title}</a>'
        f'<span class="info"><small>日期：</small>{day}</span></li>'
        for href, title, day, cat, name in CATEGORY_PREFIX_ROWS
    ),
)
CATEGORY_PREFIX_ROWS = tuple(row[:3] for row in CATEGORY_PREFIX_ROWS)

# ---------------------------------------------------------------------------------------------------------------
# 7. 动易 (PowerEasy) ASP, GBK: a [置顶] row first (older than the rows under it), NEW gifs after new titles,
#    titles in <font color=red>/<b>; every link's title="" is 文章标题：…&#13;&#10;作者：…&#13;&#10;更新时间：…
#    (the link text is the whole title); the date in its own <td> as 2021-3-26; a ShowClass.asp?…&page=2 pager
# ---------------------------------------------------------------------------------------------------------------

PINNED_ROWS = (
    ("/Article/ShowArticle.asp?ArticleID=1402", "关于规范教师有偿补课行为的若干规定", "2021-02-20"),
    ("/Article/ShowArticle.asp?ArticleID=1461", "关于2021年清明节放假的通知", "2021-03-30"),
    ("/Article/ShowArticle.asp?ArticleID=1458", "桐浦二中2021年春季学期作息时间调整通知", "2021-03-26"),
    ("/Article/ShowArticle.asp?ArticleID=1452", "关于组织学生参加县中小学生艺术节的通知", "2021-03-19"),
    ("/Article/ShowArticle.asp?ArticleID=1447", "关于开展教职工春季健康体检的通知", "2021-03-12"),
    ("/Article/ShowArticle.asp?ArticleID=1441", "学校图书馆春季开放时间安排", "2021-03-04"),
    ("/Article/ShowArticle.asp?ArticleID=1436", "关于做好新学期学生资助申请工作的通知", "2021-03-01"),
    ("/Article/ShowArticle.asp?ArticleID=1420", "2021年寒假值班安排表", "2021-01-25"),
)

PINNED_AUTHORS = ("校长室", "教务处", "政教处", "团委", "工会", "图书馆", "总务处", "校长室")
PINNED_MARK = (  # (icon, link text around the title, after the link)
    ('<img src="/Skin/blue/article_elite.gif" alt="置顶文章" border="0" /><font color="red">[置顶]</font>',
     '<font color="#FF0000"><b>{}</b></font>', ""),
    ('<img src="/Skin/blue/article_common.gif" alt="普通文章" border="0" />',
     '<font color="#FF0000">{}</font>', '<img src="/Skin/blue/new.gif" alt="最新文章" border="0" />'),
    ('<img src="/Skin/blue/article_common.gif" alt="普通文章" border="0" />',
     "{}", '<img src="/Skin/blue/new.gif" alt="最新文章" border="0" />'),
    ('<img src="/Skin/blue/article_common.gif" alt="普通文章" border="0" />',
     "<b>{}</b>", '<img src="/Skin/blue/new.gif" alt="最新文章" border="0" />'),
    ('<img src="/Skin/blue/article_common.gif" alt="普通文章" border="0" />', "{}", ""),
    ('<img src="/Skin/blue/article_common.gif" alt="普通文章" border="0" />', "{}", ""),
    ('<img src="/Skin/blue/article_common.gif" alt="普通文章" border="0" />', '<font color="red">{}</font>', ""),
    ('<img src="/Skin/blue/article_common.gif" alt="普通文章" border="0" />', "{}", ""),
)  # fmt: skip

PINNED = """<html>
<head>
<title>桐浦县第二中学--通知公告</title>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="keywords" content="桐浦县第二中学">
<link href="/Skin/blue/DefaultSkin.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/Skin/blue/top_banner.jpg" width="778" height="100"></td></tr>
<tr><td class="menu_bg" height="28" align="center">
| <a class="Channel" href="/Index.asp">网站首页</a> | <a class="Channel" href="/Article/ShowClass.asp?ClassID=1">学校简介</a> | <a class="Channel" href="/Article/ShowClass.asp?ClassID=2">校园新闻</a> |
<a class="Channel" href="/Article/ShowClass.asp?ClassID=3">通知公告</a> | <a class="Channel" href="/Article/ShowClass.asp?ClassID=4">教学教研</a> | <a class="Channel" href="/Article/ShowClass.asp?ClassID=5">德育工作</a> |
<a class="Channel" href="/Article/ShowClass.asp?ClassID=6">教师天地</a> | <a class="Channel" href="/Article/ShowClass.asp?ClassID=7">学生园地</a> | <a class="Channel" href="/Soft/Index.asp">资源下载</a> |
<a class="Channel" href="/Photo/Index.asp">校园图片</a> | <a class="Channel" href="/GuestBook/Index.asp">留言本</a> |
</td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="200" valign="top" class="left_bg">
 <table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="left_title">热门文章</td></tr>
 <tr><td class="left_tdbg1">
 <a href="/Article/ShowArticle.asp?ArticleID=1398" title="文章标题：我校2020年中考成绩喜人&#13;&#10;作    者：教务处&#13;&#10;更新时间：2021-1-10">我校2020年中考成绩喜人</a><br>
 <a href="/Article/ShowArticle.asp?ArticleID=1385" title="文章标题：桐浦二中校园开放日活动&#13;&#10;作    者：政教处&#13;&#10;更新时间：2020-12-18">桐浦二中校园开放日活动</a><br>
 <a href="/Article/ShowArticle.asp?ArticleID=1371" title="文章标题：冬季校园安全致家长信&#13;&#10;作    者：政教处&#13;&#10;更新时间：2020-12-01">冬季校园安全致家长信</a><br>
 </td></tr></table>
</td>
<td width="578" valign="top">
 <table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="main_path">您现在的位置： <a href="/">桐浦县第二中学</a> &gt;&gt; <a href="/Article/Index.asp">文章中心</a> &gt;&gt; <a href="/Article/ShowClass.asp?ClassID=3">通知公告</a></td></tr></table>
 <table width="100%" border="0" cellpadding="0" cellspacing="0" class="main_tdbg">
{rows}
 </table>
 <div class="showpage">共 <b>58</b> 篇文章&nbsp;&nbsp;首页 上一页&nbsp;<a href="/Article/ShowClass.asp?ClassID=3&page=2">下一页</a>&nbsp;<a href="/Article/ShowClass.asp?ClassID=3&page=3">尾页</a>&nbsp;页次：<strong><font color="red">1</font>/3</strong>页&nbsp;<b>20</b>篇文章/页&nbsp;转到：<select name="page" size="1" onchange="javascript:window.location='/Article/ShowClass.asp?ClassID=3&page='+this.options[this.selectedIndex].value;"><option value="1" selected>第1页</option><option value="2">第2页</option><option value="3">第3页</option></select></div>
</td>
</tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="Bottom_bg">
<tr><td align="center"><a href="/Announce.asp">网站公告</a> | <a href="/FriendSite/Index.asp">友情链接</a> | <a href="/User/Reg.asp">会员注册</a><br>
版权所有 Copyright&copy; 2005-2021 桐浦县第二中学 浙ICP备05034567号<br>地址：桐浦县东山路21号 电话：0571-5554321</td></tr>
</table>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'<tr><td class="listbg">{icon}<a class="listA" href="{href}" title="文章标题：{title}&#13;&#10;作    者：{PINNED_AUTHORS[i]}'
        f'&#13;&#10;更新时间：{int(day[:4])}-{int(day[5:7])}-{int(day[8:])} 10:2{i}:41&#13;&#10;点击次数：{912 - 61 * i}" target="_blank">'
        f'{text.format(title)}</a>{after}</td><td class="listbg" width="90" align="right">{int(day[:4])}-{int(day[5:7])}-{int(day[8:])}</td></tr>'
        for i, ((href, title, day), (icon, text, after)) in enumerate(zip(PINNED_ROWS, PINNED_MARK))
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 8. a site-search result list: titles with <em> highlights (the whole title in title=""), a summary line, the
#    URL line, 发布时间：2021-03-05; 找到 36 条结果 and numbered ?q=…&page=2 links
# ---------------------------------------------------------------------------------------------------------------

Q = "%E8%90%A5%E5%95%86%E7%8E%AF%E5%A2%83"  # 营商环境

SEARCH_ROWS = (
    ("/art/2021/3/30/art_1302_77120.html", "澄川市2021年优化营商环境攻坚行动方案", "2021-03-30", "市发展改革委"),
    ("/art/2021/3/24/art_1305_77041.html", "我市召开优化营商环境工作推进会", "2021-03-24", "市政府办公室"),
    (
        "/art/2021/3/19/art_1302_76980.html",
        "关于印发《澄川市营商环境评价实施办法》的通知",
        "2021-03-19",
        "市发展改革委",
    ),
    ("/art/2021/3/15/art_1310_76911.html", "市场监管局多举措助力营商环境持续优化", "2021-03-15", "市市场监管局"),
    ("/art/2021/3/10/art_1305_76852.html", "澄川市营商环境满意度调查结果发布", "2021-03-10", "市统计局"),
    ("/art/2021/3/5/art_1302_76790.html", "关于印发优化营商环境十条措施的通知", "2021-03-05", "市政府办公室"),
    ("/art/2021/2/26/art_1318_76701.html", "市税务局：“非接触式”办税让营商环境更优", "2021-02-26", "市税务局"),
    ("/art/2021/2/3/art_1305_76540.html", "政协委员建言法治化营商环境建设", "2021-02-03", "市政协办公室"),
    ("/art/2021/1/20/art_1302_76415.html", "2020年澄川市营商环境工作总结", "2021-01-20", "市发展改革委"),
    ("/art/2021/1/8/art_1321_76322.html", "澄川日报：营商环境改革让企业办事更便捷", "2021-01-08", "澄川日报"),
)


def _highlight(text):
    return text.replace("营商环境", "<em>营商环境</em>")


SEARCH = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>营商环境 - 站内搜索 - 澄川市人民政府</title>
<link rel="stylesheet" href="/search/css/search.css">
</head>
<body>
<div class="s-top"><div class="w1200"><a href="/" class="s-logo"><img src="/search/images/logo.png" alt="澄川市人民政府"></a>
<form class="s-form" action="/search/search.jsp" method="get"><input type="text" name="q" value="营商环境"><button type="submit">搜索</button></form></div></div>
<div class="s-nav"><div class="w1200"><a href="/">首页</a> <a href="/col/col1301/index.html">要闻动态</a> <a href="/col/col1302/index.html">政府文件</a>
<a href="/col/col1303/index.html">政策解读</a> <a href="/col/col1304/index.html">政务服务</a> <a href="/col/col1305/index.html">部门动态</a>
<a href="/col/col1306/index.html">县区动态</a> <a href="/col/col1307/index.html">互动交流</a> <a href="/col/col1308/index.html">数据发布</a>
<a href="/col/col1309/index.html">走进澄川</a> <a href="/col/col1310/index.html">专题专栏</a></div></div>
<div class="w1200 s-main">
 <div class="s-crumb">当前位置：<a href="/">首页</a> &gt; 站内搜索</div>
 <div class="s-tabs"><a class="on" href="/search/search.jsp?q=QQ">全部</a> <a href="/search/search.jsp?q=QQ&type=file">文件</a>
 <a href="/search/search.jsp?q=QQ&type=news">新闻</a> <a href="/search/search.jsp?q=QQ&type=service">办事</a></div>
 <div class="s-left">
  <div class="s-count">为您找到相关结果 <b>36</b> 条，用时 0.08 秒</div>
{rows}
  <div class="s-page"><span class="cur">1</span> <a href="/search/search.jsp?q=QQ&page=2">2</a> <a href="/search/search.jsp?q=QQ&page=3">3</a> <a href="/search/search.jsp?q=QQ&page=4">4</a> <a href="/search/search.jsp?q=QQ&page=2">下一页</a></div>
 </div>
 <div class="s-right">
  <div class="s-box"><h3>热门搜索</h3><ul>
   <li><a href="/search/search.jsp?q=%E4%BA%BA%E6%89%8D">人才</a></li><li><a href="/search/search.jsp?q=%E5%85%AC%E7%A7%AF%E9%87%91">公积金</a></li>
   <li><a href="/search/search.jsp?q=%E7%A4%BE%E4%BF%9D">社保</a></li><li><a href="/search/search.jsp?q=%E6%8B%9B%E8%81%98">招聘</a></li>
  </ul></div>
 </div>
</div>
<div class="s-foot">主办：澄川市人民政府办公室 版权所有 网站标识码：3304000001 浙ICP备05087654号 浙公网安备 33040202000321号</div>
</body>
</html>
""".replace("QQ", Q).replace(
    "{rows}",
    "\n".join(
        f'  <div class="s-item"><h3><a href="{href}" target="_blank" title="{title}">{_highlight(title)}</a></h3>'
        f'<p class="s-summary">……为深入贯彻落实国家和省关于<em>营商环境</em>建设的决策部署，{source}围绕'
        f"市场主体关切，持续推进“放管服”改革……</p>"
        f'<p class="s-info"><span class="s-url">www.chengchuan.example.gov.cn{href}</span>'
        f"<span>发布时间：{day}</span><span>来源：{source}</span></p></div>"
        for href, title, day, source in SEARCH_ROWS
    ),
)
SEARCH_ROWS = tuple(row[:3] for row in SEARCH_ROWS)

# ---------------------------------------------------------------------------------------------------------------
# 9. a TRS pager written out in words, no page numbers: 首页 上一页 下一页 尾页 共12页 第1页 (page 2 is index_1.htm,
#    the last index_11.htm); the rows dated 2021年03月26日
# ---------------------------------------------------------------------------------------------------------------

WORD_PAGER_ROWS = (
    ("./202103/t20210329_77830.htm", "全市教育系统党史学习教育动员部署会召开", "2021-03-29"),
    ("./202103/t20210326_77812.htm", "澄川市2021年义务教育招生入学政策发布", "2021-03-26"),
    ("./202103/t20210323_77790.htm", "市教育局开展中小学校园安全专项督查", "2021-03-23"),
    ("./202103/t20210319_77761.htm", "全市中小学“双减”工作推进会召开", "2021-03-19"),
    ("./202103/t20210316_77745.htm", "澄川市举行2021年中小学教师教学技能大赛", "2021-03-16"),
    ("./202103/t20210311_77713.htm", "市教育局部署春季学校传染病防控工作", "2021-03-11"),
    ("./202103/t20210305_77680.htm", "全市中小学生“学雷锋”志愿服务活动启动", "2021-03-05"),
    ("./202103/t20210301_77655.htm", "澄川市2021年春季学期中小学开学工作平稳有序", "2021-03-01"),
    ("./202102/t20210224_77620.htm", "市领导检查指导春季开学准备工作", "2021-02-24"),
    ("./202102/t20210205_77588.htm", "澄川市教育局召开2021年全市教育工作会议", "2021-02-05"),
)

WORD_PAGER = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="ColumnName" content="教育新闻" />
<title>教育新闻-澄川市教育局</title>
<link href="../images/css.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><img src="../images/top_banner.jpg" width="1000" height="140" alt="澄川市教育局" /></div>
<div class="menu"><ul>
<li><a href="../">首页</a></li><li><a href="../jgzn/">机构职能</a></li><li><a href="./">教育新闻</a></li><li><a href="../tzgg/">通知公告</a></li>
<li><a href="../zcfg/">政策法规</a></li><li><a href="../xxgk/">信息公开</a></li><li><a href="../bszn/">办事指南</a></li><li><a href="../zsks/">招生考试</a></li>
<li><a href="../jydd/">教育督导</a></li><li><a href="../hdjl/">互动交流</a></li>
</ul></div>
<div class="main">
 <div class="mleft">
  <div class="mleft_t">教育资讯</div>
  <ul class="mleft_c"><li><a href="./">教育新闻</a></li><li><a href="../xqdt/">县区动态</a></li><li><a href="../xxdt/">学校动态</a></li><li><a href="../mtbd/">媒体报道</a></li></ul>
  <div class="mleft_t">便民服务</div>
  <ul class="mleft_c"><li><a href="../bszn/xlrz/">学历认证</a></li><li><a href="../bszn/jszg/">教师资格</a></li><li><a href="../bszn/xjzy/">学籍转移</a></li></ul>
 </div>
 <div class="mright">
  <div class="dqwz">当前位置：<a href="../" target="_top" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&gt;&nbsp;<a href="./" target="_top" title="教育新闻" class="CurrChnlCls">教育新闻</a></div>
  <table width="100%" border="0" cellspacing="0" cellpadding="0" class="listtab">
{rows}
  </table>
  <div class="fy"><a href="index.htm">首页</a>&nbsp;&nbsp;<a>上一页</a>&nbsp;&nbsp;<a href="index_1.htm">下一页</a>&nbsp;&nbsp;<a href="index_11.htm">尾页</a>&nbsp;&nbsp;共12页&nbsp;&nbsp;第1页</div>
 </div>
</div>
<div class="bottom">版权所有：澄川市教育局 地址：澄川市人民大道1号 邮编：314000<br />浙ICP备05098765号 网站标识码：3304000018</div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'  <tr><td width="12"><img src="../images/dot.gif" /></td><td class="title"><a href="{href}" target="_blank">{title}</a></td>'
        f'<td class="date" width="120">{day[:4]}年{day[5:7]}月{day[8:]}日</td></tr>'
        for href, title, day in WORD_PAGER_ROWS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 10. an infinite-scroll list: the first page's rows in the HTML (a view count beside each date), then a 加载更多
#     button whose data-url is page 2 and whose data-pages says 6; no other pager
# ---------------------------------------------------------------------------------------------------------------

LOAD_MORE_ROWS = (
    ("/xwdt/20210329/5581.html", "我校学子在省职业院校技能大赛中斩获三金", "2021-03-29"),
    ("/xwdt/20210325/5574.html", "桐浦职业中专与三家企业签订校企合作协议", "2021-03-25"),
    ("/xwdt/20210322/5566.html", "电子商务专业开展直播带货实训周活动", "2021-03-22"),
    ("/xwdt/20210318/5559.html", "学校举行2021年春季毕业生专场招聘会", "2021-03-18"),
    ("/xwdt/20210315/5551.html", "烹饪专业师生为社区老人送上爱心午餐", "2021-03-15"),
    ("/xwdt/20210311/5545.html", "我校召开“1+X”证书制度试点工作推进会", "2021-03-11"),
    ("/xwdt/20210308/5538.html", "学校工会举办“巾帼建新功”主题活动", "2021-03-08"),
    ("/xwdt/20210303/5530.html", "新学期学生干部培训班开班", "2021-03-03"),
)

LOAD_MORE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>新闻动态 | 桐浦职业中等专业学校</title>
<link rel="stylesheet" href="/static/css/main.css">
<script src="/static/js/jquery-3.5.1.min.js"></script>
</head>
<body>
<header class="header"><div class="container">
 <a class="logo" href="/"><img src="/static/img/logo.svg" alt="桐浦职业中等专业学校"></a>
 <nav class="menu"><ul>
  <li><a href="/">首页</a></li><li><a href="/xxgk/">学校概况</a></li><li class="active"><a href="/xwdt/">新闻动态</a></li>
  <li><a href="/tzgg/">通知公告</a></li><li><a href="/zyjs/">专业建设</a></li><li><a href="/xqhz/">校企合作</a></li>
  <li><a href="/jxky/">教学科研</a></li><li><a href="/xsgz/">学生工作</a></li><li><a href="/zsjy/">招生就业</a></li>
  <li><a href="/djyd/">党建园地</a></li><li><a href="/lxwm/">联系我们</a></li>
 </ul></nav>
</div></header>
<section class="page-banner"><div class="container"><h2>新闻动态</h2><div class="breadcrumb"><a href="/">首页</a> / <a href="/xwdt/">新闻动态</a></div></div></section>
<main class="container page-main">
 <div class="list-wrap">
  <ul class="article-list" id="articleList">
{rows}
  </ul>
  <div class="load-more"><a href="javascript:;" id="loadMore" class="btn-more" data-url="/xwdt/index_2.html" data-page="1" data-pages="6">加载更多</a></div>
 </div>
 <aside class="aside">
  <div class="aside-box"><h4>专业导航</h4><ul>
   <li><a href="/zyjs/dzsw/">电子商务</a></li><li><a href="/zyjs/qcwx/">汽车运用与维修</a></li>
   <li><a href="/zyjs/prgy/">中餐烹饪</a></li><li><a href="/zyjs/jsjyy/">计算机应用</a></li>
  </ul></div>
 </aside>
</main>
<footer class="footer"><div class="container"><p>地址：桐浦县职教园区1号 &nbsp; 电话：0571-5558899</p>
<p>© 2021 桐浦职业中等专业学校 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备17045678号-1</a></p></div></footer>
<script>
$(function () {
  $('#loadMore').on('click', function () {
    var btn = $(this), page = parseInt(btn.data('page'), 10) + 1, pages = parseInt(btn.data('pages'), 10);
    btn.text('加载中...');
    $.get(btn.data('url'), function (html) {
      $('#articleList').append($(html).find('#articleList').html());
      btn.data('page', page);
      if (page >= pages) { btn.text('没有更多了').addClass('disabled'); return; }
      btn.data('url', '/xwdt/index_' + (page + 1) + '.html').text('加载更多');
    });
  });
});
</script>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <li class="item"><h3><a href="{href}" target="_blank">{title}</a></h3>'
        f'<div class="meta"><span class="date"><i class="iconfont icon-time"></i>{day}</span>'
        f'<span class="views"><i class="iconfont icon-eye"></i>{412 - 37 * i}</span></div></li>'
        for i, (href, title, day) in enumerate(LOAD_MORE_ROWS)
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 11. a Bootstrap card grid (col-md-4): an image link and a title link per card, dated 03-26 (the year only in the
#     page's year tabs); a Bootstrap pagination of « 1 2 3 4 » (no 下一页 word)
# ---------------------------------------------------------------------------------------------------------------

CARD_GRID_ROWS = (
    ("/news/show/1187.html", "云岭师专举行2021年春季学期教学工作会议", "2021-03-26"),
    ("/news/show/1183.html", "学校与云岭县教育局签署教师教育合作协议", "2021-03-23"),
    ("/news/show/1179.html", "美术学院师生作品亮相省青年艺术展", "2021-03-19"),
    ("/news/show/1176.html", "学校召开党史学习教育动员大会", "2021-03-16"),
    ("/news/show/1171.html", "2021年“三下乡”社会实践项目立项评审会举行", "2021-03-11"),
    ("/news/show/1168.html", "图书馆举办“书香校园”读书月启动仪式", "2021-03-08"),
)

CARD_GRID = """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>学校新闻 2021 - 云岭师范高等专科学校</title>
<link rel="stylesheet" href="/assets/bootstrap/4.6.0/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary">
 <div class="container">
  <a class="navbar-brand" href="/"><img src="/assets/img/logo-white.png" height="40" alt="云岭师范高等专科学校"></a>
  <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainNav"><span class="navbar-toggler-icon"></span></button>
  <div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav ml-auto">
   <li class="nav-item"><a class="nav-link" href="/">首页</a></li>
   <li class="nav-item"><a class="nav-link" href="/about/">学校概况</a></li>
   <li class="nav-item active"><a class="nav-link" href="/news/">学校新闻</a></li>
   <li class="nav-item"><a class="nav-link" href="/notice/">通知公告</a></li>
   <li class="nav-item"><a class="nav-link" href="/depts/">院系设置</a></li>
   <li class="nav-item"><a class="nav-link" href="/teaching/">教学科研</a></li>
   <li class="nav-item"><a class="nav-link" href="/students/">学生工作</a></li>
   <li class="nav-item"><a class="nav-link" href="/admission/">招生就业</a></li>
   <li class="nav-item"><a class="nav-link" href="/library/">图书馆</a></li>
   <li class="nav-item"><a class="nav-link" href="/party/">党建工作</a></li>
  </ul></div>
 </div>
</nav>
<div class="container py-4">
 <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">首页</a></li><li class="breadcrumb-item active" aria-current="page">学校新闻</li></ol></nav>
 <ul class="nav nav-tabs mb-4">
  <li class="nav-item"><a class="nav-link active" href="/news/?year=2021">2021年</a></li>
  <li class="nav-item"><a class="nav-link" href="/news/?year=2020">2020年</a></li>
  <li class="nav-item"><a class="nav-link" href="/news/?year=2019">2019年</a></li>
  <li class="nav-item"><a class="nav-link" href="/news/?year=2018">2018年</a></li>
 </ul>
 <div class="row">
{rows}
 </div>
 <nav aria-label="Page navigation"><ul class="pagination justify-content-center">
  <li class="page-item disabled"><a class="page-link" href="#" tabindex="-1" aria-disabled="true">&laquo;</a></li>
  <li class="page-item active" aria-current="page"><a class="page-link" href="#">1 <span class="sr-only">(current)</span></a></li>
  <li class="page-item"><a class="page-link" href="/news/?year=2021&page=2">2</a></li>
  <li class="page-item"><a class="page-link" href="/news/?year=2021&page=3">3</a></li>
  <li class="page-item"><a class="page-link" href="/news/?year=2021&page=4">4</a></li>
  <li class="page-item"><a class="page-link" href="/news/?year=2021&page=2" aria-label="Next">&raquo;</a></li>
 </ul></nav>
</div>
<footer class="bg-dark text-light py-4"><div class="container text-center small">
 <p>地址：云岭县学院路1号 邮编：653100 电话：0877-5551001</p>
 <p>Copyright &copy; 2021 云岭师范高等专科学校 版权所有 <a class="text-light" href="https://beian.miit.gov.cn/">滇ICP备10001234号</a></p>
</div></footer>
<script src="/assets/jquery/jquery-3.5.1.slim.min.js"></script>
<script src="/assets/bootstrap/4.6.0/js/bootstrap.bundle.min.js"></script>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'  <div class="col-md-4 col-sm-6 mb-4"><div class="card h-100">'
        f'<a href="{href}"><img class="card-img-top" src="/uploads/2021/{day[5:7]}/{href[11:15]}.jpg" alt=""></a>'
        f'<div class="card-body"><h5 class="card-title"><a href="{href}">{title}</a></h5>'
        f'<p class="card-text text-muted"><small><i class="fa fa-calendar"></i> {day[5:]}</small></p></div></div></div>'
        for href, title, day in CARD_GRID_ROWS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 12. two columns: the left the column's own list (20 dated rows), the right a 热点排行 box of 10 dated rows from other
#     columns (not this page's rows); an EmpireCMS-like pager (index_2.html, 页次 1/11)
# ---------------------------------------------------------------------------------------------------------------

TWO_COLUMN_ROWS = (
    ("/html/xyxw/20210330/3120.html", "澄川一中举行2021年春季校园文化艺术节开幕式", "2021-03-30"),
    ("/html/xyxw/20210329/3118.html", "高三年级开展考前心理辅导专题讲座", "2021-03-29"),
    ("/html/xyxw/20210327/3115.html", "我校学生在市中学生辩论赛中夺冠", "2021-03-27"),
    ("/html/xyxw/20210326/3112.html", "学校开展春季食品安全专项检查", "2021-03-26"),
    ("/html/xyxw/20210325/3109.html", "化学组开展实验教学创新研讨活动", "2021-03-25"),
    ("/html/xyxw/20210323/3105.html", "我校举办“清明祭英烈”主题团日活动", "2021-03-23"),
    ("/html/xyxw/20210322/3102.html", "市教研院专家来校指导新高考选科工作", "2021-03-22"),
    ("/html/xyxw/20210319/3098.html", "学校召开2021年党建工作会议", "2021-03-19"),
    ("/html/xyxw/20210318/3095.html", "高一年级举行研学旅行安全教育动员会", "2021-03-18"),
    ("/html/xyxw/20210316/3091.html", "我校教师在市优质课评比中获佳绩", "2021-03-16"),
    ("/html/xyxw/20210315/3088.html", "学校开展“3·15”诚信主题教育", "2021-03-15"),
    ("/html/xyxw/20210312/3084.html", "全体师生参加植树节义务植树活动", "2021-03-12"),
    ("/html/xyxw/20210311/3081.html", "体育组举办教职工气排球比赛", "2021-03-11"),
    ("/html/xyxw/20210309/3077.html", "我校女教师获评市“三八红旗手”", "2021-03-09"),
    ("/html/xyxw/20210308/3074.html", "校团委开展学雷锋志愿服务月活动", "2021-03-08"),
    ("/html/xyxw/20210305/3070.html", "学校召开新学期班主任工作会议", "2021-03-05"),
    ("/html/xyxw/20210304/3067.html", "高二年级召开学考动员大会", "2021-03-04"),
    ("/html/xyxw/20210302/3063.html", "我校举行新学期第一次升旗仪式", "2021-03-02"),
    ("/html/xyxw/20210301/3060.html", "澄川一中2021年春季学期开学典礼举行", "2021-03-01"),
    ("/html/xyxw/20210226/3056.html", "学校开展开学前校园安全隐患大排查", "2021-02-26"),
)

TWO_COLUMN_HOT = (
    ("/html/tzgg/20210325/3108.html", "澄川一中2021年高中招生简章", "2021-03-25"),
    ("/html/tzgg/20210310/3080.html", "关于2021年清明节放假的通知", "2021-03-10"),
    ("/html/jxky/20210303/3065.html", "2021届高三一模成绩分析报告", "2021-03-03"),
    ("/html/tzgg/20210220/3052.html", "2021年春季开学返校须知", "2021-02-20"),
    ("/html/dyzc/20210128/3031.html", "致全体家长的一封信（寒假篇）", "2021-01-28"),
    ("/html/jxky/20210115/3019.html", "我校获评省级教学改革示范学校", "2021-01-15"),
    ("/html/xxgk/20210108/3010.html", "澄川一中2020年度工作总结", "2021-01-08"),
    ("/html/dyzc/20201225/2994.html", "我校举行元旦文艺汇演", "2020-12-25"),
    ("/html/tzgg/20201218/2985.html", "关于期末考试安排的通知", "2020-12-18"),
    ("/html/jxky/20201204/2970.html", "学校召开高考备考研讨会", "2020-12-04"),
)

TWO_COLUMN = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>校园新闻 - 澄川市第一中学</title>
<link href="/skin/default/css/page.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><div class="w1000"><a href="/"><img src="/skin/default/images/logo.png" alt="澄川市第一中学" /></a></div></div>
<div class="menu"><div class="w1000"><ul>
<li><a href="/">网站首页</a></li><li><a href="/html/xxgk/">学校概况</a></li><li class="on"><a href="/html/xyxw/">校园新闻</a></li>
<li><a href="/html/tzgg/">通知公告</a></li><li><a href="/html/jxky/">教学科研</a></li><li><a href="/html/dyzc/">德育之窗</a></li>
<li><a href="/html/dqgz/">党群工作</a></li><li><a href="/html/jsfc/">教师风采</a></li><li><a href="/html/xsyd/">学生园地</a></li>
<li><a href="/html/xyfg/">校园风光</a></li><li><a href="/html/lxwm/">联系我们</a></li>
</ul></div></div>
<div class="w1000 clearfix">
 <div class="position">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/html/xyxw/">校园新闻</a></div>
 <div class="col-main">
  <div class="tit"><h2>校园新闻</h2></div>
  <ul class="list">
{rows}
  </ul>
  <div class="epages">共 <b>213</b> 条 页次 <b>1</b>/11 每页 20 条 <a href="/html/xyxw/index.html">首页</a> <a>上一页</a> <b>1</b> <a href="/html/xyxw/index_2.html">2</a> <a href="/html/xyxw/index_3.html">3</a> <a href="/html/xyxw/index_4.html">4</a> <a href="/html/xyxw/index_5.html">5</a> <a href="/html/xyxw/index_2.html">下一页</a> <a href="/html/xyxw/index_11.html">尾页</a></div>
 </div>
 <div class="col-side">
  <div class="side-box"><div class="side-tit">热点排行</div>
  <ul class="rank">
{hot}
  </ul></div>
  <div class="side-box"><div class="side-tit">快速通道</div>
  <ul class="quick"><li><a href="http://mail.clyz.example.cn/">教师邮箱</a></li><li><a href="/html/lxwm/">联系我们</a></li><li><a href="/e/tool/gbook/?bid=1">校长信箱</a></li></ul></div>
 </div>
</div>
<div class="footer"><div class="w1000">版权所有 © 澄川市第一中学 地址：澄川市中山路100号 电话：0573-5550001<br />浙ICP备06054321号-1 技术支持：澄川市教育信息中心</div></div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <li><span class="date">{day}</span><i class="dot"></i><a href="{href}" target="_blank" title="{title}">{title}</a></li>'
        for href, title, day in TWO_COLUMN_ROWS
    ),
).replace(
    "{hot}",
    "\n".join(
        f'   <li><em class="n{i + 1}">{i + 1}</em><a href="{href}" target="_blank" title="{title}">{title}</a><span>{day}</span></li>'
        for i, (href, title, day) in enumerate(TWO_COLUMN_HOT)
    ),
)


CASES = [
    ListCase(
        "aspnet-gridview-postback-pager",
        "http://www.tpsz.example.cn/News/NewsList.aspx?ClassID=5",
        ASPNET.replace("{pager}", ASPNET_PAGER_POSTBACK),
        ASPNET_ROWS,
        (1, 9, None),  # page 2 is a form post (__EVENTTARGET ctl00$Main$Pager, argument 2): no URL leads there
    ),
    ListCase(
        "aspnet-gridview-url-pager",
        "http://www.tpsz.example.cn/News/NewsList.aspx?ClassID=5",
        ASPNET.replace("{pager}", ASPNET_PAGER_URL),
        ASPNET_ROWS,
        (1, 9, "http://www.tpsz.example.cn/News/NewsList.aspx?ClassID=5&page=2"),
    ),
    ListCase(
        "trs-document-write-noscript",
        "http://www.yunling.example.gov.cn/zwgk/tzgg/index.html",
        TRS_DOCWRITE,
        TRS_DOCWRITE_ROWS,
        (1, 5, "http://www.yunling.example.gov.cn/zwgk/tzgg/index_1.html"),
    ),
    ListCase(
        "table-seq-unit-date-gbk",
        "http://www.yljy.example.gov.cn/xxgk/list.jsp?catid=21",
        TABLE_SEQ,
        TABLE_SEQ_ROWS,
        (1, 3, "http://www.yljy.example.gov.cn/xxgk/list.jsp?catid=21&pageNo=2"),
        gbk=True,
    ),
    ListCase(
        "date-before-title",
        "http://www.tpyz.example.cn/xwzx/xxyw/index.jhtml",
        DATE_FIRST,
        DATE_FIRST_ROWS,
        (1, 7, "http://www.tpyz.example.cn/xwzx/xxyw/index_2.jhtml"),
    ),
    ListCase(
        "day-and-year-month-split",
        "http://www.clxx.example.cn/index.php?m=content&c=index&a=lists&catid=12",
        TIME_SPLIT,
        TIME_SPLIT_ROWS,
        (1, 6, "http://www.clxx.example.cn/index.php?m=content&c=index&a=lists&catid=12&page=2"),
    ),
    ListCase(
        "category-prefix-link",
        "http://www.clzx.example.cn/plus/list.php?tid=5",
        CATEGORY_PREFIX,
        CATEGORY_PREFIX_ROWS,
        (1, 8, "http://www.clzx.example.cn/plus/list.php?tid=5&TotalResult=154&PageNo=2"),
    ),
    ListCase(
        "powereasy-pinned-new-font-gbk",
        "http://www.tpez.example.cn/Article/ShowClass.asp?ClassID=3",
        PINNED,
        PINNED_ROWS,
        (1, 3, "http://www.tpez.example.cn/Article/ShowClass.asp?ClassID=3&page=2"),
        gbk=True,
    ),
    ListCase(
        "search-results-em-summary",
        f"http://www.chengchuan.example.gov.cn/search/search.jsp?q={Q}",
        SEARCH,
        SEARCH_ROWS,
        (1, 4, f"http://www.chengchuan.example.gov.cn/search/search.jsp?q={Q}&page=2"),
    ),
    ListCase(
        "trs-pager-in-words",
        "http://www.clsjy.example.gov.cn/jyxw/index.htm",
        WORD_PAGER,
        WORD_PAGER_ROWS,
        (1, 12, "http://www.clsjy.example.gov.cn/jyxw/index_1.htm"),
    ),
    ListCase(
        "load-more-button",
        "http://www.tpzz.example.cn/xwdt/",
        LOAD_MORE,
        LOAD_MORE_ROWS,
        (1, 6, "http://www.tpzz.example.cn/xwdt/index_2.html"),
    ),
    ListCase(
        "bootstrap-card-grid-short-date",
        "http://www.ylsz.example.edu.cn/news/?year=2021",
        CARD_GRID,
        CARD_GRID_ROWS,
        (1, 4, "http://www.ylsz.example.edu.cn/news/?year=2021&page=2"),
        year_shown=False,
    ),
    ListCase(
        "two-column-hot-box",
        "http://www.clyz.example.cn/html/xyxw/index.html",
        TWO_COLUMN,
        TWO_COLUMN_ROWS,
        (1, 11, "http://www.clyz.example.cn/html/xyxw/index_2.html"),
    ),
]
