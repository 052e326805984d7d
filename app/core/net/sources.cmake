target_sources(bgtm_core PRIVATE)
