# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
"""Contains all the data models used in inputs/outputs"""

from .add_member_request import AddMemberRequest
from .auth_session import AuthSession
from .auth_user import AuthUser
from .authenticator_attachment import AuthenticatorAttachment
from .backup_codes import BackupCodes
from .change_password_request import ChangePasswordRequest
from .change_role_request import ChangeRoleRequest
from .create_invitation_request import CreateInvitationRequest
from .create_organization_request import CreateOrganizationRequest
from .create_webhook_request import CreateWebhookRequest
from .disable_mfa_request import DisableMfaRequest
from .email_request import EmailRequest
from .email_signin_request import EmailSigninRequest
from .error import Error
from .error_code import ErrorCode
from .error_detail import ErrorDetail
from .health_status import HealthStatus
from .health_status_environment import HealthStatusEnvironment
from .invitation import Invitation
from .invitation_status import InvitationStatus
from .jwk import JWK
from .jwks import JWKS
from .magic_link_request import MagicLinkRequest
from .member import Member
from .member_list import MemberList
from .member_status import MemberStatus
from .message import Message
from .mfa_challenge import MfaChallenge
from .mfa_challenge_methods_item import MfaChallengeMethodsItem
from .mfa_enrollment import MfaEnrollment
from .mfa_methods import MfaMethods
from .mfa_methods_methods_item import MfaMethodsMethodsItem
from .mfa_methods_methods_item_method import MfaMethodsMethodsItemMethod
from .mfa_signin_request import MfaSigninRequest
from .mfa_status import MfaStatus
from .o_auth_provider import OAuthProvider
from .o_auth_provider_list import OAuthProviderList
from .o_auth_provider_provider import OAuthProviderProvider
from .open_id_configuration import OpenIDConfiguration
from .organization import Organization
from .organization_list import OrganizationList
from .organization_settings import OrganizationSettings
from .passkey import Passkey
from .passkey_availability import PasskeyAvailability
from .passkey_list import PasskeyList
from .passkey_options_request import PasskeyOptionsRequest
from .passkey_registration_options import PasskeyRegistrationOptions
from .passkey_registration_options_authenticator_selection import (
    PasskeyRegistrationOptionsAuthenticatorSelection,
)
from .passkey_registration_options_authenticator_selection_resident_key import (
    PasskeyRegistrationOptionsAuthenticatorSelectionResidentKey,
)
from .passkey_registration_options_authenticator_selection_user_verification import (
    PasskeyRegistrationOptionsAuthenticatorSelectionUserVerification,
)
from .passkey_registration_options_exclude_credentials_item import (
    PasskeyRegistrationOptionsExcludeCredentialsItem,
)
from .passkey_registration_options_pub_key_cred_params_item import (
    PasskeyRegistrationOptionsPubKeyCredParamsItem,
)
from .passkey_registration_options_rp import PasskeyRegistrationOptionsRp
from .passkey_registration_options_user import PasskeyRegistrationOptionsUser
from .passkey_registration_request import PasskeyRegistrationRequest
from .passkey_registration_request_credential import PasskeyRegistrationRequestCredential
from .passkey_registration_request_credential_response import (
    PasskeyRegistrationRequestCredentialResponse,
)
from .password_confirmation import PasswordConfirmation
from .readiness_check import ReadinessCheck
from .readiness_check_status import ReadinessCheckStatus
from .readiness_status import ReadinessStatus
from .readiness_status_checks import ReadinessStatusChecks
from .readiness_status_status import ReadinessStatusStatus
from .refresh_request import RefreshRequest
from .rename_passkey_request import RenamePasskeyRequest
from .reset_password_request import ResetPasswordRequest
from .revoked_sessions import RevokedSessions
from .role import Role
from .session import Session
from .session_device_type import SessionDeviceType
from .session_list import SessionList
from .signup_request import SignupRequest
from .token_pair import TokenPair
from .token_request import TokenRequest
from .totp_code_request import TotpCodeRequest
from .update_organization_request import UpdateOrganizationRequest
from .update_organization_request_settings import UpdateOrganizationRequestSettings
from .update_profile_request import UpdateProfileRequest
from .update_profile_request_user_metadata import UpdateProfileRequestUserMetadata
from .update_webhook_request import UpdateWebhookRequest
from .user_list import UserList
from .user_profile import UserProfile
from .user_profile_status import UserProfileStatus
from .user_profile_user_metadata import UserProfileUserMetadata
from .username_signin_request import UsernameSigninRequest
from .webhook import Webhook
from .webhook_event import WebhookEvent
from .webhook_event_data import WebhookEventData
from .webhook_event_type import WebhookEventType
from .webhook_event_types import WebhookEventTypes
from .webhook_headers import WebhookHeaders
from .webhook_list import WebhookList

