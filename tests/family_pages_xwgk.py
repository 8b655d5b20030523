"""Article pages of school 校务公开 (school-affairs disclosure) and 党务公开 detail pages of Chinese K-12 schools: written
by hand after each family's public template markup, names, hosts and numbers made up (tests/test_article_families.py
checks every field of each).

Families: an ASP 阳光校务 platform of a district education bureau (hits by /count.asp), a JSP 教育城域网 站群 school
sub-site (.jhtml, an empty 来源 before 作者), a 站群 school sub-site of div.title / div.info with | separators and
div#zoom, a DedeCMS school site's 党建 channel (a table of 党员 names), a PHPCMS v9 school site's 收费公示 (a scanned
image and a PDF 附件), an ASP.NET 区教育局校务公开平台 (the <title> naming only the column), a TRS WCM 信息公开 column
of a school on an education bureau portal (公开主体/公开时间/公开类别/公开形式 grid), a 2008 动易-style ASP school site
in GBK, an 帝国CMS school site whose info line dates the page in Chinese numerals (二〇二一年三月五日), and a JSP
校务公开网 with the school's 12-category left menu beside the article."""

from family_page import Page


def school_head(name, nav, logo="/images/logo.png"):
    links = "".join(f'<li><a href="/list/{20 + i}.html">{n}</a></li>' for i, n in enumerate(nav))
    return f"""<div class="header"><div class="top"><span class="date"><script>document.write(new Date().toLocaleDateString());</script></span>
<a href="javascript:;" onclick="SetHome(this)">设为首页</a> | <a href="javascript:;" onclick="AddFavorite()">加入收藏</a> | <a href="/contact.html">联系我们</a></div>
<div class="logo"><a href="/"><img src="{logo}" alt="{name}" /></a><span class="school-name">{name}</span></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li>{links}</ul></div>"""


def school_foot(name, address, icp, tech="宁江网络科技有限公司"):
    return f"""<div class="footer"><p><a href="/about.html">关于我们</a> | <a href="/sitemap.html">网站地图</a> | <a href="/admin/">后台管理</a></p>
<p>{name} 版权所有 Copyright &copy; 2021 地址：{address}</p>
<p><a href="https://beian.miit.example.cn/" target="_blank">浙ICP备{icp}号</a> 技术支持：{tech}</p></div>"""


def dated_rows(rows, href="/show/{n}.html", item='<li><a href="{href}" title="{t}">{t}</a><span>{d}</span></li>'):
    return "".join(item.format(href=href.format(n=700 + i), t=t, d=d) for i, (t, d) in enumerate(rows))


NAV = [
    "学校概况",
    "校园新闻",
    "校务公开",
    "党建工作",
    "教育教学",
    "德育天地",
    "教师发展",
    "学生风采",
    "家校共育",
    "招生信息",
]


