# Environments, the create-token request, what a create and a sign-in hand back, its one validator and what a create may have made (CreationMatch),
# exact amounts, the coin and scope catalogues.
target_sources(bgtm_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AccessToken.h
    ${CMAKE_CURRENT_LIST_DIR}/Amount.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Amount.h
    ${CMAKE_CURRENT_LIST_DIR}/CoinCatalogue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CoinCatalogue.h
    ${CMAKE_CURRENT_LIST_DIR}/CreateTokenRequest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CreateTokenRequest.h
    ${CMAKE_CURRENT_LIST_DIR}/CreateTokenValidation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CreatedToken.h
    ${CMAKE_CURRENT_LIST_DIR}/CreationMatch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CreationMatch.h
    ${CMAKE_CURRENT_LIST_DIR}/Environment.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Environment.h
    ${CMAKE_CURRENT_LIST_DIR}/Result.h
    ${CMAKE_CURRENT_LIST_DIR}/ScopeCatalogue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScopeCatalogue.h
    ${CMAKE_CURRENT_LIST_DIR}/Session.h)
# Generated from the pinned @bitgo/statics by tests/node/gen-coins.mjs (CTest coin_catalogue_up_to_date).
# The resource path is :/bgtm/coins.json; rcc compresses it (~460 KB of JSON, ~90 KB compressed).
qt_add_resources(bgtm_core "coins" PREFIX /bgtm BASE ${CMAKE_CURRENT_LIST_DIR}
    FILES ${CMAKE_CURRENT_LIST_DIR}/coins.json)
