from typing import Literal

CreateOrderSegmentName = Literal["Commercial", "Education", "Government", "NonProfit"]

CREATE_ORDER_SEGMENT_NAME_VALUES: set[CreateOrderSegmentName] = {
    "Commercial",
    "Education",
    "Government",
    "NonProfit",
}


def check_create_order_segment_name(value: str) -> CreateOrderSegmentName:
    if isinstance(value, str) and value in CREATE_ORDER_SEGMENT_NAME_VALUES:
        return value
    if isinstance(value, str):
        folded = value.strip().casefold()
        for documented in sorted(CREATE_ORDER_SEGMENT_NAME_VALUES):
            if documented.casefold() == folded:
                return documented
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ORDER_SEGMENT_NAME_VALUES!r}"
    )
