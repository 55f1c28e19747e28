"""`make demo` (examples/onboarding.py) runs against the in-memory CloudCockpit and does what the README says."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_demo_detects_fixes_and_waits() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLOUDCOCKPIT_")}
    out = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "onboarding.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    lines = out.splitlines()
    assert lines[0] == "against the in-memory CloudCockpit (cloudcockpit_client.testing)"
    steps = {line.split(".")[0]: line for line in lines[1:] if line[:1].isdigit()}
    assert steps["1"].endswith("['Microsoft CSP']")
    assert "WaitTimeoutError" in steps["3"] and "is not created yet" in steps["3"]
    assert "contact 'Test'" in steps["4"]
    assert steps["6"].startswith("6. wait_for_provider_customer -> created, provider customer id ")
    assert "BadRequestError: The provider customer is not in the failed status (it is created)." in steps["7"]
