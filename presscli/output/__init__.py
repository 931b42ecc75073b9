"""Output: the JSON contract (serialize), what each command shows (views) and how (render)."""
