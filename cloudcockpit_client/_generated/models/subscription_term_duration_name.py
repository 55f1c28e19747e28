from typing import Literal

SubscriptionTermDurationName = Literal[
    "FiveYears", "NoTerm", "OneMonth", "OneYear", "ThreeYears"
]

SUBSCRIPTION_TERM_DURATION_NAME_VALUES: set[SubscriptionTermDurationName] = {
    "FiveYears",
    "NoTerm",
    "OneMonth",
    "OneYear",
    "ThreeYears",
}


def check_subscription_term_duration_name(value: str) -> SubscriptionTermDurationName:
    if isinstance(value, str) and value in SUBSCRIPTION_TERM_DURATION_NAME_VALUES:
        return value
    if isinstance(value, str):
        folded = value.strip().casefold()
        for documented in sorted(SUBSCRIPTION_TERM_DURATION_NAME_VALUES):
            if documented.casefold() == folded:
                return documented
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_TERM_DURATION_NAME_VALUES!r}"
    )
