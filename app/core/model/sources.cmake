target_sources(bgtm_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../bgtm_core_anchor.cpp)
