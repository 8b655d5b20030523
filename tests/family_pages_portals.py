"""Article pages of large Chinese national news portals, 2015-2023, one template family each and none of those
tests/family_pages_news.py, family_pages_modern.py and family_pages_regional.py imitate: written by hand after each
family's public template markup, names, hosts and numbers made up (tests/test_article_families.py checks every field
of each).

Families: NetEase news (网易, 2015, GBK) div.post_time_source "来源: <a id=ne_article_source>" with a visible
（原标题：…） line and the ep-source 本文来源/责任编辑 line inside div#endText; China Economic Net (中国经济网, 2016,
GBK) span#articleTime "2016年03月05日 10:20" and span#articleSource, a TRS_Editor body holding its own <style> rules,
【我要纠错】 责任编辑 after it; China.com.cn (中国网, 2017) page 2 of a three-page article with the 发布时间 | 来源 |
作者 bar and the pager div#autopage inside div.artiContent; China Radio International (国际在线, 2018) span#acreatedtime
and span#asource, an <audio> with fallback text in div#abody; the Beijing News (新京报, 2019) with no 来源 label and
the 新京报记者/编辑/校对 credit as the last line of div.content; China Youth Net (中国青年网, 2019) div.page_bt
"发稿时间：… 来源：中国青年网", a video player placeholder at the head of div.TRS_Editor; Jiemian (界面新闻, 2020) a
slashed date "2020/03/05 10:20", 图片来源 captions in the body and the reprint notice after it; Guangming Online
(光明网, 2021) span.m-con-time / span.m-con-source, page 1 of two in div.u-mainText, [责任编辑:] in
div#contentLiability; Huanqiu (环球网, 2022) the visible title and time beside hidden <textarea> data fields (an epoch
time, the source name) the page's script reads; Xinhuanet (新华网, 2023) the date split over span.year / span.day /
span.time, div.source, a 扫一扫 share block, span#detailContent inside div#detail and 【责任编辑:】 after it."""

from family_page import Page

