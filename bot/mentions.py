"""People a report only names in passing, title after the name (习近平总书记), for
`python -m bot facts`. Extraction's `mentioned` holds those written title first (省长陶维新);
answers already say "the report mentions X" of anyone the text names, and `facts` lists these
too. A small reader of its own on purpose: it belongs in extraction (bot/roster.py) once that
reads titles written after a name.
"""

from __future__ import annotations

import re

from .facts import Facts
from .genre import Genre, load_genre
from .names import has_family_name, valid_name
from .scripts import HAN, HAN_CLASS


def titled_after_name(facts: Facts, genre: Genre | None = None) -> list[dict[str, object]]:
    """[{name, roles}] for NAME+TITLE after a clause boundary or a relaying verb (学习贯彻),
    for names neither present nor already mentioned."""
    genre = genre or load_genre()
    known = {p.name for p in (*facts.people, *facts.mentioned)}
    openers = (*genre.relay_before, *genre.mention_openers, "落实")
    titles = "|".join(map(re.escape, sorted(genre.titles, key=len, reverse=True)))
    found: dict[str, list[str]] = {}
    for sentence in facts.article.sentences:
        for size in (3, 2):
            pattern = rf"(?=([{HAN_CLASS}]{{{size}}})({titles})(?![{HAN_CLASS}]{{0,1}}(?:{titles})))"
            for match in re.finditer(pattern, sentence.text):
                name, title = match.group(1), match.group(2)
                before = sentence.text[: match.start()]
                boundary = not before or not HAN.match(before[-1]) or before.endswith(openers)
                longer = any(len(t) > len(title) and (name + title).endswith(t) for t in genre.titles)
                if (
                    boundary
                    and not before[-1:].isdigit()  # 3位企业负责人
                    and not longer  # 常务副省长 is one title
                    and not title.startswith(genre.organization_suffixes)  # 全国政协委员
                    and name not in known
                    and valid_name(name, genre)
                    and has_family_name(name, genre)
                    and not any(t in name for t in genre.titles)
                ):
                    roles = found.setdefault(name, [])
                    if title not in roles:
                        roles.append(title)
    return [{"name": name, "roles": roles} for name, roles in found.items()]
