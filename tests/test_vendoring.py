"""Vendoring: the package works under another import path, with no absolute self-imports."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

from smoke_flow import smoke_script

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "cloudcockpit_client"


def test_runtime_code_never_imports_itself_absolutely() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            offenders += [
                f"{path.relative_to(ROOT)}:{node.lineno}" for n in names if n.split(".")[0] == PACKAGE.name
            ]
    assert offenders == []


def test_vendored_copy_runs_the_smoke_flow(tmp_path: Path) -> None:
    dest = tmp_path / "acme_service" / "_vendor"
    subprocess.run(["make", "-s", "vendor", f"DEST={dest}"], cwd=ROOT, check=True, capture_output=True)
    (tmp_path / "acme_service" / "__init__.py").write_text("")
    (dest / "__init__.py").write_text("")
    vendored = dest / "cloudcockpit_client"
    assert (vendored / "py.typed").exists() and (vendored / "_generated" / "api").is_dir()
    assert not list(vendored.rglob("__pycache__")) and not (vendored / "tests").exists()
    version = re.search(r'__version__ = "([^"]+)"', (PACKAGE / "_version.py").read_text())[1]  # type: ignore[index]
    result = subprocess.run(
        [sys.executable, "-c", smoke_script("acme_service._vendor.cloudcockpit_client")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["ok", version, "True", "400"]