# (1) NetEase news (网易新闻) of 2015, GBK: div#epContentLeft > h1, div.post_time_source "2015-03-05 10:20:33　来源:
# <a id="ne_article_source">" (an ASCII colon and a space), 举报 and 分享 beside it; div#endText.post_text opens with a
# visible grey <p class="otitle">（原标题：…）</p> and ends with div.ep-source "本文来源：… 责任编辑：…_NN1234" — both
# inside the text's container, kept as shown like real sites' (责编：…) lines; an ad box and a captioned photo
# inside the body, 相关新闻 with dates, 跟贴 and a 排行榜 column after it
NETEASE_2015_ENDTEXT = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>青岚市中小学将全面推行“午餐陪餐”制度_网易新闻中心</title>
<meta name="keywords" content="陪餐,午餐,中小学"/>
<meta name="description" content="青岚市中小学将全面推行“午餐陪餐”制度 校领导每天与学生同桌吃饭"/>
<link href="http://img1.cache.netease.example.cn/f2e/news/post2015/css/main.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="N-nav-channel JS_NTES_LOG_FE"><a href="http://news.163.example.cn/">新闻</a><a href="http://sports.163.example.cn/">体育</a><a href="http://ent.163.example.cn/">娱乐</a><a href="http://money.163.example.cn/">财经</a><a href="http://edu.163.example.cn/">教育</a><a href="http://tech.163.example.cn/">科技</a></div>
<div class="post_crumb">网易首页 &gt; <a href="http://news.163.example.cn/">新闻中心</a> &gt; <a href="http://news.163.example.cn/domestic/">国内新闻</a> &gt; 正文</div>
<div class="post_main clearfix">
<div class="post_content_main" id="epContentLeft">
<h1>青岚市中小学将全面推行“午餐陪餐”制度</h1>
<div class="post_time_source">
2015-03-05 10:20:33　来源: <a id="ne_article_source" href="http://zqb.cyol.example.cn/" target="_blank" rel="nofollow">中国青年报</a>
<a class="post_jubao" href="http://jubao.163.example.cn/" target="_blank">举报</a>
</div>
<div class="post_top_share"><span>分享到：</span><a class="share_weixin" href="javascript:;">微信</a><a class="share_yixin" href="javascript:;">易信</a><a class="share_weibo" href="javascript:;">微博</a><a class="share_qzone" href="javascript:;">QQ空间</a></div>
<div class="post_body">
<div class="post_text" id="endText" style="border-top:1px solid #ddd;">
<p class="otitle">（原标题：校长每天陪学生吃午饭）</p>
<p>　　本报青岚3月4日电（记者 韩雪松）青岚市教育局今天发布通知，从本学期起，全市中小学全面推行“午餐陪餐”制度，每天至少安排一名校领导与学生同桌就餐，陪餐情况记入学校食堂管理台账。</p>
<div class="gg200x300"><a href="http://g.163.example.cn/a?CID=12345" target="_blank"><img src="http://img1.cache.netease.example.cn/ad/300x250.jpg" width="300" height="250" /></a></div>
<p>　　通知要求，陪餐人员要对饭菜质量、数量、温度和口味进行评价，发现问题当场处理，并在每周的校务会上通报。学校还要邀请家长代表每月参加一次陪餐活动。</p>
<p class="f_center"><img src="http://cms-bucket.nosdn.netease.example.cn/2015/03/05/a1b2c3d4e5f6.jpg" alt="" /><br />青岚市实验小学校长与学生一起吃午饭。 韩雪松 摄</p>
<p>　　据了解，去年全市已有46所学校试行陪餐制度，学生对食堂的满意率从71%提高到了89%。</p>
<p>　　市教育局有关负责人表示，下一步将把陪餐制度落实情况纳入学校年度考核，对敷衍应付的学校进行通报。</p>
<div class="ep-source cDGray"><span class="left">本文来源：中国青年报</span> <span class="ep-editor">责任编辑：王超_NN1234</span></div>
</div>
</div>
<div class="post_btns"><a class="post_btn_good" href="javascript:;">赞</a><a class="post_btn_share" href="javascript:;">分享</a></div>
<div class="post_related"><h3>相关新闻</h3><ul>
<li><a href="http://news.163.example.cn/15/0303/08/AKL12345000014AE.html">多地中小学食堂引入“明厨亮灶”</a><span>2015-03-03</span></li>
<li><a href="http://news.163.example.cn/15/0227/09/AKA23456000014AE.html">教育部：严查学校食堂违规承包</a><span>2015-02-27</span></li>
</ul></div>
<div class="post_comment" id="tieArea"><h3>网友跟贴</h3><p class="tie-tip">跟贴热议 <em>1286</em> 人参与</p><div class="tie-item"><span class="tie-user">网易青岚市网友</span><p>早就该这样了，校长吃什么孩子就吃什么。</p></div><textarea class="tie-input">文明上网，登录发贴</textarea></div>
</div>
<div class="post_side"><div class="rank"><h3>排行榜</h3><ol><li><a href="http://news.163.example.cn/15/0305/07/AKP34567000014AE.html">政府工作报告十大看点</a></li><li><a href="http://news.163.example.cn/15/0305/06/AKP45678000014AE.html">春运返程客流今日达到高峰</a></li></ol></div></div>
</div>
<div class="N-nav-bottom"><a href="http://corp.163.example.cn/">About NetEase</a> - <a href="http://gb.corp.163.example.cn/gb/about/overview.html">公司简介</a> - <a href="http://help.163.example.cn/">联系方法</a><br />网易公司版权所有 &copy;1997-2015</div>
</body>
</html>
"""

# (2) China Economic Net (中国经济网) of 2016, GBK: h1#articleTitle, div.laiyuan of span#articleTime
# "2016年03月05日 10:20", span#articleSource 来源： and span#articleAuthor; div#articleText > div.content >
# div.TRS_Editor whose first child is the editor's own <style>.TRS_Editor P{…}</style> (rules, not text); after the
# body a div.bianji "【我要纠错】 责任编辑：…" OUTSIDE the text's container, a 分享到 bar, 相关新闻 with dates and a
# footer naming the 互联网新闻信息服务许可证 and the ICP证
CE_2016_TRS_STYLE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>云溪县职业学校“订单班”毕业生就业率连续三年超九成_中国经济网——国家经济门户</title>
<meta name="keywords" content="订单班,职业教育,就业率" />
<meta name="description" content="云溪县职业学校“订单班”毕业生就业率连续三年超过90%。" />
<link href="http://www.ce.example.cn/css/2015/content.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="top"><a href="http://www.ce.example.cn/">中国经济网首页</a> <a href="http://www.ce.example.cn/macro/">宏观</a> <a href="http://finance.ce.example.cn/">金融</a> <a href="http://edu.ce.example.cn/">教育</a> <a href="http://district.ce.example.cn/">地方</a></div>
<div class="location">您当前的位置 ：<a href="http://www.ce.example.cn/">中国经济网首页</a>&gt;<a href="http://edu.ce.example.cn/">教育频道</a>&gt;<a href="http://edu.ce.example.cn/zx/">教育资讯</a></div>
<div id="main">
<div class="left">
<h1 id="articleTitle">云溪县职业学校“订单班”毕业生就业率连续三年超九成</h1>
<div class="laiyuan"><span id="articleTime">2016年03月05日 10:20</span>&nbsp;&nbsp;&nbsp;<span id="articleSource">来源：经济日报</span>&nbsp;&nbsp;&nbsp;<span id="articleAuthor">作者：记者 彭立新</span></div>
<div id="articleText">
<div class="content">
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor DIV,.TRS_Editor TD,.TRS_Editor TH,.TRS_Editor SPAN,.TRS_Editor LI{line-height:1.8;font-family:宋体;font-size:12pt;}
</style>
<p>　　记者从云溪县教育局获悉，云溪县职业技术学校与县内12家企业合作开办的“订单班”，毕业生就业率已连续三年超过90%，其中对口就业的比例达到78%。</p>
<p>　　“订单班”由企业提出用人需求，学校和企业共同制定培养方案，企业技术骨干定期到校授课，学生第三学年进入企业顶岗实习。</p>
<p>　　该校校长陈国强介绍，今年学校新开设了数控技术、电子商务两个“订单班”，招生计划比去年增加了120人。</p>
<p>　　云溪县有关负责人表示，将继续引导县内企业参与职业教育，力争到2018年实现重点产业“订单班”全覆盖。</p>
</div>
</div>
</div>
<div class="bianji"><span class="jiucuo"><a href="http://www.ce.example.cn/jiucuo/" target="_blank">【我要纠错】</a></span>&nbsp;责任编辑：孙雅琴</div>
<div class="share"><span>分享到：</span><a href="javascript:;" class="bds_tsina">新浪微博</a><a href="javascript:;" class="bds_weixin">微信</a><a href="javascript:;" class="bds_qzone">QQ空间</a></div>
<div class="xgxw"><h3>相关新闻</h3><ul>
<li><a href="http://edu.ce.example.cn/zx/201603/03/t20160303_9123456.shtml" target="_blank">职业院校校企合作办学规模持续扩大</a><span>2016-03-03</span></li>
<li><a href="http://edu.ce.example.cn/zx/201602/29/t20160229_9101234.shtml" target="_blank">多地推进现代学徒制试点</a><span>2016-02-29</span></li>
</ul></div>
</div>
<div class="right"><div class="hot"><h3>热点新闻</h3><ul><li><a href="http://www.ce.example.cn/xwzx/gnsz/201603/05/t20160305_9134567.shtml">今年经济增长预期目标6.5%至7%</a></li><li><a href="http://www.ce.example.cn/xwzx/gnsz/201603/05/t20160305_9134568.shtml">“十三五”规划纲要草案提请审查</a></li></ul></div></div>
</div>
<div id="footer"><p><a href="http://www.ce.example.cn/about/">关于我们</a> | <a href="http://www.ce.example.cn/ad/">广告服务</a> | <a href="http://www.ce.example.cn/contact/">联系我们</a></p>
<p>中国经济网 版权所有 互联网新闻信息服务许可证（10120170008）</p><p>京ICP证040090号　京公网安备11010202000001号</p></div>
</body>
</html>
"""

