"""Article pages of school and university CMS article pages, a second round (中小学 school CMSs, university news systems): written by hand after each family's public template markup, names, hosts and
numbers made up (tests/test_article_families.py checks every field of each).

Families: 动易 SiteWeaver 6.x, 风讯 FoosunCMS, 新云 NewAsp, MetInfo 5, PbootCMS, a 校无忧-style ASP school site,
博达 (VSB) wz_biaoti, a university 新闻网 on 站群 (div.ar_info), a kindergarten on a SaaS school-site builder, an
教育局 page on 大汉 JCMS (jcms_files)."""

from family_page import Page


def school_head(name, nav, logo="/images/logo.gif"):
    links = "".join(f'<li><a href="/list.asp?id={10 + i}">{n}</a></li>' for i, n in enumerate(nav))
    return f"""<div id="top"><div class="logo"><a href="/"><img src="{logo}" alt="{name}" /></a><span>{name}</span></div>
<div class="toplink"><a href="javascript:;" onclick="this.style.behavior='url(#default#homepage)';">设为首页</a> | <a href="javascript:;">加入收藏</a> | <a href="/contact.asp">联系我们</a></div></div>
<div id="menu"><ul><li><a href="/">网站首页</a></li>{links}</ul></div>"""


def school_foot(name, address, icp):
    return f"""<div id="footer"><p><a href="/about.asp">关于我们</a> | <a href="/map.asp">网站地图</a> | <a href="/admin/login.asp">管理登录</a></p>
<p>{name} 版权所有 Copyright &copy; 2021 地址：{address}</p>
<p><a href="https://beian.miit.example.cn/" target="_blank">浙ICP备{icp}号</a> 技术支持：宁江网络科技</p></div>"""


def dated_rows(rows, item='<li><a href="{href}">{t}</a><span>{d}</span></li>'):
    return "".join(item.format(href=f"/show.asp?id={900 + i}", t=t, d=d) for i, (t, d) in enumerate(rows))


# (1) 动易 SiteWeaver 6.x of a middle school (GBK): div.article_title, div.article_info of 作者/来源/点击数/更新时间
# (更新时间：2021-3-5, single-digit month and day), the body in div#fontzoom.article_content, 【字体：大 中 小】
# 【打印】【关闭】 under it, 上一篇文章/下一篇文章, 相关文章 with dates and a 通知公告 side list
POWEREASY_SW6 = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>关于2021年春季学期学生作息时间调整的通知 - 校务公开 - 宁江市东湖中学</title>
<meta name="keywords" content="作息时间,校务公开" />
<link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/js/ajax.js"></script>
</head>
<body>
{school_head("宁江市东湖中学", ["学校概况", "校务公开", "党建工作", "教学科研", "德育天地", "招生信息"])}
<div class="location">您现在的位置： <a href="/">宁江市东湖中学</a> &gt;&gt; <a href="/Category_12/Index.aspx">校务公开</a> &gt;&gt; <a href="/Category_15/Index.aspx">通知公告</a> &gt;&gt; 正文</div>
<div class="main">
<div class="main_left">
<div class="c_content">
<div class="article_title">关于2021年春季学期学生作息时间调整的通知</div>
<div class="article_info">作者：王建国　　来源：教务处　　点击数：<span id="hits"><script language="javascript" src="/Common/GetHits.aspx?id=1587"></script></span>　　更新时间：2021-3-5</div>
<div id="fontzoom" class="article_content">
<p>　　各班主任、全体学生及家长：</p>
<p>　　根据上级教育行政部门关于保障中小学生睡眠时间的有关要求，经学校行政会研究，自2021年3月8日起调整学生在校作息时间，现将有关事项通知如下。</p>
<p>　　一、上午第一节课开始时间由7:40调整为8:00，学生到校时间不早于7:30，早读时间相应缩短为20分钟。</p>
<p>　　二、下午放学时间调整为16:50，住校生晚自习结束时间不晚于21:10，21:30统一熄灯就寝。</p>
<p>　　三、各班主任要及时向学生和家长传达调整内容，家长要合理安排接送时间，督促学生按时作息，保证每天睡眠不少于9小时。</p>
<p>　　特此通知。</p>
<p align="right">宁江市东湖中学教务处</p>
<p align="right">2021年3月4日</p>
</div>
<div class="article_tool">【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="article_page">上一篇文章：<a href="/Item/1586.aspx">东湖中学2021年寒假安全教育告家长书</a><br />下一篇文章：<a href="/Item/1588.aspx">关于开展第十二届校园读书节活动的通知</a></div>
<div class="article_relate"><div class="relate_title">相关文章</div><ul>
{dated_rows([("东湖中学2020年秋季学期作息时间表", "2020-8-28"), ("关于调整冬季作息时间的通知", "2020-11-2"), ("东湖中学住校生管理规定（修订）", "2020-9-1")])}
</ul></div>
</div>
</div>
<div class="main_right">
<div class="side_box"><div class="side_title">通知公告</div><ul>
{dated_rows([("关于召开2021年春季家长会的通知", "2021-3-3"), ("2021年春季学期开学工作安排", "2021-2-20"), ("寒假期间学校值班安排表", "2021-1-25")])}
</ul></div>
</div>
</div>
{school_foot("宁江市东湖中学", "宁江市江北区东湖路88号", "05011223")}
</body>
</html>
"""

# (2) 风讯 FoosunCMS of a county 教育信息网 (GBK, table layout): the title in a td.f_title cell, a line 发布时间 /
# 来源：网络 / 作者 / 浏览 (来源 names no one), the body rendered from {#FS:NewsContent} into td#NewsContent, a 分页
# row, 【收藏】【打印】【关闭】 and 上一篇/下一篇 below, a 热点新闻 box on the right
FOOSUN_NEWSCONTENT = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>教育部发布中小学生作业管理十条措施_教育动态_宁江县教育信息网</title>
<meta name="keywords" content="作业管理" />
<link href="/Templets/default/css/css.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/FS_Inc/Prototype.js"></script>
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="90"><a href="/"><img src="/Templets/default/images/top_logo.jpg" alt="宁江县教育信息网" /></a></td></tr>
<tr><td class="nav"><a href="/">首页</a> | <a href="/jyxw/">教育新闻</a> | <a href="/jydt/">教育动态</a> | <a href="/zcfg/">政策法规</a> | <a href="/zsks/">招生考试</a> | <a href="/jsyd/">教师园地</a></td></tr>
<tr><td class="weizhi">当前位置：<a href="/">宁江县教育信息网</a> &gt;&gt; <a href="/jydt/">教育动态</a> &gt;&gt; 正文</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="700" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="f_title" align="center">教育部发布中小学生作业管理十条措施</td></tr>
<tr><td align="center" class="f_info">发布时间：2021-04-12 09:16:40　来源：网络　作者：佚名　浏览：<span id="Click_News"><script src="/Click.asp?id=3421"></script></span>次</td></tr>
<tr><td id="NewsContent" class="NewsContent">
<p>　　教育部办公厅近日印发通知，从十个方面对加强义务教育学校作业管理提出具体要求，进一步减轻学生过重课业负担。</p>
<p>　　通知要求，学校要合理调控作业结构，小学一二年级不布置家庭书面作业，小学三至六年级每天书面作业完成时间平均不超过60分钟，初中不超过90分钟。</p>
<p>　　通知强调，教师要认真批改反馈作业，不得要求家长检查批改作业，不得布置惩罚性作业。</p>
<p>　　通知还明确，各地要将作业管理纳入教育质量评价和督导检查内容，对作业管理问题突出的学校要督促整改。</p>
</td></tr>
<tr><td align="center" class="pagecss">共1页 第1页</td></tr>
<tr><td align="right">【<a href="javascript:AddFavorite();">收藏</a>】【<a href="javascript:window.print();">打印</a>】【<a href="javascript:window.close();">关闭</a>】</td></tr>
<tr><td>上一篇：<a href="/jydt/2021-04/3420.html">全县中小学春季运动会圆满落幕</a><br />下一篇：<a href="/jydt/2021-04/3422.html">县教育局召开校园安全工作推进会</a></td></tr>
</table>
</td>
<td width="270" valign="top">
<table width="260" border="0" align="right" cellpadding="0" cellspacing="0">
<tr><td class="r_title">热点新闻</td></tr>
<tr><td><ul>{dated_rows([("宁江县2021年中考体育考试方案公布", "04-10"), ("全县开展校园食品安全专项检查", "04-08"), ("县实验小学获评省级文明校园", "04-02")])}</ul></td></tr>
</table>
</td>
</tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="foot" align="center">主办：宁江县教育局　版权所有：宁江县教育信息中心　浙ICP备05023344号<br />地址：宁江县城关镇学府路12号　电话：0574-65123456</td></tr>
</table>
</body>
</html>
"""

