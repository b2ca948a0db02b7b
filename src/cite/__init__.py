"""cite: extract footnotes and citations from documents and export them to reference managers."""

__version__ = "0.1.0"
