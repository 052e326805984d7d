target_sources(bgtm_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../bgtm_core_anchor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StoredToken.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SecretStore.h
    ${CMAKE_CURRENT_LIST_DIR}/KeychainSecretStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TokenIndex.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Vault.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TokenExport.cpp)
# The single-instance guard and kill points live in app/core/app (same library, our fragment).
include(${CMAKE_CURRENT_LIST_DIR}/../app/sources.cmake)
