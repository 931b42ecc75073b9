"""The subject of a reporting verb: before it ('Trump said'), after it when the verb is inverted ('..., diz
Kester Mann, da CCS Insight.'), or beside a German auxiliary when the cue is a participle closing the
clause ('Merkel hatte ... verkündet')."""

from __future__ import annotations

from presscli.attribution.appositions import clause_after, past_dateline
from presscli.attribution.cues import AS_CONJUNCTIONS, Cue
from presscli.attribution.german_order import bracket_subjects, verb_bracket, verb_second
from presscli.attribution.mentions import Mention, mention_of, someone_like, speaks
from presscli.attribution.phrases_after import noun_phrase_after, phrase_from
from presscli.attribution.phrases_before import noun_phrase_before
from presscli.attribution.quoted_names import name_in_marks
from presscli.attribution.sources import source_after
from presscli.lexicon import Lexicon
from presscli.text.tokens import Token


def closing_phrase_after(text: str, tokens: list[Token], begin: int, hi: int, lex: Lexicon) -> Mention | None:
    """A subject after the verb only when it closes the clause (',', ':'), adverbs aside ('meinte der
    Preisträger X noch, dass'): not an object."""
    mention = noun_phrase_after(text, tokens, begin, hi, lex)
    if mention is None:
        return None
    k = next((k for k in range(begin, hi) if tokens[k].start >= mention.end and tokens[k].lower not in lex.adverbs), hi)
    # a phrase running into the quotation is its object: 'called National Nurses United “…”'; one
    # before a time is the subject ('a estimé le ministre Jean-Michel Blanquer ce dimanche 24 février')
    timed = k + 1 < hi and tokens[k].lower in lex.demonstratives and tokens[k + 1].lower in lex.time_nouns
    return mention if k < hi and (tokens[k].text in ",.;:!?" or timed) else None


def verb_subject(text: str, tokens: list[Token], cue: Cue, lo: int, hi: int, lex: Lexicon) -> Mention | None:
    """The subject of a reporting verb: before it ('Trump said'), or after it when the verb follows a
    comma and a phrase closes the clause behind it ('..., diz Kester Mann, da CCS Insight.')."""
    bracket = verb_bracket(tokens, cue, lo, lex)
    if bracket is not None:  # 'Olaf Brandt hat die Reform zur Chefsache erklärt': not 'die Reform'
        if tokens[bracket].lower in lex.passive_auxiliaries:
            return None  # 'Von glatter Desinformation wird gesprochen': nobody in particular speaks
        return bracket_subjects(text, tokens, bracket, lo, hi, lex)[0]
    if cue.start > lo and tokens[cue.start - 1].text == ",":
        behind = pronoun_behind_a_comma_cue(text, tokens, cue, lo, hi, lex)
        if behind is not None:
            return behind
        before = noun_phrase_before(text, tokens, cue.start, lo, lex)
        if before is not None and (before.alias is not None or _opens_as_a_name(tokens, before, lo, lex)):
            # 'Die Sprecherin der Grünen, Anja Hajduk, kritisierte ...', 'Alice Kakamara, 30, beschrieb ...':
            # a phrase opening the sentence, its apposition closed by the comma, is the subject
            return before
        # German puts the verb second: after a fronted clause the subject follows it, whatever comes
        # next ('Nachdem er gefragt wurde, entgegnete Suttner empört: „…“')
        after = noun_phrase_after if lex.lang == "de" else closing_phrase_after
        inverted = after(text, tokens, cue.end, hi, lex)
        if inverted is not None and inverted.kind != "pronoun":
            return inverted
    if lex.lang == "de" and cue.start == lo:  # the verb first, its fronted clause read apart: 'räumte Lopez ein'
        return noun_phrase_after(text, tokens, cue.end, hi, lex)
    before = noun_phrase_before(text, tokens, cue.start, lo, lex)
    if lex.lang == "de" and verb_second(tokens, cue, lo, before, lex):
        # the verb second, after an adverbial or an object: 'In seiner Rede erklärte Johnson', 'Ihren
        # Widersacher forderte May auf': the subject follows the verb
        inverted = noun_phrase_after(text, tokens, cue.end, hi, lex)
        if inverted is not None:
            return inverted
    if (
        lex.lang == "de"
        and before is not None
        and any(w.lower() in lex.object_determiners for w in before.text.split()[1:])
    ):
        return None  # '… November 2007 seinen Rücktritt verkündet': an object, its subject before the auxiliary
    return before


