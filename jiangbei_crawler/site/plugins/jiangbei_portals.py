# The portals page and the cross-portal search (jiangbei_crawler/multi_web.py).
from jiangbei_crawler.multi_web import *  # noqa: F401,F403
