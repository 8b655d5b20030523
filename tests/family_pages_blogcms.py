"""Article pages of blog and community content systems on Chinese sites, one hand-written page per family: a
WordPress Chinese magazine theme (2021), Typecho with the handsome theme (2019), Emlog Pro (2023), Z-Blog ASP 1.8
(2009), a Discuz! X2 portal article (portal.php?mod=view&aid=, GBK), a phpwind 8.7 门户 article (GBK), Joomla 3, Drupal
8 (Bartik, a county site with a 来源 field), a Halo 1.x blog and a Hexo NexT static blog. The dates are shown the
families' own ways (2021年4月23日, 2019 年 11 月 12 日, 2023-2-18 21:40, 2009-3-5 20:41:12, 周一, 03/05/2018 - 10:20, a
<time datetime> beside 更新于); most name no 来源, and their 转载请注明 notices are not one.

Every page is written by hand after the family's public template markup; no page is copied from a real site, and
names, hosts and numbers are made up (tests/test_article_families.py checks every field of each)."""

from family_page import Page

# (1) WordPress with a Chinese magazine theme (Begin-like, 2021): the breadcrumb, h1.entry-title in header.entry-header,
# div.begin-single-meta of span.date "2021年4月23日 20:15", 阅读 and 评论 counts, the body in div.single-content, a
# 版权声明/本文链接 box, the tag list, 上一篇/下一篇, 相关文章 with dates, two comments with their own dates and the
# reply form, widgets 最新文章, 热门标签 (a tag cloud), 文章归档, and the footer with the ICP number
WP_MAGAZINE_2021 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>孩子写作业磨蹭？试试这三个小办法 | 林老师的家教笔记</title>
<meta name="description" content="每到晚上写作业的时间，不少家长都会遇到同一个难题">
<link rel="stylesheet" id="begin-style-css" href="https://www.lljj.example.cn/wp-content/themes/begin/style.css?ver=2021.03" type="text/css" media="all">
<link rel="canonical" href="https://www.lljj.example.cn/1562.html">
</head>
<body class="post-template-default single single-post postid-1562 single-format-standard">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header">
<div class="site-branding"><a href="https://www.lljj.example.cn/" rel="home"><img src="/wp-content/uploads/2020/05/logo.png" alt="林老师的家教笔记"></a></div>
<nav id="site-nav" class="main-nav"><ul id="menu-main" class="down-menu nav-menu"><li><a href="/">首页</a></li><li><a href="/category/xuexi">学习习惯</a></li><li><a href="/category/qinzi">亲子沟通</a></li><li><a href="/category/shengxue">升学资讯</a></li><li><a href="/about">关于我</a></li></ul></nav>
</header>
<nav class="breadcrumb"><a class="crumbs" href="https://www.lljj.example.cn/">首页</a> <i class="be be-arrowright"></i> <a href="/category/xuexi">学习习惯</a> <i class="be be-arrowright"></i> 正文</nav>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main" role="main">
<article id="post-1562" class="post-1562 post type-post status-publish format-standard hentry category-xuexi tag-zuoye">
<header class="entry-header"><h1 class="entry-title">孩子写作业磨蹭？试试这三个小办法</h1></header>
<div class="begin-single-meta">
<span class="date"><i class="be be-schedule"></i> 2021年4月23日 20:15</span>
<span class="views"><i class="be be-eye"></i> 阅读 3,126</span>
<span class="comment"><a href="#comments" rel="external nofollow"><i class="be be-speechbubble"></i> 2 条评论</a></span>
<span class="word-time">本文共 1200 字，阅读约 3 分钟</span>
</div>
<div class="entry-content">
<div class="single-content">
<p>每到晚上写作业的时间，不少家长都会遇到同一个难题：孩子坐在书桌前一个多小时，作业本上却没写几行字。催得紧了孩子哭，不催又写到十点多。</p>
<p>我带了十几年的班，也和很多家长聊过这件事。孩子写作业磨蹭，原因各不相同，但下面三个办法，在大多数家庭里都管用。</p>
<h3>一、先把作业“拆小”</h3>
<p>一次面对一大堆作业，孩子容易畏难。可以和孩子一起把作业按科目和难度拆成几小块，每完成一块就在清单上打个勾，让他看得见自己的进度。</p>
<h3>二、用计时代替催促</h3>
<p>与其一遍遍地说“快点写”，不如和孩子商量每一块作业大约需要多长时间，用一个简单的计时器提醒。提前完成的时间可以留给他自由安排。</p>
<h3>三、家长少在旁边“陪”</h3>
<p>很多家长习惯坐在孩子身边，看到错一个字就指出来。这样反而打断了孩子的思路。孩子写作业时，家长可以在旁边看书，作业写完后再一起检查。</p>
<p>办法没有一用就灵的，关键是坚持两三周，让孩子慢慢形成自己的节奏。如果您家孩子也有类似的情况，欢迎在评论区和我聊聊。</p>
</div>
<div class="copyright-post"><p>版权声明：本文为林老师原创，转载请注明出处。</p><p>本文链接：https://www.lljj.example.cn/1562.html</p></div>
<div class="single-tag"><ul class="wow fadeInUp"><li><a href="/tag/zuoye" rel="tag">写作业</a></li><li><a href="/tag/xiguan" rel="tag">学习习惯</a></li></ul></div>
</div>
<nav class="nav-single"><a href="/1548.html" rel="prev"><span class="meta-nav"><span class="post-nav"><i class="be be-arrowleft"></i> 上一篇</span><br>三年级是个坎，家长要提前做好这些准备</span></a><a href="/1577.html" rel="next"><span class="meta-nav"><span class="post-nav">下一篇 <i class="be be-arrowright"></i></span><br>怎样和青春期的孩子好好说话</span></a></nav>
</article>
<div id="related-img" class="related"><h3 class="related-title">相关文章</h3><ul>
<li><a href="/1490.html">让孩子爱上阅读的五个习惯</a><span class="related-date">2021年3月2日</span></li>
<li><a href="/1433.html">寒假作业怎么安排才不拖到最后</a><span class="related-date">2021年1月26日</span></li>
</ul></div>
<div id="comments" class="comments-area">
<h2 class="comments-title">2 条评论</h2>
<ol class="comment-list">
<li class="comment even thread-even depth-1" id="comment-3301"><div class="comment-body"><div class="comment-author vcard"><cite class="fn">豆豆妈妈</cite></div><div class="comment-meta commentmetadata"><a href="#comment-3301">2021年4月24日 08:12</a></div><p>计时器这个办法我们试了一周，确实比催管用多了！</p></div></li>
<li class="comment odd alt thread-odd depth-1" id="comment-3305"><div class="comment-body"><div class="comment-author vcard"><cite class="fn">一年级新手爸爸</cite></div><div class="comment-meta commentmetadata"><a href="#comment-3305">2021年4月25日 21:40</a></div><p>我就是那个坐在旁边挑错字的家长，惭愧。</p></div></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">发表评论</h3>
<form action="https://www.lljj.example.cn/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">您的电子邮箱地址不会被公开。 必填项已用*标注</p><p class="comment-form-comment"><textarea id="comment" name="comment" rows="6"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="提交评论"></p></form></div>
</div>
</main>
</div>
<div id="sidebar" class="widget-area">
<aside id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title">最新文章</h3><ul>
<li><a href="/1577.html">怎样和青春期的孩子好好说话</a> <span class="post-date">2021年4月28日</span></li>
<li><a href="/1548.html">三年级是个坎，家长要提前做好这些准备</a> <span class="post-date">2021年4月16日</span></li>
</ul></aside>
<aside id="tag_cloud-2" class="widget widget_tag_cloud"><h3 class="widget-title">热门标签</h3><div class="tagcloud"><a href="/tag/yuedu" style="font-size:18pt">阅读</a> <a href="/tag/zuoye" style="font-size:14pt">写作业</a> <a href="/tag/xiaoshengchu" style="font-size:12pt">小升初</a> <a href="/tag/qingchunqi" style="font-size:10pt">青春期</a></div></aside>
<aside id="archives-2" class="widget widget_archive"><h3 class="widget-title">文章归档</h3><ul><li><a href="/date/2021/04">2021年4月</a></li><li><a href="/date/2021/03">2021年3月</a></li></ul></aside>
</div>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">Copyright &copy; 2016-2021 林老师的家教笔记 版权所有 <a href="https://beian.miit.gov.cn/" rel="nofollow">浙ICP备16012345号-1</a> <span class="add-info">Theme by Begin</span></div></footer>
</div>
</body>
</html>
"""

# (2) Typecho 1.1 with the handsome theme (2019): header.bg-light with h1.entry-title, ul.entry-meta of author,
# li.meta-date "2019 年 11 月 12 日" (spaces between the digits and the units), 浏览/评论/分类, the body in
# div.entry-content of div#post-content, then the theme's show-foot "最后修改：2019 年 11 月 18 日" and "© 允许规范转载",
# the 赞赏 box, the comment list with its own dates and a form, a right column of 热门文章 and 最新评论, the footer
TYPECHO_HANDSOME_2019 = """<!DOCTYPE HTML>
<html class="no-js">
<head>
<meta charset="UTF-8">
<meta name="renderer" content="webkit">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>带一年级的第一个月：我学会了蹲下来说话 - 小周的教学手记</title>
<meta name="description" content="今年第一次带一年级。开学前我信心满满" />
<meta name="generator" content="Typecho 1.1/17.10.30" />
<link rel="stylesheet" href="https://www.xzjx.example.cn/usr/themes/handsome/assets/css/handsome.min.css?v=5.4.1" type="text/css" />
</head>
<body id="body" class="fix-padding skt-loading">
<div id="alllayout" class="app">
<header id="header" class="app-header navbar" role="menu">
<div class="navbar-header bg-black"><a href="https://www.xzjx.example.cn/" class="navbar-brand text-lt"><span class="hidden-folded m-l-xs">小周的教学手记</span></a></div>
</header>
<aside id="aside" class="app-aside hidden-xs bg-black"><nav id="nav" class="navi clearfix"><ul class="nav"><li><a href="https://www.xzjx.example.cn/"><span>首页</span></a></li><li><a href="/category/banji/"><span>班级日常</span></a></li><li><a href="/category/jiaoxue/"><span>教学反思</span></a></li><li><a href="/archives.html"><span>归档</span></a></li><li><a href="/links.html"><span>友情链接</span></a></li></ul></nav></aside>
<div id="content" class="app-content">
<main class="app-content-body">
<div class="hbox hbox-auto-xs hbox-auto-sm">
<div class="col center-part gpu-speed" id="post-panel">
<header id="small_widgets" class="bg-light lter wrapper-md">
<h1 class="entry-title m-n font-thin text-black l-h">带一年级的第一个月：我学会了蹲下来说话</h1>
<ul class="entry-meta text-muted list-inline m-b-none small post-head-icon">
<li class="meta-author"><i class="fontello fontello-user"></i> <span class="sr-only">博主：</span><a class="meta-value" href="/author/1/" rel="author">小周老师</a></li>
<li class="meta-date"><i class="fontello fontello-clock-o"></i> <span class="sr-only">发布时间：</span><span class="meta-value">2019 年 11 月 12 日</span></li>
<li class="meta-views"><i class="fontello fontello-eye"></i> <span class="meta-value">562&nbsp;次浏览</span></li>
<li class="meta-comments"><i class="fontello fontello-comments-o"></i> <a class="meta-value" href="#comments">&nbsp;2 条评论</a></li>
<li class="meta-categories"><i class="fontello fontello-folder-open-o"></i> <a href="/category/banji/">班级日常</a></li>
</ul>
</header>
<div class="wrapper-md" id="post-panel-inner">
<ol class="breadcrumb bg-white b-a" itemscope=""><li><a href="https://www.xzjx.example.cn/" title="小周的教学手记"><i class="fontello fontello-home"></i>&nbsp;首页</a></li><li class="active">正文&nbsp;&nbsp;</li></ol>
<div id="postpage" class="blog-post">
<article class="panel">
<div id="post-content" class="wrapper-lg">
<div class="entry-content l-h-2x">
<p>今年第一次带一年级。开学前我信心满满，觉得教过五年级的孩子，一年级应该更简单。结果第一周就被现实上了一课。</p>
<p>开学第二天，一个小男孩在队伍里突然哭了起来。我站着问他怎么了，他越哭越厉害。后来一位老教师走过来，蹲下身子，拉着他的手轻声问了几句，他马上就不哭了，原来是鞋带松了，不会系。</p>
<p>那以后我给自己定了一个规矩：和孩子说话，先蹲下来，让眼睛和他们一样高。</p>
<p>一个月下来，我发现这个小动作改变了很多事。孩子们更愿意告诉我他们的小烦恼，课堂上举手的人也多了。站着的时候，我看到的是一群需要管住的学生；蹲下来以后，我看到的是一个个有自己心事的孩子。</p>
<p>当然，一年级的挑战远不止这些。下一篇想聊聊怎么教孩子们排队和收拾书包，这两件小事花掉了我这个月一半的力气。</p>
</div>
</div>
<div class="show-foot"><div class="notebook"><i class="fontello fontello-clock"></i><span>最后修改：2019 年 11 月 18 日</span></div><div class="copyright" data-toggle="tooltip" data-html="true" data-original-title="转载请联系作者获得授权，并注明转载地址"><span>&copy; 允许规范转载</span></div></div>
<div class="support-author"><button data-toggle="modal" data-target="#myModal" class="btn btn-pay btn-danger btn-rounded">赞赏</button><div class="mt20 text-center article__reward-info"><span class="mr10">如果觉得我的文章对你有用，请随意赞赏</span></div></div>
</article>
</div>
<nav class="m-t-lg m-b-lg"><ul class="pager"><li class="next"><a href="/archives/213/" title="三年级作文起步：从写好一句话开始">下一篇</a></li><li class="previous"><a href="/archives/205/" title="教过的五年级孩子来看我了">上一篇</a></li></ul></nav>
<div id="comments">
<h4 class="comments-title m-t-lg m-b">2 条评论</h4>
<ol class="comment-list">
<li id="comment-88" class="comment-body comment-parent"><div class="comment-author"><span class="fn">李老师</span></div><div class="comment-meta"><time class="comment-time">2019 年 11 月 13 日</time></div><div class="comment-content"><p>蹲下来说话，这是带低段最重要的一课。</p></div></li>
<li id="comment-91" class="comment-body comment-parent"><div class="comment-author"><span class="fn">圆圆妈妈</span></div><div class="comment-meta"><time class="comment-time">2019 年 11 月 15 日</time></div><div class="comment-content"><p>谢谢周老师，孩子回家天天说喜欢你。</p></div></li>
</ol>
<div id="respond-post-209" class="respond comment-respond"><h4 id="reply-title" class="comment-reply-title m-t-lg m-b">发表评论</h4><form id="comment_form" method="post" action="/archives/209/comment"><textarea name="text" placeholder="说点什么吧……"></textarea><input name="author" placeholder="姓名 *"><button type="submit" class="btn btn-default">发表评论</button></form></div>
</div>
</div>
</div>
<aside class="asideBar col w-md bg-white-only b-l bg-auto no-border-xs" role="complementary">
<section id="tabs-4" class="widget widget_tabs clear"><h5 class="widget-title m-t-none text-md">热门文章</h5><ul class="list-group">
<li class="list-group-item"><a href="/archives/187/">期中家长会，我准备了这样一份发言稿</a><small class="text-muted">2019 年 10 月 30 日</small></li>
<li class="list-group-item"><a href="/archives/176/">一次失败的公开课</a><small class="text-muted">2019 年 10 月 11 日</small></li>
</ul></section>
<section id="recent_comments" class="widget widget_comments clear"><h5 class="widget-title m-t-none text-md">最新评论</h5><ul class="list-group"><li class="list-group-item"><span class="text-muted">圆圆妈妈：</span>谢谢周老师，孩子回家天天说喜欢你。</li></ul></section>
</aside>
</div>
</main>
<footer id="footer" class="app-footer" role="footer"><div class="wrapper bg-light"><span class="pull-right hidden-xs">Powered by <a href="http://www.typecho.org">Typecho</a> | Theme by <a href="https://www.ihewro.example.cn/">handsome</a></span><span class="text-ellipsis">&copy;&nbsp;2019 Copyright&nbsp;<a href="https://beian.miit.gov.cn/">浙ICP备18023456号</a></span></div></footer>
</div>
</div>
</body>
</html>
"""

# (3) Emlog Pro (2023): the blog name in the header, h1.log-title, a p.date line "小林 发布于 2023-2-18 21:40 分类 阅读"
# (the emlog 'Y-n-j G:i' form), the body in div.markdown#emlogEchoLog, 标签, the neighbor links « 上一篇 / 下一篇 », the
# comment list with its own times, the comment form with 验证码, sidebar 最新文章/标签/存档, "Powered by emlog pro"
EMLOG_PRO_2023 = """<!doctype html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>班级图书角运转一学期后的几点体会 - 小林的班主任日志</title>
<meta name="keywords" content="图书角,阅读,班级管理">
<meta name="description" content="上学期开学，我在教室后面搭了一个图书角">
<link href="https://www.xlrz.example.cn/content/templates/default/css/style.css?t=2.1.2" rel="stylesheet" type="text/css">
</head>
<body>
<nav class="blog-header"><div class="blog-header-c container"><a class="blog-header-title" href="https://www.xlrz.example.cn/">小林的班主任日志</a><div class="blog-header-subtitle">记录和孩子们在一起的日子</div>
<ul class="blog-header-nav"><li class="list-item"><a href="https://www.xlrz.example.cn/">首页</a></li><li class="list-item"><a href="/?sort=2">班级管理</a></li><li class="list-item"><a href="/?sort=3">家校沟通</a></li><li class="list-item"><a href="/?post=2">关于</a></li></ul></div></nav>
<main class="blog-container">
<div class="column-big">
<div class="log-con">
<h1 class="log-title">班级图书角运转一学期后的几点体会</h1>
<p class="date"><a href="/?author=1" class="cap">小林</a>&nbsp;发布于 2023-2-18 21:40&nbsp;<a href="/?sort=2">班级管理</a>&nbsp;阅读：408</p>
<hr class="bottom-5">
<div class="markdown" id="emlogEchoLog">
<p>上学期开学，我在教室后面搭了一个图书角。书是孩子们从家里带来的，每人至少两本，一共攒了一百多本。</p>
<p>刚开始的两周，图书角特别热闹，下课总围着一圈人。可到了第三周，书架上就乱成一团，有的书找不到了，有的书被撕了页。</p>
<p>后来我们在班会课上讨论了一次，定下了三条规矩：借书要登记，一次只借一本；每周五由图书管理员整理书架；损坏了书要自己修补或者赔一本新的。</p>
<p>图书管理员是轮流当的，每两周换两个人。出乎我意料的是，几个平时最调皮的孩子，当起管理员来比谁都认真。</p>
<p>一个学期下来，全班登记的借阅次数是612次，平均每人十几本。更重要的是，孩子们开始互相推荐书了，课间常能听到“这本特别好看，你下一个借”。</p>
<p>这学期打算再加一个“好书推荐卡”，让孩子们读完一本书写几句话贴在书架旁边。</p>
</div>
<p class="tag">标签: <a href="/?tag=%E9%98%85%E8%AF%BB">阅读</a> <a href="/?tag=%E5%9B%BE%E4%B9%A6%E8%A7%92">图书角</a></p>
<div class="neighbor-log"><span class="prev-log"><a href="/?post=61" title="寒假里给家长的一封信">&laquo; 寒假里给家长的一封信</a></span><span class="next-log"><a href="/?post=66" title="开学第一周的班会课">开学第一周的班会课 &raquo;</a></span></div>
<div class="comment-header"><b>评论：</b></div>
<div class="comments">
<div class="comment" id="comment-120"><div class="avatar"><img src="/content/templates/default/images/avatar.svg" alt="avatar"></div><div class="comment-info"><b>王老师</b><br><span class="comment-time">2023-02-19 07:32</span><div class="comment-content">轮流当管理员这个办法好，借鉴了！</div></div></div>
<div class="comment" id="comment-123"><div class="avatar"><img src="/content/templates/default/images/avatar.svg" alt="avatar"></div><div class="comment-info"><b>朵朵爸爸</b><br><span class="comment-time">2023-02-20 12:05</span><div class="comment-content">孩子上学期借了二十多本，现在睡前都要看一会儿书。</div></div></div>
</div>
<div id="comment-place"><div class="comment-post" id="comment-post"><p class="comment-header"><b>发表评论：</b></p>
<form class="commentform" method="post" name="commentform" action="/index.php?action=addcom" id="commentform"><textarea class="form-control log_comment" name="comment" id="comment" rows="10"></textarea><input class="form-control com_control" id="info_n" type="text" name="comname" placeholder="昵称"><input class="form-control com_control" id="info_m" type="text" name="commail" placeholder="邮件地址 (选填)"><input class="form-control com_control" name="imgcode" type="text" placeholder="验证码"><input class="btn" type="submit" value="发布评论"></form></div></div>
</div>
</div>
<div class="column-small">
<div class="widget shadow-theme"><div class="widget-title"><h3>最新文章</h3></div><ul class="widget-list">
<li><a href="/?post=66">开学第一周的班会课</a></li>
<li><a href="/?post=61">寒假里给家长的一封信</a></li>
<li><a href="/?post=58">期末评语，我写了三个晚上</a></li>
</ul></div>
<div class="widget shadow-theme"><div class="widget-title"><h3>标签</h3></div><ul class="widget-list tag-container"><li><a href="/?tag=阅读">阅读</a></li><li><a href="/?tag=家长会">家长会</a></li><li><a href="/?tag=班会">班会</a></li></ul></div>
<div class="widget shadow-theme"><div class="widget-title"><h3>存档</h3></div><ul class="widget-list"><li><a href="/?record=202302">2023年2月(3)</a></li><li><a href="/?record=202301">2023年1月(5)</a></li></ul></div>
</div>
</main>
<footer class="blog-footer"><div class="container"><p><a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备20034567号-1</a> 小林的班主任日志 版权所有</p><p>Powered by <a href="https://www.emlog.net" title="emlog pro">emlog pro</a></p></div></footer>
</body>
</html>
"""

# (4) Z-Blog ASP 1.8 default theme (2009): #BlogTitle and #BlogSubTitle in the header, the post as div.post with
# h4.post-date "2009-3-5 20:41:12" ABOVE h2.post-title, the body in div.post-body, h6.post-footer 作者/分类/标签/浏览/
# 评论, the Trackback 引用地址, 相关文章, two comments (ul.msg with their own 发布于 times) and the comment form, a
# #divSidebar of 日历, 最近发表, 最新评论, 文章归档 and the "Powered By Z-Blog 1.8" footer
ZBLOG_ASP_2009 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN" lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta http-equiv="Content-Language" content="zh-CN" />
<meta name="generator" content="Z-Blog 1.8 Walle Build 91204" />
<link rel="stylesheet" rev="stylesheet" href="http://www.hzjs.example.cn/blog/themes/default/style/default.css" type="text/css" media="screen" />
<script src="http://www.hzjs.example.cn/blog/script/common.js" type="text/javascript"></script>
<title>何老师的教学随笔-初三化学第一轮复习的几点做法</title>
</head>
<body class="single">
<div id="divAll">
<div id="divPage">
<div id="divMiddle">
<div id="divTop">
<h1 id="BlogTitle"><a href="http://www.hzjs.example.cn/blog/">何老师的教学随笔</a></h1>
<h3 id="BlogSubTitle">一名乡镇中学化学教师的教学记录</h3>
</div>
<div id="divNavBar"><ul><li><a href="http://www.hzjs.example.cn/blog/">首页</a></li><li><a href="http://www.hzjs.example.cn/blog/catalog.asp?cate=1">教学反思</a></li><li><a href="http://www.hzjs.example.cn/blog/catalog.asp?cate=2">复习资料</a></li><li><a href="http://www.hzjs.example.cn/blog/tags.asp">Tags</a></li><li><a href="http://www.hzjs.example.cn/blog/guestbook.asp">留言本</a></li></ul></div>
<div id="divMain">
<div class="post cate1 auth1">
<h4 class="post-date">2009-3-5 20:41:12</h4>
<h2 class="post-title">初三化学第一轮复习的几点做法</h2>
<div class="post-body">
<p>开学已经两周，初三化学的新课在上学期末就上完了，这学期进入第一轮复习。结合去年带毕业班的经验，今年的复习我主要做了以下几件事。</p>
<p>第一，按知识块而不是按教材章节复习。把全册内容归成“身边的化学物质”“物质构成的奥秘”“物质的化学变化”“化学与社会发展”和“科学探究”五块，每块用一到两周时间。</p>
<p>第二，每块复习前先做一份诊断卷。诊断卷只有20道题，15分钟完成，目的是让学生和我都清楚哪里掌握得不好，复习时心里有数。</p>
<p>第三，重视实验题。近几年中考实验探究题的分值越来越高，我把课本上的十几个学生实验重新让学生做了一遍，要求每人写出实验步骤和现象。</p>
<p>第四，错题本每周检查一次。不要求抄题，只要求写清楚错在哪里、正确的思路是什么。</p>
<p>复习才刚开始，效果如何还要看月考。等第一轮结束后再来总结。</p>
</div>
<h5 class="post-tags">Tags: <a href="http://www.hzjs.example.cn/blog/catalog.asp?tags=%E5%A4%8D%E4%B9%A0">复习</a> <a href="http://www.hzjs.example.cn/blog/catalog.asp?tags=%E4%B8%AD%E8%80%83">中考</a></h5>
<h6 class="post-footer">
作者:<a href="http://www.hzjs.example.cn/blog/catalog.asp?auth=1">何老师</a> | 分类:<a href="http://www.hzjs.example.cn/blog/catalog.asp?cate=1">教学反思</a> | 浏览:<span id="spn86"></span> | 评论:2
</h6>
</div>
<ul class="msg trackback"><li class="msgname">引用地址:</li><li class="msgurl">http://www.hzjs.example.cn/blog/cmd.asp?act=tb&amp;id=86&amp;key=a1b2c3d4</li></ul>
<ul class="msg mutuality"><li class="tbname">相关文章:</li><li class="msgarticle">
<p><a href="http://www.hzjs.example.cn/blog/post/71.html">去年中考化学试卷分析</a>&nbsp;&nbsp;(2008-7-2 21:10:45)</p>
<p><a href="http://www.hzjs.example.cn/blog/post/55.html">化学实验题的答题规范</a>&nbsp;&nbsp;(2008-4-18 19:33:02)</p>
</li></ul>
<ul class="msg msghead"><li class="tbname">发表评论:</li></ul>
<ul class="msg" id="cmt301"><li class="msgname"><span class="commentname"><a href="http://www.lzhx.example.cn/" rel="nofollow" target="_blank">老周</a></span><br/><small>&nbsp;发布于&nbsp;2009-3-6 9:12:05&nbsp;&nbsp;<span class="revertcomment"><a href="#comment" onclick="RevertComment('301')">回复该评论</a></span></small></li><li class="msgarticle">按知识块复习这个思路好，我们组今年也准备这么做。</li></ul>
<ul class="msg" id="cmt305"><li class="msgname"><span class="commentname">小周</span><br/><small>&nbsp;发布于&nbsp;2009-3-7 21:30:48&nbsp;&nbsp;<span class="revertcomment"><a href="#comment" onclick="RevertComment('305')">回复该评论</a></span></small></li><li class="msgarticle">诊断卷能分享一下吗？</li></ul>
<form id="frmSumbit" target="_self" method="post" action="http://www.hzjs.example.cn/blog/cmd.asp?act=cmt&amp;key=a1b2c3d4">
<p><input type="text" name="inpName" id="inpName" class="text" size="28" tabindex="1" /> <label for="inpName">名称(*)</label></p>
<p><input type="text" name="inpVerify" id="inpVerify" class="text" size="28" tabindex="5" /> <label for="inpVerify">验证码(*)</label></p>
<p><textarea name="txaArticle" id="txaArticle" class="text" cols="50" rows="4" tabindex="6"></textarea></p>
<p><input name="btnSumbit" type="submit" tabindex="6" value="提交" class="button" /></p>
</form>
</div>
<div id="divSidebar">
<div class="function" id="divCalendar"><h3>日历</h3><div class="calendar">2009年3月</div></div>
<div class="function" id="divPrevious"><h3>最近发表</h3><ul>
<li><a href="http://www.hzjs.example.cn/blog/post/85.html" title="开学第一课：化学与生活">开学第一课：化学与生活</a></li>
<li><a href="http://www.hzjs.example.cn/blog/post/84.html" title="寒假作业讲评安排">寒假作业讲评安排</a></li>
</ul></div>
<div class="function" id="divComments"><h3>最新评论及回复</h3><ul><li><a href="http://www.hzjs.example.cn/blog/post/86.html#cmt305">诊断卷能分享一下吗？</a></li></ul></div>
<div class="function" id="divArchives"><h3>文章归档</h3><ul><li><a href="http://www.hzjs.example.cn/blog/catalog.asp?date=2009-3">2009 3月 (2)</a></li><li><a href="http://www.hzjs.example.cn/blog/catalog.asp?date=2009-2">2009 2月 (4)</a></li></ul></div>
</div>
<div id="divBottom">
<h3 id="BlogCopyRight">Copyright 2007-2009 何老师的教学随笔. Some Rights Reserved. 浙ICP备07045678号</h3>
<h2 id="BlogPowerBy">Powered By <a href="http://www.rainbowsoft.org/" title="RainbowSoft Z-Blog">Z-Blog 1.8 Walle Build 91204</a></h2>
</div>
</div>
</div>
</div>
</body>
</html>
"""

