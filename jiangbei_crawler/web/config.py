"""Which databases the plugin serves as archives, and where each one's files and WARC folders are.

Read from the plugin's configuration in Datasette's metadata (``plugins: jiangbei:``), the way datasette-atom
reads its own: at the top level, or per database (``databases: <name>: plugins: jiangbei: {...}``)::

    plugins:
      jiangbei:
        archives: [east, west]      # optional: the archive databases (default: every database with a
                                    # jiangbei block of its own, and the database named ``disclosure``)
    databases:
      east:
        plugins:
          jiangbei: {files: east/files, warc: east/warc}   # relative to the database's folder

A folder not configured is the one the archive's last crawl recorded, else the one beside the database
(store.files.ArchiveDir.of: the one owner of that layout).
"""

import os

from datasette.utils import tilde_decode, to_css_class
from jinja2 import BaseLoader, TemplateNotFound

from ..store.files import ArchiveDir

PLUGIN = "jiangbei"
DEFAULT_ARCHIVE = "disclosure"  # `datasette archive/` serves archive/disclosure.db, configured or not
TEMPLATES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "templates")


def own_config(datasette, database):
    """The database's own ``jiangbei`` block (never the top level's), or None."""
    return datasette.plugin_config(PLUGIN, database=database, fallback=False)


def archive_names(datasette):
    """The names of the databases served as archives, in the order Datasette lists them. Asked for every cell
    of a page (render_cell), so kept until the set of databases changes (metadata is read at start)."""
    key = tuple(datasette.databases)
    cached = getattr(datasette, "_jiangbei_archives", None)
    if cached is None or cached[0] != key:
        cached = datasette._jiangbei_archives = (key, _archive_names(datasette))
    return cached[1]


def _archive_names(datasette):
    listed = (datasette.plugin_config(PLUGIN) or {}).get("archives")
    if listed is not None:
        return [name for name in listed if name in datasette.databases]
    return [name for name in datasette.databases
            if name == DEFAULT_ARCHIVE or own_config(datasette, name) is not None]  # fmt: skip


def is_archive(datasette, name):
    return name is not None and name in archive_names(datasette)


def default_archive(datasette):
    """The archive the instance's own pages (``/``, ``/school/…``, ``/-/image/…``) belong to: ``disclosure``,
    else the only archive; None when several are served (each is then reached at ``/<name>/…``)."""
    names = archive_names(datasette)
    if DEFAULT_ARCHIVE in names:
        return DEFAULT_ARCHIVE
    return names[0] if len(names) == 1 else None


def archive_of(datasette, request):
    """The archive database a plugin route was asked about: the ``database`` of its path, else the default."""
    given = request.url_vars.get("database")
    name = tilde_decode(given) if given else default_archive(datasette)
    if not is_archive(datasette, name):
        return None
    return datasette.get_database(name)


def prefix(datasette, name):
    """Where an archive's own routes hang (images, attachments, captures, school pages, the watch feed):
    the instance's root for the default archive, ``/<name>`` for the others (with Datasette's base_url)."""
    if name == default_archive(datasette):
        return datasette.urls.path("/").rstrip("/")
    return datasette.urls.database(name)


async def archive_dir(datasette, db):
    """The archive's layout: the folders its configuration names, the recorded or default ones for the rest."""
    config = own_config(datasette, db.name) or {}
    folder = os.path.dirname(os.path.abspath(db.path))
    files, warc = (os.path.join(folder, config[k]) if config.get(k) else None for k in ("files", "warc"))
    return await db.execute_fn(lambda conn: ArchiveDir.of(str(db.path), conn, files=files, warc=warc))


def template_vars(datasette, name):
    """``jb`` of every archive page's template: the database, where its routes hang, its saved queries."""
    return {
        "db": name,
        "at": prefix(datasette, name),
        "queries": set(datasette.metadata("queries", database=name) or {}),
    }


class ArchiveTemplates(BaseLoader):
    """Another archive's pages use the ``disclosure`` ones (``row-<name>-articles.html`` is
    ``row-disclosure-articles.html``); its database page is its home (``archive-home.html``)."""

    KINDS = ("row", "table", "query", "_table-row", "_table")

    def __init__(self, datasette, loader):
        self.datasette, self.loader = datasette, loader

    def get_source(self, environment, template):
        target = self.alias(template)
        if target is None:
            raise TemplateNotFound(template)
        return self.loader.get_source(environment, target)

    def list_templates(self):  # the aliases are names, not files: Datasette's listing has the files
        return []

    def alias(self, template):
        for name in archive_names(self.datasette):
            css = to_css_class(name)
            if name == DEFAULT_ARCHIVE:
                continue
            if template == f"database-{css}.html":
                return "archive-home.html"
            for kind in self.KINDS:
                if template.startswith(f"{kind}-{css}-"):
                    return f"{kind}-{DEFAULT_ARCHIVE}-" + template[len(f"{kind}-{css}-") :]
        return None


def add_templates(env, datasette):
    """The archive's templates (this package's) after the configuration directory's own, before Datasette's;
    and every archive's names for them."""
    files = env.loader.loaders[0]  # FileSystemLoader: configuration directory, plugins', Datasette's last
    if TEMPLATES not in files.searchpath:
        files.searchpath.insert(len(files.searchpath) - 1, TEMPLATES)
    env.loader.loaders.insert(1, ArchiveTemplates(datasette, files))