# (3) 新云 NewAsp ShowArticle.asp of a primary school (GBK): the title in td.ArticleTitle, a row 发布时间：2021/3/5
# 9:20:11 / 文章来源 / 作者 / 浏览次数 (a script), the body in td#Article_Content.Article_Content ending with an
# attachment link and a signature, then [打印本页] [关闭窗口], 上一篇/下一篇 and 相关文章 rows with dates
NEWASP_SHOWARTICLE = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>宁江市江北区中心小学-2021年春季学期收费项目公示</title>
<link href="/skin/default/style.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
{school_head("宁江市江北区中心小学", ["学校简介", "校园新闻", "校务公开", "教育教学", "少先队", "家校联系"])}
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="navbar">您现在的位置：<a href="/">江北区中心小学</a> &gt;&gt; <a href="/Article/Index.asp">文章中心</a> &gt;&gt; <a href="/Article/list.asp?classid=7">校务公开</a> &gt;&gt; 正文</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="tableborder">
<tr><td align="center" class="ArticleTitle"><strong>2021年春季学期收费项目公示</strong></td></tr>
<tr><td align="center" class="ArticleTip">发布时间：2021/3/5 9:20:11&nbsp;&nbsp;文章来源：总务处&nbsp;&nbsp;作者：李红&nbsp;&nbsp;浏览次数：<script src="/Article/GetHits.asp?id=562"></script></td></tr>
<tr><td class="Article_Content" id="Article_Content">
<p>　　根据省、市物价和教育部门有关规定，现将我校2021年春季学期收费项目及标准公示如下：</p>
<p>　　一、作业本费：每生每学期25元，按实际发放数量结算，学期末多退少补。</p>
<p>　　二、午餐费：每生每天8元，按实际就餐天数收取，学生自愿就餐。</p>
<p>　　三、课后服务费：每生每学期600元，家长自愿申请，家庭经济困难学生免收。</p>
<p>　　除以上项目外，学校不收取其他任何费用。如有违规收费，请拨打区教育局监督电话0574-87660000反映。</p>
<p>　　附件：<a href="/UploadFile/2021/3/20210305092011562.xls">2021年春季学期收费明细表</a></p>
<p align="right">宁江市江北区中心小学</p>
<p align="right">2021年3月5日</p>
</td></tr>
<tr><td align="right">[<a href="javascript:window.print()">打印本页</a>] [<a href="javascript:window.close()">关闭窗口</a>]</td></tr>
<tr><td>上一篇：<a href="/Article/ShowArticle.asp?ArticleID=561">2020年秋季学期收费项目公示</a><br>下一篇：<a href="/Article/ShowArticle.asp?ArticleID=563">关于开展学生近视防控宣传月活动的通知</a></td></tr>
<tr><td class="relate"><b>相关文章</b><br>
&middot;<a href="/Article/ShowArticle.asp?ArticleID=540">2020年秋季学期收费项目公示</a> [2020/9/1]<br>
&middot;<a href="/Article/ShowArticle.asp?ArticleID=498">2020年春季学期收费项目公示</a> [2020/3/2]<br>
</td></tr>
</table>
{school_foot("宁江市江北区中心小学", "宁江市江北区中山北路21号", "05009987")}
</body>
</html>
"""

# (4) MetInfo 5 shownews of a vocational school: h1.title in div#shownews, div.met_hits of 发布时间 / 发布者 (admin:
# no source) / 点击次数 (a script), the body in div.editor > div.met_editor holding a table, then 上一条/下一条 and
# a side column of news categories and 最新新闻 with dates
METINFO_MET_EDITOR = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta name="generator" content="MetInfo 5.3.19" data-variable="../|cn|10001|1|2|2" />
<title>2021年面向社会招生计划及报名须知-招生就业-宁江市职业技术学校</title>
<meta name="keywords" content="招生计划,中职,宁江市职业技术学校" />
<link href="../templates/met/images/css/metinfo.css" rel="stylesheet" type="text/css" />
</head>
<body>
<header><div class="inner"><div class="logo"><a href="../"><img src="../upload/201906/logo.png" alt="宁江市职业技术学校" /></a></div>
<nav><ul class="list-none"><li><a href="../">网站首页</a></li><li><a href="../about/">学校概况</a></li><li><a href="../news/">新闻动态</a></li><li class="navdown"><a href="../zsjy/">招生就业</a></li><li><a href="../zyjs/">专业介绍</a></li><li><a href="../dangjian/">党建园地</a></li></ul></nav></div></header>
<div class="inner met_flash"><div class="flash"><img src="../upload/201906/banner_zs.jpg" alt="" /></div></div>
<div class="sidebar inner">
<div class="sb_nav"><h3 class="title"><span>招生就业</span></h3><div class="active"><dl class="list-none navnow"><dt><a href="../zsjy/news.php?class2=21">招生信息</a></dt></dl><dl class="list-none"><dt><a href="../zsjy/news.php?class2=22">就业服务</a></dt></dl></div>
<h3 class="title line"><span>最新新闻</span></h3><ul class="list-none">
{dated_rows([("我校学子在市职业技能大赛中获佳绩", "2021-05-18"), ("校企合作签约仪式隆重举行", "2021-05-11"), ("2020届毕业生就业质量年度报告", "2021-04-30")])}
</ul></div>
<div class="sb_box">
<h3 class="title"><div class="position">当前位置：<a href="../">首页</a> &gt; <a href="../zsjy/">招生就业</a> &gt; <a href="../zsjy/news.php?class2=21">招生信息</a></div><span>招生信息</span></h3>
<div class="active" id="shownews">
<h1 class="title">2021年面向社会招生计划及报名须知</h1>
<div class="met_hits"><div class="metjiathis"><a href="javascript:;" class="jiathis_button_weixin">微信</a></div>发布时间：2021-05-20 15:32:10 &nbsp;&nbsp;发布者：admin &nbsp;&nbsp;点击次数：<span><script src="../include/hits.php?type=news&amp;id=238"></script></span></div>
<div class="editor"><div><div class="met_editor">
<p>为满足社会成员接受职业教育的需求，经市教育局批准，我校2021年面向退役军人、下岗职工、农民工等社会人员开展中职学历教育招生，现将有关事项公布如下。</p>
<p>一、招生专业及计划</p>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><td>专业名称</td><td>学制</td><td>计划人数</td><td>学习形式</td></tr>
<tr><td>电子商务</td><td>三年</td><td>60</td><td>工学结合</td></tr>
<tr><td>汽车运用与维修</td><td>三年</td><td>40</td><td>工学结合</td></tr>
<tr><td>老年人服务与管理</td><td>三年</td><td>40</td><td>工学结合</td></tr>
</table>
<p>二、报名条件：具有初中及以上学历、年龄在50周岁以下、身体健康的社会人员均可报名。</p>
<p>三、报名时间：2021年6月1日至6月30日，报名时须携带身份证、学历证明原件及复印件、近期一寸照片2张。</p>
<p>咨询电话：0574-86112233（招生办），地址：宁江市江北区职教路6号行政楼一楼。</p>
</div></div></div>
<div class="met_tools"><ul class="list-none met_page"><li class="met_page_preinfo"><span>上一条</span><a href="../zsjy/shownews.php?id=237">2021年五年一贯制招生简章</a></li><li class="met_page_next"><span>下一条</span><a href="../zsjy/shownews.php?id=239">中职学生资助政策问答</a></li></ul></div>
</div>
</div>
</div>
<footer><div class="inner"><div class="met_footnav"><a href="../about/">学校概况</a><span>|</span><a href="../message/">在线留言</a></div>
<div class="met_foottext"><p>宁江市职业技术学校 版权所有 2008-2021 <a href="https://beian.miit.example.cn/">浙ICP备05034567号</a></p><p>招生热线：0574-86112233</p><div class="powered_by_metinfo">Powered by <b><a href="https://www.metinfo.example.cn" target="_blank">MetInfo 5.3.19</a></b></div></div></div></footer>
</body>
</html>
"""

