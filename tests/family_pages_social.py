"""Article pages of blogs and forums beyond the first file's Discuz! and Sina blog pages: written by hand after each family's public template markup, names, hosts and
numbers made up (tests/test_article_families.py checks every field of each)."""

from family_page import Page

# Sina blog (blog7, 2009): the blog's short name in the header's <h1>, the title in h2.titName inside div.articalTitle,
# the date "(2009-03-05 10:20:33)" in span.time after it, tags and 分类 as plain label spans in a table, the body in
# #sina_keyword_ad_area2 written by the editor of the time (<div> lines, <font>, <wbr>), a left column of 博文目录,
# 最新评论 and 访客, comments with their own dates
SINA_BLOG_2009 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>三月的第一节作文课_教书匠的小屋_新浪博客</title>
<meta name="keywords" content="三月的第一节作文课_教书匠的小屋_新浪博客,教书匠的小屋,作文,语文,教学随笔" />
<meta name="description" content="三月的第一节作文课_教书匠的小屋_新浪博客,教书匠的小屋," />
<link href="http://simg.sinajs.example.cn/blog7style/css/conf/blog/article.css" type="text/css" rel="stylesheet" />
<script type="text/javascript">var scope = {$uid:"1402345678", $PRODUCT_NAME:"blog7", $pageid:"article", $articleid:"53a1c8f20100c2xy"};</script>
</head>
<body>
<div id="sinablogb" class="sinablogb">
<div class="sinatopbar"><a href="http://blog.sina.example.cn/">新浪博客</a> | <a href="http://www.sina.example.cn/">新浪首页</a> | <a href="http://login.sina.example.cn/">登录</a> | <a href="http://login.sina.example.cn/signup/">注册</a></div>
<div id="sinablogHead" class="sinabloghead">
<div class="blogtoparea"><h1 id="blogname" class="blogtitle"><a href="http://blog.sina.example.cn/jiaoshujiang"><span id="blognamespan">教书匠的小屋</span></a></h1>
<div id="bloglink" class="bloglink"><a href="http://blog.sina.example.cn/jiaoshujiang">http://blog.sina.example.cn/jiaoshujiang</a> <a class="CP_a_fuc" href="#">[<cite>订阅</cite>]</a></div></div>
<div class="blognav" id="blognav"><div class="blognavInfo"><span><a href="http://blog.sina.example.cn/jiaoshujiang">首页</a></span><span><a href="http://blog.sina.example.cn/s/articlelist_1402345678_0_1.html">博文目录</a></span><span><a href="http://photo.blog.sina.example.cn/jiaoshujiang">图片</a></span><span class="last"><a href="http://blog.sina.example.cn/s/profile_1402345678.html">关于我</a></span></div></div>
</div>
<div class="sinablogbody" id="sinablogbody">
<div id="column_1" class="SG_colW21 SG_colFirst">
<div class="SG_conn" id="module_901"><div class="SG_connHead"><span class="title">个人资料</span></div>
<div class="SG_connBody"><div class="info_nm"><strong id="ownernick">江南语文人</strong></div><ul class="info_list"><li>博客等级：8</li><li>博客积分：672</li><li>博客访问：45,310</li></ul></div></div>
<div class="SG_conn" id="module_3"><div class="SG_connHead"><span class="title">分类</span></div>
<div class="SG_connBody"><ul class="list_ul"><li><a href="#">全部博文</a><em>(214)</em></li><li><a href="#">教学随笔</a><em>(86)</em></li><li><a href="#">读书札记</a><em>(41)</em></li></ul></div></div>
<div class="SG_conn" id="module_5"><div class="SG_connHead"><span class="title">评论</span></div>
<div class="SG_connBody"><ul class="list_ul"><li><a href="#">小荷尖尖</a>：老师的课真有意思，我们也想去看玉兰。</li><li><a href="#">陈家妈妈</a>：孩子回来一直在说这节课。</li></ul></div></div>
<div class="SG_conn" id="module_7"><div class="SG_connHead"><span class="title">访客</span></div>
<div class="SG_connBody"><ul class="list_ul"><li><a href="#">清风徐来</a> 3月5日</li><li><a href="#">一米阳光</a> 3月4日</li></ul></div></div>
</div>
<div id="column_2" class="SG_colW73">
<div id="module_920" class="SG_conn"><div class="SG_connHead"><span class="title">正文</span><span class="edit"><a href="#">字体大小：</a><a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="SG_connBody"><div class="artical" id="articlebody">
<div class="articalTitle">
<h2 id="t_53a1c8f20100c2xy" class="titName SG_txta">三月的第一节作文课</h2>
<span class="time SG_txtc">(2009-03-05 10:20:33)</span>
</div>
<div class="articalTag" id="sina_keyword_ad_area"><table><tr>
<td class="blog_tag"><span class="SG_txtb">标签：</span><a href="#">作文教学</a> <a href="#">春天</a> <a href="#">杂谈</a></td>
<td class="blog_class"><span class="SG_txtb">分类：</span><a href="http://blog.sina.example.cn/s/articlelist_1402345678_1_1.html">教学随笔</a></td>
</tr></table></div>
<div id="sina_keyword_ad_area2" class="articalContent  ">
<div><font face="宋体" size="3">　　今天是开学后的第一节作文课，我没有急着布置题目，而是把孩子们带到了校园里的那排玉兰树下。</font></div>
<div><font face="宋体" size="3">　　玉兰刚开了三四朵，更多的还裹在毛茸茸的花苞里。我请大家先不要说话，用五分钟时间只是看，看颜色，看形状，看风吹过来时花瓣怎样动。</font></div>
<div>&nbsp;</div>
<div><font face="宋体" size="3">　　回到教室，我让每个人只写三句话。有个平时最怕写作文的男孩写道：“花苞像一支支没有点亮的蜡烛。”全班都为他鼓掌，他的脸一下子红了。</font></div>
<div><font face="宋体" size="3">　　其实孩子们不缺少想象，缺少的是<wbr>停下来观察的时间。我们总是急着给他们范文和套路，却忘了写作最开始的样子。</font></div>
<div><font face="宋体" size="3">　　下课铃响的时候，好几个孩子还舍不得回教室。我想，这大概就是作文课最好的开头吧。</font></div>
</div>
<div class="articalInfo"><div class="IL">阅读<span class="SG_txtb">(<span>286</span>)</span> | 评论 (<span>3</span>) | 收藏(<span>0</span>) | 转载(<span>2</span>) | <a href="javascript:;">打印</a> | <a href="javascript:;">举报</a></div></div>
<div class="articalfrontback SG_j_linedot1 clearfix"><div><span class="SG_txtb">前一篇：</span><a href="http://blog.sina.example.cn/s/blog_53a1c8f20100c2xw.html">寒假读书札记：重读《城南旧事》</a></div><div><span class="SG_txtb">后一篇：</span><a href="http://blog.sina.example.cn/s/blog_53a1c8f20100c2yz.html">给家长的一封信：怎样陪孩子读书</a></div></div>
<div class="allComm"><div class="allCommTit"><strong>评论</strong> <a class="CP_a_fuc" href="#post">[<cite>发评论</cite>]</a></div>
<ul id="article_comment_list" class="SG_cmp_revert">
<li><div class="SG_revert_Cont"><p><span class="SG_revert_Tit"><a href="#">小荷尖尖</a></span><span class="SG_revert_Time"><em class="SG_txtc">2009-03-05 12:41:07</em></span></p><div class="SG_revert_Inner SG_txtb">老师的课真有意思，我们也想去看玉兰。</div></div></li>
<li><div class="SG_revert_Cont"><p><span class="SG_revert_Tit"><a href="#">陈家妈妈</a></span><span class="SG_revert_Time"><em class="SG_txtc">2009-03-05 20:16:52</em></span></p><div class="SG_revert_Inner SG_txtb">孩子回来一直在说这节课，说花苞像蜡烛的就是他同桌。</div></div></li>
</ul></div>
<div class="writeComm"><div class="allCommTit"><strong>发评论</strong></div><textarea id="commentArea" name="commentArea"></textarea><a href="javascript:;" class="SG_aBtn">发评论</a></div>
</div></div></div>
</div>
</div>
<div class="sinablogfooter" id="sinablogfooter">
<p class="SG_linka"><a href="http://corp.sina.example.cn/chn/">新浪简介</a> | <a href="http://corp.sina.example.cn/eng/">About Sina</a> | <a href="http://emarketing.sina.example.cn/">广告服务</a> | <a href="http://www.sina.example.cn/contactus.html">联系我们</a></p>
<p class="copyright SG_linka">Copyright &copy; 1996 - 2009 SINA Corporation, All Rights Reserved</p>
<p class="SG_linka">新浪公司 <a href="http://www.sina.example.cn/intro/copyright.shtml">版权所有</a></p>
</div>
</div>
</body>
</html>
"""

# NetEase 163 blog (2010, GBK): the title in span.tcnt of div.title, the date in span.blogsep of p.tdep followed by
# 分类 and 字号 on the same line, the body in div.bct.nbw-blog, then 阅读/评论 counts, prev/next, 历史上的今天,
# 最近读者 and comments with dates
NETEASE_BLOG_2010 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html;charset=gbk" />
<title>期中考试后家长会的几点想法 - 李晓芸的日志 - 网易博客</title>
<meta name="keywords" content="家长会,班主任工作,李晓芸,网易,博客" />
<meta name="description" content="期中考试后家长会的几点想法 - 李晓芸的日志,网易博客" />
<link rel="stylesheet" type="text/css" href="http://b.bst.126.example.net/style/common/htmlcss/blog.css" />
</head>
<body class="nbw-bdy">
<div class="nbw-nav"><a href="http://www.163.example.com/">网易</a> | <a href="http://blog.163.example.com/">博客</a> | <a href="http://blog.163.example.com/?fromBlogNav">发现</a> | <a href="http://reg.163.example.com/">注册</a> | <a href="http://blog.163.example.com/login.do">登录</a></div>
<div class="nbw-hdr"><h1 class="ttl"><a href="http://lixiaoyun1978.blog.163.example.com/">芸芸班级手记</a></h1><div class="dsc">记录和孩子们在一起的日子</div>
<ul class="nbw-tab"><li><a href="http://lixiaoyun1978.blog.163.example.com/">首页</a></li><li class="crt"><a href="http://lixiaoyun1978.blog.163.example.com/blog/">日志</a></li><li><a href="http://lixiaoyun1978.blog.163.example.com/album/">相册</a></li><li><a href="http://lixiaoyun1978.blog.163.example.com/profile/">关于我</a></li></ul></div>
<div class="nbw-bdy-wrap clearfix">
<div class="nbw-m">
<div class="nbw-ryt ztag clearfix">
<div class="title pre fs1"><span class="tcnt">期中考试后家长会的几点想法</span>&nbsp;&nbsp;<span class="bgc0 fc07 fw0 fs0"></span></div>
<p class="tdep clearfix nbw-fce"><span class="pleft"><span class="blogsep">2010-04-23 21:16:08</span>|&nbsp;&nbsp;分类：<a class="fc03 m2a" href="http://lixiaoyun1978.blog.163.example.com/blog/#m=0&amp;t=1&amp;c=fks_081067">班主任工作</a>&nbsp;&nbsp;|&nbsp;&nbsp;标签：<a class="fc03 m2a" href="#">家长会</a>&nbsp;<a class="fc03 m2a" href="#">期中考试</a>&nbsp;&nbsp;</span><span class="pright fc07 ztag"><span class="zihao">|&nbsp;字号&nbsp;<span class="fc03 noul">大</span>&nbsp;<span class="fc03 noul">中</span>&nbsp;<span class="fc03 noul">小</span></span>&nbsp;<a class="fc03" href="#">订阅</a></span></p>
<div class="nbw-blog-start"></div>
<div class="bct fc05 fc11 nbw-blog ztag">
<p style="text-indent:2em;">期中考试刚结束，这周五下午要开家长会。每次开家长会之前，我都会想一想：这一个小时，家长最需要从我这里带走什么？</p>
<p style="text-indent:2em;">以前我习惯把成绩单从头念到尾，再表扬几个进步大的，提醒几个退步的。后来发现，家长们真正记住的，往往只有自己孩子的名次。</p>
<p>&nbsp;</p>
<p style="text-indent:2em;">今年我想换个做法。成绩单会后单独发，会上只讲三件事：这半个学期班里发生了什么，孩子们在学习习惯上普遍存在的问题，以及家里可以配合做的几件小事。</p>
<p style="text-indent:2em;">我还请了三位家长做准备，分别说说怎样陪孩子安排周末时间、怎样和孩子谈手机的使用、怎样看待一次考试的起伏。</p>
<p style="text-indent:2em;">家长会不应该是“告状会”，也不应该是“排名会”。希望周五那天，每一位家长离开教室的时候，心里想的是回家怎样和孩子好好聊一聊。</p>
</div>
<div class="nbw-blog-end"></div>
<div class="nbw-act clearfix"><span class="pleft"><a class="fc03" href="#">阅读(412)</a>|&nbsp;<a class="fc03" href="#comment">评论(3)</a></span><span class="pright"><a class="fc03" href="#">分享到：</a> <a href="#">QQ空间</a> <a href="#">新浪微博</a> <a href="#">人人网</a></span></div>
<div class="snl clearfix"><div class="pleft">上一篇：<a href="http://lixiaoyun1978.blog.163.example.com/blog/static/12345678920103161234567/">春游前的安全班会</a></div><div class="pright">下一篇：<a href="http://lixiaoyun1978.blog.163.example.com/blog/static/12345678920104241234567/">家长会后收到的一张小纸条</a></div></div>
<div class="nbw-lst"><h4>历史上的今天</h4><ul><li><a href="#">读《给教师的建议》有感</a> <span class="fc07">2009-04-23 22:08:31</span></li></ul></div>
<div class="nbw-lst"><h4>最近读者</h4><ul><li><a href="#">海边的风</a></li><li><a href="#">青青子衿</a></li></ul></div>
<div class="nbw-cmt" id="comment"><h4>评论</h4>
<div class="cmt-item"><p><a href="#">小宇妈妈</a> <span class="fc07">2010-04-23 22:40:12</span></p><p>李老师，周五一定准时到，想听听手机那部分。</p></div>
<div class="cmt-item"><p><a href="#">海边的风</a> <span class="fc07">2010-04-24 07:55:39</span></p><p>不念名次这个做法很好，孩子压力也小一些。</p></div>
<div class="cmt-form"><textarea name="content"></textarea><input type="submit" value="发表评论" /></div>
</div>
</div>
</div>
<div class="nbw-s">
<div class="nbw-box"><h4>日志分类</h4><ul><li><a href="#">班主任工作(38)</a></li><li><a href="#">教学随笔(52)</a></li><li><a href="#">生活点滴(17)</a></li></ul></div>
<div class="nbw-box"><h4>最新日志</h4><ul><li><a href="#">家长会后收到的一张小纸条</a></li><li><a href="#">期中考试后家长会的几点想法</a></li><li><a href="#">春游前的安全班会</a></li></ul></div>
</div>
</div>
<div class="nbw-ftr"><a href="http://corp.163.example.com/">关于网易</a> | <a href="http://help.163.example.com/">客户服务</a> | <a href="http://corp.163.example.com/gb/legal.html">隐私政策</a><br />网易公司版权所有 &copy;1997-2010</div>
</body>
</html>
"""

