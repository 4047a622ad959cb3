"""The demo's address book (:mod:`pcrm.services.demo`): the people, their cards and circles.

:class:`ContactsPart` plans the people (culture, sex, names, relatives) and writes the
organisations, groups and custom field definitions, then the contacts with phones in the forms
people type, e-mails, messengers and profiles, addresses, jobs, custom values, birthdays and
anniversaries, relationships, how-we-met and group memberships.  Display names and search keys
are computed as ContactService computes them, once per distinct name.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from pcrm.domain import phones
from pcrm.domain.kinds import CustomFieldType
from pcrm.domain.names import PersonName, display_name_for, search_keys
from pcrm.domain.text import fold, transliterations
from pcrm.services.demo_cultures import CULTURE_INDEX, CULTURES, NICKNAMES, phrases
from pcrm.services.demo_load import (
    BATCH,
    BUSY_FAMILY,
    BUSY_GIVEN,
    YEARS,
    Load,
    Person,
    Row,
    TimeText,
    uid_prefix,
    weighted,
)
from pcrm.services.demo_vocabulary import (
    CUSTOM_FIELDS,
    DEPARTMENTS,
    GROUPS,
    MET_CHANNELS,
    MET_PLACES,
    NOTES,
    ORG_BG,
    ORG_DE,
    ORG_DE_B,
    ORG_EN_A,
    ORG_EN_B,
    ORG_EN_C,
    ORG_PL,
    ORG_PL_B,
    ORG_RU,
    ORG_SUFFIX,
    ORG_UA,
    ORG_UA_FORM,
    ROLES,
    SLOTS,
    TITLES_DE,
    TITLES_EN,
    TITLES_RU,
    TITLES_UK,
    UNIVERSITIES,
    fill,
)
from pcrm.store import models as m

# -- phones ---------------------------------------------------------------------------------------

_UA_OPERATORS = ("50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99")


def _phone(rand: Callable[[], float], plan: str) -> tuple[str, str, str]:
    """(typed form, the E.164 it should normalise to, the name of the format)."""

    def r(low: int, high: int | None = None) -> int:
        if high is None:
            return int(rand() * low)
        return low + int(rand() * (high - low))

    if plan == "ua":
        op, a, b, c = _UA_OPERATORS[r(len(_UA_OPERATORS))], r(100, 1000), r(100), r(100)
        form = r(5)
        typed = (
            f"+380 {op} {a} {b:02d} {c:02d}", f"0{op} {a} {b:02d} {c:02d}",
            f"+38 (0{op}) {a}-{b:02d}-{c:02d}", f"0{op}{a}{b:02d}{c:02d}",
            f"+380{op}{a}{b:02d}{c:02d}",
        )[form]  # fmt: skip
        return typed, f"+380{op}{a}{b:02d}{c:02d}", f"ua{form}"
    if plan == "ru":
        ru_code, a, b, c = r(900, 1000), r(100, 1000), r(100), r(100)
        form = r(3)
        typed = (f"+7 {ru_code} {a}-{b:02d}-{c:02d}", f"+7 ({ru_code}) {a}-{b:02d}-{c:02d}",
                 f"+7{ru_code}{a}{b:02d}{c:02d}")[form]  # fmt: skip
        return typed, f"+7{ru_code}{a}{b:02d}{c:02d}", f"ru{form}"
    if plan == "bg":
        op, a, b = "789"[r(3)], r(100, 1000), r(1000, 10000)
        return f"+359 8{op} {a} {b}", f"+3598{op}{a}{b}", "bg"
    if plan == "de":
        if rand() < 0.7:
            op, a = ("151", "152", "160", "170", "176")[r(5)], r(10**7, 10**8)
            return f"+49 {op} {a}", f"+49{op}{a}", "de-mobile"
        a = r(10**7, 10**8)
        return f"+49 30 {a}", f"+4930{a}", "de-berlin"
    if plan == "pl":
        a, b, c = r(500, 900), r(100, 1000), r(100, 1000)
        if rand() < 0.5:
            return f"+48 {a} {b} {c}", f"+48{a}{b}{c}", "pl0"
        return f"+48 {a}-{b}-{c}", f"+48{a}{b}{c}", "pl1"
    if plan == "en":
        roll = rand()
        if roll < 0.5:
            area, a, b = ("212", "415", "617", "312", "646", "347")[r(6)], r(200, 1000), r(10000)
            return f"+1 ({area}) {a}-{b:04d}", f"+1{area}{a}{b:04d}", "us"
        if roll < 0.8:
            a, b = r(100, 1000), r(100000, 1000000)
            return f"+44 7{a} {b}", f"+447{a}{b}", "uk-mobile"
        a, b = r(1000, 10000), r(1000, 10000)
        return f"+44 20 {a} {b}", f"+4420{a}{b}", "uk-london"
    if plan == "fr":
        a, b, c, d = r(100), r(100), r(100), r(100)
        return f"+33 6 {a:02d} {b:02d} {c:02d} {d:02d}", f"+336{a:02d}{b:02d}{c:02d}{d:02d}", "fr"
    a, b, c = r(10, 100), r(100, 1000), r(100, 1000)
    return f"+34 6{a} {b} {c}", f"+346{a}{b}{c}", "es"


# -- the part -------------------------------------------------------------------------------------

# what fold() leaves that an e-mail address or a handle cannot hold
_LATIN_EXTRA = str.maketrans({"ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "đ": "d", "'": ""})


class ContactsPart(Load):
    """Plans the people; writes organisations, groups, custom field definitions and contacts."""

    # -- names and keys ---------------------------------------------------------------------------

    def keys(self, p: Person, email: str | None) -> tuple[str, str, str]:
        """(display_name, sort_key, name_latin) exactly as ContactService computes them."""
        key = (p.prefix, p.given, p.middle, p.family, p.suffix, p.nickname, p.display_custom)
        found = self.names.get(key)
        if found is None:
            name = PersonName(p.prefix, p.given, p.middle, p.family, p.suffix, p.nickname)
            shown = display_name_for(name, p.display_custom, fallback=email)
            sort, latin = search_keys(name, shown)
            found = (shown, sort, latin)
            self.names[key] = found
        return found

    def ascii_name(self, text: str, cyrillic: bool, russian: bool = False) -> str:
        """A name as it goes into an e-mail address or a handle: "Олена" → "olena"."""
        key = (text, russian)
        found = self.ascii.get(key)
        if found is None:
            if cyrillic:
                readings = transliterations(text).split() or [text]
                found = readings[-1] if russian else readings[0]
            else:
                found = fold(text).translate(_LATIN_EXTRA)
            found = re.sub(r"[^a-z0-9]", "", found.lower())
            self.ascii[key] = found
        return found

    def normalized_phone(self, typed: str, e164: str, form: str) -> str | None:
        """What ``phones.to_e164(typed)`` returns: asked once per format, then trusted."""
        ok = self.phone_formats.get(form)
        if ok is None:
            ok = phones.to_e164(typed) == e164
            self.phone_formats[form] = ok
        return e164 if ok else phones.to_e164(typed)

    # -- people -----------------------------------------------------------------------------------

    def plan_people(self) -> None:
        rng = self.rng
        rand = rng.random

        def pick(seq: Sequence[Any]) -> Any:
            return seq[int(rand() * len(seq))]

        n = self.n_contacts
        base = self.bases["contacts"]
        self.contact_ids = list(range(base + 1, base + n + 1))
        cultures = weighted(range(len(CULTURES)), [c.weight for c in CULTURES])
        people = self.people
        busy_culture = CULTURE_INDEX["uk"]
        busy_stem = next(
            j for j, pair in enumerate(CULTURES[busy_culture].family) if pair[0] == BUSY_FAMILY
        )
        people.append(Person(busy_culture, True, BUSY_GIVEN, BUSY_FAMILY, busy_stem))
        for i in range(1, n):
            ci = pick(cultures)
            c = CULTURES[ci]
            female = rand() < 0.5
            stem = int(rand() * len(c.family))
            relative = -1
            if i > 2 and rand() < 0.15:
                # a relative of someone planned recently: same culture, same family name
                j = i - 1 - int(rand() * min(i - 2, 50))
                if people[j].family_stem >= 0:
                    relative = j
                    ci, stem = people[j].culture, people[j].family_stem
                    c = CULTURES[ci]
            p = Person(ci, female, pick(c.given_f if female else c.given_m),
                        c.family[stem][1 if female else 0], stem, relative=relative)  # fmt: skip
            roll = rand()
            if c.patronymics and roll < 0.12:
                p.middle = pick(c.patronymics)[1 if female else 0]
            elif c.middles and roll < 0.1:
                p.middle = pick(c.middles)
            if not c.cyrillic and rand() < 0.02:
                p.prefix = pick(("Dr", "Prof.", "Dr."))
            if c.key == "en" and not female and rand() < 0.01:
                p.suffix = pick(("Jr.", "III", "Sr."))
            if rand() < 0.06 and p.given in NICKNAMES:
                p.nickname = NICKNAMES[p.given]
            roll = rand()
            if roll < 0.004:
                label = pick(("сусідка", "з йоги", "neighbour", "from the gym", "бухгалтер"))
                p.display_custom = f"{p.given} ({label})"
            elif roll < 0.008:
                p.family, p.family_stem = None, -1  # a given name only
            people.append(p)

    # -- organisations, groups, custom fields ------------------------------------------------------

    def write_organisations(self) -> None:
        rng = self.rng
        count = max(5, min(350, self.n_contacts // 250 + 5))
        base = self.bases["organisations"]
        prefix = uid_prefix(rng)
        rows = []
        span = timedelta(days=365 * YEARS)
        culture_table = weighted(range(len(CULTURES)), [c.weight for c in CULTURES])
        for k in range(count):
            oid = base + k + 1
            parent = None
            culture = rng.choice(culture_table)
            ck = CULTURES[culture].key
            if k >= 20 and rng.random() < 0.12:
                p = rng.randrange(k)
                parent = base + p + 1
                name = f"{self.org_names[p]} {rng.choice(ORG_SUFFIX)}"
                domain = self.org_domains[p]
                culture = self.org_culture[p]
            elif rng.random() < 0.06:
                name = rng.choice(UNIVERSITIES)
                cyrillic = bool(re.search("[а-яіїє]", name.lower()))
                domain = self.ascii_name(name.split()[0], cyrillic) + ".edu"
            elif ck == "uk":
                word = rng.choice(ORG_UA).replace("_", " ")
                name = f"{rng.choice(ORG_UA_FORM)} «{word}»"
                domain = self.ascii_name(word.split()[0], True) + rng.choice(
                    (".ua", ".com.ua", ".com")
                )
            elif ck == "ru":
                word = rng.choice(ORG_RU).replace("_", " ")
                name = f"ООО «{word}»"
                domain = self.ascii_name(word.split()[0], True, True) + ".com"
            elif ck == "bg":
                word = rng.choice(ORG_BG).replace("_", " ")
                name = f"{word} ООД"
                domain = self.ascii_name(word.split()[0], True, True) + ".bg"
            elif ck == "de":
                first = rng.choice(ORG_DE)
                name = (
                    f"{first} {rng.choice(ORG_DE_B)} {rng.choice(('GmbH', 'AG', 'GmbH & Co. KG'))}"
                )
                domain = self.ascii_name(first, False) + ".de"
            elif ck == "pl":
                first = rng.choice(ORG_PL)
                name = f"{first} {rng.choice(ORG_PL_B)} {rng.choice(('sp. z o.o.', 'S.A.'))}"
                domain = self.ascii_name(first, False) + ".pl"
            else:
                a, b = rng.choice(ORG_EN_A), rng.choice(ORG_EN_B)
                name = f"{a} {b} {rng.choice(ORG_EN_C)}".strip()
                domain = f"{a.lower()}{b.lower()}.com"
            created = self.now - span * rng.random()
            rows.append({
                "id": oid, "uid": f"{prefix}{oid:012x}", "name": name,
                "department": rng.choice(DEPARTMENTS) if rng.random() < 0.05 else None,
                "website": f"https://{domain}" if rng.random() < 0.8 else None,
                "notes": "Key account." if rng.random() < 0.03 else None,
                "parent_id": parent, "deleted_at": None, "created_at": created,
                "updated_at": created,
            })  # fmt: skip
            self.org_ids.append(oid)
            self.org_names.append(name)
            self.org_domains.append(domain)
            self.org_culture.append(culture)
        self.core(m.Organisation, rows)

    def write_groups_and_fields(self) -> None:
        assert self.conn is not None
        rng = self.rng
        base = self.bases["groups"]
        prefix = uid_prefix(rng)
        count = len(GROUPS) if self.n_contacts >= 200 else max(3, self.n_contacts // 20)
        created = self.now - timedelta(days=365 * YEARS)
        rows = [
            {"id": base + k + 1, "uid": f"{prefix}{base + k + 1:012x}", "name": name,
             "colour": colour, "query": None, "position": k, "deleted_at": None,
             "created_at": created, "updated_at": created}
            for k, (name, colour) in enumerate(GROUPS[:count])
        ]  # fmt: skip
        self.core(m.Group, rows)
        self.group_ids = [base + k + 1 for k in range(len(rows))]

        d = m.CustomFieldDef
        existing = {name: kind for name, kind in self.conn.execute(select(d.name, d.field_type))}
        position = len(existing)
        new = []
        for name, kind, choices in CUSTOM_FIELDS:
            if name not in existing:
                choice = kind == CustomFieldType.CHOICE.value
                new.append({"name": name, "field_type": kind,
                            "choices": list(choices) if choice else None,
                            "position": position})  # fmt: skip
                position += 1
        self.core(d, new)
        by_name = {name: int(fid) for name, fid in self.conn.execute(select(d.name, d.id))}
        self.custom_fields = [
            (by_name[name], kind, choices)
            for name, kind, choices in CUSTOM_FIELDS
            if existing.get(name, kind) == kind
        ]
        rt = m.RelationshipType
        self.relationship_types = {
            key: int(i) for key, i in self.conn.execute(select(rt.key, rt.id))
        }

    # -- contacts ---------------------------------------------------------------------------------

    def write_contacts(self) -> None:
        rng = self.rng
        rand = rng.random

        def pick(seq: Sequence[Any]) -> Any:
            return seq[int(rand() * len(seq))]

        def below(high: int, low: int = 0) -> int:
            return low + int(rand() * (high - low))

        n = self.n_contacts
        ids = self.contact_ids
        people = self.people
        text = self.clock.text
        now_ts = TimeText.epoch(self.now)
        span = 365 * YEARS * 86_400
        prefix = uid_prefix(rng)
        date_prefix = uid_prefix(rng)
        base_date = self.bases["important_dates"]
        date_count = 0
        contact_cols = phrases(
                           "id|prefix|given|middle|family|suffix|nickname|display_name|display_name_custom"
                           "|sort_key|name_latin|notes|cadence_days|time_zone|is_favourite|is_archived"
                           "|deleted_at|met_on|met_place|met_channel|met_notes|introduced_by_id"
                           "|last_interaction_at|created_at|updated_at"
                       )  # fmt: skip
        contact_computed = (("uid", f"printf('%s%012x', '{prefix}', id)"),)
        field_cols = ("contact_id", "kind", "service", "label", "value", "normalized",
                      "is_preferred", "position")  # fmt: skip
        address_cols = ("contact_id", "label", "is_preferred", "street", "locality", "region",
                        "postal_code", "country", "position")  # fmt: skip
        affiliation_cols = ("contact_id", "organisation_id", "title", "role", "department",
                            "start_date", "end_date", "is_primary", "position")  # fmt: skip
        custom_cols = ("contact_id", "field_id", "value_text", "value_number", "value_date")
        date_cols = ("id", "uid", "contact_id", "kind", "label", "year", "month", "day", "remind",
                     "position")  # fmt: skip
        contacts: list[Row] = []
        fields: list[Row] = []
        addresses: list[Row] = []
        affiliations: list[Row] = []
        customs: list[Row] = []
        dates: list[Row] = []
        members: list[Row] = []
        relations: dict[tuple[int, int, int], Row] = {}
        rt = self.relationship_types
        married: set[int] = set()
        org_count = len(self.org_ids)
        org_ids, org_domains, org_members = self.org_ids, self.org_domains, self.org_members
        org_by_culture: dict[int, list[int]] = {}
        for k, culture in enumerate(self.org_culture):
            org_by_culture.setdefault(culture, []).append(k)
        group_ids = self.group_ids
        custom_fields = self.custom_fields
        today = self.now.date().toordinal()
        titles_by = {"uk": TITLES_UK, "ru": TITLES_RU, "bg": TITLES_RU, "de": TITLES_DE}

        def relate(a: int, b: int, key: str, when: str) -> None:
            if a != b and key in rt:
                relations.setdefault((a, b, rt[key]), (a, b, rt[key], None, when))

        def flush() -> None:
            # children first: the contacts' insert trigger then builds each search document once
            self.bulk("contact_fields", field_cols, fields)
            self.bulk("postal_addresses", address_cols, addresses)
            self.bulk("custom_field_values", custom_cols, customs)
            self.bulk("affiliations", affiliation_cols, affiliations)
            self.bulk("contacts", contact_cols, contacts, contact_computed)
            self.direct("important_dates", date_cols, dates)
            self.direct("group_members", ("group_id", "contact_id", "added_at"), members)
            for rows in (fields, addresses, customs, affiliations, contacts, dates, members):
                rows.clear()

        for i, p in enumerate(people):
            cid = ids[i]
            c = CULTURES[p.culture]
            russian = c.key in ("ru", "bg")
            busy = i == 0
            created_ts = now_ts - span + int(rand() * (span - 86_400))
            created_ts += 6 * 3600 + int(rand() * 14 * 3600) - created_ts % 86_400  # daytime
            created = text(created_ts)
            # phones, e-mails, messengers, profiles
            position = 0
            g_ascii = self.ascii_name(p.given, c.cyrillic, russian)
            f_ascii = self.ascii_name(p.family, c.cyrillic, russian) if p.family else ""
            roll = rand()
            phone_count = (
                1 if busy else 0 if roll < 0.1 else 1 if roll < 0.75 else 2 if roll < 0.95 else 3
            )
            first_phone = None
            for k in range(phone_count):
                typed, e164, form = _phone(rand, c.phone if k == 0 or rand() < 0.8 else "ua")
                first_phone = first_phone or typed
                label = "mobile" if k == 0 else pick(("work", "home", "mobile"))
                normalized = self.normalized_phone(typed, e164, form)
                preferred = int(k == 0 and phone_count > 1 and rand() < 0.7)
                fields.append((cid, "phone", None, label, typed, normalized, preferred, position))
                position += 1
            roll = rand()
            email_count = 1 if busy else 0 if roll < 0.2 else 1 if roll < 0.8 else 2
            first_email = None
            for k in range(email_count):
                roll = rand()
                local = (
                    f"{g_ascii}.{f_ascii}" if roll < 0.4 and f_ascii else
                    f"{g_ascii}{f_ascii}" if roll < 0.55 else
                    f"{g_ascii[:1]}{f_ascii or g_ascii}" if roll < 0.7 else
                    f"{g_ascii}_{f_ascii}{below(100)}" if roll < 0.85 else
                    f"{g_ascii}{below(2006, 1970)}"
                )  # fmt: skip
                work = k == 1 and org_count > 0
                address = f"{local}@{pick(org_domains) if work else pick(c.mail)}"
                if rand() < 0.05:
                    address = address.capitalize()
                first_email = first_email or address
                label = "work" if work else pick(("home", None))
                preferred = int(k == 0 and email_count > 1)
                fields.append((cid, "email", None, label, address, address.lower(), preferred,
                               position))  # fmt: skip
                position += 1
            if busy or rand() < (0.45 if c.cyrillic else 0.1):
                value = f"@{g_ascii}_{f_ascii}" if f_ascii else f"@{g_ascii}{below(99, 10)}"
                fields.append((cid, "messenger", "telegram", pick((None, "personal")), value,
                               value.casefold(), int(rand() < 0.3), position))  # fmt: skip
                position += 1
            if first_phone and rand() < 0.25:
                fields.append((cid, "messenger", pick(("whatsapp", "signal", "viber")), None,
                               first_phone, first_phone.casefold(), 0, position))  # fmt: skip
                position += 1
            roll = rand()
            if roll < 0.35:
                service, value = (
                    ("linkedin", f"https://www.linkedin.com/in/{g_ascii}-{f_ascii}-{below(16**6):06x}")
                    if roll < 0.2 else
                    ("instagram", f"@{g_ascii}.{f_ascii}") if roll < 0.27 else
                    ("github", f"github.com/{g_ascii[:1]}{f_ascii or g_ascii}") if roll < 0.3 else
                    ("x", f"@{g_ascii}{f_ascii[:3]}") if roll < 0.33 else
                    ("mastodon", f"@{g_ascii}@mastodon.social")
                )  # fmt: skip
                fields.append((cid, "social", service, None, value, value.casefold(), 0, position))
                position += 1
            if rand() < 0.03:
                value = f"https://{g_ascii}{f_ascii}.dev"
                fields.append((cid, "url", None, "blog", value, value.casefold(), 0, position))
                position += 1
            # addresses
            if busy or rand() < 0.3:
                for k in range(1 if rand() < 0.85 else 2):
                    city = pick(c.cities)
                    apt = ("" if rand() < 0.5 else f", кв. {below(200, 1)}" if c.cyrillic
                           else f", {below(40, 1)}")  # fmt: skip
                    street = city.street_format.format(
                        street=pick(city.streets).replace("_", " "), n=below(150, 1), apt=apt
                    )
                    postal = "".join(str(below(10)) if ch == "#" else ch for ch in city.postal)
                    addresses.append((cid, "home" if k == 0 else "work", int(k == 0), street,
                                      city.name, city.region, postal, city.country, k))  # fmt: skip
            # work
            if org_count and (busy or rand() < 0.55):
                same = org_by_culture.get(p.culture) if rand() < 0.7 else None
                k_org = pick(same) if same else below(org_count)
                titles = titles_by.get(c.key, TITLES_EN)
                title = pick(titles) if rand() < 0.85 else pick(TITLES_EN)
                start = date.fromordinal(733_042 + below(5400))  # from 2008
                role = pick(ROLES) if rand() < 0.03 else None
                department = pick(DEPARTMENTS) if rand() < 0.2 else None
                since = start.isoformat() if rand() < 0.6 else None
                affiliations.append((cid, org_ids[k_org], title, role, department, since, None,
                                     1, 0))  # fmt: skip
                org_members.setdefault(k_org, []).append(cid)
                if rand() < 0.25:
                    old = below(org_count)
                    if old != k_org:
                        ended = start - timedelta(days=below(2000, 30))
                        began = ended - timedelta(days=below(3000, 200))
                        affiliations.append((cid, org_ids[old], pick(titles), None, None,
                                             began.isoformat(), ended.isoformat(), 0,
                                             1))  # fmt: skip
            # custom fields
            if custom_fields and rand() < 0.22:
                taken = set()
                for _ in range(1 + below(2)):
                    fid, kind, options = pick(custom_fields)
                    if fid in taken:
                        continue
                    taken.add(fid)
                    if kind == CustomFieldType.NUMBER.value:
                        customs.append((cid, fid, None, float(below(47, 35)), None))
                    elif kind == CustomFieldType.DATE.value:
                        expiry = date.fromordinal(today + below(3000, -200))
                        customs.append((cid, fid, None, None, expiry.isoformat()))
                    else:
                        customs.append((cid, fid, pick(options), None, None))
            # birthdays and other dates
            position = 0
            if busy or rand() < 0.65:
                year = None if rand() < 0.2 else below(2007, 1950)
                month = below(13, 1)
                day = below(calendar.monthrange(year or 2000, month)[1] + 1, 1)
                date_count += 1
                did = base_date + date_count
                dates.append((did, f"{date_prefix}{did:012x}", cid, "birthday", None, year, month,
                              day, int(rand() < 0.85), position))  # fmt: skip
                position += 1
            if rand() < 0.02:
                date_count += 1
                did = base_date + date_count
                label = pick(("Name day", "Іменини", "Work anniversary", "День ангела"))
                dates.append((did, f"{date_prefix}{did:012x}", cid, "other", label, None,
                              below(13, 1), below(29, 1), 1, position))  # fmt: skip
                position += 1
            # family: planned with a relative of the same surname
            if p.relative >= 0 and p.family is not None:
                j = p.relative
                other, oid = people[j], ids[j]
                if other.family_stem == p.family_stem:
                    if (
                        other.female != p.female
                        and cid not in married
                        and oid not in married
                        and rand() < 0.5
                    ):
                        married.update((cid, oid))
                        relate(cid, oid, "spouse", created)
                        year, month, day = below(2024, 1975), below(13, 1), below(29, 1)
                        for who in (cid, oid):
                            date_count += 1
                            did = base_date + date_count
                            dates.append((did, f"{date_prefix}{did:012x}", who, "anniversary",
                                          pick((None, "Wedding", "Весілля")), year, month, day, 1,
                                          5))  # fmt: skip
                    elif rand() < 0.5:
                        relate(oid, cid, "sibling", created)
                    else:
                        relate(oid, cid, "parent", created)
            roll = rand()
            if i > 1 and roll < 0.1:
                other_i = below(i, 1) if rand() < 0.9 else 0
                key = ("friend" if roll < 0.07 else "mentor" if roll < 0.08 else
                       "relative" if roll < 0.09 else "partner")  # fmt: skip
                relate(ids[other_i], cid, key, created)
            # how we met
            met_on = met_place = met_channel = met_notes = None
            introduced = None
            if rand() < 0.3:
                met = date.fromordinal(730_120 + below(9000))  # from 2000
                met_on = met.isoformat() if rand() < 0.8 else f"--{met.month:02d}-{met.day:02d}"
                met_place = pick(MET_PLACES) if rand() < 0.8 else None
                met_channel = pick(MET_CHANNELS) if rand() < 0.7 else None
                met_notes = "Sat next to each other." if rand() < 0.1 else None
                if i > 1 and rand() < 0.33:
                    introduced = ids[below(i)]
                    if rand() < 0.5:
                        relate(introduced, cid, "introduced", created)
            # the card
            display, sort, latin = self.keys(p, first_email)
            notes = None
            if rand() < 0.12:
                lang = c.texts[0][0] if c.texts[0][0] in NOTES else "en"
                notes = fill(rng, pick(NOTES[lang]), SLOTS[lang])
            cadence = (
                pick((7, 14, 30, 30, 60, 90, 90, 180, 365)) if (busy or rand() < 0.1) else None
            )
            last = self.last[i]
            contacts.append((
                cid, p.prefix, p.given, p.middle, p.family, p.suffix, p.nickname, display,
                int(p.display_custom is not None), sort, latin, notes, cadence,
                pick(c.zones) if rand() < 0.25 else None,
                int(busy or rand() < 0.02), int(not busy and rand() < 0.03),
                text(now_ts - below(86_400 * 30)) if not busy and rand() < 0.003 else None,
                met_on, met_place, met_channel, met_notes, introduced,
                text(last) if last >= 0 else None, created, text(max(created_ts, last)),
            ))  # fmt: skip
            # groups
            if group_ids and (busy or rand() < 0.45):
                for gid in rng.sample(group_ids, min(len(group_ids), 1 + below(3))):
                    members.append((gid, cid, created))
            if len(contacts) >= BATCH:
                flush()
                self.progress("contacts", i + 1, n)
        flush()
        # colleagues and managers inside organisations
        now_text = text(now_ts)
        for _k, staff in sorted(org_members.items()):
            if len(staff) > 1:
                for _ in range(max(1, len(staff) // 8)):
                    a, b = rng.sample(staff, 2)
                    relate(a, b, "manager" if rand() < 0.3 else "colleague", now_text)
        self.direct("relationships", ("contact_id", "other_id", "type_id", "notes", "created_at"),
                    list(relations.values()))  # fmt: skip
        self.progress("contacts", n, n)