__all__ = (
    "AddMemberRequest",
    "AuthenticatorAttachment",
    "AuthSession",
    "AuthUser",
    "BackupCodes",
    "ChangePasswordRequest",
    "ChangeRoleRequest",
    "CreateInvitationRequest",
    "CreateOrganizationRequest",
    "CreateWebhookRequest",
    "DisableMfaRequest",
    "EmailRequest",
    "EmailSigninRequest",
    "Error",
    "ErrorCode",
    "ErrorDetail",
    "HealthStatus",
    "HealthStatusEnvironment",
    "Invitation",
    "InvitationStatus",
    "JWK",
    "JWKS",
    "MagicLinkRequest",
    "Member",
    "MemberList",
    "MemberStatus",
    "Message",
    "MfaChallenge",
    "MfaChallengeMethodsItem",
    "MfaEnrollment",
    "MfaMethods",
    "MfaMethodsMethodsItem",
    "MfaMethodsMethodsItemMethod",
    "MfaSigninRequest",
    "MfaStatus",
    "OAuthProvider",
    "OAuthProviderList",
    "OAuthProviderProvider",
    "OpenIDConfiguration",
    "Organization",
    "OrganizationList",
    "OrganizationSettings",
    "Passkey",
    "PasskeyAvailability",
    "PasskeyList",
    "PasskeyOptionsRequest",
    "PasskeyRegistrationOptions",
    "PasskeyRegistrationOptionsAuthenticatorSelection",
    "PasskeyRegistrationOptionsAuthenticatorSelectionResidentKey",
    "PasskeyRegistrationOptionsAuthenticatorSelectionUserVerification",
    "PasskeyRegistrationOptionsExcludeCredentialsItem",
    "PasskeyRegistrationOptionsPubKeyCredParamsItem",
    "PasskeyRegistrationOptionsRp",
    "PasskeyRegistrationOptionsUser",
    "PasskeyRegistrationRequest",
    "PasskeyRegistrationRequestCredential",
    "PasskeyRegistrationRequestCredentialResponse",
    "PasswordConfirmation",
    "ReadinessCheck",
    "ReadinessCheckStatus",
    "ReadinessStatus",
    "ReadinessStatusChecks",
    "ReadinessStatusStatus",
    "RefreshRequest",
    "RenamePasskeyRequest",
    "ResetPasswordRequest",
    "RevokedSessions",
    "Role",
    "Session",
    "SessionDeviceType",
    "SessionList",
    "SignupRequest",
    "TokenPair",
    "TokenRequest",
    "TotpCodeRequest",
    "UpdateOrganizationRequest",
    "UpdateOrganizationRequestSettings",
    "UpdateProfileRequest",
    "UpdateProfileRequestUserMetadata",
    "UpdateWebhookRequest",
    "UserList",
    "UsernameSigninRequest",
    "UserProfile",
    "UserProfileStatus",
    "UserProfileUserMetadata",
    "Webhook",
    "WebhookEvent",
    "WebhookEventData",
    "WebhookEventType",
    "WebhookEventTypes",
    "WebhookHeaders",
    "WebhookList",
)
