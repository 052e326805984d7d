# history and templates. Sources of bgtm_core in this folder.
target_sources(bgtm_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ActionHistory.h ${CMAKE_CURRENT_LIST_DIR}/ActionHistory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TokenTemplates.h ${CMAKE_CURRENT_LIST_DIR}/TokenTemplates.cpp)
