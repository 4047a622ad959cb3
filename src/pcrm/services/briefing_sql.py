"""The plain SQL the meeting briefing (:mod:`pcrm.services.briefing`) reads with.

Ids go in as one JSON array parameter (``json_each(?)``) instead of hundreds of bound ones.
Every query is narrowed by an index on the people's ids; ``+c.deleted_at`` and ``+t.status``
keep SQLite from walking a low-selectivity index of every contact or task instead (see
:func:`pcrm.store.types.unindexed`): without them the contacts' query took 6 ms and the
relationships' 240 ms on the 100,000-contact set, instead of 0.05 and 1.2.
"""

from __future__ import annotations

CONTACTS = (
    "SELECT c.id, c.display_name, c.nickname, c.notes, c.met_on, c.met_place, c.met_channel,"
    " c.met_notes, c.introduced_by_id, intro.display_name, c.time_zone, c.cadence_days,"
    " EXISTS (SELECT 1 FROM photos WHERE photos.contact_id = c.id),"
    " (SELECT f.value FROM contact_fields AS f WHERE f.contact_id = c.id"
    " AND f.kind = 'email' ORDER BY f.is_preferred DESC, f.position LIMIT 1),"
    " (SELECT f.value FROM contact_fields AS f WHERE f.contact_id = c.id"
    " AND f.kind = 'phone' ORDER BY f.is_preferred DESC, f.position LIMIT 1),"
    " (SELECT f.normalized FROM contact_fields AS f WHERE f.contact_id = c.id"
    " AND f.kind = 'phone' ORDER BY f.is_preferred DESC, f.position LIMIT 1),"
    " c.sort_key FROM contacts AS c"
    " LEFT JOIN contacts AS intro ON intro.id = c.introduced_by_id AND intro.deleted_at IS NULL"
    " WHERE c.id IN (SELECT value FROM json_each(?)) AND +c.deleted_at IS NULL"
)
ROLES = (
    "SELECT a.contact_id, o.id, o.name, a.title, a.role, a.department, a.is_primary, a.end_date"
    " FROM affiliations AS a JOIN organisations AS o ON o.id = a.organisation_id"
    " WHERE a.contact_id IN (SELECT value FROM json_each(?)) AND o.deleted_at IS NULL"
    " ORDER BY a.contact_id, a.is_primary DESC, a.position"
)
GROUPS = (
    "SELECT m.contact_id, g.id, g.name FROM group_members AS m"
    " JOIN groups AS g ON g.id = m.group_id"
    " WHERE m.contact_id IN (SELECT value FROM json_each(?)) AND g.deleted_at IS NULL"
    " ORDER BY g.position, g.name"
)
# "A is parent of B": on A's briefing B is A's child, so the forward side reads the reverse name.
RELATIONS = (
    "SELECT r.contact_id, r.other_id, c.display_name, t.key, t.reverse_name"
    " FROM relationships AS r JOIN relationship_types AS t ON t.id = r.type_id"
    " JOIN contacts AS c ON c.id = r.other_id"
    " WHERE r.contact_id IN (SELECT value FROM json_each(?)) AND +c.deleted_at IS NULL"
    " UNION ALL "
    "SELECT r.other_id, r.contact_id, c.display_name, t.key, t.name"
    " FROM relationships AS r JOIN relationship_types AS t ON t.id = r.type_id"
    " JOIN contacts AS c ON c.id = r.contact_id"
    " WHERE r.other_id IN (SELECT value FROM json_each(?)) AND +c.deleted_at IS NULL"
)
DATES = (
    "SELECT contact_id, kind, label, year, month, day FROM important_dates"
    " WHERE contact_id IN (SELECT value FROM json_each(?))"
)
# Tasks linked to the person, and follow-ups of interactions they took part in.  "+t.status":
# walk the person's links, not every open task (see pcrm.store.types.unindexed).
TASKS = (
    "SELECT l.contact_id, t.id, t.kind, t.title, t.next_due_at, t.next_due_wall, t.time_zone,"
    " t.snoozed_until, t.all_day, t.interaction_id, t.rrule"
    " FROM task_contacts AS l JOIN tasks AS t ON t.id = l.task_id"
    " WHERE l.contact_id IN (SELECT value FROM json_each(?))"
    " AND +t.status = ? AND t.deleted_at IS NULL"
    " UNION "
    "SELECT p.contact_id, t.id, t.kind, t.title, t.next_due_at, t.next_due_wall, t.time_zone,"
    " t.snoozed_until, t.all_day, t.interaction_id, t.rrule"
    " FROM tasks AS t JOIN interaction_participants AS p ON p.interaction_id = t.interaction_id"
    " WHERE t.interaction_id IS NOT NULL AND p.contact_id IN (SELECT value FROM json_each(?))"
    " AND t.status = ? AND t.deleted_at IS NULL"
)
# A person's timeline: a range of ix_participants_timeline, newest first or soonest first.
PAST = (
    "SELECT i.id, i.kind, i.starts_at, i.time_zone, i.channel, i.direction, i.subject, i.body,"
    " i.location, i.duration_seconds, i.all_day"
    " FROM interaction_participants AS p JOIN interactions AS i ON i.id = p.interaction_id"
    " WHERE p.contact_id = ? AND p.starts_at <= ? AND i.deleted_at IS NULL"
    " ORDER BY p.starts_at DESC, p.interaction_id DESC LIMIT ?"
)
PLANNED = (
    "SELECT i.id, i.kind, i.starts_at, i.time_zone, i.channel, i.direction, i.subject, i.body,"
    " i.location, i.duration_seconds, i.all_day"
    " FROM interaction_participants AS p JOIN interactions AS i ON i.id = p.interaction_id"
    " WHERE p.contact_id = ? AND p.starts_at > ? AND i.deleted_at IS NULL"
    " ORDER BY p.starts_at, p.interaction_id LIMIT ?"
)
USUAL_CHANNEL = (
    "SELECT channel FROM (SELECT i.channel AS channel, p.starts_at AS at"
    " FROM interaction_participants AS p JOIN interactions AS i ON i.id = p.interaction_id"
    " WHERE p.contact_id = ? AND p.starts_at <= ? AND i.deleted_at IS NULL"
    " ORDER BY p.starts_at DESC LIMIT ?)"
    " WHERE channel IS NOT NULL GROUP BY channel ORDER BY count(*) DESC, max(at) DESC LIMIT 1"
)
MEETING = (
    "SELECT i.id, i.kind, i.starts_at, i.time_zone, i.all_day, i.duration_seconds, i.channel,"
    " i.location, i.subject, i.body FROM interactions AS i WHERE i.id = ?"
)
PARTICIPANTS = (
    "SELECT c.id FROM interaction_participants AS p JOIN contacts AS c ON c.id = p.contact_id"
    " WHERE p.interaction_id = ? AND +c.deleted_at IS NULL ORDER BY c.sort_key, c.id"
)
# Meetings two or more of the people took part in: grouped on the participants' covering index
# first, so that only the shared ones are looked up in interactions.
TOGETHER = (
    "SELECT i.id, i.kind, i.starts_at, i.time_zone, i.channel, i.direction, i.subject, i.body,"
    " i.location, i.duration_seconds, i.all_day"
    " FROM (SELECT p.interaction_id AS id FROM interaction_participants AS p"
    " WHERE p.contact_id IN (SELECT value FROM json_each(?)) AND p.starts_at <= ?"
    " GROUP BY p.interaction_id HAVING count(*) >= 2) AS shared"
    " JOIN interactions AS i ON i.id = shared.id"
    " WHERE i.kind = ? AND i.deleted_at IS NULL AND i.id <> ?"
    " ORDER BY i.starts_at DESC, i.id DESC"
)
WHO = (
    "SELECT p.interaction_id, p.contact_id FROM interaction_participants AS p"
    " WHERE p.interaction_id IN (SELECT value FROM json_each(?))"
    " AND p.contact_id IN (SELECT value FROM json_each(?))"
)
