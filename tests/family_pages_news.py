"""Article pages of Chinese news portals and media sites, 2003-2022, beyond the first file's three: written by hand after each family's public template markup, names, hosts and
numbers made up (tests/test_article_families.py checks every field of each)."""

from family_page import Page

# People's Daily (人民网) 2017, GB2312: the title block div.text_title with empty h3.pre/h4.sub around the <h1>, the
# date and 来源：<a> in div.box01 > div.fl beside share buttons, the body in div.box_con, (责任编辑：…) in div.edit
# after it, 相关新闻 with dates and a hot-list column; <meta name="source"> names more than the page shows
PEOPLE_2017_BOX01 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html;charset=GB2312"/>
<meta http-equiv="Content-Language" content="utf-8" />
<meta content="all" name="robots" />
<title>教育部：今年起全面推行中小学课后服务“弹性离校”--教育--人民网</title>
<meta name="keywords" content="课后服务,弹性离校,中小学" />
<meta name="description" content="教育部今天召开新闻发布会，介绍今年起在全国全面推行中小学课后服务工作的有关情况。" />
<meta name="filetype" content="0" />
<meta name="publishedtype" content="1" />
<meta name="pagetype" content="1" />
<meta name="catalogs" content="F_1053" />
<meta name="contentid" content="F_29123456" />
<meta name="publishdate" content="2017-03-05" />
<meta name="author" content="F_104587" />
<meta name="source" content="来源：人民网-教育频道 原创稿" />
<link href="/img/2016wb/page.css" type="text/css" rel="stylesheet" media="all" />
</head>
<body>
<div class="path_nav"><div class="w1000 clearfix"><div class="fl"><a href="http://www.people.example.cn/" target="_blank">人民网</a> &gt;&gt; <a href="http://edu.people.example.cn/" target="_blank">教育</a> &gt;&gt; <a href="http://edu.people.example.cn/GB/1053/index.html" target="_blank">滚动新闻</a></div>
<div class="fr"><a href="http://www.people.example.cn/">首页</a>|<a href="http://politics.people.example.cn/">时政</a>|<a href="http://society.people.example.cn/">社会</a>|<a href="http://edu.people.example.cn/">教育</a>|<a href="http://opinion.people.example.cn/">观点</a></div></div></div>
<div class="clearfix w1000_320 text_title">
  <h3 class="pre"></h3>
  <h1>教育部：今年起全面推行中小学课后服务“弹性离校”</h1>
  <h4 class="sub"></h4>
  <p class="author"></p>
  <div class="box01">
    <div class="fl">2017年03月05日08:20&nbsp;&nbsp;来源：<a href="http://edu.people.example.cn/" target="_blank">人民网－教育频道</a></div>
    <div class="fr"><div class="fx"><div id="ds_share" class="bdsharebuttonbox"><a href="#" class="bds_more" data-cmd="more">分享到：</a><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div></div>
    <div class="message"><a href="http://liuyan.people.example.cn/" target="_blank">我要留言</a></div></div>
  </div>
</div>
<div class="clearfix w1000_320 text_con" id="rwb_zw">
  <div class="fl text_con_left">
    <div class="box_con">
<p>　　人民网北京3月5日电（记者 孙晓燕）教育部今天召开新闻发布会，介绍今年起在全国全面推行中小学课后服务工作的有关情况。教育部基础教育司负责人表示，课后服务将实行“弹性离校”，家长可以根据实际需要选择接孩子的时间。</p>
<p>　　据介绍，目前全国已有26个省份出台了中小学课后服务的具体办法，参加课后服务的学生超过4000万人。课后服务坚持学生家长自愿原则，主要安排学生做作业、自主阅读、体育、艺术、科普活动以及娱乐游戏、拓展训练、社团和兴趣小组活动等。</p>
<p>　　该负责人强调，课后服务不得变相成为集体教学或“补课”，严禁以课后服务名义乱收费。对确需收取费用的地方，要按照成本补偿和非营利原则合理确定收费标准，并对家庭经济困难学生减免费用。</p>
<p>　　发布会上，来自江苏、浙江、四川三地教育部门的负责同志分别介绍了本地推进课后服务的做法和经验。</p>
<p>　　教育部表示，下一步将会同有关部门加强督促检查，及时总结推广各地好的经验做法，推动课后服务工作全面落实。</p>
      <div class="zdfy clearfix"></div>
      <center><table border="0" align="center" width="40%"><tr><td width="50%" align="center"><a href="http://www.people.example.cn/app/" target="_blank"><img src="/img/2016wb/images/code_rmw.jpg" width="120" height="120"/></a></td></tr></table></center>
    </div>
    <div class="edit clearfix">(责任编辑：刘敏、赵丽)</div>
    <div class="box_news">
      <h2><a href="http://edu.people.example.cn/GB/1053/index.html" target="_blank">相关新闻</a></h2>
      <ul class="list_16">
        <li><a href="http://edu.people.example.cn/n1/2017/0303/c1053-29120001.html" target="_blank">多地探索课后服务“家长点单”模式</a> <span>2017-03-03</span></li>
        <li><a href="http://edu.people.example.cn/n1/2017/0301/c1053-29110002.html" target="_blank">代表委员热议“三点半难题”</a> <span>2017-03-01</span></li>
        <li><a href="http://edu.people.example.cn/n1/2017/0226/c1053-29100003.html" target="_blank">教育部发布中小学生减负新措施</a> <span>2017-02-26</span></li>
      </ul>
    </div>
    <div class="box_pl"><h2>网友评论</h2><p class="pl_tip">网友评论仅代表其个人观点，不代表人民网的立场。</p><textarea name="content"></textarea><a href="javascript:;" class="pl_btn">发表评论</a></div>
  </div>
  <div class="fr text_con_right">
    <div class="hdnews"><h2>热点推荐</h2><ul><li><a href="http://edu.people.example.cn/n1/2017/0305/c1053-29123001.html" target="_blank">全国两会今日开幕</a></li><li><a href="http://edu.people.example.cn/n1/2017/0304/c1053-29122002.html" target="_blank">高校毕业生总数将达795万</a></li><li><a href="http://edu.people.example.cn/n1/2017/0304/c1053-29122003.html" target="_blank">职业教育改革方案出炉</a></li></ul></div>
  </div>
