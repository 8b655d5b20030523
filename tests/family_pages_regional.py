"""Article pages of regional and county Chinese news and government-news sites, 2011-2023: written by hand after each
family's public template markup, names, hosts and numbers made up (tests/test_article_families.py checks every field
of each).

Families: a provincial news portal (浙江在线-like, 2014) with the Baidu-news spans pubtime_baidu/source_baidu/
author_baidu, photo captions in the body and 责任编辑 after it; a city news portal (宁波网-like, 2018) whose 编者按
box stands before the body's container; a county 融媒体中心 app's H5 share page (2021) with an 打开APP bar, 阅读量 and a
下载APP banner; a county government portal 要闻 page (2016) of div.xl-tit / div.xl-info (发布时间/信息来源/浏览次数/
【字号】); a district news site (2019) whose header bar prints another day and weekday than its info line; a city
news site (2023) reprinting 新华社 with 来源：<a> followed by 分享到： icons on the same line; a 2011 regional news site
in GBK tables with one 【来源：】【作者：】【时间：】 bracket line; page 1 of a three-page feature (2013) with the pager
inside the content div; a city 教育局 新闻发布 page (2020) with 一、二、三 sections and an attachment list; a newspaper
group's slug-URL page (2022) showing only "3月5日 10:20", the year in its URL and article:published_time."""

from family_page import Page

