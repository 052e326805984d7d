target_sources(bgtm_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Settings.h
    ${CMAKE_CURRENT_LIST_DIR}/Settings.cpp)