# (5) PbootCMS school template of a private high school: div.article-detail with h1.article-title, div.article-info
# of spans (发布时间：2021.06.18 / 来源：学校办公室 / 浏览：n), the body in div.article-content with an attachment
# line and a UEditor attachment paragraph (icon + link), div.article-page of 上一篇/下一篇, a footer with 版权所有 and ICP备
PBOOT_ARTICLE_DETAIL = """<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>关于2021年高一新生录取及报到工作的通知-宁江启明高级中学</title>
<meta name="keywords" content="录取,报到,高一新生">
<meta name="description" content="2021年高一新生录取及报到工作安排">
<link rel="stylesheet" href="/template/default/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/template/default/css/aoyun.css?v=v1.3.5">
</head>
<body>
<nav class="navbar navbar-light bg-light fixed-top navbar-expand-lg shadow-sm">
<div class="container"><a class="navbar-brand my-1" href="/"><img src="/static/upload/image/20200801/logo.png" class="logo-sm-height" alt="宁江启明高级中学"></a>
<div class="collapse navbar-collapse justify-content-end" id="navbarNav"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/">首页</a></li><li class="nav-item"><a class="nav-link" href="/xxgk/">学校概况</a></li><li class="nav-item active"><a class="nav-link" href="/tzgg/">通知公告</a></li><li class="nav-item"><a class="nav-link" href="/jxjy/">教学教研</a></li><li class="nav-item"><a class="nav-link" href="/zsxx/">招生信息</a></li><li class="nav-item"><a class="nav-link" href="/lxwm/">联系我们</a></li>
</ul></div></div>
</nav>
<div class="page-banner" style="background:url(/static/upload/image/20200801/banner2.jpg) no-repeat center;"><div class="container"><h2>通知公告</h2></div></div>
<div class="container pages">
<div class="position mb-3">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a></div>
<div class="article-detail">
<h1 class="article-title">关于2021年高一新生录取及报到工作的通知</h1>
<div class="article-info text-center text-secondary"><span>发布时间：2021.06.18</span><span class="ml-3">来源：学校办公室</span><span class="ml-3">浏览：<i>1036</i></span></div>
<div class="article-content">
<p>各位新生及家长：</p>
<p>根据宁江市2021年高中阶段学校招生录取工作安排，我校2021年高一新生录取工作已经结束，现将报到有关事项通知如下。</p>
<p>一、报到时间：2021年7月10日上午8:30至11:30，逾期未报到且未说明理由的，视为自动放弃入学资格。</p>
<p>二、报到地点：学校体艺馆一楼大厅，新生须携带录取通知书、身份证（或户口簿）原件及复印件。</p>
<p>三、报到当天同时办理住宿登记和校服征订，校服由家长自愿选购，学校不统一收费。</p>
<p>附件：</p>
<p style="line-height: 16px;"><img style="vertical-align: middle; margin-right: 2px;" src="/core/extend/ueditor/dialogs/attachment/fileTypeImages/icon_pdf.gif"/><a style="font-size:12px; color:#0066cc;" href="/static/upload/file/20210618/1623998877123456.pdf" title="2021年高一新生入学须知.pdf">2021年高一新生入学须知.pdf</a></p>
</div>
<div class="article-page text-secondary mt-4"><div>上一篇：<a href="/tzgg/152.html">2021年端午节放假安排的通知</a></div><div>下一篇：<a href="/tzgg/154.html">关于做好2021年暑假学生安全工作的通知</a></div></div>
</div>
</div>
<div class="footer mt-3 pt-5 border-top text-secondary bg-light"><div class="container"><div class="row pb-5">
<div class="col-12 col-md-5"><h5>宁江启明高级中学</h5><ul class="lh-2"><li>电话：0574-86345678</li><li>地址：宁江市江北区启明路100号</li></ul></div>
</div></div>
<div class="copyright border-top lh-3 text-center d-none d-md-block">Copyright &copy; 2021 宁江启明高级中学 版权所有 <a href="https://beian.miit.example.cn/" target="_blank">浙ICP备20011234号-1</a></div></div>
<script src="/template/default/js/jquery-1.12.4.min.js"></script>
</body>
</html>
"""

