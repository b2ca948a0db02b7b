"""The model is read on first use only: importing cite or asking for help must not load the CRF library nor numpy."""

from __future__ import annotations

import subprocess
import sys


def test_import_and_help_do_not_load_the_model() -> None:
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "import cite, cite.cli, cite.pipeline\n"
        "from cite.refs import labeller\n"
        "result = CliRunner().invoke(cite.cli.app, ['--help'])\n"
        "assert result.exit_code == 0, result.output\n"
        "print('pycrfsuite' in sys.modules, 'numpy' in sys.modules, labeller._tagger.cache_info().currsize)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["False", "False", "0"]


def test_parsing_with_the_rules_alone_does_not_load_the_model() -> None:
    code = (
        "import sys\n"
        "from cite.refs import labeller\n"
        "from cite.refs.parse import parse_references\n"
        "refs = parse_references([('Cooley, Alexander. Great Games. Oxford: OUP, 2012.', (), False)], 'rules')\n"
        "assert refs[0].title, refs[0]\n"
        "print('pycrfsuite' in sys.modules, labeller._tagger.cache_info().currsize)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["False", "0"]
