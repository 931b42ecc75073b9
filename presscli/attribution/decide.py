"""The one place where a quotation's speaker, cue and kind are decided, from the sentence around it.

The patterns (`patterns`) offer what stands after the closing mark and before the opening one; the
sentence's own subject (`subjects`) and an embedded post's author are the fallbacks. `reader` adds
what the narration knows: who holds the floor and whom a pronoun means."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from presscli.attribution import german
from presscli.attribution.before import before_quote
from presscli.attribution.confidence import route_of
from presscli.attribution.cues import cue_at, reported_speech, subject_may_be_elided
from presscli.attribution.identity import Cluster, SpeakerBook
from presscli.attribution.judged import plausible_attribution
from presscli.attribution.mentions import Mention
from presscli.attribution.narration import person_in_main_clause
from presscli.attribution.patterns import (
    Attribution,
    after_quote,
    containing,
    inner_incise,
    pointing_back,
    sentence_final,
)
from presscli.attribution.phrases_after import noun_phrase_after
from presscli.attribution.plausible import NameEvidence
from presscli.attribution.quoted_names import quoted_name
from presscli.attribution.subjects import could_be_someone, possessed, pronoun_of_the_subject, sentence_subject
from presscli.lexicon import Lexicon
from presscli.model import BlockKind, Paragraph, Post, QuoteKind
from presscli.quotes.context import after_complementizer, named, starts_like_a_clause
from presscli.quotes.kinds import Placement, classify, opens_sentence
from presscli.quotes.marks import MarkedSpan
from presscli.text.tokens import Token


def token_index(starts: list[int], position: int) -> int:
    """The token at or before character `position`, given the tokens' start offsets."""
    return max(0, bisect.bisect_right(starts, position) - 1)