# (1) ASP 阳光校务 platform of a district education bureau (one page per school's 校务公开 post): the title in
# h2.bt, a header line 发表时间：2021-03-05 10:20:33 访问次数：<span id="hits"></span> filled by <script
# src="/count.asp?id=123">, the 来源 in its own span.ly after it, the body in div.nr; traps: the hit counter script
# inside the header line, 上一篇/下一篇 and a 最新公开 list, a school selector of the platform in the side column
YGXW_COUNT_ASP = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>甬北区实验小学2021年春季学期课后服务实施方案公示_甬北区阳光校务公开平台</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="logo"><img src="/images/ygxw_logo.png" alt="甬北区阳光校务公开平台" /><span>宁江市甬北区教育局 阳光校务公开平台</span></div>
<div class="search"><form action="/search.asp" method="get"><input type="text" name="key" value="请输入关键字" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><a href="/">平台首页</a><a href="/list.asp?lb=1">学校概况</a><a href="/list.asp?lb=2">财务公开</a><a href="/list.asp?lb=3">收费公示</a><a href="/list.asp?lb=4">招生信息</a><a href="/list.asp?lb=5">人事信息</a><a href="/list.asp?lb=6">教育教学</a><a href="/list.asp?lb=7">安全管理</a><a href="/list.asp?lb=8">党务公开</a><a href="/list.asp?lb=9">监督举报</a></div>
<div class="weizhi">您的位置：<a href="/">平台首页</a> &gt; <a href="/school.asp?sid=12">甬北区实验小学</a> &gt; <a href="/list.asp?sid=12&amp;lb=6">教育教学</a></div>
<div class="main">
<div class="left">
<div class="lbox"><div class="ltit">学校导航</div><select onchange="location.href=this.value"><option value="/school.asp?sid=11">甬北区中心小学</option><option value="/school.asp?sid=12" selected="selected">甬北区实验小学</option><option value="/school.asp?sid=13">甬北区育才小学</option><option value="/school.asp?sid=14">甬北区第二中学</option></select></div>
<div class="lbox"><div class="ltit">最新公开</div><ul>
{dated_rows([("甬北区中心小学2021年春季学期收费公示", "03-04"), ("甬北区第二中学2021年春季学期教辅征订公告", "03-03"), ("甬北区育才小学2020年度部门决算公开", "03-01")], href="/show.asp?id={n}")}
</ul></div>
</div>
<div class="right">
<h2 class="bt">甬北区实验小学2021年春季学期课后服务实施方案公示</h2>
<div class="sj">发表时间：2021-03-05 10:20:33　　访问次数：<span id="hits"></span><script type="text/javascript" src="/count.asp?id=123"></script>　　<span class="ly">来源：学校教导处</span></div>
<div class="nr">
<p>　　为切实减轻家长接送负担，根据区教育局关于做好中小学课后服务工作的有关要求，结合我校实际，制定2021年春季学期课后服务实施方案，现予以公示。</p>
<p>　　一、服务对象：全校一至六年级自愿参加课后服务的学生，由家长自愿申请，班主任汇总后报教导处。</p>
<p>　　二、服务时间：每周一至周五下午15:30至17:30，法定节假日和寒暑假不安排课后服务。</p>
<p>　　三、服务内容：以学生自主作业、阅读指导、兴趣社团活动为主，不得进行集体补课或讲授新课。</p>
<p>　　四、收费标准：按区物价部门核定标准，每生每学期收取课后服务费600元，家庭经济困难学生予以减免。</p>
<p>　　公示期为2021年3月5日至3月11日，如有意见和建议，请向学校教导处反映，联系电话：0574-87651234。</p>
</div>
<div class="fy">上一篇：<a href="/show.asp?id=122">甬北区实验小学2021年寒假安全告家长书</a><br />下一篇：<a href="/show.asp?id=124">甬北区实验小学2021年春季学期校历</a></div>
</div>
</div>
<div class="footer"><p>主办：宁江市甬北区教育局　承办：甬北区教育信息中心　版权所有</p><p><a href="https://beian.miit.example.cn/">浙ICP备10012345号-2</a>　地址：宁江市甬北区文教路18号</p></div>
</body>
</html>
"""

# (2) JSP 教育城域网 站群 school sub-site (.jhtml, JEECMS-style templates): the title in h1.cont-tit, a meta line
# 发布日期 / 来源：(nothing) / 作者：张丽 / 浏览 (an img-counter script), the body in div.cont-txt; traps: the empty
# 来源 followed by 作者 (the 来源 names no one: None), a 分享到 bar, a 相关文章 list with dates
ZQ_EMPTY_SOURCE = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<title>关于公布2020学年第二学期教辅资料征订情况的公告 - 宁江市甬北区第二中学</title>
<meta name="keywords" content="教辅资料,征订" />
<link rel="stylesheet" href="/r/cms/www/school/css/style.css" />
<script src="/r/cms/jquery.js"></script>
</head>
<body>
{school_head("宁江市甬北区第二中学", NAV)}
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwgk/index.jhtml">校务公开</a> &gt; <a href="/jfzd/index.jhtml">教辅征订</a></div>
<div class="wrap">
<div class="cont-left">
<h1 class="cont-tit">关于公布2020学年第二学期教辅资料征订情况的公告</h1>
<div class="cont-meta">发布日期：2021-03-05　　来源：　　作者：张丽　　浏览：<span id="views"></span><script>Cms.viewCount("/","8816");</script>次</div>
<div class="cont-txt">
<p>根据上级教育行政部门关于规范中小学教辅材料征订工作的有关规定，坚持“一科一辅”和学生自愿原则，现将我校2020学年第二学期教辅资料征订情况公告如下。</p>
<p>一、本学期征订的教辅资料均在省教育厅公布的评议推荐目录内，由学生和家长自愿选择，学校未强制或变相强制征订。</p>
<p>二、七年级征订语文、数学、英语同步练习各一册，八年级、九年级征订科目相同，每册价格按物价部门核定标准执行。</p>
<p>三、征订款项由新华书店直接收取，学校和教师不经手费用，不从中收取任何回扣。</p>
<p>监督电话：0574-87652345（学校办公室），0574-87650000（区教育局基础教育科）。</p>
</div>
<div class="share">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="qq">QQ空间</a></div>
<div class="pre-next"><p>上一篇：<a href="/jfzd/8815.jhtml">2020学年第一学期教辅资料征订情况公告</a></p><p>下一篇：<a href="/jfzd/8817.jhtml">关于严禁教师有偿补课的承诺书</a></p></div>
<div class="related"><h3>相关文章</h3><ul>
{dated_rows([("2020学年第一学期教辅资料征订情况公告", "2020-09-04"), ("甬北区第二中学教辅资料征订管理办法", "2020-08-28")], href="/jfzd/{n}.jhtml")}
</ul></div>
</div>
<div class="cont-right">
<div class="side"><h3>校务公开</h3><ul><li><a href="/xxgk/index.jhtml">学校概况</a></li><li><a href="/cwgk/index.jhtml">财务公开</a></li><li><a href="/sfgs/index.jhtml">收费公示</a></li><li><a href="/jfzd/index.jhtml">教辅征订</a></li><li><a href="/zsxx/index.jhtml">招生信息</a></li></ul></div>
<div class="side"><h3>通知公告</h3><ul>
{dated_rows([("2021年春季学期开学通知", "02-20"), ("寒假期间校园开放安排", "01-22")], href="/tzgg/{n}.jhtml")}
</ul></div>
</div>
</div>
{school_foot("宁江市甬北区第二中学", "宁江市甬北区学府路66号", "10023456号-1")}
</body>
</html>
"""

