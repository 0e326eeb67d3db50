# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="JWK")


@_attrs_define
class JWK:
    """
    Attributes:
        alg (Literal['RS256']):
        e (str):
        kid (str):
        kty (Literal['RSA']):
        n (str):
        use (Literal['sig']):
    """

    alg: Literal["RS256"]
    e: str
    kid: str
    kty: Literal["RSA"]
    n: str
    use: Literal["sig"]

    def to_dict(self) -> dict[str, Any]:
        alg = self.alg

        e = self.e

        kid = self.kid

        kty = self.kty

        n = self.n

        use = self.use

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "alg": alg,
                "e": e,
                "kid": kid,
                "kty": kty,
                "n": n,
                "use": use,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alg = cast(Literal["RS256"], d.pop("alg"))
        if alg != "RS256":
            raise ValueError(f"alg must match const 'RS256', got '{alg}'")

        e = d.pop("e")

        kid = d.pop("kid")

        kty = cast(Literal["RSA"], d.pop("kty"))
        if kty != "RSA":
            raise ValueError(f"kty must match const 'RSA', got '{kty}'")

        n = d.pop("n")

        use = cast(Literal["sig"], d.pop("use"))
        if use != "sig":
            raise ValueError(f"use must match const 'sig', got '{use}'")

        _jwk = cls(
            alg=alg,
            e=e,
            kid=kid,
            kty=kty,
            n=n,
            use=use,
        )

        return _jwk
