from typing import Literal

CreateOrderBillingFrequencyName = Literal[
    "Annual", "Monthly", "None", "OneTime", "Triennial"
]

CREATE_ORDER_BILLING_FREQUENCY_NAME_VALUES: set[CreateOrderBillingFrequencyName] = {
    "Annual",
    "Monthly",
    "None",
    "OneTime",
    "Triennial",
}


def check_create_order_billing_frequency_name(
    value: str,
) -> CreateOrderBillingFrequencyName:
    if isinstance(value, str) and value in CREATE_ORDER_BILLING_FREQUENCY_NAME_VALUES:
        return value
    if isinstance(value, str):
        folded = value.strip().casefold()
        for documented in sorted(CREATE_ORDER_BILLING_FREQUENCY_NAME_VALUES):
            if documented.casefold() == folded:
                return documented
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ORDER_BILLING_FREQUENCY_NAME_VALUES!r}"
    )
