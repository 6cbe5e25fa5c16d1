"""schemathesis against the OpenAPI document, with the app served on loopback: all its phases
(examples, coverage, fuzzing and the stateful phase, which chains operations through the links it
infers) find no server error, no response the document does not allow and no status it does not
list — with an admin's token (so generated writes reach the services) and without one.

The suite's run is kept modest in time (``SCHEMATHESIS_EXAMPLES``, default 10 per operation). The
release check runs 200 or more: ``SCHEMATHESIS_EXAMPLES=200 .venv/bin/pytest tests/api/test_schemathesis.py``
(the last such run's result is in tests/README.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.api.conftest import bearer

EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "10"))
#: seconds one run may take: the suite's run takes minutes; the release run at 200 examples about
#: ten minutes each way on an idle machine, far longer on a loaded one
TIMEOUT = int(os.environ.get("SCHEMATHESIS_TIMEOUT", "1800"))
PHASES = "examples,coverage,fuzzing,stateful"
CLI = Path(sys.executable).with_name("schemathesis")
CONFIG = Path(__file__).with_name("schemathesis.toml")


def _run(live_server: str, tmp_path: Path, headers: dict[str, str]) -> subprocess.CompletedProcess:
    args = [
        str(CLI), "--config-file", str(CONFIG), "run", f"{live_server}/api/v1/openapi.json",
        "--url", f"{live_server}/api/v1",
        "--phases", PHASES,
        "--checks", "all",
        "--max-examples", str(EXAMPLES),
        "--seed", "20261202",
        "--workers", "1",
        "--request-timeout", "30",
        "--suppress-health-check", "all",
        "--report", "junit", "--report-dir", str(tmp_path),
        "--no-color",
    ]
    for name, value in headers.items():
        args += ["--header", f"{name}: {value}"]
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "", "NO_COLOR": "1"}
    # in the test's own folder: schemathesis keeps a cache of what it found in its working directory
    result = subprocess.run(args, capture_output=True, text=True, env=env, timeout=TIMEOUT, check=False,
                            cwd=tmp_path)
    # the whole report beside the junit one (the assertion shows its end only)
    (tmp_path / "schemathesis.log").write_text(result.stdout + result.stderr)
    return result


@pytest.mark.parametrize("who", ["admin", "anonymous"])
def test_api_conforms_to_its_openapi_document_in_every_phase(live_server, seeded, tmp_path, who):
    headers = bearer(seeded.admin) if who == "admin" else {}
    result = _run(live_server, tmp_path, headers)
    output = result.stdout + result.stderr
    assert "Stateful" in output or "stateful" in output, output[-3000:]
    assert result.returncode == 0, output[-12000:]