def attribute(
    text: str,
    context: Context,
    span: MarkedSpan,
    book: SpeakerBook,
    previous_tail: tuple[list[Token], tuple[int, int]] | None,
) -> tuple[Found, Attribution | None]:
    """The quotation with its direct attribution (None when its sentence names nobody)."""
    tokens, ranges, paragraph, lex = context.tokens, context.ranges, context.paragraph, context.lex
    start, end = trimmed(text, *span.inner)
    item = Found(span, start, end, context.p_index)
    open_index = token_index(context.starts, span.open_at)
    closed_here = span.closed and span.close_at < paragraph.end
    close_index = token_index(context.starts, span.close_at) if closed_here else len(tokens) - 1
    s_lo, _ = containing(ranges, open_index)
    _, c_hi = containing(ranges, close_index)
    c_hi = c_hi or len(tokens)
    if c_hi == close_index + 1 < len(tokens):
        # '“… fortune.” Trump tweeted.' / '“…” —Linda Park': the attribution was cut off as a sentence
        _, c_hi = containing(ranges, c_hi)
    # a window, whatever the sentence: text without sentence ends must not make every quotation rescan it
    s_lo = max(s_lo, open_index - _REACH)
    scan = range(open_index - 2, s_lo - 1, -1) if not context.flooded else ()  # (flooded: no window to bound)
    bracket = next((k for k in scan if tokens[k].text in ("(", ")")), None)
    if bracket is not None and tokens[bracket].text == "(":  # '… what it is (Lemkin, …, once said, “…”)'
        s_lo = bracket + 1  # a bracket still open bounds the sentence the quotation stands in
    c_hi = min(c_hi or len(tokens), close_index + 1 + _REACH)
    if context.flooded:  # marks next to marks: nothing around a quotation attributes it, and nothing is read
        s_lo, c_hi = open_index, min(c_hi, close_index + 1)
    # speech set off by a dash opens a turn of its own, after the incise too ('—. Esperamos …')
    # (the text around a quotation is read within a window: a paragraph of a megabyte is no reason to copy it)
    window_start = max(paragraph.start, span.open_at - _AROUND_CHARS)
    before_text = "" if span.open_mark[:1] in _DIALOGUE_DASHES else text[window_start : span.open_at]
    at_start = opens_sentence(before_text)
    after = after_quote(text, tokens, close_index + 1, c_hi, lex) if closed_here else None
    before = before_quote(text, tokens, s_lo, open_index, lex) if open_index > s_lo else None
    if after is None and before is None and at_start and closed_here:
        after = pointing_back(text, tokens, ranges, close_index, lex)  # '„…“. Das sagte X.'
    if before is None and (after is None or not after.strong) and closed_here and paragraph.lang == "de":
        # ('hatte von einem „…“ für die Region gesprochen': the auxiliary's subject, not 'Region' before the verb)
        bracketing = german.bracketing_cue(text, tokens, (s_lo, close_index, c_hi), lex)
        if bracketing is not None and bracketing[0] is not None:  # (a passive's agent stays: 'von X … bezeichnet')
            before, after = Attribution(bracketing[0], bracketing[1], "before"), None
    if before is None and at_start and open_index == 0 and previous_tail and _ends_with_colon(previous_tail):
        tail_tokens, (t_lo, t_hi) = previous_tail
        before = before_quote(text, tail_tokens, t_lo, t_hi, lex)
    after_colon = before_text.rstrip().endswith(":")
    if after_colon and before is None and open_index > s_lo:
        if paragraph.lang == "de":  # 'Hier sparte der Bundespräsident ...:', 'Die Anwendung ... stellte X in Frage:'
            subject = german.someone_in(text, tokens, s_lo, open_index, lex, context.evidence)
        else:
            subject = sentence_subject(text, tokens, s_lo, open_index, lex, context.names)
        if subject is not None and subject.text.endswith(("'s", "’s")):  # someone of Obama's speaks
            subject = possessed(text, tokens, subject, (s_lo, open_index), lex)  # "Obama's first five …:"
        before = Attribution(subject, None, "colon") if subject else None  # 'Zypries sieht ...: „…“'
    direct: Attribution | None
    # 'X zitiert Kirchner mit folgenden Worten: „… .“ Laut der Agentur …': a quotation set out after a
    # colon and ending its sentence belongs to the colon's speaker, not to the next sentence's source
    ends_sentence = text[start:end].rstrip()[-1:] in ".!?…"
    named_before = before is not None and before.speaker is not None and before.speaker.kind != "pronoun"
    if after is not None and after.strong and after.speaker is not None and after.speaker.kind == "pronoun":
        # 'X sagte: „…“, betont sie': the pronoun after the quotation is the one named before it
        after = replace(after, speaker=before.speaker) if named_before and before is not None else after
    participle = _participle_subject(text, tokens, before, after, (s_lo, close_index, c_hi), closed_here, lex)
    if participle is not None:
        direct = participle
    elif german.in_fronted_clause(tokens, s_lo, before, lex):
        direct = before  # 'Während Shakira erklärte, …, „…“, räumte Lopez ein': the fronted clause's own voice
    elif after is not None and after.strong and not (after_colon and before is not None and ends_sentence):
        direct = after  # '“…,” said X' / '„…“, so X' / '“…” —X' right behind the quotation
    elif at_start and not after_colon:
        direct = after or before
    else:  # (a sentence set out after a colon is the colon's: the next sentence's cue is about something else)
        direct = before or (None if after_colon and ends_sentence and after is not None and not after.strong else after)
    if direct is None and span.open_mark[:1] in "«»":  # '« …, a déclaré X, … »': the incise inside the marks
        direct = inner_incise(text, tokens, open_index, close_index, lex)
    if direct is None and closed_here:
        direct = sentence_final(text, tokens, close_index, c_hi, lex)
    if direct is None and not at_start and s_lo < open_index:
        subject = sentence_subject(text, tokens, s_lo, open_index, lex, context.names) or person_in_main_clause(
            text, tokens, s_lo, open_index, lex
        )
        # (in German every noun is capitalized: only a role or body counts; 'Die Studie zeige …' reports someone)
        someone = subject is not None and subject.kind == "name" and could_be_someone(subject, lex, paragraph.lang)
        if someone and not german.reported_finding(subject, tokens, (s_lo, c_hi), lex):
            direct = Attribution(subject, None, "subject")  # 'La RATP propose "une offre 100 % digitale"'
    post = context.post
    if post is not None and post.author:
        author = post.author + (f" ({post.handle})" if post.handle else "")
        direct = Attribution(Mention(author, post.start, post.end, "name"), "posted", "post")
    item.reported = reported_speech(tokens, s_lo, c_hi, lex)
    if direct is not None and direct.speaker is None and direct.how in ("before", "after") and s_lo < open_index:
        subject = None
        in_german = paragraph.lang == "de"
        if in_german and direct.how == "after":  # '… als „…“ bezeichnet': the clause-final cue's own subject
            subject = german.clause_final_subject(text, tokens, s_lo, open_index, lex, context.evidence)
        elif not (in_german and german.passive_voice(tokens, s_lo, open_index, lex)):
            subject = sentence_subject(text, tokens, s_lo, open_index, lex, context.names)
        if subject is None and in_german:
            subject = german.first_verb_subject(text, tokens, s_lo, open_index, direct.cue, lex, context.evidence)
        # ('He thanked the nurses and called X “…”': in English the pronoun opening the sentence is meant)
        # (German puts a pronoun first only as the subject: 'Er halte X für vertretbar und bezeichnete Y als „…“')
        opens = subject is not None and in_german and subject.start == tokens[s_lo].start
        if subject is not None and (subject.kind != "pronoun" or paragraph.lang == "en" or opens):
            direct = Attribution(subject, direct.cue, direct.how)  # 'X ha transmitido ... un pase que considera "…"'
    if direct is not None and direct.how == "before" and direct.speaker is not None and s_lo < open_index:
        window = (s_lo, open_index)
        opener = pronoun_of_the_subject(
            text, tokens, window, direct.speaker, context.lex, context.names, context.evidence
        )
        direct = replace(direct, speaker=opener) if opener is not None else direct
    if direct is not None and direct.how == "before" and paragraph.lang == "de" and s_lo < open_index:
        relative = german.relative_clause_speaker(text, tokens, s_lo, open_index, lex, context.evidence)
        direct = replace(direct, speaker=relative) if relative is not None else direct  # ', die X erklärt hatte:'
    # reported words, not a label: 'der Vorwurf der CDU, es handele sich um „…“', 'X's claim that …'
    labelled = direct is not None and (direct.cue or "").lower() in lex.speech_nouns and lex.lang != "de"
    labelled = labelled and not any(t.lower in lex.complementizers for t in tokens[s_lo:open_index])
    placement = Placement(
        lang=paragraph.lang,
        reported=item.reported,
        block=paragraph.kind,
        before=before_text,
        after=text[span.close_at + len(span.close_mark) : min(paragraph.end, span.close_at + _AROUND_CHARS)]
        if closed_here
        else "",
        attributed=direct is not None,
        # 'X's characterization of Y as a «usurper»': a label someone gave, a term with its speaker
        named=named(tokens, open_index, lex) or (labelled and len(text[start:end].split()) <= _LABEL_WORDS),
        after_cue_verb=open_index > 0 and cue_at(tokens, open_index - 1, lex) is not None,
        after_complementizer=after_complementizer(tokens, open_index, lex),
        subject_like=starts_like_a_clause(text[start:end], lex),
        proper_name=paragraph.lang == "de" and quoted_name(text[start:end], lex, before_text),
    )
    item.kind = classify(text[start:end], placement)
    if direct is not None and direct.how == "subject" and item.kind is QuoteKind.TERM:
        direct = None  # a label in a sentence about someone is not theirs: 'X endured being called «Miss Piggy»'
    item.names_a_work = item.kind is QuoteKind.TERM and placement.proper_name
    direct = plausible_attribution(direct, context)
    if direct is not None and paragraph.kind in _LABELS and not direct.strong:
        direct = None  # 'Original article: «…»', a heading: a label before a colon is nobody who speaks
    unnamed = direct is not None and direct.speaker is None and direct.how in ("before", "after")
    if direct is not None and unnamed and not subject_may_be_elided(tokens, s_lo, c_hi, direct.cue, lex):
        item.cue = direct.cue  # '14 percent said “…”': a subject stands there that was not read; not the floor's
    elif direct is not None and (item.kind is not QuoteKind.TERM or direct.speaker is not None):
        item.cluster = book.resolve(direct.speaker)  # a term gets a speaker only when one is named
        item.cue = direct.cue
        item.route = route_of(direct)
    elif direct is not None:
        item.cue = direct.cue
    return item, direct


