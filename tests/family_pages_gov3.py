"""Article pages of provincial, municipal, county and township government portals' news and notice columns (政务动态,
部门动态, 乡镇动态, 通知公告, 政策解读), 2012-2023, one template variant each: written by hand after each family's
public template markup, names, hosts and numbers made up (tests/test_article_families.py checks every field of each).

Families: a provincial TRS WCM 2020 部门动态 page (div.view.TRS_UEDITOR.trs_paper_default.trs_web) whose <meta
name="ContentSource"> names another source than the visible 来源; a 大汉 JCMS 2017 district 部门动态 page of table cells
with 信息来源 a department abbreviation, span#hits and ZJEG_RSS content marks; a 开普云 2022 政策解读 page (div.detail-con)
with a 相关文件/原文链接 box; a 2021 图解 page whose body is mostly images with alt text; a 2023 county 政务动态 page with a
<video> and its fallback text above the text; a township 乡镇动态 page on a county 站群 (wzy-cont) whose <title> carries
the township and county segments; a 2012 county 通知公告 table-layout page in GBK with td#fontzoom; a 2018 通知公告 of
a municipal centre (xl_con) naming only a 发布机构 and ending on an 附件 list; a 2014 provincial 政务动态 page of
div#fontzoom with a photo caption; and a 2016 district 公示 whose body holds a name table."""

from family_page import Page


def gov_head(owner, nav, home="/"):
    links = "".join(f'<li><a href="/col/col{4100 + i}/index.html">{name}</a></li>' for i, name in enumerate(nav))
    return f"""<div class="topbar"><div class="w1200"><span class="today" id="today"><script>document.write(new Date().toLocaleDateString());</script></span>
<span class="topbar-r"><a href="javascript:;" id="zhangzheng">无障碍</a> | <a href="javascript:;" class="lhx">关怀版</a> | <a href="/wap/">手机版</a> | <a href="/wxgzh/">政务微信</a></span></div></div>
<div class="head"><div class="w1200"><a class="logo" href="{home}"><img src="/images/logo.png" alt="{owner}" /></a>
<div class="head-search"><form action="/search/search.jsp" method="get"><input type="text" name="q" placeholder="请输入关键词" /><input type="submit" value="搜索" /></form></div></div></div>
<div class="mainnav"><ul class="w1200"><li><a href="{home}">首页</a></li>{links}</ul></div>"""


def gov_foot(owner, icp, police, code, prov="澜"):
    return f"""<div class="foot"><div class="w1200"><div class="foot-links"><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/wzsm/">网站声明</a> | <a href="/yssm/">隐私声明</a></div>
<p>主办单位：{owner}办公室　承办单位：{owner}大数据中心　联系电话：0598-86100000</p>
<p>网站标识码：{code}　<a href="https://beian.miit.example.cn/" target="_blank">{prov}ICP备{icp}号</a>　<img src="/images/gaba.png" alt="" /><a href="https://beian.mps.example.cn/" target="_blank">{prov}公网安备 {police}号</a></p>
<p class="foot-icons"><a href="https://bszs.example.gov.cn/" target="_blank"><img src="/images/dzjg.png" alt="党政机关" /></a><span id="_span_jiucuo"><img src="/images/jiucuo.png" alt="政府网站找错" /></span></p></div></div>"""


def dated(rows, base="/art/2020/{m}/{d}/art_4210_{n}.html"):
    item = '<li><a href="{href}" target="_blank" title="{t}">{t}</a><span>{day}</span></li>'
    return "".join(
        item.format(href=base.format(m=i + 1, d=10 + i, n=7730 + i), t=t, day=day) for i, (t, day) in enumerate(rows)
    )


PROV_NAV = ["省政府", "政务公开", "政务服务", "互动交流", "走进江澜", "专题专栏"]
CITY_NAV = ["政务公开", "政务服务", "政民互动", "新闻中心", "走进临溪", "专题专栏"]
COUNTY_NAV = ["走进云岫", "新闻中心", "政务公开", "政务服务", "政民互动", "乡镇街道", "专题专栏"]
DISTRICT_NAV = ["区情概况", "政务动态", "信息公开", "政务服务", "互动交流", "专题专栏"]

