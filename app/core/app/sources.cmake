target_sources(bgtm_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/KillPoints.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WorkerThreads.h ${CMAKE_CURRENT_LIST_DIR}/WorkerThreads.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProcessHardening.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProcessIdentity.h ${CMAKE_CURRENT_LIST_DIR}/ProcessIdentity.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SessionCryptoLoader.h ${CMAKE_CURRENT_LIST_DIR}/SessionCryptoLoader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SingleInstance.cpp)
bgtm_test_hook_sources(${CMAKE_CURRENT_LIST_DIR}/KillPoints.cpp ${CMAKE_CURRENT_LIST_DIR}/ProcessHardening.cpp)
