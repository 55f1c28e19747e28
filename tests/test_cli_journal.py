"""The bulk commands' building blocks without a subprocess: the journal's file format and repair,
and which failures leave a POST's outcome unknown (so that a re-run checks before re-sending)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from cloudcockpit_client import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    CredentialError,
    InternalServerError,
    ResponseValidationError,
)
from cloudcockpit_client.cli._bulk import classify
from cloudcockpit_client.cli._journal import Journal, JournalError


def test_a_journal_appends_one_flushed_line_per_event_and_remembers_the_last_state(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    journal = Journal(path, "add-provider-instance")
    journal.record("a/b", "sending")
    # Flushed: another reader (or a re-run after SIGKILL) sees the line before close().
    assert json.loads(path.read_text())["state"] == "sending"
    journal.record("a/b", "succeeded", detail="added")
    journal.close()
    again = Journal(path, "add-provider-instance")
    again.close()
    assert again.state("a/b") == "succeeded" and again.state("c/d") is None and len(again) == 1


def test_a_half_written_last_line_is_ignored_and_cut_off(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    good = json.dumps({"job": "retry-failed", "key": "a/b", "state": "sending"})
    path.write_text(good + "\n" + '{"job": "retry-failed", "key": "c/d", "sta')
    journal = Journal(path, "retry-failed")
    assert journal.state("c/d") is None and journal.state("a/b") == "sending"
    journal.record("c/d", "succeeded")
    journal.close()
    lines = path.read_text().splitlines()
    assert len(lines) == 2 and json.loads(lines[1])["key"] == "c/d"


def test_a_read_only_journal_writes_and_repairs_nothing(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    text = json.dumps({"job": "retry-failed", "key": "a/b", "state": "succeeded"}) + "\n{partial"
    path.write_text(text)
    journal = Journal(path, "retry-failed", read_only=True)
    journal.record("c/d", "sending")
    assert journal.state("c/d") == "sending" and path.read_text() == text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('not json\n{"job": "retry-failed", "key": "a", "state": "x"}\n', "line 1: not a journal record"),
        (
            '{"job": "add-provider-instance", "key": "a", "state": "x"}\n',
            "belongs to a 'add-provider-instance' job",
        ),
    ],
)
def test_a_damaged_or_foreign_journal_is_refused(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "j.jsonl"
    path.write_text(content)
    with pytest.raises(JournalError, match=message):
        Journal(path, "retry-failed")


def _status_error(cls: type[BadRequestError] | type[InternalServerError], status: int) -> Exception:
    request = httpx.Request("POST", "https://api.example/v1/Customers/x/provider-instances")
    return cls(response=httpx.Response(status, request=request), description="no", correlation_id="cid")


def _connection_error(
    cause: Exception, cls: type[APIConnectionError] = APIConnectionError
) -> APIConnectionError:
    error = cls("Connection error.")
    error.__cause__ = cause
    return error


@pytest.mark.parametrize(
    ("error", "outcome"),
    [
        (_status_error(BadRequestError, 400), "failed"),
        (_status_error(InternalServerError, 500), "unknown"),
        (_status_error(InternalServerError, 503), "unknown"),
        (_connection_error(httpx.ConnectError("refused")), "failed"),
        (_connection_error(httpx.PoolTimeout("pool"), APITimeoutError), "failed"),
        (_connection_error(httpx.ReadTimeout("slow"), APITimeoutError), "unknown"),
        (_connection_error(httpx.RemoteProtocolError("reset")), "unknown"),
        (APITimeoutError("Request timed out while the call (total timeout)."), "unknown"),
        (CredentialError("the token endpoint refused"), "failed"),
        (
            ResponseValidationError(
                "not a string",
                response=httpx.Response(201, request=httpx.Request("POST", "https://a.example")),
            ),
            "unknown",
        ),
    ],
)
def test_which_failures_leave_the_outcome_unknown(error: Exception, outcome: str) -> None:
    result = classify(error)  # type: ignore[arg-type]
    assert result.outcome == outcome
    if isinstance(error, BadRequestError | InternalServerError):
        assert result.fields["status"] == error.status_code and result.fields["correlationId"] == "cid"