# (1) TRS WCM 2020 provincial portal 部门动态: <meta name="ContentSource" content="省发展改革委"> while the visible
# 来源 under the title is 江澜日报 (the visible one wins); the title in h1.xl-title and <meta name="ArticleTitle">, the
# info line 发布时间 / 来源 / 【字体：大 中 小】【打印】【关闭】, the body in div#UCAP-CONTENT >
# div.view.TRS_UEDITOR.trs_paper_default.trs_web with a photo and its caption; a 分享到 bar and 相关链接 with dates
TRS_UEDITOR_PROV = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<title>省发展改革委召开全省重大项目建设推进会_部门动态_江澜省人民政府门户网站</title>
<meta name="SiteName" content="江澜省人民政府门户网站">
<meta name="SiteDomain" content="www.jianglan.example.gov.cn">
<meta name="SiteIDCode" content="6100000035">
<meta name="ColumnName" content="部门动态">
<meta name="ColumnType" content="部门动态">
<meta name="ArticleTitle" content="省发展改革委召开全省重大项目建设推进会">
<meta name="PubDate" content="2020-09-17 10:25">
<meta name="ContentSource" content="省发展改革委">
<meta name="Keywords" content="重大项目,推进会">
<meta name="Description" content="9月16日，省发展改革委召开全省重大项目建设推进会。">
<link rel="stylesheet" href="/images/xl2020.css" />
</head>
<body>
{gov_head("江澜省人民政府", PROV_NAV)}
<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmdt/">部门动态</a></div>
<div class="w1200 xl-main">
<h1 class="xl-title">省发展改革委召开全省重大项目建设推进会</h1>
<div class="xl-info"><span>发布时间：2020-09-17 10:25</span><span>来源：江澜日报</span><span class="zh">【字体：<a href="javascript:void(0)" onclick="doZoom(20)">大</a> <a href="javascript:void(0)" onclick="doZoom(16)">中</a> <a href="javascript:void(0)" onclick="doZoom(14)">小</a>】</span><span>【<a href="javascript:window.print()">打印</a>】</span><span>【<a href="javascript:window.close()">关闭</a>】</span></div>
<div class="xl-content" id="UCAP-CONTENT"><div class="view TRS_UEDITOR trs_paper_default trs_web"><p style="text-indent:2em;">9月16日，省发展改革委召开全省重大项目建设推进会，通报1至8月全省重大项目建设情况，部署下一阶段重点工作。</p>
<p style="text-align:center;"><img src="./W020200917351220418762.jpg" title="推进会现场" alt="推进会现场" width="600" height="400" OLDSRC="W020200917351220418762.jpg" /></p>
<p style="text-align:center;">推进会现场</p>
<p style="text-indent:2em;">会议指出，今年以来全省412个省重点建设项目完成投资1876亿元，占年度计划的71.3%，交通、能源、水利等领域项目进度快于去年同期。</p>
<p style="text-indent:2em;">会议要求，各地要紧盯年度目标，对进度滞后的项目实行清单管理，逐项明确责任单位和完成时限，加快推动项目早开工、早投产、早见效。</p>
<p style="text-indent:2em;">各设区市发展改革委分管负责同志和省级有关部门处室负责同志参加会议。</p></div></div>
<div class="xl-share"><span>分享到：</span><a href="javascript:;" class="share-wx" title="微信">微信</a><a href="javascript:;" class="share-wb" title="新浪微博">微博</a><a href="javascript:;" class="share-qz" title="QQ空间">QQ空间</a></div>
<div class="xl-xglj"><div class="xglj-t">相关链接</div><ul>
{dated([("省发展改革委部署三季度重大项目集中开工工作", "2020-07-08"), ("全省重大项目建设现场观摩活动启动", "2020-08-21")])}
</ul></div>
</div>
{gov_foot("江澜省人民政府", "05001122", "61010402000123", "6100000035")}
</body>
</html>
"""

# (2) 大汉 (Hanweb) JCMS 2017 district portal 部门动态: the title in td.title, a td of 发布日期：2017-06-12 /
# 信息来源：区教育局 (a department abbreviation) / 浏览次数：<span id="hits"> filled by a visit.jsp script /
# 【字体：大 中 小】, the body in div#zoom between <!--ZJEG_RSS.content.begin--> and <meta name="ContentEnd">
# marks; 【打印本页】【关闭窗口】, a 分享到 bar, 上一篇/下一篇 and the footer
HANWEB_2017_TD = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>溪东区教育局召开2017年中考考务工作会议 </title>
<meta name="ColumnName" content="部门动态">
<meta name="ContentSource" content="">
<link href="/script/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
{gov_head("临溪市溪东区人民政府", DISTRICT_NAV)}
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bt_bg"><tr><td class="bt_link">您当前的位置：<a href="/" class="bt_link">首页</a> &gt; <a href="/col/col4101/index.html" class="bt_link">政务动态</a> &gt; <a href="/col/col4133/index.html" class="bt_link">部门动态</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main-table">
<tr><td class="title" align="center" style="font-size:22px;font-weight:bold;color:#C00;padding:20px 0 10px;">溪东区教育局召开2017年中考考务工作会议</td></tr>
<tr><td class="info" align="center" style="border-bottom:1px dashed #ccc;">发布日期：2017-06-12　　信息来源：区教育局　　浏览次数：<span id="hits"></span><script language="javascript" src="/module/visitcount/visit.jsp?type=3&i_webid=12&i_columnid=4133&i_articleid=2260418"></script>　　【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</td></tr>
<tr><td class="bt_content" style="padding:15px 30px;"><div id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart">
<p style="text-indent:2em;">6月9日下午，区教育局召开2017年中考考务工作会议，全区9个考点的主考、副主考和考务工作人员共110余人参加会议。</p>
<p style="text-indent:2em;">会议解读了今年中考考务工作的有关规定，通报了考点标准化考场设备检测情况，并对试卷保管、考场安排、违规处理等环节作了具体部署。</p>
<p style="text-indent:2em;">会议强调，中考事关广大考生切身利益，各考点要严格落实考务工作责任制，做好突发事件应急预案，确保考试安全平稳有序。</p>
<p style="text-indent:2em;">今年我区共有4312名考生参加中考，考试时间为6月17日至19日。</p>
<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div></td></tr>
<tr><td align="right" style="padding:10px 30px;">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.opener=null;window.close()">关闭窗口</a>】</td></tr>
<tr><td style="padding:0 30px;"><div class="bdsharebuttonbox">分享到：<a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div></td></tr>
<tr><td style="padding:10px 30px;">上一篇：<a href="/art/2017/6/8/art_4133_2260401.html">区教育局开展校园食品安全专项检查</a><br />下一篇：<a href="/art/2017/6/14/art_4133_2260433.html">溪东区举行2017年中小学生艺术节闭幕式</a></td></tr>
</table>
{gov_foot("临溪市溪东区人民政府", "12004567", "61010202000217", "6101020003")}
</body>
</html>
"""

