from typing import Literal

CreateOrderOperationName = Literal["CreateSubscription"]

CREATE_ORDER_OPERATION_NAME_VALUES: set[CreateOrderOperationName] = {
    "CreateSubscription",
}


def check_create_order_operation_name(value: str) -> CreateOrderOperationName:
    if isinstance(value, str) and value in CREATE_ORDER_OPERATION_NAME_VALUES:
        return value
    if isinstance(value, str):
        folded = value.strip().casefold()
        for documented in sorted(CREATE_ORDER_OPERATION_NAME_VALUES):
            if documented.casefold() == folded:
                return documented
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ORDER_OPERATION_NAME_VALUES!r}"
    )
