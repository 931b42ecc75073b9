"""Speaker identity within one article: pronouns resolved, the names of one speaker merged.

'Magdalena Valerio', 'Valerio' and 'la ministra ..., Magdalena Valerio' are one speaker; so are
'Secretariat of Foreign Relations (SRE)', 'SRE' and '@SRE_mx'. Each speaker is named by the fullest
name the text gives and gets an id (S1, S2, ...) stable within the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from presscli.attribution.bodies import body_key, same_body
from presscli.attribution.given_names import given_name_gender, is_given_name
from presscli.attribution.mentions import Mention
from presscli.attribution.person_names import person_name
from presscli.lexicon import Lexicon, in_every_language

_ACRONYM_DEFINITION = re.compile(
    r"(?P<long>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|of|de|del|des|du|da|do|dos|das|for|für|y|e|et|and|la|le|"
    r"los|las|der|die|des))*)\s*\((?P<short>[A-ZÀ-Þ][A-Z0-9À-Þ&.-]{1,9})\)"
)
_PARTY_AFTER = re.compile(r"\s*\([^)@]*\)$")  # '(SPD)', '(R-Tex.)' after a person's name; not a handle
_PRONOUN_REACH = 4  # a pronoun or a description ('the ministry') means one of the last few speakers
_BODY_PRONOUN_REACH = 3  # 'it' prefers a body among the last three before falling back on the last speaker


@dataclass(eq=False)  # one speaker is one object: compared by identity, never field by field
class Cluster:
    id: str
    names: list[str] = field(default_factory=list)  # name-like mentions, in order of appearance
    descriptions: list[str] = field(default_factory=list)
    is_org: bool = False
    plural: bool = False  # a group ('des élus', 'the protesters'): what 'ils', 'they' can mean
    gender: str | None = None  # "f" or "m", learnt from the pronouns that pointed to this speaker
    titles: frozenset[str] = frozenset()  # honorifics of the document's language, left out of names
    persons: list[str] = field(default_factory=list)  # personal names out of the names: 'José Jerí'

    @property
    def canonical(self) -> str:
        """The fullest name the text gives: a person's own name without the role before it (and without
        what stands before a given name and surname it ends in: 'UN Ambassador John Bolton'); else the name
        phrase with the most capitalized words."""
        candidates = self.persons if self.persons and not self.is_org else self.names
        if candidates:
            full = [n for n in candidates if len(n.split()) > 1 and is_given_name(n.split()[0])]
            own = [n for n in candidates if n in full or not any(n.endswith(" " + f) for f in full)]
            return max(own or candidates, key=lambda n: (len(_capitals(n, self.titles)), -candidates.index(n)))
        return max(self.descriptions, key=len)

    @property
    def aliases(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.persons + self.names + self.descriptions))


@lru_cache(maxsize=8192)
def _capitals(name: str, titles: frozenset[str]) -> tuple[str, ...]:
    """The capitalized words of a name, titles left out: 'Sen. Ted Cruz (R-Texas)' -> Ted, Cruz, R-Texas."""
    words = re.findall(r"[\w'’.-]+", name)
    return tuple(w.strip(".") for w in words if w[:1].isupper() and w.lower() not in titles)


def _bare(text: str, lex: Lexicon) -> str:
    words = text.split()
    while words and words[0].lower().rstrip("'’") in {d.rstrip("'") for d in lex.determiners}:
        words = words[1:]
    if words and (
        words[0].lower().startswith(("l'", "l’")) or (words[0][:2] in ("d'", "d’") and words[0][2:3].isupper())
    ):
        words[0] = words[0][2:]  # "l'OMS"; "selon l'étude d'Actineo": the body is 'Actineo'
    if words and words[-1].endswith(("'s", "’s")) and words[-1][:1].isupper():
        words[-1] = words[-1][:-2]  # 'Rubio’s poor showings …, He’s endured': the person is Rubio
    return " ".join(words)


def _looks_like_org(text: str) -> bool:
    """Does a name denote a body? Every shipped language's words count ('Public Health England' in Portuguese)."""
    words = {w.strip(".,()") for w in text.split()}
    org = {w.lower() for w in words} & in_every_language("org_words") or words & in_every_language("org_acronyms")
    return bool(org) or bool(re.fullmatch(r"[A-Z]{2,6}", text.strip()))


