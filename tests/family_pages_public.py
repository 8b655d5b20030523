"""Article pages of Chinese public-institution sites (医院, 法院, 检察院, 公安, 税务局, 人社局, 纪委监委, 党建, 共青团,
妇联), 2008-2022, one CMS family or template variant each: written by hand after each family's public template markup,
names, hosts and numbers made up (tests/test_article_families.py checks every field of each).

Families: a city hospital's 医院新闻 on PageAdmin (2021, pa_ classes, 来源：党委宣传部 beside 作者 and a 摄影 credit,
a 就医指南 side box of phone numbers); a basic people's court on the 法院网 platform (2016, /article/detail/…/id/….shtml,
div.b_title and div.sth_a naming 作者 and 发布时间 but no 来源, 责任编辑 after div.text); a procuratorate on TRS WCM
(2019, <meta name="ContentSource">, the visible 来源 a link to the newspaper, div.TRS_Editor); a county public-security
bureau's 警务公开 通告 on ASP.NET (2013, GBK, __VIEWSTATE form, span#ctl00_…_lblTime / _lblSource with ids, an
issuer and signature date at the end of the body); a tax bureau's 通知公告 on 大汉 JCMS (2018, the 发布日期 and 来源
in separate label and value table cells, a deadline in the body); a county 人社局 公示 on DedeCMS (2015, the
<small>时间:</small> info line and /plus/count.php, a name table in the body); a 纪委监委 审查调查 page on 帝国CMS
(2022, 文章来源 and the /e/public/ViewClick script, a 简历 ending the body); a city 党建网 on JEECMS (2017, .jhtml, one
line "发布时间：… 来源：… 作者：… 浏览次数："); a 团市委 site on 博达 VSB (2020, 信息来源 and a Chinese-form date,
_showDynClicks, div#vsb_content > div.v_news_content); and a county 妇联 of 2008 in GBK (an ASP NewsShow table page,
更新时间 with seconds and 来源 in one cell, a photo in the body)."""

from family_page import Page

