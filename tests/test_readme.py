"""The README's pytest example is the file that `make test` runs, byte for byte."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_readme_embeds_the_tested_example() -> None:
    example = (ROOT / "tests" / "test_readme_example.py").read_text()
    assert f"```python\n{example}```" in (ROOT / "README.md").read_text()