def _ends_with_colon(tail: tuple[list[Token], tuple[int, int]]) -> bool:
    tokens, (lo, hi) = tail
    return hi > lo and tokens[hi - 1].text == ":"


_TRIM = " \t\n\r\u00a0\u202f\u2009\ufeff"


@dataclass(slots=True)
class Found:
    """A quotation being built: its marks, where it stands and who said it."""

    span: MarkedSpan
    start: int
    end: int
    paragraph: int
    cluster: Cluster | None = None
    cue: str | None = None
    kind: QuoteKind = QuoteKind.STATEMENT
    reported: bool = False  # its sentence is indirect speech: someone in context is speaking
    route: str | None = None  # how the speaker was reached (see `confidence.ROUTES`)
    names_a_work: bool = False  # a newspaper's or a work's name: nobody's words, though its sentence names a voice


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


@dataclass(frozen=True, slots=True)
class Context:
    tokens: list[Token]
    ranges: list[tuple[int, int]]
    paragraph: Paragraph
    p_index: int
    lex: Lexicon
    post: Post | None
    names: frozenset[str]  # the document's proper names
    evidence: NameEvidence  # which capitalized words of the article are names
    starts: list[int]  # each token's start offset, for bisection
    flooded: bool = False  # the paragraph is mostly quotation marks: no prose around them to read


