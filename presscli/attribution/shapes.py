"""Attribution by its shape where the verb is not a known cue: the press frames a quotation the same way
whatever the verb. Right after '“…,”' English puts a subject and a past tense before the sentence ends
('“…,” an angry Hollande retaliated.'); Spanish, Portuguese, Italian and German put a finite verb first
and the subject after it ('«…», sentenció la jueza', '“…”, sentenciou Raissa', '„…“, konterte Müller').
The verb endings are per-language data (`subject_verb_endings`, `inverted_verb_endings`)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from itertools import islice, takewhile

from presscli.attribution.appositions import apposition_before
from presscli.attribution.cues import Cue, cue_at, match_phrase
from presscli.attribution.given_names import is_given_name
from presscli.attribution.mentions import Mention, mention_of, name_only, speaks
from presscli.attribution.person_names import person_name
from presscli.attribution.phrases_after import noun_phrase_after, phrase_from
from presscli.attribution.phrases_before import noun_phrase_before
from presscli.lexicon import Lexicon
from presscli.text.tokens import Token

_SHORTEST_VERB = 5  # 'dijo' is a known cue anyway; 'pôs', 'led' and 'red' are not verbs of speech
_SUBJECT_WORDS = 6  # 'an angry Hollande', 'the former Arkansas governor'


def verb_by_shape(text: str, tokens: list[Token], i: int, hi: int, lex: Lexicon) -> tuple[Mention, str] | None:
    """The speaker and verb of the clause at tokens[i], right after a quotation and its comma, when its
    shape says it attributes the quotation; None otherwise."""
    if i >= hi or not tokens[i].is_word:
        return None
    verb = tokens[i]
    if (
        lex.inverted_verb_endings
        and not verb.is_capitalized
        and len(verb.lower) >= _SHORTEST_VERB
        and verb.lower.endswith(lex.inverted_verb_endings)
    ):
        subject = noun_phrase_after(text, tokens, i + 1, hi, lex)
        if subject is not None and subject.kind != "pronoun" and _closes(tokens, subject, hi, lex):
            return subject, verb.text
        return None
    if not lex.subject_verb_endings:
        return None
    subject = phrase_from(text, tokens, i, min(hi, i + _SUBJECT_WORDS), lex)
    if subject is None:
        return None
    after = next((k for k in range(i, hi) if tokens[k].start >= subject.end), hi)
    if after >= hi or after + 1 > hi:
        return None
    verb = tokens[after]
    ends = after + 1 >= hi or tokens[after + 1].text in ".,;!?"
    if verb.is_capitalized or len(verb.lower) < _SHORTEST_VERB or not ends:
        return None
    return (subject, verb.text) if verb.lower.endswith(lex.subject_verb_endings) else None


def _closes(tokens: list[Token], subject: Mention, hi: int, lex: Lexicon) -> bool:
    """The subject ends its clause: a sentence end, a comma or an adverbial follows, not an object."""
    after = next((t for t in tokens[:hi] if t.start >= subject.end and t.lower not in lex.adverbs), None)
    return after is None or after.text in ".,;:!?" or after.lower in lex.prepositions


def possessive_speech(text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> tuple[Mention, str] | None:
    """'López Obrador's characterization of Dina Boluarte as a «usurper»': words someone used, named by a
    noun of speech after the speaker's possessive, with the quotation after 'as' or 'that' further on."""
    for k in range(lo + 1, hi - 1):
        noun = tokens[k]
        if noun.lower not in lex.speech_nouns or not tokens[k - 1].lower.endswith(lex.possessive_endings):
            continue
        if not any(t.lower in lex.complementizers or t.lower == "as" for t in tokens[k + 1 : hi]):
            return None
        owner = tokens[k - 1]
        start = k - 1
        while start > lo and tokens[start - 1].is_capitalized and tokens[start - 1].is_word:
            start -= 1
        before = start - 1
        while before >= lo and (tokens[before].lower in lex.former_words or tokens[before].lower in lex.determiners):
            before -= 1
        if before >= lo and tokens[before].lower.endswith(lex.subject_verb_endings or ("\0",)):
            return None  # 'Hollande denounced Trump's remarks as «…»': the words are the denouncer's now
        bare = text[tokens[start].start : owner.end - len(_possessive(owner.text))]
        return Mention(bare, tokens[start].start, tokens[start].start + len(bare), "name"), noun.text
    return None


