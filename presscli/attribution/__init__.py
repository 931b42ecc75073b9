"""Stage 6, attribution: who said each quotation. Cue words, the phrases that name a speaker, the one
decision of who speaks, and speaker identity across an article."""