# (5) Discuz! X2 portal article, portal.php?mod=view&aid= (2012, GBK): #pt breadcrumb, h1.ph, p.xg1 "2012-3-5 10:20|
# 发布者: admin| 查看: 1523| 评论: 3|来自: 宁江晚报", the 摘要 box div.s, the body in td#article_content of table.vwtb,
# the 分享/收藏 buttons, 上一篇/下一篇 in div.pren, 相关阅读, the comment list with dates and the comment form, a
# 最新文章 side block, the footer with Powered by Discuz! and the ICP number
DISCUZ_X2_PORTAL = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>宁江城区今年新增小学学位2700个 - 教育新闻 - 宁江家园网 -  Powered by Discuz!</title>
<meta name="keywords" content="宁江城区今年新增小学学位2700个" />
<meta name="description" content="记者从市教育局获悉，今年城区将有三所新建小学投入使用 ,宁江家园网" />
<meta name="generator" content="Discuz! X2" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Kz1" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_portal_view.css?Kz1" />
</head>
<body id="nv_portal" class="pg_view" onkeydown="if(event.keyCode==27) return false;">
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="javascript:;" onclick="setHomepage('http://www.njjy.example.cn/');">设为首页</a><a href="http://www.njjy.example.cn/" onclick="addFavorite(this.href, '宁江家园网');return false;">收藏本站</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="宁江家园网"><img src="static/image/common/logo.png" alt="宁江家园网" border="0" /></a></h2></div>
<div id="nv"><ul><li class="a" id="mn_portal"><a href="portal.php" hidefocus="true">门户</a></li><li id="mn_forum"><a href="forum.php" hidefocus="true">论坛</a></li><li id="mn_group"><a href="group.php" hidefocus="true">群组</a></li><li id="mn_home"><a href="home.php" hidefocus="true">家园</a></li></ul></div></div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">宁江家园网</a> <em>&rsaquo;</em> <a href="portal.php">门户</a> <em>&rsaquo;</em> <a href="portal.php?mod=list&amp;catid=3">教育新闻</a> <em>&rsaquo;</em> 查看内容</div></div>
<div id="ct" class="ct2 wp cl">
<div class="mn">
<div class="bm vw">
<div class="h hm">
<h1 class="ph">宁江城区今年新增小学学位2700个 </h1>
<p class="xg1">2012-3-5 10:20<span class="pipe">|</span> 发布者: <a href="home.php?mod=space&amp;uid=1">admin</a><span class="pipe">|</span> 查看: <em id="_viewnum">1523</em><span class="pipe">|</span> 评论: <em>3</em><span class="pipe">|</span>来自: 宁江晚报</p>
</div>
<div class="s"><div><strong>摘要</strong>: 记者从市教育局获悉，今年城区将有三所新建小学投入使用，加上现有学校挖潜扩班，城区小学一年级可新增学位约2700个。 ...</div></div>
<div class="d">
<table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">
<p><font style="font-size:14px">　　记者从市教育局获悉，今年城区将有三所新建小学投入使用，加上现有学校挖潜扩班，城区小学一年级可新增学位约2700个。</font></p>
<p><font style="font-size:14px">　　三所新建小学分别位于城北新区、滨江片区和高铁站片区，每所学校规模为36个班，今年秋季各招收一年级新生8个班。</font></p>
<p><font style="font-size:14px">　　市教育局有关负责人介绍，近三年城区小学一年级新生人数每年增加近千人，部分热点学校班额超过50人。新学校投入使用后，城区小学大班额问题将得到明显缓解。</font></p>
<p><font style="font-size:14px">　　据了解，今年城区小学招生仍实行按户籍和房产划片、就近入学的办法，具体招生方案将于4月中旬公布。</font></p>
</td></tr></table>
</div>
<div class="o cl ptm pbm"><a href="home.php?mod=spacecp&amp;ac=favorite&amp;type=article&amp;id=312" id="a_favorite" class="oshr ofav">收藏</a><a href="home.php?mod=spacecp&amp;ac=share&amp;type=article&amp;id=312" id="a_share" class="oshr">分享</a><a href="misc.php?mod=invite&amp;action=article&amp;id=312" id="a_invite" class="oshr oivt">邀请</a></div>
<div class="pren pbm cl"><em>上一篇：<a href="portal.php?mod=view&amp;aid=309" title="市区中小学春季开学工作检查结束">市区中小学春季开学工作检查结束</a></em><em>下一篇：<a href="portal.php?mod=view&amp;aid=315" title="我市学前教育三年行动计划顺利收官">我市学前教育三年行动计划顺利收官</a></em></div>
</div>
<div class="bm"><div class="bm_h cl"><h3>相关阅读</h3></div><div class="bm_c"><ul class="xl xl2 cl">
<li>&bull; <a href="portal.php?mod=view&amp;aid=268">城北新区小学主体工程结顶</a></li>
<li>&bull; <a href="portal.php?mod=view&amp;aid=240">去年城区小学招生工作总结</a></li>
</ul></div></div>
<div id="comment" class="bm"><div class="bm_h cl"><a href="portal.php?mod=comment&amp;id=312&amp;idtype=aid" class="y xi2 xw0">查看全部评论(3)</a><h3>相关评论</h3></div>
<div id="comment_ul" class="bm_c">
<dl id="comment_1021" class="ptm pbm bbda cl"><dt class="mbm"><span class="y xw0 xi2"><a href="javascript:;">回复</a></span><a href="home.php?mod=space&amp;uid=2231" class="xi2 xw1">城北居民</a><span class="xg1 xw0">2012-3-5 11:42</span></dt><dd>终于盼到家门口的学校了。</dd></dl>
<dl id="comment_1025" class="ptm pbm bbda cl"><dt class="mbm"><span class="y xw0 xi2"><a href="javascript:;">回复</a></span><a href="home.php?mod=space&amp;uid=1872" class="xi2 xw1">小土豆的妈</a><span class="xg1 xw0">2012-3-5 19:08</span></dt><dd>滨江片区的学校学区怎么划？有知道的吗</dd></dl>
<form id="cform" name="cform" action="portal.php?mod=portalcp&amp;ac=comment" method="post"><div class="tedt"><div class="area"><textarea name="message" rows="3" class="pt" id="message"></textarea></div></div><p class="ptn"><button type="submit" name="commentsubmit_btn" value="true" id="commentsubmit_btn" class="pn"><strong>评论</strong></button></p></form>
</div></div>
</div>
<div class="sd pph">
<div class="bm"><div class="bm_h"><h2>最新文章</h2></div><div class="bm_c"><ul class="xl xl1">
<li><em class="y xg1">03-05</em><a href="portal.php?mod=view&amp;aid=315">我市学前教育三年行动计划顺利收官</a></li>
<li><em class="y xg1">03-02</em><a href="portal.php?mod=view&amp;aid=309">市区中小学春季开学工作检查结束</a></li>
<li><em class="y xg1">02-27</em><a href="portal.php?mod=view&amp;aid=305">春运返程高峰已过</a></li>
</ul></div></div>
</div>
</div>
</div>
<div id="ft" class="wp cl">
<div id="flk" class="y"><p><a href="forum.php?mod=misc&amp;action=showdarkroom">小黑屋</a><span class="pipe">|</span><a href="archiver/">Archiver</a><span class="pipe">|</span><strong><a href="http://www.njjy.example.cn/" target="_blank">宁江家园网</a></strong> ( <a href="http://www.miibeian.gov.cn/" target="_blank">浙ICP备09056789号</a> )</p></div>
<div id="frt"><p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X2</em></p><p class="xs0">&copy; 2001-2011 <a href="http://www.comsenz.com" target="_blank">Comsenz Inc.</a></p></div>
</div>
</body>
</html>
"""

# (6) phpwind 8.7 门户 article, index.php?m=cms&q=view&id= (2012, GBK): the forum's header and 门户 navigation, a
# breadcrumb, h1 in div.articleTitle, div.articleInfo of spans "2012-05-08 14:30"/来源：<a>市教育局网站</a>/作者/
# 浏览, the body in div.articleContent, 分页, 上一篇/下一篇, 相关文章 with dates, 评论 with dates and a form, a 热门文章
# side box, the phpwind footer
PHPWIND_CMS_ARTICLE = """<!doctype html>
<html>
<head>
<meta charset="gbk" />
<title>关于2012年中考体育考试的几点提醒|教育资讯 - 江湾教育论坛 - Powered by phpwind</title>
<meta name="generator" content="phpwind 8.7" />
<meta name="keywords" content="中考体育" />
<link rel="stylesheet" href="images/pw_core.css?101128" />
<link rel="stylesheet" href="mode/cms/images/cms.css" />
</head>
<body>
<div id="wrapA">
<div id="head"><div class="wrap"><h1 id="logo"><a href="index.php"><img src="images/wind/logo.png" alt="江湾教育论坛" /></a></h1>
<div id="navA"><ul><li><a href="index.php?m=bbs">论坛</a></li><li class="current"><a href="index.php?m=cms">门户</a></li><li><a href="index.php?m=o">圈子</a></li><li><a href="hack.php?H_name=search">搜索</a></li></ul></div></div></div>
<div id="main" class="wrap">
<div class="breadCrumb"><a href="index.php" class="home">首页</a><em>&gt;</em><a href="index.php?m=cms">门户</a><em>&gt;</em><a href="index.php?m=cms&amp;q=list&amp;column=4">教育资讯</a><em>&gt;</em>文章</div>
<div class="cc">
<div class="contentLeft fl">
<div class="articleTitle"><h1>关于2012年中考体育考试的几点提醒</h1></div>
<div class="articleInfo"><span>2012-05-08 14:30</span><span>来源：<a href="http://www.jwjy.example.cn/" target="_blank">市教育局网站</a></span><span>作者：王老师</span><span>浏览：<em>2341</em></span><span>评论：<em>2</em></span></div>
<div class="articleContent f14">
<p>　　2012年中考体育考试将于5月21日至25日在市体育中心进行。考前两周，考生和家长要注意以下几个问题。</p>
<p>　　一、保证充足睡眠，适当减少训练强度。考前两周不宜再进行大运动量训练，以保持和调整状态为主，避免受伤。</p>
<p>　　二、合理安排饮食。考试前一天晚上和当天早上不要吃得过饱，也不要空腹参加考试，不要喝碳酸饮料。</p>
<p>　　三、做好准备活动。每个项目考试前都要充分热身，特别是耐力跑项目，热身不充分容易拉伤。</p>
<p>　　四、备好准考证、身份证，穿运动服和运动鞋，不得穿钉鞋参加考试。</p>
<p>　　有伤病不能参加考试的考生，应在考前持医院证明向学校申请免考或缓考。</p>
</div>
<div class="pages">第 1 页 / 共 1 页</div>
<div class="articleNav"><p>上一篇：<a href="index.php?m=cms&amp;q=view&amp;id=85">市区初中学校划片范围公布</a></p><p>下一篇：<a href="index.php?m=cms&amp;q=view&amp;id=91">高考前最后一个月怎么复习</a></p></div>
<div class="box"><h3>相关文章</h3><ul>
<li><a href="index.php?m=cms&amp;q=view&amp;id=42">2011年中考体育考试成绩分析</a><span>2011-07-03</span></li>
<li><a href="index.php?m=cms&amp;q=view&amp;id=77">中考体育耐力跑训练方法</a><span>2012-03-20</span></li>
</ul></div>
<div class="box comment"><h3>网友评论</h3>
<dl><dt><a href="u.php?uid=381">跑步的爸爸</a> <span>2012-05-08 18:22</span></dt><dd>孩子最近练得太猛，膝盖有点疼，看了这篇赶紧让他歇两天。</dd></dl>
<dl><dt><a href="u.php?uid=402">初三学生</a> <span>2012-05-09 07:15</span></dt><dd>谢谢提醒！</dd></dl>
<form action="index.php?m=cms&amp;q=comment&amp;action=add" method="post"><textarea name="content" rows="4"></textarea><button type="submit">发表评论</button></form>
</div>
</div>
<div class="contentRight fr">
<div class="box"><h3>热门文章</h3><ol>
<li><a href="index.php?m=cms&amp;q=view&amp;id=85">市区初中学校划片范围公布</a></li>
<li><a href="index.php?m=cms&amp;q=view&amp;id=80">今年普高招生计划出炉</a></li>
<li><a href="index.php?m=cms&amp;q=view&amp;id=66">小升初家长最关心的十个问题</a></li>
</ol></div>
</div>
</div>
</div>
<div id="footer" class="wrap"><div class="bottom"><a href="#">联系我们</a> | <a href="#">无图版</a> | <a href="#">手机浏览</a><br />江湾教育论坛 版权所有 浙ICP备10067890号</div>
<div class="copyright">Powered by <a href="http://www.phpwind.net/" target="_blank">phpwind v8.7</a> Certificate Code &copy;2003-2011 <a href="http://www.phpwind.com">phpwind.com</a></div></div>
</div>
</body>
</html>
"""

# (7) Joomla 3 of a middle school (2016): breadcrumbs "您的位置：", div.item-page with h2 in div.page-header,
# dl.article-info of 详细内容 / 作者 / 分类 / dd.published <time datetime="2016-03-05T15:30:00+08:00">发布于：2016年03月05日
# </time> / dd.modified 最后更新：2016年03月07日 / 点击数, the body in div[itemprop=articleBody], the ul.pagenav 上一篇/
# 下一篇, modules 最新文章 and 热门文章, the footer
JOOMLA3_ITEM_PAGE = """<!DOCTYPE html>
<html lang="zh-cn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="http://www.hbzx.example.cn/index.php/xxxw/215-xlfzyfw" />
<meta name="keywords" content="学雷锋,志愿服务" />
<meta name="author" content="校办" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>初一学生走进社区开展学雷锋志愿服务</title>
<link href="/templates/protostar/css/template.css?5b2ad9ed" rel="stylesheet" />
</head>
<body class="site com_content view-article no-layout no-task itemid-112">
<div class="body" id="top">
<div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title" title="河北中学">河北中学</span></a></div></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list"><li class="item-101 default"><a href="/index.php">首页</a></li><li class="item-112 current active"><a href="/index.php/xxxw">学校新闻</a></li><li class="item-113"><a href="/index.php/tzgg">通知公告</a></li><li class="item-114"><a href="/index.php/dyzc">德育之窗</a></li><li class="item-115"><a href="/index.php/lxwm">联系我们</a></li></ul></nav>
<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>您的位置： &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">首页</span></a><span class="divider"> / </span></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/xxxw" class="pathway"><span itemprop="name">学校新闻</span></a><span class="divider"> / </span></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">初一学生走进社区开展学雷锋志愿服务</span></li></ul></div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="zh-CN" />
<div class="page-header"><h2 itemprop="headline">初一学生走进社区开展学雷锋志愿服务</h2></div>
<div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#"><span class="icon-cog"></span><span class="caret"></span></a><ul class="dropdown-menu"><li class="print-icon"><a href="/index.php/xxxw/215-xlfzyfw?tmpl=component&amp;print=1" rel="nofollow">打印</a></li><li class="email-icon"><a href="/index.php/component/mailto/?link=abc" rel="nofollow">电子邮件</a></li></ul></div></div>
<dl class="article-info muted">
<dt class="article-info-term">详细内容</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">作者：<span itemprop="name">校办</span></dd>
<dd class="category-name">分类：<a href="/index.php/xxxw" itemprop="genre">学校新闻</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="2016-03-05T15:30:00+08:00" itemprop="datePublished">发布于：2016年03月05日</time></dd>
<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span><time datetime="2016-03-07T09:12:41+08:00" itemprop="dateModified">最后更新：2016年03月07日</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:231" />点击数：231</dd>
</dl>
<div itemprop="articleBody">
<p>3月5日上午，我校初一年级200余名学生在班主任的带领下，分赴学校周边的五个社区开展学雷锋志愿服务活动。</p>
<p>在幸福里社区，同学们清理了小区绿化带里的白色垃圾，擦洗了健身器材和宣传栏；在和平社区，同学们走进独居老人家中，帮老人打扫卫生、整理房间；在新华社区，同学们在社区服务中心门口摆起了便民服务台，为居民免费修理雨伞、测量血压。</p>
<p>社区工作人员说，每年三月，河北中学的学生都会来社区服务，已经坚持了十年，居民们都很欢迎。</p>
<p>学校德育处表示，学雷锋活动不能只在三月，今后将把社区服务纳入学生综合素质评价，每名学生每学期参加社区服务不少于8小时。</p>
</div>
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="2016年春季开学典礼举行" aria-label="上一篇：2016年春季开学典礼举行" href="/index.php/xxxw/212-kxdl" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">上一篇</span></a></li><li class="next"><a class="hasTooltip" title="初三年级召开中考百日誓师大会" aria-label="下一篇：初三年级召开中考百日誓师大会" href="/index.php/xxxw/218-bsdh" rel="next"><span aria-hidden="true">下一篇</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li></ul>
</div>
</main>
<div id="aside" class="span3">
<div class="well"><h3 class="page-header">最新文章</h3><ul class="latestnews mod-list"><li itemscope itemtype="https://schema.org/Article"><a href="/index.php/xxxw/218-bsdh" itemprop="url"><span itemprop="name">初三年级召开中考百日誓师大会</span></a></li><li itemscope itemtype="https://schema.org/Article"><a href="/index.php/tzgg/216-fjtz" itemprop="url"><span itemprop="name">关于清明节放假的通知</span></a></li></ul></div>
<div class="well"><h3 class="page-header">热门文章</h3><ul class="mostread mod-list"><li><a href="/index.php/tzgg/190-zsjz"><span>2015年招生简章</span></a></li><li><a href="/index.php/xxxw/201-jxcg"><span>我校在市教学成果评比中获一等奖</span></a></li></ul></div>
</div>
</div>
</div>
</div>
<footer class="footer" role="contentinfo"><div class="container"><hr /><p class="pull-right"><a href="#top" id="back-top">回到顶部</a></p><p>&copy; 2016 河北中学 版权所有　地址：河北区学院路8号　浙ICP备12034567号</p></div></footer>
</body>
</html>
"""

# (8) Drupal 8 (Bartik) of a county 科协 site (2018): the breadcrumb nav (面包屑), h1.page-title in the page title
# block, article.node--type-article with footer.node__meta "由 xkx 发表于 周一, 03/05/2018 - 10:20" (Drupal's medium
# format D, m/d/Y - H:i with a Chinese weekday), the body field, a 来源 field (field--label-inline) and the 标签 field,
# the 添加新评论 form, a 最近内容 block of relative times, the footer
DRUPAL8_BARTIK = """<!DOCTYPE html>
<html lang="zh-hans" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  schema: http://schema.org/">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 8 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="http://www.sxkx.example.cn/node/456" />
<link rel="shortlink" href="http://www.sxkx.example.cn/node/456" />
<title>全县中小学科技辅导员培训班开班 | 山溪县科学技术协会</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_bartik.css?p4x2ab" />
</head>
<body class="layout-one-sidebar layout-sidebar-second path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">跳转到主要内容</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper"><div id="page">
<header id="header" class="header" role="banner" aria-label="网站页眉"><div class="section layout-container clearfix">
<div id="block-bartik-branding" class="clearfix site-branding block block-system block-system-branding-block"><a href="/" title="首页" rel="home" class="site-branding__logo"><img src="/sites/default/files/logo.png" alt="首页" /></a><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="首页" rel="home">山溪县科学技术协会</a></div></div></div>
<nav role="navigation" aria-labelledby="block-bartik-main-menu-menu" id="block-bartik-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-bartik-main-menu-menu">主导航</h2><ul class="clearfix menu"><li class="menu-item"><a href="/" data-drupal-link-system-path="&lt;front&gt;">首页</a></li><li class="menu-item"><a href="/news">科协动态</a></li><li class="menu-item"><a href="/kepu">科普活动</a></li><li class="menu-item"><a href="/xuehui">学会工作</a></li><li class="menu-item"><a href="/contact">联系我们</a></li></ul></nav>
</div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container clearfix"><div id="main" class="layout-main clearfix">
<div id="block-bartik-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">面包屑</h2><ol><li><a href="/">首页</a></li><li><a href="/news">科协动态</a></li></ol></nav></div></div>
<main id="content" class="column main-content" role="main"><section class="section">
<a id="main-content" tabindex="-1"></a>
<div id="block-bartik-page-title" class="block block-core block-page-title-block"><div class="content"><h1 class="title page-title"><span property="schema:name" class="field field--name-title field--type-string field--label-hidden">全县中小学科技辅导员培训班开班</span></h1></div></div>
<div id="block-bartik-content" class="block block-system block-system-main-block"><div class="content">
<article data-history-node-id="456" role="article" about="/node/456" typeof="schema:Article" class="node node--type-article node--promoted node--view-mode-full">
<header class="node__header"><div class="node__meta"><span>由 <span rel="schema:author" class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" about="/user/3" typeof="schema:Person" property="schema:name" datatype="">xkx</span></span> 发表于 <span property="schema:dateCreated" content="2018-03-05T02:20:15+00:00" class="field field--name-created field--type-created field--label-hidden">周一, 03/05/2018 - 10:20</span></span></div></header>
<div class="node__content clearfix">
<div property="schema:text" class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p>3月3日，由县科协、县教育局联合举办的2018年全县中小学科技辅导员培训班在县青少年活动中心开班，来自全县42所中小学的56名科技辅导员参加培训。</p>
<p>本次培训为期三天，内容包括青少年科技创新大赛项目辅导、机器人编程入门、科学小实验设计和科技教育活动组织等。培训采取专题讲座、动手实践和案例交流相结合的方式进行。</p>
<p>县科协负责人在开班仪式上指出，科技辅导员是学校科技教育的骨干力量，希望学员们珍惜学习机会，把培训所学带回学校，带动更多学生参与科技活动。</p>
<p>据悉，今年县科协还将组织科技辅导员赴省内先进地区考察学习，并评选一批县级优秀科技辅导员。</p>
</div>
<div class="field field--name-field-source field--type-string field--label-inline"><div class="field__label">来源</div><div class="field__item">县科协普及部</div></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">标签</h3><ul class="links field__items"><li><a href="/taxonomy/term/7" hreflang="zh-hans">科技教育</a></li><li><a href="/taxonomy/term/12" hreflang="zh-hans">培训</a></li></ul></div>
<section rel="schema:comment" class="field field--name-comment field--type-comment field--label-above comment-wrapper">
<h2 class="title comment-form__title">添加新评论</h2>
<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/456/comment" method="post" id="comment-form" accept-charset="UTF-8"><div class="form-item form-type-textfield"><label for="edit-name">您的姓名</label><input type="text" id="edit-name" name="name" size="30" maxlength="60" class="form-text" /></div><div class="form-item"><label for="edit-comment-body-0-value" class="js-form-required form-required">评论</label><textarea id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea"></textarea></div><div class="form-actions"><input type="submit" id="edit-submit" name="op" value="保存" class="button button--primary form-submit" /></div></form>
</section>
</div>
</article>
</div></div>
</section></main>
<div id="sidebar_second" class="column sidebar"><aside class="section" role="complementary">
<div class="views-element-container block block-views block-views-blockcontent-recent-block-1" id="block-bartik-views-block-content-recent-block-1"><h2>最近内容</h2><div class="content"><div class="item-list"><ul>
<li><div class="views-field views-field-title"><span class="field-content"><a href="/node/455" hreflang="zh-hans">县青少年机器人竞赛报名开始</a></span></div><div class="views-field views-field-changed"><span class="field-content">5 天 3 小时 之前</span></div></li>
<li><div class="views-field views-field-title"><span class="field-content"><a href="/node/452" hreflang="zh-hans">科普大篷车走进北山乡</a></span></div><div class="views-field views-field-changed"><span class="field-content">1 周 2 天 之前</span></div></li>
</ul></div></div></div>
</aside></div>
</div></div>
<footer class="site-footer"><div class="layout-container"><div class="site-footer__bottom"><div id="block-bartik-footer-copyright" class="block"><p>山溪县科学技术协会 版权所有　浙ICP备17045678号</p></div><div id="block-bartik-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
</div></div>
</div>
</body>
</html>
"""

# (9) a Halo 1.x blog (2020, a card theme): the nav bar, header.post-header with h1.post-title and div.post-meta of
# 发表于 <time datetime="2020-07-14 21:05"> 2020-07-14, 更新于 <time> 2020-07-20, 阅读/字数, the body in
# div.post-body.markdown-body, the post-copyright box (本文作者/本文链接/版权声明 … 转载请注明来自), the tags, the post
# nav, the <halo-comment> element, a sidebar of 最新文章 with dates, 标签云 and 归档, the footer with Powered by Halo
HALO_BLOG_2020 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="keywords" content="暑假,阅读,孩子">
<meta name="description" content="放暑假第一周，家里两个孩子就把一学期攒下的精力全用在了吵架上">
<title>暑假和孩子一起读完的六本书 - 山间书屋</title>
<link rel="stylesheet" href="/themes/dream/source/css/style.min.css?v=2.1.0">
<script src="/themes/dream/source/js/halo-comment.min.js" defer></script>
</head>
<body>
<nav class="navbar" role="navigation"><div class="navbar-container"><a class="navbar-brand" href="https://www.sjsw.example.cn">山间书屋</a><div class="navbar-menu"><a class="navbar-item" href="/">首页</a><a class="navbar-item" href="/archives">归档</a><a class="navbar-item" href="/categories">分类</a><a class="navbar-item" href="/links">友链</a><a class="navbar-item" href="/journals">日志</a></div></div></nav>
<main class="main"><div class="container"><div class="columns">
<div class="column main-content">
<article class="card post" itemscope itemtype="http://schema.org/Article">
<header class="post-header">
<h1 class="post-title" itemprop="name headline">暑假和孩子一起读完的六本书</h1>
<div class="post-meta">
<span class="post-meta-item"><i class="ri-calendar-line"></i> 发表于 <time datetime="2020-07-14 21:05" itemprop="datePublished">2020-07-14</time></span>
<span class="post-meta-item"><i class="ri-history-line"></i> 更新于 <time datetime="2020-07-20 08:40" itemprop="dateModified">2020-07-20</time></span>
<span class="post-meta-item"><i class="ri-eye-line"></i> 阅读 518</span>
<span class="post-meta-item"><i class="ri-file-word-line"></i> 字数 1.4k</span>
<span class="post-meta-item"><a href="/categories/reading"><i class="ri-folder-line"></i> 亲子阅读</a></span>
</div>
</header>
<div class="post-body markdown-body" id="lightGallery" itemprop="articleBody">
<p>放暑假第一周，家里两个孩子就把一学期攒下的精力全用在了吵架上。我想了个办法：每天晚饭后一小时，全家关掉电视和手机，一起读书。</p>
<p>老大今年上四年级，老二刚读完一年级。为了让两个人都有兴趣，我挑书时费了不少心思，既要有老大能读出味道的，也要有老二听得懂的。</p>
<h2>我们读了什么</h2>
<p>一个月下来，我们一起读完了六本书：两本童话、一本自然科普、一本历史故事、一本儿童小说和一本诗集。童话和故事是我读、他们听，科普书是老大读给老二听。</p>
<h2>几点小体会</h2>
<p>一是不要急着问“这本书告诉我们什么道理”。孩子读得开心，比说出一个标准答案重要得多。</p>
<p>二是让孩子自己选一部分书。老二自己挑的那本恐龙书，他翻了不下二十遍。</p>
<p>三是家长也要真的在读。孩子们很快就能看出来你是在陪读，还是自己也读进去了。</p>
<p>暑假还剩一个多月，下一批书单已经列好了，读完了再来分享。</p>
</div>
<div class="post-copyright">
<p><span>本文作者：</span>山间书屋</p>
<p><span>本文链接：</span><a href="https://www.sjsw.example.cn/archives/summer-reading">https://www.sjsw.example.cn/archives/summer-reading</a></p>
<p><span>版权声明：</span>本博客所有文章除特别声明外，均采用 CC BY-NC-SA 4.0 许可协议。转载请注明来自 山间书屋！</p>
</div>
<div class="post-tags"><a class="tag" href="/tags/yuedu"># 阅读</a><a class="tag" href="/tags/shujia"># 暑假</a></div>
<nav class="post-nav"><a class="post-nav-prev" href="/archives/last-day-of-term">上一篇：期末最后一天</a><a class="post-nav-next" href="/archives/camping">下一篇：带孩子去山里露营</a></nav>
</article>
<div class="card comment-card"><halo-comment id="35" type="post"></halo-comment></div>
</div>
<aside class="column sidebar">
<div class="card widget"><h3 class="widget-title">最新文章</h3><ul>
<li><a href="/archives/camping">带孩子去山里露营</a><time>2020-07-25</time></li>
<li><a href="/archives/last-day-of-term">期末最后一天</a><time>2020-07-03</time></li>
</ul></div>
<div class="card widget"><h3 class="widget-title">标签云</h3><div class="tag-cloud"><a href="/tags/yuedu">阅读</a> <a href="/tags/shujia">暑假</a> <a href="/tags/lvxing">旅行</a> <a href="/tags/zuowen">作文</a></div></div>
<div class="card widget"><h3 class="widget-title">归档</h3><ul><li><a href="/archives/2020/07">2020 年 07 月</a></li><li><a href="/archives/2020/06">2020 年 06 月</a></li></ul></div>
</aside>
</div></div></main>
<footer class="footer"><div class="container">&copy; 2018 - 2020 山间书屋 版权所有 · Powered by <a href="https://halo.run" target="_blank">Halo</a> · Theme by Dream<br><a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备18056789号</a></div></footer>
</body>
</html>
"""