# (3) 站群 school sub-site of a district education network (the bureau's platform serves every school under
# /{school}/): the title in <div class="title"> (no heading tag), div.info holding 发布时间：2021-03-05 | 来源：德育处 |
# 点击：(script) with | separators, the body in div#zoom; traps: no h1, the info line's separators, a 打印本页 /
# 关闭窗口 bar, a 热点信息 list
ZQ_DIV_TITLE_INFO = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>宁江市甬北区育才小学</title>
<link type="text/css" rel="stylesheet" href="/ycxx/templates/default/css/main.css" />
</head>
<body>
<div class="jyw-top"><a href="http://jyj.yb.example.gov.cn/">甬北区教育局</a> | <a href="http://www.ybjy.example.cn/">甬北教育网</a> | <a href="http://www.ybjy.example.cn/school/">学校站群</a></div>
{school_head("宁江市甬北区育才小学", NAV, logo="/ycxx/templates/default/images/logo.png")}
<div class="dqwz">当前位置：<a href="/ycxx/">首页</a> &gt;&gt; <a href="/ycxx/xwgk/">校务公开</a> &gt;&gt; <a href="/ycxx/xszz/">学生资助</a></div>
<div class="content">
<div class="con_left">
<div class="lanmu"><div class="lm_tit">校务公开</div><ul><li><a href="/ycxx/xxjj/">学校简介</a></li><li><a href="/ycxx/gzzd/">规章制度</a></li><li class="on"><a href="/ycxx/xszz/">学生资助</a></li><li><a href="/ycxx/sfgs/">收费公示</a></li><li><a href="/ycxx/cwgk/">财务公开</a></li></ul></div>
<div class="lanmu"><div class="lm_tit">热点信息</div><ul>
{dated_rows([("育才小学2021年春季学期开学典礼", "2021-02-26"), ("关于做好寒假期间疫情防控工作的通知", "2021-01-20")], href="/ycxx/info/{n}.html")}
</ul></div>
</div>
<div class="con_right">
<div class="title">育才小学关于2021年春季学期家庭经济困难学生资助评审结果的公示</div>
<div class="info">发布时间：2021-03-05 | 来源：德育处 | 点击：<span id="clicknum"><script src="/ycxx/count.php?id=5566"></script></span></div>
<div id="zoom">
<p style="text-indent:2em">根据《宁江市家庭经济困难学生资助管理办法》，经学生本人申请、班级民主评议、学校资助工作领导小组审核，现将2021年春季学期家庭经济困难学生资助评审结果公示如下。</p>
<p style="text-indent:2em">本学期全校共有28名学生申请资助，经评审，拟确定一档资助学生9名，二档资助学生19名，名单已在校内公示栏张贴。</p>
<p style="text-indent:2em">为保护学生隐私，网上公示仅公布各年级资助人数，一年级4名、二年级5名、三年级4名、四年级6名、五年级5名、六年级4名。</p>
<p style="text-indent:2em">公示时间为2021年3月5日至3月11日，如有异议，请在公示期内向学校德育处反映，电话：0574-87653456。</p>
</div>
<div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
</div>
{school_foot("宁江市甬北区育才小学", "宁江市甬北区育才路9号", "10034567号-3", tech="甬北区教育信息中心")}
</body>
</html>
"""

# (4) DedeCMS school site, 党务公开 channel (党建工作 > 党务公开): the title in h1.arc-title, p.arc-meta of
# 来源：育才中学党支部 / 时间 / 点击 (Dede's /plus/count.php), the body in div.arc-body: a paragraph, a table of 党员
# names (序号/姓名/性别/入党时间/所在党小组), then a paragraph and a signature; traps: the table between the
# paragraphs, the 党建动态 side list, 上一篇/下一篇
DEDE_DANGWU_TABLE = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>中共宁江市甬北区育才中学支部委员会关于2021年度党员民主评议结果的公示_党务公开_宁江市甬北区育才中学</title>
<meta name="keywords" content="党务公开,民主评议" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
</head>
<body class="articleview">
{school_head("宁江市甬北区育才中学", NAV)}
<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/djgz/">党建工作</a> &gt; <a href="/djgz/dwgk/">党务公开</a> &gt;</div>
<div class="w960 clear center">
<div class="pleft">
<div class="viewbox">
<h1 class="arc-title">中共宁江市甬北区育才中学支部委员会关于2021年度党员民主评议结果的公示</h1>
<p class="arc-meta"><span>来源：育才中学党支部</span> <span>时间：2021-06-28 16:05</span> <span>点击：<script src="/plus/count.php?view=yes&amp;aid=3309&amp;mid=1" type="text/javascript" language="javascript"></script>次</span></p>
<div class="arc-body">
<p>根据上级党委关于开展党员民主评议工作的通知要求，经党员个人自评、党小组互评、支部委员会综合评定，现将评定为优秀等次的党员名单公示如下：</p>
<table border="1" cellspacing="0" cellpadding="4" width="90%" align="center">
<tbody>
<tr><td>序号</td><td>姓名</td><td>性别</td><td>入党时间</td><td>所在党小组</td></tr>
<tr><td>1</td><td>陈建华</td><td>男</td><td>1998年7月</td><td>第一党小组</td></tr>
<tr><td>2</td><td>李秀梅</td><td>女</td><td>2003年6月</td><td>第一党小组</td></tr>
<tr><td>3</td><td>王志刚</td><td>男</td><td>2006年12月</td><td>第二党小组</td></tr>
<tr><td>4</td><td>赵晓燕</td><td>女</td><td>2012年5月</td><td>第二党小组</td></tr>
<tr><td>5</td><td>孙立军</td><td>男</td><td>2016年7月</td><td>第三党小组</td></tr>
</tbody>
</table>
<p>公示期为2021年6月28日至7月2日。公示期间，党员和群众如有意见，可通过来信、来电或当面向支部委员会反映，联系电话：0574-87654567。</p>
<p style="text-align:right">中共宁江市甬北区育才中学支部委员会</p>
<p style="text-align:right">2021年6月28日</p>
</div>
<div class="context"><ul><li>上一篇：<a href="/djgz/dwgk/3308.html">育才中学党支部2021年第二季度党费收缴情况公示</a></li><li>下一篇：<a href="/djgz/dwgk/3310.html">关于接收王丽同志为中共预备党员的公示</a></li></ul></div>
</div>
</div>
<div class="pright">
<div class="commend"><dl class="tbox"><dt><strong>党建动态</strong></dt><dd><ul>
{dated_rows([("育才中学党支部开展“七一”主题党日活动", "06-25"), ("党史学习教育专题读书班开班", "06-10"), ("关于发展对象的公示", "05-20")], href="/djgz/djdt/{n}.html")}
</ul></dd></dl></div>
</div>
</div>
{school_foot("宁江市甬北区育才中学", "宁江市甬北区育才路100号", "10045678号", tech="织梦CMS")}
</body>
</html>
"""