# (3) China.com.cn (中国网) of 2017: page 2 of a three-page article (…_2.htm). h1.artiTitle, the bar "发布时间：
# 2017-03-05 10:20:33 | 来源：<a>中国网</a> | 作者：…" beside 【字号 大 中 小】 and 打印; the text in div.artiContent#
# articleBody ends with the pager div#autopage "上一页 1 2 3 下一页" INSIDE it; the body of this page is page 2's
# paragraphs; div.editor "【我要纠错】 责任编辑：…" after the container, 扫一扫 a QR code, 推荐阅读 with dates
CHINACOMCN_2017_AUTOPAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>澄湖省试点中小学教师“减负清单” 非教学任务砍掉三成_中国网</title>
<meta name="keywords" content="教师减负,非教学任务" />
<meta name="description" content="澄湖省在10个县（市、区）试点中小学教师“减负清单”。" />
<link rel="stylesheet" href="http://www.china.example.cn/css/2017/article.css" type="text/css" />
</head>
<body>
<div class="topNav"><a href="http://www.china.example.cn/">中国网首页</a> | <a href="http://news.china.example.cn/">新闻</a> | <a href="http://edu.china.example.cn/">教育</a> | <a href="http://opinion.china.example.cn/">观点</a> | <a href="http://v.china.example.cn/">视频</a></div>
<div class="crumbs"><a href="http://www.china.example.cn/">首页</a> &gt; <a href="http://edu.china.example.cn/">教育</a> &gt; 正文</div>
<div class="wrap clearfix">
<div class="main fl">
<h1 class="artiTitle" id="artiTitle">澄湖省试点中小学教师“减负清单” 非教学任务砍掉三成</h1>
<div class="artiInfo clearfix"><span class="fl time2">发布时间： 2017-03-05 10:20:33 | 来源：<a href="http://www.china.example.cn/" target="_blank">中国网</a> | 作者：林晓婷</span><span class="fr">【字号 <a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】 <a href="javascript:window.print()">打印</a></span></div>
<div class="artiContent" id="articleBody">
<p>　　在清单之外，试点县还建立了“进校园”活动准入制度。各类单位确需到学校开展的宣传、评比、调研活动，须报县教育局审核，每学期统一安排，不得临时摊派。</p>
<p>　　澄湖省芦溪县一所初中的语文老师郑丽说，以前每个月要填十几张表格，很多内容重复，现在表格统一由学校办公室汇总报送，自己可以把精力放在备课和批改作业上。</p>
<p>　　试点县教育局还开发了统一的数据填报平台，同一数据“一次采集、多方共享”，避免教师反复填报。</p>
<div id="autopage"><center><a href="http://edu.china.example.cn/2017-03/05/content_40412345.htm">上一页</a>&nbsp;&nbsp;<a href="http://edu.china.example.cn/2017-03/05/content_40412345.htm">1</a>&nbsp;&nbsp;<span>2</span>&nbsp;&nbsp;<a href="http://edu.china.example.cn/2017-03/05/content_40412345_3.htm">3</a>&nbsp;&nbsp;<a href="http://edu.china.example.cn/2017-03/05/content_40412345_3.htm">下一页</a></center></div>
</div>
<div class="editor">【我要纠错】 责任编辑：陈思</div>
<div class="qrcode"><img src="http://www.china.example.cn/img/2017/qr_app.png" alt="" /><p>扫一扫在手机打开当前页</p></div>
<div class="tjyd"><h3>推荐阅读</h3><ul>
<li><a href="http://edu.china.example.cn/2017-03/03/content_40401234.htm">代表委员：给教师减负要动真格</a><span>2017-03-03</span></li>
<li><a href="http://edu.china.example.cn/2017-03/01/content_40390123.htm">乡村教师生活补助政策实现全覆盖</a><span>2017-03-01</span></li>
</ul></div>
</div>
<div class="side fr"><div class="phb"><h3>24小时排行</h3><ol><li><a href="http://news.china.example.cn/2017-03/05/content_40412001.htm">两会首场新闻发布会举行</a></li><li><a href="http://news.china.example.cn/2017-03/05/content_40412002.htm">政府工作报告全文</a></li></ol></div></div>
</div>
<div class="footer"><p>版权所有 中国互联网新闻中心　电子邮件：webmaster@china.example.cn</p><p>京ICP证040089号　互联网新闻信息服务许可证 10120170001</p></div>
</body>
</html>
"""

# (4) China Radio International (国际在线) of 2018: h1#atitle, div.info of span#acreatedtime "2018-03-05 10:20:33" and
# span#asource "来源：<a>国际在线</a>"; div#abody opens with an audio player — an <audio> whose fallback text only old
# browsers show and a 点击播放 label — then the text with a captioned photo; span#aeditor 编辑：… after the container,
# 分享到, 相关新闻 with dates and a footer with the 互联网新闻信息服务许可证
CRI_2018_ABODY = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>国际中文教育志愿者培训班在青岚开班_国际在线</title>
<meta name="keywords" content="中文教育,志愿者,培训">
<link rel="stylesheet" href="http://news.cri.example.cn/css/2018/article.css">
</head>
<body>
<div class="header"><div class="nav"><a href="http://www.cri.example.cn/">国际在线</a><a href="http://news.cri.example.cn/">新闻</a><a href="http://news.cri.example.cn/world/">国际</a><a href="http://news.cri.example.cn/china/">国内</a><a href="http://edu.cri.example.cn/">教育</a></div></div>
<div class="crumbs"><a href="http://www.cri.example.cn/">首页</a> &gt; <a href="http://edu.cri.example.cn/">教育</a> &gt; 正文</div>
<div class="article-main clearfix">
<div class="article-left">
<h1 id="atitle" class="atitle">国际中文教育志愿者培训班在青岚开班</h1>
<div class="info"><span id="acreatedtime" class="acreatedtime">2018-03-05 10:20:33</span>&nbsp;&nbsp;<span id="asource" class="asource">来源：<a href="http://www.cri.example.cn/" target="_blank">国际在线</a></span></div>
<div id="abody" class="abody">
<div class="audio-box"><audio controls src="http://audio.cri.example.cn/2018/03/05/a7f3e2.mp3">您的浏览器不支持 audio 标签。</audio><span class="audio-tip">点击播放</span></div>
<p>　　国际在线报道（记者 覃海燕）：2018年国际中文教育志愿者岗前培训班5日在青岚师范大学开班，来自全国42所高校的380名志愿者将接受为期八周的集中培训。</p>
<p style="text-align:center"><img src="http://p1.cri.example.cn/2018/03/05/a7f3e2b1.jpg" alt=""></p>
<p style="text-align:center">培训班开班仪式现场。（摄影：覃海燕）</p>
<p>　　培训内容包括汉语教学技能、跨文化交际、中华才艺和赴任国国情等课程。培训结束后，志愿者将分赴亚洲、非洲和拉丁美洲的28个国家任教。</p>
<p>　　青岚师范大学副校长周文华表示，学校已连续八年承办这一培训，累计培训志愿者2600余人。</p>
</div>
<div class="aeditor"><span id="aeditor">编辑：吴凡</span></div>
<div class="share"><span>分享到：</span><a href="javascript:;">微信</a><a href="javascript:;">微博</a><a href="javascript:;">QQ空间</a></div>
<div class="related"><h3>相关新闻</h3><ul>
<li><a href="http://edu.cri.example.cn/20180301/b2c3d4e5.html">多国将中文纳入国民教育体系</a><span>2018-03-01</span></li>
<li><a href="http://edu.cri.example.cn/20180226/c3d4e5f6.html">孔子学院奖学金申请开始</a><span>2018-02-26</span></li>
</ul></div>
</div>
<div class="article-right"><div class="hot"><h3>热点推荐</h3><ul><li><a href="http://news.cri.example.cn/20180305/d4e5f6a7.html">外国记者眼中的中国两会</a></li></ul></div></div>
</div>
<div class="footer"><p>国际在线版权所有 Copyright &copy; 2003-2018 CRI Online</p><p>互联网新闻信息服务许可证10120170005　京ICP备12345678号</p></div>
</body>
</html>
"""

