"""Stage 2, layout: paragraphs and their roles (title, deck, byline, heading, source, post), embedded
posts, links, dates and the metadata an article gives about itself."""