# (3) 开普云 (Kaipu) 2022 city portal 政策解读: div.detail-title, div.detail-info of 发布时间 / 来源：市财政局 / 浏览次数
# (em#ucap_hits) / 【打印】【关闭】, the body in div.detail-con#zoom with 一、二、三 bold section heads, then a
# div.zcjd-box of 相关文件 (原文链接 to the policy) and 相关解读 (a 图解 link), 上一篇/下一篇
KAIPU_ZCJD = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>《临溪市促进中小微企业纾困发展若干措施》政策解读-临溪市人民政府</title>
<meta name="SiteName" content="临溪市人民政府">
<meta name="ColumnName" content="政策解读">
<link rel="stylesheet" href="/linxi/css/detail.css" />
</head>
<body>
{gov_head("临溪市人民政府", CITY_NAV)}
<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcjd/">政策解读</a></div>
<div class="w1200 detail">
<div class="detail-title">《临溪市促进中小微企业纾困发展若干措施》政策解读</div>
<div class="detail-info"><span>发布时间：2022-05-20 16:40</span><span>来源：市财政局</span><span>浏览次数：<em id="ucap_hits"></em></span><span class="tools">【<a href="javascript:window.print();">打印</a>】【<a href="javascript:window.close();">关闭</a>】</span></div>
<div class="detail-con" id="zoom">
<p style="text-indent:2em;">近日，市人民政府办公室印发《临溪市促进中小微企业纾困发展若干措施》，现就有关内容解读如下。</p>
<p style="text-indent:2em;"><strong>一、出台背景</strong></p>
<p style="text-indent:2em;">受多重因素影响，我市部分中小微企业生产经营面临较大困难。为帮助市场主体渡过难关，市财政局会同有关部门研究起草了本措施。</p>
<p style="text-indent:2em;"><strong>二、主要内容</strong></p>
<p style="text-indent:2em;">措施共15条，包括减免房屋租金、加大融资担保支持、延长社会保险费缓缴期限、提高政府采购预留份额等内容，预计全年为企业减负约8.6亿元。</p>
<p style="text-indent:2em;"><strong>三、施行时间</strong></p>
<p style="text-indent:2em;">本措施自2022年5月20日起施行，有效期至2023年12月31日。</p>
</div>
<div class="zcjd-box"><div class="zcjd-t">相关文件</div>
<p>原文链接：<a href="/zwgk/zfwj/202205/t20220519_882317.html" target="_blank">临溪市人民政府办公室关于印发促进中小微企业纾困发展若干措施的通知</a></p>
<div class="zcjd-t">相关解读</div>
<p><a href="/zwgk/zcjd/202205/t20220521_882355.html" target="_blank">图解：一图读懂临溪市纾困发展十五条</a><span>2022-05-21</span></p></div>
<div class="detail-page"><p>上一篇：<a href="/zwgk/zcjd/202205/t20220516_882201.html">《临溪市公共租赁住房管理办法》解读</a></p><p>下一篇：<a href="/zwgk/zcjd/202205/t20220521_882355.html">图解：一图读懂临溪市纾困发展十五条</a></p></div>
</div>
{gov_foot("临溪市人民政府", "08003456", "61050202000341", "6105000019")}
</body>
</html>
"""

# (4) 图解 page of a city portal 政策解读 column (2021): h2.art-title, p.art-info 发布日期 / 信息来源：市发改委 (an
# abbreviation) / 阅读 span#hits; the body in div.art-con is one lead paragraph, five full-width images whose alt
# texts name the sections, and one closing paragraph; a 原文链接 box and a 相关图解 list with dates after it
TUJIE_IMAGES = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<title>图解：临溪市“十四五”规划纲要_政策解读_临溪市人民政府</title>
<meta name="ArticleTitle" content="图解：临溪市“十四五”规划纲要">
<meta name="PubDate" content="2021-03-26 17:05">
<meta name="ContentSource" content="临溪市发展和改革委员会">
<link rel="stylesheet" href="/css/art.css" />
</head>
<body>
{gov_head("临溪市人民政府", CITY_NAV)}
<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcjd/">政策解读</a> &gt; <a href="/zwgk/zcjd/tj/">图解</a></div>
<div class="w1200 art">
<h2 class="art-title">图解：临溪市“十四五”规划纲要</h2>
<p class="art-info">发布日期：2021-03-26　信息来源：市发改委　阅读：<span id="hits">0</span>　【字体：<a href="javascript:;" onclick="fontSize(18)">大</a> <a href="javascript:;" onclick="fontSize(16)">中</a> <a href="javascript:;" onclick="fontSize(14)">小</a>】</p>
<div class="art-con" id="zoom">
<p style="text-indent:2em;">《临溪市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》已经市十六届人大五次会议审议通过，一起来看图解。</p>
<p style="text-align:center;"><img src="/uploadfiles/202103/26/2021032617012301.jpg" alt="图解临溪市十四五规划纲要之一：发展基础" width="800" /></p>
<p style="text-align:center;"><img src="/uploadfiles/202103/26/2021032617012302.jpg" alt="图解临溪市十四五规划纲要之二：主要目标" width="800" /></p>
<p style="text-align:center;"><img src="/uploadfiles/202103/26/2021032617012303.jpg" alt="图解临溪市十四五规划纲要之三：重点任务" width="800" /></p>
<p style="text-align:center;"><img src="/uploadfiles/202103/26/2021032617012304.jpg" alt="图解临溪市十四五规划纲要之四：重大项目" width="800" /></p>
<p style="text-align:center;"><img src="/uploadfiles/202103/26/2021032617012305.jpg" alt="图解临溪市十四五规划纲要之五：保障措施" width="800" /></p>
<p style="text-indent:2em;">更多内容请查阅规划纲要全文。</p>
</div>
<div class="ywlj"><span>原文链接：</span><a href="/zwgk/zfwj/202103/t20210325_770120.html" target="_blank">临溪市人民政府关于印发临溪市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知</a></div>
<div class="xgtj"><h4>相关图解</h4><ul>
{dated([("图解：2021年临溪市政府工作报告", "2021-02-08"), ("图解：临溪市优化营商环境二十条", "2021-01-15")], "/zwgk/zcjd/tj/2021{m:02d}/t2021{m:02d}{d}_{n}.html")}
</ul></div>
</div>
{gov_foot("临溪市人民政府", "08003456", "61050202000341", "6105000019")}
</body>
</html>
"""