def _possessive(word: str) -> str:
    return next((ending for ending in ("’s", "'s", "’", "'") if word.endswith(ending)), "")


def incise(tokens: list[Token], cue: Cue, lo: int, hi: int, lex: Lexicon) -> bool:
    """A cue between commas in a language that drops subjects: 'Los políticos, puntualizó, no …'."""
    return (
        lex.drops_subjects
        and lo < cue.start
        and cue.end < hi
        and tokens[cue.start - 1].text == ","
        and tokens[cue.end].text == ","
    )


def quoted_person(text: str, tokens: list[Token], cue: Cue, hi: int, lex: Lexicon) -> Mention | None:
    """Who is quoted after a verb of quoting: the object, not the one who quotes ('„…“, zitierte man
    Yolanda Alvarez', '„…“, zitiert die Computerwoche Lynch')."""
    if tokens[cue.start].lower not in lex.quoting_verbs:
        return None
    if cue.end < hi and tokens[cue.end].lower in lex.impersonal_pronouns:
        after = cue.end + 1  # 'zitierte man X': nobody in particular quotes X
    else:
        quoter = noun_phrase_after(text, tokens, cue.end, hi, lex)
        inside = _quoted_in_the_quoter(tokens[cue.end : hi], quoter, lex) if quoter is not None else None
        if inside is not None:
            return inside
        if quoter is not None:
            after = next((k for k in range(cue.end, hi) if tokens[k].start >= quoter.end), hi)
        else:  # 'zitiert die „Computerwoche“ Lynch': a title in quotation marks quotes
            after = cue.end + (cue.end < hi and tokens[cue.end].lower in lex.determiners)
            title = after
            while after < hi and tokens[after].quote is not None:
                after += 1
            if after == title:
                return None
    quoted = noun_phrase_after(text, tokens, after, hi, lex) if after < hi and tokens[after].is_word else None
    return quoted if quoted is not None and quoted.kind == "name" else None


def _quoted_in_the_quoter(following: list[Token], quoter: Mention, lex: Lexicon) -> Mention | None:
    """'zitiert ndr.de Polizeisprecher Ralf Meyer': the quoter and the one quoted in one capitalized run, the
    person's name closing it (`following`: the tokens after the verb of quoting)."""
    name = person_name(quoter.text, lex)
    if name is None or not quoter.text.endswith(" " + name):
        return None
    first = name.split()[0]
    at = next((t.start for t in following if quoter.start <= t.start < quoter.end and t.text == first), None)
    return Mention(name, at, quoter.end, "name") if at is not None else None


def after_a_participle(tokens: list[Token], close: int, lex: Lexicon) -> bool:
    """Does the quotation closing at tokens[close] follow a passive participle ('called "…" by')?"""
    quote = tokens[close].quote
    if quote is None:
        return False
    k = close
    while k > 0 and tokens[k - 1].quote == quote:
        k -= 1
    return (
        k > 0
        and bool(lex.participle_endings)
        and tokens[k - 1].lower.endswith(lex.participle_endings)
        and len(tokens[k - 1].lower) > _SHORTEST_PARTICIPLE
    )


_SHORTEST_PARTICIPLE = 4  # 'red', 'dado' are not participles before an agent: 'called', 'considerada' are


