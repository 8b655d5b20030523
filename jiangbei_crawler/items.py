"""What the spider yields. Plain dataclasses; the pipeline dispatches on type."""

from dataclasses import dataclass, field


@dataclass
class ArticleItem:
    id: int
    url: str
    school: str | None
    category: str | None
    category_path: str | None
    title: str | None
    source: str | None
    published: str | None
    visits: int | None
    body_text: str
    body_html: str
    attachments: list = field(default_factory=list)  # dicts: name url sha256 size content_type offsite error
    warnings: list = field(default_factory=list)


@dataclass
class ListingItem:
    article_id: int
    school: str
    category_path: str


@dataclass
class FetchErrorItem:
    url: str
    reason: str
    status: int | None = None


@dataclass
class OffsiteLinkItem:
    from_url: str
    url: str


@dataclass
class RemovalItem:
    article_id: int
    url: str
    status: int | None
    final_url: str
    kind: str  # soft404 | 404 | 410 | redirect
    snippet: str


@dataclass
class FetchedItem:
    """A URL fetched successfully, so earlier errors for it are resolved."""

    url: str


@dataclass
class ListPageItem:
    url: str
    school: str
    category_path: str
    total: int | None
    pages: int


@dataclass
class FrontierItem:
    """An article URL found in a list; kept in the archive until the article is committed."""

    url: str
    meta: dict