# (5) PHPCMS v9 school site, 收费公示 (content_{catid}_{id}_1.html): the title in div.article h2, span.date /
# span.from 来源：总务处 / span.hits (the api.php?op=count script), the body in div#Article_Content: only a scanned
# document as an UEditor image (alt and title of its upload file name), a 附件： line and UEditor's attachment
# paragraph (a file-type icon and the PDF's link); traps: a body of no text but the attachment lines, the image's
# alt file name (no reader sees it), a 推荐阅读 list
PHPCMS_FEE_SCAN = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>宁江市甬北区第三中学2021年春季学期收费公示 - 宁江市甬北区第三中学</title>
<meta name="keywords" content="收费公示" />
<link href="/statics/css/default_blue.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/statics/js/jquery.min.js"></script>
</head>
<body>
{school_head("宁江市甬北区第三中学", NAV, logo="/statics/images/logo.png")}
<div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/list-9-1.html">校务公开</a> &gt; <a href="/list-14-1.html">收费公示</a> &gt; 正文</div>
<div class="main">
<div class="col-left">
<div class="article">
<h2>宁江市甬北区第三中学2021年春季学期收费公示</h2>
<div class="tool"><span class="date">2021-03-05 09:12:40</span><span class="from">来源：总务处</span><span class="hits">点击：<span id="hits"></span></span></div>
<div id="Article_Content" class="content">
<p style="text-align:center;"><img src="/uploadfile/2021/0305/20210305091033518.jpg" title="收费公示扫描件.jpg" alt="收费公示扫描件.jpg" width="800" /></p>
<p>附件：</p>
<p style="line-height: 16px;"><img style="vertical-align: middle; margin-right: 2px;" src="/statics/js/ueditor/dialogs/attachment/fileTypeImages/icon_pdf.gif" /><a style="font-size:12px; color:#0066cc;" href="/uploadfile/2021/0305/20210305091105216.pdf" title="宁江市甬北区第三中学2021年春季学期收费公示表.pdf">宁江市甬北区第三中学2021年春季学期收费公示表.pdf</a></p>
</div>
<script language="JavaScript" src="/api.php?op=count&amp;id=2468&amp;modelid=1"></script>
<div class="pages">上一篇：<a href="/content-14-2467-1.html">2020年秋季学期收费公示</a> 下一篇：<a href="/content-14-2469-1.html">2021年春季学期代办费结算公示</a></div>
</div>
</div>
<div class="col-auto">
<div class="box"><h5 class="title-2">推荐阅读</h5><ul class="content digg">
{dated_rows([("2020年秋季学期收费公示", "2020-09-02"), ("关于规范学校服务性收费的通知", "2020-08-20"), ("2020年度学校食堂收支情况公示", "2021-01-15")], href="/content-14-{n}-1.html")}
</ul></div>
</div>
</div>
{school_foot("宁江市甬北区第三中学", "宁江市甬北区钱湖路51号", "10056789号", tech="PHPCMS")}
</body>
</html>
"""

# (6) ASP.NET 区教育局校务公开平台 (show.aspx?id=): the breadcrumb 当前位置：首页 > 校务公开 > 财务公开 in the same
# div right above the title (h3.news-title), the <title> naming the column, school and platform
# (财务公开-宁江市甬北区东湖小学-甬北区教育局校务公开平台), a line 发布时间 / 发布人 / 来源：东湖小学 / 浏览次数,
# the body in div.news-content; traps: a <title> that is not the article's title, the breadcrumb sharing the title's box
NET_BREADCRUMB_TITLE = """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>财务公开-宁江市甬北区东湖小学-甬北区教育局校务公开平台</title>
<link href="/App_Themes/Blue/main.css" type="text/css" rel="stylesheet" />
</head>
<body>
<form name="form1" method="post" action="show.aspx?id=4521" id="form1">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTM1MjY4NzY0MmRkZWx3YmNk" /></div>
<div class="top"><div class="top-in"><img src="/images/banner_xwgk.jpg" alt="甬北区教育局校务公开平台" /><span>宁江市甬北区东湖小学</span></div></div>
<div class="menu"><a href="/school/index.aspx?sid=21">首页</a><a href="/school/list.aspx?sid=21&amp;cid=1">学校概况</a><a href="/school/list.aspx?sid=21&amp;cid=2">校务公开</a><a href="/school/list.aspx?sid=21&amp;cid=3">党务公开</a><a href="/school/list.aspx?sid=21&amp;cid=4">财务公开</a><a href="/school/list.aspx?sid=21&amp;cid=5">收费公示</a><a href="/school/list.aspx?sid=21&amp;cid=6">招生信息</a><a href="/school/list.aspx?sid=21&amp;cid=7">教育教学</a><a href="/school/list.aspx?sid=21&amp;cid=8">安全管理</a><a href="/school/list.aspx?sid=21&amp;cid=9">意见箱</a></div>
<div class="box">
<div class="box-left">
<div class="lm"><div class="lm-t">财务公开</div><ul><li><a href="/school/list.aspx?sid=21&amp;cid=41">预算公开</a></li><li class="cur"><a href="/school/list.aspx?sid=21&amp;cid=42">决算公开</a></li><li><a href="/school/list.aspx?sid=21&amp;cid=43">“三公”经费</a></li><li><a href="/school/list.aspx?sid=21&amp;cid=44">食堂收支</a></li></ul></div>
<div class="lm"><div class="lm-t">联系我们</div><p>地址：宁江市甬北区东湖路2号</p><p>电话：0574-87655678</p></div>
</div>
<div class="box-right">
<div class="news-head">
<div class="dqwz">当前位置：<a href="/school/index.aspx?sid=21">首页</a> &gt; <a href="/school/list.aspx?sid=21&amp;cid=2">校务公开</a> &gt; <a href="/school/list.aspx?sid=21&amp;cid=4">财务公开</a></div>
<h3 class="news-title"><span id="lblTitle">东湖小学2020年度部门决算公开</span></h3>
<div class="news-info">发布时间：<span id="lblTime">2021-03-05</span>　发布人：<span id="lblUser">xwgk021</span>　来源：<span id="lblFrom">东湖小学</span>　浏览次数：<span id="lblHits">57</span></div>
</div>
<div class="news-content" id="divContent">
<p>　　根据区财政局、区教育局关于做好2020年度部门决算公开工作的通知要求，现将宁江市甬北区东湖小学2020年度部门决算公开如下。</p>
<p>　　一、收入支出决算总体情况：2020年度收入总计1856.32万元，其中财政拨款收入1812.40万元；支出总计1849.75万元，其中基本支出1623.18万元，项目支出226.57万元。</p>
<p>　　二、“三公”经费支出情况：2020年度“三公”经费支出0.86万元，均为公务接待费，比上年减少0.42万元，主要原因是严格执行公务接待标准。</p>
<p>　　三、政府采购支出情况：2020年度政府采购支出总额98.60万元，主要用于教学设备更新和校舍维修。</p>
<p>　　附件：<a href="/UploadFiles/2021/3/202103051015.xlsx">东湖小学2020年度部门决算公开表</a></p>
<p style="text-align:right">宁江市甬北区东湖小学</p>
<p style="text-align:right">2021年3月5日</p>
</div>
<div class="news-foot"><a href="javascript:window.print();">打印本页</a> | <a href="javascript:window.close();">关闭窗口</a></div>
<div class="news-near">上一条：<a href="show.aspx?id=4520">东湖小学2021年度部门预算公开</a><br />下一条：<a href="show.aspx?id=4522">东湖小学2020年第四季度食堂收支公示</a></div>
</div>
</div>
<div class="bottom">主办单位：宁江市甬北区教育局　版权所有：甬北区教育局　<a href="https://beian.miit.example.cn/">浙ICP备10012345号-5</a><br />建议使用1024×768分辨率浏览</div>
</form>
</body>
</html>
"""

# (7) TRS WCM 信息公开 column of a school on an education bureau portal (/{school}/xxgk/zsxx/202103/t20210305_*.shtml):
# a metadata grid above the title (索引号 / 公开主体：宁江市甬北区第一中学 / 公开时间：2021-03-05 / 公开类别：招生信息 /
# 公开形式：主动公开 / 文号), the title in div.xxgk-title h2, the body in div.TRS_Editor, no 来源 label; traps: the
# grid's 公开主体 is no 来源 (None), the grid's 公开时间 is the only date, a 相关信息 list
TRS_XXGK_GRID = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta name="SiteName" content="宁江市甬北区教育局" />
<meta name="ColumnName" content="招生信息" />
<title>甬北区第一中学2021年自主招生简章</title>
<link rel="stylesheet" href="../../../images/xxgk.css" />
</head>
<body>
<div class="head"><div class="head-in"><img src="../../../images/xxgk_banner.png" alt="" /><h1>宁江市甬北区第一中学信息公开</h1></div>
<div class="head-nav"><a href="http://jyj.yb.example.gov.cn/">区教育局首页</a><a href="../../xxgkzn/">信息公开指南</a><a href="../../xxgkml/">信息公开目录</a><a href="../../ndbg/">信息公开年报</a><a href="../../ysqgk/">依申请公开</a></div></div>
<div class="crumb">您当前的位置：<a href="../../../">首页</a> &gt; <a href="../../">甬北区第一中学</a> &gt; <a href="../">招生信息</a></div>
<div class="xxgk-wrap">
<div class="xxgk-side"><h3>公开目录</h3><ul><li><a href="../../jbxx/">基本信息</a></li><li><a href="../../ghtj/">规划统计</a></li><li><a href="../../cwxx/">财务信息</a></li><li class="on"><a href="../">招生信息</a></li><li><a href="../../jyjx/">教育教学</a></li><li><a href="../../jsgl/">教师管理</a></li><li><a href="../../xsgl/">学生管理</a></li><li><a href="../../xyaq/">校园安全</a></li></ul></div>
<div class="xxgk-main">
<table class="xxgk-meta" width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><th>索&nbsp;引&nbsp;号：</th><td>YB-YZ-2021-0012</td><th>公开主体：</th><td>宁江市甬北区第一中学</td></tr>
<tr><th>公开时间：</th><td>2021-03-05</td><th>公开类别：</th><td>招生信息</td></tr>
<tr><th>公开形式：</th><td>主动公开</td><th>文　　号：</th><td>甬北一中〔2021〕5号</td></tr>
</table>
<div class="xxgk-title"><h2>甬北区第一中学2021年自主招生简章</h2></div>
<div class="xxgk-content"><div class="TRS_Editor">
<p>根据宁江市教育局关于2021年普通高中招生工作的有关规定，经区教育局批准，我校2021年继续开展自主招生工作，现将有关事项公布如下。</p>
<p>一、招生计划：2021年我校自主招生计划为80名，占学校年度招生计划的10%，面向甬北区初中应届毕业生招收。</p>
<p>二、报名条件：品德优良、身心健康，初中阶段综合素质评价等级均为A，且在学科竞赛、科技创新或艺术体育方面有特长的学生。</p>
<p>三、报名方式：学生于2021年4月6日至4月12日登录市中考招生平台填报自主招生志愿，由所在初中学校审核推荐。</p>
<p>四、咨询电话：0574-87656789（招生办公室），监督电话：0574-87650001（区教育局）。</p>
</div></div>
<div class="xxgk-related"><h4>相关信息</h4><ul>
{dated_rows([("甬北区第一中学2020年自主招生录取结果公示", "2020-07-10"), ("甬北区第一中学2020年自主招生简章", "2020-03-06")], href="../202007/t20200710_{n}.shtml")}
</ul></div>
</div>
</div>
<div class="foot"><p>主办：宁江市甬北区教育局　承办：宁江市甬北区第一中学　版权所有</p><p><a href="https://beian.miit.example.cn/">浙ICP备10012345号-6</a>　网站标识码：3302990011</p></div>
</body>
</html>
"""