# Sohu blog (2008, GBK): the blog's name in #blogTitle, the title in h2 of div.item-head, the date line
# "2008-11-12 | 16:45" in span.date with 分类 and 标签 after it, the body in div.item-content#main-content, then
# 阅读/评论 counts, 上一篇/下一篇 and comments; a sidebar of 最新日志, 日志分类 and 最新评论
SOHU_BLOG_2008 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>听课笔记：一节没有讲台的数学课 - 数学老周的博客 - 搜狐博客</title>
<meta name="keywords" content="听课笔记,数学,课堂教学" />
<link type="text/css" rel="stylesheet" href="http://js.pp.sohu.example.com/ppp/blog/styles/blog_base.css" />
<script type="text/javascript">var _ebi = '61a0b3c2d4'; var _upt = '1226479500';</script>
</head>
<body>
<div id="sohuNav"><a href="http://www.sohu.example.com/">搜狐首页</a> - <a href="http://blog.sohu.example.com/">博客</a> - <a href="http://i.sohu.example.com/">我的搜狐</a> | <a href="http://passport.sohu.example.com/">登录</a> | <a href="http://passport.sohu.example.com/reg">注册</a></div>
<div id="blogTitle"><h1><a href="http://laozhoushuxue.blog.sohu.example.com/">数学老周的博客</a></h1><h2>http://laozhoushuxue.blog.sohu.example.com</h2>
<ul id="channelNav"><li><a href="http://laozhoushuxue.blog.sohu.example.com/">首页</a></li><li class="active"><a href="http://laozhoushuxue.blog.sohu.example.com/entry/">博客</a></li><li><a href="http://laozhoushuxue.pp.sohu.example.com/">相册</a></li><li><a href="http://laozhoushuxue.blog.sohu.example.com/profile/">档案</a></li></ul></div>
<div id="main">
<div id="contentA">
<div id="entry" class="entry">
<div class="item-head">
<h2><span>听课笔记：一节没有讲台的数学课</span></h2>
<div class="item-info"><span class="date">2008-11-12 | 16:45</span>&nbsp;分类：<a href="http://laozhoushuxue.blog.sohu.example.com/entry/?c=3">听课评课</a>&nbsp;|&nbsp;标签：<a href="#">听课</a> <a href="#">小组合作</a>&nbsp;|&nbsp;<a href="#">字号</a> <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>&nbsp;<a href="#">订阅</a></div>
</div>
<div class="item-body">
<div class="item-content" id="main-content">
<p>　　今天上午去七年级听了小吴老师的一节公开课，课题是《一元一次方程的应用》。走进教室的第一眼就有点意外：讲台被搬到了教室后面，课桌拼成了八个小组。</p>
<p>　　整节课小吴老师讲的时间加起来不到十分钟。她先抛出一个问题：学校要给每个班买跳绳，两家商店的优惠方式不一样，怎样买更划算？然后就让各组自己去列方程。</p>
<p>　　我坐在第三组旁边，听到几个孩子争得面红耳赤，一个说应该设跳绳的数量，一个说应该设花的钱。最后他们在草稿纸上把两种方法都算了一遍，发现结果一样，高兴得直拍桌子。</p>
<p>　　当然，这样的课也有值得商量的地方。个别小组讨论时间过长，最后的小结有些仓促，基础弱的学生在组里说话的机会也不多。</p>
<p>　　但我还是很佩服小吴老师的勇气。我们这些老教师，往往舍不得把课堂交出去，总觉得自己讲清楚了学生就会了。这一节课，值得我好好想一想。</p>
</div>
</div>
<div class="item-foot"><span>阅读(<span id="readCount">326</span>)</span> | <a href="#comment">评论(2)</a> | <a href="#">引用(0)</a> | <a href="#">举报</a></div>
<div class="item-near">上一篇：<a href="http://laozhoushuxue.blog.sohu.example.com/103456789.html">期中复习课怎样上出新意</a><br />下一篇：<a href="http://laozhoushuxue.blog.sohu.example.com/103478901.html">和年轻老师聊聊板书</a></div>
</div>
<div id="commentList"><h3>评论</h3>
<div class="comment"><div class="cmt-head"><a href="#">山间小路</a> <span class="date">2008-11-12 19:03</span></div><div class="cmt-body">讲台搬到后面，这个细节很有意思。</div></div>
<div class="comment"><div class="cmt-head"><a href="#">吴小敏</a> <span class="date">2008-11-13 08:27</span></div><div class="cmt-body">谢谢周老师的指点，小结那里我下次注意。</div></div>
<form id="commentForm" action="#" method="post"><textarea name="content"></textarea><input type="submit" value="发表评论" /></form>
</div>
</div>
<div id="contentB">
<div class="box"><h3>博客信息</h3><ul><li>博客等级：五级</li><li>访问人次：23,105</li></ul></div>
<div class="box"><h3>最新日志</h3><ul><li><a href="#">和年轻老师聊聊板书</a></li><li><a href="#">听课笔记：一节没有讲台的数学课</a></li><li><a href="#">期中复习课怎样上出新意</a></li></ul></div>
<div class="box"><h3>日志分类</h3><ul><li><a href="#">听课评课(24)</a></li><li><a href="#">解题研究(61)</a></li><li><a href="#">杂记(13)</a></li></ul></div>
<div class="box"><h3>最新评论</h3><ul><li><a href="#">吴小敏</a>：谢谢周老师的指点</li><li><a href="#">山间小路</a>：讲台搬到后面</li></ul></div>
</div>
</div>
<div id="footer">Copyright &copy; 2008 Sohu.com Inc. All rights reserved. 搜狐公司 版权所有</div>
</body>
</html>
"""

# Baidu Space (hi.baidu.com, 2010, GBK): the space's name in #blog_title, the title in div.tit of #m_blog, the date
# "2010年04月16日 星期五 下午 03:20" in div.date, the body in div#blog_text.cnt inside a fixed-layout table, then
# 类别/浏览/评论 in div.opt, 上一篇/下一篇, 相关文章 and 网友评论 with dates
BAIDU_SPACE_2010 = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>带一年级孩子读绘本的一点体会_小雨点的教室_百度空间</title>
<link rel="stylesheet" type="text/css" href="http://img.baidu.example.com/hi/css/space_blog.css">
<script type="text/javascript">var bdShare_config = {}; var _spaceName = "xiaoyudian2008";</script>
</head>
<body>
<div id="header"><div class="titlebar"><a href="http://hi.baidu.example.com/" class="logo">百度空间</a> | <a href="http://www.baidu.example.com/">百度首页</a> | <a href="http://passport.baidu.example.com/?login">登录</a> | <a href="http://passport.baidu.example.com/?reg">注册</a></div></div>
<div id="mainHeader"><div id="blog_title"><h1><a href="http://hi.baidu.example.com/xiaoyudian2008">小雨点的教室</a></h1></div><div id="blog_desc">一个小学语文老师的日常</div>
<div id="tabline"><a href="http://hi.baidu.example.com/xiaoyudian2008">主页</a> <a href="http://hi.baidu.example.com/xiaoyudian2008/blog">博客</a> <a href="http://hi.baidu.example.com/xiaoyudian2008/album">相册</a> | <a href="http://hi.baidu.example.com/xiaoyudian2008/profile">个人档案</a> | <a href="http://hi.baidu.example.com/xiaoyudian2008/friends">好友</a></div></div>
<table id="layout" width="100%"><tr>
<td id="main" valign="top">
<div id="m_blog" class="modbox" style="overflow-x:hidden;">
<div class="tit">带一年级孩子读绘本的一点体会</div>
<div class="date">2010年04月16日 星期五 下午 03:20</div>
<table style="table-layout:fixed;width:100%"><tr><td><div id="blog_text" class="cnt">
<p>这学期我在班里坚持每天中午读一本绘本，到今天正好满五十本了，想把这段时间的体会记下来。</p>
<p>刚开始的时候，孩子们坐不住，一本书没讲完就有人开始摆弄铅笔盒。后来我把读书时间固定在午饭后，先请大家趴在桌子上闭眼听，再一页一页给他们看图，情况慢慢好了起来。</p>
<p>最受欢迎的是那些有重复句子的故事。读到第三遍，孩子们就会抢着接下一句，连最内向的小姑娘也会小声跟着念。</p>
<p>我也发现，读完以后不要急着问“这个故事告诉我们什么道理”。让孩子们说说最喜欢哪一页、为什么，他们说出来的往往比我想的更好。</p>
<p>五十本只是一个开始，下学期我打算请家长们也来班里读一读，让孩子们听听不一样的声音。</p>
</div></td></tr></table>
<br>
<div class="opt" id="blogOpt"><a href="/xiaoyudian2008/blog/category/%BD%CC%D1%A7%CB%E6%B1%CA" title="查看该分类中所有文章">类别：教学随笔</a> | <a href="#">添加到搜藏</a> | <a href="#">分享到i贴吧</a> | 浏览(<span id="result">268</span>) | <a href="#comment">评论</a>&nbsp;(2)</div>
<div class="line">&nbsp;</div>
<div class="opt"><div style="float:left;">上一篇：<a href="/xiaoyudian2008/blog/item/3a5b7c9d1e2f4a6b.html">春天的古诗怎么教</a></div><div style="float:right;">下一篇：<a href="/xiaoyudian2008/blog/item/5c7d9e1f3a4b6c8d.html">家长开放日的准备</a></div></div>
<div id="in_related_doc"><div class="tit">相关文章：</div><ul><li><a href="#">低年级绘本阅读书目推荐</a></li><li><a href="#">怎样给孩子读图画书</a></li></ul></div>
<div id="in_comment"><div class="tit">网友评论：</div>
<div class="item"><div class="f14 cmt"><a href="#">四季豆</a>：<span class="date">2010-04-16 20:11</span></div><div>五十本！坚持下来真不容易，给小雨点老师点赞。</div></div>
<div class="item"><div class="f14 cmt"><a href="#">豆豆爸爸</a>：<span class="date">2010-04-17 09:32</span></div><div>我报名来班里读一本，孩子说要听恐龙的故事。</div></div>
<form name="form1" method="post" action="#"><textarea name="spBlogCmtText"></textarea><input type="submit" value="发表评论"></form>
</div>
</div>
</td>
<td id="side" valign="top" width="220">
<div class="modbox"><div class="tit">文章分类</div><ul><li><a href="#">教学随笔(36)</a></li><li><a href="#">班级故事(22)</a></li><li><a href="#">默认分类(5)</a></li></ul></div>
<div class="modbox"><div class="tit">最新文章评论</div><ul><li><a href="#">豆豆爸爸</a>：我报名来班里读一本</li></ul></div>
<div class="modbox"><div class="tit">友情链接</div><ul><li><a href="#">宁江市江北小学</a></li><li><a href="#">小学语文教学论坛</a></li></ul></div>
</td>
</tr></table>
<div id="footer">&copy;2010 Baidu</div>
</body>
</html>
"""

