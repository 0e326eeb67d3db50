"""The run's politeness: bounded requests in flight, and 429s waited out only up to a bound."""

from __future__ import annotations

import threading
import time

import httpx

from contract_tests.transports import Gate, PoliteTransport


class Scripted(httpx.BaseTransport):
    """Answers with the given responses in turn, counting requests and the most in flight."""

    def __init__(self, *answers: httpx.Response, hold: float = 0.0) -> None:
        self.answers = list(answers)
        self.hold = hold
        self.calls = 0
        self.in_flight = 0
        self.most_in_flight = 0
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.calls += 1
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        time.sleep(self.hold)
        with self._lock:
            self.in_flight -= 1
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]


def limited(retry_after: str) -> httpx.Response:
    return httpx.Response(429, headers={"Retry-After": retry_after})


def test_short_retry_after_is_waited_out_then_retried() -> None:
    slept: list[float] = []
    gate = Gate(concurrency=1, max_wait_seconds=5, sleep=slept.append)
    inner = Scripted(limited("2"), httpx.Response(200))
    with httpx.Client(transport=PoliteTransport(inner, gate)) as client:
        assert client.get("http://api.test/x").status_code == 200
    assert slept == [2.0]
    assert inner.calls == 2


def test_long_retry_after_is_not_slept_and_the_429_is_returned() -> None:
    slept: list[float] = []
    gate = Gate(concurrency=1, max_wait_seconds=5, sleep=slept.append)
    inner = Scripted(limited("3600"), httpx.Response(200))
    with httpx.Client(transport=PoliteTransport(inner, gate)) as client:
        assert client.get("http://api.test/x").status_code == 429
    assert slept == []
    assert inner.calls == 1
    assert gate.refused == 1


def test_retries_are_bounded() -> None:
    slept: list[float] = []
    gate = Gate(concurrency=1, max_wait_seconds=5, sleep=slept.append)
    inner = Scripted(limited("1"))
    with httpx.Client(transport=PoliteTransport(inner, gate)) as client:
        assert client.get("http://api.test/x").status_code == 429
    assert inner.calls == 3  # one request and two waits, never a loop


def test_concurrency_is_bounded() -> None:
    gate = Gate(concurrency=2, max_wait_seconds=0)
    inner = Scripted(httpx.Response(200), hold=0.05)
    transport = PoliteTransport(inner, gate)

    def call() -> None:
        with httpx.Client(transport=transport) as client:
            client.get("http://api.test/x")

    threads = [threading.Thread(target=call) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert inner.calls == 6
    assert inner.most_in_flight <= 2
