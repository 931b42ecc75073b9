"""python -m presscli"""

from presscli.cli import main

main(prog_name="presscli")