# (6) a 校无忧-style ASP school site (GBK, table layout, ShowNews.asp): the title in td.newstitle, under it one line
# "信息来源：　发布时间：2021年3月5日　阅读：" with the source empty (a label printed with nothing after it), the body
# in td#newscontent ending with a desk line 审核, then 【字体：大 中 小】【打印】【关闭】 and a 最新动态 column
XIAOWUYOU_SHOWNEWS = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>宁江市西岙小学--我校召开党史学习教育动员大会</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
</head>
<body>
{school_head("宁江市西岙小学", ["学校概况", "党建工作", "校园动态", "教学教研", "德育园地", "家长学校"], "/images/xiaohui.gif")}
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="230" valign="top" class="leftbg">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="lefttitle">最新动态</td></tr>
<tr><td class="leftlist">
&middot;<a href="/ShowNews.asp?id=1204">我校开展学雷锋志愿服务活动</a> 03-04<br>
&middot;<a href="/ShowNews.asp?id=1201">西岙小学召开新学期教师大会</a> 02-25<br>
&middot;<a href="/ShowNews.asp?id=1198">寒假致家长的一封信</a> 01-22<br>
</td></tr>
<tr><td class="lefttitle">通知公告</td></tr>
<tr><td class="leftlist">
&middot;<a href="/ShowNews.asp?id=1203">2021年春季学期校车接送安排</a> 03-01<br>
&middot;<a href="/ShowNews.asp?id=1195">关于延迟开学的通知</a> 01-30<br>
</td></tr>
</table>
</td>
<td width="770" valign="top">
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="weizhi">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/NewsList.asp?classid=3">党建工作</a> &gt;&gt; 正文</td></tr>
<tr><td class="newstitle" align="center" height="50">我校召开党史学习教育动员大会</td></tr>
<tr><td align="center" class="newsinfo">信息来源：　发布时间：2021年3月5日　阅读：<font color="red"><script src="/inc/hits.asp?id=1205"></script></font>次</td></tr>
<tr><td height="1" bgcolor="#cccccc"></td></tr>
<tr><td id="newscontent" class="newscontent">
<p>　　3月5日下午，我校在学术报告厅召开党史学习教育动员大会，全体党员教师参加会议。</p>
<p>　　会上，校党支部书记传达了上级关于开展党史学习教育的部署要求，并对我校党史学习教育作了具体安排。</p>
<p>　　会议要求，全体党员要把学习党史同总结经验、观照现实、推动工作结合起来，做到学史明理、学史增信、学史崇德、学史力行。</p>
<p>　　会议还对“我为群众办实事”实践活动进行了部署，要求每位党员教师结对帮扶一名学习困难学生。</p>
<p>　　（撰稿：陈晓燕　审核：周卫东）</p>
</td></tr>
<tr><td align="center" height="40">【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
</table>
</td>
</tr>
</table>
{school_foot("宁江市西岙小学", "宁江市北仑区西岙村学前路1号", "06004321")}
</body>
</html>
"""

# (7) 博达 (VSB) of a university graduate school: the title in div.wz_biaoti (no heading tag), div.wz_xinxi with
# "发布时间:2021-03-05" (half-width colon), an empty 作者：, 来源：研究生院 and _showDynClicks, the body in
# div#vsb_content > div.v_news_content inside form _newscontent_fromname, an attachment list (附件【...】已下载次),
# 上一条/下一条 and a left column of sub-menus
BODA_WZ_BIAOTI = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>关于做好2021年春季学期研究生学位论文答辩工作的通知-宁江大学研究生院</title>
<meta name="keywords" content="学位论文,答辩" />
<meta name="description" content="关于做好2021年春季学期研究生学位论文答辩工作的通知" />
<link type="text/css" href="style/style.css" rel="stylesheet" />
<script language="javascript" src="/system/resource/js/dynclicks.js"></script>
<script language="javascript" src="/system/resource/js/ajax.js"></script>
</head>
<body>
<div class="top"><div class="logo"><img src="images/logo.png" alt="宁江大学研究生院" /></div>
<div class="nav"><ul><li><a href="index.htm">首页</a></li><li><a href="yjsy/jgsz.htm">机构设置</a></li><li><a href="tzgg.htm">通知公告</a></li><li><a href="zsgz.htm">招生工作</a></li><li><a href="pygz.htm">培养工作</a></li><li><a href="xwgz.htm">学位工作</a></li><li><a href="dqgz.htm">党建工作</a></li></ul></div></div>
<div class="main">
<div class="left"><div class="lm_title">通知公告</div><ul class="lm_list"><li><a href="tzgg/zsgz.htm">招生工作</a></li><li><a href="tzgg/pygz.htm">培养工作</a></li><li class="on"><a href="tzgg/xwgz.htm">学位工作</a></li></ul></div>
<div class="right">
<div class="dqwz">当前位置: <a href="index.htm">首页</a> &gt;&gt; <a href="tzgg.htm">通知公告</a> &gt;&gt; 正文</div>
<form name="_newscontent_fromname">
<div class="wz_biaoti">关于做好2021年春季学期研究生学位论文答辩工作的通知</div>
<div class="wz_xinxi">发布时间:2021-03-05&nbsp;&nbsp;&nbsp;&nbsp;作者：&nbsp;&nbsp;&nbsp;&nbsp;来源：研究生院&nbsp;&nbsp;&nbsp;&nbsp;点击：<script>_showDynClicks("wbnews", 1532147856, 6789)</script></div>
<div class="wz_content">
<div id="vsb_content"><div class="v_news_content">
<p style="text-indent:2em;">各培养单位：</p>
<p style="text-indent:2em;">为保证我校研究生学位授予质量，现就2021年春季学期研究生学位论文答辩工作有关事项通知如下。</p>
<p style="text-indent:2em;">一、答辩时间安排。博士学位论文答辩须于2021年5月20日前完成，硕士学位论文答辩须于2021年5月31日前完成。</p>
<p style="text-indent:2em;">二、论文检测与评阅。学位论文须经学校统一检测，总文字复制比不超过15%方可送审；评阅意见中有“不同意答辩”的，不得组织答辩。</p>
<p style="text-indent:2em;">三、答辩组织。各培养单位须提前3个工作日在学院网站公布答辩时间、地点及答辩委员会名单，答辩过程全程录音录像。</p>
<p style="text-indent:2em;">联系人：赵老师，电话：0574-87601234。</p>
<p style="text-align:right;">研究生院</p>
<p style="text-align:right;">2021年3月5日</p>
</div></div>
<div id="div_vote_id"></div>
</div>
<ul style="list-style-type:none;">
<li>附件【<a href="/system/_content/download.jsp?urltype=news.DownloadAttachUrl&amp;owner=1532147856&amp;wbfileid=4321987" target="_blank">附件1：2021年春季学期学位论文答辩安排表.xlsx</a>】已下载<span id="nattach4321987"><script>getClickTimes(4321987,1532147856,"wbnewsfile","attach")</script></span>次</li>
</ul>
<div class="sxt"><p>上一条：<a href="info/1045/6788.htm">2021年硕士研究生招生复试录取工作方案</a></p><p>下一条：<a href="info/1045/6790.htm">关于开展2021年研究生教育教学改革项目申报的通知</a></p></div>
</form>
</div>
</div>
<div class="foot"><p>版权所有：宁江大学研究生院　地址：宁江市江北区大学路1号　邮编：315211</p><p>浙ICP备05009876号</p></div>
</body>
</html>
"""

