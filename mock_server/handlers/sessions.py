"""Handlers for the `sessions` tag: the caller's live sessions, one per sign-in."""

from __future__ import annotations

from typing import Any

from mock_server.context import Call
from mock_server.errors import NotFound
from mock_server.handlers._common import page, sort_by_created
from mock_server.state import Session, now
from mock_server.views import With

__all__ = ["get_session", "list_sessions", "revoke_other_sessions", "revoke_session"]


def _live(call: Call) -> list[Session]:
    moment = now()
    return [
        s
        for s in call.store.sessions.values()
        if s.user_id == call.user.id and not s.revoked and s.expires_at > moment
    ]


def _view(call: Call, session: Session) -> With:
    return With(session, is_current=session.id == call.session.id)


def list_sessions(call: Call) -> dict[str, Any]:
    with call.store.lock:
        sessions = sort_by_created(_live(call))
    result = page(sessions, call.query, "sessions")
    result["sessions"] = [_view(call, s) for s in result["sessions"]]
    return result


def revoke_other_sessions(call: Call) -> dict[str, Any]:
    with call.store.lock:
        others = [s for s in _live(call) if s.id != call.session.id]
        for session in others:
            session.revoked = True
    return {"message": f"Revoked {len(others)} sessions", "revoked_count": len(others)}


def _own_live_session(call: Call) -> Session:
    session_id = str(call.path["session_id"])
    found = next((s for s in _live(call) if s.id == session_id), None)
    if found is None:
        raise NotFound("Session not found")
    return found


def get_session(call: Call) -> With:
    with call.store.lock:
        return _view(call, _own_live_session(call))


def revoke_session(call: Call) -> None:
    with call.store.lock:
        _own_live_session(call).revoked = True
