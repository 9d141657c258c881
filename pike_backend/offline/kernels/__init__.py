"""Kernel templates and launch settings shared by the offline agent's code generator."""