# (1) PageAdmin hospital news (2021): the hospital header with 预约挂号 and 就医指南 buttons, a pa_crumbs breadcrumb,
# div.pa_article > h1.pa_article_title, div.pa_article_info of 发布时间 / 来源：党委宣传部 / 作者 / 浏览 (span#pa_hits
# filled by /e/extension/hits), the body in div.pa_article_content with a captioned photo and an 摄影/审核 credit
# line after it (outside the content div), a 分享到 bar, 上一篇/下一篇, a 就医指南 side box and a 医院新闻 side list
HOSPITAL_PAGEADMIN = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>我院成功开展首例经导管主动脉瓣置换术-医院新闻-临溪市第二人民医院</title>
<meta name="keywords" content="临溪市第二人民医院,TAVR,心血管内科" />
<meta name="generator" content="PageAdmin CMS" />
<link rel="stylesheet" href="/templates/yy2021/css/style.css" />
</head>
<body>
<div class="pa_top"><div class="pa_w">欢迎访问临溪市第二人民医院官方网站！<span class="pa_top_r"><a href="/yyjs/">医院介绍</a> | <a href="/lxwm/">联系我们</a> | <a href="/m/">手机版</a></span></div></div>
<div class="pa_header"><div class="pa_w"><a class="pa_logo" href="/"><img src="/templates/yy2021/images/logo.png" alt="临溪市第二人民医院" /></a>
<div class="pa_header_btn"><a href="/yygh/" class="btn_yygh">预约挂号</a><a href="/jyzn/" class="btn_jyzn">就医指南</a><span class="tel">24小时急救电话：0598-86120120</span></div></div></div>
<div class="pa_nav"><ul class="pa_w"><li><a href="/">网站首页</a></li><li><a href="/yygk/">医院概况</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/ksdh/">科室导航</a></li><li><a href="/zjjs/">专家介绍</a></li><li><a href="/jyzn/">就医指南</a></li><li><a href="/djgz/">党建工作</a></li><li><a href="/jkkp/">健康科普</a></li><li><a href="/rczp/">人才招聘</a></li></ul></div>
<div class="pa_w pa_main">
<div class="pa_left">
<div class="pa_box"><div class="pa_box_t">就医指南</div><ul class="pa_jyzn">
<li>门诊时间：周一至周日 8:00-12:00 14:30-17:30</li><li>咨询电话：0598-86125500</li><li>投诉电话：0598-86125511</li><li><a href="/jyzn/lc/">门诊就诊流程</a></li><li><a href="/jyzn/yb/">医保报销指南</a></li></ul></div>
<div class="pa_box"><div class="pa_box_t">医院新闻</div><ul class="pa_side_list">
<li><a href="/xwzx/yyxw/1418.html">我院举办2021年护理技能竞赛</a><span>2021-04-08</span></li>
<li><a href="/xwzx/yyxw/1409.html">我院与市妇幼保健院签订医联体协议</a><span>2021-03-30</span></li>
<li><a href="/xwzx/yyxw/1396.html">我院开展“世界防治结核病日”义诊活动</a><span>2021-03-24</span></li></ul></div>
</div>
<div class="pa_right">
<div class="pa_crumbs">您的位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/yyxw/">医院新闻</a></div>
<div class="pa_article">
<h1 class="pa_article_title">我院成功开展首例经导管主动脉瓣置换术</h1>
<div class="pa_article_info"><span>发布时间：2021-04-12 16:35</span><span>来源：党委宣传部</span><span>作者：心血管内科 周晓</span><span>浏览：<span id="pa_hits">--</span></span></div>
<div class="pa_article_content" id="pa_content">
<p style="text-indent:2em;">4月9日，我院心血管内科团队在导管室成功为一名82岁重度主动脉瓣狭窄患者实施经导管主动脉瓣置换术（TAVR），这是我院首次独立开展该项技术。</p>
<p style="text-indent:2em;">患者因反复胸闷、气促入院，心脏彩超提示重度主动脉瓣狭窄，合并慢性肾功能不全，外科开胸换瓣手术风险极高。经心内科、心外科、麻醉科、影像科等多学科会诊，决定为其实施微创介入手术。</p>
<p style="text-align:center;"><img src="/upload/2021/04/12/163512_tavr.jpg" alt="手术现场" width="600" /></p>
<p style="text-align:center;">手术现场</p>
<p style="text-indent:2em;">手术经股动脉穿刺完成，历时约1小时40分钟，人工瓣膜释放位置良好，术中出血不足50毫升。术后第二天患者即可下床活动，目前恢复顺利。</p>
<p style="text-indent:2em;">该技术的成功开展，标志着我院心血管疾病介入诊疗水平迈上新台阶，今后辖区内高龄、高危的主动脉瓣疾病患者在家门口就能接受微创治疗。</p>
</div>
<div class="pa_article_credit">摄影：宣传科 林涛　　审核：黄建民</div>
<div class="pa_share">分享到：<a href="javascript:;" class="share_wx">微信</a><a href="javascript:;" class="share_wb">微博</a><a href="javascript:;" class="share_qq">QQ空间</a></div>
<div class="pa_prenext"><p>上一篇：<a href="/xwzx/yyxw/1418.html">我院举办2021年护理技能竞赛</a></p><p>下一篇：<a href="/xwzx/yyxw/1431.html">我院召开党史学习教育动员大会</a></p></div>
</div>
</div>
</div>
<div class="pa_footer"><div class="pa_w">
<p>地址：临溪市城南区健康路66号　邮编：353000　总机：0598-86125000</p>
<p>温馨提示：本网站信息仅供参考，不能作为诊断和医疗的依据</p>
<p>Copyright &copy; 2021 临溪市第二人民医院 版权所有　<a href="https://beian.miit.example.cn/">澜ICP备13004521号</a>　澜公网安备 61050202000617号</p></div></div>
<script src="/e/extension/hits.ashx?id=1425&amp;type=article"></script>
</body>
</html>
"""

# (2) a basic people's court on the 法院网 platform (2016): /article/detail/2016/11/id/2318470.shtml, the court's
# banner and a nav of 法院概况 / 审务公开 / 诉讼服务, div.detail > div.title > div.b_title, div.sth_a of 作者 /
# 发布时间 and no 来源 label at all, div.sth_b of 打印 and 字号：大 | 中 | 小, the body in div.text, then
# 责任编辑 in div.editor, a 关闭窗口 link, 法院公告 and 新闻排行 side lists
COURT_CHINACOURT = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>溪东区法院集中宣判一批涉养老诈骗案件_临溪市溪东区人民法院</title>
<meta name="keywords" content="溪东区法院,集中宣判,诈骗" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.js"></script>
</head>
<body>
<div id="header"><div class="banner"><img src="/images/banner_xdfy.jpg" alt="临溪市溪东区人民法院" /></div>
<div class="nav"><ul><li><a href="/index.shtml">首页</a></li><li><a href="/article/index/id/MzQ1MjAwMiACAAA.shtml">法院概况</a></li><li><a href="/article/index/id/MzQ1MjAwMiADAAA.shtml">法院新闻</a></li><li><a href="/article/index/id/MzQ1MjAwMiAEAAA.shtml">审务公开</a></li><li><a href="/article/index/id/MzQ1MjAwMiAFAAA.shtml">诉讼服务</a></li><li><a href="/article/index/id/MzQ1MjAwMiAGAAA.shtml">队伍建设</a></li><li><a href="/article/index/id/MzQ1MjAwMiAHAAA.shtml">法治宣传</a></li></ul></div></div>
<div class="position">当前位置：<a href="/index.shtml">首页</a> &gt; <a href="/article/index/id/MzQ1MjAwMiADAAA.shtml">法院新闻</a></div>
<div id="container">
<div class="left">
<div class="detail">
<div class="title">
<div class="b_title">溪东区法院集中宣判一批涉养老诈骗案件</div>
<div class="sth_a"><span>作者：溪东区法院 王洁</span>&nbsp;&nbsp;&nbsp;&nbsp;<span>发布时间：2016-11-22 09:41:18</span></div>
<div class="sth_b"><div class="fl"><a href="javascript:window.print();">打印</a></div><div class="fr">字号：<a href="javascript:void(0);" onclick="fontZoom(18)">大</a> | <a href="javascript:void(0);" onclick="fontZoom(16)">中</a> | <a href="javascript:void(0);" onclick="fontZoom(14)">小</a></div></div>
</div>
<div class="text">
<p>　　11月21日上午，溪东区人民法院对5起涉养老诈骗刑事案件进行集中公开宣判，12名被告人分别被判处有期徒刑一年至九年不等，并处罚金。</p>
<p>　　经审理查明，被告人以销售“保健品”、推荐“养老项目”为名，通过免费体检、健康讲座、赠送礼品等方式骗取老年人信任，诱骗被害人购买高价产品或投资虚构项目，涉案金额共计460余万元。</p>
<p>　　法院认为，各被告人以非法占有为目的，采用虚构事实、隐瞒真相的方法骗取他人财物，数额巨大或特别巨大，其行为均已构成诈骗罪。</p>
<p>　　宣判结束后，承办法官结合案情向旁听的社区老年群众讲解了常见养老诈骗手法，提醒大家不轻信、不转账，遇到可疑情况及时报警或向子女求证。</p>
</div>
<div class="editor">责任编辑：陈曦</div>
<div class="close"><a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
</div>
<div class="right">
<div class="box"><div class="box_t">法院公告</div><ul>
<li><a href="/article/detail/2016/11/id/2318201.shtml">关于2016年11月开庭排期的公告</a><span>11-18</span></li>
<li><a href="/article/detail/2016/11/id/2317982.shtml">溪东区人民法院执行悬赏公告</a><span>11-10</span></li></ul></div>
<div class="box"><div class="box_t">新闻排行</div><ol>
<li><a href="/article/detail/2016/10/id/2287741.shtml">溪东区法院召开执行攻坚推进会</a></li>
<li><a href="/article/detail/2016/11/id/2301566.shtml">家事审判改革试点工作座谈会召开</a></li></ol></div>
</div>
</div>
<div id="footer"><p>主办：临溪市溪东区人民法院　地址：临溪市溪东区法院路9号　诉讼服务热线：0598-86338000</p>
<p>版权所有：临溪市溪东区人民法院　技术支持：中国法院网　澜ICP备06001278号</p></div>
</body>
</html>
"""