# (1) a provincial news portal (浙江在线-like) of 2014: the title in div.contTit > h1, the line under it as the
# Baidu-news protocol spans span#pubtime_baidu "2014-03-05 07:30:11", span#source_baidu 来源：, span#author_baidu
# 作者：记者 X 通讯员 Y (the source is followed by more labels on the same line); the body in div.contTxt with two
# centred photos and their captions (… 摄), div.contEdit 责任编辑 after it, a share bar, 相关新闻 with dates,
# a comment box and a 热门排行 column; the footer names an ICP证
ZJOL_2014_BAIDU_SPANS = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>临江12所中小学试行“弹性上学” 早上到校时间可自选-教育频道-江南在线</title>
<meta name="keywords" content="弹性上学,中小学,临江" />
<meta name="description" content="新学期开始，临江市12所中小学开始试行“弹性上学”。" />
<link href="http://www.jnol.example.cn/css/2013/article.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="http://www.jnol.example.cn/js/jquery-1.7.2.min.js"></script>
</head>
<body>
<div class="topBar"><div class="w980"><a href="http://www.jnol.example.cn/">江南在线首页</a> | <a href="http://news.jnol.example.cn/">新闻</a> | <a href="http://edu.jnol.example.cn/">教育</a> | <a href="http://house.jnol.example.cn/">房产</a> | <a href="http://auto.jnol.example.cn/">汽车</a> | <a href="http://travel.jnol.example.cn/">旅游</a> | <a href="http://bbs.jnol.example.cn/">论坛</a>
<span class="login"><a href="http://passport.jnol.example.cn/login.jsp">登录</a> <a href="http://passport.jnol.example.cn/reg.jsp">注册</a></span></div></div>
<div class="header w980"><a href="http://edu.jnol.example.cn/"><img src="http://www.jnol.example.cn/images/logo_edu.png" alt="江南在线教育频道" /></a>
<div class="search"><form action="http://search.jnol.example.cn/search.jsp" method="get"><input type="text" name="q" value="" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav w980"><ul><li><a href="http://edu.jnol.example.cn/">教育首页</a></li><li><a href="http://edu.jnol.example.cn/jyxw/">教育新闻</a></li><li><a href="http://edu.jnol.example.cn/zk/">中考</a></li><li><a href="http://edu.jnol.example.cn/gk/">高考</a></li><li><a href="http://edu.jnol.example.cn/lx/">留学</a></li><li><a href="http://edu.jnol.example.cn/px/">培训</a></li></ul></div>
<div class="w980 clearfix">
<div class="position">当前位置：<a href="http://www.jnol.example.cn/">江南在线</a> &gt; <a href="http://edu.jnol.example.cn/">教育频道</a> &gt; <a href="http://edu.jnol.example.cn/jyxw/">教育新闻</a> &gt; 正文</div>
<div class="mainL fl">
<div class="contTit"><h1>临江12所中小学试行“弹性上学” 早上到校时间可自选</h1></div>
<div class="contSource"><span id="pubtime_baidu">2014-03-05 07:30:11</span>&nbsp;&nbsp;<span id="source_baidu">来源：钱江晚报</span>&nbsp;&nbsp;<span id="author_baidu">作者：记者 陈思远 通讯员 吴晓燕</span></div>
<div class="contShare"><span>分享到：</span><a class="share_tsina" href="javascript:;" title="新浪微博"></a><a class="share_tqq" href="javascript:;" title="腾讯微博"></a><a class="share_qzone" href="javascript:;" title="QQ空间"></a><a class="share_renren" href="javascript:;" title="人人网"></a><span class="fontSize">字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a></span></div>
<div class="contTxt" id="zoom">
<p>　　新学期开始，临江市12所中小学开始试行“弹性上学”：学生早上到校时间可以在7:30至8:10之间自主选择，学校在这段时间里安排晨读、跳绳和广播操，8:10统一开始第一节课。</p>
<p style="text-align:center"><img src="http://img.jnol.example.cn/pic/2014/03/05/013456789_01.jpg" border="0" alt="" /></p>
<p style="text-align:center">临江市城南小学的学生在老师带领下晨读。 通讯员 吴晓燕 摄</p>
<p>　　“以前孩子7点20分就得出门，现在可以多睡半个小时。”城南小学三年级学生家长周女士说，家里两个大人上班时间不一样，弹性到校以后，谁顺路谁送，早上不再手忙脚乱。</p>
<p>　　据临江市教育局基础教育处负责人介绍，试点学校由各校自愿申报，覆盖城区和乡镇，其中小学8所、初中4所。学校在校门口设置了“早到区”，早到的学生由值周老师看管，不会出现无人照看的情况。</p>
<p style="text-align:center"><img src="http://img.jnol.example.cn/pic/2014/03/05/013456789_02.jpg" border="0" alt="" /></p>
<p style="text-align:center">早到的学生在操场上跳绳。 记者 陈思远 摄</p>
<p>　　试点第一周，城南小学7:50以前到校的学生约占六成，比试点前减少了三成多。学校也相应调整了教师值班安排，值周老师实行错峰上班。</p>
<p>　　也有家长担心，到校时间放开后，孩子会不会养成拖拉的习惯。对此，学校表示将把按时到校纳入班级日常评价，8:10以后到校仍按迟到处理。</p>
<p>　　市教育局表示，试点为期一个学期，期间将通过问卷听取家长、教师和学生的意见，再决定是否在全市推广。</p>
</div>
<div class="contEdit">责任编辑：周立新</div>
<div class="relaNews"><h3>相关新闻</h3><ul>
<li><a href="http://edu.jnol.example.cn/system/2014/03/03/019871234.shtml" target="_blank">我省中小学生在校体育活动时间不少于1小时</a><span>2014-03-03</span></li>
<li><a href="http://edu.jnol.example.cn/system/2014/02/27/019862345.shtml" target="_blank">春季开学 学生“收心”有妙招</a><span>2014-02-27</span></li>
<li><a href="http://edu.jnol.example.cn/system/2014/02/20/019853456.shtml" target="_blank">杭城多所小学推迟早上到校时间</a><span>2014-02-20</span></li>
</ul></div>
<div class="comment"><h3>网友评论</h3><p class="tip">已有<em>23</em>人参与评论，<a href="http://comment.jnol.example.cn/list.jsp?id=019876543">查看全部</a></p>
<div class="cmt-item"><span class="user">江南网友 临江市</span><p>支持！早上实在太赶了。</p></div>
<div class="cmt-item"><span class="user">江南网友 杭州市</span><p>希望我们学校也能试试。</p></div>
<textarea name="content" rows="4"></textarea><a class="btn" href="javascript:;">发表评论</a></div>
</div>
<div class="mainR fr">
<div class="box"><h3>热门排行</h3><ol>
<li><a href="http://edu.jnol.example.cn/system/2014/03/04/019874567.shtml">2014年我省高考报名人数公布</a></li>
<li><a href="http://edu.jnol.example.cn/system/2014/03/04/019874678.shtml">小升初择校热何时降温</a></li>
<li><a href="http://edu.jnol.example.cn/system/2014/03/02/019869789.shtml">寒假作业“花样多” 家长直呼吃不消</a></li>
</ol></div>
<div class="box"><h3>图片新闻</h3><a href="http://edu.jnol.example.cn/system/2014/03/01/019866890.shtml"><img src="http://img.jnol.example.cn/pic/2014/03/01/p1.jpg" alt="" /></a><p>开学第一课 安全记心间</p></div>
</div>
</div>
<div class="footer"><p><a href="http://www.jnol.example.cn/about/">关于我们</a> | <a href="http://www.jnol.example.cn/contact/">联系我们</a> | <a href="http://www.jnol.example.cn/ad/">广告服务</a> | <a href="http://www.jnol.example.cn/law/">法律声明</a></p>
<p>江南在线新闻网站版权所有，未经授权禁止复制或建立镜像</p>
<p>增值电信业务经营许可证：浙B2-20080123　互联网新闻信息服务许可证 3312006001　ICP证 浙B2-20080123</p></div>
</body>
</html>
"""

# (2) a city news portal (宁波网-like) of 2018: h1.title, div.info of span.source 来源：/span.author/span.editor/
# span.time "2018-03-05 06:58:02"; the 编者按 is a bordered box div.bza that stands BEFORE div.content#Zoom (a sibling,
# not inside it) — a reader reads it as the article's opening paragraph; then 上一篇/下一篇, 相关阅读 with dates, a
# 南浦网评 comment box and the footer
CNNB_2018_EDITOR_NOTE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>家门口的托育来了！南浦首批20个社区开展婴幼儿照护试点_南浦新闻_中国南浦网</title>
<meta name="keywords" content="托育,婴幼儿照护,社区" />
<meta name="description" content="今年起，我市在20个社区开展3岁以下婴幼儿照护服务试点。" />
<link rel="stylesheet" href="http://www.cnnp.example.cn/css/2017/news_content.css" />
</head>
<body>
<div class="top"><div class="wrap"><span class="date"><script>showDate();</script></span><a href="http://www.cnnp.example.cn/">中国南浦网首页</a> <a href="http://m.cnnp.example.cn/">手机版</a> <a href="http://app.cnnp.example.cn/">南浦通APP</a></div></div>
<div class="header wrap"><a class="logo" href="http://www.cnnp.example.cn/"><img src="http://www.cnnp.example.cn/images/logo.png" alt="中国南浦网" /></a><div class="channel-name">南浦新闻</div></div>
<div class="menu wrap"><a href="http://news.cnnp.example.cn/">新闻</a><a href="http://news.cnnp.example.cn/np/">南浦新闻</a><a href="http://news.cnnp.example.cn/gn/">国内</a><a href="http://news.cnnp.example.cn/gj/">国际</a><a href="http://edu.cnnp.example.cn/">教育</a><a href="http://health.cnnp.example.cn/">健康</a><a href="http://photo.cnnp.example.cn/">图片</a><a href="http://video.cnnp.example.cn/">视频</a></div>
<div class="wrap main clearfix">
<div class="crumb"><a href="http://www.cnnp.example.cn/">中国南浦网</a> &gt; <a href="http://news.cnnp.example.cn/">新闻中心</a> &gt; <a href="http://news.cnnp.example.cn/np/">南浦新闻</a></div>
<div class="left">
<div class="article">
<h1 class="title">家门口的托育来了！南浦首批20个社区开展婴幼儿照护试点</h1>
<div class="info"><span class="source">来源：南浦日报</span><span class="author">作者：记者 沈佳怡 通讯员 方明</span><span class="editor">编辑：孙浩</span><span class="time">2018-03-05 06:58:02</span></div>
<div class="bza" style="border:1px solid #d9d9d9;background:#f7f7f7;padding:10px 15px;margin:10px 0;">
<p>编者按：0至3岁婴幼儿“谁来带”，是不少双职工家庭的烦心事。今年起，我市在20个社区开展婴幼儿照护服务试点，把托育服务送到居民家门口。本报今起推出“家门口的托育”系列报道，敬请关注。</p>
</div>
<div class="content" id="Zoom">
<p>　　3月1日一早，海曙区望春街道的“小橡果”社区托育点迎来了第一批孩子。18个月大的乐乐在老师的带领下玩积木、听儿歌，妈妈黄女士放心地去上班了。</p>
<p>　　记者从市卫生健康委获悉，今年我市将在20个社区试点婴幼儿照护服务，每个试点提供全日托、半日托和临时托三种服务，收费标准按照普惠性原则确定，全日托每月不超过2800元。</p>
<p>　　“我们的场地由社区免费提供，保育人员都持有育婴员证书。”“小橡果”托育点负责人介绍，托育点目前有保育人员6名，最多可接收30名孩子，开放第一周就收到了40多份报名。</p>
<p>　　据了解，试点社区由各区县（市）推荐，优先考虑新建住宅小区集中、双职工家庭多的社区。市里对每个试点给予一次性建设补助10万元，并按实际收托人数给予运营补助。</p>
<p>　　市卫生健康委有关负责人表示，试点期间将制定社区托育点设置标准和服务规范，年底前总结经验，力争三年内实现社区托育服务街道全覆盖。</p>
</div>
<div class="prenext"><p>上一篇：<a href="http://news.cnnp.example.cn/system/2018/03/04/030122345.shtml">我市春运收官 发送旅客超千万人次</a></p><p>下一篇：<a href="http://news.cnnp.example.cn/system/2018/03/05/030123567.shtml">三江口将新建一座人行景观桥</a></p></div>
</div>
<div class="related"><h3>相关阅读</h3><ul>
<li><a href="http://news.cnnp.example.cn/system/2018/02/26/030119876.shtml">代表委员建言：托育服务要“托得起、托得好”</a><span>2018-02-26</span></li>
<li><a href="http://news.cnnp.example.cn/system/2018/01/18/030101234.shtml">二孩家庭的“带娃经”</a><span>2018-01-18</span></li>
</ul></div>
<div class="comment"><h3>南浦网评</h3><p>网友评论仅供其表达个人看法，并不表明本网同意其观点或证实其描述</p><textarea></textarea><button>发表</button></div>
</div>
<div class="right">
<div class="box"><h3>24小时排行</h3><ul><li><a href="http://news.cnnp.example.cn/system/2018/03/05/030123789.shtml">今年我市将新增停车泊位2万个</a></li><li><a href="http://news.cnnp.example.cn/system/2018/03/04/030122890.shtml">月湖景区周末人气旺</a></li></ul></div>
<div class="box"><h3>专题</h3><ul><li><a href="http://news.cnnp.example.cn/zt/2018lh/">聚焦2018全国两会</a></li></ul></div>
</div>
</div>
<div class="footer"><p><a href="http://www.cnnp.example.cn/about/">本网介绍</a> | <a href="http://www.cnnp.example.cn/contact/">联系我们</a> | <a href="http://www.cnnp.example.cn/jubao/">违法和不良信息举报</a></p>
<p>南浦日报报业集团主办　中国南浦网版权所有　<a href="https://beian.miit.example.cn/">浙ICP备05012345号</a></p></div>
</body>
</html>
"""

