"""Whose vault this is: a foster carer's, or a supervising social worker's."""

from enum import Enum


class Role(str, Enum):
    CARER = "carer"
    SUPERVISOR = "supervisor"
