"""Article pages of article pages of 2015-2022 news, government and self-media sites (HTML5 article markup, JSON-LD, og: metas, mobile templates): written by hand after each family's public template markup, names, hosts and
numbers made up (tests/test_article_families.py checks every field of each)."""

from family_page import Page

SITE_FOOT = """<footer class="site-footer"><div class="container">
<p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ad/">广告服务</a> | <a href="/jubao/">违法和不良信息举报</a></p>
<p>{owner} 版权所有 &copy; 2015-{year} 　<a href="https://beian.miit.example.cn/">浙ICP备{icp}号</a>　<img src="/static/img/ga.png" alt="">浙公网安备 {police}号</p>
</div></footer>"""

# (1) an HTML5 news page of 2021: <article> holding <header> (h1, <time datetime> with a zone, a 来源 span, the
# reporter), the body div with a <figure>/<figcaption>, and a <footer> INSIDE the article with tags, a share bar
# and a reprint notice (版权所有); 相关阅读 with <time> rows, a comment section and a 热门排行 <aside> after it
HTML5_ARTICLE = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>甬江市启动中小学“午休课桌椅”改造工程_教育_甬江新闻网</title>
<meta name="description" content="今年全市将为120所中小学的4.6万名学生配备可躺式午休课桌椅。">
<link rel="stylesheet" href="/static/css/article.min.css?v=20210301">
</head>
<body class="page-article">
<header class="site-header"><div class="container"><a class="logo" href="/"><img src="/static/img/logo.svg" alt="甬江新闻网"></a>
<nav class="main-nav"><ul><li><a href="/">首页</a></li><li><a href="/news/">要闻</a></li><li><a href="/edu/">教育</a></li><li><a href="/city/">城事</a></li><li><a href="/video/">视频</a></li><li><a href="/live/">直播</a></li></ul></nav>
<form class="search" action="/search/"><input type="search" name="q" placeholder="搜索"><button>搜索</button></form></div></header>
<main class="container">
<nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/">首页</a></li><li><a href="/edu/">教育</a></li><li aria-current="page">正文</li></ol></nav>
<div class="row"><div class="col-main">
<article class="post" id="post-1123456">
<header class="post-header">
<h1 class="post-title">甬江市启动中小学“午休课桌椅”改造工程</h1>
<div class="post-meta"><time class="pubtime" datetime="2021-03-05T08:20:00+08:00">2021-03-05 08:20</time><span class="post-source">来源：甬江日报</span><span class="post-author">记者 周婷 通讯员 林浩</span></div>
</header>
<div class="post-body">
<p>记者昨天从市教育局获悉，今年我市将启动中小学“午休课桌椅”改造工程，为全市120所中小学的4.6万名学生配备可躺式午休课桌椅，让学生午休从“趴着睡”变为“躺着睡”。</p>
<figure class="post-figure"><img src="/uploads/2021/03/05/a1123456_01.jpg" alt=""><figcaption>甬江实验小学的学生在试用新课桌椅午休。</figcaption></figure>
<p>据介绍，新课桌椅的椅背可以向后倾斜，桌面下方设有可拉出的腿托，展开后可形成一张简易“午休床”，收起后不影响正常上课。</p>
<p>改造工程所需资金由市、区两级财政按比例分担，学校和家长不需要承担费用。首批30所学校将在4月底前完成安装。</p>
<p>市教育局有关负责人表示，将在试点基础上总结经验，力争用两年时间实现全市中小学午休课桌椅全覆盖。</p>
</div>
<footer class="post-footer">
<div class="post-tags">标签：<a href="/tag/午休/">午休</a> <a href="/tag/课桌椅/">课桌椅</a></div>
<div class="post-share">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="qz">QQ空间</a></div>
<p class="post-notice">本文为甬江新闻网原创稿件，版权所有，未经授权不得转载。</p>
</footer>
</article>
<section class="related"><h2>相关阅读</h2><ul>
<li><a href="/edu/2021/0303/1123001.html">我市中小学春季学期开学平稳有序</a><time datetime="2021-03-03">2021-03-03</time></li>
<li><a href="/edu/2021/0226/1122876.html">课后服务“5+2”模式下学期全面推开</a><time datetime="2021-02-26">2021-02-26</time></li>
<li><a href="/edu/2021/0219/1122543.html">市教育局部署2021年教育民生实事项目</a><time datetime="2021-02-19">2021-02-19</time></li>
</ul></section>
<section class="comments" id="comments"><h2>网友评论（2）</h2>
<div class="comment"><span class="nick">甬江网友</span><time>2021-03-05 09:12</time><p>孩子终于可以躺着午睡了，好政策！</p></div>
<div class="comment"><span class="nick">阿杰爸爸</span><time>2021-03-05 10:40</time><p>希望初中也能尽快安排上。</p></div>
<form class="comment-form"><textarea placeholder="文明上网，理性发言"></textarea><button>发表评论</button></form>
</section>
</div>
<aside class="col-side"><section class="hot"><h2>热门排行</h2><ol><li><a href="/city/2021/0305/1123450.html">地铁5号线二期今日通车</a></li><li><a href="/city/2021/0304/1123300.html">本周末全市最高气温将达22℃</a></li><li><a href="/news/2021/0304/1123210.html">两会代表团抵京</a></li></ol></section></aside>
</div>
</main>
{SITE_FOOT.format(owner="甬江新闻网", year=2021, icp="15001234", police="33020302000123")}
</body>
</html>
"""

# (2) a news page of 2022 whose publish time and outlet are only machine-readable: <script type="application/ld+json">
# NewsArticle (datePublished, dateModified, author, publisher) and og: metas (no article:published_time); the visible
# header shows only the relative "3小时前" of the moment it was rendered, related rows say 昨天 and 2天前
JSONLD_ONLY = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>全市中小学暑期托管服务报名本周启动 - 甬江新闻网</title>
<meta property="og:type" content="article">
<meta property="og:title" content="全市中小学暑期托管服务报名本周启动">
<meta property="og:description" content="今年暑期托管服务将覆盖全市所有小学，每期收费不超过600元。">
<meta property="og:url" content="https://news.yjnews.example.cn/detail/20220618A05K3M00">
<meta property="og:site_name" content="甬江新闻网">
<meta property="og:image" content="https://img.yjnews.example.cn/2022/0618/a05k3m_cover.jpg">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle",
 "mainEntityOfPage": {{"@type": "WebPage", "@id": "https://news.yjnews.example.cn/detail/20220618A05K3M00"}},
 "headline": "全市中小学暑期托管服务报名本周启动",
 "image": ["https://img.yjnews.example.cn/2022/0618/a05k3m_cover.jpg"],
 "datePublished": "2022-06-18T09:30:00+08:00", "dateModified": "2022-06-18T10:02:00+08:00",
 "author": {{"@type": "Person", "name": "李然"}},
 "publisher": {{"@type": "Organization", "name": "甬江新闻网", "logo": {{"@type": "ImageObject", "url": "https://www.yjnews.example.cn/static/logo.png"}}}}}}
</script>
<link rel="stylesheet" href="https://static.yjnews.example.cn/detail/css/main.4f2a9c.css">
</head>
<body>
<div id="app">
<div class="top-nav"><a class="logo" href="https://www.yjnews.example.cn/"><img src="https://www.yjnews.example.cn/static/logo.png" alt="甬江新闻网"></a>
<a href="https://www.yjnews.example.cn/">首页</a><a href="https://news.yjnews.example.cn/edu/">教育</a><a href="https://news.yjnews.example.cn/city/">城事</a><a href="https://news.yjnews.example.cn/finance/">财经</a><a class="login" href="javascript:;">登录</a></div>
<div class="detail-wrap">
<div class="detail-main">
<h1 class="detail-title">全市中小学暑期托管服务报名本周启动</h1>
<div class="detail-meta"><span class="author">甬江新闻网记者 李然</span><span class="time">3小时前</span><span class="read-count">阅读 1.2万</span></div>
<div class="detail-content">
<p>记者从市教育局获悉，今年全市中小学暑期托管服务报名工作将于本周启动，托管服务覆盖全市所有公办小学，有需要的家庭可自愿报名。</p>
<p>暑期托管分两期进行，每期三周，时间为工作日上午8点至下午5点。托管期间以看护为主，学校将组织开展阅读、体育锻炼、艺术活动和观看优秀影片等，不得进行集体补课或讲授新课。</p>
<p>收费方面，每期收费不超过600元，由学校统一收取并全部用于托管服务。低保家庭、特困供养家庭子女免费参加。</p>
<p>家长可通过“甬江教育”微信公众号或所在学校报名，报名截止时间为6月25日。</p>
</div>
<div class="detail-actions"><button class="like">点赞 328</button><button class="share">分享</button><button class="report">举报</button></div>
</div>
<div class="detail-side">
<div class="side-box"><h3>相关推荐</h3><ul>
<li><a href="https://news.yjnews.example.cn/detail/20220617A03X1T00">中考体育考试成绩今起可查询</a><span>昨天</span></li>
<li><a href="https://news.yjnews.example.cn/detail/20220616A09Q2R00">多所高校公布今年招生计划</a><span>2天前</span></li>
</ul></div>
</div>
<div class="comment-box"><h3>评论 12</h3>
<div class="comment-item"><span class="nick">用户8351</span><span class="time">1小时前</span><p>双职工家庭的福音，赶紧报名。</p></div>
<div class="comment-item"><span class="nick">海曙老王</span><span class="time">2小时前</span><p>希望初中也能有托管。</p></div>
</div>
</div>
</div>
{SITE_FOOT.format(owner="甬江新闻网", year=2022, icp="15001234", police="33020302000123")}
<script src="https://static.yjnews.example.cn/detail/js/main.8d1e0b.js"></script>
</body>
</html>
"""