# (3) a county 融媒体中心 news app's H5 share page of 2021 (the article as the app shares it to WeChat): a fixed top
# bar "打开APP", h1.article-title, div.article-info of span.source 来源：青溪融媒 and span.time "2021-03-05 10:20", the
# body in div.article-content, then 阅读量 and a like button, a 下载APP banner, 推荐阅读 rows with dates, 评论 of
# app users and a one-line footer
RONGMEI_2021_H5_SHARE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>青溪县首个“共享菜园”在溪口村开园</title>
<link rel="stylesheet" href="https://static.qxrm.example.cn/h5/css/detail.3f9a2c.css">
<script src="https://static.qxrm.example.cn/h5/js/flexible.js"></script>
</head>
<body>
<div class="open-app-bar" id="openApp"><img class="app-logo" src="https://static.qxrm.example.cn/h5/img/logo_app.png" alt=""><div class="app-txt"><p class="app-name">掌上青溪</p><p class="app-desc">青溪县融媒体中心官方客户端</p></div><a class="btn-open" href="javascript:;">打开APP</a></div>
<div class="detail-wrap">
<h1 class="article-title">青溪县首个“共享菜园”在溪口村开园</h1>
<div class="article-info"><span class="source">来源：青溪融媒</span><span class="time">2021-03-05 10:20</span></div>
<div class="article-content">
<p>3月4日，青溪县首个“共享菜园”在溪口镇溪口村开园，村里把闲置的12亩土地平整成120块小菜地，供城里居民认领耕种。</p>
<p><img src="https://img.qxrm.example.cn/2021/03/05/4b8e1f.jpg" style="width:100%"></p>
<p>开园当天，已有86户家庭认领了菜地，每块菜地面积约60平方米，年租金600元。认领的家庭可以自己种，也可以委托村民代管，村里提供种子、农具和技术指导。</p>
<p>“周末带孩子来种种菜，让他知道蔬菜是怎么长出来的。”从县城赶来的王先生一家认领了两块菜地，准备种上番茄和四季豆。</p>
<p>溪口村党支部书记徐国华介绍，菜园收入全部归村集体，预计每年可为村集体增收7万多元，同时带动村里的农家乐和土特产销售。</p>
<p>下一步，青溪县将在5个乡镇推广“共享菜园”模式，盘活闲置土地，促进城乡居民交流。</p>
</div>
<div class="article-foot"><span class="read-count">阅读量 1.3万</span><span class="like-btn"><i class="icon-like"></i>点赞 268</span></div>
<div class="editor-line">编辑：叶小青　审核：郑文</div>
</div>
<div class="download-banner"><img src="https://static.qxrm.example.cn/h5/img/banner_download.png" alt=""><p>下载“掌上青溪”APP，看更多本地新闻</p><a class="btn-download" href="https://app.qxrm.example.cn/download.html">立即下载</a></div>
<div class="recommend"><h3 class="block-title">推荐阅读</h3><ul>
<li><a href="https://app.qxrm.example.cn/share/news/detail.html?id=61230"><p class="r-title">青溪县春季“菜篮子”保供稳价工作有序开展</p><span class="r-time">2021-03-04</span></a></li>
<li><a href="https://app.qxrm.example.cn/share/news/detail.html?id=61221"><p class="r-title">溪口镇举办春耕农机展示会</p><span class="r-time">2021-03-03</span></a></li>
</ul></div>
<div class="comments"><h3 class="block-title">评论（2）</h3>
<div class="c-item"><span class="c-user">青溪人在杭州</span><p class="c-text">家乡越来越好了，周末回去认领一块！</p><span class="c-time">2021-03-05 11:02</span></div>
<div class="c-item"><span class="c-user">溪口小李</span><p class="c-text">菜地旁边能不能多弄几个停车位？</p><span class="c-time">2021-03-05 12:37</span></div></div>
<div class="h5-footer">青溪县融媒体中心 版权所有　浙ICP备19012345号-2</div>
<script src="https://static.qxrm.example.cn/h5/js/detail.7c1d0e.js"></script>
</body>
</html>
"""

# (4) a county government portal 要闻 page of 2016: div.xl-tit holding the title, div.xl-info "发布时间：2016-03-05 09:12
# 信息来源：东塘县林业局 浏览次数：<span> 【字号：大 中 小】" — the source labelled 信息来源 and followed by two more
# labels —, the body in div.xl-nr#zoom, 【打印本页】【关闭窗口】 after it, a left menu of the 政务动态 columns, a
# 相关链接 select and the gov footer (主办/网站标识码/ICP备/公网安备)
COUNTY_GOV_2016_XL_TIT = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>东塘县召开2016年春季植树造林动员大会</title>
<meta name="SiteName" content="东塘县人民政府">
<meta name="ColumnName" content="东塘要闻">
<link href="/images/2015/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/images/2015/jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="w1000"><span class="fl">欢迎访问东塘县人民政府门户网站！</span><span class="fr"><a href="javascript:;" onclick="SetHome(this,'http://www.dtx.example.gov.cn/')">设为首页</a> | <a href="javascript:;" onclick="AddFavorite()">加入收藏</a> | <a href="/wza/">无障碍</a></span></div></div>
<div class="head w1000"><img src="/images/2015/logo.png" alt="东塘县人民政府" /><div class="search"><form action="/was5/web/search" method="get"><input name="searchword" type="text" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav w1000"><ul><li><a href="/">首页</a></li><li><a href="/zjdt/">走进东塘</a></li><li><a href="/zwdt/">政务动态</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/gzhd/">公众互动</a></li></ul></div>
<div class="w1000 clearfix">
<div class="xl-left fl"><div class="lm-tit">政务动态</div><ul class="lm-list"><li class="on"><a href="/zwdt/dtyw/">东塘要闻</a></li><li><a href="/zwdt/bmdt/">部门动态</a></li><li><a href="/zwdt/xzdt/">乡镇动态</a></li><li><a href="/zwdt/tzgg/">通知公告</a></li><li><a href="/zwdt/mtgz/">媒体关注</a></li></ul></div>
<div class="xl-right fr">
<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/zwdt/">政务动态</a> &gt; <a href="/zwdt/dtyw/">东塘要闻</a></div>
<div class="xl-box">
<div class="xl-tit">东塘县召开2016年春季植树造林动员大会</div>
<div class="xl-info">发布时间：2016-03-05 09:12　　信息来源：东塘县林业局　　浏览次数：<span id="hits"><script language="javascript" src="/counter/count.jsp?id=345678"></script></span>　　【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="xl-nr" id="zoom">
<p style="text-indent:2em">3月4日，东塘县召开2016年春季植树造林动员大会，总结去年全县造林绿化工作，部署今年春季植树造林任务。副县长刘志强出席会议并讲话。</p>
<p style="text-indent:2em">2015年，全县完成植树造林2.3万亩，新建村庄绿化示范村15个，森林覆盖率达到61.8%，顺利通过省级森林城市复评。</p>
<p style="text-indent:2em">会议明确，今年春季全县计划完成植树造林1.8万亩，其中平原绿化6000亩、珍贵树种造林3000亩，新建“一村万树”示范村10个，3月底前完成主要造林任务。</p>
<p style="text-indent:2em">刘志强要求，各乡镇、各部门要把植树造林作为生态建设的重要抓手，落实造林地块和责任人，做到造一片、成一片；要加强森林防火和林业有害生物防控，巩固造林成果。</p>
<p style="text-indent:2em">会上，县林业局与各乡镇签订了2016年造林绿化目标责任书。</p>
</div>
<div class="xl-print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
</div>
</div>
<div class="links w1000"><select onchange="window.open(this.value)"><option>----国家部委网站----</option><option value="http://www.gov.example.cn/">中国政府网</option></select><select onchange="window.open(this.value)"><option>----县级部门网站----</option><option value="http://lyj.dtx.example.gov.cn/">东塘县林业局</option></select></div>
<div class="footer w1000"><p>主办：东塘县人民政府办公室　承办：东塘县信息中心</p>
<p>东塘县人民政府 版权所有　<a href="https://beian.miit.example.cn/">浙ICP备05034567号</a>　浙公网安备 33082202000123号　网站标识码：3308220001</p>
<p>建议使用1024×768分辨率 IE8.0以上浏览器</p></div>
</body>
</html>
"""

