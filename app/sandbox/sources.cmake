# bitgo-sandbox sources. The HTTP plumbing (Qt HTTP Server, a Technology Preview in 6.4) stays inside HttpServer.
target_sources(bgtm_sandbox PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Account.h
    ${CMAKE_CURRENT_LIST_DIR}/ApiError.h ${CMAKE_CURRENT_LIST_DIR}/ApiError.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CoinCatalogue.h ${CMAKE_CURRENT_LIST_DIR}/CoinCatalogue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DecimalString.h ${CMAKE_CURRENT_LIST_DIR}/DecimalString.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DemoAccounts.h ${CMAKE_CURRENT_LIST_DIR}/DemoAccounts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FaultInjector.h ${CMAKE_CURRENT_LIST_DIR}/FaultInjector.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HostCheck.h ${CMAKE_CURRENT_LIST_DIR}/HostCheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HttpMessage.h
    ${CMAKE_CURRENT_LIST_DIR}/HttpServer.h ${CMAKE_CURRENT_LIST_DIR}/HttpServer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SandboxOptions.h ${CMAKE_CURRENT_LIST_DIR}/SandboxOptions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SandboxService.h ${CMAKE_CURRENT_LIST_DIR}/SandboxService.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SandboxServiceAdmin.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SandboxStore.h ${CMAKE_CURRENT_LIST_DIR}/SandboxStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScopeCatalogue.h ${CMAKE_CURRENT_LIST_DIR}/ScopeCatalogue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ServerKeys.h ${CMAKE_CURRENT_LIST_DIR}/ServerKeys.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SignalWatcher.h ${CMAKE_CURRENT_LIST_DIR}/SignalWatcher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TokenRecord.h ${CMAKE_CURRENT_LIST_DIR}/TokenRecord.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TokenRequestValidator.h ${CMAKE_CURRENT_LIST_DIR}/TokenRequestValidator.cpp)
# The coin catalogue generated from @bitgo/statics (tools/generate-coin-list.cjs).
qt_add_resources(bgtm_sandbox "sandbox_coins" PREFIX /bgtm/sandbox BASE ${CMAKE_CURRENT_LIST_DIR}
    FILES ${CMAKE_CURRENT_LIST_DIR}/coins.txt)