# phpwind 8 read.php?tid= (2011, GBK): every floor a div.read_t of table.floot; the first post's "楼主" and its date
# "发表于: 2011-05-20 21:08" in div.tipTop ABOVE its subject h1#subject_tpc.read_h1, the body in
# div.tpc_content > div#read_tpc; the author column with 注册时间, the signature, three replies and the quick reply
PHPWIND_8 = """<!doctype html>
<html>
<head>
<meta charset="gbk" />
<title>初二下学期数学怎么跟上？几位家长的经验汇总|家长交流 - 甬江中学家校论坛 - powered by phpwind.net</title>
<meta name="generator" content="phpwind v8.5" />
<meta name="description" content="初二下学期数学怎么跟上？几位家长的经验汇总" />
<meta name="keywords" content="初二下学期数学怎么跟上？几位家长的经验汇总,家长交流" />
<base id="headbase" href="http://bbs.yjzx.example.cn/" />
<link rel="stylesheet" href="images/pw_core.css?20110610" />
</head>
<body>
<div id="top"><div class="top cc"><ul class="top-nav"><li><a href="index.php">论坛首页</a></li><li><a href="searcher.php?sch_time=newatc">最新帖子</a></li><li><a href="searcher.php?digest=1">精华区</a></li></ul>
<form action="login.php" method="post" name="login_FORM">用户名<input type="text" name="pwuser" size="10" /> 密码<input type="password" name="pwpwd" size="10" /><input type="submit" value="登录" /> <a href="register.php">注册</a></form></div></div>
<div id="head"><a href="index.php"><img src="images/wind/logo.png" alt="甬江中学家校论坛" /></a></div>
<div id="navA"><ul class="navA cc"><li><a href="index.php">论坛</a></li><li><a href="apps.php?q=group">群组</a></li><li><a href="u.php">个人中心</a></li></ul></div>
<div class="main-wrap"><div id="main">
<div id="breadCrumb" class="cc"><img src="images/wind/index/home.gif" alt="home" /> <a href="index.php">甬江中学家校论坛</a> &raquo; <a href="thread.php?fid=5">家长交流</a> &raquo; <a href="read.php?tid=4521">初二下学期数学怎么跟上？几位家长的经验汇总</a></div>
<div id="pw_content">
<div class="readTop"><table width="100%"><tr><td width="161"><ul class="pw_ulC cc"><li><span class="b">1208</span><em>阅读</em></li><li><span class="b">3</span><em>回复</em></li></ul></td>
<td><div class="cc"><span class="fr"><a href="post.php?fid=5">发表新帖</a></span><span class="pages"><a href="link.php?action=previous&amp;fid=5&amp;tid=4521&amp;goto=previous">上一主题</a><a href="link.php?action=previous&amp;fid=5&amp;tid=4521&amp;goto=next">下一主题</a></span></div></td></tr></table></div>
<form name="delatc" method="post"><input type="hidden" name="fid" value="5" /><input type="hidden" name="tid" value="4521" />
<div class="read_t" id="readfloor_tpc"><table width="100%" class="floot"><tr class="vt">
<td rowspan="2" class="floot_left"><div class="floot_leftdiv"><div class="r_name cc mb5"><a href="u.php?uid=233" class="b fl">橙子妈妈</a></div>
<div class="user-pic mb5"><a href="u.php?uid=233" class="userCard face_img"><img src="images/face/233.jpg" /></a></div>
<p>级别: 论坛版主</p><span class="user-info2"><ul class="user-infoWrap2 cc"><li><em>UID</em>233</li><li><em>精华</em>4</li><li><em>发帖</em>412</li><li><em>威望</em>86 点</li><li><em>注册时间</em>2009-09-01</li><li><em>最后登录</em>2011-05-21</li></ul></span></div></td>
<td class="floot_right" id="td_tpc"><a name="post_tpc"></a><div style="padding:8px 15px 15px;">
<div class="tipTop"><span class="fr"><a href="read.php?tid=4521&amp;ordertype=desc">倒序阅读</a>&nbsp;&nbsp;<a href="read.php?tid=4521&amp;uid=233">只看楼主</a>&nbsp;&nbsp;<a class="cp">小</a><a class="cp">中</a><a class="cp">大</a></span>
<a class="s2 b cp" title="复制此楼地址">楼主</a>&nbsp;&nbsp;<span title="2011-05-20 21:08:42">发表于: 2011-05-20 21:08</span></div>
<h1 id="subject_tpc" class="read_h1"><span></span>初二下学期数学怎么跟上？几位家长的经验汇总</h1>
<!--content_read-->
<div class="tpc_content"><div id="p_tpc" class="c"></div>
<div class="f14 mb10" id="read_tpc">
最近不少家长在群里问，孩子上了初二下学期，几何一下子难了很多，作业越做越慢，怎么办。我把这两周大家在群里分享的经验整理了一下，发在这里方便查看。<br />
<br />
第一，先弄清楚是哪里卡住了。小刘爸爸的办法是让孩子把最近三次测验的错题按知识点分类，结果发现大部分错在全等三角形的证明书写上，不是不会，而是步骤不完整。<br />
第二，每天固定二十分钟做几何。不求多，每天两道证明题，写完整，第二天请孩子自己讲给家长听。讲得出来，才算真的懂了。<br />
第三，多和老师沟通。王老师在家长会上说过，有问题可以在每周三下午到办公室找她，不少孩子去问过以后，信心明显好了。<br />
<br />
以上只是几家人的做法，不一定适合每个孩子，欢迎大家补充。
</div>
</div>
<!--content_read-->
</div></td></tr>
<tr><td class="floot_bottom"><div class="signature" style="max-height:200px;">陪伴是最长情的告白。橙子加油！</div><div class="tipBottom cc"><a href="#">回复</a> <a href="#">引用</a> <a href="#">举报</a> <a href="#">顶端</a></div></td></tr>
</table></div>
<div class="read_t" id="readfloor_31220"><table width="100%" class="floot"><tr class="vt">
<td rowspan="2" class="floot_left"><div class="floot_leftdiv"><div class="r_name cc mb5"><a href="u.php?uid=512" class="b fl">小刘爸爸</a></div><p>级别: 新手上路</p><span class="user-info2"><ul class="user-infoWrap2 cc"><li><em>UID</em>512</li><li><em>发帖</em>37</li><li><em>注册时间</em>2010-09-03</li></ul></span></div></td>
<td class="floot_right" id="td_31220"><a name="post_31220"></a><div style="padding:8px 15px 15px;">
<div class="tipTop"><a class="s2 b cp" title="复制此楼地址">1楼</a>&nbsp;<span title="2011-05-20 21:40:05">发表于: 2011-05-20 21:40</span></div>
<div class="read_h1" id="subject_31220"></div>
<div class="tpc_content"><div class="f14 mb10" id="read_31220">补充一点：错题本一定要孩子自己整理，家长代劳就没有意义了。</div></div>
</div></td></tr></table></div>
<div class="read_t" id="readfloor_31231"><table width="100%" class="floot"><tr class="vt">
<td rowspan="2" class="floot_left"><div class="floot_leftdiv"><div class="r_name cc mb5"><a href="u.php?uid=618" class="b fl">晨晨妈</a></div><p>级别: 新手上路</p><span class="user-info2"><ul class="user-infoWrap2 cc"><li><em>UID</em>618</li><li><em>发帖</em>12</li><li><em>注册时间</em>2011-02-14</li></ul></span></div></td>
<td class="floot_right" id="td_31231"><a name="post_31231"></a><div style="padding:8px 15px 15px;">
<div class="tipTop"><a class="s2 b cp" title="复制此楼地址">2楼</a>&nbsp;<span title="2011-05-21 07:12:30">发表于: 2011-05-21 07:12</span></div>
<div class="read_h1" id="subject_31231"></div>
<div class="tpc_content"><div class="f14 mb10" id="read_31231">谢谢版主整理！每天讲题这个办法我们今晚就试。</div></div>
</div></td></tr></table></div>
<div class="read_t" id="readfloor_31245"><table width="100%" class="floot"><tr class="vt">
<td rowspan="2" class="floot_left"><div class="floot_leftdiv"><div class="r_name cc mb5"><a href="u.php?uid=233" class="b fl">橙子妈妈</a></div><p>级别: 论坛版主</p></div></td>
<td class="floot_right" id="td_31245"><a name="post_31245"></a><div style="padding:8px 15px 15px;">
<div class="tipTop"><a class="s2 b cp" title="复制此楼地址">3楼</a>&nbsp;<span title="2011-05-21 12:03:18">发表于: 2011-05-21 12:03</span></div>
<div class="read_h1" id="subject_31245"></div>
<div class="tpc_content"><div class="f14 mb10" id="read_31245">晨晨妈客气了，有效果记得回来说一声。</div></div>
</div></td></tr></table></div>
</form>
<div id="fastpost"><h4>快速回复</h4><form name="FORM" method="post" action="post.php?action=reply&amp;fid=5&amp;tid=4521"><input type="text" name="atc_title" value="Re:初二下学期数学怎么跟上？几位家长的经验汇总" /><textarea name="atc_content" rows="6" cols="80"></textarea><input type="submit" value="提 交" /> 按 Ctrl+Enter 直接提交</form></div>
</div>
</div></div>
<div id="footer"><div class="footer"><a href="simple/">手机版</a> | <a href="#">联系我们</a> | <a href="http://www.miibeian.example.cn/">浙ICP备09023456号</a><br />Powered by <a href="http://www.phpwind.example.net/">phpwind v8.5</a> Certificate Code &copy;2003-2011 <a href="http://www.phpwind.example.com/">phpwind.com</a> 版权所有<br />Total 0.042316(s) query 8, Time now is:05-25 10:31, Gzip enabled</div></div>
</body>
</html>
"""