</div>
<div class="w1000 copyright clearfix"><p>人民网版权所有，未经书面授权禁止使用</p><p>Copyright &copy; 1997-2017 by www.people.example.cn. all rights reserved</p></div>
</body>
</html>
"""

# Xinhua (新华网) 2017: the title in div.h-title (no <h1>), span.h-time "2017-03-05 08:20:33" and 来源：<em id="source">
# in div.h-info, the body in div#p-detail with a captioned photo inside, 【纠错】 and 责任编辑 in div#articleEdit at the
# end of the body's container, 相关稿件 and a comment box after it
XINHUA_2017_HTITLE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="publishid" content="1120567890.11.1002.1"/>
<meta name="pageid" content="11.1002.1"/>
<title>全国2379个县通过义务教育基本均衡发展督导评估认定-新华网</title>
<meta name="keywords" content="义务教育,均衡发展,督导评估" />
<meta name="description" content="全国2379个县通过义务教育基本均衡发展督导评估认定---国务院教育督导委员会办公室5日发布，截至2016年底，全国累计已有2379个县通过认定。" />
<link rel="stylesheet" href="http://www.xinhua.example.cn/static/css/detail.css" />
</head>
<body>
<div class="domPC">
<div class="topBar"><div class="wrapper"><a href="http://www.xinhua.example.cn/">新华网首页</a> <a href="http://www.xinhua.example.cn/politics/">时政</a> <a href="http://www.xinhua.example.cn/world/">国际</a> <a href="http://www.xinhua.example.cn/local/">地方</a> <a href="http://education.xinhua.example.cn/">教育</a> <a href="http://www.xinhua.example.cn/comments/">评论</a></div></div>
<div class="header">
 <div class="h-p1"><div class="h-logo"><a href="http://education.xinhua.example.cn/"><img src="http://www.xinhua.example.cn/static/images/logo_edu.png" alt="新华网教育" /></a></div>
 <div class="h-news">
  <div class="h-title">全国2379个县通过义务教育基本均衡发展督导评估认定</div>
  <div class="h-info">
   <span class="h-time">2017-03-05 08:20:33</span>
   <span>来源：  <em id="source"> 新华网</em></span>
  </div>
 </div></div>
 <div class="h-p3 clearfix"><div class="h-share"><span>分享到：</span><a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ空间</a></div><div class="h-font"><span>字体：</span><a href="javascript:;">大</a><a href="javascript:;">中</a><a href="javascript:;">小</a></div></div>
</div>
<div class="main clearfix">
<div class="main-left left">
<div id="p-detail">
<p>　　新华社北京3月5日电（记者 梁晓宇）国务院教育督导委员会办公室5日发布，截至2016年底，全国累计已有2379个县通过义务教育基本均衡发展督导评估认定，占全国总县数的81%。</p>
<p>　　据介绍，2016年全国共有555个县接受了国家督导评估认定，其中北京、天津、上海、江苏、浙江等11个省份所有县均已通过认定。</p>
<p align="center"><img id="{FC4F9E2A-1B2C-4D3E-8F70-A1B2C3D4E5F6}" src="1120567890_14887000000001n.jpg" title="" align="center"></p>
<p align="center">　　这是3月2日拍摄的一所通过认定的农村小学新建教学楼。新华社记者 张军 摄</p>
<p>　　督导评估发现，通过认定的县在办学条件、教师队伍、经费投入等方面均有明显改善，县域内校际差距进一步缩小。但也有部分地区存在大班额问题突出、农村学校教师结构性短缺等问题。</p>
<p>　　国务院教育督导委员会办公室负责人表示，今年将继续加大督导评估力度，对已通过认定的县开展复查监测，防止出现“滑坡”现象。</p>
<div id="articleEdit"><span class="tiyi1"><a href="javascript:void(0);" class="advise">【纠错】</a></span><span class="editor">[责任编辑:  王博 ]</span></div>
</div>
<div class="xgzx"><h3>相关稿件</h3><ul>
<li><a href="http://www.xinhua.example.cn/politics/2017-03/03/c_1120556781.htm" target="_blank">教育部：今年将全面改善贫困地区薄弱学校办学条件</a><span>2017-03-03</span></li>
<li><a href="http://www.xinhua.example.cn/politics/2017-02/28/c_1120545672.htm" target="_blank">推进县域内义务教育一体化改革发展</a><span>2017-02-28</span></li>
</ul></div>
<div id="comment"><div class="pl-hd">网友评论</div><div class="pl-login"><a href="javascript:;">登录</a>|<a href="javascript:;">注册</a></div><textarea id="commentText"></textarea><a class="pl-btn" href="javascript:;">发表评论</a></div>
</div>
<div class="main-right right"><div class="hot"><h3>热点推荐</h3><ul><li><a href="http://www.xinhua.example.cn/a.htm">政府工作报告全文发布</a></li><li><a href="http://www.xinhua.example.cn/b.htm">两会日程一览</a></li></ul></div></div>
</div>
<div class="foot"><p><a href="http://www.xinhua.example.cn/aboutus.htm">关于我们</a> | <a href="http://www.xinhua.example.cn/contact.htm">联系我们</a></p><p>Copyright &copy; 2000-2017 XINHUANET.com All Rights Reserved. 制作单位：新华网股份有限公司 版权所有</p></div>
</div>
</body>
</html>
"""

