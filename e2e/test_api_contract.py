"""The API against its OpenAPI document: the document is valid OpenAPI 3, and schemathesis, with a
manager's token, sends generated requests (from the documented examples and by fuzzing) to every
operation of a demo server of its own. No answer may be a 5xx, and every status, content type and
body must be one the document describes. Bounded: a few examples per operation, a time limit."""

import json
import os
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

import pytest
from openapi_spec_validator import validate

from conftest import demo_server

MAX_EXAMPLES = os.environ.get("SCHEMATHESIS_EXAMPLES", "10")
TIME_LIMIT = 600  # seconds; a run takes about 10-60 s on the 2-core machines


@pytest.fixture(scope="module")
def contract_url():
    # Its own server: generated writes must not disturb the browser flows' demo data.
    with demo_server() as url:
        yield url


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.load(r)


def test_the_document_is_valid_openapi(contract_url):
    validate(_get(contract_url + "/api/v1/openapi.json"))


def test_every_operation_answers_as_documented(contract_url):
    body = json.dumps({"username": "pengelola.medan", "password": "asah-demo"}).encode()
    request = urllib.request.Request(contract_url + "/api/v1/auth/tokens", data=body,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as r:
        token = json.load(r)["token"]
    st = Path(sys.executable).with_name("st")
    command = [
        str(st), "run", contract_url + "/api/v1/openapi.json",
        "-H", f"Authorization: Bearer {token}",
        # Revoking the token would leave every later call unauthorised.
        "--exclude-path", "/api/v1/auth/tokens/current",
        "--checks", "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
        "--phases", "examples,fuzzing", "--max-examples", MAX_EXAMPLES,
        "--seed", "20261206", "--no-color",
    ]
    # schemathesis keeps a cache in its working folder: give it a temporary one, not the work tree.
    with tempfile.TemporaryDirectory(prefix="asah-schemathesis-") as work:
        run = subprocess.run(command, capture_output=True, text=True, timeout=TIME_LIMIT, cwd=work)
    assert run.returncode == 0, run.stdout[-12000:] + run.stderr[-2000:]
