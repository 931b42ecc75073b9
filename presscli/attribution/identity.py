"""Speaker identity within one article: pronouns resolved, the names of one speaker merged.

'Magdalena Valerio', 'Valerio' and 'la ministra ..., Magdalena Valerio' are one speaker; so are
'Secretariat of Foreign Relations (SRE)', 'SRE' and '@SRE_mx'. Each speaker is named by the fullest
name the text gives and gets an id (S1, S2, ...) stable within the document."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import islice

from presscli.attribution.bodies import body_key, same_body
from presscli.attribution.given_names import given_name_gender, is_given_name
from presscli.attribution.mentions import Mention, names_a_group
from presscli.attribution.names import surnames_in
from presscli.attribution.office_words import PARTICLES
from presscli.attribution.offices import body_served, issuer_of, office_holder, other_sex
from presscli.attribution.person_names import affiliated_name, person_name
from presscli.attribution.plausible import AGED, ELIDED_ARTICLE, PARTY_MEMBER
from presscli.attribution.speaker_index import SpeakerIndex
from presscli.attribution.speaker_names import (
    Acronyms,
    all_capitalized,
    bare_phrase,
    capitals,
    looks_like_org,
    other_person,
    same_name,
)
from presscli.lexicon import Lexicon

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
    served: list[str] = field(default_factory=list)  # bodies an unnamed spokesperson spoke right after
    _canonical: tuple[tuple[int, int, int, bool], str] | None = field(default=None, repr=False, compare=False)

    @property
    def canonical(self) -> str:
        """The fullest name the text gives: a person's own name without the role before it (and without
        what stands before a given name and surname it ends in: 'UN Ambassador John Bolton'); else the name
        phrase with the most capitalized words."""
        # (kept until a name is added: a speaker quoted a thousand times is not worked out a thousand times)
        state = (len(self.persons), len(self.names), len(self.descriptions), self.is_org)
        if self._canonical is None or self._canonical[0] != state:
            self._canonical = (state, self._fullest())
        return self._canonical[1]

    def _fullest(self) -> str:
        candidates = self.persons if self.persons and not self.is_org else self.names
        if candidates:
            full = [n for n in candidates if len(n.split()) > 1 and is_given_name(n.split()[0])]
            own = [n for n in candidates if n in full or not any(n.endswith(" " + f) for f in full)]
            order = {n: k for k, n in reversed(list(enumerate(candidates)))}  # each name's first place
            return max(own or candidates, key=lambda n: (len(capitals(n, self.titles)), -order[n]))
        return max(self.descriptions, key=len)

    @property
    def aliases(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.persons + self.names + self.descriptions))


class SpeakerBook:
    """Speakers of one document, filled in reading order."""

    def __init__(self, text: str, lex: Lexicon, pairs: list[tuple[str, str]]) -> None:
        self.lex = lex
        self.text = text  # (what 'the statement' refers back to)
        self.clusters: list[Cluster] = []
        self._spoke: dict[Cluster, int] = {}  # who has spoken, in the order they last did (most recent last)
        self._turns = 0
        self.index: SpeakerIndex[Cluster] = SpeakerIndex()
        self.lost_track = False  # the narration turned to someone not yet named ('Ele é eletricista')
        self.acronyms = Acronyms(text, lex)
        self.surnames = surnames_in(pairs, lex.lang)  # 'Rodrigo Maia': no sex told

    def resolve(self, mention: Mention | None) -> Cluster | None:
        """The speaker a mention names; None or a pronoun means the one speaking in context."""
        if mention is None:
            return self._last() if not self.lost_track else None
        if mention.kind == "pronoun":
            if mention.text.lower() in self.lex.narrator_pronouns:
                return None  # 'when I asked': the reporter, who is not among the quoted
            return self._antecedent(mention.text.lower())
        bare = bare_phrase(mention.text, self.lex)
        if not bare:
            return None  # a phrase of determiners and titles only: nobody in particular
        if mention.kind == "description" and bare.lower() in self.lex.issued_texts:
            issuer = issuer_of(bare.lower(), mention.start, self.text, self._last(), self.lex)
            if issuer is not None:
                return issuer  # ('Fox News said in a statement. “…” the statement said')
        person = affiliated_name(bare, self.lex) if mention.kind == "name" else None
        if person is not None:  # 'Pat Moore of Christie': she is Pat Moore; Christie is someone else
            mention = replace(mention, alias=mention.alias or bare)
            bare = person
        cluster = (
            self._find(bare, mention.kind)
            or self._named_before(mention)
            or self._described_before(mention, bare)
            or self._new(bare, mention.kind)
        )
        cluster.plural = cluster.plural or names_a_group(mention, self.lex)
        served = body_served(mention, bare, self._last(), cluster, self.lex)  # 'Ein Sprecher sagte' after a body
        if served is not None and served not in cluster.served:
            cluster.served.append(served)
        if mention.alias:
            alias = bare_phrase(mention.alias, self.lex)
            if alias not in cluster.names and alias not in cluster.descriptions:
                # 'the State Department's inspector general' describes, never names
                cluster.descriptions.append(alias)
                self.index.file_alias(cluster, alias)
        return cluster

    def _described_before(self, mention: Mention, bare: str) -> Cluster | None:
        """'“…,” the mayor said. … The mayor, Linda Chen, added': a name given with a speaker's only description."""
        if mention.kind != "name" or not mention.alias:
            return None
        head = bare_phrase(mention.alias, self.lex).lower().split()[-1:]
        for cluster in self._latest(_PRONOUN_REACH):
            if not cluster.names and any(d.lower().split()[-1:] == head for d in cluster.descriptions):
                return self._add(cluster, bare, "name")
        return None

    def _named_before(self, mention: Mention) -> Cluster | None:
        """'explica este experto', 'selon cette source', 'die 45-Jährige': a demonstrative or an age points back to
        the person last named (by name, for an age: not 'the Slovenia-born former model'), never a group or body."""
        written = ELIDED_ARTICLE.sub(r"\g<0> ", mention.text.replace("’", "'")).split()  # "L'élu": "L'", 'élu'
        words = [word.lower() for word in written]
        # (German capitalizes nouns: 'Der Minister' is read as a name, but describes; so does 'the Vermont senator')
        described = words[0] in self.lex.determiners and (
            self.lex.lang == "de" or mention.text.split()[-1][:1].islower()
        )
        if mention.kind != "description" and not described:
            return None
        # an age or a party for the person just named: 'der 54-Jährige', 'der FDP-Politiker'
        epithet = len(words) == 2 and (AGED.fullmatch(words[1]) or PARTY_MEMBER.fullmatch(words[1])) is not None
        if words[0] not in self.lex.demonstratives and not epithet:
            held = office_holder(written, self._latest(_PRONOUN_REACH), self.lex)
            return self._add(held, words[-1], "description") if held is not None else None  # the office
        if words[-1] in self.lex.anonymous_nouns:
            return None  # 'this source' stays the unnamed source it is
        for cluster in self._latest(_PRONOUN_REACH):
            named = any(map(all_capitalized, cluster.persons + cluster.names)) if epithet else cluster.names
            if named and not cluster.is_org and not cluster.plural:
                if other_sex(words[0], cluster, self.lex):
                    return None  # 'esta experta' after 'Luis Gómez' is someone else
                return self._add(cluster, bare_phrase(mention.text, self.lex), "description")
        return None

    def speaking(self, cluster: Cluster | None) -> None:
        """Note that `cluster` is the one speaking now (for later pronouns and elided subjects)."""
        if cluster is not None:
            self.lost_track = False
            self._spoke.pop(cluster, None)
            self._turns += 1
            self._spoke[cluster] = self._turns

    def _latest(self, count: int) -> list[Cluster]:
        """The last `count` speakers to have spoken, the most recent first."""
        return list(islice(reversed(self._spoke), count))

    def _last(self) -> Cluster | None:
        return next(reversed(self._spoke), None)

    def _antecedent(self, pronoun: str) -> Cluster | None:
        """The most recent speaker the pronoun can mean: 'it' a body, 'she' a woman not known as a man,
        'they' a group or a body, never one person."""
        last = self._last()
        if last is None:
            return None
        if pronoun in self.lex.plural_pronouns:
            window = self._latest(_PRONOUN_REACH)
            return next((c for c in window if c.plural), None) or next((c for c in window if c.is_org), None)
        if pronoun in self.lex.body_pronouns:
            for cluster in self._latest(_BODY_PRONOUN_REACH):
                if cluster.is_org:
                    return cluster
            return last
        gender = self.lex.gender(pronoun)
        if self.lex.is_person_pronoun(pronoun):
            window = self._latest(_PRONOUN_REACH)
            # 'he' and 'she' mean people; 'elle', 'ella', 'sie' follow grammatical gender and may mean
            # 'la préfecture' that spoke last, when no person fits (English, with 'it' for bodies, never)
            people = [c for c in window if not c.is_org]
            bodies = [last] if last.is_org and not self.lex.body_pronouns else []  # the body that spoke last
            for cluster in people + bodies:
                if (gender and cluster.gender and cluster.gender != gender) or (cluster.plural and not cluster.is_org):
                    continue  # 'il' is neither a woman nor 'les autorités'
                if gender and cluster.gender is None and not cluster.is_org:
                    cluster.gender = gender
                return cluster
            if gender:
                return None  # 'ele' after only women and bodies: someone not yet named, not the last speaker
        return last

    def _new(self, bare: str, kind: str) -> Cluster:
        person = person_name(bare, self.lex) if kind == "name" else None  # 'Justice Department lawyer Carla Dunmore'
        is_org = looks_like_org(bare) and not (person and is_given_name(person.split()[0]))
        named = (person or bare).split()  # 'Democratic candidate Hillary Clinton': her sex is in 'Hillary'
        first = next((w for w in named if w[:1].isupper() and w.lower() not in self.lex.titles), "")
        gender = None if is_org or kind != "name" or first in self.surnames else given_name_gender(first, self.lex.lang)
        cluster = Cluster(f"S{len(self.clusters) + 1}", is_org=is_org, gender=gender, titles=self.lex.titles)
        self.clusters.append(cluster)
        return self._add(cluster, bare, kind, person)

    def _find(self, bare: str, kind: str) -> Cluster | None:
        holders = self.index.with_alias(bare)
        if holders:
            # one who has not spoken lately, the latest introduced; else the one who spoke last
            quiet = [c for c in holders if c not in self._spoke]
            chosen = max(quiet, key=_introduced) if quiet else max(holders, key=self._spoke.__getitem__)
            return self._add(chosen, bare, kind)
        found = self._by_name(bare) if kind == "name" else self._by_head(bare)
        return self._add(found, bare, kind) if found else None

    def _add(self, cluster: Cluster, bare: str, kind: str, person: str | None = None) -> Cluster:
        target = cluster.names if kind == "name" else cluster.descriptions
        if bare not in target:
            target.append(bare)
            if kind == "name":
                self._file_name(cluster, bare)  # by its alias, last word, acronyms and body, once
            else:
                self.index.file_alias(cluster, bare)
        person = person or (person_name(bare, self.lex) if kind == "name" else None)  # unless the caller read it
        if person is None and kind == "name" and all(w[:1].isupper() for w in bare.split()):
            person = bare  # a name as it stands: 'Manny Ellis' stays fuller than a later 'Ellis'
        if person is not None and person not in cluster.persons:
            cluster.persons.append(person)
            # ('John Sifton von Human Rights Watch': a later 'Sifton' is found by the person's surname)
            (self._file_name if kind == "name" and not cluster.is_org else self.index.file_alias)(cluster, person)
        if kind == "name":
            for short in self.acronyms.used_by(bare):  # 'SRE' -> 'Secretariat of Foreign Relations (SRE)'
                spelled = f"{self.acronyms.defined[short]} ({short})"
                if spelled not in cluster.names:
                    cluster.names.append(spelled)
                    self._file_name(cluster, spelled)
        return cluster

    def _file_name(self, cluster: Cluster, name: str) -> None:
        body = body_key(name) if cluster.is_org else None
        self.index.file_name(cluster, capitals(name, self.lex.titles), self.acronyms.used_by(name), body)
        self.index.file_alias(cluster, name)

    def _by_name(self, bare: str) -> Cluster | None:
        caps = capitals(bare, self.lex.titles)
        if not caps or (bare.split()[-1].islower() and not looks_like_org(bare)):
            return None  # 'Clinton supporters', 'Trump aides': people named after someone, not that someone
        acronyms = self.acronyms.used_by(bare)
        org = looks_like_org(bare)
        body = body_key(bare) if org else None
        for cluster in sorted(self.index.with_name_like(caps, acronyms, body), key=_introduced, reverse=True):
            if not org and any(other_person(caps, capitals(name, self.lex.titles)) for name in cluster.names):
                continue  # 'Dena Grayson' is not the 'Lolita Grayson' a bare 'Grayson' was taken for
            for name in cluster.names + [p for p in cluster.persons if not cluster.is_org]:
                if acronyms & self.acronyms.used_by(name):
                    return cluster
                # 'the Trump campaign' is not Donald Trump: a body named after a person stays a body
                if cluster.is_org == org and same_name(caps, capitals(name, self.lex.titles)):
                    return cluster
                if body is not None and cluster.is_org and same_body(body, body_key(name)):
                    return cluster  # 'Government of Mexico' and 'Mexican government'
        return None

    def _by_head(self, description: str) -> Cluster | None:
        words = description.lower().split()
        if not words:
            return None
        # the noun before a modifier: 'the narrator [in the ad]'
        # ('cabinet du maire': 'du' too, not the mayor himself)
        links = (k for k in range(1, len(words)) if words[k] in self.lex.prepositions or words[k] in PARTICLES)
        head = next((words[k - 1] for k in links), words[-1])
        numbers = {w for w in words if any(ch.isdigit() for ch in w)}  # '14 percent' is not '21 percent'
        for cluster in self._latest(_PRONOUN_REACH):
            for alias in cluster.aliases:
                alias_words = alias.lower().split()
                if head in alias_words and numbers <= set(alias_words):
                    return cluster  # 'the ministry' -> 'Mexican Foreign Ministry'; 'la ministra' -> 'Lucía Ferrer'
        if head in self.lex.body_anaphors:  # 'Segundo a pasta', 'el ministerio' after 'la Cancillería': the
            last = self._last()  # body that spoke last, if no one has since (else which body is a guess)
            return last if last is not None and last.is_org else None
        return None


def _introduced(cluster: Cluster) -> int:
    """When the article introduced the speaker: ids are given in that order (S1, S2, ...)."""
    return int(cluster.id[1:])
