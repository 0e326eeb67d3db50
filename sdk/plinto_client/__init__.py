# Generated from openapi.yaml by openapi-python-client with the config and templates in sdk/codegen.
# Do not edit: change the spec or the templates, then run `nox -s sdk` (python sdk/codegen/generate.py).
"""A client library for accessing Plinto API"""

# The public surface is the hand-written layer in plinto_client/lib (never touched by the generator);
# the generated api/, models/, client.py, errors.py and types.py stay importable beneath it.
from .lib import *  # noqa: F403
from .lib import __all__ as __all__
