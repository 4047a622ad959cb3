"""The relationship graph, its queries and the org chart, on a real store."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from pcrm import errors
from pcrm.domain.card import AddressEntry, AffiliationEntry, ContactCard
from pcrm.services.graph import (
    INTRODUCED,
    MEETING,
    RELATIONSHIP,
    Graph,
    GraphEdge,
    GraphFilter,
)
from pcrm.services.session import Services
from pcrm.services.timeline import InteractionDraft

WHEN = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)


def person(services: Services, given: str, family: str = "", **more: object) -> int:
    card = ContactCard(given=given, family=family or None, **more)  # type: ignore[arg-type]
    return services.contacts.create(card).first("contact")


def meet(services: Services, *who: int, kind: str = "meeting", days: int = 0) -> int:
    return services.timeline.log(
        InteractionDraft(kind=kind, participants=list(who), starts_at=WHEN + timedelta(days=days))
    ).first("interaction")


def edges(graph: Graph, kind: str | None = None) -> set[tuple[int, int, str | None, int]]:
    return {
        (e.source, e.target, e.type_key, e.weight)
        for e in graph.edges
        if kind is None or e.kind == kind
    }


def node_ids(graph: Graph) -> set[int]:
    return {n.id for n in graph.nodes}


@pytest.fixture
def world(services: Services) -> dict[str, int]:
    """Acme (with a Kyiv office as sub-organisation) and its people; friends; introductions;
    meetings; one archived and one trashed contact."""
    ids: dict[str, int] = {}
    ids["anna"] = person(
        services,
        "Anna",
        "Adams",
        affiliations=[AffiliationEntry("Acme", title="CEO", primary=True)],
        addresses=[AddressEntry(locality="Київ", country="Україна")],
    )
    ids["bohdan"] = person(
        services,
        "Богдан",
        "Бойко",
        affiliations=[AffiliationEntry("Acme", title="CTO", department="Engineering")],
        addresses=[AddressEntry(locality="Kyiv")],
    )
    ids["carla"] = person(
        services,
        "Carla",
        "Conti",
        affiliations=[
            AffiliationEntry("Acme", title="Engineer", end_date=date(2027, 6, 30)),
        ],
        addresses=[AddressEntry(locality="Львів")],
    )
    ids["dmytro"] = person(
        services,
        "Дмитро",
        "Дуб",
        affiliations=[
            AffiliationEntry(
                "Acme", title="Intern", start_date=date(2020, 1, 1), end_date=date(2021, 1, 1)
            ),
            AffiliationEntry("Globex", title="Analyst"),
        ],
    )
    ids["eva"] = person(
        services, "Eva", "Evans", affiliations=[AffiliationEntry("Acme Kyiv office", title="Sales")]
    )
    ids["fred"] = person(services, "Fred", "Fox", introduced_by_id=ids["anna"])
    ids["gina"] = person(services, "Gina", "Gray", introduced_by_id=ids["fred"])
    ids["hugo"] = person(services, "Hugo", "Hill", introduced_by_id=ids["gina"])
    ids["archived"] = person(services, "Ivy", "Archer", archived=True)
    ids["trashed"] = person(services, "Jack", "Trash")
    ids["alone"] = person(services, "Kim", "Alone")
    r = services.relationships
    r.relate(ids["anna"], "manager", ids["bohdan"])
    r.relate(ids["bohdan"], "manager", ids["carla"])
    r.relate(ids["bohdan"], "friend", ids["carla"])
    r.relate(ids["carla"], "friend", ids["bohdan"])  # the same friendship, from the other side
    r.relate(ids["anna"], "spouse", ids["archived"])
    r.relate(ids["anna"], "friend", ids["trashed"])
    r.relate(ids["anna"], "introduced", ids["fred"])  # the same introduction as "how we met"
    r.relate(ids["dmytro"], "introduced", ids["eva"])
    meet(services, ids["bohdan"], ids["carla"], ids["dmytro"])
    meet(services, ids["bohdan"], ids["carla"], days=1)
    meet(services, ids["bohdan"], ids["carla"], kind="call", days=2)  # a call is no meeting
    gone = meet(services, ids["bohdan"], ids["dmytro"], days=3)
    services.timeline.trash([gone])
    meet(services, ids["trashed"], ids["anna"], days=4)
    meet(services, ids["trashed"], ids["anna"], days=5)
    services.contacts.trash([ids["trashed"]])
    acme = services.organisations.list()
    by_name = {o.name: o.id for o in acme}
    ids["acme"], ids["office"], ids["globex"] = (
        by_name["Acme"],
        by_name["Acme Kyiv office"],
        by_name["Globex"],
    )
    services.organisations.set_parent(ids["office"], ids["acme"])
    return ids


def test_edges_of_each_kind(services: Services, world: dict[str, int]) -> None:
    w = world
    graph = services.graph.graph(GraphFilter())
    assert edges(graph, RELATIONSHIP) == {
        (w["anna"], w["bohdan"], "manager", 1),
        (w["bohdan"], w["carla"], "manager", 1),
        (w["bohdan"], w["carla"], "friend", 1),  # once, though stored from both sides
    }
    manager = next(e for e in graph.edges if e.type_key == "manager")
    assert (manager.label, manager.reverse_label) == ("manager", "report")
    assert edges(graph, INTRODUCED) == {
        (w["anna"], w["fred"], None, 1),  # how we met + the relationship: one edge
        (w["fred"], w["gina"], None, 1),
        (w["gina"], w["hugo"], None, 1),
        (w["dmytro"], w["eva"], None, 1),
    }
    # two meetings together (the call and the trashed meeting do not count)
    assert edges(graph, MEETING) == {(w["bohdan"], w["carla"], None, 2)}
    assert graph.total == len(graph.nodes) == 8 and not graph.truncated
    assert node_ids(graph) == {
        w[k] for k in ["anna", "bohdan", "carla", "dmytro", "eva", "fred", "gina", "hugo"]
    }
    assert graph.node(w["bohdan"]) is not None
    assert graph.node(w["bohdan"]).degree == 4  # type: ignore[union-attr]
    assert graph.neighbours(w["bohdan"]) == {w["anna"], w["carla"]}


def test_shared_meeting_threshold(services: Services, world: dict[str, int]) -> None:
    w = world
    once = services.graph.graph(GraphFilter(edge_kinds=frozenset({MEETING}), min_shared_meetings=1))
    assert edges(once) == {
        (w["bohdan"], w["carla"], None, 2),
        (w["bohdan"], w["dmytro"], None, 1),
        (w["carla"], w["dmytro"], None, 1),
    }
    thrice = services.graph.graph(
        GraphFilter(edge_kinds=frozenset({MEETING}), min_shared_meetings=3)
    )
    assert thrice.edges == () and thrice.nodes == ()


def test_trash_never_archive_when_asked(services: Services, world: dict[str, int]) -> None:
    w = world
    plain = services.graph.graph(GraphFilter(include_unconnected=True))
    assert w["trashed"] not in node_ids(plain) and w["archived"] not in node_ids(plain)
    assert w["alone"] in node_ids(plain)
    archived = services.graph.graph(GraphFilter(include_archived=True))
    assert w["archived"] in node_ids(archived)
    assert (w["anna"], w["archived"], "spouse", 1) in edges(archived)
    assert w["trashed"] not in node_ids(archived)


def test_filters(services: Services, world: dict[str, int]) -> None:
    w = world
    g = services.graph
    friends = g.graph(
        GraphFilter(relationship_types=frozenset({"friend"}), edge_kinds=frozenset({RELATIONSHIP}))
    )
    assert edges(friends) == {(w["bohdan"], w["carla"], "friend", 1)}
    intro = g.graph(GraphFilter(edge_kinds=frozenset({INTRODUCED})))
    assert {e.kind for e in intro.edges} == {INTRODUCED}
    # Acme now: Anna, Bohdan, Carla (leaves next year), Eva (its Kyiv office); not Dmytro (left)
    # nor Zoe (starts next year)
    person(services, "Zoe", affiliations=[AffiliationEntry("Acme", start_date=date(2027, 1, 1))])
    acme = g.graph(GraphFilter(organisation_id=w["acme"], include_unconnected=True))
    assert node_ids(acme) == {w["anna"], w["bohdan"], w["carla"], w["eva"]}
    assert (w["dmytro"], w["eva"], None, 1) not in edges(acme)
    group = services.groups.create("Team").first("group")
    services.groups.add_members(group, [w["bohdan"], w["carla"], w["fred"]])
    team = g.graph(GraphFilter(group_id=group, include_unconnected=True))
    assert node_ids(team) == {w["bohdan"], w["carla"], w["fred"]}
    assert edges(team, INTRODUCED) == set()
    only = g.graph(GraphFilter(contact_ids=frozenset({w["fred"], w["gina"], w["hugo"]})))
    assert edges(only) == {(w["fred"], w["gina"], None, 1), (w["gina"], w["hugo"], None, 1)}
    with pytest.raises(errors.NotFound):
        g.graph(GraphFilter(group_id=9999))
    with pytest.raises(errors.BadInput):
        GraphFilter(edge_kinds=frozenset({"gossip"}))
    with pytest.raises(errors.BadInput):
        GraphFilter(limit=0)


def test_smart_group(services: Services, world: dict[str, int]) -> None:
    smart = services.groups.create("Adams family", query="Adams").first("group")
    graph = services.graph.graph(GraphFilter(group_id=smart, include_unconnected=True))
    assert node_ids(graph) == {world["anna"]}


def test_truncation_keeps_the_best_connected(services: Services, world: dict[str, int]) -> None:
    w = world
    graph = services.graph.graph(GraphFilter(limit=3))
    assert graph.truncated and graph.total == 8 and len(graph.nodes) == 3
    # Bohdan has the most edges; then the two linked to him
    assert node_ids(graph) == {w["bohdan"], w["carla"], w["anna"]}
    assert all(e.source in node_ids(graph) and e.target in node_ids(graph) for e in graph.edges)


def test_cancelled(services: Services, world: dict[str, int]) -> None:
    with pytest.raises(errors.SearchInterrupted):
        services.graph.graph(GraphFilter(), cancelled=lambda: True)


def test_grown_prefers_links_to_the_taken() -> None:
    from pcrm.services.graph import _grown

    # a hub with three leaves, and a separate triangle of higher degree than the leaves
    e = [GraphEdge(1, n, RELATIONSHIP) for n in (2, 3, 4)]
    e += [
        GraphEdge(5, 6, RELATIONSHIP),
        GraphEdge(6, 7, RELATIONSHIP),
        GraphEdge(5, 7, RELATIONSHIP),
    ]
    assert _grown([1, 2, 3, 4, 5, 6, 7], e, 4) == [1, 2, 3, 4]
    assert set(_grown([1, 2, 3, 4, 5, 6, 7], e, 6)) == {1, 2, 3, 4, 5, 6}


# -- queries --------------------------------------------------------------------------------------


def test_known_at(services: Services, world: dict[str, int]) -> None:
    w = world
    rows = services.graph.known_at(w["acme"])
    assert [r.contact_id for r in rows] == [
        w["anna"],
        w["carla"],
        w["eva"],
        w["bohdan"],
        w["dmytro"],
    ]
    by_id = {r.contact_id: r for r in rows}
    assert set(by_id) == {w["anna"], w["bohdan"], w["carla"], w["eva"], w["dmytro"]}
    assert [r.current for r in rows] == [True, True, True, True, False]  # current first
    assert rows[-1].contact_id == w["dmytro"]
    assert by_id[w["dmytro"]].detail == "Intern · Acme · 2020–2021"
    assert by_id[w["eva"]].detail == "Sales · Acme Kyiv office"
    assert by_id[w["bohdan"]].detail == "CTO · Engineering · Acme"
    assert [r.contact_id for r in services.graph.known_at("glob")] == [w["dmytro"]]
    assert {r.contact_id for r in services.graph.known_at("kyiv off")} == {w["eva"]}
    assert {r.contact_id for r in services.graph.known_at(f"#{w['globex']}")} == {w["dmytro"]}
    with pytest.raises(errors.NotFound):
        services.graph.known_at("Initech")
    with pytest.raises(errors.NotFound):
        services.graph.known_at(9999)


def test_known_at_cyrillic_name_by_latin(services: Services) -> None:
    olena = person(services, "Олена", affiliations=[AffiliationEntry("Київстар", title="CFO")])
    assert [r.contact_id for r in services.graph.known_at("kyivst")] == [olena]
    assert [r.contact_id for r in services.graph.known_at("КИЇВ")] == [olena]


def test_in_city(services: Services, world: dict[str, int]) -> None:
    w = world
    kyiv = {w["anna"], w["bohdan"]}  # Київ and Kyiv
    for asked in ("Kyiv", "kyiv", "Київ", "КИЇВ", "kyi"):
        assert {r.contact_id for r in services.graph.in_city(asked)} == kyiv, asked
    lviv = services.graph.in_city("Lviv")
    assert [(r.contact_id, r.detail) for r in lviv] == [(w["carla"], "Львів")]
    assert services.graph.in_city("Odesa") == []
    with pytest.raises(errors.BadInput):
        services.graph.in_city("  ")


def test_introduced_by_is_transitive(services: Services, world: dict[str, int]) -> None:
    w = world
    rows = services.graph.introduced_by(w["anna"])
    assert [(r.contact_id, r.depth, r.via_id) for r in rows] == [
        (w["fred"], 1, w["anna"]),
        (w["gina"], 2, w["fred"]),
        (w["hugo"], 3, w["gina"]),
    ]
    assert rows[1].detail == "Fred Fox"
    assert [r.contact_id for r in services.graph.introduced_by(w["dmytro"])] == [w["eva"]]
    # a loop (Hugo introduced Anna) ends where it began
    services.relationships.relate(w["hugo"], "introduced", w["anna"])
    assert len(services.graph.introduced_by(w["anna"])) == 3
    with pytest.raises(errors.NotFound):
        services.graph.introduced_by(w["trashed"])


# -- the org chart --------------------------------------------------------------------------------


def staff(services: Services, org: str, *names: str) -> dict[str, int]:
    return {
        name: person(services, name, affiliations=[AffiliationEntry(org, title=f"{name} title")])
        for name in names
    }


def shape(member: object) -> object:
    from pcrm.services.org_chart import OrgMember

    assert isinstance(member, OrgMember)
    return (member.name, [shape(r) for r in member.reports]) if member.reports else member.name


def test_org_chart_tree(services: Services) -> None:
    s = staff(services, "Initech", "Ann", "Ben", "Cat", "Dan", "Eve", "Fay", "Gus")
    r = services.relationships
    for manager, report in (
        ("Ann", "Ben"),
        ("Ann", "Cat"),
        ("Ben", "Dan"),
        ("Ben", "Eve"),
        ("Cat", "Fay"),
    ):
        r.relate(s[manager], "manager", s[report])
    r.relate(s["Dan"], "colleague", s["Eve"])
    org = next(o.id for o in services.organisations.list() if o.name == "Initech")
    services.organisations.create("Initech Labs", parent_id=org)
    chart = services.graph.org_chart(org)
    assert chart.name == "Initech"
    assert [shape(m) for m in chart.roots] == [("Ann", [("Ben", ["Dan", "Eve"]), ("Cat", ["Fay"])])]
    assert [m.name for m in chart.unplaced] == ["Gus"]
    assert chart.roots[0].title == "Ann title"
    assert chart.size == 7
    assert [(o.name, o.members) for o in chart.sub_organisations] == [("Initech Labs", 0)]
    labs = services.graph.org_chart(chart.sub_organisations[0].id)
    assert labs.parent == (org, "Initech") and labs.size == 0


def test_org_chart_loops_and_former_members(services: Services) -> None:
    s = staff(services, "Loopy", "Ann", "Ben", "Cat", "Dan")
    r = services.relationships
    r.relate(s["Ann"], "manager", s["Ben"])
    r.relate(s["Ben"], "manager", s["Cat"])
    r.relate(s["Cat"], "manager", s["Ann"])  # a loop of three
    r.relate(s["Cat"], "manager", s["Dan"])
    left = person(
        services,
        "Zed",
        affiliations=[AffiliationEntry("Loopy", end_date=date(2025, 1, 1))],
    )
    r.relate(s["Ann"], "manager", left)
    org = next(o.id for o in services.organisations.list() if o.name == "Loopy")
    chart = services.graph.org_chart(org)
    members = {m.name: m for m in chart.members()}
    assert set(members) == {"Ann", "Ben", "Cat", "Dan"}  # Zed has left
    assert len(chart.roots) == 1 and not chart.unplaced
    # Cat has the most reports in the loop (Ann and Dan): the loop is broken there
    assert shape(chart.roots[0]) == ("Cat", [("Ann", ["Ben"]), "Dan"])
    assert all(members[n].in_cycle for n in ("Ann", "Ben", "Cat")) and not members["Dan"].in_cycle


def test_org_chart_loop_broken_by_another_manager(services: Services) -> None:
    s = staff(services, "Two", "Ann", "Ben", "Boss")
    r = services.relationships
    r.relate(s["Ann"], "manager", s["Ben"])
    r.relate(s["Ben"], "manager", s["Ann"])
    r.relate(s["Boss"], "manager", s["Ann"])  # Ann's other manager is outside the loop
    org = next(o.id for o in services.organisations.list() if o.name == "Two")
    chart = services.graph.org_chart(org)
    assert [shape(m) for m in chart.roots] == [("Boss", [("Ann", ["Ben"])])]


def test_org_chart_unknown(services: Services) -> None:
    with pytest.raises(errors.NotFound):
        services.graph.org_chart(12345)
