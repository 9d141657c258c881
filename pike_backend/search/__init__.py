"""The multi-agent search of the PIKE paper: a library of solutions, PIKE-B and PIKE-O over it,
and the IBA/COA/EFA agent roles (LLM-driven here, offline in pike_backend.offline)."""

from .optimize import SearchConfig, SearchResult, default_run_dir, optimize
from .pike_b import PikeBConfig
from .pike_o import PikeOConfig

__all__ = ["SearchConfig", "SearchResult", "PikeBConfig", "PikeOConfig", "default_run_dir", "optimize"]
