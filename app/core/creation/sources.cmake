# One token creation, the workflow the editor, the CLI and rotation share. Sources of bgtm_core in this folder.
target_sources(bgtm_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TokenCreation.cpp ${CMAKE_CURRENT_LIST_DIR}/TokenCreation.h)