# Tianya (2013): the subject in h1.atl-title > span.s_title, the thread's 楼主/时间/点击/回复 in div.atl-info of the
# head, the first post div.atl-item.host-item with its text (full-width indents, <br> lines) in div.bbs-content; each
# reply an atl-item with its own 作者/时间 line and floor number; 举报/打赏/回复/赞 and the reply box after it
TIANYA_2013 = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<title>孩子小升初，到底该不该择校？说说我家的经历_天涯杂谈_论坛_天涯社区</title>
<meta name="keywords" content="小升初,择校,天涯杂谈" />
<meta name="description" content="孩子小升初，到底该不该择校？说说我家的经历" />
<link rel="stylesheet" href="http://static.tianyaui.example.cn/global/bbs/web/static/css/bbs_article.css" />
</head>
<body class="bbs-article-wrap">
<div id="header"><div class="top-nav"><a href="http://www.tianya.example.cn/">天涯社区</a> | <a href="http://bbs.tianya.example.cn/">论坛</a> | <a href="http://blog.tianya.example.cn/">博客</a> | <a href="http://passport.tianya.example.cn/login">登录</a> | <a href="http://passport.tianya.example.cn/register">注册</a></div></div>
<div id="main" class="wd-question">
<div id="post_head" class="atl-head">
<div class="atl-location clearfix"><p class="crumbs"><em><a href="/">天涯社区</a></em><em class="arrow">&gt;</em><em><a href="/list-free-1.shtml">天涯杂谈</a></em><em class="arrow">&gt;</em><em>正文</em></p></div>
<h1 class="atl-title"><span class="s_title"><span style="font-weight:400;">孩子小升初，到底该不该择校？说说我家的经历</span></span></h1>
<div class="atl-menu clearfix js-bbs-act" js_activityuserid="98765432" js_replytime="2013-06-07 22:41:03" js_replycount="3" js_clickcount="2156">
<div class="atl-info"><span>楼主：<a href="http://www.tianya.example.cn/98765432" class="js-vip-check" uname="江边的老爸">江边的老爸</a></span><span>时间：2013-06-07 09:15:42</span><span>点击：2156</span><span>回复：3</span></div>
<div class="atl-opt"><a href="javascript:;" class="js-favorite">收藏</a> <a href="javascript:;" class="js-only-host">只看楼主</a> <a href="javascript:;">字号</a></div>
</div>
</div>
<div class="atl-main">
<div class="atl-item host-item"><div class="atl-content">
<div class="atl-con-hd clearfix"><div class="atl-con-hd-l"></div><div class="atl-con-hd-r"></div></div>
<div class="atl-con-bd clearfix"><div class="bbs-content clearfix">
　　女儿今年小升初，从去年秋天开始，家里就为要不要择校的事情争了大半年。现在结果出来了，想把这一路的经历写下来，给后面的家长参考。<br>
　　<br>
　　我们的学区初中口碑一般，离家走路十分钟。孩子她妈一开始坚持要考城东的民办学校，报了两个周末的培训班，孩子每天写作业到十点多。<br>
　　到了寒假，女儿有一天哭着说，她不想每天都在做题，想有时间画画。那天晚上我们俩谈了很久，决定先去学区初中看一看。<br>
　　开放日那天，学校的老师很坦诚，说生源确实不如民办学校，但班额小，老师愿意花时间在每个孩子身上，社团也很多，美术社还拿过市里的奖。<br>
　　最后我们没有去考试，女儿报了学区学校，也报了美术社。择校没有标准答案，适合孩子的才是最好的，家长别太焦虑。<br>
</div>
<div id="alt_action" class="clearfix"></div>
<div class="atl-reply"><a href="javascript:;" class="reportme">举报</a> | <a href="javascript:;" class="a-link-2 ir-shang">打赏</a> | <a href="javascript:;" class="a-link-2 reply">回复</a> | <a href="javascript:;" class="a-link-2 ir-like">赞</a></div>
</div></div></div>
<div class="atl-item" _host="一瓢饮" js_restime="2013-06-07 10:02:11" id="1">
<div class="atl-head"><div class="atl-info"><span>作者：<a href="http://www.tianya.example.cn/12345678" uname="一瓢饮">一瓢饮</a></span><span>时间：2013-06-07 10:02:11</span></div></div>
<div class="atl-content"><div class="atl-con-bd clearfix"><div class="bbs-content">说得实在。我家去年也纠结过，后来上了民办，孩子压力确实大。</div><div class="atl-reply"><span>1楼</span> <a href="javascript:;" class="reply">回复</a></div></div></div></div>
<div class="atl-item" _host="海边的石头" js_restime="2013-06-07 13:27:45" id="2">
<div class="atl-head"><div class="atl-info"><span>作者：<a href="http://www.tianya.example.cn/23456789" uname="海边的石头">海边的石头</a></span><span>时间：2013-06-07 13:27:45</span></div></div>
<div class="atl-content"><div class="atl-con-bd clearfix"><div class="bbs-content">支持楼主，能尊重孩子的想法就很好了。</div><div class="atl-reply"><span>2楼</span> <a href="javascript:;" class="reply">回复</a></div></div></div></div>
<div class="atl-item" _host="江边的老爸" js_restime="2013-06-07 22:41:03" id="3">
<div class="atl-head"><div class="atl-info"><span>作者：<a href="http://www.tianya.example.cn/98765432" uname="江边的老爸">江边的老爸</a></span><span>时间：2013-06-07 22:41:03</span></div></div>
<div class="atl-content"><div class="atl-con-bd clearfix"><div class="bbs-content">@海边的石头 谢谢，女儿说开学第一件事就是去美术社报到。</div><div class="atl-reply"><span>3楼</span> <a href="javascript:;" class="reply">回复</a></div></div></div></div>
</div>
<div class="atl-pages"><span>共1页</span></div>
<div class="atl-reply-box"><h4>我要回复</h4><textarea class="js-reply-content" name="content"></textarea><button type="button">回复</button></div>
<div class="mod-related"><h4>相关推荐</h4><ul><li><a href="/post-free-3456789-1.shtml">学区房到底值不值？</a></li><li><a href="/post-free-3456790-1.shtml">民办初中的三年，我后悔了吗</a></li></ul></div>
</div>
<div id="footer"><a href="http://help.tianya.example.cn/">帮助</a> | <a href="#">联系我们</a> | <a href="#">广告服务</a><br />天涯社区 版权所有 &copy; 1999-2013 琼ICP备09001234号</div>
</body>
</html>
"""

# Baidu Tieba (2015): the subject in h1.core_title_txt of #j_core_title_wrap, every floor a div.l_post.j_l_post whose
# data-field JSON holds its date, the text in div.d_post_content.j_d_post_content (<br> lines), the floor's
# 1楼 and date in span.tail-info AFTER the text; replies of other floors, the forum's card, sidebar and 发表回复
TIEBA_2015 = """<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>2015届高三毕业照拍摄安排及注意事项_宁江一中吧_百度贴吧</title>
<meta name="keywords" content="宁江一中,2015届高三毕业照拍摄安排及注意事项">
<meta name="description" content="各位高三同学：经学校研究，2015届高三毕业照定于6月2日（星期二）上午拍摄...">
<link rel="stylesheet" href="http://tb1.bdstatic.example.com/tb/_/pb_common.css">
<script>var PageData = {"forum":{"name":"宁江一中","id":1234567},"thread":{"thread_id":3801234567,"title":"2015届高三毕业照拍摄安排及注意事项"}};</script>
</head>
<body>
<div id="head" class="search_bright"><div class="u_menu"><a href="http://www.baidu.example.com/">百度首页</a> <a href="#">登录</a> <a href="#">注册</a></div>
<div class="search_main"><a href="/" class="search_logo">百度贴吧</a><form name="f1" action="/f"><input name="kw" value="宁江一中"><input type="submit" value="进入贴吧"></form></div></div>
<div class="wrap1"><div class="wrap2">
<div class="card_top_wrap"><div class="card_title"><a class="card_title_fname" href="/f?kw=%E5%AE%81%E6%B1%9F%E4%B8%80%E4%B8%AD">宁江一中吧</a> <span class="card_num">关注：<span class="card_menNum">8,412</span> 贴子：<span class="card_infoNum">152,306</span></span></div><p class="card_slogan">宁江一中学子的家</p></div>
<div class="content clearfix"><div class="left_section">
<div id="j_core_title_wrap" class="core_title_wrap_bright clearfix"><h1 class="core_title_txt  " title="2015届高三毕业照拍摄安排及注意事项" style="width: 396px">2015届高三毕业照拍摄安排及注意事项</h1>
<ul class="core_title_btns pull-right"><li><a id="lzonly_cntn" class="l_lzonly" href="#">只看楼主</a></li><li><a class="j_thread_collect" href="#">收藏</a></li><li><a class="btn-sub" href="#">回复</a></li></ul></div>
<div class="p_postlist" id="j_p_postlist">
<div class="l_post j_l_post l_post_bright noborder " data-field='{"author":{"user_id":30112233,"user_name":"njyz_bawu","props":null},"content":{"post_id":68812345601,"is_anonym":false,"forum_id":1234567,"thread_id":3801234567,"post_no":1,"type":"0","comment_num":0,"date":"2015-05-28 19:32"}}'>
<div class="d_author"><ul class="p_author"><li class="icon"><a class="p_author_face" href="/home/main?un=njyz_bawu"><img src="http://tb.himg.baidu.example.com/sys/portrait/item/a1b2c3.jpg"></a></li><li class="d_name"><a class="p_author_name j_user_card" href="/home/main?un=njyz_bawu">宁江一中吧务</a></li><li class="l_badge"><div class="d_badge_title">吧主</div><div class="d_badge_lv">12</div></li></ul></div>
<div class="d_post_content_main d_post_content_firstfloor"><div class="p_content"><cc><div id="post_content_68812345601" class="d_post_content j_d_post_content  clearfix">各位高三同学：<br>经学校研究，2015届高三毕业照定于6月2日（星期二）上午拍摄，请大家提前做好准备。<br>一、拍摄顺序：8:00起按班级顺序在行政楼前台阶集合，每班拍摄时间约十分钟，请各班提前五分钟到场候拍。<br>二、着装要求：统一穿夏季校服，男生不戴帽子，女生头发扎起，不化妆。<br>三、因故不能到场的同学，请在5月30日前向班主任说明。<br>以上消息由年级组转发，具体以班主任通知为准。</div><br></cc></div>
<div class="core_reply j_lzl_wrapper"><div class="core_reply_tail clearfix"><div class="j_lzl_r p_reply"><a class="lzl_link_unfold" href="#">回复</a></div>
<div class="post-tail-wrap"><span class="tail-info">来自<a href="#">Android客户端</a></span><span class="tail-info">1楼</span><span class="tail-info">2015-05-28 19:32</span></div></div></div>
</div>
<div class="d_sign_split"></div><img class="j_user_sign" src="http://imgsa.baidu.example.com/forum/pic/item/sign123.jpg" alt="签名">
</div>
<div class="l_post j_l_post l_post_bright " data-field='{"author":{"user_id":30114455,"user_name":"xiaoyu_1997","props":null},"content":{"post_id":68812346702,"post_no":2,"type":"0","comment_num":1,"date":"2015-05-28 19:40"}}'>
<div class="d_author"><ul class="p_author"><li class="d_name"><a class="p_author_name j_user_card" href="/home/main?un=xiaoyu_1997">小雨同学</a></li></ul></div>
<div class="d_post_content_main"><div class="p_content"><cc><div id="post_content_68812346702" class="d_post_content j_d_post_content  clearfix">终于要拍毕业照了，有点舍不得。</div></cc></div>
<div class="core_reply j_lzl_wrapper"><div class="core_reply_tail clearfix"><div class="post-tail-wrap"><span class="tail-info">2楼</span><span class="tail-info">2015-05-28 19:40</span></div></div></div></div>
</div>
<div class="l_post j_l_post l_post_bright " data-field='{"author":{"user_id":30116677,"user_name":"chenxi_nj","props":null},"content":{"post_id":68812349903,"post_no":3,"type":"0","comment_num":0,"date":"2015-05-29 07:15"}}'>
<div class="d_author"><ul class="p_author"><li class="d_name"><a class="p_author_name j_user_card" href="/home/main?un=chenxi_nj">晨曦微光</a></li></ul></div>
<div class="d_post_content_main"><div class="p_content"><cc><div id="post_content_68812349903" class="d_post_content j_d_post_content  clearfix">请问可以带自己的相机拍合影吗？</div></cc></div>
<div class="core_reply j_lzl_wrapper"><div class="core_reply_tail clearfix"><div class="post-tail-wrap"><span class="tail-info">3楼</span><span class="tail-info">2015-05-29 07:15</span></div></div></div></div>
</div>
</div>
<div class="pb_footer"><div class="l_thread_info"><ul class="l_posts_num"><li class="l_reply_num">3回复贴，共1页</li></ul></div></div>
<div class="editor_wrap"><div class="editor_title">发表回复</div><div id="ueditor_replace" class="tb-editor-editarea" contenteditable="true"></div><button class="poster_submit">发 表</button></div>
</div>
<div class="right_section"><div class="region_bright"><h4>本吧信息</h4><p>目录：中学</p></div>
<div class="region_bright"><h4>贴吧热议榜</h4><ol><li><a href="#">高考倒计时五天</a></li><li><a href="#">毕业季的一百个瞬间</a></li></ol></div></div>
</div></div></div>
<div class="footer"><p>&copy;2015 Baidu <a href="#">贴吧协议</a> | <a href="#">隐私政策</a> | <a href="#">吧主制度</a> | <a href="#">意见反馈</a></p></div>
</body>
</html>
"""

# WordPress of a Chinese school theme (2013): the title in h1.entry-title, the entry meta (发表于 2013-6-28 16:40,
# 分类, 来源, 阅读) as the first line INSIDE div.entry-content, a 本文链接/转载请注明 line and 相关文章 at its end;
# comments with dates, a sidebar of 文章分类, 最新文章, 最新评论, 归档 with dated links and 友情链接
WP_CN_THEME = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8" />
<title>关于开展2013年暑期“家访月”活动的通知 | 宁江市江北小学</title>
<meta name="description" content="各班主任、任课教师：为进一步密切家校联系，学校决定在暑假期间开展“家访月”活动。" />
<link rel='stylesheet' id='xiaoyuan-style-css' href='http://www.jbxx.example.cn/wp-content/themes/xiaoyuan/style.css?ver=3.5.1' type='text/css' media='all' />
<meta name="generator" content="WordPress 3.5.1" />
</head>
<body class="single single-post postid-2345 single-format-standard">
<div id="header"><div class="logo"><a href="http://www.jbxx.example.cn/"><img src="http://www.jbxx.example.cn/wp-content/themes/xiaoyuan/images/logo.png" alt="宁江市江北小学" /></a></div>
<ul id="menu-main" class="nav"><li><a href="http://www.jbxx.example.cn/">首页</a></li><li><a href="http://www.jbxx.example.cn/category/news/">学校新闻</a></li><li class="current-post-ancestor"><a href="http://www.jbxx.example.cn/category/notice/">学校通知</a></li><li><a href="http://www.jbxx.example.cn/category/teachers/">教师风采</a></li><li><a href="http://www.jbxx.example.cn/guestbook/">留言板</a></li></ul></div>
<div id="wrapper" class="clearfix">
<div id="content">
<div class="breadcrumbs">当前位置：<a href="http://www.jbxx.example.cn/">首页</a> &gt; <a href="http://www.jbxx.example.cn/category/notice/">学校通知</a> &gt; 正文</div>
<div id="post-2345" class="post-2345 post type-post status-publish format-standard hentry category-notice">
<h1 class="entry-title">关于开展2013年暑期“家访月”活动的通知</h1>
<div class="entry-content">
<div class="post-meta"><span class="date">发表于 2013-6-28 16:40</span> | <span class="cat">分类：<a href="http://www.jbxx.example.cn/category/notice/" rel="category tag">学校通知</a></span> | <span class="source">来源：江北区教育局</span> | <span class="views">阅读 386 次</span></div>
<p>各班主任、任课教师：</p>
<p>为进一步密切家校联系，全面了解学生暑期生活和学习情况，根据区教育局统一部署，学校决定在暑假期间开展“家访月”活动，现将有关事项通知如下。</p>
<p>一、家访时间：2013年7月8日至8月8日。</p>
<p>二、家访要求：班主任对本班学生家访率须达到百分之百，任课教师每人家访不少于五户，重点关注留守儿童、单亲家庭和学习困难学生。</p>
<p>三、家访结束后，请于8月20日前将家访记录表交德育处。</p>
<p>宁江市江北小学德育处</p>
<div class="post-copyright">本文链接：<a href="http://www.jbxx.example.cn/2013/06/28/jiafangyue/">http://www.jbxx.example.cn/2013/06/28/jiafangyue/</a>　转载请注明出处</div>
<div class="related-posts"><h3>相关文章</h3><ul><li><a href="http://www.jbxx.example.cn/2013/06/20/summer-safety/">2013年暑期安全告家长书</a> <span>2013-06-20</span></li><li><a href="http://www.jbxx.example.cn/2012/07/02/jiafang-2012/">2012年暑期家访工作小结</a> <span>2012-09-05</span></li></ul></div>
</div>
</div>
<div id="comments"><h3>2 条评论</h3><ol class="commentlist">
<li class="comment" id="comment-88"><div class="comment-author vcard"><cite class="fn">四（2）班张老师</cite> <span class="says">说道：</span></div><div class="comment-meta commentmetadata"><a href="#comment-88">2013年6月29日 上午8:12</a></div><p>收到，家访记录表在哪里下载？</p></li>
<li class="comment" id="comment-89"><div class="comment-author vcard"><cite class="fn">德育处</cite> <span class="says">说道：</span></div><div class="comment-meta commentmetadata"><a href="#comment-89">2013年6月29日 上午9:30</a></div><p>记录表已发到各年级组邮箱。</p></li>
</ol>
<div id="respond"><h3 id="reply-title">发表评论</h3><form action="http://www.jbxx.example.cn/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">电子邮件地址不会被公开。</p><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" id="submit" value="发表评论" /></form></div>
</div>
</div>
<div id="sidebar">
<div class="widget widget_categories"><h3>文章分类</h3><ul><li><a href="#">学校新闻</a> (126)</li><li><a href="#">学校通知</a> (58)</li><li><a href="#">教师风采</a> (33)</li></ul></div>
<div class="widget widget_recent_entries"><h3>最新文章</h3><ul><li><a href="#">关于开展2013年暑期“家访月”活动的通知</a></li><li><a href="#">2013年暑期安全告家长书</a></li><li><a href="#">六年级毕业典礼隆重举行</a></li></ul></div>
<div class="widget widget_recent_comments"><h3>最新评论</h3><ul><li>德育处 发表在《<a href="#comment-89">关于开展2013年暑期“家访月”活动的通知</a>》</li></ul></div>
<div class="widget widget_archive"><h3>归档</h3><ul><li><a href="http://www.jbxx.example.cn/2013/06/">2013年六月</a>&nbsp;(12)</li><li><a href="http://www.jbxx.example.cn/2013/05/">2013年五月</a>&nbsp;(9)</li></ul></div>
<div class="widget widget_links"><h3>友情链接</h3><ul><li><a href="#">江北区教育局</a></li><li><a href="#">宁江教育网</a></li></ul></div>
</div>
</div>
<div id="footer"><p>Copyright &copy; 2013 宁江市江北小学 版权所有 <a href="http://www.miibeian.example.cn/">浙ICP备11034567号</a></p><p>Powered by <a href="http://wordpress.example.org/">WordPress</a> | Theme by 校园主题</p></div>
</body>
</html>
"""