# (3) a procuratorate on TRS WCM (2019): <meta name="ContentSource" content="云岫县人民检察院"> while the visible 来源
# under the title is a link to 检察日报 (the visible one wins), a 12309 检察服务 top bar, div.xl_tit > h2, div.xl_info
# of span.fbsj 发布时间 / span.ly 来源：<a>检察日报</a> / a 扫一扫 QR block; the body in div.TRS_Editor with <p
# align="justify">, then 【打印本页】【关闭窗口】 and a 相关阅读 list with dates
PROCURATORATE_TRS = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<title>云岫县检察院举办“检察开放日”活动_检察动态_云岫县人民检察院</title>
<meta name="SiteName" content="云岫县人民检察院">
<meta name="ColumnName" content="检察动态">
<meta name="ArticleTitle" content="云岫县检察院举办“检察开放日”活动">
<meta name="PubDate" content="2019-11-05 10:20">
<meta name="ContentSource" content="云岫县人民检察院">
<link rel="stylesheet" href="/images/jcy.css" />
</head>
<body>
<div class="topbar"><div class="w1100"><span>中国检察网 · 云岫县人民检察院</span><a href="http://www.12309.example.cn/" target="_blank">12309中国检察网</a> | <a href="/jcfw/">检察服务</a> | <a href="/wap/">手机版</a></div></div>
<div class="header"><div class="w1100"><img src="/images/jcy_logo.png" alt="云岫县人民检察院" /></div></div>
<div class="nav"><ul class="w1100"><li><a href="/">首页</a></li><li><a href="/jcdt/">检察动态</a></li><li><a href="/jwgk/">检务公开</a></li><li><a href="/aqfb/">案件信息</a></li><li><a href="/dwjs/">队伍建设</a></li><li><a href="/fzxc/">法治宣传</a></li><li><a href="/jcwh/">检察文化</a></li></ul></div>
<div class="w1100 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/jcdt/">检察动态</a></div>
<div class="w1100 xl">
<div class="xl_tit"><h2>云岫县检察院举办“检察开放日”活动</h2></div>
<div class="xl_info"><span class="fbsj">发布时间：2019-11-05 10:20</span><span class="ly">来源：<a href="http://newspaper.jcrb.example.cn/" target="_blank">检察日报</a></span><span class="ewm">扫一扫在手机打开当前页<img src="/images/qr_20191105.png" alt="" /></span></div>
<div class="xl_con"><div class="TRS_Editor">
<p align="justify">　　11月1日，云岫县人民检察院举办以“走近新时代检察”为主题的检察开放日活动，邀请人大代表、政协委员、人民监督员及学生家长代表等30余人走进检察机关。</p>
<p align="justify">　　活动中，代表们参观了12309检察服务中心、案件管理中心和未成年人检察工作室，详细了解控告申诉、案件信息公开和远程视频提讯等工作流程。</p>
<p align="justify">　　在随后召开的座谈会上，该院通报了今年以来的主要检察工作情况。1至10月，该院共受理审查逮捕案件186件，受理审查起诉案件312件，办理公益诉讼案件27件。</p>
<p align="justify">　　代表们表示，通过开放日活动近距离感受了检察工作，希望检察机关继续加强未成年人司法保护，多开展进校园法治宣传。</p>
</div></div>
<div class="xl_tool">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="xl_xgyd"><h4>相关阅读</h4><ul>
<li><a href="/jcdt/201910/t20191023_2318761.html">云岫县检察院开展“法治进校园”巡回宣讲</a><span>2019-10-23</span></li>
<li><a href="/jcdt/201909/t20190917_2301284.html">云岫县检察院召开人民监督员座谈会</a><span>2019-09-17</span></li></ul></div>
</div>
<div class="footer"><div class="w1100"><p>云岫县人民检察院 版权所有　地址：云岫县城关镇府前路16号　举报电话：12309</p><p>澜ICP备10023456号-1　澜公网安备 61102502000208号</p></div></div>
</body>
</html>
"""

# (4) a county public-security bureau's 警务公开 通告 on ASP.NET (2013) in GBK: the page is one <form> with
# __VIEWSTATE, the title in span#ctl00_ContentPlaceHolder1_lblTitle, a div.newsinfo of 发布时间：<span
# id=…_lblTime>2013-9-26 15:08:42</span> / 来源：<span id=…_lblSource> / 浏览次数：<span id=…_lblHits>, the body in
# div#ctl00_ContentPlaceHolder1_divContent ending on the issuer and the signature day; a 警务公开 left menu, the 报警
# 110 box, 【打印】【关闭】 and the footer
POLICE_ASPX_GBK = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>
	关于国庆期间城区部分路段实行交通管制的通告 - 云岫县公安局
</title><link href="../css/main.css" rel="stylesheet" type="text/css" /></head>
<body>
<form name="aspnetForm" method="post" action="NewsShow.aspx?id=1862" id="aspnetForm">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkUmV4YW1wbGVvbmx5" />
</div>
<div class="top"><img src="../images/gaj_banner.jpg" alt="云岫县公安局" /></div>
<div class="menu"><a href="../Default.aspx">首页</a><a href="../NewsList.aspx?cid=1">警务动态</a><a href="../NewsList.aspx?cid=2">警务公开</a><a href="../NewsList.aspx?cid=3">办事指南</a><a href="../NewsList.aspx?cid=4">防范宣传</a><a href="../NewsList.aspx?cid=5">警民互动</a></div>
<div class="main">
<div class="left">
<div class="lbox"><h3>警务公开</h3><ul><li><a href="../NewsList.aspx?cid=21">通知通告</a></li><li><a href="../NewsList.aspx?cid=22">执法依据</a></li><li><a href="../NewsList.aspx?cid=23">执法程序</a></li><li><a href="../NewsList.aspx?cid=24">监督投诉</a></li></ul></div>
<div class="lbox baojing"><h3>紧急报警</h3><p>报警电话：110</p><p>交通事故报警：122</p><p>监督电话：0598-86317000</p></div>
</div>
<div class="right">
<div class="weizhi">当前位置：<a href="../Default.aspx">首页</a> &gt;&gt; <a href="../NewsList.aspx?cid=2">警务公开</a> &gt;&gt; <a href="../NewsList.aspx?cid=21">通知通告</a></div>
<div class="newstitle"><span id="ctl00_ContentPlaceHolder1_lblTitle">关于国庆期间城区部分路段实行交通管制的通告</span></div>
<div class="newsinfo">发布时间：<span id="ctl00_ContentPlaceHolder1_lblTime">2013-9-26 15:08:42</span>&nbsp;&nbsp;&nbsp;来源：<span id="ctl00_ContentPlaceHolder1_lblSource">县公安局交警大队</span>&nbsp;&nbsp;&nbsp;浏览次数：<span id="ctl00_ContentPlaceHolder1_lblHits">1873</span></div>
<div id="ctl00_ContentPlaceHolder1_divContent" class="newscontent">
<p>　　为确保国庆节期间城区道路交通安全畅通，根据《中华人民共和国道路交通安全法》第三十九条之规定，决定对城区部分路段实行交通管制，现通告如下：</p>
<p>　　一、2013年10月1日至10月7日，每日9时至21时，人民路（府前路口至解放路口）禁止机动车通行。</p>
<p>　　二、管制期间，过境车辆请绕行环城东路、环城西路，公交线路临时调整情况以公交公司公告为准。</p>
<p>　　三、执行紧急任务的警车、消防车、救护车、工程救险车不受本通告限制。</p>
<p>　　四、对违反本通告的，由公安机关交通管理部门依法处理。</p>
<p>　　特此通告。</p>
<p align="right">云岫县公安局</p>
<p align="right">2013年9月26日</p>
</div>
<div class="newsbtn">【<a href="javascript:window.print();">打印</a>】【<a href="javascript:window.close();">关闭</a>】</div>
</div>
</div>
<div class="foot">云岫县公安局 版权所有 &nbsp;地址：云岫县城关镇公安路1号 &nbsp;澜ICP备08004417号<br />建议使用1024*768分辨率 IE6.0以上版本浏览</div>
</form>
</body>
</html>
"""