# (5) county portal 政务动态 of 2023 with a video: h1.article-title, div.article-info of a bare 2023-04-18 09:12 /
# 来源：县融媒体中心 / 作者 / 阅读 span#hits, the body in div.article-con opening with a <video> whose fallback text
# (您的浏览器不支持 video 标签) no browser shows, then the text; a 分享到 bar of empty icons, 上一篇/下一篇
VIDEO_COUNTY = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>云岫县召开2023年春季森林防火工作会议 - 云岫县人民政府</title>
<link rel="stylesheet" href="/static/css/article.css" />
</head>
<body>
{gov_head("云岫县人民政府", COUNTY_NAV)}
<div class="w1200 crumb">您的位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/zwdt/">政务动态</a></div>
<div class="w1200 article">
<h1 class="article-title">云岫县召开2023年春季森林防火工作会议</h1>
<div class="article-info"><span class="time">2023-04-18 09:12</span><span class="source">来源：县融媒体中心</span><span class="author">作者：林晓</span><span>阅读：<span id="hits"></span></span></div>
<div class="article-con" id="zoom">
<p style="text-align:center;"><video class="edui-upload-video" controls="controls" preload="none" width="640" height="360" poster="/uploadfiles/2023/04/18/poster_0918.jpg" src="/uploadfiles/2023/04/18/20230418091201.mp4">您的浏览器不支持 video 标签。</video></p>
<p style="text-indent:2em;">4月17日，云岫县召开2023年春季森林防火工作会议，总结今冬明春森林防火工作，部署清明节后防火重点任务。</p>
<p style="text-indent:2em;">会议要求，各乡镇要严格落实护林员网格化巡护制度，加强野外用火管控，对重点林区、坟山墓地实行24小时值守。</p>
<p style="text-indent:2em;">县林业局、县应急管理局、各乡镇分管负责人参加会议。</p>
</div>
<div class="article-share">分享到：<a href="javascript:;" class="icon-wx" title="微信"></a><a href="javascript:;" class="icon-wb" title="微博"></a><a href="javascript:;" class="icon-qq" title="QQ"></a></div>
<div class="article-page"><p>上一篇：<a href="/xwzx/zwdt/202304/t20230417_1120388.html">县政府召开第十二次常务会议</a></p><p>下一篇：<a href="/xwzx/zwdt/202304/t20230419_1120402.html">云岫县开展安全生产大检查</a></p></div>
</div>
{gov_foot("云岫县人民政府", "09007788", "61102502000055", "6110250002")}
</body>
</html>
"""

# (6) township 乡镇动态 on a county 站群 (2019): <title> is "title-白岭镇-云岫县人民政府" (the township and county
# segments), the sub-site header names 白岭镇 under the county banner; div.wzy-cont > div.wzy-tit h2, div.wzy-info
# 发布时间 / 信息来源：白岭镇 / 点击数 span#hits, the body in div.wzy-text#zoom; 【打印】【关闭】, 上一篇/下一篇 and a
# 乡镇动态 side list with dates
TOWNSHIP_ZHANQUN = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<title>白岭镇开展汛前地质灾害隐患排查-白岭镇-云岫县人民政府</title>
<meta name="keywords" content="白岭镇,乡镇动态">
<link rel="stylesheet" href="/zq/xz/css/wzy.css" />
</head>
<body>
{gov_head("云岫县人民政府", COUNTY_NAV)}
<div class="w1200 xz-banner"><span class="xz-name">白岭镇</span><ul class="xz-nav"><li><a href="/bailing/">镇情概况</a></li><li><a href="/bailing/xzdt/">乡镇动态</a></li><li><a href="/bailing/tzgg/">通知公告</a></li><li><a href="/bailing/xxgk/">信息公开</a></li></ul></div>
<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xzjd/">乡镇街道</a> &gt; <a href="/bailing/">白岭镇</a> &gt; <a href="/bailing/xzdt/">乡镇动态</a></div>
<div class="w1200 wzy">
<div class="wzy-side"><div class="side-t">乡镇动态</div><ul>
{dated([("白岭镇召开春季安全生产工作会议", "2019-03-12"), ("白岭镇开展“护河清河”志愿活动", "2019-04-22")], "/bailing/xzdt/2019{m:02d}/t2019{m:02d}{d}_{n}.html")}
</ul></div>
<div class="wzy-cont">
<div class="wzy-tit"><h2>白岭镇开展汛前地质灾害隐患排查</h2></div>
<div class="wzy-info">发布时间：2019-05-27　　信息来源：白岭镇　　点击数：<span id="hits">186</span></div>
<div class="wzy-text" id="zoom">
<p>　　为切实做好主汛期地质灾害防治工作，5月下旬，白岭镇组织国土、水利等站所工作人员对全镇地质灾害隐患点开展拉网式排查。</p>
<p>　　排查组逐一走访了辖区内23处隐患点，查看坡体裂缝、房屋后坡等情况，更新了监测责任人和避险转移路线，向受威胁群众发放明白卡140余份。</p>
<p>　　下一步，白岭镇将落实汛期24小时值班制度，遇强降雨天气及时组织群众转移避险。</p>
</div>
<div class="wzy-tool">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="wzy-sxp">上一篇：<a href="/bailing/xzdt/201905/t20190521_88120.html">白岭镇召开村级换届工作推进会</a><br />下一篇：<a href="/bailing/xzdt/201906/t20190603_88177.html">白岭镇举办农村实用技术培训班</a></div>
</div>
</div>
{gov_foot("云岫县人民政府", "09007788", "61102502000055", "6110250002")}
</body>
</html>
"""