# (5) a district news site of 2019 whose header bar prints a day as static text, "2019年03月05日 星期二" (the day the
# static page was last generated), while the info line under the <h1> reads 发布时间：2019-03-04 18:22 — the info line
# is the article's day; 来源/作者/点击 on the same line, the body in div#article_content, a 最新新闻 column whose rows
# carry 03-05 dates, 上一篇/下一篇 and the footer
DISTRICT_2019_HEADER_DAY = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>南湖区推出老旧小区加装电梯“一站式”服务-南湖新闻网</title>
<meta name="keywords" content="加装电梯,老旧小区,南湖区" />
<link href="/templets/nh2018/css/show.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="topbar"><div class="wrap"><span class="today">2019年03月05日 星期二</span><span class="weather">南湖 多云 8～15℃</span><span class="links"><a href="/m/">手机版</a> | <a href="/epaper/">电子报</a> | <a href="/about/">关于我们</a></span></div></div>
<div class="header wrap"><a href="/" class="logo"><img src="/templets/nh2018/images/logo.png" alt="南湖新闻网" /></a><div class="hd-ad"><img src="/uploads/ad/2019/banner_0301.jpg" alt="" /></div></div>
<div class="mainnav wrap"><a href="/">首页</a><a href="/nhyw/">南湖要闻</a><a href="/jdxx/">街道信息</a><a href="/msrd/">民生热点</a><a href="/wmcj/">文明创建</a><a href="/spxw/">视频新闻</a><a href="/epaper/">南湖报</a></div>
<div class="wrap clearfix">
<div class="location">您现在的位置：<a href="/">首页</a> &gt; <a href="/msrd/">民生热点</a> &gt; 正文</div>
<div class="col-l">
<h1 class="art-title">南湖区推出老旧小区加装电梯“一站式”服务</h1>
<div class="art-info">发布时间：2019-03-04 18:22　来源：南湖区融媒体中心　作者：钱晓东　点击：<span id="clicks">2361</span></div>
<div id="article_content" class="art-content">
<p>　　记者从南湖区住建局获悉，从本月起，南湖区在区行政服务中心设立老旧小区加装电梯服务窗口，居民从意见征询、方案设计到审批验收，都可以在一个窗口办结。</p>
<p>　　以往，居民申请加装电梯需要跑规划、住建、市场监管等多个部门，前期手续办下来往往要半年以上。“一站式”服务推出后，审批时间压缩到40个工作日以内。</p>
<p>　　南湖区共有1999年以前建成的多层住宅1160幢，其中具备加装电梯条件的约600幢。去年全区已有32幢住宅完成加装电梯，另有21幢正在施工。</p>
<p>　　按照规定，加装电梯需经本单元三分之二以上业主同意。区里对每台加装电梯给予20万元补助，同时引入专业代建公司，为居民提供设计、施工、维保“打包”服务。</p>
<p>　　南湖区住建局有关负责人表示，今年全区计划完成加装电梯60台，并将探索按楼栋成片加装的新模式。</p>
</div>
<div class="art-bottom"><span>【<a href="javascript:window.print()">打印</a>】</span><span>【<a href="javascript:window.close()">关闭</a>】</span></div>
<div class="prenext"><p>上一篇：<a href="/msrd/2019-03/04/content_7712301.htm">南湖区春季招聘会提供岗位4000余个</a></p><p>下一篇：<a href="/msrd/2019-03/05/content_7712402.htm">城东菜场改造完成重新开业</a></p></div>
</div>
<div class="col-r">
<div class="side-box"><h3>最新新闻</h3><ul>
<li><a href="/nhyw/2019-03/05/content_7712420.htm">区委常委会研究部署一季度重点工作</a><span>03-05</span></li>
<li><a href="/jdxx/2019-03/05/content_7712415.htm">新兴街道开展学雷锋志愿服务活动</a><span>03-05</span></li>
<li><a href="/msrd/2019-03/05/content_7712402.htm">城东菜场改造完成重新开业</a><span>03-05</span></li>
</ul></div>
<div class="side-box"><h3>视频新闻</h3><ul><li><a href="/spxw/2019-03/03/content_7711990.htm">【视频】南湖区举行学雷锋主题活动</a></li></ul></div>
</div>
</div>
<div class="footer"><p>南湖区融媒体中心主办　版权所有 南湖新闻网　未经授权禁止转载</p><p><a href="https://beian.miit.example.cn/">浙ICP备14056789号</a>　互联网新闻信息服务许可证编号：33120180012</p></div>
</body>
</html>
"""

# (6) a city news site of 2023 reprinting a 新华社 story: div.detail-info holds span.time "2023-03-05 15:36" and
# "来源：<a href=…>新华社</a>" with the share block "分享到：" and its icon links straight after the link on the same
# line; the body in div.detail-content opens with the 新华社 dateline; 【责任编辑：…】 after it, 相关新闻 with dates,
# a 热点排行 column and the footer
REPRINT_2023_SOURCE_LINK = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>全国春耕备耕由南向北有序展开_国内新闻_临川网</title>
<meta name="keywords" content="春耕,备耕,农业生产">
<meta name="description" content="眼下，全国春耕备耕由南向北有序展开。">
<link rel="stylesheet" href="/static/css/detail.css?v=202302">
</head>
<body>
<div class="header"><div class="container"><a class="logo" href="/"><img src="/static/img/logo.png" alt="临川网"></a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/lc/">临川新闻</a></li><li class="active"><a href="/gn/">国内新闻</a></li><li><a href="/gj/">国际新闻</a></li><li><a href="/pl/">评论</a></li><li><a href="/sp/">视频</a></li></ul></div></div>
<div class="container clearfix">
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/gn/">国内新闻</a> &gt; 正文</div>
<div class="detail-main">
<h1 class="detail-title">全国春耕备耕由南向北有序展开</h1>
<div class="detail-info"><span class="time">2023-03-05 15:36</span><span class="source">来源：<a href="http://www.news.example.cn/" target="_blank">新华社</a></span> <span class="share">分享到：<a class="s-wx" href="javascript:;" title="微信"></a><a class="s-wb" href="javascript:;" title="微博"></a><a class="s-qq" href="javascript:;" title="QQ"></a><a class="s-qzone" href="javascript:;" title="QQ空间"></a></span></div>
<div class="detail-content">
<p>新华社北京3月5日电（记者 韩雪松）眼下，从南方的水稻育秧到北方的农资备货，全国春耕备耕由南向北有序展开。农业农村部最新调度显示，全国春播粮食意向面积稳中有增。</p>
<p>在南方，早稻集中育秧工作陆续启动，各地加快推广工厂化育秧、机插秧等技术。农业农村部门组织专家分区域开展技术指导，帮助农民抢抓农时。</p>
<p>在北方，农资企业加紧调运化肥、种子和农药，确保春耕用种用肥需求。目前，春耕化肥到位率已超过六成，种子供应总体充足。</p>
<p>农业农村部有关负责人表示，将继续加强春耕生产调度，密切关注天气变化，及早防范倒春寒、干旱等不利天气影响，为全年粮食丰收打下基础。</p>
</div>
<div class="detail-editor">【责任编辑：顾晨】</div>
<div class="related"><h3>相关新闻</h3><ul>
<li><a href="/gn/2023-03/04/content_2245671.html">各地多措并举保障春耕农资供应</a><span>2023-03-04</span></li>
<li><a href="/lc/2023-03/03/content_2245533.html">我市早稻育秧工作全面启动</a><span>2023-03-03</span></li>
</ul></div>
</div>
<div class="detail-side"><div class="box"><h3>热点排行</h3><ol><li><a href="/lc/2023-03/05/content_2245802.html">临川地铁1号线西延段开工</a></li><li><a href="/lc/2023-03/05/content_2245799.html">今年我市新增学位1.2万个</a></li></ol></div></div>
</div>
<div class="footer"><div class="container"><p>临川日报社主办　临川网版权所有</p><p><a href="https://beian.miit.example.cn/">赣ICP备11002345号</a>　互联网新闻信息服务许可证 36120170003</p></div></div>
</body>
</html>
"""

