from typing import Literal

CreateOrderTermDurationName = Literal[
    "FiveYears", "NoTerm", "OneMonth", "OneYear", "ThreeYears"
]

CREATE_ORDER_TERM_DURATION_NAME_VALUES: set[CreateOrderTermDurationName] = {
    "FiveYears",
    "NoTerm",
    "OneMonth",
    "OneYear",
    "ThreeYears",
}


def check_create_order_term_duration_name(value: str) -> CreateOrderTermDurationName:
    if isinstance(value, str) and value in CREATE_ORDER_TERM_DURATION_NAME_VALUES:
        return value
    if isinstance(value, str):
        folded = value.strip().casefold()
        for documented in sorted(CREATE_ORDER_TERM_DURATION_NAME_VALUES):
            if documented.casefold() == folded:
                return documented
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ORDER_TERM_DURATION_NAME_VALUES!r}"
    )
