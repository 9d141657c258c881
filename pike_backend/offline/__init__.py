"""The offline agent: pike's own rewrites and Triton kernels, with no LLM and no network.

``OfflineAgent(options)`` implements the Agent protocol of ``pike_backend.search.agent``. It is
imported lazily so that ``pike_backend.offline.codegen`` can be used without the agent's imports.
"""


def __getattr__(name):
    if name == "OfflineAgent":
        from .agent import OfflineAgent

        return OfflineAgent
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["OfflineAgent"]
