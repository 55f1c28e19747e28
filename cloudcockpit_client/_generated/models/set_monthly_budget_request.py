from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldTypeError, is_number

T = TypeVar("T", bound="SetMonthlyBudgetRequest")


@_attrs_define
class SetMonthlyBudgetRequest:
    """The new monthly budget of an azure subscription. monthlyBudget is not marked Required, but null is
    documented to mean "no budget": required here, so that the SDK's None sends null instead of an
    empty object that would say nothing.

        Attributes:
            monthly_budget (float | None): The new monthly budget to set in the azure subscription relationship. Can be
                null, to set no
                budget. (number(double))
    """

    monthly_budget: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        monthly_budget: float | None
        monthly_budget = self.monthly_budget

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "monthlyBudget": monthly_budget,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        monthly_budget = d.pop("monthlyBudget")
        if not is_number(monthly_budget) and monthly_budget is not None:
            raise FieldTypeError.expected(
                "monthlyBudget", "a finite number or null", monthly_budget
            )

        set_monthly_budget_request = cls(
            monthly_budget=monthly_budget,
        )

        set_monthly_budget_request.additional_properties = d
        return set_monthly_budget_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