# (5) a tax bureau's 通知公告 on 大汉 (Hanweb) JCMS (2018): /art/2018/12/20/art_3302_88417.html, a 税务 banner
# with 纳税服务热线 12366, a jcms left column, the title in div.bt, then a table.xx_info whose label and value cells
# stand apart (<td class="lab">发布日期：</td><td>2018-12-20</td><td class="lab">来源：</td><td>…</td>), the body in
# div#zoom between ZJEG_RSS marks with a deadline (2018年12月31日前) and a signature day in it; 【打印】【关闭】,
# a 分享 bar, 上一篇/下一篇, the footer with 网站标识码
TAX_HANWEB_TD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>国家税务总局临溪市溪东区税务局关于做好个人所得税专项附加扣除信息采集工作的通告 </title>
<meta name="ColumnName" content="通知公告">
<link href="/script/jcms.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><div class="w1000">国家税务总局临溪市溪东区税务局　纳税服务热线：12366<span class="top-r"><a href="/col/col3300/index.html">网站首页</a> | <a href="https://etax.example.cn/" target="_blank">电子税务局</a></span></div></div>
<div class="banner"><img src="/images/tax_banner.jpg" alt="国家税务总局临溪市溪东区税务局" /></div>
<div class="nav"><a href="/col/col3300/index.html">首页</a><a href="/col/col3301/index.html">税务要闻</a><a href="/col/col3302/index.html">通知公告</a><a href="/col/col3303/index.html">税收政策</a><a href="/col/col3304/index.html">纳税服务</a><a href="/col/col3305/index.html">信息公开</a><a href="/col/col3306/index.html">互动交流</a></div>
<table width="1000" align="center" border="0" cellpadding="0" cellspacing="0"><tr>
<td width="220" valign="top" class="left"><div class="lm">通知公告</div><ul class="lm-list"><li><a href="/col/col3302/index.html">通知公告</a></li><li><a href="/col/col3307/index.html">税收宣传</a></li><li><a href="/col/col3308/index.html">办税指南</a></li></ul>
<div class="lm">热点问答</div><ul class="lm-list"><li><a href="/art/2018/12/18/art_3308_88390.html">子女教育扣除怎么填报？</a></li><li><a href="/art/2018/12/17/art_3308_88371.html">住房租金扣除标准是多少？</a></li></ul></td>
<td width="780" valign="top" class="right">
<div class="dqwz">您当前所在位置：<a href="/col/col3300/index.html">首页</a> &gt; <a href="/col/col3302/index.html">通知公告</a></div>
<div class="bt">国家税务总局临溪市溪东区税务局关于做好个人所得税专项附加扣除信息采集工作的通告</div>
<table class="xx_info" width="100%" border="0" cellpadding="0" cellspacing="0"><tr>
<td class="lab" width="80">发布日期：</td><td width="120">2018-12-20</td><td class="lab" width="60">来源：</td><td width="160">纳税服务股</td><td class="lab" width="70">访问量：</td><td><span id="hits"></span><script src="/module/visitcount/visit.jsp?type=3&amp;i_webid=5&amp;i_columnid=3302&amp;i_articleid=88417"></script></td>
</tr></table>
<div id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart">
<p style="text-indent:2em;">根据《中华人民共和国个人所得税法》及其实施条例和《个人所得税专项附加扣除暂行办法》的规定，自2019年1月1日起，纳税人可以享受子女教育、继续教育、大病医疗、住房贷款利息、住房租金和赡养老人六项专项附加扣除。为做好信息采集工作，现将有关事项通告如下：</p>
<p style="text-indent:2em;">一、纳税人可以通过手机个人所得税APP、电子税务局网页或填写纸质《个人所得税专项附加扣除信息表》等方式报送扣除信息。</p>
<p style="text-indent:2em;">二、希望在2019年1月工资发放时享受扣除的，请于2018年12月31日前将相关信息提交任职受雇单位。</p>
<p style="text-indent:2em;">三、纳税人对报送信息的真实性、准确性、完整性负责，相关资料请留存备查。</p>
<p style="text-indent:2em;">咨询电话：0598-86219366。</p>
<p style="text-indent:2em;">特此通告。</p>
<p style="text-align:right;">国家税务总局临溪市溪东区税务局</p>
<p style="text-align:right;">2018年12月20日</p>
<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div>
<div class="tool">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="bdsharebuttonbox">分享：<a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a></div>
<div class="sxp">上一篇：<a href="/art/2018/12/14/art_3302_88350.html">关于2018年12月纳税申报期限的通知</a><br />下一篇：<a href="/art/2018/12/25/art_3302_88460.html">元旦期间办税服务厅对外服务时间安排的公告</a></div>
</td></tr></table>
<div class="footer">主办单位：国家税务总局临溪市溪东区税务局　地址：溪东区新华路200号<br />网站标识码：bm29050011　澜ICP备18031234号　版权所有</div>
</body>
</html>
"""

# (6) a county 人社局 公示 on DedeCMS (2015): the default article template — div.place (当前位置), div.title > h2,
# div.info of <small>时间:</small>2015-08-20 10:12<small>来源:</small>人事股<small>作者:</small>…<small>点击:</small>
# <script src="/plus/count.php?view=yes&aid=…">, the body in div.content > table > tr > td holding a lead paragraph,
# a bordered name table and the 公示期 and 监督电话 paragraphs; div.boxoff 上一篇/下一篇 in div.context, then
# 相关文章 (dated) and a 热点内容 side box
HRSS_DEDE_TABLE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>云岫县2015年公开招聘乡镇事业单位工作人员拟聘用人员公示_公示公告_云岫县人力资源和社会保障局</title>
<meta name="keywords" content="公开招聘,拟聘用,公示" />
<meta name="description" content="云岫县2015年公开招聘乡镇事业单位工作人员拟聘用人员公示" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
</head>
<body class="articleview">
<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/">云岫县人力资源和社会保障局</a></h1></div></div>
<div class="nav w960 center"><ul><li><a href="/">主页</a></li><li><a href="/a/rsdt/">人社动态</a></li><li><a href="/a/gsgg/">公示公告</a></li><li><a href="/a/jycy/">就业创业</a></li><li><a href="/a/shbx/">社会保险</a></li><li><a href="/a/ldgx/">劳动关系</a></li><li><a href="/a/rsrc/">人事人才</a></li></ul></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/a/gsgg/">公示公告</a> &gt; </div>
<div class="viewbox">
<div class="title"><h2>云岫县2015年公开招聘乡镇事业单位工作人员拟聘用人员公示</h2></div>
<div class="info"><small>时间:</small>2015-08-20 10:12<small>来源:</small>人事股<small>作者:</small>云岫人社<small>点击:</small><script src="/plus/count.php?view=yes&amp;aid=1206&amp;mid=1" type="text/javascript" language="javascript"></script>次</div>
<div class="content"><table width="100%"><tr><td>
<p>　　根据《云岫县2015年公开招聘乡镇事业单位工作人员公告》，经笔试、面试、体检和考察等程序，确定以下人员为拟聘用人员，现予以公示：</p>
<table border="1" cellspacing="0" cellpadding="3" width="92%" style="border-collapse:collapse;">
<tr><td>序号</td><td>姓名</td><td>性别</td><td>准考证号</td><td>拟聘单位</td><td>总成绩</td></tr>
<tr><td>1</td><td>郑晓东</td><td>男</td><td>15060102</td><td>白岭镇农业服务中心</td><td>78.42</td></tr>
<tr><td>2</td><td>黄佳琪</td><td>女</td><td>15060117</td><td>白岭镇社会事务服务中心</td><td>76.90</td></tr>
<tr><td>3</td><td>苏文博</td><td>男</td><td>15060208</td><td>石桥乡农业服务中心</td><td>75.36</td></tr>
<tr><td>4</td><td>林雨欣</td><td>女</td><td>15060231</td><td>石桥乡文化服务中心</td><td>74.88</td></tr>
</table>
<p>　　公示期：2015年8月20日至8月26日（5个工作日）。</p>
<p>　　公示期间，如对公示对象有异议，可采取电话、信函或来访等形式向县人社局反映。反映问题要实事求是，并提供必要的调查线索。监督电话：0598-86321234。</p>
</td></tr></table></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="context"><ul><li>上一篇：<a href="/a/gsgg/2015/0812/1198.html">云岫县2015年公开招聘乡镇事业单位工作人员体检结果公告</a> </li><li>下一篇：<a href="/a/gsgg/2015/0825/1211.html">关于2015年度社会保险缴费基数调整的通知</a> </li></ul></div>
<div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=1206" target="_blank">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid=1206&amp;title=%E5%85%AC%E7%A4%BA" target="_blank">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid=1206" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div>
</div>
<div class="commend mt1"><dl class="tbox"><dt><strong>相关文章</strong></dt><dd><ul>
<li><a href="/a/gsgg/2015/0612/1102.html">云岫县2015年公开招聘乡镇事业单位工作人员公告</a><span>2015-06-12</span></li>
<li><a href="/a/gsgg/2015/0728/1175.html">云岫县2015年公开招聘乡镇事业单位工作人员面试成绩公告</a><span>2015-07-28</span></li></ul></dd></dl></div>
</div>
<div class="pright"><div class="commend"><dl class="tbox"><dt><strong>热点内容</strong></dt><dd><ul class="c1 ico2">
<li><a href="/a/jycy/2015/0701/1140.html">2015年创业担保贷款申请指南</a></li><li><a href="/a/shbx/2015/0615/1110.html">城乡居民养老保险缴费须知</a></li></ul></dd></dl></div></div>
</div>
<div class="footer w960 center mt1 clear"><div class="footer_left"></div><div class="footer_body"><p class="powered">地址：云岫县城关镇人民路22号　电话：0598-86321000</p><div class="copyright">Copyright &copy; 2015 云岫县人力资源和社会保障局 版权所有 澜ICP备15002233号</div></div></div>
</body>
</html>
"""

