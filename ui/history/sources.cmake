# history and templates widgets.
target_sources(bgtm_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/HistoryDialog.h ${CMAKE_CURRENT_LIST_DIR}/HistoryDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HistoryDialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/TemplatesDialog.h ${CMAKE_CURRENT_LIST_DIR}/TemplatesDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TemplatesDialog.ui)
