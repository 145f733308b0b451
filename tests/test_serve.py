"""`npf-graph serve`: a real server on 127.0.0.1 that never reaches out, cancels slow queries
and caps results."""

import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from helpers import corpus_file
from servers import Listener, free_port, running

from npf_graph.build import build
from npf_graph.store import LocalStore

CLI = str(Path(sys.executable).with_name("npf-graph"))
CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    out = tmp_path_factory.mktemp("serve") / "out"
    build([corpus_file("003"), corpus_file("004")], out, view=False)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    args = [CLI, "serve", "--store", str(out / "store"), "--port", str(port), "--timeout", "2", "--max-bytes", "20000"]
    with running(args, url + "/"):
        yield url


def get(url: str, query: str, headers: dict | None = None) -> tuple[int, str]:
    req = urllib.request.Request(f"{url}/query?{urllib.parse.urlencode({'query': query})}", headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def post(url: str, path: str, data: bytes, ctype: str) -> tuple[int, str]:
    req = urllib.request.Request(url + path, data=data, headers={"Content-Type": ctype})
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_select_by_get_and_post(endpoint):
    status, body = get(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?d npf:docType ?t }")
    assert status == 200 and '"value":"2"' in body
    status, body = post(endpoint, "/query", b"ASK { ?d npf:docType ?t }", "application/sparql-query")
    assert (status, body) == (200, '{"head":{},"boolean":true}')
    form = urllib.parse.urlencode({"query": "SELECT ?t WHERE { ?d npf:docType ?t } LIMIT 1"}).encode()
    status, body = post(endpoint, "/query", form, "application/x-www-form-urlencoded")
    assert status == 200 and '"vars":["t"]' in body


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_service_is_refused_and_the_listener_receives_nothing(endpoint, method):
    with Listener() as listener:
        query = f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
        if method == "GET":
            status, body = get(endpoint, query)
        else:
            status, body = post(endpoint, "/query", query.encode(), "application/sparql-query")
        assert status == 400
        assert (
            body
            == "error: [sparql] SERVICE (federated query) is refused: npf-graph never sends queries to other servers\n"
        )
    assert listener.connections == []


def test_a_slow_query_is_cancelled_and_the_server_goes_on(endpoint):
    start = time.monotonic()
    status, body = get(endpoint, CROSS_JOIN)
    assert status == 503
    assert body == "error: [sparql] the query ran past the 2-second timeout and was cancelled\n"
    assert time.monotonic() - start < 30  # the answer comes at the timeout, not when the query would end
    for _ in range(3):  # the killed worker is replaced: every query after it is answered
        assert get(endpoint, "ASK { ?s ?p ?o }") == (200, '{"head":{},"boolean":true}')


def test_a_result_over_the_cap_is_refused(endpoint):
    status, body = get(endpoint, "SELECT * WHERE { ?s ?p ?o }")
    assert (status, body) == (413, "error: [sparql] the result is over the 20,000-byte cap; add LIMIT\n")
    assert get(endpoint, "SELECT * WHERE { ?s ?p ?o } LIMIT 10")[0] == 200


def test_updates_other_paths_and_foreign_hosts_are_refused(endpoint):
    form = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
    assert post(endpoint, "/update", form, "application/x-www-form-urlencoded")[0] == 403
    assert post(endpoint, "/query", form, "application/x-www-form-urlencoded")[0] == 403
    status, body = get(endpoint, "DELETE WHERE { ?s ?p ?o }")
    assert status == 400 and body.startswith("error: [sparql] ")
    assert get(endpoint, "ASK {}", {"Host": "attacker.example:7878"})[0] == 403
    assert get(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?d npf:docType ?t }")[1].count('"value":"2"') == 1


def test_a_build_while_serving_does_not_change_what_the_server_answers(tmp_path):
    out = tmp_path / "out"
    build([corpus_file("003")], out, view=False)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?d npf:docType ?t }"
    with running([CLI, "serve", "--store", str(out / "store"), "--port", str(port), "--timeout", "2"], url + "/"):
        assert '"value":"1"' in get(url, count)[1]
        build([corpus_file("004")], out, view=False)  # switches out/store to a new generation
        get(url, CROSS_JOIN)  # a worker is killed and replaced: it reads the same generation
        for n in range(4):  # distinct texts: answered by the workers, not by the cache
            assert '"value":"1"' in get(url, f"{count} LIMIT {10 + n}")[1]
    assert len(LocalStore(out / "store", read_only=True).document_graphs()) == 2