# (7) a county 纪委监委 审查调查 page on 帝国CMS (2022): the 清风云岫 banner, a 审查调查 column, h1 in div.news_title,
# div.news_info "时间：2022-06-15 16:30:21　文章来源：云岫县纪委监委　点击数：<script src=/e/public/ViewClick/…>",
# the body in div#text: the announcement and the official's 简历 paragraphs, the last a post he took; a 分享 bar of
# icons, 上一篇/下一篇, a 审查调查 side list with dates and a 12388 举报 box
JIWEI_EMPIRE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>云岫县农业农村局原党组成员、副局长林某某接受纪律审查和监察调查 - 清风云岫</title>
<meta name="keywords" content="审查调查,林某某" />
<meta name="description" content="云岫县农业农村局原党组成员、副局长林某某涉嫌严重违纪违法，目前正接受云岫县纪委监委纪律审查和监察调查。" />
<link href="/skin/qfyx/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="head"><div class="w1200"><img src="/skin/qfyx/images/logo.png" alt="清风云岫 中共云岫县纪律检查委员会 云岫县监察委员会" /><div class="jb">举报电话：12388　<a href="/jubao/">网上举报</a></div></div></div>
<div class="nav"><div class="w1200"><a href="/">首页</a><a href="/yw/">要闻</a><a href="/scdc/">审查调查</a><a href="/djcf/">党纪政务处分</a><a href="/bgt/">曝光台</a><a href="/xcxs/">巡察工作</a><a href="/lzwh/">廉政文化</a></div></div>
<div class="w1200 main">
<div class="pos">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/scdc/">审查调查</a></div>
<div class="leftbox">
<div class="news_title"><h1>云岫县农业农村局原党组成员、副局长林某某接受纪律审查和监察调查</h1></div>
<div class="news_info">时间：2022-06-15 16:30:21　文章来源：云岫县纪委监委　点击数：<script src="/e/public/ViewClick/?classid=3&amp;id=1289&amp;addclick=1"></script></div>
<div id="text" class="news_text">
<p>　　云岫县农业农村局原党组成员、副局长林某某涉嫌严重违纪违法，目前正接受云岫县纪委监委纪律审查和监察调查。</p>
<p>　　林某某简历</p>
<p>　　林某某，男，汉族，1968年5月出生，中专学历，1989年8月参加工作，1995年6月加入中国共产党。</p>
<p>　　1989年8月至2003年12月，先后任云岫县白岭乡农技站技术员、站长；2004年1月至2012年2月，任云岫县农业局种植业股股长；2012年3月至2019年2月，任云岫县农业局副局长。</p>
<p>　　2019年3月至2022年3月，任云岫县农业农村局党组成员、副局长。</p>
</div>
<div class="share">分享到：<a class="wx" href="javascript:;" title="微信"></a><a class="wb" href="javascript:;" title="微博"></a></div>
<div class="sxp"><p>上一篇：<a href="/scdc/2022-05-27/1281.html">云岫县石桥乡原党委副书记陈某接受纪律审查和监察调查</a></p><p>下一篇：<a href="/scdc/2022-07-04/1296.html">云岫县供销社原主任王某某被开除党籍</a></p></div>
</div>
<div class="rightbox">
<div class="rbox"><h3>审查调查</h3><ul>
<li><a href="/scdc/2022-05-27/1281.html">云岫县石桥乡原党委副书记陈某接受纪律审查和监察调查</a><span>05-27</span></li>
<li><a href="/scdc/2022-04-19/1263.html">云岫县自然资源局原四级主任科员黄某被提起公诉</a><span>04-19</span></li></ul></div>
<div class="rbox jbbox"><h3>我要举报</h3><p>信访举报电话：0598-12388</p><p>来信地址：云岫县城关镇府前路1号县纪委监委信访室</p></div>
</div>
</div>
<div class="foot">中共云岫县纪律检查委员会　云岫县监察委员会 版权所有<br />澜ICP备17004421号　技术支持：云岫县信息中心</div>
</body>
</html>
"""

# (8) a city 党建网 on JEECMS (2017): /dwgz/zzjs/2318.jhtml, a 临溪党建 red header, div.content_box > h2, one line
# p.msgbar "发布时间：2017-06-28 09:30:00 来源：市委组织部 作者：李文 浏览次数：<span id="views"></span>" filled by
# Cms.viewCount, the body in div.content > div.txt; a 打印/关闭 bar, 上一篇/下一篇 and a 组织建设 side list
DANGJIAN_JEECMS = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>市委组织部举办全市新任村党组织书记示范培训班 - 临溪党建网</title>
<meta http-equiv="keywords" content="村党组织书记,示范培训" />
<link href="/r/cms/www/red/css/layout.css" rel="stylesheet" type="text/css" />
<script src="/r/cms/jquery.js" type="text/javascript"></script>
<script src="/r/cms/front.js" type="text/javascript"></script>
</head>
<body>
<div class="header"><div class="w"><a href="/"><img src="/r/cms/www/red/img/logo.png" alt="临溪党建网" /></a><span class="slogan">不忘初心　牢记使命</span></div></div>
<div class="menu"><div class="w"><a href="/">首页</a><a href="/dwgz/dtyw/index.jhtml">党建要闻</a><a href="/dwgz/zzjs/index.jhtml">组织建设</a><a href="/dwgz/gbgz/index.jhtml">干部工作</a><a href="/dwgz/rcgz/index.jhtml">人才工作</a><a href="/dwgz/dyjy/index.jhtml">党员教育</a><a href="/dwgz/jcdj/index.jhtml">基层党建</a></div></div>
<div class="w main">
<div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/dwgz/zzjs/index.jhtml">组织建设</a> &gt; 正文</div>
<div class="main_l">
<div class="content_box">
<h2>市委组织部举办全市新任村党组织书记示范培训班</h2>
<p class="msgbar">发布时间：2017-06-28 09:30:00　来源：市委组织部　作者：李文　浏览次数：<span id="views"></span></p>
<div class="content"><div class="txt">
<p style="text-indent:2em;">6月26日至27日，市委组织部在市委党校举办全市新任村党组织书记示范培训班，来自全市各县（区）的120名新任村党组织书记参加培训。</p>
<p style="text-indent:2em;">培训班采取专题辅导、案例教学、现场观摩和分组研讨相结合的方式，围绕村级组织运转、发展壮大村级集体经济、基层矛盾纠纷化解等内容进行了系统授课。</p>
<p style="text-indent:2em;">学员们还到溪东区城南街道和云岫县白岭镇的两个先进村实地观摩，学习村务公开、“四议两公开”工作法等经验做法。</p>
<p style="text-indent:2em;">市委组织部有关负责同志要求，新任村党组织书记要尽快转变角色、进入状态，切实履行好抓党建、促发展、保稳定的第一责任。</p>
</div></div>
<div class="tools"><a href="javascript:window.print();">[打印本页]</a> <a href="javascript:window.close();">[关闭窗口]</a></div>
<div class="pn"><p>上一篇：<a href="/dwgz/zzjs/2301.jhtml">全市软弱涣散基层党组织整顿工作推进会召开</a></p><p>下一篇：<a href="/dwgz/zzjs/2335.jhtml">市直机关工委开展“七一”走访慰问困难党员活动</a></p></div>
</div>
</div>
<div class="main_r"><div class="box"><div class="box_t">组织建设</div><ul>
<li><a href="/dwgz/zzjs/2301.jhtml">全市软弱涣散基层党组织整顿工作推进会召开</a><span>06-20</span></li>
<li><a href="/dwgz/zzjs/2287.jhtml">我市启动“两学一做”学习教育常态化制度化</a><span>06-12</span></li></ul></div></div>
</div>
<div class="footer"><div class="w">主办：中共临溪市委组织部　联系电话：0598-86109876<br />临溪党建网 版权所有 澜ICP备11008877号</div></div>
<script type="text/javascript">$(function(){Cms.viewCount("/","2318");});</script>
</body>
</html>
"""