# (7) a 2011 regional news site served as GBK, all tables: the title in a bold <font> cell, ONE bracket line
# "【来源：金沙日报】【作者：杨立平】【时间：2011-03-05】【点击：<script>】【字体：大 中 小】", the body as <p> in
# td#fontzoom, 【打印此页】【关闭窗口】, 上一条/下一条, 相关新闻 rows with dates, a 热点新闻 cell and a footer table
REGIONAL_2011_BRACKETS = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>金沙县投入3200万元改造农村中小学校舍_金沙新闻网</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="90" background="/images/top_bg.jpg"><img src="/images/logo.gif" width="300" height="90" alt="金沙新闻网" /></td></tr>
<tr><td height="32" bgcolor="#B40000" class="nav" align="center"><a href="/">首页</a>　|　<a href="/html/jsxw/">金沙新闻</a>　|　<a href="/html/xzdt/">乡镇动态</a>　|　<a href="/html/bmdt/">部门动态</a>　|　<a href="/html/shms/">社会民生</a>　|　<a href="/html/tpxw/">图片新闻</a>　|　<a href="/bbs/">金沙论坛</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="28" class="weizhi">您现在的位置：<a href="/">金沙新闻网</a> &gt;&gt; <a href="/html/jsxw/">金沙新闻</a> &gt;&gt; 正文</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="690" valign="top">
 <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
 <tr><td height="50" align="center"><font style="font-size:22px;color:#B40000"><b>金沙县投入3200万元改造农村中小学校舍</b></font></td></tr>
 <tr><td height="26" align="center" style="color:#666666;border-bottom:1px dashed #cccccc">【来源：金沙日报】【作者：杨立平】【时间：2011-03-05】【点击：<script src="/inc/hits.asp?id=12345"></script>】【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
 <tr><td id="fontzoom" class="content" style="font-size:14px;line-height:200%;padding:10px">
 <p>　　本报讯 今年，县里将投入资金3200万元，对全县23所农村中小学的校舍进行改造加固，项目计划在暑假期间集中施工，9月开学前全部完工。</p>
 <p>　　据县教育局介绍，这批改造项目是全县校舍安全工程的第三批项目，共涉及校舍面积4.1万平方米，其中拆除重建1.2万平方米，加固改造2.9万平方米。</p>
 <p>　　为确保工程质量，县里成立了校舍安全工程领导小组，实行项目法人制、招投标制和工程监理制，每个项目都明确一名县教育局干部负责跟踪督查。</p>
 <p>　　县教育局局长赵建军表示，校舍改造完成后，全县农村中小学将全部消除D级危房，学生的学习和住宿条件将得到明显改善。</p>
 </td></tr>
 <tr><td height="30" align="right">【<a href="javascript:window.print()">打印此页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
 <tr><td height="50">上一条：<a href="/html/jsxw/2011/0304/12340.html">县委召开全县经济工作会议</a><br />下一条：<a href="/html/jsxw/2011/0305/12347.html">城关镇开展学雷锋志愿服务活动</a></td></tr>
 <tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0">
 <tr><td height="26" background="/images/tit_bg.gif"><b>相关新闻</b></td></tr>
 <tr><td height="22">·<a href="/html/jsxw/2010/0826/11234.html">全县校舍安全工程第二批项目顺利完工</a>　(2010-08-26)</td></tr>
 <tr><td height="22">·<a href="/html/jsxw/2010/0315/10456.html">我县启动中小学校舍安全工程</a>　(2010-03-15)</td></tr>
 </table></td></tr>
 </table>