# (5) the Beijing News (新京报) of 2019: div.title > h1, div.ntit of span.author 新京报记者 …, span.date "2019-03-05
# 10:20" and a 阅读 count — no 来源 label anywhere; div.content#contentStr ends with the paper's own credit line
# "新京报记者 … 编辑 … 校对 …" INSIDE it (kept as shown, like real sites' (责编：…) lines); 扫码 a QR code, 推荐阅读
# with dates, a 评论 box and a footer with the ICP证
BJNEWS_2019_CONTENT = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>京南区今年新增中小学学位8000个 | 新京报</title>
<meta name="keywords" content="学位,中小学,京南区">
<meta name="description" content="京南区今年将新建、改扩建中小学11所，新增学位8000个。">
<link rel="stylesheet" href="http://static.bjnews.example.cn/www/v5/css/detail.css">
</head>
<body>
<div class="header"><a class="logo" href="http://www.bjnews.example.cn/"><img src="http://static.bjnews.example.cn/www/v5/img/logo.png" alt="新京报"></a>
<ul class="nav"><li><a href="http://www.bjnews.example.cn/news/">时事</a></li><li><a href="http://www.bjnews.example.cn/local/">北京</a></li><li><a href="http://www.bjnews.example.cn/edu/">教育</a></li><li><a href="http://www.bjnews.example.cn/opinion/">评论</a></li></ul></div>
<div class="main clearfix">
<div class="left fl">
<div class="title">
<h1>京南区今年新增中小学学位8000个</h1>
<div class="ntit"><span class="author">新京报记者 许晓芸</span><span class="date">2019-03-05 10:20</span><span class="read">阅读 <em>3216</em></span></div>
</div>
<div class="content" id="contentStr">
<p>　　新京报讯（记者 许晓芸）3月4日，记者从京南区教委获悉，今年该区将新建、改扩建中小学11所，新增学位8000个，重点缓解新建居住区周边的入学压力。</p>
<p>　　据介绍，11所学校中有6所为小学，其中4所将在今年9月投入使用。区教委将通过集团化办学，让新建学校与区内优质学校结成“手拉手”关系。</p>
<p>　　此外，京南区还将扩大学区制改革覆盖面，今年新组建3个学区，实现学区内师资、课程和场馆资源共享。</p>
<p>　　新京报记者 许晓芸 编辑 张晶 校对 刘军</p>
</div>
<div class="qr"><img src="http://static.bjnews.example.cn/www/v5/img/qr.png" alt=""><p>扫码下载新京报APP</p></div>
<div class="tj"><h3>推荐阅读</h3><ul>
<li><a href="http://www.bjnews.example.cn/edu/2019/03/03/553123.html">幼升小信息采集下月启动</a><span>2019-03-03</span></li>
<li><a href="http://www.bjnews.example.cn/edu/2019/03/01/552456.html">多所中学新增科技特长生名额</a><span>2019-03-01</span></li>
</ul></div>
<div class="comment" id="comment"><h3>评论</h3><textarea placeholder="说两句吧"></textarea><a class="btn" href="javascript:;">发表</a><div class="c-item"><span>网友“南城老李”</span><p>希望学校配套早点跟上。</p></div></div>
</div>
<div class="right fr"><div class="hot"><h3>热点新闻</h3><ul><li><a href="http://www.bjnews.example.cn/news/2019/03/05/553401.html">全国两会今日开幕</a></li><li><a href="http://www.bjnews.example.cn/local/2019/03/05/553402.html">京郊春耕陆续开始</a></li></ul></div></div>
</div>
<div class="footer"><p>新京报社版权所有 未经授权禁止转载</p><p>京ICP证100001号　互联网新闻信息服务许可证11120170007</p></div>
</body>
</html>
"""

# (6) China Youth Net (中国青年网) of 2019: div.page_title > h1, div.page_bt holding one line "发稿时间：2019-03-05
# 10:20:00　来源：中国青年网" beside the channel name and 分享; div#container > div.TRS_Editor opens with a video
# player placeholder (an empty div and its script, no text) before the text; p.editor "责任编辑：…" after the
# container, 扫一扫 a QR code, 相关新闻 with dates and a footer with 版权所有 and the ICP备
YOUTH_2019_PAGEBT = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>大学生志愿者走进乡村学校开展“春季科学课”_新闻频道_中国青年网</title>
<meta name="keywords" content="志愿者,乡村学校,科学课" />
<link href="http://www.youth.example.cn/css/2019/page.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><a href="http://www.youth.example.cn/">中国青年网</a> | <a href="http://news.youth.example.cn/">新闻</a> | <a href="http://edu.youth.example.cn/">教育</a> | <a href="http://qnzz.youth.example.cn/">青年之声</a> | <a href="http://t.youth.example.cn/">图片</a></div>
<div class="page_dh"><a href="http://www.youth.example.cn/">首页</a> &gt; <a href="http://news.youth.example.cn/">新闻</a> &gt; <a href="http://news.youth.example.cn/gn/">国内</a></div>
<div class="page_main">
<div class="page_title"><h1>大学生志愿者走进乡村学校开展“春季科学课”</h1></div>
<div class="page_bt"><p class="pwz"><span class="floleft page_zi">新闻频道</span><span id="page_right">发稿时间：2019-03-05 10:20:00　来源：中国青年网</span></p><div class="page_fx"><span>分享到：</span><a href="javascript:;">微信</a><a href="javascript:;">微博</a></div></div>
<div id="container" class="page_text">
<div class="TRS_Editor">
<div id="player_0305" class="video-player" style="width:600px;height:338px;margin:0 auto"></div>
<script type="text/javascript">var player = new Player({id:"player_0305", vid:"b3c4d5e6", autoplay:false});</script>
<p>　　中国青年网北京3月5日电（记者 程晓雨）3月5日是“学雷锋纪念日”，青岚大学30名大学生志愿者走进云溪县6所乡村小学，为孩子们带去了一堂堂生动的“春季科学课”。</p>
<p>　　志愿者们带着自制的教具，和孩子们一起种豆芽、做风向标、观察昆虫，把课堂从教室搬到了田间地头。</p>
<p>　　据了解，这支志愿服务队成立于2014年，五年来已为当地乡村学校开设科学、音乐、美术等课程1200余节。</p>
</div>
</div>
<p class="editor">责任编辑：田野</p>
<div class="page_k"><img src="http://www.youth.example.cn/images/2019/qr.jpg" alt="" /><span>扫一扫在手机上查看当前页面</span></div>
<div class="page_xg"><h3>相关新闻</h3><ul>
<li><a href="http://news.youth.example.cn/gn/201903/t20190303_11901234.htm">各地青年志愿者开展学雷锋活动</a><span>2019-03-03</span></li>
<li><a href="http://news.youth.example.cn/gn/201902/t20190228_11893456.htm">高校寒假社会实践成果展开幕</a><span>2019-02-28</span></li>
</ul></div>
</div>
<div class="footer"><p>中国青年网 版权所有 Copyright &copy; 2000-2019</p><p>京ICP备05002800号　互联网新闻信息服务许可证10120170006</p></div>
</body>
</html>
"""