# (9) a 团市委 site on 博达 (VSB) (2020): the form name="_newscontent_fromname", td.titlestyle-less modern layout of
# div.content-title > h3, div.content-info of 发布时间：2020年05月04日 / 信息来源：团市委宣传部 / 点击数：
# <script>_showDynClicks("wbnews", …)</script>, the body in div#vsb_content > div.v_news_content, then div#div_vote_id,
# 上一条/下一条 and a 共青团要闻 side list; the footer with 版权所有 and ICP
YOUTH_VSB = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>团市委举行纪念五四运动101周年主题团日活动-共青团临溪市委员会</title>
<meta name="pageType" content="3">
<meta name="pageTitle" content="团市委举行纪念五四运动101周年主题团日活动">
<META Name="keywords" Content="共青团临溪市委员会,五四,主题团日" />
<link rel="stylesheet" type="text/css" href="style/style.css" />
<script type="text/javascript" src="/system/resource/js/dynclicks.js"></script>
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1021,'/content.jsp',5871,1523698745)</script>
</head>
<body>
<div class="header"><div class="w1200"><a href="index.htm"><img src="images/logo_tsw.png" alt="共青团临溪市委员会" /></a></div></div>
<div class="nav"><ul class="w1200"><li><a href="index.htm">首页</a></li><li><a href="twyw.htm">共青团要闻</a></li><li><a href="jcdt.htm">基层动态</a></li><li><a href="tzgg.htm">通知公告</a></li><li><a href="sngz.htm">少年工作</a></li><li><a href="qnzyz.htm">青年志愿者</a></li></ul></div>
<div class="w1200 main">
<div class="list-left"><div class="lt">共青团要闻</div><ul>
<li><a href="../info/1021/5866.htm">团市委召开2020年全市共青团工作会议</a><span>2020-04-28</span></li>
<li><a href="../info/1021/5859.htm">“青春战疫”志愿服务总结表彰会举行</a><span>2020-04-20</span></li></ul></div>
<div class="list-right">
<div class="dqwz">当前位置：<a href="../index.htm">首页</a> &gt;&gt; <a href="../twyw.htm">共青团要闻</a> &gt;&gt; 正文</div>
<form name="_newscontent_fromname">
<div class="content-title"><h3>团市委举行纪念五四运动101周年主题团日活动</h3></div>
<div class="content-info"><span>发布时间：2020年05月04日</span><span>信息来源：团市委宣传部</span><span>点击数：<script>_showDynClicks("wbnews", 1523698745, 5871)</script></span></div>
<div id="vsb_content"><div class="v_news_content">
<p style="text-indent:2em;">5月4日上午，团市委在市青少年宫举行纪念五四运动101周年主题团日活动，全市各级团组织代表、青年志愿者代表和新团员共80余人参加。</p>
<p style="text-indent:2em;">活动中，12名新团员在团旗下庄严宣誓，老团员代表带领大家重温入团誓词。“战疫”一线的青年医生、青年民警代表分享了自己的抗疫故事。</p>
<p style="text-indent:2em;">团市委主要负责同志寄语广大团员青年，要传承五四精神，在疫情防控和复工复产中勇当先锋、敢打头阵，以青春之我奉献新时代。</p>
<p style="text-indent:2em;">当天，全市各级团组织通过线上线下相结合的方式同步开展主题团日活动，累计参与团员青年5万余人次。</p>
</div></div>
<div id="div_vote_id"></div>
<div class="content-sxt"><p>上一条：<a href="5866.htm">团市委召开2020年全市共青团工作会议</a></p><p>下一条：<a href="5880.htm">我市开展“青年大学习”网上主题团课</a></p></div>
</form>
</div>
</div>
<div class="footer"><div class="w1200">共青团临溪市委员会 版权所有　地址：临溪市府前路8号　电话：0598-86105544　澜ICP备12004711号</div></div>
</body>
</html>
"""

# (10) a county 妇联 of 2008 in GBK, an ASP table page (NewsShow.asp?id=): the 巾帼 banner, a top nav of 妇联概况
# / 工作动态 / 维权服务 / 巾帼建功, the title in a td of <font class="f18"><b>, one centered td "更新时间：2008-3-10
# 9:25:41　来源：县妇联　作者：宣传部　阅读：<script>" (the day without zero padding), the body in td.zw with a photo
# and its caption; 【打印此文】【关闭窗口】, 上一篇/下一篇, a 相关文章 table with dates and the old footer
FULIAN_2008_GBK = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>县妇联隆重召开纪念“三八”国际劳动妇女节98周年表彰大会--云岫县妇女联合会</title>
<link href="css/css.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/top_jg.jpg" width="778" height="130" alt="云岫巾帼网"></td></tr>
<tr><td height="30" background="images/dh_bg.gif" align="center" class="dh"><a href="index.asp">首 页</a> | <a href="NewsList.asp?lx=1">妇联概况</a> | <a href="NewsList.asp?lx=2">工作动态</a> | <a href="NewsList.asp?lx=3">维权服务</a> | <a href="NewsList.asp?lx=4">巾帼建功</a> | <a href="NewsList.asp?lx=5">家庭教育</a> | <a href="NewsList.asp?lx=6">下载中心</a></td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td height="26" class="wz">&nbsp;当前位置：<a href="index.asp">首页</a> &gt;&gt; <a href="NewsList.asp?lx=2">工作动态</a></td></tr>
<tr><td valign="top" style="padding:8px 20px;">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="46" align="center"><font class="f18" color="#CC0000"><b>县妇联隆重召开纪念“三八”国际劳动妇女节98周年表彰大会</b></font></td></tr>
<tr><td height="24" align="center" bgcolor="#FFF2F2">更新时间：2008-3-10 9:25:41　来源：县妇联　作者：宣传部　阅读：<script language="javascript" src="Hits.asp?id=426"></script>次</td></tr>
<tr><td class="zw" style="line-height:180%;padding-top:12px;">
<p>　　3月7日上午，县妇联在县会堂隆重召开纪念“三八”国际劳动妇女节98周年暨“三八红旗手”表彰大会，县四套班子有关领导和各界妇女代表300余人参加大会。</p>
<p align="center"><img src="UploadFile/2008310925288.jpg" width="400" height="280" border="0"></p>
<p align="center">表彰大会现场</p>
<p>　　大会表彰了2007年度全县“三八红旗手”30名、“三八红旗集体”10个和“五好文明家庭”20户。受表彰的代表在会上作了交流发言。</p>
<p>　　会议指出，过去一年全县各级妇联组织围绕中心、服务大局，在“双学双比”“巾帼建功”和妇女儿童维权等工作中取得了明显成效。</p>
<p>　　会议要求，全县广大妇女要以先进为榜样，在社会主义新农村建设中充分发挥“半边天”作用。</p>
</td></tr>
<tr><td height="30" align="right">【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td height="22">上一篇：<a href="NewsShow.asp?id=421">县妇联开展“春风行动”送岗位活动</a></td></tr>
<tr><td height="22">下一篇：<a href="NewsShow.asp?id=430">我县举办农村妇女实用技术培训班</a></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" style="margin-top:8px;">
<tr><td height="24" class="xgwz">&nbsp;相关文章</td></tr>
<tr><td>&middot;<a href="NewsShow.asp?id=312">县妇联召开2007年度“三八”表彰大会</a>&nbsp;(2007-3-9)<br>&middot;<a href="NewsShow.asp?id=402">县妇联召开七届三次执委会议</a>&nbsp;(2008-2-22)</td></tr>
</table>
</td></tr></table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="60" align="center" bgcolor="#F2F2F2">
云岫县妇女联合会 版权所有&nbsp;&nbsp;地址：云岫县城关镇府前路1号&nbsp;&nbsp;电话：0598-86312345<br>澜ICP备05006612号&nbsp;&nbsp;建议在800*600分辨率下浏览</td></tr></table>
</body>
</html>
"""