# Typecho default theme (2016): h1.post-title, ul.post-meta with 作者/时间/分类 where the date is an English
# "March 5, 2016" in <time itemprop="datePublished">, the body in div.post-content, 标签 after it, comments whose
# dates are "March 6, 2016 at 08:12 am", the sidebar's 最新文章, 最近回复, 分类 and 归档 (March 2016)
TYPECHO_2016 = """<!DOCTYPE HTML>
<html class="no-js">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="renderer" content="webkit">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>高一（3）班第一次家长开放日小记 - 林老师的班级日志</title>
<link rel="stylesheet" href="http://www.linlaoshi.example.cn/usr/themes/default/normalize.css">
<link rel="stylesheet" href="http://www.linlaoshi.example.cn/usr/themes/default/style.css">
<meta name="description" content="上周六，我们班迎来了这学期的第一次家长开放日。" />
<meta name="generator" content="Typecho 1.0/14.10.10" />
</head>
<body>
<header id="header" class="clearfix"><div class="container"><div class="row"><div class="site-name col-mb-12 col-9">
<a id="logo" href="http://www.linlaoshi.example.cn/">林老师的班级日志</a><p class="description">一个高中班主任的记录</p></div>
<div class="site-search col-3 kit-hidden-tb"><form id="search" method="post" action="http://www.linlaoshi.example.cn/" role="search"><label for="s" class="sr-only">搜索关键字</label><input type="text" id="s" name="s" class="text" placeholder="输入关键字搜索" /><button type="submit" class="submit">搜索</button></form></div>
<div class="col-mb-12"><nav id="nav-menu" class="clearfix" role="navigation"><a href="http://www.linlaoshi.example.cn/">首页</a><a href="http://www.linlaoshi.example.cn/about.html" title="关于">关于</a><a href="http://www.linlaoshi.example.cn/links.html" title="友情链接">友情链接</a></nav></div>
</div></div></header>
<div id="body"><div class="container"><div class="row">
<div class="col-mb-12 col-8" id="main" role="main">
<article class="post" itemscope itemtype="http://schema.org/BlogPosting">
<h1 class="post-title" itemprop="name headline"><a itemprop="url" href="http://www.linlaoshi.example.cn/archives/126/">高一（3）班第一次家长开放日小记</a></h1>
<ul class="post-meta">
<li itemprop="author" itemscope itemtype="http://schema.org/Person">作者: <a itemprop="name" href="http://www.linlaoshi.example.cn/author/1/" rel="author">林晓帆</a></li>
<li>时间: <time datetime="2016-03-05T18:42:00+08:00" itemprop="datePublished">March 5, 2016</time></li>
<li>分类: <a href="http://www.linlaoshi.example.cn/category/banji/">班级日志</a></li>
</ul>
<div class="post-content" itemprop="articleBody">
<p>上周六，我们班迎来了这学期的第一次家长开放日。来了三十八位家长，比我预想的多了不少。</p>
<p>上午的两节课是语文和物理，家长们坐在教室后排，和孩子们一起听课。物理课上做小车实验时，好几位爸爸忍不住站起来看，比学生还认真。</p>
<p>课间我请家长们看了教室后墙的“班级成长树”，每片叶子上写着一个孩子这学期的小目标。有位妈妈找了半天，终于找到自己儿子那片，上面写着“每天跑步二十分钟”，她笑着说在家里从来没听他提过。</p>
<p>最后半小时是座谈。家长们最关心的是选科和作息，我把学校的安排和自己的一些建议讲了，也请几位家长分享了和孩子沟通的办法。</p>
<p>开放日结束时，有家长留言说：“原来孩子在学校是这样的。”我想，这就是开放日最大的意义。</p>
</div>
<p itemprop="keywords" class="tags">标签: <a href="http://www.linlaoshi.example.cn/tag/jiazhang/">家长开放日</a>, <a href="http://www.linlaoshi.example.cn/tag/banzhuren/">班主任</a></p>
</article>
<div id="comments">
<h3>已有 2 条评论</h3>
<ol class="comment-list">
<li id="li-comment-31" class="comment-body comment-parent comment-odd"><div id="comment-31"><div class="comment-author"><img class="avatar" src="http://gravatar.example.com/avatar/31" alt="郑妈妈" width="32" height="32" /><cite class="fn">郑妈妈</cite></div>
<div class="comment-meta"><a href="http://www.linlaoshi.example.cn/archives/126/comment-page-1#comment-31"><time datetime="2016-03-06T08:12:00+08:00">March 6, 2016 at 08:12 am</time></a></div>
<div class="comment-content"><p>成长树这个主意真好，我也找了好久我家孩子那片叶子。</p></div><div class="comment-reply"><a href="#">回复</a></div></div></li>
<li id="li-comment-32" class="comment-body comment-parent comment-even"><div id="comment-32"><div class="comment-author"><cite class="fn">小宋爸爸</cite></div>
<div class="comment-meta"><a href="http://www.linlaoshi.example.cn/archives/126/comment-page-1#comment-32"><time datetime="2016-03-06T21:40:00+08:00">March 6, 2016 at 09:40 pm</time></a></div>
<div class="comment-content"><p>物理课太精彩了，下次还想来。</p></div></div></li>
</ol>
<div id="respond-post-126" class="respond"><h3 id="response">添加新评论</h3><form method="post" action="http://www.linlaoshi.example.cn/archives/126/comment" id="comment-form" role="form"><p><label for="author" class="required">称呼</label><input type="text" name="author" id="author" class="text" value="" required /></p><p><label for="textarea" class="required">内容</label><textarea rows="8" cols="50" name="text" id="textarea" class="textarea" required></textarea></p><p><button type="submit" class="submit">提交评论</button></p></form></div>
</div>
<ul class="post-near"><li>上一篇: <a href="http://www.linlaoshi.example.cn/archives/121/" title="寒假作业检查记">寒假作业检查记</a></li><li>下一篇: <a href="http://www.linlaoshi.example.cn/archives/131/" title="三月学雷锋，我们班做了什么">三月学雷锋，我们班做了什么</a></li></ul>
</div>
<div class="col-mb-12 col-offset-1 col-3 kit-hidden-tb" id="secondary" role="complementary">
<section class="widget"><h3 class="widget-title">最新文章</h3><ul class="widget-list"><li><a href="#">三月学雷锋，我们班做了什么</a></li><li><a href="#">高一（3）班第一次家长开放日小记</a></li><li><a href="#">寒假作业检查记</a></li></ul></section>
<section class="widget"><h3 class="widget-title">最近回复</h3><ul class="widget-list"><li><a href="#comment-32">小宋爸爸</a>: 物理课太精彩了，下次还想来。</li><li><a href="#comment-31">郑妈妈</a>: 成长树这个主意真好</li></ul></section>
<section class="widget"><h3 class="widget-title">分类</h3><ul class="widget-list"><li><a href="#">班级日志</a></li><li><a href="#">读书</a></li></ul></section>
<section class="widget"><h3 class="widget-title">归档</h3><ul class="widget-list"><li><a href="http://www.linlaoshi.example.cn/2016/03/">March 2016</a></li><li><a href="http://www.linlaoshi.example.cn/2016/02/">February 2016</a></li></ul></section>
<section class="widget"><h3 class="widget-title">其它</h3><ul class="widget-list"><li><a href="http://www.linlaoshi.example.cn/admin/login.php">登录</a></li><li><a href="http://www.linlaoshi.example.cn/feed/">文章 RSS</a></li><li><a href="http://www.typecho.example.org">Typecho</a></li></ul></section>
</div>
</div></div></div>
<footer id="footer" role="contentinfo">&copy; 2016 <a href="http://www.linlaoshi.example.cn/">林老师的班级日志</a>. 由 <a href="http://www.typecho.example.org">Typecho</a> 强力驱动. <a href="http://www.miibeian.example.cn/">浙ICP备16001234号</a></footer>
</body>
</html>
"""