</td>
<td width="10"></td>
<td width="260" valign="top">
 <table width="100%" border="0" cellspacing="0" cellpadding="0">
 <tr><td height="28" background="/images/right_tit.gif">　<b>热点新闻</b></td></tr>
 <tr><td height="22">·<a href="/html/shms/2011/0303/12321.html">县城新增公交线路两条</a></td></tr>
 <tr><td height="22">·<a href="/html/xzdt/2011/0302/12310.html">白沙乡春茶开采</a></td></tr>
 <tr><td height="22">·<a href="/html/bmdt/2011/0301/12298.html">县人社局举办春风行动招聘会</a></td></tr>
 </table>
</td>
</tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="70" align="center" bgcolor="#EEEEEE" style="line-height:22px">金沙新闻网 版权所有　主办：中共金沙县委宣传部<br />地址：金沙县城关镇人民路8号　<a href="https://beian.miit.example.cn/">黔ICP备09001234号</a></td></tr>
</table>
</body>
</html>
"""

# (8) page 1 of a three-page feature on a regional news site of 2013: h1, div.info "2013-03-05 08:45:12 来源：西江日报
# 作者：…", the body in div.content and, INSIDE that div after the last paragraph, the pager div#displaypagenum
# "1 2 3 下一页" (page 1 ends on a section's last paragraph); 相关新闻 with dates and a 网友评论 box after it
PAGER_2013_PAGE1 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>老街新生：西塘老街改造三年记 - 西江新闻网</title>
<meta name="keywords" content="西塘老街,改造,历史街区" />
<link href="/css/2012/content.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="top"><div class="w1000"><a href="http://www.xjnews.example.cn/">西江新闻网首页</a> | <a href="http://epaper.xjnews.example.cn/">西江日报</a> | <a href="http://bbs.xjnews.example.cn/">西江论坛</a> | <a href="http://weibo.example.cn/xjnews">官方微博</a></div></div>
<div id="header" class="w1000"><img src="/images/2012/logo.png" alt="西江新闻网" /></div>
<div id="nav" class="w1000"><a href="/">首页</a><a href="/xjxw/">西江新闻</a><a href="/sd/">深度</a><a href="/ms/">民生</a><a href="/wh/">文化</a><a href="/ly/">旅游</a><a href="/tp/">图片</a></div>
<div class="w1000 clearfix">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/sd/">深度</a> &gt; 正文</div>
<div id="left">
<h1>老街新生：西塘老街改造三年记</h1>
<div class="info">2013-03-05 08:45:12　来源：西江日报　作者：记者 林静 何波</div>
<div class="content">
<p>　　在西塘老街住了五十多年的陈阿婆，最近总爱在自家门口的石凳上坐一会儿。“房子修好了，路也平了，来玩的人多了，热闹。”她说。</p>
<p>　　三年前，这条长约800米的老街还是另一番模样：电线像蜘蛛网一样挂在屋檐下，下水道一下雨就堵，不少老房子的木梁已经被白蚁蛀空。</p>
<p>　　<strong>一、“修旧如旧”的难题</strong></p>
<p>　　2010年，西塘老街被列入市级历史文化街区保护名录，改造工程随即启动。摆在设计团队面前的第一个难题是：怎样修，才能既住得舒服，又不丢掉老街的味道？</p>
<p>　　设计团队花了半年时间，对老街的132幢老房子逐一测绘，建立了“一房一档”。能保留的木构件全部保留，需要更换的，也尽量用老木料、按老工艺制作。</p>
<p>　　“光是屋顶的小青瓦，我们就从周边拆迁村里收了20多万片。”参与改造的工程师周海峰说。</p>
<div id="displaypagenum"><center><span class="current">1</span> <a href="content_3456789_2.htm">2</a> <a href="content_3456789_3.htm">3</a> <a href="content_3456789_2.htm">下一页</a></center></div>
</div>
<div class="editor">（责任编辑：许晴）</div>
<div class="xgxw"><h3>相关新闻</h3><ul>
<li><a href="/xjxw/2013-02/28/content_3451234.htm">西塘老街二期改造年内启动</a> <span>2013-02-28</span></li>
<li><a href="/wh/2013-01/15/content_3432345.htm">老街里的手艺人</a> <span>2013-01-15</span></li>
</ul></div>
<div class="pl"><h3>网友评论</h3><p class="pl-tip">请文明发言，评论仅代表网友个人观点</p><textarea></textarea><input type="button" value="提交评论" /></div>
</div>
<div id="right"><div class="box"><h3>深度阅读</h3><ul><li><a href="/sd/2013-03/01/content_3452345.htm">一个乡村教师的二十年</a></li><li><a href="/sd/2013-02/25/content_3448456.htm">城市“停车难”调查</a></li></ul></div></div>
</div>
<div id="footer" class="w1000"><p>西江日报社主办　西江新闻网版权所有</p><p><a href="https://beian.miit.example.cn/">粤ICP备08012345号</a></p></div>
</body>
</html>
"""