def pronoun_behind_a_comma_cue(
    text: str, tokens: list[Token], cue: Cue, lo: int, hi: int, lex: Lexicon
) -> Mention | None:
    """'Die Regierung verschiebe …, kritisierte er', '„…“ einsetzen, den es habe, erklärte er': a German cue
    right after a comma, a personal pronoun behind it, has that pronoun for its subject (not the clause
    before the comma)."""
    after_a_comma = cue.start > lo and tokens[cue.start - 1].text == ","
    if not after_a_comma or lex.lang != "de" or cue.end >= hi or not lex.is_person_pronoun(tokens[cue.end].lower):
        return None
    return noun_phrase_after(text, tokens, cue.end, hi, lex)


def _opens_as_a_name(tokens: list[Token], phrase: Mention, lo: int, lex: Lexicon) -> bool:
    """Does the phrase open the sentence and end on a name, as a subject does ('Alice Kakamara, 30,')?
    A fronted clause ends on its verb ('Nachdem er gefragt wurde,') or opens with a subordinator."""
    first = tokens[lo]
    if phrase.start != first.start or first.lower in lex.subordinators:
        return False
    last = phrase.text.rsplit(maxsplit=1)[-1]
    return last[:1].isupper()


def main_clause_phrase(text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> Mention | None:
    """The phrase opening the last comma-free stretch of tokens[lo:hi] that opens with a name or a
    determiner, not an adverbial or a relative clause: 'Hours later, [Trump] returned the compliment'."""
    stretches: list[tuple[int, int]] = []
    lo = start = past_dateline(text, tokens, lo, hi)  # ('PORTLAND, Ore. (AP) — Mayor X …': not 'Ore.')
    for k in range(lo, hi + 1):
        if k == hi or tokens[k].text == ",":
            if k > start:
                stretches.append((start, k))
            start = k + 1
    openers = lex.prepositions | lex.subordinators | lex.relative_pronouns | lex.connectors
    clauses = [
        (a, b)
        for a, b in stretches
        if (tokens[a].lower not in openers and tokens[a].is_capitalized) or tokens[a].lower in lex.determiners
    ]
    if not clauses:
        return None
    a, b = clauses[-1]
    phrase = phrase_from(text, tokens, a, b, lex)
    if phrase is None or phrase.kind == "pronoun":
        return None
    # the phrase opens the stretch, or its role does ('Huckabee campaign spokesman Hogan Gidley')
    opens = phrase.start == tokens[a].start or text.startswith(phrase.alias or "\0", tokens[a].start)
    return phrase if opens else None


def subordinate_subject(text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> Mention | None:
    """The subject of a subordinate clause closing tokens[lo:hi], when it is someone: '…, when Sanders
    protesters interrupted her speech[, shouting "…"]'. None when the last stretch is no such clause."""
    a = max((k + 1 for k in range(lo, hi) if tokens[k].text == ","), default=lo)
    if a + 1 >= hi or tokens[a].lower not in lex.subordinators or tokens[a].lower in AS_CONJUNCTIONS:
        return None
    subject = phrase_from(text, tokens, a + 1, hi, lex)
    if subject is None or subject.kind == "pronoun":
        return None
    end = _after(tokens, a + 1, hi, subject)
    while end < hi and tokens[end].is_word and not tokens[end].is_capitalized:
        grown = mention_of(text, tokens, a + 1, end + 1, lex)  # 'Sanders protesters', 'Trump supporters'
        if grown is None or not someone_like(Mention(tokens[end].text, 0, 0, "description"), lex):
            break
        subject, end = grown, end + 1
    return subject if someone_like(subject, lex) else None


def issuer(text: str, tokens: list[Token], subject: Mention, lo: int, lex: Lexicon) -> Mention:
    """'X issued a statement saying "…"': a document before a participle speaks for the one who issued
    it, the subject of the verb just before it; the document itself when there is none."""
    if subject.text.split()[-1].lower() not in lex.document_nouns:
        return subject
    k = next((k for k in range(lo, len(tokens)) if tokens[k].start >= subject.start), lo)
    verb = k - 1
    while verb > lo and (tokens[verb].lower in lex.prepositions or tokens[verb].lower in lex.adverbs):
        verb -= 1  # 'sent out a press release'
    if verb <= lo or not tokens[verb].is_word or tokens[verb].is_capitalized:
        return subject
    issuer = noun_phrase_before(text, tokens, verb, lo, lex)
    return issuer if issuer is not None and issuer.kind != "pronoun" else subject


def inverted_subject(text: str, tokens: list[Token], cue: Cue, hi: int, lex: Lexicon) -> Mention:
    """'a-t-il ajouté': the pronoun; 'explique-t-on au cabinet du maire': the place that speaks for 'on'."""
    pronoun = _pronoun_of(text, tokens[cue.start])
    if pronoun.text.lower() in lex.impersonal_pronouns:
        return source_after(text, tokens, cue.end, hi, lex) or pronoun
    return pronoun


def _pronoun_of(text: str, token: Token) -> Mention:
    pronoun = token.text.rsplit("-", 1)[-1]
    return Mention(pronoun, token.end - len(pronoun), token.end, "pronoun")


_COORDINATED_REACH = 30  # tokens searched back from 'and' for the verb it coordinates with


def coordinated_subject(
    text: str, tokens: list[Token], lo: int, coordinator: int, lex: Lexicon, earlier_cue: int | None = None
) -> Mention | None:
    """'Trump cast the blame on his rivals, and emphasized the threat that “…”', 'the League strongly
    denounced X and said it would "…"': a verb after 'and' shares the subject of the verb it is
    coordinated with, the nearest word after a name (not a possessive: 'Iran's missile tests') that is
    no function word; that subject is taken when it is a name. After an earlier cue (ending at
    `earlier_cue`) only a subject opening a clause of its own after ', and' counts: 'X called for Y, and
    the League denounced Z and said "…"', not 'X said Clinton erred and added'."""
    if lex.lang == "de":
        return None  # German capitalizes every noun: a capital before a verb tells nothing
    function_words = lex.determiners | lex.prepositions | lex.coordinators | lex.adverbs | lex.pronouns
    for k in range(coordinator - 1, max(lo, coordinator - _COORDINATED_REACH), -1):
        token = tokens[k]
        if token.lower in lex.subordinators or token.lower in lex.relative_pronouns:
            return None  # ('such a presence that X thanked …': the clause of the verb ends here)
        if not token.is_word or token.is_capitalized or token.quote is not None or token.lower in function_words:
            continue
        j = k - 1
        while j > lo and tokens[j].lower in lex.adverbs:
            j -= 1  # 'the League strongly denounced'
        before = tokens[j]
        if before.text == "," and j > lo:
            before = tokens[j - 1]  # 'Rep. Pat Schroeder, lives in …'
        bare = before.text.replace("’", "'")
        pronoun = bare.split("'")[0].lower() in lex.pronouns  # "It’s become …"
        if not before.is_capitalized or pronoun or bare.endswith(lex.possessive_endings or ("\0",)):
            continue
        subject = noun_phrase_before(text, tokens, k, lo, lex)
        if subject is None or subject.kind != "name":
            return None
        if earlier_cue is None:
            return subject
        opening = next(i for i in range(lo, k + 1) if tokens[i].end > subject.start)
        joints = range(max(earlier_cue, lo + 1), opening)
        own_clause = any(tokens[m].lower in lex.coordinators and tokens[m - 1].text == "," for m in joints)
        return subject if own_clause else None
    return None


def according_speaker(text: str, tokens: list[Token], cue: Cue, lo: int, hi: int, lex: Lexicon) -> Mention | None:
    """'laut Müller' names the speaker after the cue; 'Müller zufolge' before it."""
    if tokens[cue.start].lower in lex.according_postpositions:
        return noun_phrase_before(text, tokens, cue.start, lo, lex)
    begin = cue.end
    if begin < hi and tokens[begin].lower in lex.partitives:
        begin += 1  # 'nach Ansicht von Ministerpräsident X', 'in the words of X'
    return noun_phrase_after(text, tokens, begin, hi, lex) or name_in_marks(text, tokens, begin, hi, closing=False)


def contrast_subject(text: str, tokens: list[Token], begin: int, hi: int, lex: Lexicon) -> Mention | None:
    """'The mayor praised the "…" while critics denounced a "…"', 'mientras la oposición denunciaba un «…»':
    a clause opened by a contrasting conjunction after the cue has a subject of its own, who says the
    quotation in it; the cue before it is someone else's. None when no such clause, when it stands inside
    what the cue reports ('said that while …', 'said while …'), or when its subject is nobody who speaks."""
    k = next((k for k in range(begin, hi) if tokens[k].lower in lex.contrast_conjunctions), None)
    if k is None or k == begin or tokens[k].quote is not None:
        return None
    if any(t.lower in lex.complementizers for t in tokens[begin:k]):
        return None  # 'said that while the government "tries", it fails': the clause is in what was said
    start = clause_after(tokens, k, hi, lex)
    subject = phrase_from(text, tokens, start, hi, lex)
    if subject is None:
        return None
    end = _after(tokens, start, hi, subject)
    if end - start >= 3 and end < hi and tokens[end].lower in lex.determiners and not tokens[end - 1].is_capitalized:
        # 'while the union voiced its "…"': the word before the object's article is the verb
        subject = mention_of(text, tokens, start, end - 1, lex)
    return subject if subject is not None and speaks(subject, lex) else None


def _after(tokens: list[Token], start: int, hi: int, phrase: Mention) -> int:
    """The index of the first token after `phrase`, which opens at or after tokens[start]."""
    return next((j for j in range(start, hi) if tokens[j].start >= phrase.end), hi)
