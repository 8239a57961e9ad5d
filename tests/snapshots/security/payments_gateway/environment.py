"""The servers of the Payments Gateway API."""

import enum


class Environment(enum.Enum):
    """Where requests go; `Client(base_url=...)` overrides it."""

    PRODUCTION = "https://api.payments.example.com/v2"
    """Production"""
    STAGING = "https://staging-api.payments.example.com/v2"
    """Staging"""
    REGIONAL_ENDPOINT = "https://eu.api.payments.example.com/v2"
    """Regional endpoint"""
    DEDICATED_TENANT_A_FREE_FORM_VARIABLE = "https://acme.payments.example.com/api"
    """Dedicated tenant (a free-form variable)"""