class SpeakerBook:
    """Speakers of one document, filled in reading order."""

    def __init__(self, text: str, lex: Lexicon, pairs: list[tuple[str, str]]) -> None:
        self.lex = lex
        self.clusters: list[Cluster] = []
        self.recent: list[Cluster] = []  # most recent speaker last
        self.lost_track = False  # the narration turned to someone not yet named ('Ele é eletricista')
        self._acronym_cache: dict[str, set[str]] = {}
        self.acronyms = {m["short"].rstrip("."): _bare(m["long"], lex) for m in _ACRONYM_DEFINITION.finditer(text)}
        self.surnames = {last for first, last in pairs if is_given_name(first)}  # 'Rodrigo Maia': no sex told

    def resolve(self, mention: Mention | None) -> Cluster | None:
        """The speaker a mention names; None or a pronoun means the one speaking in context."""
        if mention is None:
            return self.recent[-1] if self.recent and not self.lost_track else None
        if mention.kind == "pronoun":
            if mention.text.lower() in self.lex.narrator_pronouns:
                return None  # 'when I asked': the reporter, who is not among the quoted
            return self._antecedent(mention.text.lower())
        bare = _bare(mention.text, self.lex)
        if not bare:
            return None  # a phrase of determiners and titles only: nobody in particular
        cluster = (
            self._find(bare, mention.kind)
            or self._named_before(mention)
            or self._described_before(mention, bare)
            or self._new(bare, mention.kind)
        )
        cluster.plural = cluster.plural or self._plural(mention)
        if mention.alias:
            alias = _bare(mention.alias, self.lex)
            if alias not in cluster.names and alias not in cluster.descriptions:
                cluster.descriptions.append(alias)  # 'the State Department's inspector general' describes, never names
        return cluster

    def _described_before(self, mention: Mention, bare: str) -> Cluster | None:
        """'“…,” the mayor said. … The mayor, Linda Chen, added': a name given with a speaker's only description."""
        if mention.kind != "name" or not mention.alias:
            return None
        head = _bare(mention.alias, self.lex).lower().split()[-1:]
        for cluster in reversed(self.recent[-_PRONOUN_REACH:]):
            if not cluster.names and any(d.lower().split()[-1:] == head for d in cluster.descriptions):
                return self._add(cluster, bare, "name")
        return None

    def _named_before(self, mention: Mention) -> Cluster | None:
        """'explica este experto', 'selon cette source': a demonstrative description points back to the
        person last named, never to a group or a body."""
        words = mention.text.lower().split()
        if mention.kind != "description":
            return None
        if words[0] not in self.lex.demonstratives:
            return self._office_holder(words)
        if words[-1] in self.lex.anonymous_nouns:
            return None  # 'this source' stays the unnamed source it is
        for cluster in reversed(self.recent[-_PRONOUN_REACH:]):
            if cluster.names and not cluster.is_org:
                return self._add(cluster, _bare(mention.text, self.lex), "description")
        return None

    def _office_holder(self, words: list[str]) -> Cluster | None:
        """'El canciller X habló. El diplomático añadió': an office means the person last named with one."""
        if len(words) != 2 or words[0] not in self.lex.determiners:
            return None
        office = words[1]
        if office not in self.lex.official_roles or office in self.lex.generic_offices:
            return None  # 'the official', 'the spokesman': anyone of that kind, not the one just named
        for cluster in reversed(self.recent[-_PRONOUN_REACH:]):
            if cluster.is_org or not cluster.names:
                continue
            roles = " ".join(cluster.names + cluster.descriptions).lower().split()
            if any(word in self.lex.official_roles for word in roles):
                return self._add(cluster, office, "description")
            return None  # the last person named holds no office: the office is someone else's
        return None

    def speaking(self, cluster: Cluster | None) -> None:
        """Note that `cluster` is the one speaking now (for later pronouns and elided subjects)."""
        if cluster is not None:
            self.lost_track = False
            if cluster in self.recent:
                self.recent.remove(cluster)
            self.recent.append(cluster)

    def _plural(self, mention: Mention) -> bool:
        """'des élus', 'los manifestantes', 'the protesters': a group, by its article or its plural noun."""
        words = mention.text.lower().split()
        if mention.kind != "description" or not words:
            return False
        return words[0] in self.lex.plural_determiners or (
            self.lex.lang == "en" and words[-1].endswith("s") and not words[-1].endswith(("ss", "'s", "’s"))
        )

    def _antecedent(self, pronoun: str) -> Cluster | None:
        """The most recent speaker the pronoun can mean: 'it' a body, 'she' a woman not known as a man,
        'they' a group or a body, never one person."""
        if not self.recent:
            return None
        if pronoun in self.lex.plural_pronouns:
            window = list(reversed(self.recent[-_PRONOUN_REACH:]))
            return next((c for c in window if c.plural), None) or next((c for c in window if c.is_org), None)
        if pronoun in self.lex.body_pronouns:
            for cluster in reversed(self.recent[-_BODY_PRONOUN_REACH:]):
                if cluster.is_org:
                    return cluster
            return self.recent[-1]
        gender = self.lex.gender(pronoun)
        if self.lex.is_person_pronoun(pronoun):
            window = list(reversed(self.recent[-_PRONOUN_REACH:]))
            # 'he' and 'she' mean people; 'elle', 'ella', 'sie' follow grammatical gender and may mean
            # 'la préfecture' that spoke last, when no person fits (English, with 'it' for bodies, never)
            people = [c for c in window if not c.is_org]
            last = self.recent[-1]
            bodies = [last] if last.is_org and not self.lex.body_pronouns else []  # the body that spoke last
            for cluster in people + bodies:
                if (gender and cluster.gender and cluster.gender != gender) or (cluster.plural and not cluster.is_org):
                    continue  # 'il' is neither a woman nor 'les autorités'
                if gender and cluster.gender is None and not cluster.is_org:
                    cluster.gender = gender
                return cluster
            if gender:
                return None  # 'ele' after only women and bodies: someone not yet named, not the last speaker
        return self.recent[-1]

    def _new(self, bare: str, kind: str) -> Cluster:
        person = person_name(bare, self.lex) if kind == "name" else None  # 'Justice Department lawyer Carla Dunmore'
        is_org = _looks_like_org(bare) and not (person and is_given_name(person.split()[0]))
        first = next((w for w in bare.split() if w[:1].isupper() and w.lower() not in self.lex.titles), "")
        gender = None if is_org or kind != "name" or first in self.surnames else given_name_gender(first)
        cluster = Cluster(f"S{len(self.clusters) + 1}", is_org=is_org, gender=gender, titles=self.lex.titles)
        self.clusters.append(cluster)
        return self._add(cluster, bare, kind, person)

    def _find(self, bare: str, kind: str) -> Cluster | None:
        low = bare.lower()
        speaking = {id(c) for c in self.recent}
        others = [c for c in self.clusters if id(c) not in speaking]
        for cluster in [*reversed(others), *reversed(self.recent)]:
            if any(low == alias.lower() for alias in cluster.aliases):
                return self._add(cluster, bare, kind)
        found = self._by_name(bare) if kind == "name" else self._by_head(bare)
        return self._add(found, bare, kind) if found else None

    def _add(self, cluster: Cluster, bare: str, kind: str, person: str | None = None) -> Cluster:
        target = cluster.names if kind == "name" else cluster.descriptions
        if bare not in target:
            target.append(bare)
        person = person or (person_name(bare, self.lex) if kind == "name" else None)  # unless the caller read it
        if person is None and kind == "name" and all(w[:1].isupper() for w in bare.split()):
            person = bare  # a name as it stands: 'Manny Ellis' stays fuller than a later 'Ellis'
        if person is not None and person not in cluster.persons:
            cluster.persons.append(person)
        if kind == "name":
            for short in self._acronyms_in(bare):  # 'SRE' -> 'Secretariat of Foreign Relations (SRE)'
                spelled = f"{self.acronyms[short]} ({short})"
                if spelled not in cluster.names:
                    cluster.names.append(spelled)
        return cluster

    def _by_name(self, bare: str) -> Cluster | None:
        caps = _capitals(bare, self.lex.titles)
        if not caps or (bare.split()[-1].islower() and not _looks_like_org(bare)):
            return None  # 'Clinton supporters', 'Trump aides': people named after someone, not that someone
        acronyms = self._acronyms_in(bare)
        org = _looks_like_org(bare)
        body = body_key(bare) if org else None
        for cluster in reversed(self.clusters):
            for name in cluster.names:
                if acronyms & self._acronyms_in(name):
                    return cluster
                # 'the Trump campaign' is not Donald Trump: a body named after a person stays a body
                if cluster.is_org == org and self._same_name(caps, _capitals(name, self.lex.titles)):
                    return cluster
                if body is not None and cluster.is_org and same_body(body, body_key(name)):
                    return cluster  # 'Government of Mexico' and 'Mexican government'
        return None

    def _acronyms_in(self, name: str) -> set[str]:
        """Acronyms the text defines that this name uses or spells out: '@SRE_mx', 'SRE', 'Secretariat ... (SRE)'."""
        if name not in self._acronym_cache:
            self._acronym_cache[name] = self._find_acronyms(name)
        return self._acronym_cache[name]

    def _find_acronyms(self, name: str) -> set[str]:
        # whole words and handle parts only: a 'WWF-Sprecher' speaks for the WWF but is not the WWF; a
        # person's party is not theirs alone ('Willi Lemke (SPD)' and 'Henning Scherf (SPD)' are two)
        if any(is_given_name(word) for word in name.split()[:-1]):
            name = _PARTY_AFTER.sub("", name)
        pieces = set(re.split(r"[\s()@_,;:]+", name))
        found = {piece for piece in pieces if piece in self.acronyms}
        caps = set(_capitals(name, self.lex.titles))
        for short, long in self.acronyms.items():
            long_caps = set(_capitals(long, self.lex.titles))
            if long_caps and long_caps <= caps:
                found.add(short)
        return found

    @staticmethod
    def _same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        small, large = (a, b) if len(a) <= len(b) else (b, a)
        return bool(small) and small[-1] == large[-1] and set(small) <= set(large)

    def _by_head(self, description: str) -> Cluster | None:
        words = description.lower().split()
        if not words:
            return None
        # the noun before a modifier: 'the narrator [in the ad]'
        head = next((words[k - 1] for k in range(1, len(words)) if words[k] in self.lex.prepositions), words[-1])
        numbers = {w for w in words if any(ch.isdigit() for ch in w)}  # '14 percent' is not '21 percent'
        for cluster in reversed(self.recent[-_PRONOUN_REACH:]):
            for alias in cluster.aliases:
                alias_words = alias.lower().split()
                if head in alias_words and numbers <= set(alias_words):
                    return cluster  # 'the ministry' -> 'Mexican Foreign Ministry'; 'la ministra' -> 'Lucía Ferrer'
        return None