def colon_speaker(text: str, tokens: list[Token], lo: int, colon: int, lex: Lexicon) -> Mention | None:
    """'Bundesinnenminister Schäuble: „…“', 'Koppelin wörtlich: „…“': a name, then a colon, then the quotation;
    also 'And from Chairwoman Ruiz:' (a source introduced) and 'Linda Harlow, chair of the board:'."""
    while colon - lo > 1 and (tokens[lo].lower in lex.coordinators or tokens[lo].lower in lex.origin_prepositions):
        lo += 1
    signed = _name_then_description(text, tokens, lo, colon, lex)
    if signed is not None:
        return signed
    end = colon
    while end > lo and (tokens[end - 1].lower in lex.adverbs or tokens[end - 1].lower in lex.verbatim_words):
        end -= 1
    if lex.lang == "de" and end - 1 > lo and tokens[end - 1].is_word and not tokens[end - 1].is_capitalized:
        end -= 1  # 'Die Schwester des Opfers schilderte:': German nouns are capitalized, the word before is the verb
    mention = noun_phrase_before(text, tokens, end, lo, lex)
    # (in German a name runs capitalized: 'Der Teamchef stellt sich hinter X:' is a clause, its subject found elsewhere)
    # (elsewhere a name is over at the lower-case word after it: 'Le prévisionniste Luc Garnier met en garde :')
    clause = mention is not None and (not name_only(mention, lex) if lex.lang == "de" else _runs_on(mention, lex))
    if mention and mention.kind == "name" and mention.start == tokens[lo].start and not clause:
        return mention
    # '… doesn’t surprise Republican pollster Daron Shaw: “…”': a person's full name right before the colon
    start = end
    while start > lo and end - start < _NAME_WORDS and tokens[start - 1].is_capitalized and tokens[start - 1].is_word:
        start -= 1
    before = tokens[start - 1] if start > lo else None  # not the object of 'em referência ao …, Joe Biden:'
    if end - start >= 2 and is_given_name(tokens[start].text) and before is not None and before.is_word:
        return mention_of(text, tokens, start, end, lex)
    return None


_NAME_WORDS = 4  # 'José Antonio Kast Rist'
_DESCRIPTION_WORDS = 8  # 'chair of the board', 'the Foreign Minister of Peru'


def _name_then_description(text: str, tokens: list[Token], lo: int, colon: int, lex: Lexicon) -> Mention | None:
    """'Linda Harlow, chair of the board:': a name that opens the line, then its description up to the colon."""
    comma = next((k for k in range(lo + 1, colon) if tokens[k].text == ","), None)
    if comma is None or colon - comma - 1 > _DESCRIPTION_WORDS or colon - comma < 2:
        return None
    name = noun_phrase_before(text, tokens, comma, lo, lex)
    if name is None or name.kind != "name" or name.start != tokens[lo].start or not name_only(name, lex):
        return None
    if len(name.text.split()) < 2:
        return None  # one capitalized word before a comma opens many a sentence: 'Wait, it gets better:'
    description = tokens[comma + 1 : colon]
    return name if all(t.is_word or t.text in "-'’" for t in description) else None


def _runs_on(mention: Mention, lex: Lexicon) -> bool:
    """Does a lower-case word other than a link follow a capitalized one (the first word aside)?"""
    words = mention.text.split()
    capital = next((k for k, w in enumerate(words[1:], 1) if w[:1].isupper()), len(words))
    return any(not w[:1].isupper() and w.lower() not in lex.np_links for w in words[capital + 1 :])