# (3) the mobile template of a news site, 2021 (m.*.cn): rem units on the root, a top bar with 打开APP, a fixed
# app-download bar, div.m-article with the title, a "来源：X" span and the time, the text in div.m-article-content of
# which the last paragraphs sit in a collapsed div (display:none) opened in place by the 展开全文 button (no app
# needed, so the reader can read it all and the body is every paragraph), an 打开APP阅读全文 link to the app under it,
# 相关推荐 cards with dates and a 热门评论 block
MOBILE_FOLD = """<!DOCTYPE html>
<html lang="zh-CN" style="font-size:50px">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>甬北区新增3所公办初中 今年秋季招生-手机甬江网</title>
<style>
html{font-size:13.333vw}body{margin:0;font-size:.32rem}.m-article{padding:.3rem}.m-title{font-size:.44rem;line-height:.62rem}
.m-info{font-size:.24rem;color:#999}.m-article-content p{margin:.3rem 0;line-height:.52rem}.m-fold{display:none}
.m-download{position:fixed;left:0;right:0;bottom:0;height:1rem;background:#fff}
</style>
<script>function unfold(){document.getElementById('fold').style.display='block';document.getElementById('unfoldBtn').style.display='none';}</script>
</head>
<body>
<div class="m-top"><a class="m-logo" href="https://m.yjw.example.cn/"><img src="//m.yjw.example.cn/img/logo_m.png" alt="手机甬江网"></a><a class="m-open" href="yjw://open">打开APP</a></div>
<div class="m-article">
<h1 class="m-title">甬北区新增3所公办初中 今年秋季招生</h1>
<div class="m-info"><span class="m-source">来源：甬江晚报</span> <span class="m-time">2021-03-05 08:20</span></div>
<div class="m-article-content" id="articleContent">
<p>记者从甬北区教育局了解到，区内新建的3所公办初中将于今年秋季投入使用并开始招生，共可提供初一学位1080个。</p>
<p>这3所学校分别位于新城、湾头和庄桥片区，均按照省标准化学校要求建设，配有室内体育馆、创客教室和400米标准跑道。</p>
<div class="m-fold" id="fold">
<p>学校的招生范围将根据片区生源情况划定，具体方案将于4月中旬向社会公布。</p>
<p>甬北区教育局相关负责人表示，新学校的师资将通过区内统筹调配和公开招聘相结合的方式配备，确保开学时教师全部到位。</p>
</div>
</div>
<div class="m-unfold" id="unfoldBtn" onclick="unfold()">展开全文<i class="icon-arrow-down"></i></div>
<a class="m-app-read" href="yjw://article?id=210305082012">打开APP阅读全文，查看更多精彩评论</a>
</div>
<div class="m-recommend"><h3>相关推荐</h3>
<div class="m-card"><a href="/a/210304/1201.html">甬北区幼儿园报名系统下月开通</a><span>2021-03-04</span></div>
<div class="m-card"><a href="/a/210302/1187.html">区教育局公布2021年民生实事清单</a><span>2021-03-02</span></div>
</div>
<div class="m-comments"><h3>热门评论</h3><div class="m-cmt"><b>甬北宝妈</b><p>家门口终于有好初中了</p><span>03-05 09:30</span></div></div>
<div class="m-foot">手机甬江网 版权所有 浙ICP备16005678号</div>
<div class="m-download">下载甬江新闻APP，阅读更多本地资讯<a href="https://app.yjw.example.cn/download">立即下载</a></div>
</body>
</html>
"""