# (9) a city 教育局's 新闻发布 page of 2020: div.news-title > h2, div.news-attr "发布日期：2020-05-18　来源：市教育局办公室
# 　字体：【大 中 小】", the body in div.news-txt: an opening paragraph, section headings 一、二、三 as bold
# paragraphs each followed by text, then 附件： and an <ul> of two attachment links (the list is the body's end);
# 打印/关闭, a 相关新闻发布 box with dates and the gov footer
JYJ_2020_PRESS_RELEASE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>临江市2020年义务教育阶段招生入学政策发布_新闻发布_临江市教育局</title>
<link rel="stylesheet" href="/res/css/common.css">
<link rel="stylesheet" href="/res/css/article.css">
</head>
<body>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/res/img/logo.png" alt="临江市教育局"></a>
<div class="search"><form action="/search/" method="get"><input type="text" name="keyword" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/jggk/">机构概况</a></li><li><a href="/jyxw/">教育新闻</a></li><li class="cur"><a href="/xwfb/">新闻发布</a></li><li><a href="/zfxxgk/">信息公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div></div>
<div class="w1200 main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwfb/">新闻发布</a> &gt; 正文</div>
<div class="article">
<div class="news-title"><h2>临江市2020年义务教育阶段招生入学政策发布</h2></div>
<div class="news-attr">发布日期：2020-05-18　　来源：市教育局办公室　　字体：【<a href="javascript:;" onclick="fontSize(18)">大</a> <a href="javascript:;" onclick="fontSize(16)">中</a> <a href="javascript:;" onclick="fontSize(14)">小</a>】</div>
<div class="news-txt" id="zoom">
<p>5月18日，市教育局召开新闻发布会，发布我市2020年义务教育阶段招生入学政策。现将有关情况发布如下：</p>
<p><strong>一、招生对象和范围</strong></p>
<p>今年全市小学一年级招收2013年9月1日至2014年8月31日出生的适龄儿童，初中一年级招收2020年小学毕业生。预计全市小学一年级招生约3.6万人，初中一年级招生约3.1万人。</p>
<p><strong>二、招生方式和时间</strong></p>
<p>全市公办学校继续实行划片招生、免试就近入学。今年起，小学和初中招生报名全部实行网上报名，报名时间为6月1日至6月10日，家长可登录“临江教育”平台或手机客户端办理。</p>
<p>民办学校招生与公办学校同步进行，报名人数超过招生计划的，由电脑随机派位确定录取名单。</p>
<p><strong>三、有关要求</strong></p>
<p>各学校不得以任何形式举行或变相举行选拔性考试，不得将各类竞赛成绩、考级证书作为招生依据。市教育局开通招生咨询电话0571-87654321，接受家长咨询和社会监督。</p>
<p>附件：</p>
<ul class="attach-list">
<li><a href="/xwfb/202005/P020200518563412785901.pdf" target="_blank">1.临江市2020年公办小学施教区划分表.pdf</a></li>
<li><a href="/xwfb/202005/P020200518563412785902.xlsx" target="_blank">2.临江市2020年民办初中招生计划表.xlsx</a></li>
</ul>
</div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="relate"><h3>相关新闻发布</h3><ul>
<li><a href="/xwfb/202004/t20200428_456321.shtml">市教育局就中小学分批错峰开学答记者问</a><span>2020-04-28</span></li>
<li><a href="/xwfb/201905/t20190520_398765.shtml">临江市2019年义务教育阶段招生入学政策发布</a><span>2019-05-20</span></li>
</ul></div>
</div>
<div class="footer"><div class="w1200"><p><a href="/sitemap/">网站地图</a> | <a href="/lxwm/">联系我们</a></p>
<p>主办单位：临江市教育局　版权所有 &copy; 临江市教育局　<a href="https://beian.miit.example.cn/">浙ICP备10023456号</a>　浙公网安备 33010202000456号　网站标识码：3301000045</p></div></div>
</body>
</html>
"""

# (10) a newspaper group's page of 2022 on an English-slug URL /news/2022/03/05/f7k2q9.html: <meta property="og:title">
# and <meta property="article:published_time" content="2022-03-05T10:20:00+08:00"> in the head, the visible line
# "3月5日 10:20" WITHOUT a year beside 来源：东海日报; the body in div.article-body, 编辑/审核 after it, 相关推荐 rows
# with "3月4日"-style dates, comments with relative times and the footer
GROUP_2022_SLUG_NO_YEAR = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>东海地铁3号线二期今年开工 全长14.6公里设站11座 - 东海新闻</title>
<meta name="description" content="东海地铁3号线二期工程将于今年开工建设。">
<meta property="og:type" content="article">
<meta property="og:title" content="东海地铁3号线二期今年开工 全长14.6公里设站11座">
<meta property="og:url" content="https://www.dhnews.example.cn/news/2022/03/05/f7k2q9.html">
<meta property="og:image" content="https://img.dhnews.example.cn/2022/03/05/f7k2q9_cover.jpg">
<meta property="article:published_time" content="2022-03-05T10:20:00+08:00">
<link rel="stylesheet" href="https://static.dhnews.example.cn/web/css/article.8d2f1a.css">
</head>
<body>
<header class="site-header"><div class="inner"><a class="logo" href="https://www.dhnews.example.cn/"><img src="https://static.dhnews.example.cn/web/img/logo.svg" alt="东海新闻"></a>
<nav><a href="https://www.dhnews.example.cn/">首页</a><a href="https://www.dhnews.example.cn/city/">城事</a><a href="https://www.dhnews.example.cn/finance/">财经</a><a href="https://www.dhnews.example.cn/culture/">文化</a><a href="https://www.dhnews.example.cn/video/">视频</a><a href="https://www.dhnews.example.cn/epaper/">数字报</a></nav>
<a class="app-link" href="https://www.dhnews.example.cn/app/">下载东海新闻客户端</a></div></header>
<main class="inner">
<article class="article">
<h1 class="article-title">东海地铁3号线二期今年开工 全长14.6公里设站11座</h1>
<div class="article-meta"><span class="meta-time">3月5日 10:20</span><span class="meta-source">来源：东海日报</span><span class="meta-author">记者 潘一鸣</span></div>
<div class="article-body">
<p>记者从市轨道交通集团获悉，东海地铁3号线二期工程将于今年6月开工建设，线路全长14.6公里，全部为地下线，设车站11座，计划2026年建成通车。</p>
<p>3号线二期自一期终点滨江站向南延伸，经过新城、港湾两个片区，终点设在南港站。建成后，从南港到市中心的通勤时间将由现在的1小时左右缩短到30分钟以内。</p>
<p>二期工程设换乘站3座，分别与1号线、5号线和规划中的7号线换乘。沿线将同步建设公交接驳站和非机动车停车场，方便市民“最后一公里”出行。</p>
<p>市轨道交通集团有关负责人表示，目前工程可行性研究报告已获批复，各站点的征地拆迁和管线迁改工作正在抓紧推进。</p>
</div>
<div class="article-credit">编辑：戴雨　审核：冯骏</div>
</article>
<section class="recommend"><h2>相关推荐</h2><ul>
<li><a href="https://www.dhnews.example.cn/news/2022/03/04/m3p8x1.html">地铁5号线全线“洞通”</a><span>3月4日</span></li>
<li><a href="https://www.dhnews.example.cn/news/2022/03/02/q9w4z7.html">今年我市计划新开通公交线路20条</a><span>3月2日</span></li>
</ul></section>
<section class="comments"><h2>评论</h2>
<div class="cmt"><span class="cmt-user">南港居民</span><span class="cmt-time">2小时前</span><p>终于等到了，希望早日通车！</p></div>
<div class="cmt"><span class="cmt-user">小海</span><span class="cmt-time">1小时前</span><p>新城那一段什么时候能围挡施工？</p></div></section>
</main>
<footer class="site-footer"><p>东海日报报业集团主办　东海新闻版权所有</p><p><a href="https://beian.miit.example.cn/">浙ICP备12034567号-1</a>　互联网新闻信息服务许可证：33120190008</p></footer>
</body>
</html>
"""

