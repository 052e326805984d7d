target_sources(bgtm_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/LocalSandbox.h ${CMAKE_CURRENT_LIST_DIR}/LocalSandbox.cpp)