# (4) a provincial government portal on the 集约化 platform of 2020 (GBK): div.article-title, div.article-info of
# spans 发布时间 / 来源 / 字号 大 中 小 and a 扫一扫在手机打开当前页 QR code, the body in div.article-content#zoom ending
# with the office and a signature the day before, a 相关附件 list, 打印/关闭, and a footer with 政务微信 / 政务微博
GOV_JIYUE_2020 = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>浙东省教育厅关于做好延期开学期间中小学线上教学工作的通知</title>
<meta name="SiteName" content="浙东省教育厅">
<meta name="ColumnName" content="通知公告">
<link rel="stylesheet" href="/module/jslib/css/public.css">
</head>
<body>
<div class="top-bar"><div class="w1200"><span>欢迎访问浙东省教育厅网站</span><a href="javascript:;">无障碍浏览</a> | <a href="/m/">手机版</a> | <a href="/en/">English</a></div></div>
<div class="header"><div class="w1200"><a href="/"><img src="/images/logo.png" alt="浙东省教育厅"></a>
<form action="/jsearch/search.do" method="get"><input type="text" name="q" placeholder="请输入关键词"><input type="submit" value="搜索"></form></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/col/col1001/">机构概况</a></li><li><a href="/col/col1002/">政务动态</a></li><li><a href="/col/col1003/">政府信息公开</a></li><li><a href="/col/col1004/">政务服务</a></li><li><a href="/col/col1005/">互动交流</a></li></ul></div>
<div class="w1200 main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1002/">政务动态</a> &gt; <a href="/col/col1002/col1210/">通知公告</a></div>
<div class="article">
<div class="article-title">浙东省教育厅关于做好延期开学期间中小学线上教学工作的通知</div>
<div class="article-info"><span>发布时间：2020-03-05 10:20</span><span>来源：省教育厅</span><span>字号：<a href="javascript:doZoom(18)">大</a><a href="javascript:doZoom(16)">中</a><a href="javascript:doZoom(14)">小</a></span>
<span class="ewm">扫一扫在手机打开当前页<img src="/qrcode?url=/art/2020/3/5/art_1210_41234.html" alt=""></span></div>
<div class="article-content" id="zoom">
<p>各市、县（市、区）教育局，省属各中小学：</p>
<p>根据疫情防控工作需要，全省中小学春季学期延期开学。为做好延期开学期间的线上教学工作，现将有关事项通知如下：</p>
<p>一、各地各校要按照“一校一案”的要求制定线上教学方案，合理安排教学进度，小学每天线上学习时间不超过2小时，初中不超过3小时，高中不超过4小时。</p>
<p>二、省教育厅已汇集优质线上教学资源，各地可根据实际统筹使用，不得要求学生每天打卡、上传学习视频。</p>
<p>三、各地要关注家庭经济困难学生和农村留守儿童，通过发放流量卡、借用终端等方式，确保每一名学生都能参加线上学习。</p>
<p style="text-align:right">浙东省教育厅办公室</p>
<p style="text-align:right">2020年3月4日</p>
</div>
<div class="article-attach"><h4>相关附件</h4><ul>
<li><a href="/module/download/downfile.jsp?filename=1.doc">1.全省中小学线上教学资源目录.doc</a></li>
<li><a href="/module/download/downfile.jsp?filename=2.xls">2.线上教学情况统计表.xls</a></li>
</ul></div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div class="footer"><div class="w1200">
<div class="f-ewm"><div><img src="/images/wx.png" alt=""><p>政务微信</p></div><div><img src="/images/wb.png" alt=""><p>政务微博</p></div></div>
<p>主办单位：浙东省教育厅　地址：浙东省甬江市学院路100号　邮编：315000</p>
<p>版权所有：浙东省教育厅　<a href="https://beian.miit.example.cn/">浙ICP备05004321号</a>　浙公网安备 33010602000456号　网站标识码：3300000012</p>
</div></div>
</body>
</html>
"""

# (5) a self-media article (今日头条/百家号 style, 2021): div.article-box with h1, div.article-meta of the account's
# name (a link), the date "2021-03-05 08:20" and an 原创 mark, no 来源 label anywhere (the account is the author, not
# a source), a 关注 button, the body in div.article-content of <p> and an image, a 声明 line, then 相关推荐 and comments
SELF_MEDIA = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>一位班主任的开学第一课：先教孩子们整理书包</title>
<link rel="stylesheet" href="//s3.jrtt.example.cn/toutiao/static/article/index.8a1c.css">
</head>
<body>
<div class="top-bar"><a class="logo" href="https://www.jrtt.example.cn/">头条</a><a href="https://www.jrtt.example.cn/">首页</a><a href="https://www.jrtt.example.cn/ch/news_edu/">教育</a><a class="download" href="/download/">下载APP</a><a class="login" href="javascript:;">登录</a></div>
<div class="main">
<div class="article-box">
<h1>一位班主任的开学第一课：先教孩子们整理书包</h1>
<div class="article-meta"><span class="original-mark">原创</span><span class="name"><a href="https://www.jrtt.example.cn/c/user/52871234/">甬上教育观察</a></span><span class="time">2021-03-05 08:20</span><button class="follow-btn">关注</button></div>
<div class="article-content">
<p>开学第一天，甬江市某小学三年级的班主任徐老师没有急着讲新课，而是用整整一节课教孩子们整理书包。</p>
<p>“一个寒假过去，很多孩子的书包里塞满了揉皱的卷子、用完的作业本和零食包装袋。”徐老师说，整理书包看似小事，其实是在帮孩子建立秩序感。</p>
<div class="pgc-img"><img src="//p3.jrtt.example.cn/img/pgc-image/8c2f1a0b.jpg" alt=""></div>
<p>课上，她把整理分成三步：先把所有东西倒出来分类，再把每天要用的课本按课表顺序放好，最后给文具盒、水杯和纸巾各找一个固定的位置。</p>
<p>一节课下来，孩子们的书包轻了不少。徐老师说，她会在接下来的一个月里每周检查一次，直到大家养成习惯。</p>
</div>
<p class="statement">声明：本文由作者原创，图片来自作者拍摄，不代表平台观点。</p>
<div class="article-actions"><span>点赞 96</span><span>评论 18</span><span>收藏</span><a href="/report/">举报</a></div>
</div>
<div class="related"><h3>相关推荐</h3><ul>
<li><a href="/article/6935110000000000001/">开学季，这份护眼指南请家长收好</a><span class="src">育儿那些事</span><span>2021-03-04</span></li>
<li><a href="/article/6934870000000000002/">寒假作业没写完怎么办？老师这样说</a><span class="src">甬上教育观察</span><span>2021-03-02</span></li>
</ul></div>
<div class="comments"><h3>全部评论</h3>
<div class="c-item"><span class="c-name">书包太重了</span><p>我家孩子的书包确实需要好好整理一下。</p><span class="c-time">2021-03-05 09:41</span></div>
<div class="c-item"><span class="c-name">一年级家长</span><p>好老师，学到了。</p><span class="c-time">2021-03-05 10:02</span></div>
</div>
</div>
<div class="footer">&copy; 2021 头条 jrtt.example.cn 版权所有 <a href="https://beian.miit.example.cn/">京ICP备12345678号</a> 京公网安备 11000002000123号</div>
</body>
</html>
"""

