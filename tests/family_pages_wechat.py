"""Article pages whose body was written by a rich editor or a platform and then published on a school, government or
news site, or served as a mobile page: a WeChat 公众号 article (empty em#publish_time, body hidden until a script
shows it), a school CMS holding a WeChat paste (135editor/秀米 sections with 关注 header and QR footer), a mobile
m. template, a Baidu MIP page, a self-media platform page (account block, "时间·属地"), a UEditor body (text-indent
paragraphs with &nbsp; padding, the title repeated in bold), a KindEditor body of <br> lines in a table cell, a photo
news item of captioned images, a page dated only by its share script and its URL, and a Vue server-rendered page
with its __INITIAL_STATE__. Written by hand after each family's public template markup; names, hosts and numbers
are made up (tests/test_article_families.py checks every field of each)."""

from family_page import Page

# (1) a WeChat 公众号 article page of 2021 (mp.weixin template): h1.rich_media_title#activity-name with padding
# whitespace, the account in #js_name (an author, not a 来源), em#publish_time EMPTY in the HTML and filled by a
# script from `var ct = "<unix time>"` (07:30 Beijing time, i.e. 23:30 UTC the day before: a UTC reading loses a day),
# the body div#js_content with style="visibility: hidden;" made visible by a script, images with data-src only and a
# hidden <mp-style-type> paragraph at its end; after it the 阅读原文 / 阅读 / 在看 bar, 喜欢此内容的人还喜欢, the
# 微信扫一扫 QR panel and a footer
WECHAT_MP = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta name="format-detection" content="telephone=no">
<title>寒假收心有妙招，开学这样过</title>
<meta property="og:title" content="寒假收心有妙招，开学这样过">
<meta property="og:url" content="https://mp.weixin.example.cn/s/Tq3bX8kLmP2wYc9nRz7dAg">
<meta property="og:image" content="https://mmbiz.qpic.example.cn/mmbiz_jpg/aB3dE5/0?wx_fmt=jpeg">
<meta property="og:description" content="开学在即，宁江市第一实验小学的老师们为孩子们准备了一份收心指南。">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
<link rel="stylesheet" href="//res.wx.example.cn/mmbizappmsg/zh_CN/htmledition/js/appmsg.css">
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg discuss_tab appmsg_skin_default">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">
                    寒假收心有妙招，开学这样过
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_title_tag weui-wa-hotarea">原创</span>
<span class="rich_media_meta rich_media_meta_text">宁江一实小</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">宁江市第一实验小学</a></span>
<span class="rich_media_meta rich_media_meta_text"><em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></span>
<span class="rich_media_meta rich_media_meta_text" id="js_ip_wording_wrp" style="display:none;"><span id="js_ip_wording"></span></span>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
<section style="margin-bottom:0px;text-align:center;"><img class="rich_pages wxw-img" data-ratio="0.5625" data-src="https://mmbiz.qpic.example.cn/mmbiz_jpg/aB3dE5/640?wx_fmt=jpeg" data-type="jpeg" data-w="1080" style="width:100%;"></section>
<section style="line-height:1.75em;"><span style="font-size:15px;letter-spacing:1px;">再过三天就要开学了，不少孩子还沉浸在假期的节奏里，晚上不肯睡，早上起不来。</span></section>
<p style="line-height:1.75em;"><span style="font-size:15px;letter-spacing:1px;">宁江市第一实验小学的老师们为孩子们准备了一份收心指南，从作息、学习和心情三个方面帮助孩子们做好开学准备。</span></p>
<p><br></p>
<p style="line-height:1.75em;"><strong><span style="font-size:16px;color:rgb(255,104,39);">调整作息</span></strong></p>
<p style="line-height:1.75em;"><span style="font-size:15px;letter-spacing:1px;">从今天起，每天提前半小时睡觉、提前半小时起床，到开学那天正好回到上学时的作息。</span></p>
<p style="text-align:center;"><img class="rich_pages wxw-img" data-ratio="0.75" data-src="https://mmbiz.qpic.example.cn/mmbiz_jpg/aB3dE5/641?wx_fmt=jpeg" data-type="jpeg" data-w="1080"></p>
<p style="line-height:1.75em;"><strong><span style="font-size:16px;color:rgb(255,104,39);">整理书包</span></strong></p>
<p style="line-height:1.75em;"><span style="font-size:15px;letter-spacing:1px;">和孩子一起检查寒假作业，整理好新学期的文具和课本，让孩子对开学有所期待。</span></p>
<p style="line-height:1.75em;"><span style="font-size:15px;letter-spacing:1px;">老师们在学校等着大家，我们3月8日见！</span></p>
<p style="display:none;"><mp-style-type data-value="3"></mp-style-type></p>
</div>
<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
<div id="js_toobar3" class="rich_media_tool_area">
<div class="rich_media_tool">
<a class="media_tool_meta meta_primary" id="js_view_source" href="javascript:void(0);">阅读原文</a>
<div class="media_tool_meta tips_global_primary meta_primary">阅读 <span id="readNum3">1862</span></div>
<span class="media_tool_meta meta_extra meta_praise" id="like3">赞 <span class="praise_num">57</span></span>
<span class="media_tool_meta meta_extra">在看 <span>23</span></span>
</div>
</div>
</div>
</div>
<div class="rich_media_area_extra">
<div id="js_related_area" class="mod_related"><h3 class="related_title">喜欢此内容的人还喜欢</h3>
<ul><li><a href="https://mp.weixin.example.cn/s/Pq1aC2">寒假读书打卡优秀作品展（三）</a><span>宁江市第一实验小学</span></li>
<li><a href="https://mp.weixin.example.cn/s/Pq1aC3">开学前，这些安全知识请牢记</a><span>宁江教育发布</span></li></ul></div>
<div id="js_cmt_area" class="discuss_container"><div class="discuss_title">留言</div><p class="discuss_empty">写留言</p></div>
</div>
</div>
<div id="js_pc_qr_code" class="qr_code_pc_outer"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img" src="/mp/qrcode?scene=10000004&size=102&__biz=MzI1NTEyMzQ1Ng=="><p>微信扫一扫<br>关注该公众号</p></div></div>
</div>
</div>
<div class="wx_footer" id="js_footer">微信公众平台 版权所有 &copy; 2012-2021 粤ICP备10012345号</div>
<script nonce="873215431" type="text/javascript">
var biz = "MzI1NTEyMzQ1Ng==" || "";
var sn = "e1c2b3a4d5f60718293a4b5c6d7e8f90" || "";
var mid = "2247486123" || "";
var idx = "1" || "";
var nickname = "宁江市第一实验小学";
var ct = "1614900600";
var user_name = "gh_3a5b7c9d1e2f";
</script>
<script nonce="873215431" type="text/javascript">
(function(){
  function pad(n){ return n < 10 ? "0" + n : "" + n; }
  var d = new Date(parseInt(ct, 10) * 1000);
  document.getElementById("publish_time").innerHTML = d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()) + " " + pad(d.getHours()) + ":" + pad(d.getMinutes());
  document.getElementById("js_content").style.visibility = "visible";
})();
</script>
</body>
</html>
"""

# (2) a primary school's CMS news page of 2021 whose body is a paste from a WeChat article made in 135editor / 秀米:
# inside div.article-con, <section data-tools="135编辑器"> and <section data-role="outer" label="Powered by 135editor.com">
# nested five deep with inline styles, an opening decorative section "点击蓝字 关注我们" with a GIF, each paragraph a
# <p><span> inside a styled <section>, empty <section><br></section> spacers, a 秀米 divider, and at the end the
# account's "长按二维码关注" QR card (chrome of the WeChat article, not of the news); 发布时间 / 来源 / 点击 line,
# 上一篇/下一篇, 相关阅读 with dates, share buttons
SCHOOL_135_PASTE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>我校开展“学雷锋 护家园”志愿服务活动-宁江市甬北区第二实验小学</title>
<link rel="stylesheet" href="/template/default/css/style.css">
</head>
<body>
<div class="top"><div class="wrap"><a class="logo" href="/"><img src="/template/default/images/logo.png" alt="甬北区第二实验小学"></a>
<div class="top-search"><form action="/search.html"><input name="keyword" placeholder="站内搜索"><button>搜索</button></form></div></div></div>
<div class="menu"><ul class="wrap"><li><a href="/">网站首页</a></li><li><a href="/xxgk/">学校概况</a></li><li><a href="/xwdt/">新闻动态</a></li><li><a href="/dyhd/">德育活动</a></li><li><a href="/jxky/">教学科研</a></li><li><a href="/jsfc/">教师风采</a></li><li><a href="/jxlx/">家校联系</a></li></ul></div>
<div class="wrap main">
<div class="left-col"><h3>新闻动态</h3><ul><li><a href="/xwdt/xxxw/">学校新闻</a></li><li><a href="/xwdt/tzgg/">通知公告</a></li><li><a href="/xwdt/mtbd/">媒体报道</a></li></ul></div>
<div class="right-col">
<div class="location">您现在的位置：<a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a> &gt; <a href="/xwdt/xxxw/">学校新闻</a></div>
<div class="article">
<h1 class="article-tit">我校开展“学雷锋 护家园”志愿服务活动</h1>
<div class="article-info">发布时间：2021-04-16　　来源：德育处　　点击：<span id="click">412</span>次</div>
<div class="article-con">
<section data-role="outer" label="Powered by 135editor.com" style="font-family:微软雅黑;font-size:16px;">
<section class="_135editor" data-tools="135编辑器" data-id="96432" style="border:0px none;box-sizing:border-box;">
<section style="margin:10px auto;text-align:center;"><section style="display:inline-block;"><section style="display:flex;align-items:center;justify-content:center;">
<section style="width:30px;"><img src="/uploads/editor/135/arrow_up.gif" style="width:100%;display:block;" alt=""></section>
<section style="font-size:14px;color:#3f9bd8;letter-spacing:2px;"><p><strong>点击蓝字</strong></p><p style="font-size:12px;color:#999999;">关注我们</p></section>
</section></section></section>
</section>
<section style="box-sizing:border-box;"><br></section>
<section class="_135editor" data-tools="135编辑器" data-id="99118" style="border:0px none;box-sizing:border-box;">
<section style="margin:10px 0px;box-sizing:border-box;"><section style="padding:15px;border:1px dashed #3f9bd8;border-radius:8px;box-sizing:border-box;">
<section style="line-height:1.75em;text-align:justify;box-sizing:border-box;">
<p style="text-indent:2em;"><span style="font-size:15px;color:#3e3e3e;letter-spacing:1px;">为弘扬雷锋精神，4月14日下午，甬北区第二实验小学组织五、六年级120名少先队员走进学校周边的三个社区，开展“学雷锋 护家园”志愿服务活动。</span></p>
</section>
</section></section>
</section>
<section style="box-sizing:border-box;"><br></section>
<section data-role="paragraph" class="_135editor" style="box-sizing:border-box;">
<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;color:#3e3e3e;letter-spacing:1px;">队员们分成12个小组，有的清理小区绿化带里的垃圾，有的擦拭健身器材和公告栏，还有的向居民发放垃圾分类宣传单。</span></p>
<p style="text-align:center;"><img src="/uploads/2021/04/16/202104161035221.jpg" style="width:100%;" alt=""></p>
<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;color:#3e3e3e;letter-spacing:1px;">在庄桥社区，队员们还走访了两户独居老人家庭，帮老人打扫房间，陪老人聊天。</span></p>
</section>
<section class="xmteditor" style="display:none;" data-tools="新媒体管家" data-label="powered by xmt.cn"></section>
<section data-role="split" style="margin:20px auto;width:60%;border-top:1px dotted #3f9bd8;box-sizing:border-box;" data-tools="秀米"></section>
<section data-role="paragraph" class="_135editor" style="box-sizing:border-box;">
<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;color:#3e3e3e;letter-spacing:1px;">活动结束后，队员们纷纷表示，今后要把学雷锋变成日常行动，做文明家园的守护者。</span></p>
</section>
<section style="box-sizing:border-box;"><br></section>
<section class="_135editor" data-tools="135编辑器" data-id="92610" style="border:0px none;box-sizing:border-box;">
<section style="margin:20px auto;text-align:center;box-sizing:border-box;"><section style="display:inline-block;padding:10px;background:#eef6fc;border-radius:10px;">
<img src="/uploads/2021/04/16/qrcode_gzh.jpg" style="width:120px;" alt="">
<p style="font-size:13px;color:#3f9bd8;">长按二维码关注</p>
<p style="font-size:12px;color:#999999;">甬北区第二实验小学微信公众号</p>
</section></section>
</section>
</section>
</div>
<div class="share">分享到：<a class="bds_weixin" href="javascript:;">微信</a><a class="bds_tsina" href="javascript:;">新浪微博</a><a class="bds_qzone" href="javascript:;">QQ空间</a></div>
<div class="prev-next"><p>上一篇：<a href="/xwdt/xxxw/2021-04-12/1520.html">一年级新生入学准备家长会召开</a></p><p>下一篇：<a href="/xwdt/xxxw/2021-04-19/1529.html">我校获区中小学生合唱比赛一等奖</a></p></div>
<div class="related"><h3>相关阅读</h3><ul>
<li><a href="/xwdt/xxxw/2021-03-05/1488.html">少先队大队部开展学雷锋月启动仪式</a><span>2021-03-05</span></li>
<li><a href="/xwdt/xxxw/2021-03-26/1502.html">“小手拉大手”垃圾分类进家庭</a><span>2021-03-26</span></li>
</ul></div>
</div>
</div>
</div>
<div class="footer"><p>版权所有：宁江市甬北区第二实验小学　地址：甬北区湾头路66号　电话：0574-8712xxxx</p><p><a href="https://beian.miit.example.cn/">浙ICP备12034567号-1</a>　技术支持：宁江网络</p></div>
</body>
</html>
"""