# (8) a university 新闻网 on a 站群 platform: h1.ar_title then one div.ar_info holding 作者：/来源：/发布时间：
# 2021年03月05日 10:15 /浏览次数：, the body in div.ar_content with a photo and its caption, ending with the desk
# line （编辑：… 审核：…）; 分享到, 上一篇/下一篇, 相关新闻 with dates and a 图片新闻 side column
ZHANQUN_AR_INFO = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>我校召开2021年全面从严治党工作会议-宁江师范学院新闻网</title>
<link rel="stylesheet" href="/_css/_system/system.css">
<link rel="stylesheet" href="/_upload/tpl/00/21/33/template33/style.css">
</head>
<body>
<div class="wrapper header"><div class="inner"><div class="head-left"><a href="/"><img src="/_upload/tpl/00/21/33/template33/images/logo.png" alt="宁江师范学院新闻网"></a></div>
<div class="head-right"><div class="searchbox"><form action="/_web/search/doSearch.do" method="post"><input name="keyword" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div></div></div>
<div class="wrapper nav"><ul class="menu"><li><a href="/">首页</a></li><li><a href="/sdyw/list.htm">师大要闻</a></li><li><a href="/zhxw/list.htm">综合新闻</a></li><li><a href="/xyfc/list.htm">学院风采</a></li><li><a href="/mtsd/list.htm">媒体师院</a></li><li><a href="/ztbd/list.htm">专题报道</a></li></ul></div>
<div class="wrapper main"><div class="inner">
<div class="col_path">当前位置：<a href="/">首页</a><span class="sep">&gt;</span><a href="/sdyw/list.htm">师大要闻</a></div>
<div class="ar_article">
<h1 class="ar_title">我校召开2021年全面从严治党工作会议</h1>
<div class="ar_info">作者：孙浩 文/摄&nbsp;&nbsp;&nbsp;来源：党委宣传部&nbsp;&nbsp;&nbsp;发布时间：2021年03月05日 10:15&nbsp;&nbsp;&nbsp;浏览次数：<span class="WP_VisitCount" url="/_visitcountdisplay?siteId=33&amp;type=3&amp;articleId=88901">423</span></div>
<div class="ar_content">
<p style="text-indent:2em;">3月4日下午，学校在行政楼第一会议室召开2021年全面从严治党工作会议，总结2020年全面从严治党工作，部署2021年重点任务。校领导班子成员、全体中层干部参加会议。</p>
<p style="text-align:center;"><img src="/_upload/article/images/8a/3c/1f2e3d4c5b6a/9f8e7d6c-0001.jpg" width="600"></p>
<p style="text-align:center;">会议现场</p>
<p style="text-indent:2em;">会议指出，过去一年，学校各级党组织认真落实管党治党政治责任，基层党建质量不断提升，作风建设持续深化，为学校事业发展提供了坚强保障。</p>
<p style="text-indent:2em;">会议强调，2021年要以迎接建党100周年为契机，扎实开展党史学习教育，压紧压实全面从严治党主体责任，持续推进清廉校园建设。</p>
<p style="text-indent:2em;">会上，校党委书记与各二级党组织书记签订了2021年党风廉政建设责任书。</p>
<p style="text-align:right;">（编辑：王芳　审核：张强）</p>
</div>
<div class="ar_share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></div>
<div class="ar_prevnext"><p>上一篇：<a href="/2021/0303/c1101a88890/page.htm">学校召开新学期工作部署会</a></p><p>下一篇：<a href="/2021/0306/c1101a88915/page.htm">我校举行“三八”国际妇女节表彰大会</a></p></div>
<div class="ar_related"><h3>相关新闻</h3><ul>
{dated_rows([("学校召开2020年全面从严治党工作会议", "2020-04-16"), ("我校召开党风廉政建设警示教育大会", "2020-12-10")])}
</ul></div>
</div>
<div class="ar_side"><h3>图片新闻</h3><ul>
{dated_rows([("我校师生喜迎新学期", "2021-03-01"), ("雪后校园美如画", "2021-01-08")])}
</ul></div>
</div></div>
<div class="wrapper footer"><div class="inner"><p>宁江师范学院党委宣传部 版权所有　地址：宁江市江北区学府路88号　浙ICP备05001122号</p></div></div>
</body>
</html>
"""

# (9) a kindergarten on a SaaS school-site builder: h2.news-detail-title, div.news-detail-info of spans 发布人 /
# 发布时间 / 浏览量 (no source: 发布人 is who posted it), the body in div.news-detail-content of short paragraphs and a
# photo, ending with the kindergarten's name and date; 上一篇/下一篇, a 园所动态 column with dates, a builder footer
XIAOYUAN_KINDERGARTEN = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>江北区阳光幼儿园2021年秋季招生公告 - 江北区阳光幼儿园</title>
<link rel="stylesheet" href="https://static.xiaoyuan.example.cn/site/theme/t12/css/main.css?v=20210301">
<script src="https://static.xiaoyuan.example.cn/site/js/vendor.js"></script>
</head>
<body>
<div class="site-header"><div class="container"><a class="site-logo" href="/"><img src="https://img.xiaoyuan.example.cn/school/10086/logo.png" alt="江北区阳光幼儿园"></a>
<ul class="site-nav"><li><a href="/">首页</a></li><li><a href="/page/about">园所概况</a></li><li class="active"><a href="/news/list?cid=2">通知公告</a></li><li><a href="/news/list?cid=3">保教动态</a></li><li><a href="/news/list?cid=4">育儿知识</a></li><li><a href="/page/contact">联系我们</a></li></ul></div></div>
<div class="container page-body">
<div class="breadcrumb"><a href="/">首页</a> / <a href="/news/list?cid=2">通知公告</a> / <span>正文</span></div>
<div class="row">
<div class="col-main">
<div class="news-detail">
<h2 class="news-detail-title">江北区阳光幼儿园2021年秋季招生公告</h2>
<div class="news-detail-info"><span>发布人：阳光幼儿园</span><span>发布时间：2021-05-06 16:40</span><span>浏览量：856</span></div>
<div class="news-detail-content">
<p>亲爱的家长朋友们：</p>
<p>江北区阳光幼儿园是区教育局举办的公办幼儿园，省二级幼儿园。2021年秋季计划招收小班4个，每班25人。</p>
<p>招生对象：2017年9月1日至2018年8月31日出生、户籍或房产在本园学区范围内的适龄幼儿。</p>
<p>报名方式：请于5月15日至5月20日登录区学前教育招生平台网上报名，报名不分先后，报名人数超过计划的，由区教育局统一组织电脑派位。</p>
<p><img src="https://img.xiaoyuan.example.cn/school/10086/news/20210506/a1b2c3.jpg" alt=""></p>
<p>收费标准：保育教育费按区物价部门核定的省二级幼儿园标准每生每月650元收取，伙食费每生每天10元，按实际出勤天数结算。</p>
<p>咨询电话：0574-87778899（工作日8:00-17:00）</p>
<p>江北区阳光幼儿园</p>
<p>2021年5月6日</p>
</div>
<div class="news-detail-nav"><p class="prev">上一篇：<a href="/news/detail?id=50211">阳光幼儿园五一劳动节放假通知</a></p><p class="next">下一篇：<a href="/news/detail?id=50288">关于做好夏季传染病预防工作的温馨提示</a></p></div>
</div>
</div>
<div class="col-side"><div class="side-box"><div class="side-title">园所动态</div><ul>
{dated_rows([("小班“我爱我家”主题活动掠影", "2021-04-28"), ("阳光幼儿园开展消防安全演练", "2021-04-20"), ("大班幼儿走进小学参观体验", "2021-04-14")])}
</ul></div></div>
</div>
</div>
<div class="site-footer"><div class="container"><p>江北区阳光幼儿园 版权所有 地址：宁江市江北区阳光路5号 电话：0574-87778899</p><p><a href="https://beian.miit.example.cn/">浙ICP备18005566号-2</a></p><p class="powered">技术支持：校园云建站</p></div></div>
</body>
</html>
"""