# (8) 2008 ASP school site in GBK (动易 2006-era table templates): the title in <td class="title">, a <td align=center>
# row 作者：admin 来源：本站原创 点击数：123 更新时间：2008-3-5, the body in a td of <br>-separated lines, 上一篇/下一篇
# rows, 相关文章 and a 最新公告 marquee; traps: single-digit month and day, 本站原创 kept as the 来源, body lines
# split by <br> in a td
ASP_2008_GBK = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>宁江市甬北区城南小学--2008年春季学期校务公开栏内容</title>
<link href="../Skin/blue/Style.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin=0 topmargin=0>
<table width=778 border=0 align=center cellpadding=0 cellspacing=0>
<tr><td><img src="../Skin/blue/top_banner.jpg" width=778 height=120 alt="宁江市甬北区城南小学"></td></tr>
<tr><td class="menu" height=28 align=center><a href="../Index.asp">网站首页</a> | <a href="../Article/Index.asp">文章中心</a> | <a href="../Article/List.asp?ClassID=3">学校概况</a> | <a href="../Article/List.asp?ClassID=5">校务公开</a> | <a href="../Article/List.asp?ClassID=6">教学科研</a> | <a href="../Article/List.asp?ClassID=7">德育之窗</a> | <a href="../Article/List.asp?ClassID=8">少先队</a> | <a href="../Soft/Index.asp">下载中心</a> | <a href="../Photo/Index.asp">校园风光</a> | <a href="../GuestBook/Index.asp">留言本</a></td></tr>
</table>
<table width=778 border=0 align=center cellpadding=0 cellspacing=0>
<tr>
<td width=200 valign=top class="left">
<table width="100%" border=0 cellpadding=0 cellspacing=0>
<tr><td class="left_title">最新公告</td></tr>
<tr><td><marquee direction=up scrollamount=1 height=120><a href="../Announce.asp?id=31">关于清明节放假的通知</a><br><a href="../Announce.asp?id=30">2008年春季开学工作安排</a></marquee></td></tr>
<tr><td class="left_title">校务公开</td></tr>
<tr><td><a href="../Article/List.asp?ClassID=51">学校管理</a><br><a href="../Article/List.asp?ClassID=52">收费公示</a><br><a href="../Article/List.asp?ClassID=53">财务公开</a></td></tr>
</table>
</td>
<td width=578 valign=top>
<table width="100%" border=0 cellpadding=0 cellspacing=0>
<tr><td class="nav_path">您现在的位置： <a href="../">宁江市甬北区城南小学</a> &gt;&gt; <a href="../Article/Index.asp">文章中心</a> &gt;&gt; <a href="../Article/List.asp?ClassID=5">校务公开</a> &gt;&gt; 正文</td></tr>
<tr><td class="title" height=40 align=center><b>2008年春季学期校务公开栏内容</b></td></tr>
<tr><td align=center>作者：admin　　来源：本站原创　　点击数：123　　更新时间：2008-3-5</td></tr>
<tr><td class="content" style="font-size:14px;line-height:180%">
　　一、学校工作计划：本学期学校以“规范管理、提高质量”为工作重点，认真落实教学常规，深化课堂教学改革。<br>
　　二、收费项目及标准：本学期严格执行“一费制”收费办法，一至六年级每生收取作业本费及课本费按县物价局核定标准执行，学校不收取其他任何费用。<br>
　　三、教师评优评先：经教师推荐、行政会研究，推荐本学期县级优秀教师2名、优秀班主任1名，名单在校务公开栏张贴公示。<br>
　　四、学校基建情况：本学期完成教学楼屋面防水工程，工程款经县教育局审计后支付。<br>
　　欢迎全体教职工、家长和社会各界监督，监督电话：5512345。
</td></tr>
<tr><td>上一篇：<a href="ShowArticle.asp?ArticleID=211">2007年秋季学期校务公开栏内容</a><br>下一篇：<a href="ShowArticle.asp?ArticleID=213">城南小学举行“学雷锋”主题队会</a></td></tr>
<tr><td class="relate"><b>相关文章</b><br><a href="ShowArticle.asp?ArticleID=198">2007年秋季学期收费公示</a><br><a href="ShowArticle.asp?ArticleID=187">城南小学校务公开制度</a></td></tr>
</table>
</td>
</tr>
</table>
<table width=778 border=0 align=center cellpadding=0 cellspacing=0>
<tr><td class="bottom" align=center>宁江市甬北区城南小学 版权所有 Copyright 2008<br>地址：甬北区城南镇中心街18号　电话：0574-5512345　浙ICP备08012345号</td></tr>
</table>
</body>
</html>
"""

# (9) 帝国CMS (EmpireCMS) school site: the title in div.news_title h1, div.news_info writing the day only as
# 发布日期：二〇二一年三月五日 / 来源：校长室 / 浏览 (e/public/ViewClick), the body in div.news_text ending with a
# signature dated 二〇二一年三月四日; traps: the Chinese-numeral publish day, a signature of another day at the
# body's end, a 热门文章 list
EMPIRE_CN_NUMERAL_DATE = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>关于成立学校家长委员会的通知 - 宁江市甬北区江滨小学</title>
<link href="/skin/default/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
{school_head("宁江市甬北区江滨小学", NAV, logo="/skin/default/images/logo.png")}
<div class="position">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/xwgk/">校务公开</a>&nbsp;&gt;&nbsp;<a href="/xwgk/tzgg/">通知公告</a></div>
<div class="main">
<div class="main_l">
<div class="news_title"><h1>关于成立学校家长委员会的通知</h1></div>
<div class="news_info">发布日期：二〇二一年三月五日　来源：校长室　浏览：<script src="/e/public/ViewClick/?classid=12&amp;id=918&amp;addclick=1"></script>次</div>
<div class="news_text">
<p>各班级、全体家长：</p>
<p>为进一步密切家校联系，推动家长参与学校管理，根据教育部关于建立中小学幼儿园家长委员会的指导意见，经学校研究，决定成立江滨小学第三届家长委员会。</p>
<p>一、各班于3月12日前推选班级家长委员会委员3至5名，并推荐1名委员参加校级家长委员会。</p>
<p>二、校级家长委员会由各班推荐的委员组成，设主任1名、副主任2名，由全体委员选举产生，任期两年。</p>
<p>三、家长委员会参与学校课后服务、食堂管理、校服征订等事项的监督，定期听取学校工作汇报。</p>
<p style="text-align:right">宁江市甬北区江滨小学</p>
<p style="text-align:right">二〇二一年三月四日</p>
</div>
<div class="news_page">上一篇：<a href="/xwgk/tzgg/917.html">2021年春季学期开学通知</a>　下一篇：<a href="/xwgk/tzgg/919.html">关于开展学生视力筛查的通知</a></div>
</div>
<div class="main_r">
<div class="r_box"><h3>热门文章</h3><ul>
{dated_rows([("江滨小学2021年一年级新生招生简章", "2021-04-20"), ("关于做好学生午休管理的通知", "2021-03-01"), ("江滨小学第二届家长委员会工作总结", "2021-01-18")], href="/xwgk/tzgg/{n}.html")}
</ul></div>
</div>
</div>
{school_foot("宁江市甬北区江滨小学", "宁江市甬北区江滨路3号", "10067890号", tech="帝国CMS")}
</body>
</html>
"""