def genitive_according(text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> tuple[Mention, str] | None:
    """'Nach Schäubles Idee soll „…“ sein', 'nach Merkels Worten': an according phrase ('nach Ansicht')
    with the speaker's name in the genitive between its words."""
    nouns = _genitive_nouns(lex)
    for k in range(lo, hi - 2):
        owner, noun = tokens[k + 1], tokens[k + 2]
        if nouns.get(noun.lower) == tokens[k].lower and owner.is_capitalized and owner.text.endswith("s"):
            name = owner.text[:-1]
            return Mention(name, owner.start, owner.start + len(name), "name"), text[tokens[k].start : noun.end]
    return None


@cache
def _genitive_nouns(lex: Lexicon) -> dict[str, str]:
    """The nouns of the two-word according phrases, to their preposition: 'ansicht' -> 'nach'."""
    return {phrase[1]: phrase[0] for phrase in lex.according_to if len(phrase) == 2}


def genitive_speech(text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> tuple[Mention, str] | None:
    """'Auf den Vorwurf der CDU, es handele sich um einen „…“', 'Nach der Ankündigung der Ministerin soll
    „…“': words someone used, named by a noun of speech with its speaker in the genitive."""
    for k in range(lo, hi - 2):
        if tokens[k].lower in lex.speech_nouns and tokens[k + 1].lower in lex.genitive_determiners:
            owner = phrase_from(text, tokens, k + 2, hi, lex, bare=True)
            if owner is not None and speaks(owner, lex):
                return replace(owner, alias=None), tokens[k].text
    return None


def signature_line(text: str, tokens: list[Token], lex: Lexicon) -> Mention | None:
    """'— Jane Doe, harbour master': a short line opening with a dash, under a quotation standing alone,
    signs it with a name (as an epigraph or a pull quote is signed)."""
    if not 2 <= len(tokens) <= _SIGNATURE_TOKENS or tokens[0].text not in _SIGNATURE_DASHES:
        return None
    if any(t.quote is not None for t in tokens):
        return None
    mention = noun_phrase_after(text, tokens, 1, len(tokens), lex)
    return mention if mention is not None and mention.kind == "name" and mention.start == tokens[1].start else None


def fronted_after_a_full_stop(text: str, tokens: list[Token], lo: int, i: int, subject: Mention) -> bool:
    """After a quotation closed by its own full stop (tokens[lo - 1] its closing mark), a sentence whose subject
    stands behind a fronted phrase ('„… .“ Im September hatte X angekündigt') is one of its own."""
    closed = i == lo and lo >= 1 and not tokens[lo - 1].is_word and text[tokens[lo - 1].start - 1] in ".!?"
    before_subject = takewhile(lambda t: t.end <= subject.start, islice(tokens, i, None))
    return closed and not all(t.is_capitalized for t in before_subject)


def signed_after(text: str, tokens: list[Token], i: int, hi: int, lex: Lexicon) -> tuple[bool, Mention | None]:
    """'“…” —X', '"…"--said Mr. Cornwallaby', '"…" -- Jane Doe', '“…” -Commissioner X': a dash right after the
    closing mark (tokens[i]) signs the quotation. Returns whether one stands there, and the phrase it gives."""
    if i >= hi:
        return False, None
    # a hyphen set off by a space on either side signs (not '‚Asia‘-Domain')
    # (glued to the name only after a finished sentence: '“… agency.” -Commissioner X', not '"Fan-cams" -Réintroduire')
    closed_sentence = i > 0 and text[tokens[i - 1].start - 1 : tokens[i - 1].start] in ".,!?…"
    glued = i > 0 and tokens[i].start > tokens[i - 1].end and closed_sentence
    set_off = i + 1 < hi and (tokens[i + 1].start > tokens[i].end or glued)
    spaced = set_off and tokens[i + 1].is_capitalized
    typed = i + 2 < hi and tokens[i].text == tokens[i + 1].text == "-" and tokens[i + 1].start == tokens[i].end
    typed = typed and (tokens[i + 2].is_capitalized or cue_at(tokens, i + 2, lex) is not None)
    if not (typed or tokens[i].text in _SIGNATURE_DASHES or (spaced and tokens[i].text == "-")):
        return False, None
    return True, noun_phrase_after(text, tokens, i + 1 + typed, hi, lex)


_SIGNATURE_DASHES = frozenset("—–")  # not a hyphen: it opens the items of a list
_SIGNATURE_TOKENS = 16  # a name, a role and where they serve: 'Jane Doe, harbour master of the Port of Leith'


def relative_according(text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> Mention | None:
    """'o relator, ministro Paulo Antunes, para quem há "…"', 'le juge X, pour qui …': an opinion or
    according word with a relative pronoun gives the view of the phrase the relative clause hangs on.
    (Not German, whose relative pronouns are its articles: 'Die Sorte, für die BASF eine Genehmigung …')"""
    for k in range(lo + 1, hi - 2) if lex.lang != "de" else ():
        if tokens[k].text != ",":
            continue
        n = max(match_phrase(tokens, k + 1, lex.opinion_prefix), match_phrase(tokens, k + 1, lex.according_to))
        if n and tokens[k + 1 + n].lower in lex.relative_pronouns:
            found = apposition_before(text, tokens, k, lo, lex)
            return found if found is not None and speaks(found, lex) else None
    return None
