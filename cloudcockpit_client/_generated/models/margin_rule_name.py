from typing import Literal

MarginRuleName = Literal["ErpMinusDiscount", "Margin", "Markup", "SplitMargin"]

MARGIN_RULE_NAME_VALUES: set[MarginRuleName] = {
    "ErpMinusDiscount",
    "Margin",
    "Markup",
    "SplitMargin",
}


def check_margin_rule_name(value: str) -> MarginRuleName:
    if isinstance(value, str) and value in MARGIN_RULE_NAME_VALUES:
        return value
    if isinstance(value, str):
        folded = value.strip().casefold()
        for documented in sorted(MARGIN_RULE_NAME_VALUES):
            if documented.casefold() == folded:
                return documented
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARGIN_RULE_NAME_VALUES!r}"
    )