# (7) 2012 county portal 通知公告 in GBK, table layout (ShowNews.asp): the title in td.title, a td of
# 发布时间：2012-5-8 / 来源：县人社局 / 点击：a hits.asp script / 【字体：大 中 小】, the body in td#fontzoom with
# &nbsp; indents, an issuer and the signature date the day before; 【打印本页】【关闭窗口】, 上一篇/下一篇, a 相关链接
# table with dates and the old footer of 主办单位 and ICP
GBK_2012_NOTICE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>云岫县人力资源和社会保障局关于做好2012年高校毕业生就业见习工作的通知--云岫县人民政府</title>
<link href="../css/style.css" rel="stylesheet" type="text/css" />
<script language="javascript">function doZoom(size){document.getElementById('fontzoom').style.fontSize=size+'px'}</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="../images/top_banner.jpg" width="960" height="120" alt="云岫县人民政府" /></td></tr>
<tr><td height="34" background="../images/nav_bg.gif" class="nav" align="center"><a href="../index.asp">网站首页</a> | <a href="../List.asp?cid=1">政务动态</a> | <a href="../List.asp?cid=2">通知公告</a> | <a href="../List.asp?cid=3">政务公开</a> | <a href="../List.asp?cid=4">办事指南</a> | <a href="../List.asp?cid=5">投资云岫</a> | <a href="../List.asp?cid=6">县长信箱</a></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td height="28" class="wz">&nbsp;您现在的位置：<a href="../index.asp">首页</a> &gt;&gt; <a href="../List.asp?cid=2">通知公告</a> &gt;&gt; 正文</td></tr>
<tr><td valign="top" style="padding:10px 30px;">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="50" align="center" class="title"><font style="font-size:20px;color:#B40000;"><b>云岫县人力资源和社会保障局关于做好2012年高校毕业生就业见习工作的通知</b></font></td></tr>
<tr><td height="28" align="center" class="info" style="border-bottom:1px solid #D6D6D6;">发布时间：2012-5-8&nbsp;&nbsp;&nbsp;来源：县人社局&nbsp;&nbsp;&nbsp;点击：<script language="javascript" src="../inc/hits.asp?id=2318"></script>&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
<tr><td id="fontzoom" class="content" style="font-size:14px;line-height:200%;padding-top:15px;">
<p>各乡镇人民政府，县直各单位，各见习单位：</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;为促进高校毕业生就业，根据省、市有关文件精神，经县政府同意，现就做好2012年高校毕业生就业见习工作通知如下：</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;一、见习对象为离校两年内未就业的高校毕业生，见习期限一般为3至6个月，最长不超过12个月。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;二、见习期间由见习单位按不低于当地最低工资标准的60%发放基本生活补助，县财政按每人每月400元给予补贴。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;三、请各见习单位于5月25日前将见习岗位计划报县人社局就业管理股，联系电话：0598-86125566。</p>
<p align="right">云岫县人力资源和社会保障局</p>
<p align="right">2012年5月7日</p>
</td></tr>
<tr><td height="36" align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td height="24">上一篇：<a href="ShowNews.asp?id=2311">云岫县2012年事业单位公开招聘工作人员公告</a></td></tr>
<tr><td height="24">下一篇：<a href="ShowNews.asp?id=2325">关于开展2012年度劳动保障书面审查的通知</a></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" style="margin-top:10px;"><tr><td class="xglj_t">&nbsp;相关链接</td></tr>
<tr><td>&middot;<a href="ShowNews.asp?id=1988">云岫县人社局关于做好2011年高校毕业生就业见习工作的通知</a>&nbsp;(2011-05-10)<br />&middot;<a href="ShowNews.asp?id=2207">云岫县2012年春季人才招聘会公告</a>&nbsp;(2012-02-20)</td></tr></table>
</td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="80" align="center" class="bottom">
主办单位：云岫县人民政府办公室&nbsp;&nbsp;承办：云岫县信息中心&nbsp;&nbsp;地址：云岫县城关镇人民路8号<br />
版权所有&nbsp;&copy;&nbsp;云岫县人民政府&nbsp;&nbsp;澜ICP备09007788号&nbsp;&nbsp;建议在1024*768分辨率下浏览</td></tr></table>
</body>
</html>
"""

# (8) 2018 通知公告 of a municipal centre's site (xl_con template): div.xl_con > h1, div.xl_info of
# 发布机构：临溪市住房公积金管理中心 / 发布日期 / 浏览次数 (a script) and no 来源 at all (发布机构 is the issuer); the body
# in div.xl_text#Zoom ends with an 附件 list of two linked files inside the body; 【打印】【关闭】, 上一篇/下一篇, the footer
XL_CON_ATTACH = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>临溪市住房公积金管理中心关于2018年度住房公积金缴存基数调整的通知</title>
<link rel="stylesheet" href="/templates/gjj/css/xl.css" />
</head>
<body>
{gov_head("临溪市住房公积金管理中心", ["中心概况", "通知公告", "政策法规", "办事指南", "信息公开", "互动交流"])}
<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a></div>
<div class="w1200 xl_con">
<h1>临溪市住房公积金管理中心关于2018年度住房公积金缴存基数调整的通知</h1>
<div class="xl_info">发布机构：临溪市住房公积金管理中心　　发布日期：2018-06-28　　浏览次数：<script src="/inc/count.php?aid=1562&amp;mid=1"></script></div>
<div class="xl_text" id="Zoom">
<p>各住房公积金缴存单位：</p>
<p style="text-indent:2em;">根据《住房公积金管理条例》和省住房城乡建设厅有关规定，现就2018年度住房公积金缴存基数调整有关事项通知如下。</p>
<p style="text-indent:2em;">一、缴存基数为职工本人2017年月平均工资，最高不得超过全市2017年职工月平均工资的3倍，最低不得低于当地最低工资标准。</p>
<p style="text-indent:2em;">二、单位和职工缴存比例均为5%至12%，请各单位于2018年7月31日前完成缴存基数调整申报。</p>
<p style="text-indent:2em;">附件：</p>
<p style="text-indent:2em;"><a href="/uploadfile/2018/0628/20180628101512345.docx">1.住房公积金缴存基数调整申报说明.docx</a></p>
<p style="text-indent:2em;"><a href="/uploadfile/2018/0628/20180628101512987.xlsx">2.住房公积金缴存基数调整申报表.xlsx</a></p>
</div>
<div class="xl_tool">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="xl_sxp"><p>上一篇：<a href="/tzgg/2018/0612/1555.html">关于端午节期间暂停办理业务的公告</a></p><p>下一篇：<a href="/tzgg/2018/0705/1570.html">临溪市住房公积金2017年年度报告</a></p></div>
</div>
{gov_foot("临溪市住房公积金管理中心", "18002233", "61050202000488", "6105000B07")}
</body>
</html>
"""