# chinanews (中新网) 2013, GB2312: <h1> with inline style, div.left-t "2013年03月05日 08:20　来源：<a class="source">" with
# 参与互动 on the same line, the body in div.left_zw with an ad table inside, 【编辑:…】 in div.left_name, 相关新闻
CHINANEWS_2013_LEFTZW = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>多地出台措施规范中小学有偿补课行为-中新网</title>
<meta name="keywords" content="有偿补课,中小学,教师" />
<meta name="description" content="多地教育部门近日相继出台措施，严禁中小学在职教师有偿补课。" />
<link href="http://i2.chinanews.example.cn/2012/css/news_content.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="top_bar"><div class="w1000"><a href="http://www.chinanews.example.cn/">中新网首页</a> | <a href="http://www.chinanews.example.cn/china/">国内</a> | <a href="http://www.chinanews.example.cn/world/">国际</a> | <a href="http://www.chinanews.example.cn/society/">社会</a> | <a href="http://www.chinanews.example.cn/edu/">教育</a> | <a href="http://www.chinanews.example.cn/cul/">文化</a></div></div>
<div id="nav"><div class="w1000"><span class="nav_left">中新网</span> &gt; <a href="http://www.chinanews.example.cn/edu/">教育新闻</a> &gt; 正文</div></div>
<div class="w1000 mt10">
<div id="cont_1_1_2">
<h1 style="display:block; position:relative; text-align:center; clear:both">多地出台措施规范中小学有偿补课行为</h1>
<div class="left-time">
<div class="left-t" style="display:block">2013年03月05日 08:20　来源：<a href="http://www.chinanews.example.cn/" class="source" target="_blank">中国新闻网</a>　<a href="http://comment.chinanews.example.cn/comment.shtml?id=4612345" target="_blank">参与互动(56)</a></div>
<div class="left-share"><span>分享到：</span><a href="javascript:;">新浪微博</a> <a href="javascript:;">腾讯微博</a> <a href="javascript:;">人人网</a></div>
</div>
<div class="left_zw" style="position:relative">
<p>　　中新网3月5日电 据教育部门网站消息，近日，多个省份相继出台规范中小学教师有偿补课行为的措施，明确禁止在职教师组织、推荐和诱导学生参加有偿补课。</p>
<table border="0" cellspacing="0" cellpadding="0" align="left" class="adEditor"><tr><td><!-- 画中画 --><script src="http://a.chinanews.example.cn/ad/pic_in_pic.js"></script></td></tr></table>
<p>　　其中，有的省份要求学校与教师签订不从事有偿补课承诺书，并将教师遵守规定的情况纳入师德考核；有的省份则设立举报电话和邮箱，接受家长和社会的监督。</p>
<p>　　多地还明确，对违反规定的教师，视情节轻重给予批评教育、诫勉谈话、取消评优评先资格等处理，情节严重的依法依规给予处分。</p>
<p>　　有教育界人士认为，治理有偿补课既要严格管理，也要通过提高课堂教学质量、开展课后服务等办法，从根本上减少学生和家长对校外补课的需求。(完)</p>
</div>
<div class="left_name"><div class="left_name">【编辑:王丽】</div></div>
<div id="function_code_page"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></div>
<div class="div624 mt15"><div class="left_title"><h3>相关新闻：</h3></div>
<ul class="ul_rela">
<li>&middot;<a href="http://www.chinanews.example.cn/edu/2013/03-01/4601234.shtml" target="_blank">教育部重申严禁中小学教师有偿家教</a> 2013-03-01</li>
<li>&middot;<a href="http://www.chinanews.example.cn/edu/2013/02-26/4590123.shtml" target="_blank">家长：孩子周末补课排满三个班</a> 2013-02-26</li>
</ul></div>
<div class="div624 mt15"><div class="left_title"><h3>网友评论</h3></div><p class="pl_tip">本评论只代表网友个人观点，不代表中国新闻网观点。</p></div>
</div>
</div>
<div id="bottom"><a href="http://www.chinanews.example.cn/common/footer/intro.shtml">关于我们</a> | <a href="http://www.chinanews.example.cn/common/footer/contact.shtml">联系我们</a> | <a href="http://www.chinanews.example.cn/common/footer/law.shtml">法律声明</a><br />
本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。<br />
[京ICP证040655号] Copyright &copy;1999-2013 chinanews.example.cn. All Rights Reserved</div>
</body>
</html>
"""

# Sina (新浪) 2012, GB2312: h1#artibodyTitle, span#pub_date "2012年03月05日08:20" and span#media_name naming the outlet
# with no 来源 label (the page's markup names it), the body in div#artibody, (责任编辑：…) after it, 分享到, 相关阅读
SINA_2012_ARTIBODY = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-type" content="text/html; charset=gb2312" />
<title>高校自主招生笔试今日开考 多校联考规模扩大_新浪教育_新浪网</title>
<meta name="keywords" content="自主招生,联考,笔试" />
<meta name="description" content="2012年高校自主招生笔试今日开考，多校联考规模进一步扩大。" />
<meta name="stencil" content="PGLS000022" />
<meta name="publishid" content="31,1,4567890" />
<meta name="comment" content="jy:31-1-4567890" />
</head>
<body>
<div class="topNav"><a href="http://www.sina.example.cn/">新浪首页</a> | <a href="http://news.sina.example.cn/">新闻</a> | <a href="http://sports.sina.example.cn/">体育</a> | <a href="http://finance.sina.example.cn/">财经</a> | <a href="http://edu.sina.example.cn/">教育</a> | <a href="http://blog.sina.example.cn/">博客</a> | <a href="http://weibo.example.cn/">微博</a></div>
<div class="wrap">
<div class="blkBreadcrumb"><div class="blkBreadcrumbLink"><a href="http://edu.sina.example.cn/">新浪教育</a> &gt; <a href="http://edu.sina.example.cn/gaokao/">高考</a> &gt; 正文</div></div>
<div class="blkContainer">
<div class="blkContainerPblk">
<div class="blkContainerSblk">
<h1 id="artibodyTitle">高校自主招生笔试今日开考 多校联考规模扩大</h1>
<div class="artInfo"><span id="art_source"></span><span id="pub_date">2012年03月05日08:20</span>&nbsp;&nbsp;<span id="media_name"><a href="http://www.jyb.example.cn/" target="_blank">中国教育报</a>&nbsp;</span><span class="comment"><a href="http://comment.sina.example.cn/comment/skin/default.html?channel=jy&amp;newsid=31-1-4567890" target="_blank">我要评论</a></span></div>
<div class="blkContainerSblkCon BSHARE_POP" id="artibody">
<p>　　今天，2012年高校自主招生笔试在全国各地同时开考。今年参加联考的高校数量进一步增加，三大联盟共有近40所高校参与，报名考生总数超过10万人。</p>
<p>　　据了解，今年各联盟笔试科目设置基本稳定，文科考生考语文、数学、英语和文综，理科考生考语文、数学、英语和理综。部分高校还将在笔试后单独组织面试。</p>
<p>　　有关专家提醒，考生在笔试结束后应及时关注报考高校的面试安排，认真准备，不要因为笔试发挥不理想而放弃后续环节。</p>
<p>　　按照规定，通过高校自主选拔的考生仍须参加全国统一高考，高考成绩达到所在省份同批次录取控制分数线后，由高校根据考生综合情况择优录取。</p>
</div>
<p style="text-align:right">(责任编辑：李明)</p>
</div>
<div class="blkComment otherContent_01"><div class="share">分享到：<a href="javascript:;">新浪微博</a> <a href="javascript:;">QQ空间</a> <a href="javascript:;">人人网</a></div><div class="tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div></div>
<div class="corrTxt_01"><h2>相关阅读</h2><ul>
<li>&middot;<a href="http://edu.sina.example.cn/gaokao/2012-03-02/0911456789.shtml" target="_blank">北约华约卓越三大联盟考试时间公布</a> <span>2012-03-02</span></li>
<li>&middot;<a href="http://edu.sina.example.cn/gaokao/2012-02-27/1020455678.shtml" target="_blank">考生如何准备自主招生面试</a> <span>2012-02-27</span></li>
</ul></div>
<div class="blkComment"><h3>网友评论</h3><p>以上网友发言只代表其个人观点，不代表新浪网的观点或立场。</p></div>
</div>
<div class="blkContainerOther"><h3>教育排行</h3><ol><li><a href="http://edu.sina.example.cn/1.shtml">四六级成绩查询入口</a></li><li><a href="http://edu.sina.example.cn/2.shtml">考研复试分数线公布</a></li></ol></div>
</div>
</div>
<div class="footer"><p><a href="http://corp.sina.example.cn/">新浪简介</a> | <a href="http://corp.sina.example.cn/eng/">About Sina</a> | <a href="http://emarketing.sina.example.cn/">广告服务</a> | <a href="http://www.sina.example.cn/contactus.html">联系我们</a></p><p>Copyright &copy; 1996-2012 SINA Corporation, All Rights Reserved 新浪公司 版权所有</p></div>
</body>
</html>
"""