_LABELS = {BlockKind.SOURCE, BlockKind.HEADING, BlockKind.BYLINE}
_DIALOGUE_DASHES = "—―"
_LABEL_WORDS = 3  # 'characterization of Y as a «usurper»': a label is a word or three, longer is speech
_REACH = 80  # tokens either side of a quotation where its attribution may stand: a long sentence
_AROUND_CHARS = 1000  # characters either side of a quotation that classifying it may read


def _participle_subject(
    text: str,
    tokens: list[Token],
    before: Attribution | None,
    after: Attribution | None,
    at: tuple[int, int, int],
    closed_here: bool,
    lex: Lexicon,
) -> Attribution | None:
    """'Acknowledging that Trump “…”, though, Allen did suggest', 'Calling it “…”, the mayor left': a
    participle clause opening the sentence (at its start `at[0]`) has the main clause's subject, behind
    the quotation that closes at `at[1]` (the sentence ends at `at[2]`)."""
    s_lo, close_index, c_hi = at
    if before is None or before.speaker is not None or not tokens[s_lo].lower.endswith(lex.gerund_endings):
        return None
    if (before.cue or "").lower().split()[:1] != [tokens[s_lo].lower]:
        return None
    if after is not None and after.speaker is not None:
        return after
    if not closed_here:
        return None
    k = close_index + 1
    while k < c_hi and tokens[k].text == ",":
        k += 1
    subject = noun_phrase_after(text, tokens, k, c_hi, lex)
    return Attribution(subject, before.cue, "before") if subject is not None else None