# (3) a school's mobile template of 2021 (m. host): viewport meta, a fixed header bar of 返回 (history.back) and 首页
# icons around the column name, the title h1, div.info of two spans "2021-05-11" and "来源：校团委", the body
# div.content of <p>, a share row, 相关阅读 with dates, a footer and a bottom tab bar nav (首页 / 新闻 / 通知 / 我的)
MOBILE_M = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,minimum-scale=1.0,maximum-scale=1.0,user-scalable=no">
<meta name="apple-mobile-web-app-capable" content="yes">
<meta name="format-detection" content="telephone=no">
<title>校团委举行“五四”青年节新团员入团仪式</title>
<link rel="stylesheet" href="/m/css/mobile.css">
<style>.header{position:fixed;top:0;left:0;right:0;height:44px}.tabbar{position:fixed;bottom:0;left:0;right:0;height:50px}</style>
</head>
<body>
<header class="header">
<a class="back" href="javascript:history.back();"><i class="iconfont icon-back"></i>返回</a>
<span class="h-title">校园新闻</span>
<a class="home" href="https://m.njyz.example.cn/"><i class="iconfont icon-home"></i>首页</a>
</header>
<div class="container">
<div class="article">
<h1>校团委举行“五四”青年节新团员入团仪式</h1>
<div class="info"><span>2021-05-11</span><span>来源：校团委</span></div>
<div class="content">
<p>5月4日下午，宁江市第一中学团委在学校报告厅举行“五四”青年节新团员入团仪式，高一年级86名新团员光荣加入中国共产主义青年团。</p>
<p><img src="https://m.njyz.example.cn/uploads/2021/05/11/rt01.jpg" width="100%" alt=""></p>
<p>仪式在庄严的团歌声中开始。校团委书记为新团员代表佩戴团徽，颁发团员证。</p>
<p>在老团员代表的领誓下，新团员们面对团旗庄严宣誓。</p>
<p>校党委书记勉励新团员们牢记入团誓词，在学习和生活中发挥模范带头作用。</p>
</div>
<div class="share-row"><span>分享到：</span><a class="s-wx" href="javascript:;">微信</a><a class="s-pyq" href="javascript:;">朋友圈</a><a class="s-qq" href="javascript:;">QQ</a></div>
</div>
<div class="relate"><h3>相关阅读</h3><ul>
<li><a href="/m/news/2021/0428/3921.html">高一年级开展十八岁成人礼主题教育</a><em>2021-04-28</em></li>
<li><a href="/m/news/2021/0419/3907.html">学校召开2021年共青团工作会议</a><em>2021-04-19</em></li>
<li><a href="/m/news/2021/0402/3880.html">团员青年赴烈士陵园开展清明祭扫</a><em>2021-04-02</em></li>
</ul></div>
<div class="m-footer">宁江市第一中学 版权所有<br>浙ICP备13012345号</div>
</div>
<nav class="tabbar">
<a class="on" href="https://m.njyz.example.cn/"><i class="iconfont icon-home"></i><span>首页</span></a>
<a href="https://m.njyz.example.cn/news/"><i class="iconfont icon-news"></i><span>新闻</span></a>
<a href="https://m.njyz.example.cn/notice/"><i class="iconfont icon-notice"></i><span>通知</span></a>
<a href="https://m.njyz.example.cn/my/"><i class="iconfont icon-my"></i><span>我的</span></a>
</nav>
</body>
</html>
"""

# (4) a Baidu MIP page of a city news site, 2021: <html mip>, the mip.js runtime, <link rel="canonical"> to the PC
# page, a JSON-LD NewsArticle with datePublished, the visible meta "2021-06-08 18:30 来源：宁江晚报", <mip-img> tags
# (closing tags, no <img>), a <mip-share> block, 相关阅读 with dates, a <mip-fixed type="bottom"> app banner and
# a <mip-stats-baidu> counter
MIP_PAGE = """<!DOCTYPE html>
<html mip>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,minimum-scale=1,user-scalable=no">
<link rel="stylesheet" type="text/css" href="https://c.mip.example.cn/static/v2/mip.css">
<link rel="canonical" href="https://www.njnews.example.cn/news/2021-06/08/content_1187654.htm">
<title>宁江市今年将新增公共停车泊位1.2万个_宁江新闻网</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "@id": "https://mip.njnews.example.cn/news/2021-06/08/content_1187654.htm",
 "headline": "宁江市今年将新增公共停车泊位1.2万个",
 "datePublished": "2021-06-08T18:30:00+08:00",
 "author": {"@type": "Organization", "name": "宁江晚报"},
 "publisher": {"@type": "Organization", "name": "宁江新闻网"},
 "image": ["https://img.njnews.example.cn/2021/06/08/tc01.jpg"]}