# (7) Jiemian (界面新闻) of 2020: div.article-header > h1, div.article-info of span.author (a linked 界面新闻记者 and the
# name), span.date "2020/03/05 10:20" (slashes) and a span "来源：<a>界面新闻</a>"; div.article-content with photos whose
# captions p.image-info read "图片来源：视觉图库" (a 来源 label inside the body that is not the article's source);
# the reprint notice "未经正式授权严禁转载本文，侵权必究。" in a div after the content, 打赏/点赞, 相关文章 with dates,
# 评论 and a 热门 column
JIEMIAN_2020_SLASH_DATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>云溪县试点“周末托管”，双职工家庭孩子有了去处|界面新闻</title>
<meta name="keywords" content="托管,周末,双职工">
<meta name="description" content="云溪县首批8所中小学试点周末托管服务。">
<link rel="stylesheet" href="https://img.jiemian.example.cn/static/css/article.css">
</head>
<body>
<div class="header-container"><a class="logo" href="https://www.jiemian.example.cn/">界面新闻</a><ul class="nav"><li><a href="https://www.jiemian.example.cn/lists/2.html">商业</a></li><li><a href="https://www.jiemian.example.cn/lists/4.html">中国</a></li><li><a href="https://www.jiemian.example.cn/lists/71.html">教育</a></li><li><a href="https://www.jiemian.example.cn/video/">视频</a></li></ul></div>
<div class="content-container clearfix">
<div class="main-container">
<div class="article-view">
<div class="article-header">
<h1>云溪县试点“周末托管”，双职工家庭孩子有了去处</h1>
<div class="article-info"><p><span class="author"><a href="https://www.jiemian.example.cn/user/123456.html">界面新闻记者</a> 邱雨桐</span><span class="date">2020/03/05 10:20</span><span>来源：<a href="https://www.jiemian.example.cn/">界面新闻</a></span></p></div>
</div>
<div class="article-main">
<div class="article-content">
<p>界面新闻记者从云溪县教育局了解到，该县首批8所中小学本学期起试点“周末托管”服务，周六上午为双职工家庭的孩子提供看护、阅读和体育活动。</p>
<p><img src="https://img1.jiemian.example.cn/101/original/20200305/158337600012345600.jpg" alt=""></p>
<p class="image-info"><span>图片来源：视觉图库</span></p>
<p>托管服务由学校提供场地，教师和社区志愿者轮流值守，不收取费用。家长可通过学校的小程序提前一天报名。</p>
<p>云溪县教育局相关负责人表示，试点期间将根据家长反馈调整服务时段，条件成熟后在全县推开。</p>
</div>
<div class="article-source"><p>未经正式授权严禁转载本文，侵权必究。</p></div>
<div class="article-tool"><a class="reward" href="javascript:;">打赏</a><a class="like" href="javascript:;">点赞 <em>86</em></a></div>
</div>
</div>
<div class="related-articles"><h3>相关文章</h3><ul>
<li><a href="https://www.jiemian.example.cn/article/4012345.html">多地探索小学生课后“弹性托管”</a><span class="date">2020/03/02</span></li>
<li><a href="https://www.jiemian.example.cn/article/4001234.html">“三点半难题”有了新解法</a><span class="date">2020/02/27</span></li>
</ul></div>
<div class="comment-container"><h3>评论</h3><textarea placeholder="写评论..."></textarea><div class="comment-item"><span class="name">界面用户小满</span><p>我们县也该搞一个。</p></div></div>
</div>
<div class="side-container"><div class="hot-list"><h3>热门</h3><ol><li><a href="https://www.jiemian.example.cn/article/4023456.html">春季学期开学时间表出炉</a></li><li><a href="https://www.jiemian.example.cn/article/4023457.html">在线教育平台用户量激增</a></li></ol></div></div>
</div>
<div class="footer"><p>界面新闻 版权所有 &copy; 2014-2020</p><p>沪ICP备14046183号　互联网新闻信息服务许可证 31120170009</p></div>
</body>
</html>
"""

# (8) Guangming Online (光明网) of 2021: div.m-title-box > h1.u-title, div.m-con-info of span.m-con-time "2021-03-05
# 10:20" and span.m-con-source "来源：<a>光明日报</a>"; a share block with 扫一扫; div.u-mainText between
# <!--enpcontent--> comments holds page 1 of two and the pager div#displaypagenum "1 2 下一页" INSIDE it;
# div#contentLiability "[责任编辑:…]" after the container, 相关新闻 with dates, 热点 and the footer with 版权所有 and the
# 互联网新闻信息服务许可证
GMW_2021_UMAINTEXT = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>青岚市建成首批“校园书房”40间 _光明网</title>
<meta name="keywords" content="校园书房,阅读,青岚市" />
<meta name="description" content="青岚市首批40间“校园书房”日前建成开放。" />
<meta name="publishdate" content="2021-03-05" />
<link rel="stylesheet" href="https://img.gmw.example.cn/css/con_style.css" />
</head>
<body>
<div class="g-header"><div class="m-nav"><a href="https://www.gmw.example.cn/">光明网首页</a><a href="https://politics.gmw.example.cn/">时政</a><a href="https://world.gmw.example.cn/">国际</a><a href="https://edu.gmw.example.cn/">教育</a><a href="https://culture.gmw.example.cn/">文化</a><a href="https://guancha.gmw.example.cn/">观察</a></div></div>
<div class="g-crumbs"><a href="https://www.gmw.example.cn/">首页</a> &gt; <a href="https://edu.gmw.example.cn/">教育频道</a> &gt; 正文</div>
<div class="g-main clearfix">
<div class="m-left">
<div class="m-title-box">
<h1 class="u-title">青岚市建成首批“校园书房”40间</h1>
<div class="m-con-info"><span class="m-con-time">2021-03-05 10:20</span><span class="m-con-source">来源：<a href="https://epaper.gmw.example.cn/gmrb/" target="_blank">光明日报</a></span></div>
</div>
<div class="m-share"><span>分享到：</span><a class="s-wx" href="javascript:;">微信</a><a class="s-wb" href="javascript:;">微博</a><div class="m-qrcode"><img src="https://img.gmw.example.cn/pic/qr_app.png" alt="" /><p>扫一扫 手机看新闻</p></div></div>
<div class="u-mainText">
<!--enpcontent--><p>　　光明日报记者 许静 光明日报通讯员 王海峰</p>
<p>　　日前，青岚市首批40间“校园书房”建成开放。这些书房设在中小学的图书馆、走廊和楼梯转角，配备图书2万余册，学生课间和午休时可以随时取阅。</p>
<p>　　“书房”的图书由学生和老师共同推荐，每学期更新一次。不少学校还设立了“小小图书管理员”岗位，由学生自主管理借阅。</p>
<p>　　青岚市教育局副局长林晓光介绍，今年全市计划再建成“校园书房”100间，并在乡村学校推广“流动书箱”，让城乡孩子读上同样的好书。</p><!--/enpcontent-->
<div id="displaypagenum"><center><span class="ptfontpg">1</span>&nbsp;<a href="https://edu.gmw.example.cn/2021-03/05/content_34661234_2.htm">2</a>&nbsp;<a href="https://edu.gmw.example.cn/2021-03/05/content_34661234_2.htm" class="ptfontpg">下一页</a></center></div>
</div>
<div id="contentLiability" class="liability">[责任编辑:刘畅]</div>
<div class="m-related"><h3>相关新闻</h3><ul>
<li><a href="https://edu.gmw.example.cn/2021-03/03/content_34655678.htm">让阅读成为校园生活的一部分</a><span>2021-03-03</span></li>
<li><a href="https://edu.gmw.example.cn/2021-03/01/content_34650123.htm">中小学生阅读指导目录发布</a><span>2021-03-01</span></li>
</ul></div>
</div>
<div class="m-right"><div class="m-hot"><h3>热点</h3><ul><li><a href="https://politics.gmw.example.cn/2021-03/05/content_34661001.htm">政府工作报告要点速览</a></li><li><a href="https://culture.gmw.example.cn/2021-03/05/content_34661002.htm">一图读懂“十四五”规划纲要草案</a></li></ul></div></div>
</div>
<div class="g-footer"><p>光明网版权所有</p><p>互联网新闻信息服务许可证10120170003　京ICP证130001号</p></div>
</body>
</html>
"""

