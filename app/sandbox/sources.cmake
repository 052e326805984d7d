target_sources(bgtm_sandbox PRIVATE ${CMAKE_CURRENT_LIST_DIR}/bgtm_sandbox_anchor.cpp)
