"""Stage 3, language: the document's language, each paragraph's and each quotation's; deterministic."""

from presscli.language.detect import all_languages, detect, press_prior

__all__ = ["all_languages", "detect", "press_prior"]
