"""Screenshots of the relationship graph, a question answered in it, and an org chart (hooked
into make_screenshots.py by the lead).

The demo data links few colleagues by "manager" relationships, so for the org chart a hierarchy
is planted in its largest organisation the way an owner would enter one (the most senior title
on top, then heads, then their teams) and taken away again afterwards, so the store is left as
it was found.
"""

from __future__ import annotations

from pathlib import Path

from screenshot_io import save as _save

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from pcrm.clock import FixedClock
from pcrm.services.graph import INTRODUCED, RELATIONSHIP, GraphFilter
from pcrm.services.session import Services
from pcrm.ui.dialogs.graph_window import GraphWindow
from pcrm.ui.dialogs.org_chart_window import OrgChartWindow
from pcrm.ui.models.person_rows import CITY

SENIOR = ("ceo", "director", "директор", "head", "керівник", "lead", "manager", "менеджер")


def _settle(done: object) -> None:
    for _ in range(1500):
        QApplication.processEvents()
        if callable(done) and done():
            break
        QThread.msleep(10)
    for _ in range(5):
        QApplication.processEvents()


def _seniority(title: str | None) -> int:
    text = (title or "").casefold()
    return next((n for n, word in enumerate(SENIOR) if word in text), len(SENIOR))


def _plant_hierarchy(services: Services, organisation_id: int) -> list[tuple[int, int]]:
    """Manager relationships over the organisation's members: a top, three heads, and their
    teams; the (manager, report) pairs planted, to take away again."""
    chart = services.graph.org_chart(organisation_id)
    members = sorted(chart.members(), key=lambda m: (_seniority(m.title), m.name))
    has_manager = {r.contact_id for m in chart.members() for r in m.reports}
    top, heads, rest = members[0], members[1:4], members[4:]
    planted: list[tuple[int, int]] = []

    def relate(manager: int, report: int) -> None:
        if report not in has_manager and manager != report:
            services.relationships.relate(manager, "manager", report)
            planted.append((manager, report))
            has_manager.add(report)

    for head in heads:
        relate(top.contact_id, head.contact_id)
    leads = rest[:4]
    for n, lead in enumerate(leads):
        relate(heads[n % len(heads)].contact_id, lead.contact_id)
    for n, member in enumerate(rest[4:]):
        # one lead gets a long list of reports (shown as a column), the others a few each
        manager = leads[0] if n % 3 else leads[1 + (n // 3) % (len(leads) - 1)]
        relate(manager.contact_id, member.contact_id)
    return planted


def render(out_dir: Path, services: Services, clock: FixedClock) -> None:
    """``graph.png``, ``graph-query.png`` and ``org-chart.png``."""
    del clock
    out_dir.mkdir(parents=True, exist_ok=True)
    window = GraphWindow(services)
    window.resize(1400, 860)
    window.show()
    _settle(lambda: window.plan is not None and not window.busy.isVisible())
    # relationships and introductions: the shared meetings of the busy demo contact would
    # draw a star over everything else
    window.set_filter(GraphFilter(edge_kinds=frozenset({RELATIONSHIP, INTRODUCED})))
    _settle(lambda: not window._reader.busy())
    _save(window, out_dir / "graph.png")

    window.set_filter(GraphFilter())
    _settle(lambda: not window._reader.busy())
    window.questions.set_kind(CITY)
    window.questions.text.setText("Lviv")
    window.questions.ask()
    _settle(lambda: not window.questions.busy())
    window.questions.results.selectRow(0)
    _settle(lambda: True)
    _save(window, out_dir / "graph-query.png")
    window.close()

    organisations = sorted(services.organisations.list(), key=lambda o: (-o.members, o.id))
    largest = organisations[0].id
    planted = _plant_hierarchy(services, largest)
    try:
        chart = OrgChartWindow(services, largest)
        chart.resize(1400, 860)
        chart.show()
        _settle(lambda: chart.chart is not None and not chart.busy.isVisible())
        _save(chart, out_dir / "org-chart.png")
        chart.close()
    finally:
        for manager, report in planted:
            services.relationships.unlink(manager, "manager", report)