# (10) 大汉 JCMS (jcms_files) of a district 教育局, table layout of the 2010s: the title in td.bt_title, under it one
# row 信息来源：/发布日期：/浏览次数：(a jcms_files counter script), the body in div#zoom ending with 附件 lines and the
# bureau's signature, then 【我要打印】【关闭窗口】, 相关信息 rows with dates and the footer
JCMS_JYJ_ZOOM = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>宁江市北仑区教育局 通知公告 关于公布2020年度民办学校年度检查结果的通知</title>
<meta name="keywords" content="年度检查,民办学校" />
<link href="/jcms_files/jcms1/web5/site/css/main.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/jcms_files/jcms1/web5/site/js/jquery.js"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="120" background="/jcms_files/jcms1/web5/site/images/top_bg.jpg"><img src="/jcms_files/jcms1/web5/site/images/logo.png" alt="宁江市北仑区教育局" /></td></tr>
<tr><td class="nav"><a href="/">首页</a> | <a href="/col/col301/index.html">机构概况</a> | <a href="/col/col302/index.html">教育新闻</a> | <a href="/col/col303/index.html">通知公告</a> | <a href="/col/col304/index.html">政务公开</a> | <a href="/col/col305/index.html">办事指南</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="32" class="weizhi">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col303/index.html">通知公告</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bk">
<tr><td align="center" class="bt_title">关于公布2020年度民办学校年度检查结果的通知</td></tr>
<tr><td align="center" class="bt_info">信息来源：区教育局民办教育科&nbsp;&nbsp;&nbsp;&nbsp;发布日期：2021-01-22&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=303&amp;artid=61234"></script></td></tr>
<tr><td height="1" bgcolor="#dddddd"></td></tr>
<tr><td class="bt_content"><div id="zoom">
<p style="text-indent:2em;">各民办学校（幼儿园）、培训机构：</p>
<p style="text-indent:2em;">根据《北仑区民办学校年度检查办法》，区教育局于2020年12月组织开展了全区民办学校2020年度检查工作。经学校自查、材料审核和实地核查，现将检查结果予以公布。</p>
<p style="text-indent:2em;">本次参检民办学校（幼儿园）共56所，其中年检合格51所，基本合格4所，不合格1所。对基本合格和不合格的单位，区教育局已下发整改通知书，限期整改。</p>
<p style="text-indent:2em;">各民办学校要以年检为契机，进一步规范办学行为，严格执行收费备案和公示制度，不得超范围招生和收取费用。</p>
<p style="text-indent:2em;">附件：1.<a href="/jcms_files/jcms1/web5/site/art/2021/1/22/art_303_61234_1.xls">2020年度民办学校年度检查结果汇总表</a></p>
<p style="text-indent:2em;">2.<a href="/jcms_files/jcms1/web5/site/art/2021/1/22/art_303_61234_2.doc">民办学校整改情况报告表</a></p>
<p style="text-align:right;">宁江市北仑区教育局</p>
<p style="text-align:right;">2021年1月20日</p>
</div></td></tr>
<tr><td align="right" height="36">【<a href="javascript:window.print()">我要打印</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td class="xgxx"><b>相关信息</b><br />
&middot;<a href="/art/2020/1/17/art_303_58120.html">关于公布2019年度民办学校年度检查结果的通知</a> 2020-01-17<br />
&middot;<a href="/art/2020/11/25/art_303_60877.html">关于开展2020年度民办学校年度检查工作的通知</a> 2020-11-25<br />
</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="foot" align="center">宁江市北仑区教育局 版权所有　浙ICP备05007788号　网站标识码：3302060023<br />地址：宁江市北仑区新大路1000号　技术支持：宁江大汉网络</td></tr>
</table>
</body>
</html>
"""

PAGES: list[Page] = [
    Page(
        "edu-powereasy-sw6-fontzoom-gbk",
        "http://www.dhzx.example.cn/Item/1587.aspx",
        POWEREASY_SW6,
        "关于2021年春季学期学生作息时间调整的通知",
        "2021-03-05",
        "教务处",
        "各班主任、全体学生及家长：",
        "2021年3月4日",
        ("点击数", "字体", "上一篇文章", "东湖中学2020年秋季学期作息时间表", "关于召开2021年春季家长会的通知"),
        gbk=True,
    ),
    Page(
        "edu-foosun-newscontent-gbk",
        "http://www.njxjy.example.cn/jydt/2021-04/3421.html",
        FOOSUN_NEWSCONTENT,
        "教育部发布中小学生作业管理十条措施",
        "2021-04-12",
        None,
        "教育部办公厅近日印发通知，从十个方面对加强义务教育学校作业管理提出具体要求，进一步减轻学生过重课业负担。",
        "通知还明确，各地要将作业管理纳入教育质量评价和督导检查内容，对作业管理问题突出的学校要督促整改。",
        ("共1页", "收藏", "全县中小学春季运动会圆满落幕", "宁江县2021年中考体育考试方案公布", "学府路12号"),
        gbk=True,
    ),
    Page(
        "edu-newasp-article-content-gbk",
        "http://www.jbzx.example.cn/Article/ShowArticle.asp?ArticleID=562",
        NEWASP_SHOWARTICLE,
        "2021年春季学期收费项目公示",
        "2021-03-05",
        "总务处",
        "根据省、市物价和教育部门有关规定，现将我校2021年春季学期收费项目及标准公示如下：",
        "2021年3月5日",
        ("浏览次数", "打印本页", "上一篇", "2020年春季学期收费项目公示", "中山北路21号"),
        gbk=True,
    ),
    Page(
        "edu-metinfo5-met-editor",
        "http://www.njzj.example.cn/zsjy/shownews.php?id=238",
        METINFO_MET_EDITOR,
        "2021年面向社会招生计划及报名须知",
        "2021-05-20",
        None,
        "为满足社会成员接受职业教育的需求，经市教育局批准，我校2021年面向退役军人、下岗职工、农民工等社会人员开展中职学历教育招生，现将有关事项公布如下。",
        "咨询电话：0574-86112233（招生办），地址：宁江市江北区职教路6号行政楼一楼。",
        ("发布者", "点击次数", "上一条", "2021年五年一贯制招生简章", "校企合作签约仪式隆重举行", "Powered by"),
    ),
    Page(
        "edu-pbootcms-article-detail",
        "http://www.qmgz.example.cn/tzgg/153.html",
        PBOOT_ARTICLE_DETAIL,
        "关于2021年高一新生录取及报到工作的通知",
        "2021-06-18",
        "学校办公室",
        "各位新生及家长：",
        "2021年高一新生入学须知.pdf",
        ("浏览：", "上一篇", "2021年端午节放假安排的通知", "启明路100号"),
    ),
    Page(
        "edu-xiaowuyou-empty-source-gbk",
        "http://www.xaxx.example.cn/ShowNews.asp?id=1205",
        XIAOWUYOU_SHOWNEWS,
        "我校召开党史学习教育动员大会",
        "2021-03-05",
        "",
        "3月5日下午，我校在学术报告厅召开党史学习教育动员大会，全体党员教师参加会议。",
        "（撰稿：陈晓燕 审核：周卫东）",
        ("信息来源", "阅读：", "字体", "我校开展学雷锋志愿服务活动", "2021年春季学期校车接送安排"),
        gbk=True,
    ),
    Page(
        "edu-boda-wz-biaoti-attach",
        "http://yjsy.njdx.example.edu.cn/info/1045/6789.htm",
        BODA_WZ_BIAOTI,
        "关于做好2021年春季学期研究生学位论文答辩工作的通知",
        "2021-03-05",
        "研究生院",
        "各培养单位：",
        "2021年3月5日",
        ("点击：", "已下载", "上一条", "2021年硕士研究生招生复试录取工作方案", "邮编"),
    ),
    Page(
        "edu-zhanqun-ar-info-news",
        "http://news.njsy.example.edu.cn/2021/0305/c1101a88901/page.htm",
        ZHANQUN_AR_INFO,
        "我校召开2021年全面从严治党工作会议",
        "2021-03-05",
        "党委宣传部",
        "3月4日下午，学校在行政楼第一会议室召开2021年全面从严治党工作会议，总结2020年全面从严治党工作，部署2021年重点任务。校领导班子成员、全体中层干部参加会议。",
        "（编辑：王芳 审核：张强）",
        ("浏览次数", "分享到", "上一篇", "学校召开2020年全面从严治党工作会议", "我校师生喜迎新学期"),
    ),
    Page(
        "edu-xiaoyuan-kindergarten-saas",
        "http://jbygyey.xiaoyuan.example.cn/news/detail?id=50236",
        XIAOYUAN_KINDERGARTEN,
        "江北区阳光幼儿园2021年秋季招生公告",
        "2021-05-06",
        None,
        "亲爱的家长朋友们：",
        "2021年5月6日",
        ("发布人", "浏览量", "上一篇", "阳光幼儿园开展消防安全演练", "技术支持"),
    ),
    Page(
        "edu-jcms-jyj-zoom-attachments",
        "http://jyj.bl.example.gov.cn/art/2021/1/22/art_303_61234.html",
        JCMS_JYJ_ZOOM,
        "关于公布2020年度民办学校年度检查结果的通知",
        "2021-01-22",
        "区教育局民办教育科",
        "各民办学校（幼儿园）、培训机构：",
        "2021年1月20日",
        ("浏览次数", "我要打印", "相关信息", "关于开展2020年度民办学校年度检查工作的通知", "网站标识码"),
    ),
]
