"""Whether the phrase an attribution found can be someone who speaks: a strong pattern's phrase is
refused only when it cannot be anyone; a German phrase before its verb, or a sentence's subject found
alone, must look like someone; a phrase in an oblique case gives way to the subject after the verb."""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import TYPE_CHECKING

from presscli.attribution.patterns import Attribution
from presscli.attribution.person_names import speaks_through
from presscli.attribution.plausible import Who, plausible, who

if TYPE_CHECKING:
    from presscli.attribution.decide import Context


def plausible_attribution(direct: Attribution | None, context: Context) -> Attribution | None:
    """The attribution with a speaker that can be someone. A phrase before the cue that cannot be
    ('So sagte Olli Rehn', 'Unterdessen bezeichnete er') gives way to the one after the verb when that
    one can; otherwise the cue stands without a subject, and the speaker in context is meant."""
    source = direct.speaker if direct is not None and direct.how == "source" else None
    if direct is not None and source is not None and source.text.split()[-1].lower() in context.lex.speech_events:
        return replace(direct, speaker=None, how="before")  # '„…“, hieß es in der Rede': the one who gave it
    if (
        direct is None
        or direct.how in ("source", "post")
        or (direct.speaker is not None and direct.speaker.kind == "pronoun")
    ):
        return direct
    # a strong pattern binds its phrase to the cue: only what cannot be anyone is refused there; a
    # German phrase before its verb may be a fronted object or adverb ('So sagte X'), a subject found
    # from the sentence alone may be anything: those must look like someone
    weak = direct.how in ("subject", "colon", "dash") or (direct.how == "before" and context.paragraph.lang == "de")
    speaker = direct.speaker
    judged = who(speaker, context.lex, context.evidence) if speaker is not None else Who.NOBODY
    # a phrase a cue or a colon binds to the quotation ('La investigación de X agrega', 'Das Fazit von X:')
    bound = direct.how in ("before", "after", "colon") and (direct.cue is not None or direct.how == "colon")
    owner = speaks_through(speaker, context.lex, context.evidence, judged) if speaker and bound else None
    if owner is not None and not _oblique(direct, context):  # 'La investigación de Pfanz agrega': Pfanz
        return replace(direct, speaker=owner)
    someone = judged is not Who.NOBODY if weak else plausible(speaker, context.lex, context.evidence, strict=False)
    if someone and not _oblique(direct, context):
        return direct
    verb_second = context.paragraph.lang == "de" or direct.speaker is not None
    # (never a phrase in a case no subject takes: 'Die Gewerkschaften kritisierten den Plan als „…“')
    inverted = direct.inverted
    oblique = inverted is not None and inverted.text.split()[0].lower() in context.lex.object_determiners
    if inverted is not None and verb_second and not oblique and plausible(inverted, context.lex, context.evidence):
        return replace(direct, speaker=direct.inverted)
    if direct.speaker is None:
        return direct
    return replace(direct, speaker=None) if direct.cue else None


def _oblique(direct: Attribution, context: Context) -> bool:
    """A phrase before its verb in a case no subject takes: fronted, the subject follows the verb
    ('Während seiner Amtszeit warnte Kluncker', 'Den Vorwurf wies die Ministerin zurück'). After a
    noun it is a genitive of the subject instead ('Ein Sprecher des Ministeriums sagte')."""
    speaker = direct.speaker
    if direct.how != "before" or speaker is None:
        return False
    if speaker.text.split(maxsplit=1)[0].lower() not in context.lex.oblique_determiners:
        return False
    at = bisect.bisect_left(context.starts, speaker.start)
    return at == 0 or not context.tokens[at - 1].is_capitalized