# (10) a Hexo static blog with the NexT theme (2022): header.post-header with h1.post-title and div.post-meta of
# 发表于 <time title="创建时间：2022-09-03 20:30:12" datetime="2022-09-03T20:30:12+08:00">2022-09-03</time>, 更新于
# 2022-09-10, 分类于, 本文字数, 阅读时长, the body in div.post-body with h2 headings (repeated in the sidebar's 文章目录),
# the 打赏 box, the post-copyright list, post-tags "# 家长会", the post-nav, the site overview (日志/分类/标签) and the
# footer "由 Hexo & NexT.Gemini 强力驱动" with the ICP number and a busuanzi 总访问量
HEXO_NEXT_2022 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=2">
<meta name="generator" content="Hexo 6.2.0">
<link rel="stylesheet" href="/css/main.css">
<meta name="description" content="开学第一周，学校召开了新学期第一次家长会">
<meta property="og:type" content="article">
<meta property="og:title" content="第一次以班主任身份开家长会">
<meta property="article:published_time" content="2022-09-03T12:30:12.000Z">
<meta property="article:modified_time" content="2022-09-10T01:01:44.000Z">
<title>第一次以班主任身份开家长会 | 阿宁的小站</title>
</head>
<body itemscope itemtype="http://schema.org/WebPage">
<div class="container use-motion">
<div class="headband"></div>
<header class="header" itemscope itemtype="http://schema.org/WPHeader"><div class="header-inner"><div class="site-brand-container"><div class="site-meta"><a href="/" class="brand" rel="start"><span class="logo-line-before"><i></i></span><h1 class="site-title">阿宁的小站</h1><span class="logo-line-after"><i></i></span></a><p class="site-subtitle" itemprop="description">一个数学老师的日常</p></div></div>
<nav class="site-nav"><ul id="menu" class="main-menu menu"><li class="menu-item menu-item-home"><a href="/" rel="section"><i class="fa fa-home fa-fw"></i>首页</a></li><li class="menu-item menu-item-tags"><a href="/tags/" rel="section"><i class="fa fa-tags fa-fw"></i>标签</a></li><li class="menu-item menu-item-categories"><a href="/categories/" rel="section"><i class="fa fa-th fa-fw"></i>分类</a></li><li class="menu-item menu-item-archives"><a href="/archives/" rel="section"><i class="fa fa-archive fa-fw"></i>归档</a></li></ul></nav>
</div></header>
<main class="main"><div class="main-inner"><div class="content-wrap"><div class="content post posts-expand">
<article itemscope itemtype="http://schema.org/Article" class="post-block" lang="zh-CN">
<link itemprop="mainEntityOfPage" href="https://www.aning.example.cn/2022/09/03/first-parents-meeting/">
<header class="post-header">
<h1 class="post-title" itemprop="name headline">第一次以班主任身份开家长会</h1>
<div class="post-meta">
<span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-calendar"></i></span><span class="post-meta-item-text">发表于</span> <time title="创建时间：2022-09-03 20:30:12" itemprop="dateCreated datePublished" datetime="2022-09-03T20:30:12+08:00">2022-09-03</time></span>
<span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-calendar-check"></i></span><span class="post-meta-item-text">更新于</span> <time title="修改时间：2022-09-10 09:01:44" itemprop="dateModified" datetime="2022-09-10T09:01:44+08:00">2022-09-10</time></span>
<span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-folder"></i></span><span class="post-meta-item-text">分类于</span> <span itemprop="about" itemscope itemtype="http://schema.org/Thing"><a href="/categories/banzhuren/" itemprop="url" rel="index"><span itemprop="name">班主任</span></a></span></span>
<span class="post-meta-break"></span>
<span class="post-meta-item" title="本文字数"><span class="post-meta-item-icon"><i class="far fa-file-word"></i></span><span class="post-meta-item-text">本文字数：</span><span>1.5k</span></span>
<span class="post-meta-item" title="阅读时长"><span class="post-meta-item-icon"><i class="far fa-clock"></i></span><span class="post-meta-item-text">阅读时长 &asymp;</span><span>3 分钟</span></span>
</div>
</header>
<div class="post-body" itemprop="articleBody">
<p>开学第一周，学校召开了新学期第一次家长会。这是我工作第三年，也是第一次以班主任的身份站在讲台上面对四十多位家长。</p>
<h2 id="会前的准备"><a href="#会前的准备" class="headerlink" title="会前的准备"></a>会前的准备</h2>
<p>为了这次家长会，我提前一周就开始准备。先是翻了学生的入学档案，给每个孩子写了一句开学第一周的观察；又请教了年级组里带了二十年班的张老师，她只给了我一条建议：少讲道理，多讲孩子。</p>
<h2 id="家长会上讲了什么"><a href="#家长会上讲了什么" class="headerlink" title="家长会上讲了什么"></a>家长会上讲了什么</h2>
<p>我把四十分钟分成了三段：用十分钟介绍自己和这个学期的安排，用二十分钟讲开学一周里班上发生的小事，最后十分钟留给家长提问。</p>
<p>讲小事的时候，我放了几张照片：值日时主动留下来擦黑板的孩子、课间帮同学捡起散落文具的孩子、第一次数学小测里订正写得最认真的孩子。好几位家长在下面悄悄拿手机拍了照。</p>
<h2 id="会后的一点反思"><a href="#会后的一点反思" class="headerlink" title="会后的一点反思"></a>会后的一点反思</h2>
<p>家长会结束后，有位家长留下来问我，孩子在家很少说学校的事，该怎么办。我一下子没答好。回家想了想，也许可以每周给家长发一条班级小记，让家长和孩子有话可聊。</p>
<p>这个办法从下周开始试，效果如何，学期末再来写一篇。</p>
</div>
<div class="reward-container"><div>请我喝杯奶茶吧～</div><button onclick="document.querySelector('.post-reward').classList.toggle('active');">赞赏</button></div>
<div class="post-copyright"><ul>
<li class="post-copyright-author"><strong>本文作者： </strong>阿宁</li>
<li class="post-copyright-link"><strong>本文链接：</strong><a href="https://www.aning.example.cn/2022/09/03/first-parents-meeting/" title="第一次以班主任身份开家长会">https://www.aning.example.cn/2022/09/03/first-parents-meeting/</a></li>
<li class="post-copyright-license"><strong>版权声明： </strong>本博客所有文章除特别声明外，均采用 <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/zh-CN" rel="noopener" target="_blank"><i class="fab fa-fw fa-creative-commons"></i>BY-NC-SA</a> 许可协议。转载请注明出处！</li>
</ul></div>
<footer class="post-footer">
<div class="post-tags"><a href="/tags/%E5%AE%B6%E9%95%BF%E4%BC%9A/" rel="tag"># 家长会</a><a href="/tags/%E7%8F%AD%E4%B8%BB%E4%BB%BB/" rel="tag"># 班主任</a></div>
<div class="post-nav"><div class="post-nav-item"><a href="/2022/08/28/summer-training/" rel="prev" title="暑期新班主任培训笔记"><i class="fa fa-chevron-left"></i> 暑期新班主任培训笔记</a></div><div class="post-nav-item"><a href="/2022/09/17/first-quiz/" rel="next" title="第一次单元测验之后">第一次单元测验之后 <i class="fa fa-chevron-right"></i></a></div></div>
</footer>
</article>
</div>
<div class="comments" id="valine-comments"></div>
</div>
<div class="toggle sidebar-toggle"><span class="toggle-line toggle-line-first"></span><span class="toggle-line toggle-line-middle"></span><span class="toggle-line toggle-line-last"></span></div>
<aside class="sidebar"><div class="sidebar-inner">
<ul class="sidebar-nav motion-element"><li class="sidebar-nav-toc">文章目录</li><li class="sidebar-nav-overview">站点概览</li></ul>
<div class="post-toc-wrap sidebar-panel"><div class="post-toc motion-element"><ol class="nav">
<li class="nav-item nav-level-2"><a class="nav-link" href="#会前的准备"><span class="nav-number">1.</span> <span class="nav-text">会前的准备</span></a></li>
<li class="nav-item nav-level-2"><a class="nav-link" href="#家长会上讲了什么"><span class="nav-number">2.</span> <span class="nav-text">家长会上讲了什么</span></a></li>
<li class="nav-item nav-level-2"><a class="nav-link" href="#会后的一点反思"><span class="nav-number">3.</span> <span class="nav-text">会后的一点反思</span></a></li>
</ol></div></div>
<div class="site-overview-wrap sidebar-panel"><div class="site-author motion-element" itemprop="author" itemscope itemtype="http://schema.org/Person"><p class="site-author-name" itemprop="name">阿宁</p><div class="site-description" itemprop="description">一个数学老师的日常</div></div>
<div class="site-state-wrap motion-element"><nav class="site-state"><div class="site-state-item site-state-posts"><a href="/archives/"><span class="site-state-item-count">46</span><span class="site-state-item-name">日志</span></a></div><div class="site-state-item site-state-categories"><a href="/categories/"><span class="site-state-item-count">5</span><span class="site-state-item-name">分类</span></a></div><div class="site-state-item site-state-tags"><a href="/tags/"><span class="site-state-item-count">23</span><span class="site-state-item-name">标签</span></a></div></nav></div></div>
</div></aside>
</div></main>
<footer class="footer"><div class="footer-inner">
<div class="beian"><a href="https://beian.miit.gov.cn/" rel="noopener" target="_blank">浙ICP备19067890号-1</a></div>
<div class="copyright">&copy; 2019 &ndash; <span itemprop="copyrightYear">2022</span><span class="with-love"><i class="fa fa-heart"></i></span><span class="author" itemprop="copyrightHolder">阿宁</span></div>
<div class="powered-by">由 <a href="https://hexo.io/" class="theme-link" rel="noopener" target="_blank">Hexo</a> &amp; <a href="https://theme-next.js.org/pisces/" class="theme-link" rel="noopener" target="_blank">NexT.Gemini</a> 强力驱动</div>
<div class="busuanzi-count"><span class="post-meta-item" id="busuanzi_container_site_uv">本站访客数 <span id="busuanzi_value_site_uv"></span> 人</span><span class="post-meta-item" id="busuanzi_container_site_pv">本站总访问量 <span id="busuanzi_value_site_pv"></span> 次</span></div>
</div></footer>
</div>
</body>
</html>
"""

PAGES: list[Page] = [
    Page(
        "blogcms-wordpress-magazine-2021",
        "https://www.lljj.example.cn/1562.html",
        WP_MAGAZINE_2021,
        "孩子写作业磨蹭？试试这三个小办法",
        "2021-04-23",
        None,  # 版权声明：本文为林老师原创，转载请注明出处 is a reprint notice, not a 来源
        "每到晚上写作业的时间，不少家长都会遇到同一个难题：孩子坐在书桌前一个多小时，作业本上却没写几行字。催得紧了孩子哭，不催又写到十点多。",
        "办法没有一用就灵的，关键是坚持两三周，让孩子慢慢形成自己的节奏。如果您家孩子也有类似的情况，欢迎在评论区和我聊聊。",
        (
            "版权声明",
            "本文链接",
            "三年级是个坎",
            "让孩子爱上阅读的五个习惯",
            "计时器这个办法我们试了一周",
            "发表评论",
            "必填项已用*标注",
            "热门标签",
            "小升初",
            "文章归档",
            "阅读约 3 分钟",
        ),
    ),
    Page(
        "blogcms-typecho-handsome-2019",
        "https://www.xzjx.example.cn/archives/209/",
        TYPECHO_HANDSOME_2019,
        "带一年级的第一个月：我学会了蹲下来说话",
        "2019-11-12",
        None,
        "今年第一次带一年级。开学前我信心满满，觉得教过五年级的孩子，一年级应该更简单。结果第一周就被现实上了一课。",
        "当然，一年级的挑战远不止这些。下一篇想聊聊怎么教孩子们排队和收拾书包，这两件小事花掉了我这个月一半的力气。",
        (
            "最后修改",
            "允许规范转载",
            "请随意赞赏",
            "蹲下来说话，这是带低段最重要的一课",
            "谢谢周老师",
            "期中家长会，我准备了这样一份发言稿",
            "说点什么吧",
            "Powered by",
        ),
    ),
    Page(
        "blogcms-emlog-pro-2023",
        "https://www.xlrz.example.cn/?post=64",
        EMLOG_PRO_2023,
        "班级图书角运转一学期后的几点体会",
        "2023-02-18",
        None,
        "上学期开学，我在教室后面搭了一个图书角。书是孩子们从家里带来的，每人至少两本，一共攒了一百多本。",
        "这学期打算再加一个“好书推荐卡”，让孩子们读完一本书写几句话贴在书架旁边。",
        (
            "标签:",
            "寒假里给家长的一封信",
            "轮流当管理员这个办法好",
            "发表评论",
            "期末评语，我写了三个晚上",
            "2023年1月(5)",
            "emlog",
        ),
    ),
    Page(
        "blogcms-zblog-asp-2009",
        "http://www.hzjs.example.cn/blog/post/86.html",
        ZBLOG_ASP_2009,
        "初三化学第一轮复习的几点做法",
        "2009-03-05",
        None,
        "开学已经两周，初三化学的新课在上学期末就上完了，这学期进入第一轮复习。结合去年带毕业班的经验，今年的复习我主要做了以下几件事。",
        "复习才刚开始，效果如何还要看月考。等第一轮结束后再来总结。",
        (
            "Tags:",
            "作者:",
            "引用地址",
            "去年中考化学试卷分析",
            "按知识块复习这个思路好",
            "回复该评论",
            "验证码",
            "开学第一课：化学与生活",
            "文章归档",
            "Z-Blog",
        ),
    ),
    Page(
        "blogcms-discuz-x2-portal-gbk",
        "http://www.njjy.example.cn/portal.php?mod=view&aid=312",
        DISCUZ_X2_PORTAL,
        "宁江城区今年新增小学学位2700个",
        "2012-03-05",
        "宁江晚报",
        "记者从市教育局获悉，今年城区将有三所新建小学投入使用，加上现有学校挖潜扩班，城区小学一年级可新增学位约2700个。",
        "据了解，今年城区小学招生仍实行按户籍和房产划片、就近入学的办法，具体招生方案将于4月中旬公布。",
        (
            "摘要",
            "发布者",
            "邀请",
            "市区中小学春季开学工作检查结束",
            "城北新区小学主体工程结顶",
            "终于盼到家门口的学校了",
            "查看全部评论",
            "春运返程高峰已过",
            "Comsenz",
        ),
        gbk=True,
    ),
    Page(
        "blogcms-phpwind-cms-article-gbk",
        "http://bbs.jwjy.example.cn/index.php?m=cms&q=view&id=88",
        PHPWIND_CMS_ARTICLE,
        "关于2012年中考体育考试的几点提醒",
        "2012-05-08",
        "市教育局网站",
        "2012年中考体育考试将于5月21日至25日在市体育中心进行。考前两周，考生和家长要注意以下几个问题。",
        "有伤病不能参加考试的考生，应在考前持医院证明向学校申请免考或缓考。",
        (
            "第 1 页",
            "市区初中学校划片范围公布",
            "中考体育耐力跑训练方法",
            "孩子最近练得太猛",
            "发表评论",
            "小升初家长最关心的十个问题",
            "phpwind",
        ),
        gbk=True,
    ),
    Page(
        "blogcms-joomla3-item-page",
        "http://www.hbzx.example.cn/index.php/xxxw/215-xlfzyfw",
        JOOMLA3_ITEM_PAGE,
        "初一学生走进社区开展学雷锋志愿服务",
        "2016-03-05",
        None,
        "3月5日上午，我校初一年级200余名学生在班主任的带领下，分赴学校周边的五个社区开展学雷锋志愿服务活动。",
        "学校德育处表示，学雷锋活动不能只在三月，今后将把社区服务纳入学生综合素质评价，每名学生每学期参加社区服务不少于8小时。",
        (
            "详细内容",
            "最后更新",
            "点击数",
            "电子邮件",
            "2016年春季开学典礼举行",
            "关于清明节放假的通知",
            "我校在市教学成果评比中获一等奖",
            "回到顶部",
        ),
    ),
    Page(
        "blogcms-drupal8-bartik-source-field",
        "http://www.sxkx.example.cn/node/456",
        DRUPAL8_BARTIK,
        "全县中小学科技辅导员培训班开班",
        "2018-03-05",
        "县科协普及部",
        "3月3日，由县科协、县教育局联合举办的2018年全县中小学科技辅导员培训班在县青少年活动中心开班，来自全县42所中小学的56名科技辅导员参加培训。",
        "据悉，今年县科协还将组织科技辅导员赴省内先进地区考察学习，并评选一批县级优秀科技辅导员。",
        (
            "发表于",
            "标签",
            "添加新评论",
            "您的姓名",
            "最近内容",
            "县青少年机器人竞赛报名开始",
            "Powered by",
        ),
    ),
    Page(
        "blogcms-halo-dream-2020",
        "https://www.sjsw.example.cn/archives/summer-reading",
        HALO_BLOG_2020,
        "暑假和孩子一起读完的六本书",
        "2020-07-14",
        None,  # 转载请注明来自 山间书屋 is the blog's license notice, not a 来源
        "放暑假第一周，家里两个孩子就把一学期攒下的精力全用在了吵架上。我想了个办法：每天晚饭后一小时，全家关掉电视和手机，一起读书。",
        "暑假还剩一个多月，下一批书单已经列好了，读完了再来分享。",
        (
            "更新于",
            "字数 1.4k",
            "本文作者",
            "版权声明",
            "# 阅读",
            "带孩子去山里露营",
            "标签云",
            "2020 年 06 月",
            "Powered by",
        ),
    ),
    Page(
        "blogcms-hexo-next-2022",
        "https://www.aning.example.cn/2022/09/03/first-parents-meeting/",
        HEXO_NEXT_2022,
        "第一次以班主任身份开家长会",
        "2022-09-03",
        None,
        "开学第一周，学校召开了新学期第一次家长会。这是我工作第三年，也是第一次以班主任的身份站在讲台上面对四十多位家长。",
        "这个办法从下周开始试，效果如何，学期末再来写一篇。",
        (
            "本文字数",
            "阅读时长",
            "请我喝杯奶茶吧",
            "本文作者",
            "转载请注明出处",
            "# 家长会",
            "暑期新班主任培训笔记",
            "文章目录",
            "站点概览",
            "强力驱动",
            "总访问量",
        ),
    ),
]