# (6) a provincial news portal of 2018 (GBK): the title block holds a kicker (引题, h3.yt), the main title (h1) and a
# subtitle (副题, h2.ft "——…") in separate elements, <title> holds only the main title and the site name; the date
# line "2018-09-03 07:45　来源：浙东日报" under it, the body in div#ozoom, 编辑 after it, 相关新闻 with dates
NEWS_KICKER = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>我省推行中小学“弹性上学”制度_浙东新闻网</title>
<meta name="keywords" content="弹性上学,中小学" />
<link href="/css/content.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="topnav"><a href="/">浙东新闻网首页</a> | <a href="/zj/">浙东新闻</a> | <a href="/gn/">国内</a> | <a href="/edu/">教育</a> | <a href="/pl/">评论</a> | <a href="/sp/">视频</a></div>
<div class="location">您当前的位置 ：<a href="/">浙东新闻网</a> &gt;&gt; <a href="/edu/">教育</a> &gt;&gt; 正文</div>
<div class="content-main">
<div class="title-box">
<h3 class="yt">全省首批82所学校试点 覆盖城乡各学段</h3>
<h1>我省推行中小学“弹性上学”制度</h1>
<h2 class="ft">——省教育厅有关负责人答记者问</h2>
</div>
<div class="info">2018-09-03 07:45　来源：浙东日报　记者 吴晓岚</div>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></div>
<div id="ozoom">
<p>　　新学期开始，我省在82所中小学试点“弹性上学”制度，学生到校时间可在规定时段内自主选择。日前，记者就此采访了省教育厅有关负责人。</p>
<p>　　问：为什么要推行“弹性上学”？</p>
<p>　　答：一些地方学生到校时间过早，既影响睡眠，也造成校门口早高峰拥堵。“弹性上学”允许学生在7:40至8:10之间到校，学校在这一时段安排早读和自主活动，8:10以后再统一上课。</p>
<p>　　问：试点学校是怎样确定的？</p>
<p>　　答：试点学校由各地推荐，覆盖城市和农村，小学、初中和高中都有，试点时间为一个学期，之后将评估效果再决定是否扩大范围。</p>
</div>
<div class="bianji">（编辑：孙晴）</div>
<div class="xgxw"><h4>相关新闻</h4><ul>
<li><a href="/edu/201808/t20180830_8123456.shtml">秋季开学前全省校园安全大检查启动</a> <span>2018-08-30</span></li>
<li><a href="/edu/201808/t20180827_8112345.shtml">我省中小学教师减负清单发布</a> <span>2018-08-27</span></li>
</ul></div>
</div>
<div class="footer">浙东新闻网 版权所有 &copy;2018 浙ICP备09012345号 浙公网安备 33010302000789号</div>
</body>
</html>
"""

# (7) a district 教育局 news page of 2021 whose body is a paste from a WeChat editor (135editor): inside the site's
# div.news-content, nested <section data-tools="135编辑器"> with inline styles, the paragraphs themselves <section>s
# with text-indent (no <p>), a decorative heading section "01 活动现场", a photo, and the school's credit line
# (文字/摄影/审核) as the last section
SECTION_PASTE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>甬北区实验小学开展“世界读书日”系列活动-甬北区教育局</title>
<link rel="stylesheet" href="/static/css/style.css">
</head>
<body>
<div class="header"><div class="logo"><img src="/static/img/logo.png" alt="甬北区教育局"></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/jydt/">教育动态</a></li><li><a href="/xxdt/">学校动态</a></li><li><a href="/tzgg/">通知公告</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>
<div class="main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxdt/">学校动态</a></div>
<div class="news-detail">
<h2 class="news-title">甬北区实验小学开展“世界读书日”系列活动</h2>
<div class="news-info">发布时间：2021-04-23 16:05　来源：甬北区实验小学　浏览次数：<span id="hits">356</span></div>
<div class="news-content">
<section data-tools="135编辑器" data-id="94128" style="margin:0px auto;box-sizing:border-box;">
<section style="display:flex;justify-content:center;margin:10px 0;"><section style="background:#2e8b57;color:#ffffff;padding:4px 16px;border-radius:16px;font-size:16px;"><strong>01 活动现场</strong></section></section>
<section style="font-size:15px;line-height:1.75em;text-indent:2em;color:#333333;letter-spacing:1px;margin-bottom:12px;">4月23日是第26个“世界读书日”，甬北区实验小学以“书香润童心”为主题，开展了图书漂流、亲子共读和读书分享会等系列活动。</section>
<section style="text-align:center;margin:10px 0;"><img src="/uploads/2021/04/23/135_01.jpg" style="width:100%;vertical-align:middle;" alt=""></section>
<section style="font-size:15px;line-height:1.75em;text-indent:2em;color:#333333;letter-spacing:1px;margin-bottom:12px;">在图书漂流活动中，全校学生共捐出图书2300余册，在校园“漂流书架”上自由借阅、交换。</section>
<section style="font-size:15px;line-height:1.75em;text-indent:2em;color:#333333;letter-spacing:1px;margin-bottom:12px;">读书分享会上，各年级的“阅读之星”分别介绍了自己最喜爱的一本书，并讲述了书中打动自己的故事。</section>
<section style="font-size:13px;color:#999999;text-align:right;margin-top:20px;">（文字：陈立 摄影：吴晗 审核：周敏）</section>
</section>
</div>
<div class="news-page"><p>上一篇：<a href="/xxdt/2021/0422/3301.html">甬北区中小学春季运动会圆满落幕</a></p><p>下一篇：<a href="/xxdt/2021/0426/3310.html">区实验中学举行十四岁集体生日</a></p></div>
</div>
</div>
<div class="footer"><p>甬北区教育局 版权所有　地址：甬北区庄桥路8号</p><p>浙ICP备11006789号　浙公网安备 33020502000321号</p></div>
</body>
</html>
"""

