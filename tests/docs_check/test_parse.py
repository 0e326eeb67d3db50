"""parse: curl commands and raw HTTP blocks become requests and responses."""

from __future__ import annotations

from pathlib import Path

from plinto_contract.docs_check.extract import Block, extract_text
from plinto_contract.docs_check.parse import (
    is_http_response,
    load_json,
    parse_curl_block,
    parse_http_request,
    parse_http_response,
)


def block(text: str, language: str = "bash") -> Block:
    return extract_text(f"# t\n\n```{language}\n{text}```\n", Path("p.md"))[0]


def test_a_multi_line_curl_with_a_quoted_body() -> None:
    (request,) = parse_curl_block(
        block(
            "$ curl -X POST https://api.plinto.dev/api/v1/auth/signin \\\n"
            "  -H 'Content-Type: application/json' \\\n"
            "  -d '{\n"
            '    "email": "ada@example.com"\n'
            "  }'\n"
        )
    )
    assert request.method == "POST"
    assert request.path == "/api/v1/auth/signin"
    assert request.origin == "https://api.plinto.dev"
    assert request.header("content-type") == "application/json"
    assert request.body is not None
    assert '"email"' in request.body.text
    assert request.line == 4
    assert request.body.line == 6
    assert not request.form_encoded


def test_data_means_post_and_without_content_type_a_form() -> None:
    (request,) = parse_curl_block(block("curl http://h/x -d 'a=1'\n"))
    assert request.method == "POST"
    assert request.form_encoded


def test_json_option_sets_the_headers() -> None:
    (request,) = parse_curl_block(block("curl --json '{}' http://h/x\n"))
    assert request.header("Content-Type") == "application/json"
    assert not request.form_encoded


def test_get_option_moves_data_into_the_query() -> None:
    (request,) = parse_curl_block(block("curl -G http://h/x -d page=2\n"))
    assert request.method == "GET"
    assert request.query == [("page", "2")]
    assert request.body is None


def test_several_commands_and_other_lines() -> None:
    requests = parse_curl_block(
        block("export X=1\ncurl http://h/a\n# a comment\ncurl http://h/b\n")
    )
    assert [(r.path, r.line) for r in requests] == [("/a", 5), ("/b", 7)]


def test_a_placeholder_base_url_is_not_a_path() -> None:
    (request,) = parse_curl_block(block('curl "$PLINTO_BASE_URL/api/v1/auth/me?x=1"\n'))
    assert request.path == "/api/v1/auth/me"
    assert request.origin == ""
    assert request.path_and_query == "/api/v1/auth/me?x=1"


def test_unfollowable_options_are_reported() -> None:
    (request,) = parse_curl_block(block("curl -u ada:pw -d @body.json http://h/x\n"))
    assert len(request.problems) == 2


def test_raw_http_request_and_response() -> None:
    request = parse_http_request(
        block('POST /api/v1/x HTTP/1.1\nHost: api.plinto.dev\n\n{"a": 1}\n', "http")
    )
    assert request is not None
    assert (request.method, request.path, request.host) == ("POST", "/api/v1/x", "api.plinto.dev")
    assert request.body is not None
    assert request.body.line == 7
    answer = block("HTTP/1.1 429 Too Many Requests\nRetry-After: 3\n\n{}\n", "http")
    assert is_http_response(answer)
    response = parse_http_response(answer)
    assert response.status == 429
    assert response.headers == (("Retry-After", "3"),)


def test_invalid_json_reports_its_line() -> None:
    response = parse_http_response(block('HTTP/1.1 200 OK\n\n{\n  "a": ,\n}\n', "http"))
    assert response.body is not None
    problem = load_json(response.body)
    assert getattr(problem, "line", None) == 7  # the line of `"a": ,`
