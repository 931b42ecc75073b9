"""Quotations of a parsed article: marks paired, each attributed, classified and given a language.

Reads the article sentence by sentence, in order, so that a pronoun or an elided subject ('it
stated', 'Agregó que', 'a-t-il ajouté') resolves to whoever is speaking at that point, and a
quotation standing alone after an attributed one continues its speaker's words.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import takewhile

from presscli.attribution.confidence import withheld
from presscli.attribution.cues import match_phrase
from presscli.attribution.decide import Context, Found, attribute, containing, token_index
from presscli.attribution.german import opens_subordinate
from presscli.attribution.identity import Cluster, SpeakerBook
from presscli.attribution.mentions import Mention, names_a_group
from presscli.attribution.names import name_pairs, proper_names
from presscli.attribution.narration import main_clause_subject, reads_as_a_sentence, sentence_about, words_of_someone
from presscli.attribution.nested import enclosing, quoted_by_the_speaker
from presscli.attribution.patterns import after_quote, speaks
from presscli.attribution.person_names import owner_of
from presscli.attribution.plausible import name_evidence, plausible
from presscli.attribution.results import finish
from presscli.attribution.shapes import signature_line
from presscli.attribution.span_cursor import Coverage, SpanCursor
from presscli.attribution.subjects import could_be_someone
from presscli.lexicon import merged
from presscli.model import BlockKind, Paragraph, Post, Quote, QuoteKind, Speaker
from presscli.quotes.dialogue import put_as_a_question
from presscli.quotes.marks import MarkedSpan
from presscli.text.tokens import Token, token_ranges, tokenize

_AFTER_A_QUOTE = " \t\n\r.,;!?\"'”’»›“‘«‹„‚"  # what may stand between a quotation's words and the next paragraph
_OPENING_MARKS = " \t\"'“‘«‹„‚»›—–-"  # what may stand before a quotation that opens its paragraph
_NARRATING = {BlockKind.BODY, BlockKind.DECK, BlockKind.POST}  # paragraphs whose sentences tell who speaks


@dataclass(frozen=True, slots=True)
class QuoteResult:
    quotes: list[Quote]
    speakers: list[Speaker]
    reporters: dict[int, str]  # sentence start -> who that sentence reports, for claims


def extract_quotes(
    text: str,
    paragraphs: tuple[Paragraph, ...],
    sentences: list[list[tuple[int, int]]],
    language: str,
    posts: tuple[Post, ...],
    spans: list[MarkedSpan],
) -> QuoteResult:
    """Every quotation with its speaker, cue, kind and language; the speakers they belong to.

    `sentences` holds each paragraph's sentence spans; `spans` the paired quotation marks."""
    reader = _Reader(text, language, posts, spans)
    for p_index, paragraph in enumerate(paragraphs):
        reader.read_paragraph(p_index, paragraph, sentences[p_index])
    quotes, speakers = finish(text, reader.found, paragraphs, reader.book)
    return QuoteResult(quotes, speakers, {start: c.canonical for start, c in reader.reporters.items()})


_FLOOD_SPANS = 50  # quotations in one paragraph before their density is looked at
_WORDS_PER_SPAN = 3  # fewer words than this per quotation: marks, not prose
_LOOSE_WORDS = 6  # a fragment this short, unattributed, is a word borrowed, not a voice going on