# (8) an education news site of 2019 (GBK) whose 来源 is a linked logo: 来源：<a><img alt="中国教育新闻网"></a>, the
# outlet's name only in the image's alt text (the reader sees the logo), the date in span.time, the body in
# div.TRS_Editor, 责任编辑 after it, 相关文章 and a footer
SOURCE_LOGO = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>教育部：2020年起全面推行中小学教材“循环使用”-甬江教育网</title>
<link rel="stylesheet" href="/css/detail.css">
</head>
<body>
<div class="head"><a href="/"><img src="/images/logo.gif" alt="甬江教育网"></a><div class="menu"><a href="/">首页</a> <a href="/news/">教育要闻</a> <a href="/jyxx/">教育信息</a> <a href="/zhaokao/">招考</a> <a href="/jiazhang/">家长</a></div></div>
<div class="wz">您的位置：<a href="/">首页</a> &gt; <a href="/news/">教育要闻</a> &gt; 正文</div>
<div class="detail">
<h1>教育部：2020年起全面推行中小学教材“循环使用”</h1>
<div class="detail-info"><span class="time">2019-11-12 15:06:21</span><span class="src">来源：<a href="http://www.jyb.example.cn/" target="_blank"><img src="/images/src/jyb.png" alt="中国教育新闻网" height="18" align="absmiddle"></a></span><span class="author">作者：记者 赵宁</span></div>
<div class="TRS_Editor">
<p>　　本网讯（记者 赵宁）教育部日前印发通知，要求从2020年春季学期起，在全国义务教育阶段全面推行部分教材循环使用制度。</p>
<p>　　通知明确，循环使用的教材主要为音乐、美术、体育与健康、信息技术、科学等学科的教科书，由学校统一管理，学生在学期结束时交回。</p>
<p>　　通知要求，各地要建立教材循环使用的管理和消毒制度，对破损严重的教材及时更换，确保循环使用的教材干净、完整。</p>
<p>　　教育部有关负责人表示，推行教材循环使用，既能节约资源，也能培养学生爱护公物、勤俭节约的良好习惯。</p>
</div>
<div class="zrbj">【责任编辑：黄晓】</div>
<div class="xgwz"><h3>相关文章</h3><ul>
<li><a href="/news/201911/t20191108_1234.html">中小学教辅材料管理办法公布</a>(2019-11-08)</li>
<li><a href="/news/201910/t20191030_1198.html">秋季学期教材发放工作全部完成</a>(2019-10-30)</li>
</ul></div>
</div>
<div class="foot">甬江教育网 版权所有 浙ICP备13004567号 浙公网安备 33020302000654号</div>
</body>
</html>
"""

# (9) a district 教育局 video news page of 2022: div.detail-title, a line 发布日期 / 来源 / 浏览次数, the body in
# div.detail-content#zoom holding a <video> (poster, mp4 source and the fallback text of old browsers) and two short
# caption paragraphs; 上一篇/下一篇, a 视频新闻 side list with dates and the footer
VIDEO_BODY = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【视频】甬南区中小学生“云端”体育节开幕-甬南区教育局</title>
<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<div class="header"><img src="/images/logo.png" alt="甬南区教育局"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/jyxw/">教育新闻</a></li><li><a href="/spxw/">视频新闻</a></li><li><a href="/tzgg/">通知公告</a></li></ul></div>
<div class="container">
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/spxw/">视频新闻</a></div>
<div class="left">
<div class="detail-title"><h2>【视频】甬南区中小学生“云端”体育节开幕</h2></div>
<div class="detail-info">发布日期：2022-05-20　来源：区教育局融媒体中心　浏览次数：<span id="views">1268</span></div>
<div class="detail-content" id="zoom">
<div class="video-box"><video controls="controls" width="100%" poster="/uploads/video/2022/0520/cover.jpg" preload="none"><source src="/uploads/video/2022/0520/tiyujie.mp4" type="video/mp4">您的浏览器不支持视频播放，请升级浏览器。</video></div>
<p>5月20日，甬南区第三届中小学生体育节以线上线下结合的方式开幕，全区56所学校的4.2万名学生参加。</p>
<p>本届体育节为期一个月，设跳绳、踢毽子、家庭趣味运动等12个项目。</p>
</div>
<div class="page-nav"><p>上一篇：<a href="/spxw/2022/0513/5521.html">【视频】甬南区举行教师基本功大赛</a></p><p>下一篇：<a href="/spxw/2022/0527/5540.html">【视频】劳动教育实践基地开营</a></p></div>
</div>
<div class="right"><h3>视频新闻</h3><ul>
<li><a href="/spxw/2022/0513/5521.html">【视频】甬南区举行教师基本功大赛</a><span>05-13</span></li>
<li><a href="/spxw/2022/0506/5498.html">【视频】青少年科技节作品展示</a><span>05-06</span></li>
</ul></div>
</div>
<div class="footer">甬南区教育局 版权所有　浙ICP备12003456号　浙公网安备 33020402000987号</div>
</body>
</html>
"""