# a Zhihu column (2019): h1.Post-Title in the post header with the author card and 赞同 button, the body in
# div.RichText.Post-RichText, the date "发布于 3 天前" in div.ContentItem-time AFTER the body with the full time only in
# a data-tooltip and a <time datetime>, topics, the action bar, comments with relative dates and 推荐阅读 cards
ZHIHU_COLUMN = """<!doctype html>
<html lang="zh" data-theme="light">
<head>
<meta charset="utf-8">
<title>一个班主任的“错题本”：怎样让孩子从错误里学到东西 - 知乎</title>
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1">
<meta name="description" content="带了十二年初中，我越来越觉得，孩子犯错不可怕，可怕的是错过了就算了。">
<meta property="og:type" content="article">
<meta property="og:title" content="一个班主任的“错题本”：怎样让孩子从错误里学到东西">
<meta property="og:site_name" content="知乎专栏">
<link rel="stylesheet" href="https://static.zhihu.example.com/heifetz/column.app.css">
</head>
<body>
<div id="root"><div class="App"><div class="ColumnPageHeader-Wrapper"><div class="ColumnPageHeader"><div class="ColumnPageHeader-content"><a href="https://www.zhihu.example.com" aria-label="知乎">知乎</a><span class="ColumnPageHeader-TitleColumn"><a href="https://zhuanlan.zhihu.example.com/jiaoshi-riji">教室里的日常</a></span><div class="ColumnPageHeader-Button"><button type="button" class="Button">写文章</button><button type="button" class="Button">登录</button></div></div></div></div>
<main role="main" class="App-main">
<div class="Post-content">
<article class="Post-Main Post-NormalMain" tabindex="-1">
<header class="Post-Header">
<h1 class="Post-Title">一个班主任的“错题本”：怎样让孩子从错误里学到东西</h1>
<div class="Post-Author"><div class="AuthorInfo"><a class="UserLink-link" href="https://www.zhihu.example.com/people/wang-jiaoshi">王一舟</a><div class="AuthorInfo-badge">初中语文教师，班主任</div><button type="button" class="Button FollowButton">关注他</button></div></div>
<div class="Voters"><button type="button" class="Button">326 人赞同了该文章</button></div>
</header>
<div class="Post-RichTextContainer"><div class="RichText ztext Post-RichText">
<p>带了十二年初中，我越来越觉得，孩子犯错不可怕，可怕的是错过了就算了。</p>
<p>前几年我让每个学生准备一个错题本，结果大多数本子变成了抄写本：把题目抄一遍，把正确答案抄一遍，然后再也不翻开。</p>
<p>后来我改了规则。错题本上只写三样东西：当时是怎么想的，错在哪一步，下次遇到同类题先看什么。题目本身可以剪贴，但这三行必须自己写。</p>
<p>每周五的班会课，我会随机请两个同学讲一道自己的错题。一开始大家都不好意思，后来发现讲自己的错误并不丢人，反而常常引来一片“我也是这样错的”。</p>
<p>这个方法不只用在学习上。班里有同学吵架、忘带作业，我也请他们在“班级错题本”上写三行，不是检讨，而是想清楚下次怎么办。</p>
<p>错误是孩子成长里最便宜的学费，关键是别让它白交了。</p>
</div></div>
<div class="ContentItem-time"><span data-tooltip="发布于 2019-03-05 10:20">发布于 3 天前</span><time datetime="2019-03-05T02:20:33.000Z" hidden></time></div>
<div class="Post-topicsAndReviewer"><div class="TopicList Post-Topics"><a class="TopicLink" href="https://www.zhihu.example.com/topic/19551234">班主任</a><a class="TopicLink" href="https://www.zhihu.example.com/topic/19553456">初中教育</a><a class="TopicLink" href="https://www.zhihu.example.com/topic/19555678">学习方法</a></div></div>
<div class="RichContent-actions"><button type="button" class="Button VoteButton">赞同 326</button><button type="button" class="Button">58 条评论</button><button type="button" class="Button">分享</button><button type="button" class="Button">喜欢</button><button type="button" class="Button">收藏</button></div>
</article>
<div class="Post-Sub Post-NormalSub">
<div class="Comments-container"><div class="CommentListV2"><div class="Topbar-title"><h2>58 条评论</h2></div>
<ul class="NestComment"><li class="NestComment--rootComment"><div class="CommentItemV2"><div class="CommentItemV2-meta"><a class="UserLink-link" href="#">豆豆妈</a><span class="CommentItemV2-time" title="2019-03-05 21:14">3 天前</span></div><div class="CommentItemV2-content">“最便宜的学费”这句话说得太好了，转给孩子他爸看。</div></div></li>
<li class="NestComment--rootComment"><div class="CommentItemV2"><div class="CommentItemV2-meta"><a class="UserLink-link" href="#">一只数学老师</a><span class="CommentItemV2-time" title="2019-03-06 08:02">2 天前</span></div><div class="CommentItemV2-content">三行规则借走了，我们数学组也试试。</div></div></li></ul>
<div class="CommentEditorV2"><div class="Input-wrapper">写下你的评论...</div><button type="button" class="Button">发布</button></div>
</div></div>
<div class="Recommendations-Main"><h3 class="BlockTitle">推荐阅读</h3>
<div class="PostItem"><a href="https://zhuanlan.zhihu.example.com/p/57123456"><h3 class="PostItem-title">初三最后一百天，班主任可以做的五件事</h3></a><p class="PostItem-summary">每年到了这个时候，家长比孩子还着急……</p></div>
<div class="PostItem"><a href="https://zhuanlan.zhihu.example.com/p/56987654"><h3 class="PostItem-title">我为什么不在班级群里公布成绩</h3></a><p class="PostItem-summary">成绩是孩子自己的事情……</p></div>
</div>
</div>
</div>
</main>
</div></div>
<footer class="Footer"><a href="https://www.zhihu.example.com/term/privacy">隐私政策</a> · <a href="https://www.zhihu.example.com/contact">联系我们</a> · 京ICP证110745号 · &copy; 2019 知乎</footer>
</body>
</html>
"""

