from typing import Literal

SubscriptionBillingFrequencyName = Literal[
    "Annual", "Monthly", "None", "OneTime", "Triennial"
]

SUBSCRIPTION_BILLING_FREQUENCY_NAME_VALUES: set[SubscriptionBillingFrequencyName] = {
    "Annual",
    "Monthly",
    "None",
    "OneTime",
    "Triennial",
}


def check_subscription_billing_frequency_name(
    value: str,
) -> SubscriptionBillingFrequencyName:
    if isinstance(value, str) and value in SUBSCRIPTION_BILLING_FREQUENCY_NAME_VALUES:
        return value
    if isinstance(value, str):
        folded = value.strip().casefold()
        for documented in sorted(SUBSCRIPTION_BILLING_FREQUENCY_NAME_VALUES):
            if documented.casefold() == folded:
                return documented
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_BILLING_FREQUENCY_NAME_VALUES!r}"
    )
