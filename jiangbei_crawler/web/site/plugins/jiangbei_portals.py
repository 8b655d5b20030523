# The portals page and the cross-portal search (jiangbei_crawler/web/portals.py).
from jiangbei_crawler.web.portals import *  # noqa: F401,F403