# Sohu (搜狐号) 2019: div.text-title > h1, div.article-info with span#news-time "2019-03-05 08:20" and
# span[data-role=original-link] "来源: <a>", article#mp-editor whose first <p> is a hidden 原标题 line and whose end holds
# 返回搜狐，查看更多 and an empty 责任编辑, a 声明 after it, 推荐阅读 and a comment box
SOHU_2019_MPEDITOR = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>甬江市今年将新增公办幼儿园学位1.2万个_学前教育_幼儿园</title>
<meta name="keywords" content="学前教育,幼儿园,学位"/>
<meta name="description" content="记者从市教育局获悉，今年全市计划新建、改扩建公办幼儿园30所。"/>
<meta property="og:type" content="news"/>
<meta property="og:title" content="甬江市今年将新增公办幼儿园学位1.2万个"/>
<meta property="og:release_date" content="2019-03-05 08:20"/>
<meta name="mediaid" content="甬江晚报"/>
</head>
<body>
<header id="main-header" class="main-header"><div class="area"><div class="head-nav left"><ul><li class="index"><a href="http://www.sohu.example.cn/">搜狐</a></li><li><a href="http://news.sohu.example.cn/">新闻</a></li><li><a href="http://learning.sohu.example.cn/">教育</a></li><li><a href="http://www.sohu.example.cn/c/8/">财经</a></li><li><a href="http://auto.sohu.example.cn/">汽车</a></li></ul></div><div class="user-entry right"><a href="javascript:;">登录</a></div></div></header>
<div class="location area"><a href="http://learning.sohu.example.cn/">教育</a> &gt; <a href="http://learning.sohu.example.cn/jiaoyu/">正文</a></div>
<div class="area clearfix" id="article-container">
<div class="left main">
<div class="text">
<div class="text-title">
<h1>甬江市今年将新增公办幼儿园学位1.2万个<span class="article-tag"></span></h1>
<div class="article-info">
<span class="time" id="news-time" data-val="1551745200000">2019-03-05 08:20</span>
<span data-role="original-link">来源: <a href="http://www.sohu.example.cn/a/299876543_123456" target="_blank">甬江晚报</a></span>
</div>
</div>
<article class="article" id="mp-editor">
<!-- 政务账号添加来源标示处理 -->
<p data-role="original-title" style="display:none">原标题：今年新增公办幼儿园学位1.2万个</p>
<p>记者昨日从市教育局获悉，今年全市计划新建、改扩建公办幼儿园30所，新增公办学位1.2万个，公办幼儿园在园幼儿占比将提高到55%以上。</p>
<p>据介绍，新建幼儿园主要分布在新建住宅小区和人口导入较多的城郊街道。对小区配套幼儿园，市教育局将会同自然资源、住建等部门开展专项治理，确保按时移交、办成公办园或普惠性民办园。</p>
<p>在师资方面，今年全市计划招聘公办幼儿园教师600名，并通过定向培养、在职培训等方式，逐步解决学前教育教师数量不足、待遇偏低的问题。</p>
<p>市教育局有关负责人表示，今年秋季学期起，全市将统一实施幼儿园网上报名，家长可通过“甬江教育”平台查询学位情况、办理入园登记。</p>
<p><a href="//www.sohu.example.cn/?strategyid=00001 " target="_blank" title="点击进入搜狐首页" id="backsohucom" style="white-space: nowrap;"><span class="backword"><i class="backsohu"></i>返回搜狐，查看更多</span></a></p>
<p data-role="editor-name">责任编辑：<span></span></p>
</article>
<div id="articleTransfer"><div class="statement">声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div></div>
<div class="bottom-relate-wrap clear"><div class="read-wrap"><span class="read-num">阅读 (<em data-role="pv">3456</em>)</span></div></div>
</div>
<div class="more-article"><div class="title">推荐阅读</div><ul>
<li><a href="http://www.sohu.example.cn/a/299765432_123456" target="_blank">小学入学报名时间确定，家长注意这几点</a><span class="time">03-04 18:02</span></li>
<li><a href="http://www.sohu.example.cn/a/299654321_123456" target="_blank">市区新增三所九年一贯制学校</a><span class="time">03-03 09:15</span></li>
</ul></div>
<div id="comment_area"><div class="comment-title">我来说两句</div><div class="c-comment-content"><span class="user">搜狐网友</span><p>家门口的幼儿园终于要建了，期待。</p></div><textarea placeholder="来说两句吧..."></textarea></div>
</div>
<div class="sidebar right"><div class="hot-article"><div class="title">24小时热文</div><ul><li><a href="http://www.sohu.example.cn/a/1">全市中小学春季开学工作有序展开</a></li><li><a href="http://www.sohu.example.cn/a/2">高考报名人数再创新高</a></li></ul></div></div>
</div>
<footer class="footer"><p>Copyright &copy; 2019 Sohu.com Inc. All Rights Reserved. 搜狐公司 版权所有</p></footer>
</body>
</html>
"""

# ThePaper (澎湃新闻) 2018: h1.news_title, div.news_about with a reporter line and "2018-03-05 08:20<span>&nbsp;来源：…"
# — the source after the date on one line —, the body in div.news_txt as <br>-separated text (no <p>) with a photo and a
# caption span, news_editor 责任编辑, 关键词 >>, a comment column and a 热新闻 column
THEPAPER_2018_NEWSABOUT = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>甬北区推行“县管校聘”改革：三年内教师交流比例不低于15%_教育家_澎湃新闻-The Paper</title>
<meta name="Keywords" content="县管校聘,教师交流">
<meta name="Description" content="甬北区推行“县管校聘”改革，教师由“学校人”变为“系统人”。">
<link rel="stylesheet" href="//file.thepaper.example.cn/www/v3/css/news.css">
</head>
<body>
<div class="head_banner"><div class="head_inner"><a class="logo" href="//www.thepaper.example.cn/"><img src="//file.thepaper.example.cn/www/v3/img/logo.png" alt="澎湃新闻"></a>
<div class="head_nav"><a href="//www.thepaper.example.cn/">精选</a><a href="//www.thepaper.example.cn/channel_25950">时事</a><a href="//www.thepaper.example.cn/channel_25951">财经</a><a href="//www.thepaper.example.cn/channel_25952">思想</a><a href="//www.thepaper.example.cn/channel_25953">生活</a></div></div></div>
<div class="bdwd main clearfix">
<div class="main_lt">
<div class="newscontent">
<h1 class="news_title">甬北区推行“县管校聘”改革：三年内教师交流比例不低于15%</h1>
<div class="news_about">
<p>澎湃新闻记者 周洁</p>
<p>2018-03-05 08:20<span>&nbsp;来源：澎湃新闻</span>
<span class="news_about_share"><a href="javascript:;" class="share_wx">微信</a><a href="javascript:;" class="share_wb">微博</a></span></p>
</div>
<div class="news_txt" data-size="standard">甬北区日前印发《中小学教师“县管校聘”管理改革实施方案》，全区中小学教师将由“学校人”转变为“系统人”，由区教育局统一管理、学校按岗聘用。<br/><br/>方案提出，三年内全区义务教育学校教师交流轮岗比例不低于15%，其中骨干教师交流比例不低于交流总数的20%。交流到农村学校和薄弱学校任教的教师，在职称评聘、评优评先等方面给予倾斜。<br/><br/><div class="contheight"></div><div style="text-align:center;"><img alt="" src="https://image.thepaper.example.cn/www/image/10/123/456.jpg" width="600"></div><span style="font-size:14px;color:#808080">甬北区一所农村小学的课堂。 受访者 供图</span><br/><br/>甬北区教育局相关负责人告诉澎湃新闻，过去一些优秀教师长期集中在城区学校，农村学校则面临骨干教师“留不住”的问题，改革就是要打破教师交流的体制障碍。<br/><br/>据了解，改革将先在两个学区试点，今年秋季学期起在全区推开。</div>
<div class="news_editor">责任编辑：王琳</div>
<div class="news_love"><a href="javascript:;" class="zan">128</a></div>
<div class="news_keyword">关键词 &gt;&gt; <a href="//www.thepaper.example.cn/searchResult.jsp?inpsearch=县管校聘">县管校聘</a>，<a href="//www.thepaper.example.cn/searchResult.jsp?inpsearch=教师交流">教师交流</a></div>
<div class="news_path"><a href="//www.thepaper.example.cn/list_25487">教育家</a> &gt; 正文</div>
</div>
<div class="news_tit3">评论(25)</div>
<div class="comment_que"><div class="aqwright"><h3><a href="javascript:;">甬北教书匠</a></h3><p>交流是好事，关键是配套待遇要跟上。</p><div class="ansright_time">2018-03-05 10:12</div></div></div>
</div>
<div class="main_rt"><div class="news_tit2">热新闻</div><ul class="rt_list">
<li><a href="//www.thepaper.example.cn/newsDetail_forward_2012345">教育部：严禁中小学公布考试成绩排名</a></li>
<li><a href="//www.thepaper.example.cn/newsDetail_forward_2012346">高校毕业生就业形势分析</a></li>
</ul></div>
</div>
<div class="foot"><p>沪ICP备14003370号 沪公网安备31010602000299号 互联网新闻信息服务许可证：31120170006</p><p>&copy; 2014-2018 上海东方报业有限公司 版权所有</p></div>
</body>
</html>
"""