# (9) Huanqiu (环球网) of 2022: the rendered div.t-container-title > h3 (no <h1>) and div.metadata-info of p.time
# "2022-03-05 10:20" and span.source "来源：<a>环球时报</a>" BESIDE hidden <textarea> data fields the page's script
# reads: textarea.article-time holding an epoch in ms, textarea.article-source-name, textarea.article-editor-name; the
# body in div.l-con > article > section; 责编：… in div.editor-box after the container, 分享, 推荐 with dates and
# 24小时热文 after it
HUANQIU_2022_TEXTAREA = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>外国留学生在青岚体验传统春耕文化_环球网</title>
<meta name="keywords" content="留学生,春耕,传统文化">
<meta name="description" content="30余名外国留学生走进青岚市郊的农业园区体验春耕。">
<link rel="stylesheet" href="https://static.huanqiu.example.cn/article/css/article.css">
</head>
<body>
<div class="header"><a class="logo" href="https://www.huanqiu.example.cn/">环球网</a><div class="nav"><a href="https://world.huanqiu.example.cn/">国际</a><a href="https://china.huanqiu.example.cn/">国内</a><a href="https://mil.huanqiu.example.cn/">军事</a><a href="https://edu.huanqiu.example.cn/">教育</a></div></div>
<div class="container">
<div class="article-data" style="display:none">
<textarea class="article-aid">47Xz9kQp1aB</textarea>
<textarea class="article-title">外国留学生在青岚体验传统春耕文化</textarea>
<textarea class="article-time">1646446800000</textarea>
<textarea class="article-source-name">环球时报</textarea>
<textarea class="article-editor-name">周宁</textarea>
</div>
<div class="t-container clearfix">
<div class="l-container">
<div class="t-container-title"><h3>外国留学生在青岚体验传统春耕文化</h3></div>
<div class="metadata-info"><p class="time">2022-03-05 10:20</p><span class="source">来源：<a href="https://www.huanqiu.example.cn/" target="_blank">环球时报</a></span><span class="author">环球时报记者 许安然</span></div>
<div class="l-con clear">
<article>
<section data-type="rtext">
<p>【环球时报记者 许安然】3月4日，来自15个国家的30余名留学生走进青岚市郊的一处农业园区，跟着当地农民学习犁地、育苗和播种，体验中国传统的春耕文化。</p>
<p>来自哈萨克斯坦的留学生阿依达说，这是她第一次在田里种下种子，“原来二十四节气和农民的生活联系得这么紧密”。</p>
<p>活动由青岚农业大学国际学院组织。学院负责人表示，今后还将组织留学生参与夏收和秋收，让他们完整了解一年的农事。</p>
</section>
</article>
</div>
<div class="editor-box">责编：周宁</div>
<div class="share-box"><span>分享到：</span><a href="javascript:;">微信</a><a href="javascript:;">微博</a></div>
<div class="recommend"><h4>推荐</h4><ul>
<li><a href="https://edu.huanqiu.example.cn/article/47Xy1aBcD2">留学生参加元宵节灯谜会</a><span>2022-02-15</span></li>
<li><a href="https://edu.huanqiu.example.cn/article/47Xw3cDeF4">多所高校开设中华农耕文化课</a><span>2022-02-28</span></li>
</ul></div>
</div>
<div class="r-container"><div class="hot24"><h4>24小时热文</h4><ul><li><a href="https://world.huanqiu.example.cn/article/47Xz0aAaA1">冬残奥会今日开幕</a></li><li><a href="https://china.huanqiu.example.cn/article/47Xz0bBbB2">全国两会首场记者会</a></li></ul></div></div>
</div>
</div>
<div class="footer"><p>环球网版权所有 Copyright &copy; 2022 Huanqiu.com All rights reserved.</p><p>京ICP备09075432号　互联网新闻信息服务许可证11120170002</p></div>
</body>
</html>
"""

# (10) Xinhuanet (新华网) of 2023: div.head-line > h1 > span.title, the date split over div.header-time of span.year
# "<em>2023</em>", span.day "<em>03</em>/<em>05</em>" and span.time "10:20:33" (no one string holds the day), div.source
# "来源：新华网", a share block with 扫一扫 and its QR code; div#detail > span#detailContent holding a video placeholder
# (an empty div.video-wrap), the text and a captioned photo; div#articleEdit "【纠错】 【责任编辑:…】" after div#detail,
# 相关稿件 with dates, a 评论 box and the footer with the 互联网新闻信息服务许可证
XINHUA_2023_SPLIT_DATE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="publishid" content="1129412345.11.1002.1">
<title>教育部：今年将新建改扩建乡镇寄宿制学校1000所-新华网</title>
<meta name="keywords" content="寄宿制学校,乡镇,教育部">
<meta name="description" content="教育部：今年将新建改扩建乡镇寄宿制学校1000所">
<link rel="stylesheet" href="http://www.news.xinhua.example.cn/detail2020/css/style.css">
</head>
<body>
<div class="topBar"><div class="wrapper"><a href="http://www.news.xinhua.example.cn/">新华网</a><a href="http://www.news.xinhua.example.cn/politics/">时政</a><a href="http://www.news.xinhua.example.cn/world/">国际</a><a href="http://www.news.xinhua.example.cn/edu/">教育</a><a href="http://www.news.xinhua.example.cn/comments/">评论</a></div></div>
<div class="header domPC">
<div class="header-cont clearfix">
<div class="head-line clearfix"><h1><span class="title">教育部：今年将新建改扩建乡镇寄宿制学校1000所</span></h1></div>
<div class="header-time left"><span class="year"><em> 2023</em></span><span class="day"><em> 03</em>/<em>05</em></span><span class="time"> 10:20:33</span></div>
<div class="source">来源：新华网</div>
<div class="pageShare right"><div class="share"><span>分享到：</span><a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a></div><div class="scan"><img src="http://www.news.xinhua.example.cn/detail2020/images/qr.png" alt=""><p>扫一扫在手机打开当前页</p></div></div>
</div>
</div>
<div class="main clearfix">
<div class="main-left left">
<div id="detail">
<span id="detailContent">
<div class="video-wrap" id="videoArea" data-vid="20230305xh0012"></div>
<p>　　新华社北京3月5日电（记者 贺晓琳）记者5日从教育部获悉，今年我国将新建、改扩建乡镇寄宿制学校1000所，重点补齐中西部农村地区学生住宿、就餐和卫生设施短板。</p>
<p>　　教育部有关负责人介绍，新建和改扩建的学校将按照每生不少于一张床位、每间宿舍不超过八人的标准建设，并配备必要的生活教师。</p>
<p style="text-align:center"><img src="http://www.news.xinhua.example.cn/edu/2023-03/05/1129412345_16780000000011n.jpg" alt=""></p>
<p style="text-align:center">　　这是2月28日拍摄的一所乡镇寄宿制学校的新宿舍楼。新华社记者 何伟 摄</p>
<p>　　该负责人表示，各地要统筹用好中央和地方资金，确保项目在今年秋季学期开学前基本完工。</p>
</span>
</div>
<div id="articleEdit"><span class="tiyi1"><a href="javascript:void(0);" class="advise">【纠错】</a></span><span class="editor">【责任编辑:韩冰 】</span></div>
<div class="xgzx"><h3>相关稿件</h3><ul>
<li><a href="http://www.news.xinhua.example.cn/edu/2023-03/03/c_1129401234.htm">中央财政下达义务教育薄弱环节改善资金</a><span>2023-03-03</span></li>
<li><a href="http://www.news.xinhua.example.cn/edu/2023-02/27/c_1129390123.htm">多地加强乡村学校生活教师配备</a><span>2023-02-27</span></li>
</ul></div>
<div class="comment" id="comment"><div class="pl-hd">网友评论</div><textarea id="commentText"></textarea><a class="pl-btn" href="javascript:;">发表评论</a></div>
</div>
<div class="main-right right"><div class="hot"><h3>热点推荐</h3><ul><li><a href="http://www.news.xinhua.example.cn/politics/2023-03/05/c_1129412001.htm">政府工作报告全文</a></li><li><a href="http://www.news.xinhua.example.cn/politics/2023-03/05/c_1129412002.htm">代表委员热议高质量发展</a></li></ul></div></div>
</div>
<div class="foot"><p><a href="http://www.news.xinhua.example.cn/aboutus.htm">关于我们</a> | <a href="http://www.news.xinhua.example.cn/contact.htm">联系我们</a></p><p>Copyright &copy; 2000-2023 XINHUANET.com All Rights Reserved. 制作单位：新华网股份有限公司 版权所有</p><p>互联网新闻信息服务许可证10120170004　京ICP备12345679号</p></div>
</body>
</html>
"""

