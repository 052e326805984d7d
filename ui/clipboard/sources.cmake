target_sources(bgtm_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SecretClipboard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SecretFieldGuard.cpp)
