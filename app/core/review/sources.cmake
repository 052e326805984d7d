# review: the security review and the expiry watch. Pure functions over the token list and the index.
target_sources(bgtm_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ExpiryWatch.h ${CMAKE_CURRENT_LIST_DIR}/ExpiryWatch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SecurityReview.h ${CMAKE_CURRENT_LIST_DIR}/SecurityReview.cpp)
