from typing import Literal

CreateOrderStatusName = Literal["Completed", "Failed", "Processing", "Provisioning"]

CREATE_ORDER_STATUS_NAME_VALUES: set[CreateOrderStatusName] = {
    "Completed",
    "Failed",
    "Processing",
    "Provisioning",
}


def check_create_order_status_name(value: str) -> CreateOrderStatusName:
    if isinstance(value, str) and value in CREATE_ORDER_STATUS_NAME_VALUES:
        return value
    if isinstance(value, str):
        folded = value.strip().casefold()
        for documented in sorted(CREATE_ORDER_STATUS_NAME_VALUES):
            if documented.casefold() == folded:
                return documented
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ORDER_STATUS_NAME_VALUES!r}"
    )