# (9) 2014 provincial portal 政务动态: div.con_title, div.con_time "2014年03月12日 10:30　信息来源：省政府办公厅"
# with 【字体：大 中 小】 and a hits script, the body in div#fontzoom with a photo and a centered caption (新华社-style
# 记者 credit in the caption), 上一篇/下一篇 and a 相关新闻 list with dates
FONTZOOM_PROV_2014 = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>江澜省政府召开全省春季农业生产电视电话会议 - 江澜省人民政府</title>
<link href="/css/content.css" rel="stylesheet" type="text/css" />
</head>
<body>
{gov_head("江澜省人民政府", PROV_NAV)}
<div class="w1000 crumb">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zwdt/">政务动态</a></div>
<div class="w1000 con">
<div class="con_title">江澜省政府召开全省春季农业生产电视电话会议</div>
<div class="con_time">2014年03月12日 10:30　信息来源：省政府办公厅　浏览次数：<script src="/count/hits.jsp?id=56789"></script>　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div id="fontzoom" class="con_text">
<p>　　3月11日，省政府召开全省春季农业生产电视电话会议，分析当前农业农村形势，部署春耕备耕和农田水利建设工作。</p>
<p align="center"><img src="/upload/2014/03/12/201403121025331.jpg" border="0" /></p>
<p align="center">会议现场。记者 杨帆 摄</p>
<p>　　会议指出，去年全省粮食总产量达到312亿斤，实现“十连增”。今年要稳定粮食播种面积，确保早稻面积不低于上年。</p>
<p>　　会议要求，各地要抓紧落实种子、化肥、农药等农资储备，加快推进小型农田水利设施建设，做好春季动物疫病防控工作。</p>
</div>
<div class="con_sxp">上一篇：<a href="/zwdt/201403/t20140311_56770.html">省长主持召开省政府第二十次常务会议</a><br />下一篇：<a href="/zwdt/201403/t20140313_56802.html">全省安全生产工作会议召开</a></div>
<div class="con_xgxw"><h4>相关新闻</h4><ul>
{dated([("全省冬季农田水利建设现场会召开", "2013-12-05"), ("省农业厅部署春季农资打假工作", "2014-03-03")], "/zwdt/201{m}0{d}/t_{n}.html")}
</ul></div>
</div>
{gov_foot("江澜省人民政府", "05001122", "61010402000123", "6100000035")}
</body>
</html>
"""

# (10) 2016 district 公示 on a district portal's 通知公告: div.nr_title, div.nr_info of 发布时间 / 来源 / 点击率 /
# 【字体：大 中 小】, the body in div.nr_con: a lead paragraph, a bordered <table> of 序号/姓名/性别/拟聘岗位 rows and
# the 公示期 and 联系电话 paragraphs after it; 分享到, 【打印】【关闭】, 相关链接 with dates and the footer
GONGSHI_TABLE = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<title>溪东区2016年公开招聘社区专职工作者拟聘用人员公示_通知公告_临溪市溪东区人民政府</title>
<link rel="stylesheet" href="/css/nr.css" />
</head>
<body>
{gov_head("临溪市溪东区人民政府", DISTRICT_NAV)}
<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwdt/">政务动态</a> &gt; <a href="/zwdt/tzgg/">通知公告</a></div>
<div class="w1200 nr">
<div class="nr_title">溪东区2016年公开招聘社区专职工作者拟聘用人员公示</div>
<div class="nr_info">发布时间：2016-09-12 15:20　来源：溪东区人力资源和社会保障局　点击率：<span id="hits">1024</span>　【字体：<a href="javascript:;" onclick="setFont(18)">大</a> <a href="javascript:;" onclick="setFont(16)">中</a> <a href="javascript:;" onclick="setFont(14)">小</a>】</div>
<div class="nr_con" id="zoom">
<p style="text-indent:2em;">根据《溪东区2016年公开招聘社区专职工作者公告》，经笔试、面试、体检和考察，现将拟聘用人员名单公示如下：</p>
<table border="1" cellspacing="0" cellpadding="4" width="90%" align="center" style="border-collapse:collapse;">
<tbody>
<tr><td>序号</td><td>姓名</td><td>性别</td><td>拟聘岗位</td></tr>
<tr><td>1</td><td>陈思远</td><td>男</td><td>溪东街道社区专职工作者</td></tr>
<tr><td>2</td><td>王雨桐</td><td>女</td><td>溪东街道社区专职工作者</td></tr>
<tr><td>3</td><td>赵嘉怡</td><td>女</td><td>城南街道社区专职工作者</td></tr>
<tr><td>4</td><td>刘子航</td><td>男</td><td>城南街道社区专职工作者</td></tr>
</tbody>
</table>
<p style="text-indent:2em;">公示时间：2016年9月12日至9月18日。</p>
<p style="text-indent:2em;">公示期间如有异议，请向区人力资源和社会保障局反映，联系电话：0598-86231100。</p>
</div>
<div class="nr_share">分享到：<a href="javascript:;" title="微信">微信</a> <a href="javascript:;" title="微博">微博</a></div>
<div class="nr_tool">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="nr_xglj"><h4>相关链接</h4><ul>
{dated([("溪东区2016年公开招聘社区专职工作者公告", "2016-06-20"), ("溪东区2016年公开招聘社区专职工作者面试成绩公布", "2016-08-15")], "/zwdt/tzgg/2016{m:02d}/t2016{m:02d}{d}_{n}.html")}
</ul></div>
</div>
{gov_foot("临溪市溪东区人民政府", "12004567", "61010202000217", "6101020003")}
</body>
</html>
"""

