# review widgets: the security review dialog and the expiry watch's banner and notifier.
target_sources(bgtm_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SecurityReviewDialog.h ${CMAKE_CURRENT_LIST_DIR}/SecurityReviewDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SecurityReviewDialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/ExpiryBanner.h ${CMAKE_CURRENT_LIST_DIR}/ExpiryBanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExpiryNotifier.h ${CMAKE_CURRENT_LIST_DIR}/ExpiryNotifier.cpp)
