# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.session_device_type import SessionDeviceType, check_session_device_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    """
    Attributes:
        created_at (datetime.datetime):
        device_type (SessionDeviceType):
        expires_at (datetime.datetime):
        id (UUID):
        ip_address (None | str):
        is_current (bool):
        last_activity_at (datetime.datetime):
        revoked (bool):
        user_agent (None | str):
        user_id (UUID):
        browser (None | str | Unset):
        device_name (None | str | Unset):
        os (None | str | Unset):
    """

    created_at: datetime.datetime
    device_type: SessionDeviceType
    expires_at: datetime.datetime
    id: UUID
    ip_address: None | str
    is_current: bool
    last_activity_at: datetime.datetime
    revoked: bool
    user_agent: None | str
    user_id: UUID
    browser: None | str | Unset = UNSET
    device_name: None | str | Unset = UNSET
    os: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        device_type: str = self.device_type

        expires_at = self.expires_at.isoformat()

        id = str(self.id)

        ip_address: None | str
        ip_address = self.ip_address

        is_current = self.is_current

        last_activity_at = self.last_activity_at.isoformat()

        revoked = self.revoked

        user_agent: None | str
        user_agent = self.user_agent

        user_id = str(self.user_id)

        browser: None | str | Unset
        if isinstance(self.browser, Unset):
            browser = UNSET
        else:
            browser = self.browser

        device_name: None | str | Unset
        if isinstance(self.device_name, Unset):
            device_name = UNSET
        else:
            device_name = self.device_name

        os: None | str | Unset
        if isinstance(self.os, Unset):
            os = UNSET
        else:
            os = self.os

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "device_type": device_type,
                "expires_at": expires_at,
                "id": id,
                "ip_address": ip_address,
                "is_current": is_current,
                "last_activity_at": last_activity_at,
                "revoked": revoked,
                "user_agent": user_agent,
                "user_id": user_id,
            }
        )
        if browser is not UNSET:
            field_dict["browser"] = browser
        if device_name is not UNSET:
            field_dict["device_name"] = device_name
        if os is not UNSET:
            field_dict["os"] = os

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        device_type = check_session_device_type(d.pop("device_type"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        id = UUID(d.pop("id"))

        def _parse_ip_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ip_address = _parse_ip_address(d.pop("ip_address"))

        is_current = d.pop("is_current")

        last_activity_at = datetime.datetime.fromisoformat(d.pop("last_activity_at"))

        revoked = d.pop("revoked")

        def _parse_user_agent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_agent = _parse_user_agent(d.pop("user_agent"))

        user_id = UUID(d.pop("user_id"))

        def _parse_browser(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser = _parse_browser(d.pop("browser", UNSET))

        def _parse_device_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_name = _parse_device_name(d.pop("device_name", UNSET))

        def _parse_os(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os = _parse_os(d.pop("os", UNSET))

        _session = cls(
            created_at=created_at,
            device_type=device_type,
            expires_at=expires_at,
            id=id,
            ip_address=ip_address,
            is_current=is_current,
            last_activity_at=last_activity_at,
            revoked=revoked,
            user_agent=user_agent,
            user_id=user_id,
            browser=browser,
            device_name=device_name,
            os=os,
        )

        return _session