class _Reader:
    """Reads paragraphs in order, keeping track of who is speaking."""

    def __init__(self, text: str, language: str, posts: tuple[Post, ...], spans: list[MarkedSpan]) -> None:
        self.text = text
        self.language = language
        self.posts = posts
        self.spans = spans
        pairs = name_pairs(text)
        self.book = SpeakerBook(text, merged((language,)), pairs)
        self.found: list[Found] = []
        self.reporters: dict[int, Cluster] = {}
        self.last_voice_paragraph = -10  # the last paragraph where someone was heard
        self.spoken: set[str] = set()  # ids of speakers already quoted
        self.names = proper_names(text, self.book.lex, pairs)
        self.evidence = name_evidence(text, language, self.book.lex)
        self.previous_tail: tuple[list[Token], tuple[int, int]] | None = None
        # '"…", commente-t-il.' before anyone is named (and whether the narration had lost track then)
        self.awaiting_name: list[tuple[Found, bool]] = []
        self.last_unnamed_paragraph = -10  # the last paragraph where someone not yet named was heard or narrated
        self.inner_voices: dict[int, Cluster] = {}  # outer quotation -> whom it quotes by name
        self._flooded = False  # the paragraph being read is mostly quotation marks
        self._cursor = SpanCursor(spans)
        self._unnamed: dict[int, Found] = {}  # quotations running on into later paragraphs, no speaker yet

    def read_paragraph(self, p_index: int, paragraph: Paragraph, sentence_spans: list[tuple[int, int]]) -> None:
        text = self.text
        lex = merged((paragraph.lang, self.language))
        touching = self._cursor.touching(paragraph)
        local = [s for s in touching if s.open_at >= paragraph.start]
        tokens = tokenize(
            text, paragraph.start, paragraph.end, paragraph.lang, [(s.open_at, s.close_at) for s in touching]
        )
        starts = [t.start for t in tokens]
        # a flood of marks is no prose: nesting there is noise, not someone quoting someone
        self._flooded = len(local) > _FLOOD_SPANS and len(local) * _WORDS_PER_SPAN > sum(t.is_word for t in tokens)
        ranges = token_ranges(tokens, sentence_spans) or [(0, len(tokens))]
        post = next((p for p in self.posts if p.start <= paragraph.start < p.end), None)
        context = Context(
            tokens, ranges, paragraph, p_index, lex, post, self.names, self.evidence, starts, self._flooded
        )
        if not local and post is None:
            self._signed(context)
        by_sentence: dict[tuple[int, int], list[MarkedSpan]] = {}
        outside: list[MarkedSpan] = []
        for span in local:  # each quotation to the sentence it opens in, in one pass
            sentence = containing(ranges, token_index(starts, span.open_at))
            (by_sentence.setdefault(sentence, []) if sentence != (0, 0) or ranges[0] == (0, 0) else outside).append(
                span
            )
        coverage = Coverage(touching)
        for lo, hi in ranges:
            in_sentence = by_sentence.pop((lo, hi), [])
            for span in in_sentence:
                self._quote(context, span)
            if not in_sentence:
                if not (hi > lo and coverage.covers(tokens[lo].start, tokens[hi - 1].start)):
                    self._narration(context, lo, hi)  # (a sentence inside a quotation is speech)
            elif in_sentence[-1].close_at < paragraph.end:
                self._clause_after(context, in_sentence[-1], (lo, hi))
        for span in outside + [s for group in by_sentence.values() for s in group]:  # outside every sentence
            self._quote(context, span)
        for span in touching:
            if span.open_at < paragraph.start and span.close_at < paragraph.end and span.open_at in self._unnamed:
                self._named_where_it_closes(context, span, self._unnamed.pop(span.open_at))
        self.previous_tail = (tokens, ranges[-1]) if tokens else None

    def _named_where_it_closes(self, context: Context, span: MarkedSpan, item: Found) -> None:
        """'“We will rebuild. [paragraph] It will take years,” the mayor said.': a quotation running over
        paragraphs is attributed where it closes when nothing named its speaker where it opened."""
        close = token_index(context.starts, span.close_at)
        _, hi = containing(context.ranges, close)
        after = after_quote(self.text, context.tokens, close + 1, hi or len(context.tokens), context.lex)
        if after is None or not after.strong or not plausible(after.speaker, context.lex, self.evidence):
            return
        item.cluster, item.cue, item.route = self.book.resolve(after.speaker), after.cue, "after-strong"
        self.book.speaking(item.cluster)

    def _narration(self, context: Context, lo: int, hi: int) -> None:
        """A sentence without quotations: someone reported speaking becomes the one pronouns point to."""
        if context.paragraph.kind not in _NARRATING and not reads_as_a_sentence(context.paragraph.text):
            return  # a heading ('Tensions Between Peru and Mexico'), a byline, a source line: no one speaks next
        owner = words_of_someone(self.text, context.tokens, lo, hi, context.lex)  # 'Estas son las palabras que X'
        whose = self.book.resolve(owner) if owner is not None else None
        # (the paragraph's quotations are the last found: read back only as far as they go)
        for item in takewhile(lambda i: i.paragraph == context.p_index, reversed(self.found) if whose else ()):
            if item.cluster is None:
                item.cluster, item.route = whose, "named-next"
        event = main_clause_subject(self.text, context.tokens, lo, hi, context.lex)
        if (
            event is not None
            and event.speaker is not None
            and not (speaks(event.speaker, context.lex) and plausible(event.speaker, context.lex, self.evidence))
        ):
            owner = owner_of(event.speaker, context.lex, self.evidence)
            # 'La introducción destaca que ...': a thing, not a speaker; 'La investigación de X agrega': X
            event = replace(event, speaker=owner) if owner is not None else None
        if event is None:
            subject = sentence_about(self.text, context.tokens, (lo, hi), context.lex, self.names, self.evidence)
            if (
                subject is not None
                and plausible(subject, context.lex, self.evidence)
                and could_be_someone(subject, context.lex, context.paragraph.lang, self.book.surnames)
            ):
                # the sentence is about someone: they are who 'she' and 'diz.' mean next
                cluster = self._turn_to(subject, context)
                if cluster is not None and cluster.id in self.spoken:
                    self.last_voice_paragraph = context.p_index
            return
        if event.how == "according" and event.speaker is not None and names_a_group(event.speaker, self.book.lex):
            group = self.book.resolve(event.speaker)  # ('algo ilegal según los expertos consultados'): many
            if group is not None and not group.is_org:  # people, none of whom speaks next
                self.reporters[context.tokens[lo].start] = group
                return
        cluster = self._turn_to(event.speaker, context)
        if cluster is not None:
            self.last_voice_paragraph = context.p_index
            self.reporters[context.tokens[lo].start] = cluster

    def _clause_after(self, context: Context, last: MarkedSpan, sentence: tuple[int, int]) -> None:
        """'“…”, por lo que el presidente lo cuestionó': a clause of its own after the sentence's last
        quotation is narration, and whom it names is the one who speaks next; so is the German main clause
        after a fronted one that held the quotation ('Während X erklärte, „…“, räumte Y ein')."""
        lo, hi = sentence
        k = token_index(context.starts, last.close_at) + 1
        while k < hi and context.tokens[k].text == ",":
            k += 1
        opener = match_phrase(context.tokens, k, context.lex.consequences) if k < hi else 0
        fronted = opens_subordinate(context.tokens, lo, context.lex)  # its quotation given to it ('before')
        if opener or (fronted and k < hi and self.found and self.found[-1].route == "before"):
            self._narration(context, k + opener, hi)

    def _signed(self, context: Context) -> None:
        """'“…”' alone in a paragraph, then '— Jane Doe, harbour master': the line names who said it."""
        last = self.found[-1] if self.found else None
        if last is None or last.cluster is not None or last.paragraph != context.p_index - 1:
            return
        if self.text[last.end : context.paragraph.start].strip(_AFTER_A_QUOTE):
            return  # the quotation does not close its paragraph: the line signs something else
        mention = signature_line(self.text, context.tokens, context.lex)
        if mention is not None and plausible(mention, context.lex, self.evidence):
            last.cluster, last.route = self.book.resolve(mention), "dash"
            self.book.speaking(last.cluster)

    def _turn_to(self, mention: Mention | None, context: Context) -> Cluster | None:
        """The narration turns to whom `mention` names; a pronoun that fits nobody known loses the track."""
        cluster = self.book.resolve(mention)
        self.book.speaking(cluster)
        self._name_the_awaiting(cluster, mention, context)
        if cluster is None and mention is not None and mention.kind == "pronoun":
            self.book.lost_track = True
            self.last_unnamed_paragraph = context.p_index
        return cluster

    def _quote(self, context: Context, span: MarkedSpan) -> None:
        item, direct = attribute(self.text, context, span, self.book, self.previous_tail)
        if direct is None and put_as_a_question(self.text, span):
            self.last_voice_paragraph = context.p_index  # the interview goes on: the answer is the floor's
            self.found.append(item)
            return
        if span.close_at >= context.paragraph.end and direct is None:
            self._unnamed[span.open_at] = item  # its speaker may be named where it closes
        voiced = item.kind in (QuoteKind.STATEMENT, QuoteKind.FRAGMENT, QuoteKind.TERM)
        inner = span.depth > 0 and not self._flooded and voiced
        if inner and quoted_by_the_speaker(self.text, self.spans, span, item, context, self.book, self.inner_voices):
            self.found.append(item)  # a voice inside a quotation: the narration's speaker stays who quotes it
            return
        if span.depth > 0 and enclosing(self.spans, span) is not None:
            # a quotation inside one: the floor stays the outer voice's, and a pronoun or an elided subject
            # there points inside the quotation ('Ele chega e diz: +…+'), not at the narration's speakers
            if direct is None or direct.speaker is None or direct.speaker.kind == "pronoun":
                item.cluster = None
            self.found.append(item)
            return
        # '"…", assure François Fillon' in a title: 'il' means him; 'Doch sei es, so X in „The Independent“, …':
        voiced = item.kind is QuoteKind.HEADLINE or (direct is not None and direct.how == "according" and direct.strong)
        if voiced and item.cluster is not None:  # the sentence a voice is set in is that voice's turn
            self.book.speaking(item.cluster)
            self.last_voice_paragraph = context.p_index
        if item.names_a_work:  # 'sagte Hermann der „Stuttgarter Zeitung“': Hermann speaks, the name is no one's
            item.cluster = item.cue = item.route = None
        if item.kind in (QuoteKind.STATEMENT, QuoteKind.FRAGMENT):
            # a few words in the reporter's own sentence that nothing attributes are nobody's in particular
            # ('ein Beispiel „taktlosen Verhaltens“'): the floor goes on, the fragment is not given it
            short = len(self.text[item.start : item.end].split()) <= _LOOSE_WORDS
            loose = direct is None and item.kind is QuoteKind.FRAGMENT and not item.reported and short
            continues = direct is None and (item.reported or self._voice_continues(context)) and not loose
            if item.cluster is None and continues:
                item.cluster = self.book.resolve(None)
                item.route = "floor" if context.p_index == self.last_voice_paragraph else "floor-next"
            by_pronoun = direct is not None and direct.speaker is not None and direct.speaker.kind == "pronoun"
            elided = continues or (direct is not None and direct.speaker is None)
            if item.cluster is None and (by_pronoun or (elided and self.book.lost_track)):
                self.awaiting_name.append((item, self.book.lost_track))
                self.last_unnamed_paragraph = context.p_index
            elif direct is not None and direct.speaker is not None:
                self._name_the_awaiting(item.cluster, direct.speaker, context)
            if item.cluster is not None:
                self.book.speaking(item.cluster)
                self.spoken.add(item.cluster.id)
                self.last_voice_paragraph = context.p_index
            alone = not self.text[context.paragraph.start : item.start].strip(_OPENING_MARKS)
            if withheld(item.route, item.kind, context.paragraph.lang, alone):
                item.cluster = None  # the voice goes on, but a fragment given to it would be its too rarely
        self.found.append(item)

    def _name_the_awaiting(self, cluster: Cluster | None, mention: Mention | None, context: Context) -> None:
        """A pronoun that came before any name points forward to the first person named next, nearby;
        so do the quotations spoken after the narration turned to someone unnamed ('Ele garante ...')."""
        if cluster is None or mention is None or mention.kind != "name" or not self.awaiting_name:
            return
        if not plausible(mention, context.lex, self.evidence):
            return
        # (a body named next is no one a person's pronoun was waiting for: the wait ends unanswered)
        for item, while_lost in self.awaiting_name if not cluster.is_org else ():
            if withheld("named-next", item.kind, context.paragraph.lang):
                continue  # a fragment before any name is that person's too rarely
            if while_lost or context.p_index - item.paragraph <= 1:
                item.cluster = cluster
                item.route = "named-next"
        self.awaiting_name.clear()

    def _voice_continues(self, context: Context) -> bool:
        """An unattributed quotation right after someone spoke (same or previous paragraph): their words,
        whether that someone is named yet or is named further on ('Ele resolveu …' before 'Dean')."""
        unnamed = bool(self.awaiting_name) and context.p_index - self.last_unnamed_paragraph <= 1
        recent = context.p_index - self.last_voice_paragraph <= 1 or unnamed
        return context.paragraph.kind is BlockKind.BODY and recent
