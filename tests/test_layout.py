"""The package's layout holds (docs/architecture.md): folders are the stages of the data flow, each imports
only from the stages below it, no module is too long to read in one sitting, and no import cycle."""

import ast
import pathlib

PACKAGE = pathlib.Path(__file__).resolve().parent.parent / "jiangbei_crawler"
# Bottom first. A module may import from its own stage and from the stages below, never from above.
STAGES = [
    {"settings", "items", "processes", "extract", "replica"},
    {"store"},
    {"documents"},
    {"crawl"},
    {"spiders"},
    {"web", "fleet"},
    {"cli", "testing"},
]
MAX_LINES = 400


def stage_of(top):
    return next(i for i, names in enumerate(STAGES) if top in names)


def modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "web" and "site" in rel.parts:  # Datasette loads these by path; they re-export web/
            continue
        yield path, rel


def imports(path, rel):
    """The package's top-level folders (or modules) that ``path`` imports."""
    package = list(rel.parts[:-1])
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                parts = base + (node.module.split(".") if node.module else [])
                names = [parts + [a.name] for a in node.names] if not parts else [parts]
            elif (node.module or "").startswith("jiangbei_crawler"):
                parts = node.module.split(".")[1:]
                names = [parts] if parts else [[a.name] for a in node.names]
            else:
                continue
            for parts in names:
                yield parts[0].removesuffix(".py"), node.lineno
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("jiangbei_crawler."):
                    yield a.name.split(".")[1], node.lineno


def test_every_module_is_in_a_stage():
    tops = {rel.parts[0].removesuffix(".py") for _, rel in modules()} - {"__init__"}
    assert tops <= set().union(*STAGES), tops - set().union(*STAGES)


def test_no_module_imports_from_a_stage_above_its_own():
    upward = []
    for path, rel in modules():
        top = rel.parts[0].removesuffix(".py")
        if top == "__init__":
            continue
        for target, line in imports(path, rel):
            if stage_of(target) > stage_of(top):
                upward.append(f"{rel}:{line} imports {target}")
    assert upward == []


def test_no_module_is_longer_than_400_lines():
    long = {
        str(rel): n for path, rel in modules() if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_no_import_cycle_between_folders():
    edges = {}
    for path, rel in modules():
        top = rel.parts[0].removesuffix(".py")
        edges.setdefault(top, set()).update(t for t, _ in imports(path, rel) if t != top)
    cycles = [(a, b) for a, targets in edges.items() for b in targets if a in edges.get(b, set())]
    assert cycles == []
