# The create-token editor.
target_sources(bgtm_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ScopeTreeModel.h ${CMAKE_CURRENT_LIST_DIR}/ScopeTreeModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CoinCatalogueLoader.h ${CMAKE_CURRENT_LIST_DIR}/CoinCatalogueLoader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CreateTokenDialog.h ${CMAKE_CURRENT_LIST_DIR}/CreateTokenDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CreateTokenDialog.ui)