PAGES: list[Page] = [
    Page(
        "pt_2015_netease_endtext_gbk",
        "http://news.163.example.cn/15/0305/10/AKQ56789000014AE.html",
        NETEASE_2015_ENDTEXT,
        "青岚市中小学将全面推行“午餐陪餐”制度",
        "2015-03-05",
        "中国青年报",
        # the visible grey 原标题 line opens the text's container: kept as shown
        "（原标题：校长每天陪学生吃午饭）",
        "责任编辑：王超_NN1234",  # the end of the ep-source line "本文来源：… 责任编辑：…"
        ("分享到", "举报", "多地中小学食堂引入", "网友跟贴", "早就该这样了", "政府工作报告十大看点", "300x250"),
        gbk=True,
    ),
    Page(
        "pt_2016_ce_trs_style_gbk",
        "http://edu.ce.example.cn/zx/201603/05/t20160305_9134012.shtml",
        CE_2016_TRS_STYLE,
        "云溪县职业学校“订单班”毕业生就业率连续三年超九成",
        "2016-03-05",
        "经济日报",
        "记者从云溪县教育局获悉，云溪县职业技术学校与县内12家企业合作开办的“订单班”，毕业生就业率已连续三年超过90%，其中对口就业的比例达到78%。",
        "云溪县有关负责人表示，将继续引导县内企业参与职业教育，力争到2018年实现重点产业“订单班”全覆盖。",
        (".TRS_Editor", "margin-top", "我要纠错", "责任编辑", "分享到", "多地推进现代学徒制", "今年经济增长预期"),
        gbk=True,
    ),
    Page(
        "pt_2017_chinacomcn_autopage_p2",
        "http://edu.china.example.cn/2017-03/05/content_40412345_2.htm",
        CHINACOMCN_2017_AUTOPAGE,
        "澄湖省试点中小学教师“减负清单” 非教学任务砍掉三成",
        "2017-03-05",
        "中国网",
        "在清单之外，试点县还建立了“进校园”活动准入制度。各类单位确需到学校开展的宣传、评比、调研活动，须报县教育局审核，每学期统一安排，不得临时摊派。",
        "试点县教育局还开发了统一的数据填报平台，同一数据“一次采集、多方共享”，避免教师反复填报。",
        ("上一页", "下一页", "我要纠错", "责任编辑", "扫一扫", "给教师减负要动真格", "两会首场新闻发布会", "【字号"),
    ),
    Page(
        "pt_2018_cri_abody_audio",
        "http://edu.cri.example.cn/20180305/e5f6a7b8-1c2d-3e4f-5a6b-7c8d9e0f1a2b.html",
        CRI_2018_ABODY,
        "国际中文教育志愿者培训班在青岚开班",
        "2018-03-05",
        "国际在线",
        "国际在线报道（记者 覃海燕）：2018年国际中文教育志愿者岗前培训班5日在青岚师范大学开班，来自全国42所高校的380名志愿者将接受为期八周的集中培训。",
        "青岚师范大学副校长周文华表示，学校已连续八年承办这一培训，累计培训志愿者2600余人。",
        ("您的浏览器不支持", "点击播放", "编辑：吴凡", "分享到", "多国将中文纳入", "外国记者眼中"),
    ),
    Page(
        "pt_2019_bjnews_no_source",
        "http://www.bjnews.example.cn/edu/2019/03/05/553389.html",
        BJNEWS_2019_CONTENT,
        "京南区今年新增中小学学位8000个",
        "2019-03-05",
        None,
        "新京报讯（记者 许晓芸）3月4日，记者从京南区教委获悉，今年该区将新建、改扩建中小学11所，新增学位8000个，重点缓解新建居住区周边的入学压力。",
        # the paper's credit line closes the text's container: kept as shown
        "新京报记者 许晓芸 编辑 张晶 校对 刘军",
        ("阅读 3216", "扫码下载", "幼升小信息采集", "南城老李", "全国两会今日开幕", "发表"),
    ),
    Page(
        "pt_2019_youth_pagebt_video",
        "http://news.youth.example.cn/gn/201903/t20190305_11905678.htm",
        YOUTH_2019_PAGEBT,
        "大学生志愿者走进乡村学校开展“春季科学课”",
        "2019-03-05",
        "中国青年网",
        "中国青年网北京3月5日电（记者 程晓雨）3月5日是“学雷锋纪念日”，青岚大学30名大学生志愿者走进云溪县6所乡村小学，为孩子们带去了一堂堂生动的“春季科学课”。",
        "据了解，这支志愿服务队成立于2014年，五年来已为当地乡村学校开设科学、音乐、美术等课程1200余节。",
        ("new Player", "责任编辑", "扫一扫", "发稿时间", "各地青年志愿者开展", "分享到"),
    ),
    Page(
        "pt_2020_jiemian_slash_date",
        "https://www.jiemian.example.cn/article/4023012.html",
        JIEMIAN_2020_SLASH_DATE,
        "云溪县试点“周末托管”，双职工家庭孩子有了去处",
        "2020-03-05",
        "界面新闻",
        "界面新闻记者从云溪县教育局了解到，该县首批8所中小学本学期起试点“周末托管”服务，周六上午为双职工家庭的孩子提供看护、阅读和体育活动。",
        "云溪县教育局相关负责人表示，试点期间将根据家长反馈调整服务时段，条件成熟后在全县推开。",
        ("未经正式授权", "打赏", "点赞", "多地探索小学生", "我们县也该搞一个", "春季学期开学时间表"),
    ),
    Page(
        "pt_2021_gmw_umaintext_p1",
        "https://edu.gmw.example.cn/2021-03/05/content_34661234.htm",
        GMW_2021_UMAINTEXT,
        "青岚市建成首批“校园书房”40间",
        "2021-03-05",
        "光明日报",
        # the reporters' line opens the text's container (光明日报 prints it as the first paragraph): kept as shown
        "光明日报记者 许静 光明日报通讯员 王海峰",
        "青岚市教育局副局长林晓光介绍，今年全市计划再建成“校园书房”100间，并在乡村学校推广“流动书箱”，让城乡孩子读上同样的好书。",
        ("下一页", "责任编辑", "扫一扫", "让阅读成为校园生活", "政府工作报告要点速览", "分享到"),
    ),
    Page(
        "pt_2022_huanqiu_textarea",
        "https://edu.huanqiu.example.cn/article/47Xz9kQp1aB",
        HUANQIU_2022_TEXTAREA,
        "外国留学生在青岚体验传统春耕文化",
        "2022-03-05",
        "环球时报",
        "【环球时报记者 许安然】3月4日，来自15个国家的30余名留学生走进青岚市郊的一处农业园区，跟着当地农民学习犁地、育苗和播种，体验中国传统的春耕文化。",
        "活动由青岚农业大学国际学院组织。学院负责人表示，今后还将组织留学生参与夏收和秋收，让他们完整了解一年的农事。",
        ("1646446800000", "47Xz9kQp1aB", "责编", "分享到", "留学生参加元宵节", "冬残奥会今日开幕"),
    ),
    Page(
        "pt_2023_xinhua_split_date",
        "http://www.news.xinhua.example.cn/edu/2023-03/05/c_1129412345.htm",
        XINHUA_2023_SPLIT_DATE,
        "教育部：今年将新建改扩建乡镇寄宿制学校1000所",
        "2023-03-05",
        "新华网",
        "新华社北京3月5日电（记者 贺晓琳）记者5日从教育部获悉，今年我国将新建、改扩建乡镇寄宿制学校1000所，重点补齐中西部农村地区学生住宿、就餐和卫生设施短板。",
        "该负责人表示，各地要统筹用好中央和地方资金，确保项目在今年秋季学期开学前基本完工。",
        ("纠错", "责任编辑", "扫一扫", "分享到", "中央财政下达", "网友评论", "代表委员热议"),
    ),
]