# CCTV (央视网) 2019: the title in div.cnt_bd between repaste comments, span.info with the source first and the date
# after a bar "来源：<a>央视网</a> | 2019年03月05日 08:20", the body's <p> in the same div.cnt_bd after a share bar, the
# editors in div.zebian, 相关新闻 and a 热点推荐 column
CCTV_2019_INFO = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>2019年全国学生资助资金将超2100亿元_新闻频道_央视网(cctv.example.cn)</title>
<meta name="keywords" content="学生资助,教育部,财政部">
<meta name="description" content="央视网消息：记者从教育部获悉，今年全国学生资助资金将超过2100亿元。">
<meta name="spm-id" content="C94212.P4YnMod9m2uD">
<link type="text/css" rel="stylesheet" href="//r.img.cctv.example.cn/photoAlbum/templet/css/news_article.css">
</head>
<body>
<div class="header_nav"><div class="nav_list"><a href="//www.cctv.example.cn/">首页</a> <a href="//news.cctv.example.cn/">新闻</a> <a href="//sports.cctv.example.cn/">体育</a> <a href="//tv.cctv.example.cn/">电视</a> <a href="//news.cctv.example.cn/china/">国内</a> <a href="//news.cctv.example.cn/world/">国际</a></div></div>
<div class="column_wrapper">
<div class="col_w660">
<div class="cnt_nav"><a href="//news.cctv.example.cn/">新闻频道</a> &gt; <a href="//news.cctv.example.cn/china/">国内新闻</a> &gt; 正文</div>
<div class="cnt_bd">
<!--repaste.title.begin--><h1>2019年全国学生资助资金将超2100亿元</h1><!--repaste.title.end-->
<div class="function">
<span class="info"><i>来源：<a href="//news.cctv.example.cn/" target="_blank">央视网</a>&nbsp;|&nbsp;2019年03月05日 08:20</i></span>
<span class="fenxiang"><a href="javascript:;">分享到：</a><a href="javascript:;" class="weixin">微信</a><a href="javascript:;" class="weibo">微博</a></span>
</div>
<!--repaste.body.begin-->
<p>　　央视网消息：记者从教育部获悉，今年全国学生资助资金将超过2100亿元，资助学生近1亿人次，覆盖从学前教育到研究生教育各个学段。</p>
<p>　　教育部全国学生资助管理中心负责人介绍，今年将进一步提高资助精准度，重点向深度贫困地区、建档立卡贫困家庭学生倾斜，确保不让一个学生因家庭经济困难而失学。</p>
<p>　　在高等教育阶段，今年生源地信用助学贷款额度将继续保持在本专科生每人每年不超过8000元、研究生不超过12000元，贷款期限最长可达20年。</p>
<p>　　该负责人表示，各地各校要利用新生入学、毕业离校等时间节点，加强资助政策宣传，让每一位学生和家长都知晓国家资助政策。</p>
<!--repaste.body.end-->
</div>
<div class="zebian"><p><span>编辑：李娜</span>&nbsp;<span>责任编辑：刘亮</span></p></div>
<div class="xgxw"><div class="xgxw_hd">相关新闻</div><ul>
<li><a href="//news.cctv.example.cn/2019/03/04/ARTI1551690001.shtml" target="_blank">两会声音：让教育资助更精准</a><span>2019-03-04</span></li>
<li><a href="//news.cctv.example.cn/2019/03/02/ARTI1551500002.shtml" target="_blank">多地提高学前教育资助标准</a><span>2019-03-02</span></li>
</ul></div>
</div>
<div class="col_w300"><div class="rdtj"><h2>热点推荐</h2><ul><li><a href="//news.cctv.example.cn/1.shtml">政府工作报告首次提出高职扩招</a></li><li><a href="//news.cctv.example.cn/2.shtml">中小学生课业负担如何减下来</a></li></ul></div></div>
</div>
<div class="footer"><p>中央电视台 版权所有 京ICP证060535号 网上传播视听节目许可证(0102004)</p></div>
</body>
</html>
"""

# a regional portal of 2005 in GBK (an ASP article system): the title in a <font><b> cell, one grey line "稿源：…
# 发布时间：2005-3-5 9:20:11　点击数：", the body in <font id="zoom">, 【字体：大 中 小】【打印】【关闭】, 上一篇/下一篇,
# 相关文章 with dates, a comment table and a 热门文章 column
PORTAL_2005_GAOYUAN = """<html>
<head>
<title>甬江市2005年中考体育考试方案出台 - 甬江新闻网</title>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<link href="/Skin/Default.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/fontzoom.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/banner.gif" width="760" height="80"></td></tr>
<tr><td height="26" align="center" bgcolor="#0066CC"><font color="#FFFFFF"><a href="/"><font color="#FFFFFF">首 页</font></a> | <a href="/news/"><font color="#FFFFFF">新闻中心</font></a> | <a href="/news/edu/"><font color="#FFFFFF">教育</font></a> | <a href="/news/ent/"><font color="#FFFFFF">文体</font></a> | <a href="/bbs/"><font color="#FFFFFF">甬江论坛</font></a></font></td></tr>
</table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="560" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td height="26">您现在的位置： <a href="/">甬江新闻网</a> &gt;&gt; <a href="/news/">新闻中心</a> &gt;&gt; <a href="/news/edu/">教育</a> &gt;&gt; 正文</td></tr></table>
<table width="100%" border="0" cellpadding="0" cellspacing="0" style="border:1px solid #CCCCCC">
<tr><td height="50" align="center"><font style="font-size:18px" color="#CC0000"><b>甬江市2005年中考体育考试方案出台</b></font></td></tr>
<tr><td height="24" align="center" bgcolor="#F5F5F5"><font color="#666666">稿源：甬江晚报　　发布时间：2005-3-5 9:20:11　　点击数：1234</font></td></tr>
<tr><td style="padding:10px;line-height:180%"><font id="zoom" style="font-size:14px">
<p>　　本报讯 昨天，市教育局公布了《甬江市2005年初中毕业生升学体育考试方案》，今年中考体育考试总分仍为30分，考试时间定在4月中旬至5月上旬。</p>
<p>　　根据方案，今年体育考试项目分为必考和选考两类。男生必考1000米跑，女生必考800米跑；选考项目从立定跳远、实心球、一分钟跳绳、篮球运球中任选两项。</p>
<p>　　因病或残疾不能参加体育考试的考生，须提供县级以上医院证明，经学校和县（市）区教育局审核同意后，可申请免考或缓考。</p>
<p>　　市教育局提醒，各初中学校要合理安排体育锻炼时间，防止考前突击训练造成学生运动损伤。</p>
</font></td></tr>
<tr><td height="30" align="right">【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】&nbsp;</td></tr>
<tr><td height="40">上一篇：<a href="/news/edu/200503/3455.html">甬江一中获评省级示范性高中</a><br>下一篇：<a href="/news/edu/200503/3457.html">我市启动中小学教师继续教育登记</a></td></tr>
</table>
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td height="24" bgcolor="#E8F0FA"><b>&nbsp;相关文章</b></td></tr>
<tr><td style="line-height:180%">&middot;<a href="/news/edu/200503/3421.html" target="_blank">去年中考体育平均分25.6分</a>（2005-3-2）<br>&middot;<a href="/news/edu/200502/3388.html" target="_blank">初三学生体育锻炼情况调查</a>（2005-2-25）<br></td></tr>
</table>
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td height="24" bgcolor="#E8F0FA"><b>&nbsp;网友评论：</b>（只显示最新5条。评论内容只代表网友观点，与本站立场无关！）</td></tr>
<tr><td>匿名 于 2005-3-5 12:30:01 发表：跳绳比较好拿分，建议孩子多练。</td></tr>
</table>
</td>
<td width="200" valign="top" bgcolor="#F7F7F7">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td height="24"><b>&nbsp;热门文章</b></td></tr>
<tr><td>&middot;<a href="/news/1.html">市区公交线路调整</a><br>&middot;<a href="/news/2.html">春季人才交流会举行</a><br></td></tr></table>
</td>
</tr>
</table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="60" align="center" bgcolor="#EEEEEE">版权所有 甬江新闻网 Copyright &copy; 2005<br>浙ICP备05011111号</td></tr>
</table>
</body>
</html>
"""

# a regional newspaper's 数字报 (Founder e-paper) of 2015: the day only in the masthead "2015年03月05日 星期四" and the
# path, 版面导航 and 本版标题导航 columns of linked titles, the main title in <founder-title> between a 引题 and a 副题, the
# body in <founder-content>, 上一篇/返回目录/下一篇; no 来源 anywhere
EPAPER_2015_FOUNDER = """<HTML>
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>我市首批“智慧校园”示范校名单公布</title>
<meta name="description" content="甬江日报数字报">
<script type="text/javascript" src="../../../script/prototype.js"></script>
<link href="../../../style/style.css" rel="stylesheet" type="text/css">
</HEAD>
<body>
<table width="1003" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="../../../image/masthead.jpg" width="1003" height="80"></td></tr>
<tr><td height="30" class="px12">2015年03月05日 星期四 &nbsp; <a href="../../../html/2015-03/04/node_2.htm">前一期</a> <a href="../../../html/2015-03/06/node_2.htm">后一期</a> <a href="../../../html/2015-03/05/node_2.htm">返回首版</a> <a href="../../../history.htm">往期回顾</a></td></tr>
</table>
<table width="1003" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="300" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="px12"><b>版面导航</b></td></tr>
<tr><td><a id="pageLink" href="node_2.htm">第A01版：要闻</a><br><a id="pageLink" href="node_3.htm">第A02版：综合</a><br><a id="pageLink" href="node_4.htm">第A03版：教育</a><br><a id="pageLink" href="node_5.htm">第A04版：社会</a></td></tr></table>
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="px12"><b>本版标题导航</b></td></tr>
<tr><td><a href="content_123456.htm"><div style="display:inline" id="mp123456">我市首批“智慧校园”示范校名单公布</div></a></td></tr>
<tr><td><a href="content_123457.htm"><div style="display:inline" id="mp123457">中小学春季开学平稳有序</div></a></td></tr>
<tr><td><a href="content_123458.htm"><div style="display:inline" id="mp123458">职教集团新增成员单位12家</div></a></td></tr></table>
</td>
<td width="703" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="px12" height="26">第A03版：教育</td><td align="right"><a href="node_3.htm">上一版</a> <a href="node_5.htm">下一版</a></td></tr></table>
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="font02" align="center"><founder-introtitle>推进教育信息化 打造数字学习环境</founder-introtitle></td></tr>
<tr><td class="font01" align="center"><founder-title>我市首批“智慧校园”示范校名单公布</founder-title></td></tr>
<tr><td class="font02" align="center"><founder-subtitle>12所中小学入选 将获专项资金支持</founder-subtitle></td></tr>
<tr><td class="font02" align="center"><founder-author></founder-author></td></tr>
<tr><td height="10"></td></tr>
<tr><td><div id="ozoom" style="zoom:100%"><founder-content>
<P>　　本报讯（记者 方敏 通讯员 朱晨）昨天，市教育局公布了首批“智慧校园”示范校名单，甬江实验小学、甬北中学等12所中小学入选。</P>
<P>　　据了解，“智慧校园”示范校评选从去年9月启动，重点考察学校信息化基础设施、数字教学资源、信息化管理和师生信息素养等方面，共有46所学校参加申报。</P>
<P>　　入选学校将获得每校50万元的专项资金支持，用于建设智慧教室、开发校本数字课程等。市教育局要求示范校在三年建设期内，每年至少开展两次面向全市的开放交流活动。</P>
<P>　　市教育局有关负责人表示，到2017年，全市将建成50所“智慧校园”示范校，实现优质数字教育资源区域共享。</P>
</founder-content></div></td></tr>
</table>
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td align="center" height="40"><a href="content_123455.htm">上一篇</a> &nbsp; <a href="node_4.htm">返回目录</a> &nbsp; <a href="content_123457.htm">下一篇</a></td></tr></table>
</td>
</tr>
</table>
<table width="1003" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" height="50">甬江日报社版权所有 未经书面授权 不得复制或建立镜像<br>浙ICP备05012345号</td></tr>
</table>
</body>
</html>
"""

# a mirror of a WeChat (微信公众号) article on a regional education site, 2022: the site's own bar
# "时间：2022/3/5" and "来源 甬江教育发布" (no colon) in spans above the copied WeChat markup: h1#activity-name
# .rich_media_title, #meta_content with 原创, the account name #js_name and em#publish_time, the body in #js_content as
# <section>/<p><span> with empty <p><br></p> and a lead photo, then 阅读原文 / 阅读 / 在看 and the site's footer
WECHAT_2022_MIRROR = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">
<title>春季开学在即，这份返校指南请收好</title>
<meta property="og:title" content="春季开学在即，这份返校指南请收好">
<meta property="og:url" content="http://mp.weixin.example.cn/s?__biz=MzA5MTIzNDU2Nw==&amp;mid=2650123456&amp;idx=1">
<meta property="og:description" content="开学在即，请同学们和家长提前做好返校准备。">
<meta property="og:site_name" content="微信公众平台">
<meta property="twitter:card" content="summary">
<link rel="stylesheet" href="/static/wx_mirror.css">
</head>
<body id="activity-detail" class="zh_CN mm_appmsg">
<div class="site-head"><a class="site-logo" href="/">甬江教育网</a><nav><a href="/">首页</a> <a href="/news/">教育动态</a> <a href="/wx/">公众号文章</a> <a href="/zcfg/">政策法规</a></nav></div>
<div class="site-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/wx/">公众号文章</a></div>
<div class="wx-meta"><span class="wx-date">时间：2022/3/5</span><span class="wx-src">来源 甬江教育发布</span></div>
<div class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">
            春季开学在即，这份返校指南请收好
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span id="copyright_logo" class="rich_media_meta meta_tag_text">原创</span>
<span class="rich_media_meta rich_media_meta_text">甬江教育发布</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">甬江教育发布</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2022-03-05 08:20</em>
</div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">
<section style="text-align:center;"><section><p style="text-align:center;"><img class="rich_pages wxw-img" data-ratio="0.5625" data-type="jpeg" data-w="1080" src="/wx/img/2022/0305/cover.jpeg"></p></section></section>
<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;letter-spacing:1px;">春季学期即将开学，全市中小学生将分批错峰返校。为帮助同学们顺利返校、尽快进入学习状态，市教育局整理了这份返校指南，请同学们和家长提前做好准备。</span></p>
<p><br></p>
<section><p style="line-height:1.75em;"><strong><span style="font-size:16px;color:rgb(0,112,192);">一、返校前</span></strong></p></section>
<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;letter-spacing:1px;">返校前一周，请同学们调整作息时间，保证充足睡眠；整理好寒假作业和学习用品，按学校通知时间到校报到。</span></p>
<p><br></p>
<section><p style="line-height:1.75em;"><strong><span style="font-size:16px;color:rgb(0,112,192);">二、返校当天</span></strong></p></section>
<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;letter-spacing:1px;">返校当天，各校将在校门口设置引导点，请学生按年级分时段入校。家长送学时请勿在校门口聚集停留，车辆即停即走。</span></p>
<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;letter-spacing:1px;">开学第一周，各校将以适应性教学为主，不安排考试，帮助同学们尽快收心、平稳过渡。</span></p>
</div>
<div id="js_toobar3" class="rich_media_tool"><a id="js_view_source" href="javascript:void(0);">阅读原文</a><div class="media_tool_meta">阅读 <span id="readNum3">2345</span></div><span class="media_tool_meta">在看 <span>36</span></span></div>
</div>
</div>
</div>
<div class="site-foot"><p>主办：甬江市教育局　地址：甬江市学府路1号</p><p>版权所有 甬江教育网 浙ICP备10023456号</p></div>
</body>
</html>
"""