def left_menu(categories):
    return "".join(
        f'<li><a href="/xwgk/list.jsp?sid=31&amp;lm={101 + i}">{c}</a></li>' for i, c in enumerate(categories)
    )


XWGK_CATEGORIES = [
    "学校概况",
    "机构设置",
    "规章制度",
    "发展规划",
    "财务公开",
    "收费公示",
    "招生信息",
    "教师队伍",
    "学生管理",
    "安全管理",
    "党务公开",
    "其他信息",
]

# (10) JSP 校务公开网 of a district (one template for every school): a 2-column layout, the school's left menu of 12
# 校务公开 categories, the article on the right: h1.art-title, div.art-info 发布时间 / 来源：学校工会 / 阅读次数,
# 【字体：大 中 小】【打印】【关闭】 above the body in div.art-con, 上一条/下一条 under it; traps: the 12-link menu
# beside the article, the font/print/close bar between the info line and the body, a 同类信息 list
JSP_LEFT_MENU = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>关于2021年度校级优秀教师评选结果的公示--宁江市甬北区江北实验学校--甬北区校务公开网</title>
<link rel="stylesheet" type="text/css" href="/xwgk/css/detail.css" />
<script type="text/javascript" src="/xwgk/js/common.js"></script>
</head>
<body>
<div class="top"><div class="top-in"><span class="platform">甬北区校务公开网</span><span class="sch">宁江市甬北区江北实验学校</span></div></div>
<div class="nav"><a href="/xwgk/index.jsp">网站首页</a><a href="/xwgk/school.jsp?sid=31">学校首页</a><a href="/xwgk/list.jsp?type=1">小学</a><a href="/xwgk/list.jsp?type=2">初中</a><a href="/xwgk/list.jsp?type=3">高中</a><a href="/xwgk/list.jsp?type=4">幼儿园</a><a href="/xwgk/list.jsp?type=5">职业学校</a><a href="/xwgk/notice.jsp">公告栏</a><a href="/xwgk/mailbox.jsp">监督信箱</a></div>
<div class="main">
<div class="left">
<div class="menu-tit">宁江市甬北区江北实验学校</div>
<ul class="menu">{left_menu(XWGK_CATEGORIES)}</ul>
<div class="contact"><p>联系电话：0574-87657890</p><p>监督电话：0574-87650002</p></div>
</div>
<div class="right">
<div class="local">当前位置：<a href="/xwgk/school.jsp?sid=31">学校首页</a> &gt; <a href="/xwgk/list.jsp?sid=31&amp;lm=108">教师队伍</a></div>
<h1 class="art-title">关于2021年度校级优秀教师评选结果的公示</h1>
<div class="art-info">发布时间：2021-09-06 14:30　来源：学校工会　阅读次数：<span id="readCount">86</span></div>
<div class="art-tool">【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="art-con" id="artContent">
<p>经教师个人申报、教研组推荐、学校评审小组考核，并经校务会议研究，拟评选以下10名教师为2021年度校级优秀教师，现予公示。</p>
<p>小学部：周丽萍、吴海涛、郑晓红、冯建军、钱芳。</p>
<p>初中部：何志远、许静、韩卫国、曹雪梅、邓宏伟。</p>
<p>公示期为5个工作日（2021年9月6日至9月10日），如有异议，请以书面形式向学校工会反映，反映问题应实事求是，并署真实姓名。</p>
</div>
<div class="art-near"><p>上一条：<a href="/xwgk/detail.jsp?id=6120">2021学年教师岗位聘任方案</a></p><p>下一条：<a href="/xwgk/detail.jsp?id=6122">江北实验学校2021学年教师任课安排表</a></p></div>
<div class="art-same"><h4>同类信息</h4><ul>
{dated_rows([("2020年度校级优秀教师评选结果公示", "2020-09-07"), ("关于推荐区级优秀班主任的公示", "2021-06-15")], href="/xwgk/detail.jsp?id={n}")}
</ul></div>
</div>
</div>
<div class="footer"><p>主办：宁江市甬北区教育局　技术支持：甬北区教育信息中心　版权所有</p><p><a href="https://beian.miit.example.cn/">浙ICP备10012345号-7</a></p></div>
</body>
</html>
"""

PAGES: list[Page] = [
    Page(
        "xwgk_ygxw-count-asp-hits",
        "http://ygxw.yb.example.gov.cn/show.asp?id=123",
        YGXW_COUNT_ASP,
        "甬北区实验小学2021年春季学期课后服务实施方案公示",
        "2021-03-05",
        "学校教导处",
        "为切实减轻家长接送负担，根据区教育局关于做好中小学课后服务工作的有关要求，结合我校实际，制定2021年春季学期课后服务实施方案，现予以公示。",
        "公示期为2021年3月5日至3月11日，如有意见和建议，请向学校教导处反映，联系电话：0574-87651234。",
        (
            "访问次数",
            "上一篇",
            "甬北区实验小学2021年寒假安全告家长书",
            "甬北区中心小学2021年春季学期收费公示",
            "学校导航",
            "文教路18号",
        ),
    ),
    Page(
        "xwgk_zhanqun-jhtml-empty-source",
        "http://www.ybez.example.cn/jfzd/8816.jhtml",
        ZQ_EMPTY_SOURCE,
        "关于公布2020学年第二学期教辅资料征订情况的公告",
        "2021-03-05",
        "",  # an empty 来源 slot is kept as shown, as every empty slot of these families is (family_pages_edu)
        "根据上级教育行政部门关于规范中小学教辅材料征订工作的有关规定，坚持“一科一辅”和学生自愿原则，现将我校2020学年第二学期教辅资料征订情况公告如下。",
        "监督电话：0574-87652345（学校办公室），0574-87650000（区教育局基础教育科）。",
        ("作者：", "分享到", "上一篇", "2020学年第一学期教辅资料征订情况公告", "2021年春季学期开学通知", "学府路66号"),
    ),
    Page(
        "xwgk_zhanqun-div-title-info-zoom",
        "http://www.ybjy.example.cn/ycxx/info/5566.html",
        ZQ_DIV_TITLE_INFO,
        "育才小学关于2021年春季学期家庭经济困难学生资助评审结果的公示",
        "2021-03-05",
        "德育处",
        "根据《宁江市家庭经济困难学生资助管理办法》，经学生本人申请、班级民主评议、学校资助工作领导小组审核，现将2021年春季学期家庭经济困难学生资助评审结果公示如下。",
        "公示时间为2021年3月5日至3月11日，如有异议，请在公示期内向学校德育处反映，电话：0574-87653456。",
        ("点击：", "打印本页", "育才小学2021年春季学期开学典礼", "学校站群", "规章制度", "育才路9号"),
    ),
    Page(
        "xwgk_dede-dangwu-member-table",
        "http://www.ybyczx.example.cn/djgz/dwgk/3309.html",
        DEDE_DANGWU_TABLE,
        "中共宁江市甬北区育才中学支部委员会关于2021年度党员民主评议结果的公示",
        "2021-06-28",
        "育才中学党支部",
        "根据上级党委关于开展党员民主评议工作的通知要求，经党员个人自评、党小组互评、支部委员会综合评定，现将评定为优秀等次的党员名单公示如下：",
        "2021年6月28日",
        ("点击：", "上一篇", "育才中学党支部2021年第二季度党费收缴情况公示", "党建动态", "主题党日活动", "育才路100号"),
    ),
    Page(
        "xwgk_phpcms-fee-scan-pdf",
        "http://www.ybsz.example.cn/content-14-2468-1.html",
        PHPCMS_FEE_SCAN,
        "宁江市甬北区第三中学2021年春季学期收费公示",
        "2021-03-05",
        "总务处",
        "附件：",
        "宁江市甬北区第三中学2021年春季学期收费公示表.pdf",
        ("收费公示扫描件", "点击：", "上一篇", "2020年秋季学期收费公示", "推荐阅读", "钱湖路51号"),
    ),
    Page(
        "xwgk_aspnet-breadcrumb-above-title",
        "http://xwgk.yb.example.gov.cn/school/show.aspx?id=4521",
        NET_BREADCRUMB_TITLE,
        "东湖小学2020年度部门决算公开",
        "2021-03-05",
        "东湖小学",
        "根据区财政局、区教育局关于做好2020年度部门决算公开工作的通知要求，现将宁江市甬北区东湖小学2020年度部门决算公开如下。",
        "2021年3月5日",
        (
            "当前位置",
            "发布人",
            "浏览次数",
            "打印本页",
            "上一条",
            "东湖小学2021年度部门预算公开",
            "食堂收支",
            "东湖路2号",
        ),
    ),
    Page(
        "xwgk_trs-xxgk-meta-grid",
        "http://jyj.yb.example.gov.cn/ybyz/xxgk/zsxx/202103/t20210305_88012.shtml",
        TRS_XXGK_GRID,
        "甬北区第一中学2021年自主招生简章",
        "2021-03-05",
        None,
        "根据宁江市教育局关于2021年普通高中招生工作的有关规定，经区教育局批准，我校2021年继续开展自主招生工作，现将有关事项公布如下。",
        "四、咨询电话：0574-87656789（招生办公室），监督电话：0574-87650001（区教育局）。",
        (
            "公开主体",
            "YB-YZ-2021-0012",
            "主动公开",
            "甬北一中〔2021〕5号",
            "相关信息",
            "甬北区第一中学2020年自主招生简章",
            "信息公开指南",
            "网站标识码",
        ),
    ),
    Page(
        "xwgk_asp2008-td-title-gbk",
        "http://www.ybcnxx.example.cn/Article/ShowArticle.asp?ArticleID=212",
        ASP_2008_GBK,
        "2008年春季学期校务公开栏内容",
        "2008-03-05",
        "本站原创",
        "一、学校工作计划：本学期学校以“规范管理、提高质量”为工作重点，认真落实教学常规，深化课堂教学改革。",
        "欢迎全体教职工、家长和社会各界监督，监督电话：5512345。",
        (
            "点击数",
            "作者：admin",
            "上一篇",
            "2007年秋季学期校务公开栏内容",
            "相关文章",
            "关于清明节放假的通知",
            "中心街18号",
        ),
        gbk=True,
    ),
    Page(
        "xwgk_empire-cn-numeral-date",
        "http://www.ybjbxx.example.cn/xwgk/tzgg/918.html",
        EMPIRE_CN_NUMERAL_DATE,
        "关于成立学校家长委员会的通知",
        "2021-03-05",
        "校长室",
        "各班级、全体家长：",
        "二〇二一年三月四日",
        (
            "发布日期",
            "浏览：",
            "上一篇",
            "2021年春季学期开学通知",
            "热门文章",
            "江滨小学2021年一年级新生招生简章",
            "江滨路3号",
        ),
    ),
    Page(
        "xwgk_jsp-left-menu-12-categories",
        "http://xwgk.yb.example.gov.cn/xwgk/detail.jsp?id=6121",
        JSP_LEFT_MENU,
        "关于2021年度校级优秀教师评选结果的公示",
        "2021-09-06",
        "学校工会",
        "经教师个人申报、教研组推荐、学校评审小组考核，并经校务会议研究，拟评选以下10名教师为2021年度校级优秀教师，现予公示。",
        "公示期为5个工作日（2021年9月6日至9月10日），如有异议，请以书面形式向学校工会反映，反映问题应实事求是，并署真实姓名。",
        (
            "字体",
            "打印",
            "上一条",
            "2021学年教师岗位聘任方案",
            "同类信息",
            "机构设置",
            "发展规划",
            "监督信箱",
            "阅读次数",
        ),
    ),
]