</script>
<style mip-custom>
.mip-head{height:44px;background:#c00}.mip-title{font-size:22px;line-height:1.4}.mip-meta{color:#999;font-size:13px}
.mip-article p{font-size:17px;line-height:1.8}.mip-app{height:48px;background:#fff}
</style>
</head>
<body>
<div class="mip-head"><a href="https://mip.njnews.example.cn/"><mip-img src="https://mip.njnews.example.cn/img/logo_w.png" width="90" height="28" alt="宁江新闻网"></mip-img></a>
<a href="https://mip.njnews.example.cn/news/">新闻</a><a href="https://mip.njnews.example.cn/city/">城事</a><a href="https://mip.njnews.example.cn/video/">视频</a></div>
<div class="mip-wrap">
<h1 class="mip-title">宁江市今年将新增公共停车泊位1.2万个</h1>
<div class="mip-meta"><span class="time">2021-06-08 18:30</span> <span class="source">来源：宁江晚报</span></div>
<div class="mip-article">
<p>记者从市交通运输局获悉，今年我市将新建、改建公共停车场42个，新增公共停车泊位1.2万个，重点缓解老旧小区、医院和学校周边的停车难问题。</p>
<mip-img layout="responsive" width="640" height="400" src="https://img.njnews.example.cn/2021/06/08/tc01.jpg" alt="新建成的甬北区立体停车库"></mip-img>
<p>新增泊位中，立体停车库泊位约占三成。甬北区湾头立体停车库已于上月建成投用，可提供泊位460个。</p>
<p>市交通运输局还将推动机关事业单位内部停车场在夜间和节假日向周边居民错时开放，首批开放的停车场有37个。</p>
<p>此外，全市公共停车场将在年底前全部接入“宁江停车”平台，市民可在手机上查询空余泊位并在线缴费。</p>
</div>
<mip-share title="宁江市今年将新增公共停车泊位1.2万个" url="https://mip.njnews.example.cn/news/2021-06/08/content_1187654.htm"><span>分享到微信</span><span>分享到微博</span></mip-share>
<div class="mip-related"><h3>相关阅读</h3><ul>
<li><a href="https://mip.njnews.example.cn/news/2021-06/05/content_1187102.htm">地铁4号线北延段开工建设</a><span>2021-06-05</span></li>
<li><a href="https://mip.njnews.example.cn/news/2021-06/01/content_1186533.htm">主城区新增12条公交线路</a><span>2021-06-01</span></li>
</ul></div>
<div class="mip-foot">宁江新闻网 版权所有 浙ICP备14002345号</div>
</div>
<mip-fixed type="bottom"><div class="mip-app">打开宁江新闻客户端，看更多本地新闻<a href="https://app.njnews.example.cn/">立即打开</a></div></mip-fixed>
<mip-stats-baidu token="3f9a1c7e5b2d4a6f8e0c1b3d5f7a9c2e"></mip-stats-baidu>
<script src="https://c.mip.example.cn/static/v2/mip.js"></script>
<script src="https://c.mip.example.cn/static/v2/mip-share/mip-share.js"></script>
</body>
</html>
"""

# (5) a self-media platform page of 2022 (网易号 / 百家号 style): the title h1, an author block with an avatar, the
# account name, a "2022-09-14 10:20·浙江" line (time and IP 属地 joined by a middle dot) and a 关注 button, no 来源
# label (the account is the author), the body div.article-content of <p> and a .pgc-img image with its caption, a
# 特别声明 of the platform, then a 相关推荐 feed (titles, account names, 3小时前 / 评论 counts) and comments
SELF_MEDIA_IP = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>开学两周，孩子说“不想上学”怎么办？一位班主任的五条建议|网易号</title>
<link rel="stylesheet" href="//static.wyh.example.cn/f2e/dy_article/css/index.2e8f.css">
</head>
<body>
<div class="nav-bar"><a class="logo" href="https://www.wyh.example.cn/">网易号</a><ul><li><a href="https://www.wyh.example.cn/">首页</a></li><li><a href="https://www.wyh.example.cn/edu/">教育</a></li><li><a href="https://www.wyh.example.cn/parent/">亲子</a></li><li><a href="https://www.wyh.example.cn/health/">健康</a></li></ul><a class="login" href="javascript:;">登录</a></div>
<div class="post_main">
<h1 class="post_title">开学两周，孩子说“不想上学”怎么办？一位班主任的五条建议</h1>
<div class="post_author">
<a class="avatar" href="https://www.wyh.example.cn/sub/T1593412345678.html"><img src="https://dingyue.img.example.cn/avatar/2022/a1b2c3.png" alt="甬上家长圈"></a>
<div class="author_info"><a class="author_name" href="https://www.wyh.example.cn/sub/T1593412345678.html">甬上家长圈</a>
<div class="post_info">2022-09-14 10:20·浙江</div></div>
<a class="follow_btn" href="javascript:;">+ 关注</a>
</div>
<div class="post_body article-content">
<p>开学已经两周，不少家长发现，孩子早上赖床、磨蹭，甚至直接说“不想上学”。</p>
<p>在甬北区一所小学当了十二年班主任的林老师说，开学初的这种情绪很常见，家长不必过度焦虑，但也不能简单地批评了事。</p>
<p class="f_center"><img class="pgc-img" src="https://dingyue.img.example.cn/2022/0914/7c1e2a.jpg" alt=""><br>孩子们在课间做游戏（图片由作者提供）</p>
<p>第一，先听孩子把话说完，弄清楚“不想上学”背后的具体原因。第二，和老师保持沟通，了解孩子在学校的表现。第三，帮孩子调整作息，保证睡眠。第四，多肯定孩子的小进步。第五，周末安排一些轻松的家庭活动。</p>
<p>林老师提醒，如果孩子的情绪持续两周以上没有好转，或者出现失眠、食欲下降等情况，家长应及时寻求专业帮助。</p>
</div>
<div class="post_statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</div>
<div class="post_actions"><a href="javascript:;">点赞 215</a><a href="javascript:;">收藏</a><a href="javascript:;">分享</a><a href="/report/">举报</a></div>
<div class="post_recommend"><h3>相关推荐</h3><ul>
<li><a href="https://www.wyh.example.cn/article/HJ2K3L4M0512ABCD.html">一年级新生家长必看：这三件事比识字更重要</a><span class="src">育儿研究所</span><span class="time">3小时前</span><span class="cmt">评论 36</span></li>
<li><a href="https://www.wyh.example.cn/article/HJ1Q8R7S0512EFGH.html">秋季学期课后服务有变化，家长请留意</a><span class="src">甬上家长圈</span><span class="time">2022-09-12</span><span class="cmt">评论 12</span></li>
</ul></div>
<div class="post_comment"><h3>跟贴 28</h3>
<div class="cmt-item"><span class="cmt-user">网易浙江宁江市网友</span><p>第五条很有用，周末带孩子去爬山，回来状态好多了。</p><span class="cmt-time">2022-09-14 12:03</span></div>
</div>
</div>
<div class="footer">&copy; 1997-2022 网易号 wyh.example.cn 版权所有 <a href="https://beian.miit.example.cn/">粤ICP备20001234号</a></div>
</body>
</html>
"""

# (6) a middle school's CMS page of 2020 with a UEditor body: the title h2, "作者：教务处 来源：教务处 发布时间：
# 2020-11-20 点击数：" line, the body div#ueditor_content where every paragraph is <p style="text-indent:2em"> with a
# <span style="font-family:宋体"> and &nbsp; padding inside, the title repeated as the first paragraph (centred,
# bold: the editor's own heading, kept in the body), a right-aligned signature dated the day before, trailing
# <p><br/></p>, 【打印】【关闭】, 上一条/下一条, 相关阅读 with dates
UEDITOR_INDENT = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>关于2020学年第一学期期末考试安排的通知_宁江市第三中学</title>
<link href="/css/common.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="head"><img src="/images/banner.jpg" alt="宁江市第三中学" /></div>
<div class="nav"><a href="/">首页</a><a href="/xxgk/">学校概况</a><a href="/xwzx/">新闻中心</a><a href="/tzgg/">通知公告</a><a href="/jyjx/">教育教学</a><a href="/dqgz/">党群工作</a><a href="/xsyd/">学生园地</a></div>
<div class="page">
<div class="pos">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/tzgg/">通知公告</a> &gt;&gt; 正文</div>
<div class="show">
<h2 class="show-title">关于2020学年第一学期期末考试安排的通知</h2>
<div class="show-info">作者：教务处&nbsp;&nbsp;来源：教务处&nbsp;&nbsp;发布时间：2020-11-20&nbsp;&nbsp;点击数：<script src="/plus/count.php?aid=2861"></script></div>
<div class="show-content" id="ueditor_content">
<p style="text-align: center; text-indent: 0em;"><strong><span style="font-family: 宋体, SimSun; font-size: 20px;">关于2020学年第一学期期末考试安排的通知</span></strong></p>
<p style="text-indent: 2em; line-height: 1.75em;"><span style="font-family: 宋体, SimSun; font-size: 16px;">&nbsp;&nbsp;&nbsp;&nbsp;各年级组、各班级：</span></p>
<p style="text-indent: 2em; line-height: 1.75em;"><span style="font-family: 宋体, SimSun; font-size: 16px;">&nbsp;&nbsp;&nbsp;&nbsp;根据学校教学工作安排，本学期期末考试定于2021年1月25日至27日进行，现将有关事项通知如下：</span></p>
<p style="text-indent: 2em; line-height: 1.75em;"><span style="font-family: 宋体, SimSun; font-size: 16px;">&nbsp;&nbsp;&nbsp;&nbsp;一、高一、高二年级考试科目为语文、数学、英语、物理、化学、生物、政治、历史、地理，高三年级按选考科目组织考试。</span></p>
<p style="text-indent: 2em; line-height: 1.75em;"><span style="font-family: 宋体, SimSun; font-size: 16px;">&nbsp;&nbsp;&nbsp;&nbsp;二、各年级组须在1月15日前将考场安排表报教务处，监考安排由教务处统一发布。</span></p>
<p style="text-indent: 2em; line-height: 1.75em;"><span style="font-family: 宋体, SimSun; font-size: 16px;">&nbsp;&nbsp;&nbsp;&nbsp;三、请各班主任做好考前诚信教育，严肃考风考纪。</span></p>
<p style="text-indent: 2em; line-height: 1.75em;"><br/></p>
<p style="text-align: right; line-height: 1.75em;"><span style="font-family: 宋体, SimSun; font-size: 16px;">宁江市第三中学教务处</span></p>
<p style="text-align: right; line-height: 1.75em;"><span style="font-family: 宋体, SimSun; font-size: 16px;">2020年11月19日</span></p>
<p><br/></p>
</div>
<div class="show-tool">【<a href="javascript:window.print();">打印</a>】【<a href="javascript:window.close();">关闭</a>】</div>
<div class="show-page"><p>上一条：<a href="/tzgg/2020/1113/2850.html">关于开展第十二届校园科技节的通知</a></p><p>下一条：<a href="/tzgg/2020/1125/2866.html">关于做好冬季校园安全工作的通知</a></p></div>
<div class="show-relate"><h3>相关阅读</h3><ul>
<li><a href="/tzgg/2020/0630/2712.html">关于2019学年第二学期期末考试安排的通知</a><span>2020-06-30</span></li>
<li><a href="/tzgg/2020/1030/2835.html">关于期中考试成绩分析会的通知</a><span>2020-10-30</span></li>
</ul></div>
</div>
</div>
<div class="foot">宁江市第三中学 版权所有 Copyright &copy; 2020<br />地址：宁江市学府路88号　<a href="https://beian.miit.example.cn/">浙ICP备05012345号</a></div>
</body>
</html>
"""

# (7) a county 教育局 site of 2013 (GBK) on an ASP table layout with a KindEditor body: the title in a <td> with
# <font>, "发布时间：2013-03-05　来源：县教研室　点击：" in the next row, the body in td#fontzoom as one <span> of lines
# separated by <br /> (no <p>), lines indented with full-width spaces, an image from /attached/image/, a signature;
# then 【打印本页】【关闭窗口】, 相关文章 with dates, a footer table
KINDEDITOR_BR = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>甬北县举行2013年中小学青年教师课堂教学比武--甬北县教育局</title>
<link href="/css/css.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0" leftmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/top.jpg" width="980" height="120" alt=""></td></tr>
<tr><td height="32" class="menu" background="/images/menu_bg.gif">&nbsp;<a href="/">首 页</a> | <a href="/list.asp?cid=1">教育动态</a> | <a href="/list.asp?cid=2">通知公告</a> | <a href="/list.asp?cid=3">政策法规</a> | <a href="/list.asp?cid=4">教研之窗</a> | <a href="/list.asp?cid=5">办事指南</a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr>
<td width="220" valign="top" class="left">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="ltitle">教育动态</td></tr>
<tr><td class="llist">&middot; <a href="/list.asp?cid=1&sid=1">县内要闻</a><br>&middot; <a href="/list.asp?cid=1&sid=2">学校动态</a><br>&middot; <a href="/list.asp?cid=1&sid=3">图片新闻</a></td></tr></table>
</td>
<td width="760" valign="top">
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="30" class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/list.asp?cid=1">教育动态</a> &gt; <a href="/list.asp?cid=1&sid=1">县内要闻</a></td></tr>
<tr><td height="50" align="center"><font style="font-size:20px;color:#003399"><b>甬北县举行2013年中小学青年教师课堂教学比武</b></font></td></tr>
<tr><td height="26" align="center" class="info">发布时间：2013-03-05　来源：县教研室　点击：<font color="red">568</font></td></tr>
<tr><td height="1" bgcolor="#CCCCCC"></td></tr>
<tr><td id="fontzoom" class="content" style="font-size:14px;line-height:200%;padding:15px 10px;"><span style="font-size:14px;font-family:宋体;">　　3月1日至4日，甬北县2013年中小学青年教师课堂教学比武在县实验中学举行，来自全县32所中小学的96名青年教师参加比武。<br />
　　本次比武分小学、初中两个组别，涵盖语文、数学、英语、科学等9个学科。每位选手须在规定时间内完成说课和上课两个环节。<br />
<img src="/attached/image/20130305/20130305102033_1234.jpg" alt="" border="0" /><br />
　　比赛中，青年教师们精心设计教学环节，注重学生的主动参与，展现了扎实的基本功和良好的教学素养。<br />
　　经评委认真评审，共评出一等奖18名、二等奖30名、三等奖48名。获一等奖的教师将代表甬北县参加宁江市青年教师课堂教学比武。<br />
<br />
　　（县教研室 供稿）</span></td></tr>
<tr><td height="40" align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td class="xgwz"><b>相关文章</b><br>
&middot; <a href="/show.asp?id=3412">县教研室召开2013年教研工作会议</a> <font color="#999999">[2013-02-27]</font><br>
&middot; <a href="/show.asp?id=3366">我县教师在市优质课评比中获佳绩</a> <font color="#999999">[2013-01-15]</font></td></tr>
</table>
</td>
</tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom">
<tr><td align="center" height="70">版权所有：甬北县教育局　地址：甬北县城关镇人民路12号<br>浙ICP备06012345号　建议使用1024*768分辨率浏览</td></tr>
</table>
</body>
</html>
"""

# (8) a school photo news item of 2021 (图片新闻 column): "发布日期：2021-10-22 来源：宣传部 作者：摄影 吴迪", the body
# one short lead paragraph then four centred images each followed by a centred caption paragraph "图为…", the last
# caption closing the body; 上一篇/下一篇, 相关阅读 with dates, share buttons
PHOTO_NEWS = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【图片新闻】秋季运动会精彩瞬间-宁江市甬北区实验中学</title>
<link rel="stylesheet" href="/static/css/main.css">
</head>
<body>
<div class="header"><div class="w"><a class="logo" href="/"><img src="/static/images/logo.png" alt="甬北区实验中学"></a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xxgk/">学校概况</a></li><li><a href="/xyxw/">校园新闻</a></li><li><a href="/tpxw/">图片新闻</a></li><li><a href="/dyzc/">德育之窗</a></li><li><a href="/jsfz/">教师发展</a></li></ul></div></div>
<div class="w content-page">
<div class="breadcrumb">当前位置：<a href="/">首页</a> / <a href="/tpxw/">图片新闻</a> / 正文</div>
<div class="detail">
<h1 class="detail-title">【图片新闻】秋季运动会精彩瞬间</h1>
<div class="detail-meta"><span>发布日期：2021-10-22</span><span>来源：宣传部</span><span>作者：摄影 吴迪</span></div>
<div class="detail-body">
<p>10月20日至21日，甬北区实验中学第二十三届秋季田径运动会举行，全校1800余名师生参加。</p>
<p style="text-align:center;"><img src="/uploads/2021/10/22/ydh01.jpg" width="600" alt=""></p>
<p style="text-align:center;">图为开幕式上各班级方阵依次入场。</p>
<p style="text-align:center;"><img src="/uploads/2021/10/22/ydh02.jpg" width="600" alt=""></p>
<p style="text-align:center;">图为男子400米决赛现场。</p>
<p style="text-align:center;"><img src="/uploads/2021/10/22/ydh03.jpg" width="600" alt=""></p>
<p style="text-align:center;">图为教师组拔河比赛。</p>
<p style="text-align:center;"><img src="/uploads/2021/10/22/ydh04.jpg" width="600" alt=""></p>
<p style="text-align:center;">图为校领导为获得团体总分第一名的班级颁奖。</p>
</div>
<div class="detail-share">分享：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ</a></div>
<div class="detail-nav"><p>上一篇：<a href="/tpxw/2021/1015/2233.html">初一新生国防教育汇报表演</a></p><p>下一篇：<a href="/tpxw/2021/1029/2251.html">秋日校园美如画</a></p></div>
<div class="detail-related"><h3>相关阅读</h3><ul>
<li><a href="/xyxw/2021/1018/2240.html">运动会筹备工作会议召开</a><span>2021-10-18</span></li>
<li><a href="/tpxw/2021/0423/2015.html">【图片新闻】春季趣味运动会</a><span>2021-04-23</span></li>
</ul></div>
</div>
</div>
<div class="footer"><p>版权所有 &copy; 宁江市甬北区实验中学　地址：甬北区育才路9号</p><p>浙ICP备15023456号-1</p></div>
</body>
</html>
"""

# (9) a district 教育局 page of 2021 with no visible publish date: the header bar shows the day the page was served
# ("2021年03月08日 星期一"), the info line only 来源 and a script-filled 浏览 count, the date is in the WeChat share
# config (`var shareData = {title:..., time:'2021-03-05'}`) and in the URL (/2021/0305/), so the reader's day is the
# URL's; 相关阅读 rows carry other dates
SHAREDATA_URL_DATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>甬南区启动2021年“护苗”行动-甬南区教育局</title>
<link rel="stylesheet" href="/res/css/site.css">
<script src="https://res.wx.example.cn/open/js/jweixin-1.6.0.js"></script>
</head>
<body>
<div class="topbar"><div class="w"><span class="today">2021年03月08日 星期一</span><span class="weather">宁江 多云 8~15℃</span><a href="/wza/">无障碍</a> <a href="/m/">手机版</a></div></div>
<div class="header"><div class="w"><a href="/"><img src="/res/img/logo.png" alt="甬南区教育局"></a></div></div>
<div class="nav"><div class="w"><a href="/">首页</a><a href="/jyxw/">教育新闻</a><a href="/tzgg/">通知公告</a><a href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a></div></div>
<div class="w">
<div class="crumb">当前位置：<a href="/">首页</a> &raquo; <a href="/jyxw/">教育新闻</a> &raquo; 正文</div>
<div class="art">
<h1 class="art-title">甬南区启动2021年“护苗”行动</h1>
<div class="art-info"><span>来源：区教育局安全科</span><span>浏览：<em id="views"></em></span></div>
<div class="art-body">
<p>为营造有利于未成年人健康成长的校园周边环境，甬南区教育局联合区文化市场综合执法队等部门，启动2021年“护苗”行动。</p>
<p>行动为期三个月，重点检查校园周边200米范围内的文具店、书店和网吧，清查有害出版物和“三无”文具玩具。</p>
<p>各中小学将在3月至4月开展“护苗”主题班会和网络安全知识讲座，引导学生绿色阅读、文明上网。</p>
</div>
<div class="art-share">分享到：<a class="share-wx" href="javascript:;">微信</a><a class="share-wb" href="javascript:;">微博</a></div>
<div class="art-related"><h3>相关阅读</h3><ul>
<li><a href="/jyxw/2021/0226/5512.html">全区中小学开学安全大检查</a><span>2021-02-26</span></li>
<li><a href="/jyxw/2021/0301/5520.html">区教育局召开2021年安全工作会议</a><span>2021-03-01</span></li>
</ul></div>
</div>
</div>
<div class="footer"><div class="w"><p>主办单位：甬南区教育局　版权所有　未经许可不得转载</p><p><a href="https://beian.miit.example.cn/">浙ICP备09034567号</a>　网站标识码：3302120045</p></div></div>
<script>
var shareData = {
  title: '甬南区启动2021年“护苗”行动',
  desc: '甬南区教育局联合多部门启动2021年“护苗”行动。',
  link: 'http://jyj.yongnan.example.cn/jyxw/2021/0305/5531.html',
  imgUrl: 'http://jyj.yongnan.example.cn/res/img/share.png',
  time: '2021-03-05'
};
wx.ready(function () { wx.updateAppMessageShareData(shareData); wx.updateTimelineShareData(shareData); });
document.getElementById('views').innerHTML = '1,203';
</script>
</body>
</html>
"""

# (10) a city news site's Vue server-rendered page of 2022: <div id="app" data-server-rendered="true"> holding the
# whole page with data-v-* attributes and <!----> placeholders, the header menu, the title h1, "2022-03-18 10:20" and
# "来源：宁江发布" spans, the body div.article-body of <p>, share and 相关阅读 (dates), then a script
# window.__INITIAL_STATE__ = {...} holding the same title, publishTime, source and the body as escaped HTML
VUE_SSR = """<!DOCTYPE html>
<html lang="zh-CN" data-n-head="%7B%22lang%22:%7B%221%22:%22zh-CN%22%7D%7D">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>宁江市第一批“城市书房”今起开放 - 宁江新闻</title>
<meta data-n-head="1" data-hid="description" name="description" content="首批20家城市书房分布在六个区，每天开放至晚上9点。">
<link rel="preload" href="/_static/js/app.5c1d3e.js" as="script">
<link rel="stylesheet" href="/_static/css/app.9a7b2c.css">
</head>
<body>
<div id="app" data-server-rendered="true" class="layout" data-v-1a2b3c4d>
<header class="nav-header" data-v-1a2b3c4d><a href="/" class="logo" data-v-1a2b3c4d><img src="/_static/img/logo.png" alt="宁江新闻" data-v-1a2b3c4d></a>
<ul class="menu" data-v-1a2b3c4d><li data-v-1a2b3c4d><a href="/" data-v-1a2b3c4d>首页</a></li><li data-v-1a2b3c4d><a href="/channel/city" data-v-1a2b3c4d>城市</a></li><li data-v-1a2b3c4d><a href="/channel/culture" data-v-1a2b3c4d>文化</a></li><li data-v-1a2b3c4d><a href="/channel/edu" data-v-1a2b3c4d>教育</a></li></ul><!----></header>
<main class="detail" data-v-5e6f7a8b>
<div class="crumbs" data-v-5e6f7a8b><a href="/" data-v-5e6f7a8b>首页</a> &gt; <a href="/channel/culture" data-v-5e6f7a8b>文化</a></div>
<h1 class="detail-title" data-v-5e6f7a8b>宁江市第一批“城市书房”今起开放</h1>
<div class="detail-info" data-v-5e6f7a8b><span class="time" data-v-5e6f7a8b>2022-03-18 10:20</span><span class="source" data-v-5e6f7a8b>来源：宁江发布</span><!----></div>
<div class="article-body" data-v-5e6f7a8b>
<p>今天起，宁江市首批20家“城市书房”正式对市民开放。这些书房分布在六个区，每家藏书不少于5000册，每天开放至晚上9点。</p>
<p>市民凭身份证或市图书馆读者证即可进入，借还图书与市图书馆通借通还。</p>
<p>市文化广电旅游局有关负责人介绍，今年全市还将建成城市书房30家，力争实现“15分钟阅读圈”全覆盖。</p>
</div>
<div class="share" data-v-5e6f7a8b><span data-v-5e6f7a8b>分享到：</span><a href="javascript:;" data-v-5e6f7a8b>微信</a><a href="javascript:;" data-v-5e6f7a8b>微博</a></div>
<section class="related" data-v-5e6f7a8b><h3 data-v-5e6f7a8b>相关阅读</h3><ul data-v-5e6f7a8b>
<li data-v-5e6f7a8b><a href="/detail/220315/89012" data-v-5e6f7a8b>市图书馆新馆预计年内开工</a><span data-v-5e6f7a8b>2022-03-15</span></li>
<li data-v-5e6f7a8b><a href="/detail/220310/88876" data-v-5e6f7a8b>全民阅读月活动将于4月启动</a><span data-v-5e6f7a8b>2022-03-10</span></li>
</ul></section>
</main>
<footer class="footer" data-v-9c0d1e2f><p data-v-9c0d1e2f>宁江新闻网 版权所有 &copy; 2022</p><p data-v-9c0d1e2f><a href="https://beian.miit.example.cn/" data-v-9c0d1e2f>浙ICP备18004567号-2</a></p></footer>
</div>
<script>window.__INITIAL_STATE__={"route":{"path":"/detail/220318/89120","params":{"id":"89120"}},"detail":{"id":89120,"title":"宁江市第一批“城市书房”今起开放","publishTime":"2022-03-18 10:20:00","source":"宁江发布","channel":"文化","content":"\\u003Cp\\u003E今天起，宁江市首批20家“城市书房”正式对市民开放。这些书房分布在六个区，每家藏书不少于5000册，每天开放至晚上9点。\\u003C/p\\u003E\\u003Cp\\u003E市民凭身份证或市图书馆读者证即可进入，借还图书与市图书馆通借通还。\\u003C/p\\u003E\\u003Cp\\u003E市文化广电旅游局有关负责人介绍，今年全市还将建成城市书房30家，力争实现“15分钟阅读圈”全覆盖。\\u003C/p\\u003E"},"related":[{"id":89012,"title":"市图书馆新馆预计年内开工","publishTime":"2022-03-15 16:02:00"},{"id":88876,"title":"全民阅读月活动将于4月启动","publishTime":"2022-03-10 09:45:00"}]};(function(){var s;(s=document.currentScript||document.scripts[document.scripts.length-1]).parentNode.removeChild(s);}());</script>
<script src="/_static/js/manifest.1f2e3d.js" defer></script>
<script src="/_static/js/app.5c1d3e.js" defer></script>
</body>
</html>
"""

PAGES: list[Page] = [
    Page(
        "wx_mp_article_ct_hidden_body",
        "https://mp.weixin.example.cn/s/Tq3bX8kLmP2wYc9nRz7dAg",
        WECHAT_MP,
        "寒假收心有妙招，开学这样过",
        "2021-03-05",  # var ct: 07:30 on 5 March in Beijing, what the script shows the reader
        None,  # only the account's name (#js_name): no 来源
        "再过三天就要开学了，不少孩子还沉浸在假期的节奏里，晚上不肯睡，早上起不来。",
        "老师们在学校等着大家，我们3月8日见！",
        ("阅读原文", "在看", "喜欢此内容的人还喜欢", "寒假读书打卡", "写留言", "微信扫一扫", "关注该公众号"),
    ),
    Page(
        "wx_school_135editor_qr_footer",
        "http://www.ybex.example.cn/xwdt/xxxw/2021-04-16/1524.html",
        SCHOOL_135_PASTE,
        "我校开展“学雷锋 护家园”志愿服务活动",
        "2021-04-16",
        "德育处",
        "为弘扬雷锋精神，4月14日下午，甬北区第二实验小学组织五、六年级120名少先队员走进学校周边的三个社区，开展“学雷锋 护家园”志愿服务活动。",
        "活动结束后，队员们纷纷表示，今后要把学雷锋变成日常行动，做文明家园的守护者。",
        (
            "点击蓝字",
            "关注我们",
            "长按二维码关注",
            "微信公众号",
            "分享到",
            "上一篇",
            "合唱比赛",
            "相关阅读",
            "学雷锋月启动仪式",
            "湾头路66号",
        ),
    ),
    Page(
        "wx_mobile_m_host_tabbar",
        "https://m.njyz.example.cn/m/news/2021/0511/3942.html",
        MOBILE_M,
        "校团委举行“五四”青年节新团员入团仪式",
        "2021-05-11",
        "校团委",
        "5月4日下午，宁江市第一中学团委在学校报告厅举行“五四”青年节新团员入团仪式，高一年级86名新团员光荣加入中国共产主义青年团。",
        "校党委书记勉励新团员们牢记入团誓词，在学习和生活中发挥模范带头作用。",
        ("返回", "校园新闻", "分享到", "朋友圈", "相关阅读", "十八岁成人礼", "清明祭扫", "通知", "我的"),
    ),
    Page(
        "wx_mip_page_jsonld",
        "https://mip.njnews.example.cn/news/2021-06/08/content_1187654.htm",
        MIP_PAGE,
        "宁江市今年将新增公共停车泊位1.2万个",
        "2021-06-08",
        "宁江晚报",
        "记者从市交通运输局获悉，今年我市将新建、改建公共停车场42个，新增公共停车泊位1.2万个，重点缓解老旧小区、医院和学校周边的停车难问题。",
        "此外，全市公共停车场将在年底前全部接入“宁江停车”平台，市民可在手机上查询空余泊位并在线缴费。",
        ("分享到微信", "相关阅读", "地铁4号线北延段", "12条公交线路", "打开宁江新闻客户端", "立即打开"),
    ),
    Page(
        "wx_selfmedia_time_ip_region",
        "https://www.wyh.example.cn/article/HJ3A9B2C0512XYZW.html",
        SELF_MEDIA_IP,
        "开学两周，孩子说“不想上学”怎么办？一位班主任的五条建议",
        "2022-09-14",
        None,  # the account (甬上家长圈) is the author: no 来源 label
        "开学已经两周，不少家长发现，孩子早上赖床、磨蹭，甚至直接说“不想上学”。",
        "林老师提醒，如果孩子的情绪持续两周以上没有好转，或者出现失眠、食欲下降等情况，家长应及时寻求专业帮助。",
        (
            "甬上家长圈",
            "关注",
            "·浙江",
            "特别声明",
            "仅提供信息存储服务",
            "点赞",
            "相关推荐",
            "三件事比识字更重要",
            "3小时前",
            "跟贴",
            "爬山",
        ),
    ),
    Page(
        "wx_ueditor_indent_title_repeated",
        "http://www.nj3z.example.cn/tzgg/2020/1120/2861.html",
        UEDITOR_INDENT,
        "关于2020学年第一学期期末考试安排的通知",
        "2020-11-20",
        "教务处",
        "关于2020学年第一学期期末考试安排的通知",  # the editor's bold centred heading: the body's first line
        "2020年11月19日",
        ("点击数", "打印", "关闭", "上一条", "科技节", "相关阅读", "2019学年第二学期", "学府路88号"),
    ),
    Page(
        "wx_kindeditor_br_in_td_gbk",
        "http://www.ybjy.example.cn/show.asp?id=3438",
        KINDEDITOR_BR,
        "甬北县举行2013年中小学青年教师课堂教学比武",
        "2013-03-05",
        "县教研室",
        "3月1日至4日，甬北县2013年中小学青年教师课堂教学比武在县实验中学举行，来自全县32所中小学的96名青年教师参加比武。",
        "（县教研室 供稿）",
        ("点击：", "打印本页", "关闭窗口", "相关文章", "教研工作会议", "优质课评比", "城关镇人民路", "分辨率"),
        gbk=True,
    ),
    Page(
        "wx_photo_news_captions",
        "http://www.ybsyzx.example.cn/tpxw/2021/1022/2245.html",
        PHOTO_NEWS,
        "【图片新闻】秋季运动会精彩瞬间",
        "2021-10-22",
        "宣传部",
        "10月20日至21日，甬北区实验中学第二十三届秋季田径运动会举行，全校1800余名师生参加。",
        "图为校领导为获得团体总分第一名的班级颁奖。",
        ("作者：", "分享：", "上一篇", "国防教育", "秋日校园", "相关阅读", "筹备工作会议", "育才路9号"),
    ),
    Page(
        "wx_sharedata_date_only_in_url",
        "http://jyj.yongnan.example.cn/jyxw/2021/0305/5531.html",
        SHAREDATA_URL_DATE,
        "甬南区启动2021年“护苗”行动",
        "2021-03-05",  # no visible date: the URL's /2021/0305/ (the share config says the same)
        "区教育局安全科",
        "为营造有利于未成年人健康成长的校园周边环境，甬南区教育局联合区文化市场综合执法队等部门，启动2021年“护苗”行动。",
        "各中小学将在3月至4月开展“护苗”主题班会和网络安全知识讲座，引导学生绿色阅读、文明上网。",
        ("星期一", "多云", "浏览", "分享到", "相关阅读", "开学安全大检查", "安全工作会议", "网站标识码", "shareData"),
    ),
    Page(
        "wx_vue_ssr_initial_state",
        "https://www.njnews.example.cn/detail/220318/89120",
        VUE_SSR,
        "宁江市第一批“城市书房”今起开放",
        "2022-03-18",
        "宁江发布",
        "今天起，宁江市首批20家“城市书房”正式对市民开放。这些书房分布在六个区，每家藏书不少于5000册，每天开放至晚上9点。",
        "市文化广电旅游局有关负责人介绍，今年全市还将建成城市书房30家，力争实现“15分钟阅读圈”全覆盖。",
        ("分享到", "相关阅读", "新馆预计年内开工", "全民阅读月", "__INITIAL_STATE__", "publishTime", "u003C"),
    ),
]
