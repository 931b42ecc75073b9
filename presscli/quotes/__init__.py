"""Stage 5, quotations: quotation marks paired into spans, and what each quotation is doing (its kind)."""