PAGES: list[Page] = [
    Page(
        "sinablog2009-articaltitle-div-lines",
        "http://blog.sina.example.cn/s/blog_53a1c8f20100c2xy.html",
        SINA_BLOG_2009,
        "三月的第一节作文课",
        "2009-03-05",
        None,
        "今天是开学后的第一节作文课，我没有急着布置题目，而是把孩子们带到了校园里的那排玉兰树下。",
        "下课铃响的时候，好几个孩子还舍不得回教室。我想，这大概就是作文课最好的开头吧。",
        (
            "老师的课真有意思",
            "说花苞像蜡烛的就是他同桌",
            "寒假读书札记",
            "博客等级",
            "标签",
            "分类",
            "新浪简介",
            "发评论",
        ),
    ),
    Page(
        "163blog2010-blogsep-gbk",
        "http://lixiaoyun1978.blog.163.example.com/blog/static/12345678920103231234567/",
        NETEASE_BLOG_2010,
        "期中考试后家长会的几点想法",
        "2010-04-23",
        None,
        "期中考试刚结束，这周五下午要开家长会。每次开家长会之前，我都会想一想：这一个小时，家长最需要从我这里带走什么？",
        "家长会不应该是“告状会”，也不应该是“排名会”。希望周五那天，每一位家长离开教室的时候，心里想的是回家怎样和孩子好好聊一聊。",
        (
            "周五一定准时到",
            "不念名次这个做法很好",
            "春游前的安全班会",
            "历史上的今天",
            "读《给教师的建议》有感",
            "字号",
            "分享到",
            "网易公司",
        ),
        gbk=True,
    ),
    Page(
        "sohublog2008-item-content-gbk",
        "http://laozhoushuxue.blog.sohu.example.com/103467890.html",
        SOHU_BLOG_2008,
        "听课笔记：一节没有讲台的数学课",
        "2008-11-12",
        None,
        "今天上午去七年级听了小吴老师的一节公开课，课题是《一元一次方程的应用》。走进教室的第一眼就有点意外：讲台被搬到了教室后面，课桌拼成了八个小组。",
        "但我还是很佩服小吴老师的勇气。我们这些老教师，往往舍不得把课堂交出去，总觉得自己讲清楚了学生就会了。这一节课，值得我好好想一想。",
        (
            "讲台搬到后面，这个细节很有意思",
            "小结那里我下次注意",
            "期中复习课怎样上出新意",
            "访问人次",
            "分类：",
            "Sohu.com",
        ),
        gbk=True,
    ),
    Page(
        "hibaidu2010-blog-text-gbk",
        "http://hi.baidu.example.com/xiaoyudian2008/blog/item/4b6c8d0e2f3a5b7c.html",
        BAIDU_SPACE_2010,
        "带一年级孩子读绘本的一点体会",
        "2010-04-16",
        None,
        "这学期我在班里坚持每天中午读一本绘本，到今天正好满五十本了，想把这段时间的体会记下来。",
        "五十本只是一个开始，下学期我打算请家长们也来班里读一读，让孩子们听听不一样的声音。",
        (
            "类别：教学随笔",
            "坚持下来真不容易",
            "恐龙的故事",
            "低年级绘本阅读书目推荐",
            "春天的古诗怎么教",
            "友情链接",
            "Baidu",
        ),
        gbk=True,
    ),
    Page(
        "phpwind8-date-above-subject-gbk",
        "http://bbs.yjzx.example.cn/read.php?tid=4521",
        PHPWIND_8,
        "初二下学期数学怎么跟上？几位家长的经验汇总",
        "2011-05-20",
        None,
        "最近不少家长在群里问，孩子上了初二下学期，几何一下子难了很多，作业越做越慢，怎么办。我把这两周大家在群里分享的经验整理了一下，发在这里方便查看。",
        "以上只是几家人的做法，不一定适合每个孩子，欢迎大家补充。",
        (
            "错题本一定要孩子自己整理",
            "每天讲题这个办法",
            "有效果记得回来说一声",
            "陪伴是最长情的告白",
            "注册时间",
            "只看楼主",
            "快速回复",
            "Powered by",
        ),
        gbk=True,
    ),
    Page(
        "tianya2013-atl-info-host-item",
        "http://bbs.tianya.example.cn/post-free-3456788-1.shtml",
        TIANYA_2013,
        "孩子小升初，到底该不该择校？说说我家的经历",
        "2013-06-07",
        None,
        "女儿今年小升初，从去年秋天开始，家里就为要不要择校的事情争了大半年。现在结果出来了，想把这一路的经历写下来，给后面的家长参考。",
        "最后我们没有去考试，女儿报了学区学校，也报了美术社。择校没有标准答案，适合孩子的才是最好的，家长别太焦虑。",
        (
            "我家去年也纠结过",
            "能尊重孩子的想法就很好了",
            "开学第一件事",
            "学区房到底值不值",
            "打赏",
            "点击：",
            "我要回复",
        ),
    ),
    Page(
        "tieba2015-tail-info-after-text",
        "http://tieba.baidu.example.com/p/3801234567",
        TIEBA_2015,
        "2015届高三毕业照拍摄安排及注意事项",
        "2015-05-28",
        None,
        "各位高三同学：",
        "以上消息由年级组转发，具体以班主任通知为准。",
        (
            "终于要拍毕业照了",
            "可以带自己的相机",
            "Android客户端",
            "1楼",
            "只看楼主",
            "发表回复",
            "贴吧热议榜",
            "贴吧协议",
        ),
    ),
    Page(
        "wp-cn-theme-meta-in-content-source",
        "http://www.jbxx.example.cn/2013/06/28/jiafangyue/",
        WP_CN_THEME,
        "关于开展2013年暑期“家访月”活动的通知",
        "2013-06-28",
        "江北区教育局",
        "各班主任、任课教师：",
        "宁江市江北小学德育处",
        (
            "发表于",
            "阅读 386 次",
            "本文链接",
            "转载请注明出处",
            "2013年暑期安全告家长书",
            "家访记录表在哪里下载",
            "最新文章",
            "Powered by",
        ),
    ),
    Page(
        "typecho-default-english-date",
        "http://www.linlaoshi.example.cn/archives/126/",
        TYPECHO_2016,
        "高一（3）班第一次家长开放日小记",
        "2016-03-05",
        None,
        "上周六，我们班迎来了这学期的第一次家长开放日。来了三十八位家长，比我预想的多了不少。",
        "开放日结束时，有家长留言说：“原来孩子在学校是这样的。”我想，这就是开放日最大的意义。",
        ("作者: 林晓帆", "标签: ", "成长树这个主意真好", "物理课太精彩了", "寒假作业检查记", "最近回复", "强力驱动"),
    ),
    Page(
        "zhihu-column-relative-time-tooltip",
        "https://zhuanlan.zhihu.example.com/p/58234567",
        ZHIHU_COLUMN,
        "一个班主任的“错题本”：怎样让孩子从错误里学到东西",
        "2019-03-05",
        None,
        "带了十二年初中，我越来越觉得，孩子犯错不可怕，可怕的是错过了就算了。",
        "错误是孩子成长里最便宜的学费，关键是别让它白交了。",
        (
            "发布于",
            "赞同",
            "初中教育",
            "最便宜的学费”这句话",
            "三行规则借走了",
            "初三最后一百天",
            "推荐阅读",
            "京ICP证",
        ),
    ),
]
