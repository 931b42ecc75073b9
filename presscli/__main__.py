"""python -m presscli"""

from .cli import app

app(prog_name="presscli")
