"""Packaging: sdist + wheel build, pass `twine check`, and the wheel works in a fresh venv."""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

from smoke_flow import smoke_script

ROOT = Path(__file__).resolve().parent.parent


def test_build_check_and_install_into_a_fresh_venv(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT)], check=True, capture_output=True
    )
    (wheel,) = dist.glob("*.whl")
    (sdist,) = dist.glob("*.tar.gz")
    version = re.search(
        r'__version__ = "([^"]+)"', (ROOT / "cloudcockpit_client" / "_version.py").read_text()
    )[1]  # type: ignore[index]
    assert wheel.name == f"cloudcockpit_client-{version}-py3-none-any.whl"

    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = archive.read(next(n for n in names if n.endswith("METADATA"))).decode()
    assert "cloudcockpit_client/py.typed" in names
    assert "cloudcockpit_client/_generated/api/customers/add_provider_instance.py" in names
    assert "cloudcockpit_client/testing/_fake.py" in names
    assert not [
        n for n in names if n.startswith(("tests/", "benchmarks/", "examples/")) or "__pycache__" in n
    ]
    metadata = next(n for n in names if n.endswith("METADATA"))
    requires = [
        line
        for line in zipfile.ZipFile(wheel).read(metadata).decode().splitlines()
        if line.startswith("Requires-Dist")
    ]
    runtime = [r for r in requires if "extra ==" not in r]
    assert sorted(r.split(":")[1].split(">")[0].split("<")[0].strip() for r in runtime) == [
        "attrs",
        "httpx",
        "python-dateutil",
    ]
    with tarfile.open(sdist) as archive:
        assert any(n.endswith("/openapi.yaml") for n in archive.getnames())

    subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, dist.iterdir())],
        check=True,
        capture_output=True,
    )

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [str(venv / "bin" / "pip"), "install", "--quiet", str(wheel)], check=True, capture_output=True
    )
    result = subprocess.run(
        [str(venv / "bin" / "python"), "-c", smoke_script("cloudcockpit_client")],
        cwd=tmp_path,  # not the repo: the installed wheel must be what is imported
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["ok", version, "True", "400"]