PAGES: list[Page] = [
    Page(
        "news2017-people-box01-gbk",
        "http://edu.people.example.cn/n1/2017/0305/c1053-29123456.html",
        PEOPLE_2017_BOX01,
        "教育部：今年起全面推行中小学课后服务“弹性离校”",
        "2017-03-05",
        "人民网－教育频道",
        "人民网北京3月5日电（记者 孙晓燕）教育部今天召开新闻发布会，介绍今年起在全国全面推行中小学课后服务工作的有关情况。教育部基础教育司负责人表示，课后服务将实行“弹性离校”，家长可以根据实际需要选择接孩子的时间。",
        "教育部表示，下一步将会同有关部门加强督促检查，及时总结推广各地好的经验做法，推动课后服务工作全面落实。",
        ("责任编辑", "多地探索课后服务", "网友评论仅代表", "高校毕业生总数将达795万", "分享到"),
        gbk=True,
    ),
    Page(
        "news2017-xinhua-htitle",
        "http://www.xinhua.example.cn/politics/2017-03/05/c_1120567890.htm",
        XINHUA_2017_HTITLE,
        "全国2379个县通过义务教育基本均衡发展督导评估认定",
        "2017-03-05",
        "新华网",
        "新华社北京3月5日电（记者 梁晓宇）国务院教育督导委员会办公室5日发布，截至2016年底，全国累计已有2379个县通过义务教育基本均衡发展督导评估认定，占全国总县数的81%。",
        "[责任编辑: 王博 ]",
        # the desk's credit inside the body container stays, as saved real sites' truth keeps (责编：…) lines
        ("全面改善贫困地区薄弱学校", "发表评论", "两会日程一览", "分享到"),
    ),
    Page(
        "news2013-chinanews-leftzw-gbk",
        "http://www.chinanews.example.cn/edu/2013/03-05/4612345.shtml",
        CHINANEWS_2013_LEFTZW,
        "多地出台措施规范中小学有偿补课行为",
        "2013-03-05",
        "中国新闻网",
        "中新网3月5日电 据教育部门网站消息，近日，多个省份相继出台规范中小学教师有偿补课行为的措施，明确禁止在职教师组织、推荐和诱导学生参加有偿补课。",
        "有教育界人士认为，治理有偿补课既要严格管理，也要通过提高课堂教学质量、开展课后服务等办法，从根本上减少学生和家长对校外补课的需求。(完)",
        ("编辑:王丽", "参与互动", "教育部重申严禁", "本评论只代表", "分享到"),
        gbk=True,
    ),
    Page(
        "news2012-sina-artibody-gbk",
        "http://edu.sina.example.cn/gaokao/2012-03-05/0820456789.shtml",
        SINA_2012_ARTIBODY,
        "高校自主招生笔试今日开考 多校联考规模扩大",
        "2012-03-05",
        "中国教育报",  # span#media_name after the date: the outlet the page names, no 来源 label in its text
        "今天，2012年高校自主招生笔试在全国各地同时开考。今年参加联考的高校数量进一步增加，三大联盟共有近40所高校参与，报名考生总数超过10万人。",
        "按照规定，通过高校自主选拔的考生仍须参加全国统一高考，高考成绩达到所在省份同批次录取控制分数线后，由高校根据考生综合情况择优录取。",
        ("责任编辑", "北约华约卓越", "我要评论", "四六级成绩查询", "以上网友发言", "分享到"),
        gbk=True,
    ),
    Page(
        "news2019-sohu-mpeditor",
        "http://www.sohu.example.cn/a/299876543_123456",
        SOHU_2019_MPEDITOR,
        "甬江市今年将新增公办幼儿园学位1.2万个",
        "2019-03-05",
        "甬江晚报",
        "记者昨日从市教育局获悉，今年全市计划新建、改扩建公办幼儿园30所，新增公办学位1.2万个，公办幼儿园在园幼儿占比将提高到55%以上。",
        "责任编辑：",  # an empty credit inside the container: kept as shown, as real sites' (责编：…) lines are
        ("原标题", "返回搜狐", "声明：", "小学入学报名时间", "家门口的幼儿园", "24小时热文"),
    ),
    Page(
        "news2018-thepaper-br-body",
        "http://www.thepaper.example.cn/newsDetail_forward_2012344",
        THEPAPER_2018_NEWSABOUT,
        "甬北区推行“县管校聘”改革：三年内教师交流比例不低于15%",
        "2018-03-05",
        "澎湃新闻",
        "甬北区日前印发《中小学教师“县管校聘”管理改革实施方案》，全区中小学教师将由“学校人”转变为“系统人”，由区教育局统一管理、学校按岗聘用。",
        "据了解，改革将先在两个学区试点，今年秋季学期起在全区推开。",
        ("澎湃新闻记者", "责任编辑", "关键词", "配套待遇要跟上", "严禁中小学公布考试成绩排名", "ICP备"),
    ),
    Page(
        "news2019-cctv-info-bar",
        "http://news.cctv.example.cn/2019/03/05/ARTI1551745200123456.shtml",
        CCTV_2019_INFO,
        "2019年全国学生资助资金将超2100亿元",
        "2019-03-05",
        "央视网",
        "央视网消息：记者从教育部获悉，今年全国学生资助资金将超过2100亿元，资助学生近1亿人次，覆盖从学前教育到研究生教育各个学段。",
        "该负责人表示，各地各校要利用新生入学、毕业离校等时间节点，加强资助政策宣传，让每一位学生和家长都知晓国家资助政策。",
        ("分享到", "责任编辑", "让教育资助更精准", "首次提出高职扩招"),
    ),
    Page(
        "news2005-portal-gaoyuan-gbk",
        "http://www.yjnews.example.cn/news/edu/200503/3456.html",
        PORTAL_2005_GAOYUAN,
        "甬江市2005年中考体育考试方案出台",
        "2005-03-05",
        "甬江晚报",
        "本报讯 昨天，市教育局公布了《甬江市2005年初中毕业生升学体育考试方案》，今年中考体育考试总分仍为30分，考试时间定在4月中旬至5月上旬。",
        "市教育局提醒，各初中学校要合理安排体育锻炼时间，防止考前突击训练造成学生运动损伤。",
        ("点击数", "【字体", "上一篇", "甬江一中获评", "去年中考体育平均分", "跳绳比较好拿分", "市区公交线路调整"),
        gbk=True,
    ),
    Page(
        "news2015-epaper-founder-titles",
        "http://epaper.yjrb.example.cn/html/2015-03/05/content_123456.htm",
        EPAPER_2015_FOUNDER,
        "我市首批“智慧校园”示范校名单公布",
        "2015-03-05",
        None,
        "本报讯（记者 方敏 通讯员 朱晨）昨天，市教育局公布了首批“智慧校园”示范校名单，甬江实验小学、甬北中学等12所中小学入选。",
        "市教育局有关负责人表示，到2017年，全市将建成50所“智慧校园”示范校，实现优质数字教育资源区域共享。",
        ("推进教育信息化", "12所中小学入选 将获", "中小学春季开学平稳有序", "第A03版", "返回目录", "往期回顾"),
    ),
    Page(
        "news2022-wechat-mirror",
        "http://www.yjedu.example.cn/wx/2022/0305/8765.html",
        WECHAT_2022_MIRROR,
        "春季开学在即，这份返校指南请收好",
        "2022-03-05",
        "甬江教育发布",
        "春季学期即将开学，全市中小学生将分批错峰返校。为帮助同学们顺利返校、尽快进入学习状态，市教育局整理了这份返校指南，请同学们和家长提前做好准备。",
        "开学第一周，各校将以适应性教学为主，不安排考试，帮助同学们尽快收心、平稳过渡。",
        ("原创", "阅读原文", "在看", "公众号文章", "地址：甬江市学府路1号"),
    ),
]