PAGES: list[Page] = [
    Page(
        id="public-hospital-pageadmin",
        url="http://www.lxey.example.cn/xwzx/yyxw/1425.html",
        html=HOSPITAL_PAGEADMIN,
        title="我院成功开展首例经导管主动脉瓣置换术",
        day="2021-04-12",
        source="党委宣传部",
        first="4月9日，我院心血管内科团队在导管室成功为一名82岁重度主动脉瓣狭窄患者实施经导管主动脉瓣置换术（TAVR），这是我院首次独立开展该项技术。",
        last="该技术的成功开展，标志着我院心血管疾病介入诊疗水平迈上新台阶，今后辖区内高龄、高危的主动脉瓣疾病患者在家门口就能接受微创治疗。",
        absent=("作者：", "浏览：", "摄影：", "审核：", "分享到", "上一篇", "护理技能竞赛", "门诊时间", "温馨提示"),
    ),
    Page(
        id="public-court-chinacourt-no-source",
        url="http://xdfy.example.cn/article/detail/2016/11/id/2318470.shtml",
        html=COURT_CHINACOURT,
        title="溪东区法院集中宣判一批涉养老诈骗案件",
        day="2016-11-22",
        source=None,
        first="11月21日上午，溪东区人民法院对5起涉养老诈骗刑事案件进行集中公开宣判，12名被告人分别被判处有期徒刑一年至九年不等，并处罚金。",
        last="宣判结束后，承办法官结合案情向旁听的社区老年群众讲解了常见养老诈骗手法，提醒大家不轻信、不转账，遇到可疑情况及时报警或向子女求证。",
        absent=("作者：", "字号", "责任编辑", "关闭窗口", "法院公告", "开庭排期", "新闻排行", "诉讼服务热线"),
    ),
    Page(
        id="public-procuratorate-trs-source-link",
        url="http://www.yxjcy.example.gov.cn/jcdt/201911/t20191105_2320417.html",
        html=PROCURATORATE_TRS,
        title="云岫县检察院举办“检察开放日”活动",
        day="2019-11-05",
        source="检察日报",
        first="11月1日，云岫县人民检察院举办以“走近新时代检察”为主题的检察开放日活动，邀请人大代表、政协委员、人民监督员及学生家长代表等30余人走进检察机关。",
        last="代表们表示，通过开放日活动近距离感受了检察工作，希望检察机关继续加强未成年人司法保护，多开展进校园法治宣传。",
        absent=("扫一扫", "打印本页", "关闭窗口", "相关阅读", "法治进校园", "人民监督员座谈会", "举报电话", "公网安备"),
    ),
    Page(
        id="public-police-aspx-span-ids-gbk",
        url="http://www.yxgaj.example.gov.cn/News/NewsShow.aspx?id=1862",
        html=POLICE_ASPX_GBK,
        title="关于国庆期间城区部分路段实行交通管制的通告",
        day="2013-09-26",
        source="县公安局交警大队",
        first="为确保国庆节期间城区道路交通安全畅通，根据《中华人民共和国道路交通安全法》第三十九条之规定，决定对城区部分路段实行交通管制，现通告如下：",
        last="2013年9月26日",
        absent=("浏览次数", "警务公开", "执法依据", "报警电话", "监督电话", "打印", "建议使用"),
        gbk=True,
    ),
    Page(
        id="public-tax-hanweb-label-cells",
        url="http://xidong.tax.example.gov.cn/art/2018/12/20/art_3302_88417.html",
        html=TAX_HANWEB_TD,
        title="国家税务总局临溪市溪东区税务局关于做好个人所得税专项附加扣除信息采集工作的通告",
        day="2018-12-20",
        source="纳税服务股",
        first="根据《中华人民共和国个人所得税法》及其实施条例和《个人所得税专项附加扣除暂行办法》的规定，自2019年1月1日起，纳税人可以享受子女教育、继续教育、大病医疗、住房贷款利息、住房租金和赡养老人六项专项附加扣除。为做好信息采集工作，现将有关事项通告如下：",
        last="2018年12月20日",
        absent=(
            "访问量",
            "纳税服务热线",
            "热点问答",
            "子女教育扣除怎么填报",
            "分享",
            "上一篇",
            "元旦期间",
            "网站标识码",
        ),
    ),
    Page(
        id="public-hrss-dede-name-table",
        url="http://www.yxrsj.example.gov.cn/a/gsgg/2015/0820/1206.html",
        html=HRSS_DEDE_TABLE,
        title="云岫县2015年公开招聘乡镇事业单位工作人员拟聘用人员公示",
        day="2015-08-20",
        source="人事股",
        first="根据《云岫县2015年公开招聘乡镇事业单位工作人员公告》，经笔试、面试、体检和考察等程序，确定以下人员为拟聘用人员，现予以公示：",
        last="公示期间，如对公示对象有异议，可采取电话、信函或来访等形式向县人社局反映。反映问题要实事求是，并提供必要的调查线索。监督电话：0598-86321234。",
        absent=(
            "点击:",
            "分隔线",
            "上一篇",
            "体检结果公告",
            "收藏",
            "挑错",
            "相关文章",
            "面试成绩公告",
            "热点内容",
            "创业担保贷款",
        ),
    ),
    Page(
        id="public-jiwei-empire-wenzhang-laiyuan",
        url="http://www.qfyx.example.gov.cn/scdc/2022-06-15/1289.html",
        html=JIWEI_EMPIRE,
        title="云岫县农业农村局原党组成员、副局长林某某接受纪律审查和监察调查",
        day="2022-06-15",
        source="云岫县纪委监委",
        first="云岫县农业农村局原党组成员、副局长林某某涉嫌严重违纪违法，目前正接受云岫县纪委监委纪律审查和监察调查。",
        last="2019年3月至2022年3月，任云岫县农业农村局党组成员、副局长。",
        absent=(
            "文章来源",
            "点击数",
            "分享到",
            "上一篇",
            "石桥乡原党委副书记",
            "供销社",
            "我要举报",
            "信访举报电话",
            "技术支持",
        ),
    ),
    Page(
        id="public-dangjian-jeecms-one-line",
        url="http://www.lxdj.example.gov.cn/dwgz/zzjs/2318.jhtml",
        html=DANGJIAN_JEECMS,
        title="市委组织部举办全市新任村党组织书记示范培训班",
        day="2017-06-28",
        source="市委组织部",
        first="6月26日至27日，市委组织部在市委党校举办全市新任村党组织书记示范培训班，来自全市各县（区）的120名新任村党组织书记参加培训。",
        last="市委组织部有关负责同志要求，新任村党组织书记要尽快转变角色、进入状态，切实履行好抓党建、促发展、保稳定的第一责任。",
        absent=("作者：", "浏览次数", "打印本页", "上一篇", "软弱涣散", "两学一做", "不忘初心", "主办："),
    ),
    Page(
        id="public-youth-vsb-xinxi-laiyuan",
        url="http://www.lxgqt.example.cn/info/1021/5871.htm",
        html=YOUTH_VSB,
        title="团市委举行纪念五四运动101周年主题团日活动",
        day="2020-05-04",
        source="团市委宣传部",
        first="5月4日上午，团市委在市青少年宫举行纪念五四运动101周年主题团日活动，全市各级团组织代表、青年志愿者代表和新团员共80余人参加。",
        last="当天，全市各级团组织通过线上线下相结合的方式同步开展主题团日活动，累计参与团员青年5万余人次。",
        absent=("信息来源", "点击数", "上一条", "青年大学习", "共青团工作会议", "青春战疫", "府前路8号"),
    ),
    Page(
        id="public-fulian-2008-asp-gbk",
        url="http://www.yxfl.example.cn/NewsShow.asp?id=426",
        html=FULIAN_2008_GBK,
        title="县妇联隆重召开纪念“三八”国际劳动妇女节98周年表彰大会",
        day="2008-03-10",
        source="县妇联",
        first="3月7日上午，县妇联在县会堂隆重召开纪念“三八”国际劳动妇女节98周年暨“三八红旗手”表彰大会，县四套班子有关领导和各界妇女代表300余人参加大会。",
        last="会议要求，全县广大妇女要以先进为榜样，在社会主义新农村建设中充分发挥“半边天”作用。",
        absent=("更新时间", "阅读：", "打印此文", "上一篇", "春风行动", "相关文章", "七届三次执委会议", "建议在"),
        gbk=True,
    ),
]
