target_sources(bgtm_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TokenTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/TokenTableModel.cpp)
