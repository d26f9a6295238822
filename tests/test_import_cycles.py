"""No import cycle in our packages: not between modules, not between sibling packages.

The graph is grimp's (it comes with import-linter): every import statement counts, the ones
inside functions and under ``if TYPE_CHECKING:`` too, since hiding an import there leaves
the two modules just as tangled. A cycle is reported as the modules (or sibling packages)
that reach each other, one strongly connected component each, so the message names every
module to untangle, not only the first loop found.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import grimp
import pytest

PACKAGES = ("desktop", "views", "exports", "models")


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph(*PACKAGES, cache_dir=None)  # no cache folder in the checkout


def strongly_connected(nodes: Iterable[str], edges: Mapping[str, set[str]]) -> list[list[str]]:
    """The components of more than one node (Tarjan's algorithm, without recursion: a long
    chain of imports must not reach Python's recursion limit)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)

    for root in sorted(nodes):
        if root in index:
            continue
        visit(root)
        work = [(root, iter(sorted(edges.get(root, ()))))]
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in index:
                    visit(target)
                    work.append((target, iter(sorted(edges.get(target, ())))))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return found


def module_cycles(graph: grimp.ImportGraph, package: str) -> list[list[str]]:
    ours = set(graph.modules)
    edges = {m: graph.find_modules_directly_imported_by(m) & ours for m in ours}
    return [c for c in strongly_connected(ours, edges)
            if any(m == package or m.startswith(package + ".") for m in c)]


def sibling_cycles(graph: grimp.ImportGraph, package: str) -> list[list[str]]:
    """Cycles between the children of each package inside ``package``: ``views.plan`` and
    ``views.roster`` importing each other is a cycle even when no two modules are."""
    found = []
    for parent in sorted({package} | graph.find_descendants(package)):
        children = graph.find_children(parent)
        if len(children) < 2:
            continue
        owner = {m: child for child in children
                 for m in {child} | graph.find_descendants(child)}
        edges: dict[str, set[str]] = {child: set() for child in children}
        for module, child in owner.items():
            for target in graph.find_modules_directly_imported_by(module):
                if target in owner and owner[target] != child:
                    edges[child].add(owner[target])
        found += strongly_connected(children, edges)
    return found


def test_imports_inside_functions_are_in_the_graph(graph):
    """The guard the other tests rely on: ``desktop.cli`` imports ``desktop.app`` inside
    ``main()`` only (the widgets load only when a window is wanted)."""
    assert graph.direct_import_exists(importer="desktop.cli", imported="desktop.app")


def test_the_cycle_finder_finds_cycles():
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": {"e"}, "e": {"d"}, "f": {"a"}}
    assert sorted(strongly_connected(edges, edges)) == [["a", "b", "c"], ["d", "e"]]


@pytest.mark.parametrize("package", [
    "desktop", "views", "exports", "models",
])
def test_no_import_cycle(graph, package):
    cycles = module_cycles(graph, package)
    cycles += [c for c in sibling_cycles(graph, package) if c not in cycles]
    assert not cycles, "import cycles (each line: modules that reach one another):\n" + \
        "\n".join("  " + ", ".join(cycle) for cycle in cycles)
