"""Stage 3, language: the document's language, each paragraph's and each quotation's; deterministic."""

from presscli.language.detect import detect, press_prior
from presscli.language.scripts import all_languages

__all__ = ["all_languages", "detect", "press_prior"]
