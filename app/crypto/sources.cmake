target_sources(bgtm_crypto PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SecretBytes.h ${CMAKE_CURRENT_LIST_DIR}/SecretBytes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Hmac.h ${CMAKE_CURRENT_LIST_DIR}/Hmac.cpp)
