"""python -m presscli"""

from presscli.cli import app

app(prog_name="presscli")