# (10) a bilingual international school's news page, 2021: nav items in Chinese and English, the Chinese title in
# <h1>, an English byline "Posted on March 5, 2021 by Admin" AND a Chinese line 发布时间：2021-03-05 / 来源 / 阅读,
# the body Chinese paragraphs then the English version, a Recent Posts sidebar with English dates and the footer
BILINGUAL = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>国际部举行2021春季学期开学典礼 | Yongjiang International School 甬江国际学校</title>
<link rel="stylesheet" href="/wp-content/themes/yjis/style.css">
</head>
<body class="single">
<header id="masthead"><a class="brand" href="/"><img src="/wp-content/themes/yjis/img/logo.png" alt="甬江国际学校 Yongjiang International School"></a>
<nav><ul><li><a href="/">首页 Home</a></li><li><a href="/about/">关于我们 About Us</a></li><li><a href="/news/">新闻 News</a></li><li><a href="/admissions/">招生 Admissions</a></li><li><a href="/contact/">联系 Contact</a></li></ul></nav>
<div class="lang"><a href="/">中文</a> | <a href="/en/">EN</a></div></header>
<div id="content" class="site-content">
<main id="main">
<article id="post-2187" class="post-2187 post type-post">
<h1 class="entry-title">国际部举行2021春季学期开学典礼</h1>
<p class="en-meta">Posted on March 5, 2021 by Admin</p>
<div class="cn-meta">发布时间：2021-03-05　来源：国际部　阅读：<span class="views">412</span></div>
<div class="entry-content">
<p>3月5日上午，甬江国际学校国际部在体育馆举行2021春季学期开学典礼，全体师生和部分家长代表参加。</p>
<p>典礼上，校长为上学期获得“全人发展奖”的32名学生颁奖，并勉励同学们在新学期保持好奇心，勇于尝试。</p>
<p>On the morning of March 5, the International Division held its Spring 2021 Opening Ceremony in the gymnasium, attended by all students, teachers and parent representatives.</p>
<p>The Principal presented the Whole Person Award to 32 students and encouraged everyone to stay curious and take on new challenges this semester.</p>
</div>
<div class="share">分享 Share: <a href="javascript:;">WeChat</a> <a href="javascript:;">Weibo</a></div>
</article>
<nav class="post-navigation"><a href="/2021/02/26/winter-camp/" rel="prev">上一篇 Previous: 寒假冬令营回顾</a> <a href="/2021/03/09/science-fair/" rel="next">下一篇 Next: 科学节报名开始</a></nav>
</main>
<aside id="secondary"><section class="widget"><h2>Recent Posts 最新文章</h2><ul>
<li><a href="/2021/03/09/science-fair/">科学节报名开始</a> <span>March 9, 2021</span></li>
<li><a href="/2021/02/26/winter-camp/">寒假冬令营回顾</a> <span>February 26, 2021</span></li>
</ul></section></aside>
</div>
<footer id="colophon"><p>&copy; 2021 甬江国际学校 Yongjiang International School 版权所有</p><p>浙ICP备17008765号-1　浙公网安备 33021202000432号</p></footer>
</body>
</html>
"""

PAGES: list[Page] = [
    Page(
        "modern2021-html5-article-time",
        "https://www.yjnews.example.cn/edu/2021/0305/1123456.html",
        HTML5_ARTICLE,
        "甬江市启动中小学“午休课桌椅”改造工程",
        "2021-03-05",
        "甬江日报",
        "记者昨天从市教育局获悉，今年我市将启动中小学“午休课桌椅”改造工程，为全市120所中小学的4.6万名学生配备可躺式午休课桌椅，让学生午休从“趴着睡”变为“躺着睡”。",
        "市教育局有关负责人表示，将在试点基础上总结经验，力争用两年时间实现全市中小学午休课桌椅全覆盖。",
        (
            "标签：",
            "分享到",
            "未经授权不得转载",
            "相关阅读",
            "课后服务“5+2”模式",
            "网友评论",
            "孩子终于可以躺着",
            "地铁5号线",
        ),
    ),
    Page(
        "modern2022-jsonld-relative-time",
        "https://news.yjnews.example.cn/detail/20220618A05K3M00",
        JSONLD_ONLY,
        "全市中小学暑期托管服务报名本周启动",
        "2022-06-18",
        None,  # no 来源 is shown: the JSON-LD publisher (and og:site_name) is the site itself, not a source the reader sees
        "记者从市教育局获悉，今年全市中小学暑期托管服务报名工作将于本周启动，托管服务覆盖全市所有公办小学，有需要的家庭可自愿报名。",
        "家长可通过“甬江教育”微信公众号或所在学校报名，报名截止时间为6月25日。",
        ("3小时前", "阅读 1.2万", "点赞", "相关推荐", "中考体育考试成绩", "双职工家庭", "1小时前"),
    ),
    Page(
        "modern2021-mobile-fold",
        "https://m.yjw.example.cn/a/210305/1210.html",
        MOBILE_FOLD,
        "甬北区新增3所公办初中 今年秋季招生",
        "2021-03-05",
        "甬江晚报",
        "记者从甬北区教育局了解到，区内新建的3所公办初中将于今年秋季投入使用并开始招生，共可提供初一学位1080个。",
        "甬北区教育局相关负责人表示，新学校的师资将通过区内统筹调配和公开招聘相结合的方式配备，确保开学时教师全部到位。",
        ("展开全文", "打开APP", "立即下载", "相关推荐", "幼儿园报名系统", "家门口终于有好初中"),
    ),
    Page(
        "modern2020-gov-jiyue-gbk",
        "http://jyt.zd.example.gov.cn/art/2020/3/5/art_1210_41234.html",
        GOV_JIYUE_2020,
        "浙东省教育厅关于做好延期开学期间中小学线上教学工作的通知",
        "2020-03-05",
        "省教育厅",
        "各市、县（市、区）教育局，省属各中小学：",
        "2020年3月4日",
        (
            "字号",
            "扫一扫",
            "相关附件",
            "线上教学情况统计表",
            "打印本页",
            "政务微信",
            "主办单位",
            "网站标识码",
            "公网安备",
        ),
        gbk=True,
    ),
    Page(
        "modern2021-selfmedia-account-meta",
        "https://www.jrtt.example.cn/article/6935123456789012345/",
        SELF_MEDIA,
        "一位班主任的开学第一课：先教孩子们整理书包",
        "2021-03-05",
        None,  # only the account's name (the author): no 来源
        "开学第一天，甬江市某小学三年级的班主任徐老师没有急着讲新课，而是用整整一节课教孩子们整理书包。",
        "一节课下来，孩子们的书包轻了不少。徐老师说，她会在接下来的一个月里每周检查一次，直到大家养成习惯。",
        ("甬上教育观察", "关注", "声明：", "不代表平台观点", "相关推荐", "护眼指南", "好老师，学到了", "公网安备"),
    ),
    Page(
        "modern2018-kicker-subtitle-gbk",
        "http://www.zdnews.example.cn/edu/201809/t20180903_8134567.shtml",
        NEWS_KICKER,
        "我省推行中小学“弹性上学”制度",
        "2018-09-03",
        "浙东日报",
        "新学期开始，我省在82所中小学试点“弹性上学”制度，学生到校时间可在规定时段内自主选择。日前，记者就此采访了省教育厅有关负责人。",
        "答：试点学校由各地推荐，覆盖城市和农村，小学、初中和高中都有，试点时间为一个学期，之后将评估效果再决定是否扩大范围。",
        ("全省首批82所学校试点", "答记者问", "分享到", "编辑：孙晴", "相关新闻", "教师减负清单", "公网安备"),
        gbk=True,
    ),
    Page(
        "modern2021-135editor-sections",
        "http://www.ybedu.example.cn/xxdt/2021/0423/3305.html",
        SECTION_PASTE,
        "甬北区实验小学开展“世界读书日”系列活动",
        "2021-04-23",
        "甬北区实验小学",
        "01 活动现场",  # the editor's decorative heading is the first line the reader sees in the text
        "（文字：陈立 摄影：吴晗 审核：周敏）",
        ("浏览次数", "上一篇", "春季运动会", "十四岁集体生日", "庄桥路8号", "公网安备"),
    ),
    Page(
        "modern2019-source-logo-alt-gbk",
        "http://www.yjjy.example.cn/news/201911/t20191112_1256.html",
        SOURCE_LOGO,
        "教育部：2020年起全面推行中小学教材“循环使用”",
        "2019-11-12",
        "中国教育新闻网",  # the logo the reader sees, named by its alt text
        "本网讯（记者 赵宁）教育部日前印发通知，要求从2020年春季学期起，在全国义务教育阶段全面推行部分教材循环使用制度。",
        "教育部有关负责人表示，推行教材循环使用，既能节约资源，也能培养学生爱护公物、勤俭节约的良好习惯。",
        ("责任编辑", "相关文章", "教辅材料管理办法", "作者：", "公网安备"),
        gbk=True,
    ),
    Page(
        "modern2022-video-captions",
        "http://www.ynedu.example.cn/spxw/2022/0520/5530.html",
        VIDEO_BODY,
        "【视频】甬南区中小学生“云端”体育节开幕",
        "2022-05-20",
        "区教育局融媒体中心",
        "5月20日，甬南区第三届中小学生体育节以线上线下结合的方式开幕，全区56所学校的4.2万名学生参加。",
        "本届体育节为期一个月，设跳绳、踢毽子、家庭趣味运动等12个项目。",
        ("您的浏览器不支持", "浏览次数", "上一篇", "教师基本功大赛", "科技节作品展示", "公网安备"),
    ),
    Page(
        "modern2021-bilingual-posted-on",
        "https://www.yjis.example.cn/2021/03/05/opening-ceremony/",
        BILINGUAL,
        "国际部举行2021春季学期开学典礼",
        "2021-03-05",
        "国际部",
        "3月5日上午，甬江国际学校国际部在体育馆举行2021春季学期开学典礼，全体师生和部分家长代表参加。",
        "The Principal presented the Whole Person Award to 32 students and encouraged everyone to stay curious and take on new challenges this semester.",
        ("Posted on", "阅读：", "Share", "Previous", "Recent Posts", "February 26, 2021", "公网安备"),
    ),
]