PAGES: list[Page] = [
    Page(
        id="g3_trs_ueditor_prov_meta_source",
        url="http://www.jianglan.example.gov.cn/zwgk/bmdt/202009/t20200917_1932217.html",
        html=TRS_UEDITOR_PROV,
        title="省发展改革委召开全省重大项目建设推进会",
        day="2020-09-17",
        source="江澜日报",
        first="9月16日，省发展改革委召开全省重大项目建设推进会，通报1至8月全省重大项目建设情况，部署下一阶段重点工作。",
        last="各设区市发展改革委分管负责同志和省级有关部门处室负责同志参加会议。",
        absent=("字体", "打印", "分享到", "QQ空间", "相关链接", "集中开工", "网站标识码", "主办单位", "公网安备"),
    ),
    Page(
        id="g3_hanweb_2017_td_abbrev",
        url="http://www.xidong.example.gov.cn/art/2017/6/12/art_4133_2260418.html",
        html=HANWEB_2017_TD,
        title="溪东区教育局召开2017年中考考务工作会议",
        day="2017-06-12",
        source="区教育局",
        first="6月9日下午，区教育局召开2017年中考考务工作会议，全区9个考点的主考、副主考和考务工作人员共110余人参加会议。",
        last="今年我区共有4312名考生参加中考，考试时间为6月17日至19日。",
        absent=("信息来源", "浏览次数", "字体", "打印本页", "分享到", "上一篇", "食品安全专项检查", "网站标识码"),
    ),
    Page(
        id="g3_kaipu_zcjd_yuanwen_box",
        url="http://www.linxi.example.gov.cn/zwgk/zcjd/202205/t20220520_882340.html",
        html=KAIPU_ZCJD,
        title="《临溪市促进中小微企业纾困发展若干措施》政策解读",
        day="2022-05-20",
        source="市财政局",
        first="近日，市人民政府办公室印发《临溪市促进中小微企业纾困发展若干措施》，现就有关内容解读如下。",
        last="本措施自2022年5月20日起施行，有效期至2023年12月31日。",
        absent=(
            "浏览次数",
            "相关文件",
            "原文链接",
            "关于印发促进中小微企业",
            "相关解读",
            "一图读懂",
            "上一篇",
            "公共租赁住房",
            "网站标识码",
        ),
    ),
    Page(
        id="g3_tujie_images_alt",
        url="http://www.linxi.example.gov.cn/zwgk/zcjd/tj/202103/t20210326_770188.html",
        html=TUJIE_IMAGES,
        title="图解：临溪市“十四五”规划纲要",
        day="2021-03-26",
        source="市发改委",
        first="《临溪市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》已经市十六届人大五次会议审议通过，一起来看图解。",
        last="更多内容请查阅规划纲要全文。",
        absent=("信息来源", "阅读：", "字体", "原文链接", "相关图解", "优化营商环境", "网站标识码", "公网安备"),
    ),
    Page(
        id="g3_county_video_fallback",
        url="http://www.yunxiu.example.gov.cn/xwzx/zwdt/202304/t20230418_1120395.html",
        html=VIDEO_COUNTY,
        title="云岫县召开2023年春季森林防火工作会议",
        day="2023-04-18",
        source="县融媒体中心",
        first="4月17日，云岫县召开2023年春季森林防火工作会议，总结今冬明春森林防火工作，部署清明节后防火重点任务。",
        last="县林业局、县应急管理局、各乡镇分管负责人参加会议。",
        absent=("您的浏览器不支持", "作者：", "阅读：", "分享到", "上一篇", "安全生产大检查", "网站标识码", "主办单位"),
    ),
    Page(
        id="g3_township_zhanqun_title",
        url="http://www.yunxiu.example.gov.cn/bailing/xzdt/201905/t20190527_88150.html",
        html=TOWNSHIP_ZHANQUN,
        title="白岭镇开展汛前地质灾害隐患排查",
        day="2019-05-27",
        source="白岭镇",
        first="为切实做好主汛期地质灾害防治工作，5月下旬，白岭镇组织国土、水利等站所工作人员对全镇地质灾害隐患点开展拉网式排查。",
        last="下一步，白岭镇将落实汛期24小时值班制度，遇强降雨天气及时组织群众转移避险。",
        absent=(
            "云岫县人民政府",
            "信息来源",
            "点击数",
            "镇情概况",
            "春季安全生产工作会议",
            "上一篇",
            "农村实用技术",
            "网站标识码",
        ),
    ),
    Page(
        id="g3_gbk_2012_fontzoom_notice",
        url="http://www.yunxiu.example.gov.cn/news/ShowNews.asp?id=2318",
        html=GBK_2012_NOTICE,
        title="云岫县人力资源和社会保障局关于做好2012年高校毕业生就业见习工作的通知",
        day="2012-05-08",
        source="县人社局",
        first="各乡镇人民政府，县直各单位，各见习单位：",
        last="2012年5月7日",
        absent=("点击：", "字体", "打印本页", "关闭窗口", "上一篇", "相关链接", "春季人才招聘会", "主办单位", "建议在"),
        gbk=True,
    ),
    Page(
        id="g3_xl_con_fabu_jigou_attach",
        url="http://gjj.linxi.example.gov.cn/tzgg/2018/0628/1562.html",
        html=XL_CON_ATTACH,
        title="临溪市住房公积金管理中心关于2018年度住房公积金缴存基数调整的通知",
        day="2018-06-28",
        source=None,
        first="各住房公积金缴存单位：",
        last="2.住房公积金缴存基数调整申报表.xlsx",
        absent=("发布机构", "浏览次数", "打印", "上一篇", "端午节", "年度报告", "主办单位", "公网安备"),
    ),
    Page(
        id="g3_prov_2014_fontzoom_caption",
        url="http://www.jianglan.example.gov.cn/zwdt/201403/t20140312_56789.html",
        html=FONTZOOM_PROV_2014,
        title="江澜省政府召开全省春季农业生产电视电话会议",
        day="2014-03-12",
        source="省政府办公厅",
        first="3月11日，省政府召开全省春季农业生产电视电话会议，分析当前农业农村形势，部署春耕备耕和农田水利建设工作。",
        last="会议要求，各地要抓紧落实种子、化肥、农药等农资储备，加快推进小型农田水利设施建设，做好春季动物疫病防控工作。",
        absent=("信息来源", "浏览次数", "字体", "上一篇", "常务会议", "相关新闻", "农资打假", "网站标识码"),
    ),
    Page(
        id="g3_district_gongshi_name_table",
        url="http://www.xidong.example.gov.cn/zwdt/tzgg/201609/t20160912_331208.html",
        html=GONGSHI_TABLE,
        title="溪东区2016年公开招聘社区专职工作者拟聘用人员公示",
        day="2016-09-12",
        source="溪东区人力资源和社会保障局",
        first="根据《溪东区2016年公开招聘社区专职工作者公告》，经笔试、面试、体检和考察，现将拟聘用人员名单公示如下：",
        last="公示期间如有异议，请向区人力资源和社会保障局反映，联系电话：0598-86231100。",
        absent=("点击率", "字体", "分享到", "打印", "相关链接", "面试成绩公布", "网站标识码", "公网安备"),
    ),
]
