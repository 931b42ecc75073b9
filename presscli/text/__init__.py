"""Stage 4, text: sentence boundaries (nltk's Punkt, offline) and word tokens with offsets."""
