# rotation widgets.
target_sources(bgtm_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RotateTokensDialog.h ${CMAKE_CURRENT_LIST_DIR}/RotateTokensDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RotateTokensDialog.ui)
