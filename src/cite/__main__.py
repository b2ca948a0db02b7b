"""`python -m cite`, the same as the `cite` command."""

from cite.cli import app

if __name__ == "__main__":  # not when a worker process of `--jobs` imports this module again
    app(prog_name="cite")