PAGES = [
    Page(
        "rg_zjol2014_baidu_spans_captions",
        "http://edu.jnol.example.cn/system/2014/03/05/019876543.shtml",
        ZJOL_2014_BAIDU_SPANS,
        "临江12所中小学试行“弹性上学” 早上到校时间可自选",
        "2014-03-05",
        "钱江晚报",
        "新学期开始，临江市12所中小学开始试行“弹性上学”：学生早上到校时间可以在7:30至8:10之间自主选择，学校在这段时间里安排晨读、跳绳和广播操，8:10统一开始第一节课。",
        "市教育局表示，试点为期一个学期，期间将通过问卷听取家长、教师和学生的意见，再决定是否在全市推广。",
        ("责任编辑", "相关新闻", "分享到", "杭城多所小学推迟早上到校时间", "支持！早上实在太赶了", "热门排行"),
    ),
    Page(
        "rg_cnnb2018_editor_note_box",
        "http://news.cnnp.example.cn/system/2018/03/05/030123456.shtml",
        CNNB_2018_EDITOR_NOTE,
        "家门口的托育来了！南浦首批20个社区开展婴幼儿照护试点",
        "2018-03-05",
        "南浦日报",
        "编者按：0至3岁婴幼儿“谁来带”，是不少双职工家庭的烦心事。今年起，我市在20个社区开展婴幼儿照护服务试点，把托育服务送到居民家门口。本报今起推出“家门口的托育”系列报道，敬请关注。",
        "市卫生健康委有关负责人表示，试点期间将制定社区托育点设置标准和服务规范，年底前总结经验，力争三年内实现社区托育服务街道全覆盖。",
        ("编辑：孙浩", "上一篇", "三江口将新建一座人行景观桥", "二孩家庭的“带娃经”", "南浦网评", "24小时排行"),
    ),
    Page(
        "rg_rongmei2021_h5_share_app_banner",
        "https://app.qxrm.example.cn/share/news/detail.html?id=61234&from=wx",
        RONGMEI_2021_H5_SHARE,
        "青溪县首个“共享菜园”在溪口村开园",
        "2021-03-05",
        "青溪融媒",
        "3月4日，青溪县首个“共享菜园”在溪口镇溪口村开园，村里把闲置的12亩土地平整成120块小菜地，供城里居民认领耕种。",
        "下一步，青溪县将在5个乡镇推广“共享菜园”模式，盘活闲置土地，促进城乡居民交流。",
        ("打开APP", "阅读量", "点赞", "立即下载", "推荐阅读", "溪口镇举办春耕农机展示会", "家乡越来越好了", "审核"),
    ),
    Page(
        "rg_county_gov2016_xl_tit_xl_info",
        "http://www.dtx.example.gov.cn/zwdt/dtyw/201603/t20160305_345678.html",
        COUNTY_GOV_2016_XL_TIT,
        "东塘县召开2016年春季植树造林动员大会",
        "2016-03-05",
        "东塘县林业局",
        "3月4日，东塘县召开2016年春季植树造林动员大会，总结去年全县造林绿化工作，部署今年春季植树造林任务。副县长刘志强出席会议并讲话。",
        "会上，县林业局与各乡镇签订了2016年造林绿化目标责任书。",
        ("浏览次数", "字号", "打印本页", "部门动态", "国家部委网站", "网站标识码"),
    ),
    Page(
        "rg_district2019_header_weekday_day",
        "http://www.nhnews.example.cn/msrd/2019-03/04/content_7712345.htm",
        DISTRICT_2019_HEADER_DAY,
        "南湖区推出老旧小区加装电梯“一站式”服务",
        "2019-03-04",  # the info line's day, not the header bar's 2019年03月05日 星期二
        "南湖区融媒体中心",
        "记者从南湖区住建局获悉，从本月起，南湖区在区行政服务中心设立老旧小区加装电梯服务窗口，居民从意见征询、方案设计到审批验收，都可以在一个窗口办结。",
        "南湖区住建局有关负责人表示，今年全区计划完成加装电梯60台，并将探索按楼栋成片加装的新模式。",
        ("星期二", "点击：", "上一篇", "城东菜场改造完成重新开业", "最新新闻", "南湖区举行学雷锋主题活动"),
    ),
    Page(
        "rg_reprint2023_source_link_share",
        "http://www.lcnews.example.cn/gn/2023-03/05/content_2245789.html",
        REPRINT_2023_SOURCE_LINK,
        "全国春耕备耕由南向北有序展开",
        "2023-03-05",
        "新华社",
        "新华社北京3月5日电（记者 韩雪松）眼下，从南方的水稻育秧到北方的农资备货，全国春耕备耕由南向北有序展开。农业农村部最新调度显示，全国春播粮食意向面积稳中有增。",
        "农业农村部有关负责人表示，将继续加强春耕生产调度，密切关注天气变化，及早防范倒春寒、干旱等不利天气影响，为全年粮食丰收打下基础。",
        ("分享到", "责任编辑", "各地多措并举保障春耕农资供应", "热点排行", "临川地铁1号线西延段开工"),
    ),
    Page(
        "rg_regional2011_bracket_line_gbk",
        "http://www.jsxw.example.cn/html/jsxw/2011/0305/12345.html",
        REGIONAL_2011_BRACKETS,
        "金沙县投入3200万元改造农村中小学校舍",
        "2011-03-05",
        "金沙日报",
        "本报讯 今年，县里将投入资金3200万元，对全县23所农村中小学的校舍进行改造加固，项目计划在暑假期间集中施工，9月开学前全部完工。",
        "县教育局局长赵建军表示，校舍改造完成后，全县农村中小学将全部消除D级危房，学生的学习和住宿条件将得到明显改善。",
        ("【来源", "【字体", "打印此页", "上一条", "全县校舍安全工程第二批项目顺利完工", "热点新闻", "白沙乡春茶开采"),
        gbk=True,
    ),
    Page(
        "rg_regional2013_pager_inside_page1",
        "http://www.xjnews.example.cn/sd/2013-03/05/content_3456789.htm",
        PAGER_2013_PAGE1,
        "老街新生：西塘老街改造三年记",
        "2013-03-05",
        "西江日报",
        "在西塘老街住了五十多年的陈阿婆，最近总爱在自家门口的石凳上坐一会儿。“房子修好了，路也平了，来玩的人多了，热闹。”她说。",
        "“光是屋顶的小青瓦，我们就从周边拆迁村里收了20多万片。”参与改造的工程师周海峰说。",
        ("下一页", "责任编辑", "西塘老街二期改造年内启动", "网友评论", "一个乡村教师的二十年"),
    ),
    Page(
        "rg_jyj2020_press_sections_attachments",
        "http://jyj.linjiang.example.gov.cn/xwfb/202005/t20200518_456789.shtml",
        JYJ_2020_PRESS_RELEASE,
        "临江市2020年义务教育阶段招生入学政策发布",
        "2020-05-18",
        "市教育局办公室",
        "5月18日，市教育局召开新闻发布会，发布我市2020年义务教育阶段招生入学政策。现将有关情况发布如下：",
        "2.临江市2020年民办初中招生计划表.xlsx",
        ("发布日期", "字体", "打印本页", "相关新闻发布", "市教育局就中小学分批错峰开学答记者问", "网站标识码"),
    ),
    Page(
        "rg_group2022_slug_url_no_year",
        "https://www.dhnews.example.cn/news/2022/03/05/f7k2q9.html",
        GROUP_2022_SLUG_NO_YEAR,
        "东海地铁3号线二期今年开工 全长14.6公里设站11座",
        "2022-03-05",  # from the URL and article:published_time; the page shows only 3月5日 10:20
        "东海日报",
        "记者从市轨道交通集团获悉，东海地铁3号线二期工程将于今年6月开工建设，线路全长14.6公里，全部为地下线，设车站11座，计划2026年建成通车。",
        "市轨道交通集团有关负责人表示，目前工程可行性研究报告已获批复，各站点的征地拆迁和管线迁改工作正在抓紧推进。",
        ("编辑：戴雨", "相关推荐", "地铁5号线全线“洞通”", "南港居民", "小时前", "下载东海新闻客户端"),
    ),
]
