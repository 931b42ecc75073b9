"""Who an office or a role named with an article means: the person last named who holds it ('El canciller
X habló. El diplomático añadió'), or, qualified by a place, the person just named ('Sanders said … the
Vermont senator said'), the elegant variation of news prose."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from presscli.attribution.mentions import Mention
from presscli.lexicon import Lexicon

if TYPE_CHECKING:
    from presscli.attribution.identity import Cluster


def office_holder(original: list[str], latest: Iterable[Cluster], lex: Lexicon) -> Cluster | None:
    """The person an office with its article means (`original`: the description's words as written), among
    the speakers last heard, latest first."""
    words = [word.lower() for word in original]
    if not 2 <= len(words) <= _QUALIFIED_WORDS or words[0] not in lex.determiners:
        return None
    office = words[-1]  # 'the Vermont senator' -> 'senator'
    if office in lex.official_anaphors and len(words) == 2 and words[0] in lex.definite_articles:
        # 'El secretario de Salud, X, detalló … "…", sostuvo el funcionario': the office holder who spoke
        # last; after anyone else 'the official' is anyone of that kind
        last = next(iter(latest), None)
        return last if last is not None and _holds_an_office(last, lex) and not other_sex(words[0], last, lex) else None
    if office not in lex.official_roles or office in lex.generic_offices:
        return None
    qualifiers = original[1:-1]
    if any(not (q[:1].isupper() or q.lower() in lex.former_words) for q in qualifiers):
        return None  # 'the new senator': only a place or 'former' qualifies an office named for someone
    for cluster in latest:
        if cluster.is_org or cluster.plural or not cluster.names:
            continue
        if other_sex(words[0], cluster, lex):
            return None  # 'la alcaldesa' after 'el ministro Luis Gómez': another office holder
        roles = _words_of(cluster)
        # (a German compound names the very office: 'Verkehrsminister X' is 'der Minister', not 'der Kanzler')
        if any(w.endswith(office) if lex.lang == "de" else w in lex.official_roles for w in roles):
            return cluster
        # the last person named holds no office the text gave: an office with a place ('the Vermont senator')
        # is that person's, written another way; a bare office ('the senator') is someone else's
        placed = any(q[:1].isupper() for q in qualifiers)
        return cluster if placed and _a_person(cluster) else None
    return None


def _holds_an_office(cluster: Cluster, lex: Lexicon) -> bool:
    """A person the text gives an office ('El secretario de Salud, David Kershenobich')."""
    if cluster.is_org or cluster.plural or not cluster.names:
        return False
    return any(w in lex.official_roles and w not in lex.generic_offices for w in _words_of(cluster))


def _words_of(cluster: Cluster) -> list[str]:
    """Every word the text calls the speaker by, lower case: where their office shows."""
    return " ".join(cluster.names + cluster.descriptions).lower().split()


def _a_person(cluster: Cluster) -> bool:
    """Someone known by a personal name ('Bernie Sanders', 'Sanders' after him), not a place or a group."""
    return any(len(name.split()) > 1 for name in cluster.persons)


_QUALIFIED_WORDS = 4  # 'the former Maryland governor'


def other_sex(determiner: str, cluster: Cluster, lex: Lexicon) -> bool:
    """Does the article of a description ('la', 'el') say a sex the speaker is known not to have?"""
    said = None
    if determiner in lex.feminine_determiners:
        said = "f"
    elif determiner in lex.masculine_determiners:
        said = "m"
    return said is not None and cluster.gender is not None and said != cluster.gender


def body_served(mention: Mention, bare: str, last: Cluster | None, cluster: Cluster, lex: Lexicon) -> str | None:
    """'Das Umweltministerium verwies auf … Ein Sprecher sagte': an unnamed spokesperson or official right
    after a body spoke speaks for that body; its name, for their standing, or None."""
    words = bare.lower().split()
    if mention.kind == "pronoun" or len(words) != 1 or words[0] not in lex.generic_offices:
        return None  # (German capitalizes 'Sprecher': a name to the reader, a description here)
    return last.canonical if last is not None and last.is_org and last is not cluster else None


_ISSUED_REACH = 500  # characters before 'the statement said' in which the text names it with its issuer


def issuer_of(text_noun: str, at: int, text: str, last: Cluster | None, lex: Lexicon) -> Cluster | None:
    """Who speaks through 'the statement', 'a nota' at `at`: the one speaking, when the text has just tied
    the text to them ('Fox News said in a statement. “…” the statement said', 'Em nota, X citou … diz a
    nota'); None when it has not."""
    if last is None or any(alias.lower() in lex.issued_texts for alias in last.aliases):
        return None
    return last if text_noun in text[max(0, at - _ISSUED_REACH) : at].lower() else None
