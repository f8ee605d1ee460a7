"""Whose vault this is: a foster carer's, or a supervising social worker's."""

from enum import StrEnum


class Role(StrEnum):
    CARER = "carer"
    SUPERVISOR = "supervisor"
